"""
An item's page prints its decision under "Decision:" and again under
"Minutes:"; when copying lost both headings, the same paragraph stands twice
in a row.  A paragraph holding a decision that repeats the one just above it
word for word (its spacing aside) is read once.  The same words resolved in
two parts of an item, each with its own narrative, are both kept.  A
decision opening the item's text, above any narrative, stands where the
"Decision:" heading was: the same decision resolved again at the end of the
narrative is the minutes' copy of it, read once.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

case("marked-paragraph-printed-twice-without-its-headings", """
    Agenda item

    Town Centre Masterplan


    Cllr Ames MOVED, Cllr Bell SECONDED and it was RESOLVED to adopt the masterplan and ask officers to prepare a delivery plan.


    Cllr Ames MOVED, Cllr  Bell SECONDED and it was RESOLVED to adopt the masterplan and ask
    officers to prepare a delivery plan.

    Supporting documents:
    """,
    "Town Centre Masterplan",
    resolutions=[("", "to adopt the masterplan and ask officers to prepare a delivery plan.")],
)
case("unmarked-decision-printed-twice", """
    Agenda item

    Town Centre Masterplan

    That the masterplan be adopted.

    That the masterplan be adopted.
    """,
    "Town Centre Masterplan",
    resolutions=[("", "That the masterplan be adopted.")],
)
case("same-words-resolved-in-two-parts-are-both-kept", """
    Agenda item

    Planning Applications

    Minutes:

    (a) 24/0101 - Mill Lane. The Committee considered the application for two houses.

    RESOLVED: That the application be approved.

    (b) 24/0102 - Station Road. The Committee considered the application for a shop front.

    RESOLVED: That the application be approved.
    """,
    "Planning Applications",
    resolutions=[("", "That the application be approved."), ("", "That the application be approved.")],
)

for name, marker, spacing in [
    ("opening-decision-repeated-after-the-narrative", "RESOLVED:", "\n\n\n"),
    ("opening-decision-repeated-after-the-narrative-with-a-dash", "RESOLVED -", "\n\n"),
    ("opening-decision-repeated-after-the-narrative-agreed", "AGREED:", "\n"),
]:
    case(name, f"""
        Agenda item

        Library Opening Hours Review

        {marker} that the revised library opening hours be approved from 1st May 2031.
        {spacing}
        The Council must keep its library service under review. The revised hours follow a public consultation held over the winter.
        {spacing}
        {marker} that the revised library opening hours be approved from 1st May 2031.

        Supporting documents:
        """,
        "Library Opening Hours Review",
        resolutions=[("", "that the revised library opening hours be approved from 1st May 2031.")],
    )


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_repeated_paragraphs_cost_work_in_proportion(monkeypatch):
    unit = "It was RESOLVED to note the report.\n\nIt was RESOLVED to note the report.\n\nMembers asked questions.\n\n"
    assert_work_in_proportion(monkeypatch, lambda n: "Agenda item\nBig Item\nMinutes:\n" + unit * n)
