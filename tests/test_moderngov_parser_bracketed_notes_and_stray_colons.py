"""
What a copy leaves around a decision that is no part of it:

* a note in square brackets after the decision, running over several lines
  and perhaps numbered ("[Notes;" / "1. The vote on the motion was
  ...]"), is the minutes', not a resolution nor part of the last one;
* a colon alone on its line, left where copying lost a heading's words, is
  dropped wherever it stands.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

case("numbered-note-in-brackets-after-the-decision", """
    Agenda item
    Members' Allowances Scheme
    Minutes:
    The Council considered the panel's report on the allowances scheme.
    RESOLVED to
    1. Note the report of the panel;
    2. Agree the new scheme from April; and
    3. Thank the panel for their work.
    [Notes;
    1. The vote on the motion was 30 for and 2 against, with one abstention.]
    """,
    "Members' Allowances Scheme",
    resolutions=[("1", "Note the report of the panel;"), ("2", "Agree the new scheme from April; and"),
                 ("3", "Thank the panel for their work.")],
    minutes=("The Council considered the panel's report on the allowances scheme.\n\n[Notes;\n"
             "1. The vote on the motion was 30 for and 2 against, with one abstention.]"),
)
case("note-in-brackets-over-two-lines-after-one-resolution", """
    Agenda item
    Pier Lease
    Minutes:
    RESOLVED: That the lease of the pier be renewed for ten years.
    [Councillor Shaw asked that her vote against the
    resolution be recorded.]
    """,
    "Pier Lease",
    resolutions=[("", "That the lease of the pier be renewed for ten years.")],
    minutes="[Councillor Shaw asked that her vote against the resolution be recorded.]",
)
case("bracketed-words-inside-a-resolution-stay-in-it", """
    Agenda item
    Pier Lease
    Minutes:
    RESOLVED:
    1. That the lease be renewed [subject to the survey
    in Appendix B]; and
    2. That the rent be reviewed in 2030.
    """,
    "Pier Lease",
    resolutions=[("1", "That the lease be renewed [subject to the survey in Appendix B]; and"),
                 ("2", "That the rent be reviewed in 2030.")],
)
case("colon-alone-under-the-purpose-and-after-the-decision", """
    Issue - meetings
    Members' Allowances Scheme
    Meeting: 14/11/2030 - Council (Item 52)
    52 MEMBERS' ALLOWANCES SCHEME PDF 90 KB
    The panel has reviewed the allowances scheme and its report is attached.
    :
    Additional documents:
    - Appendix - Panel report, item 52
    PDF 120 KB
    Minutes:
    The Council considered the panel's report.
    RESOLVED: That the new scheme be agreed.
    :
    """,
    "Members' Allowances Scheme",
    description="The panel has reviewed the allowances scheme and its report is attached.",
    resolutions=[("", "That the new scheme be agreed.")],
    documents=["Appendix - Panel report"],
    minutes="The Council considered the panel's report.",
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_notes_in_brackets_cost_work_in_proportion(monkeypatch):
    unit = "RESOLVED: That x be noted.\n[Notes;\n1. Carried.\n" + "2. Carried again.\n" * 20 + "]\n:\n"
    assert_work_in_proportion(monkeypatch, lambda n: "Agenda item\nBig Item\nMinutes:\n" + unit * (n // 20))
