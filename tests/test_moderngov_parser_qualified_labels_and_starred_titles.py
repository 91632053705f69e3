"""
A decision page's field label may carry a bracketed qualifier ("Decision
Maker (Name and Title):", "Lead Officer (name and post):"): it is the same
field row as the plain label, and ends the section above it, such as the
reasons.  A title printed after a run of asterisks ("**Closure of Parks",
"*** Closure of Parks") is the title without them: the asterisks mark it.
"""

import pytest

from agenda.importers.moderngov import parse_record
from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

PAGE = """
    Issue - decisions

    {title}

    02/04/2021 - {title}

    Officer Delegated Decision


    Agreed a closure of the paddling pools for the summer season to keep visitors safe.


    Key Decision:


    Reason(s) for Decisions:


    The pools cannot be cleaned often enough to meet the current guidance on hygiene.


    {label}


    Peter Quince, Director of Leisure


    Alternative options considered and rejected:


    Opening at reduced hours was considered, but would not meet the guidance.
    """

for name, title, label in [
    ("double-asterisk-and-name-and-title", "**Paddling Pools", "Decision Maker (Name and Title):"),
    ("spaced-asterisk-and-name-and-post", "* Paddling Pools", "Decision Maker (name and post):"),
    ("triple-asterisk-and-lead-officer", "***Paddling Pools", "Lead Officer (Name and Job Title):"),
    ("plain-title-and-qualified-label", "Paddling Pools", "Decision maker (Name & Title):"),
]:
    case(name, PAGE.format(title=title, label=label),
         "Paddling Pools",
         resolutions=[("", "Agreed a closure of the paddling pools for the summer season to keep visitors safe.")],
         reason="The pools cannot be cleaned often enough to meet the current guidance on hygiene.",
         )

# the qualifier and the value on the label's own line
case("qualified-label-with-its-value-inline", """
    Decision details

    Bowls Green Fees

    Decision Maker: Cabinet Member for Leisure

    Decision:

    That the fees in Appendix A be approved.

    Reasons for the decision:

    To cover the cost of upkeep.

    Lead Officer (Name and Title): Jo Quill, Head of Parks

    Publication date: 02/02/2024
    """,
    "Bowls Green Fees",
    resolutions=[("", "That the fees in Appendix A be approved.")],
    reason="To cover the cost of upkeep.",
)

# must not change: a bracketed note in a sentence of the reasons is the reasons' text
case("bracketed-words-in-a-reason-stay-the-reasons", """
    Decision details

    Bowls Green Fees

    Decision Maker: Cabinet Member for Leisure

    Decision:

    That the fees in Appendix A be approved.

    Reasons for the decision:

    The decision maker (the Cabinet Member) considered the costs of upkeep.

    Publication date: 02/02/2024
    """,
    "Bowls Green Fees",
    resolutions=[("", "That the fees in Appendix A be approved.")],
    reason="The decision maker (the Cabinet Member) considered the costs of upkeep.",
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_a_qualified_label_is_kept_as_the_plain_field():
    record = parse_record(CASES[0].values[0])
    assert ("Decision Maker", "Peter Quince, Director of Leisure") in record.details


@pytest.mark.parametrize("title", ["Road Safety *Update*", "*Urgent* Road Safety Update"])
def test_asterisks_inside_a_title_stay(title):
    record = parse_record(f"Agenda item\n\n{title}\n\nMinutes:\n\nRESOLVED: That the report be noted.\n")
    assert record.title == title


def test_many_qualified_labels_cost_work_in_proportion(monkeypatch):
    unit = "Decision Maker (Name and Title):\nJo Quill\n"
    assert_work_in_proportion(monkeypatch, lambda n: "Decision details\nT\nDecision:\nThat it be noted.\n" + unit * n)
