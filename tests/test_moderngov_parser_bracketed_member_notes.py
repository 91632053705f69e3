"""
Under an item's title the agenda may name, in round brackets on a line of its
own, the member who leads on it ("(Relevant Portfolio Holder: Councillor A
Example)", "(Portfolio Holder: Cllr B Sample)", "(Lead Member: ...)").  That
note is not the item's purpose: it is left out of the description, and the
agenda text under it, if any, is the description.  The member it names
presents the item, when no other line says who does.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

_NOTES = (
    ("(Relevant Portfolio Holder: Councillor A Example)", "Councillor A Example"),
    ("(Portfolio Holder: Cllr B Sample)", "Cllr B Sample"),
    ("(Lead Member: Councillor C Person)", "Councillor C Person"),
    ("(Relevant Portfolio Holders: Councillors D One and E Two)", "Councillors D One and E Two"),
    ("(Cabinet Member for Housing: Councillor F Three)", "Councillor F Three"),
)

for number, (note, member) in enumerate(_NOTES):
    case(f"member-note-alone-on-an-issue-meetings-page-{number}", f"""
        Issue - meetings


        Meeting: 10/02/2020 - Cabinet (Item 51)

        51 Allotments Strategy 2020-2025 pdf icon PDF 120 KB

        {note}

        Additional documents:


        Councillor Example introduced the report of the Director of Place.


        RESOLVED  (A)    That the Allotments Strategy be approved.


                  (B)    That the Director of Place be authorised to make minor changes.
        """,
        "Allotments Strategy 2020-2025",
        presenter=member,
        resolutions=[("A", "That the Allotments Strategy be approved."),
                     ("B", "That the Director of Place be authorised to make minor changes.")],
    )
    case(f"member-note-over-agenda-text-{number}", f"""
        Agenda item
        Allotments Strategy
        {note}
        To consider the draft Allotments Strategy.
        Minutes:
        The Director of Place presented the report.
        RESOLVED: That the strategy be approved.
        """,
        "Allotments Strategy",
        description="To consider the draft Allotments Strategy.",
        presenter=member,
        resolutions=[("", "That the strategy be approved.")],
    )
    case(f"member-note-over-agenda-text-without-minutes-heading-{number}", f"""
        Agenda item
        Allotments Strategy
        {note}
        To consider the draft Allotments Strategy.
        The Director of Place presented the report.
        RESOLVED: That the strategy be approved.
        """,
        "Allotments Strategy",
        description="To consider the draft Allotments Strategy.",
        presenter=member,
        resolutions=[("", "That the strategy be approved.")],
    )

case("a-bracketed-note-about-the-papers-stays-agenda-text", """
    Agenda item
    Allotments Strategy
    To consider the draft Allotments Strategy.
    (Report attached)
    Minutes:
    RESOLVED: That the strategy be approved.
    """,
    "Allotments Strategy",
    description="To consider the draft Allotments Strategy.\n(Report attached)",
    resolutions=[("", "That the strategy be approved.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_member_notes_cost_work_in_proportion(monkeypatch):
    unit = "(Portfolio Holder: Councillor A Example)\nTo note the report.\n"
    assert_work_in_proportion(monkeypatch, lambda n: "Agenda item\nBig Page\n" + unit * n + "Minutes:\nNoted.\n")
