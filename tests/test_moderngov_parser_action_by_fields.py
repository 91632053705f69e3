"""
A decision details page may name, under its numbered decisions, the officers
who carry them out: "Action by:" over one line or more naming them
("DIRECTOR OF PLACE (A. SMITH)", "(Head of Housing (B. Jones)").  That is a
field of the page: it closes the decision list, and neither it nor the
officers' lines are part of the last decision.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

_HEAD = """
    Decision details
    Library Opening Hours Review
    Decision Maker: Cabinet
    Decision status: Recommendations Approved
    Is Key decision?: No
    Is subject to call in?: No
    Purpose:
    This report proposes a consultation on new opening hours for the libraries.
    Decision:
{narrative}    DECISION
    1. To note the proposed consultation on library opening hours, to start in March,
    2. To agree the draft timetable for the review. A further report will come to Cabinet in the summer.
"""
_NARRATIVES = (
    "",
    "    Questions from the scrutiny panel and the answers given were noted.\n"
    "    The recommendations were amended and then approved.\n",
    "    The Cabinet Member introduced the report.\n",
)
_FIRST = ("1", "To note the proposed consultation on library opening hours, to start in March,")
_SECOND = ("2", "To agree the draft timetable for the review. A further report will come to Cabinet in the summer.")
_TAIL = """
    Report author: Sam Example
    Publication date: 02/03/2021
"""

for name, action in (
    ("action-by-over-two-officer-lines", """
    Action by:
    DIRECTOR OF COMMUNITIES (A. SMITH)
    (Acting Head of Libraries (B. Jones)
"""),
    ("action-by-over-one-officer-line", """
    Action by:
    HEAD OF CULTURE (C. BROWN)
"""),
    ("action-by-with-its-officer-inline", """
    Action by: Corporate Director, Place (D. Green)
"""),
    ("action-by-after-a-blank-line", """

    ACTION BY:

    CHIEF EXECUTIVE (E. WHITE)
"""),
):
  for number, narrative in enumerate(_NARRATIVES):
    case(f"{name}-{number}", _HEAD.format(narrative=narrative) + action[1:] + _TAIL[1:],
         "Library Opening Hours Review",
         description="This report proposes a consultation on new opening hours for the libraries.",
         resolutions=[_FIRST, _SECOND])

case("action-by-inside-a-sentence-is-the-decisions", """
    Agenda item
    Street Lighting
    Minutes:
    RESOLVED: That the lighting works be carried out, action by the Highways team to follow in May.
    """,
    "Street Lighting",
    resolutions=[("", "That the lighting works be carried out, action by the Highways team to follow in May.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_action_by_fields_cost_work_in_proportion(monkeypatch):
    unit = "1. To note the report,\n2. To agree the plan.\nAction by:\nHEAD OF PLACE (A. B)\n"
    assert_work_in_proportion(monkeypatch, lambda n: "Decision details\nBig Page\nDecision:\n" + unit * n)
