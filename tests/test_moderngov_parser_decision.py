"""
parse_decision() reads the decision of a ModernGov web-service record (its
decision or minutes body, already turned into text): RESOLVED, AGREED or
DECISION blocks, or a closing "That ..." paragraph or list; nothing found
is (None, [], None), never an error.
"""

import random

import pytest

from agenda.importers.moderngov import ParsedResolution, ParseError, parse_decision, parse_record

R = ParsedResolution

DECISIONS = [
    pytest.param("RESOLVED: That the report be noted.", (None, [R("", "That the report be noted.")], None),
                 id="resolved-line"),
    pytest.param(
        "The Cabinet considered the report.\n\nRESOLVED:\n\n1. That the plan be approved.\n\n"
        "2. That the Director be authorised to publish it.\n\nReason for decision: To meet the deadline.",
        (None, [R("1", "That the plan be approved."), R("2", "That the Director be authorised to publish it.")],
         "To meet the deadline."),
        id="narrative-numbered-and-reason",
    ),
    pytest.param(
        "AGREED that the Committee:\n(a) notes the update;\n(b) visits the site.",
        ("that the Committee:", [R("a", "notes the update;"), R("b", "visits the site.")], None),
        id="agreed-lead-in-and-letters",
    ),
    pytest.param(
        "Decision:\nThat the contract be awarded to Acme Ltd.\n\nReasons for the decision:\nBest value.",
        (None, [R("", "That the contract be awarded to Acme Ltd.")], "Best value."),
        id="decision-heading",
    ),
    pytest.param(
        "That the fees and charges set out in Appendix A be approved.",
        (None, [R("", "That the fees and charges set out in Appendix A be approved.")], None),
        id="that-paragraph-alone",
    ),
    pytest.param(
        "The Leader introduced the report.\n\n1. That the budget be recommended to Council.\n"
        "2. That the capital programme be approved.",
        (None, [R("1", "That the budget be recommended to Council."),
                R("2", "That the capital programme be approved.")], None),
        id="closing-that-list",
    ),
    pytest.param(
        "After a short debate it was RESOLVED that the item be deferred to the next meeting.",
        (None, [R("", "that the item be deferred to the next meeting.")], None),
        id="mid-paragraph",
    ),
    pytest.param("The Chair thanked officers for the report.", (None, [], None), id="narrative-only"),
    pytest.param("", (None, [], None), id="empty"),
    pytest.param("\x00\x01binary", (None, [], None), id="binary"),
    pytest.param("x" * 2_000_001, (None, [], None), id="too-long"),
]


@pytest.mark.parametrize("text, expected", DECISIONS)
def test_parse_decision(text, expected):
    assert parse_decision(text) == expected


def test_random_text_never_fails_except_with_a_parse_error():
    """Shuffled fragments of real shapes: parse_record reads or refuses them, never crashes."""
    fragments = [
        "Agenda item", "12.", "Title", "Minutes:", "RESOLVED:", "RESOLVED that", "AGREED -", "Decision:",
        "That", "(a) x;", "(i) y", "1.", "\u00b7", "o z", "- w", "Supporting documents:", "Report PDF 1 MB",
        "Reason for decision:", "Publication date: 1/2/24", "\u201cRESOLVED that", "\u201d", '"', "",
        "It was resolved that", "Meeting: 1/2/24 - Cabinet (Item 5)", "You are here:", "Home > A > B",
        "To consider the report.", "[Jo, to present]", "RECOMMENDED:", "h) x", "i) y", "xx) z",
        "Purpose:", "Alternative options considered:", "\t", "\u00a0", "Item 5:", "12a",
    ]
    rng = random.Random(20241203)
    for _ in range(3000):
        text = "\n".join(rng.choice(fragments) for _ in range(rng.randint(0, 25)))
        preamble, resolutions, reason = parse_decision(text)
        assert all(isinstance(r.text, str) for r in resolutions)
        try:
            record = parse_record(text)
        except ParseError:
            continue
        # a page whose title was lost in copying is read with the title empty, for a clerk to give,
        # only when something else was read from it
        assert record.title or record.resolutions or record.description or record.details
        assert all(isinstance(r.text, str) for r in record.resolutions)
