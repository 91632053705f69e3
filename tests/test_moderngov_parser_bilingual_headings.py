"""
A Welsh council's headings written in both languages.

Welsh councils' ModernGov pages may head each part in Welsh and English on
one line ("Cofnodion / Minutes:", "Penderfyniad / Decision:", "Rheswm dros y
penderfyniad / Reason for decision:", "Dogfennau ategol / Supporting
documents:"), either language first, with the colon after the pair or after
each half.  Such a line is the heading its known half names.  A line with a
slash and a colon that names no heading ("Members / officers: ...", "the
2024/25 budget: ...") is text.
"""

import pytest

from agenda.importers.moderngov import markers
from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

case("welsh-first-headings-for-the-reason-and-the-documents", """
    Agenda item

    Strategaeth Toiledau Lleol / Local Toilets Strategy

    Cofnodion / Minutes:

    The Cabinet Member presented the strategy.

    PENDERFYNWYD / RESOLVED:

    1.\tTo approve the strategy for publication.

    2.\tTo note the consultation results.

    Rheswm dros y penderfyniad / Reason for decision:

    To meet the Council's statutory duty.

    Dogfennau ategol / Supporting documents:

        Adroddiad / Report PDF 250 KB
    """,
    "Strategaeth Toiledau Lleol / Local Toilets Strategy",
    minutes="The Cabinet Member presented the strategy.",
    resolutions=[("1", "To approve the strategy for publication."), ("2", "To note the consultation results.")],
    reason="To meet the Council's statutory duty.",
    documents=["Adroddiad / Report"],
)

case("decision-heading-in-both-languages-above-the-minutes-copy", """
    Agenda item

    Annual Monitoring Report

    To approve the report for submission.

    Penderfyniad / Decision:

    That the Annual Monitoring Report be approved.

    Minutes:

    The Planning Policy Manager presented the report.

    RESOLVED that the Annual Monitoring Report be approved.
    """,
    "Annual Monitoring Report",
    description="To approve the report for submission.",
    minutes="The Planning Policy Manager presented the report.",
    resolutions=[("", "That the Annual Monitoring Report be approved.")],
)

case("english-first-with-a-colon-after-each-half-and-the-reason-on-its-line", """
    Agenda item

    Charging Policy

    Minutes: / Cofnodion:

    The Head of Finance presented the policy.

    Decision: / Penderfyniad:

    That the Charging Policy be adopted.

    Reason for decision / Rheswm dros y penderfyniad: To set charges that recover the cost of the service.

    Supporting documents: / Dogfennau ategol:

        Charging Policy PDF 80 KB
    """,
    "Charging Policy",
    minutes="The Head of Finance presented the policy.",
    resolutions=[("", "That the Charging Policy be adopted.")],
    reason="To set charges that recover the cost of the service.",
    documents=["Charging Policy"],
)

# --- a slash and a colon that name no heading --------------------------------------------

case("slashes-in-the-minutes-and-the-decision-stay-text", """
    Agenda item

    Budget Setting 2024/25

    Minutes:

    Members / officers: the joint working group had met twice.

    RESOLVED that the 2024/25 budget: be approved as set out.
    """,
    "Budget Setting 2024/25",
    minutes="Members / officers: the joint working group had met twice.",
    resolutions=[("", "that the 2024/25 budget: be approved as set out.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_bilingual_headings(text, expected):
    assert_read_exactly(text, expected)


@pytest.mark.parametrize("line, expected", [
    ("Rheswm dros y penderfyniad / Reason for decision:", "Reason for decision:"),
    ("Dogfennau ategol: / Supporting documents:", "Supporting documents:"),
    ("Members / officers: the group met twice.", "Members / officers: the group met twice."),
    ("Cardiff / Vale of Glamorgan: joint arrangements", "Cardiff / Vale of Glamorgan: joint arrangements"),
])
def test_one_language(line, expected):
    assert markers.one_language(line) == expected


@pytest.mark.parametrize("line", [
    "Decision / Penderfyniad: That the plan be approved.",
    "Penderfyniad: / Decision: That the plan be approved.",
    "PENDERFYNWYD / RESOLVED: That the plan be approved.",
])
def test_either_half_gives_the_decision(line):
    assert markers.decision(markers.one_language(line)) == ("", "That the plan be approved.")
