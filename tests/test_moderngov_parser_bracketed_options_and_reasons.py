"""
A decision followed by its other options and reasons set in round brackets
("(Other options considered:" over a bullet, "Reasons for decision:" over
another, closing with ")."): the brackets hold the page's fields, not the
decision's text.  The decision is the sentence above them, the options a
detail, and the reasons the reason for the decision, without the closing
bracket; a reason given as one bullet alone is that bullet's text.
"""

import pytest

from agenda.importers.moderngov import ParsedResolution, parse_record

R = ParsedResolution

HEAD = (
    "7 Disposal of Depot Site - 014\n\n"
    "To seek consent to dispose of the former depot at Marsh Lane (report of the Head of Estates enclosed).\n\n"
    "Minutes:\n\n"
    "Consideration was given to the report of the Head of Estates.\n\n"
    "The Portfolio Holder for Property presented the report.\n\n"
)


@pytest.mark.parametrize(
    "block, decision, reason, options",
    [
        (
            "DECISION:\nThat the recommendations, as set out in the exempt report be agreed.\n"
            "(Other options considered:\n\u00b7 As set out in the exempt report;\n"
            "Reasons for decision:\n\u00b7 As set out in the exempt report).\n",
            "That the recommendations, as set out in the exempt report be agreed.",
            "As set out in the exempt report",
            "- As set out in the exempt report;",
        ),
        (
            "DECISION:\n\nThat the depot be sold to the highest bidder.\n\n"
            "(Alternative options considered:\n\n- To retain the depot for storage;\n\n"
            "Reason for decision:\n\n- The site is surplus to the Council's needs.)\n",
            "That the depot be sold to the highest bidder.",
            "The site is surplus to the Council's needs.",
            "- To retain the depot for storage;",
        ),
        (
            "RESOLVED:\nThat the lease be granted.\n"
            "(Other options considered:\n\u00b7 Not to grant the lease;\n\u00b7 To sell the freehold;\n"
            "Reasons for decision:\n\u00b7 To secure an income from the site;\n\u00b7 To keep the freehold).\n",
            "That the lease be granted.",
            "- To secure an income from the site;\n- To keep the freehold",
            "- Not to grant the lease;\n- To sell the freehold;",
        ),
    ],
)
def test_bracketed_options_and_reasons_after_the_decision(block, decision, reason, options):
    record = parse_record(HEAD + block)
    assert record.resolutions == [R("", decision)]
    assert record.reason_for_decision == reason
    assert ("Other options considered", options) in record.details or (
        "Alternative options considered", options
    ) in record.details


def test_a_decision_in_round_brackets_is_not_a_field():
    record = parse_record(
        HEAD + "DECISION:\nThat the depot be sold (subject to planning consent).\n"
    )
    assert record.resolutions == [R("", "That the depot be sold (subject to planning consent).")]
