"""
A page copied without its title.  A "Decision details" page whose copy
starts at its opening fields ("Decision Maker:", "Decision status:", "Is Key
decision?:") is read as one with its title, the title left empty for the
clerk to give; a text with no page heading that opens with any other field
is still refused.  A first line of narrative broken mid-sentence ("The
Panel considered a report of the Assistant Director of Adult" / "Social Care
which ...") is the minute's, not its title: the title was lost; so is a
whole sentence of narrative too long to be a title ("Councillor X introduced
the report of ..., which sought approval of:").  An agenda item's page whose
first line is the agenda's purpose ("The Panel to receive the report."), set
apart above the minutes, lost its title too.
"""

import pytest

from agenda.importers.moderngov import ParseError, parse_record
from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

case("decision-details-copied-from-its-fields", """
    Decision Maker: Cabinet
    Decision status: For Determination
    Is Key decision?: Yes
    Is subject to call in?: No
    To consider the quarterly capital programme report and agree any changes to it.
    RESOLVED:
    1. That the slippage in the capital programme (Appendix 2 of the report) be noted.
    2. That the two new schemes in Section D of the report be added to the programme.
    Reason for Decisions
    To keep the capital programme within the budget the Council set.
    Report author: Morag Lindsay
    Publication date: 14/03/2019
    Date of decision: 13/03/2019
    Decided at meeting: 13/03/2019 - Cabinet
    Accompanying Documents:
    """,
    "",
    description="To consider the quarterly capital programme report and agree any changes to it.",
    resolutions=[
        ("1", "That the slippage in the capital programme (Appendix 2 of the report) be noted."),
        ("2", "That the two new schemes in Section D of the report be added to the programme."),
    ],
    reason="To keep the capital programme within the budget the Council set.",
    details=[("Decision Maker", "Cabinet"), ("Decision status", "For Determination"), ("Is Key decision?", "Yes"),
             ("Is subject to call in?", "No"), ("Report author", "Morag Lindsay"),
             ("Publication date", "14/03/2019"), ("Date of decision", "13/03/2019"),
             ("Decided at meeting", "13/03/2019 - Cabinet")],
)
case("decision-details-from-its-fields-with-headings-and-blank-lines", """
    Decision Maker: Portfolio Holder for Parks

    Is Key decision?: No

    Purpose:

    To set the fees for sports pitches from April.

    Decision:

    That the pitch fees in Appendix A be approved.

    Publication date: 02/02/2024
    """,
    "",
    description="To set the fees for sports pitches from April.",
    resolutions=[("", "That the pitch fees in Appendix A be approved.")],
)

# a minute copied without its title: its first line is narrative broken mid-sentence, not a title
case("minute-opening-with-a-broken-narrative-line", """
    The Panel considered a report of the Assistant Director of Adult
    Social Care which set out the work of the safeguarding team. A copy of the
    report is filed with these minutes.
    That the Safeguarding Annual Report 2024 be noted and in particular the
    three priorities for the coming year.
    Supporting documents:
    """,
    "",
    resolutions=[("", "That the Safeguarding Annual Report 2024 be noted and in particular the "
                      "three priorities for the coming year.")],
    minutes=("The Panel considered a report of the Assistant Director of Adult\n"
             "Social Care which set out the work of the safeguarding team. A copy of the\n"
             "report is filed with these minutes."),
)
case("a-whole-narrative-sentence-on-the-first-line-stays-the-title", """
    The Panel considered the budget.

    Members asked about the reserves.
    """,
    "The Panel considered the budget.",
    minutes="Members asked about the reserves.",
)

# a minute copied without its title, its first line a whole sentence of narrative
case("minute-opening-with-a-long-sentence-of-narrative", """
    Following a report of the Head of Leisure and a proposal from the Parks Working Group, the group had advised that the new charges be introduced.
    The Cabinet Member for Leisure set out the charges and it was moved that they be agreed.
    RESOLVED that the proposal of the Parks Working Group be approved.
    """,
    "",
    resolutions=[("", "that the proposal of the Parks Working Group be approved.")],
    minutes=("Following a report of the Head of Leisure and a proposal from the Parks Working Group, the group "
             "had advised that the new charges be introduced.\n"
             "The Cabinet Member for Leisure set out the charges and it was moved that they be agreed."),
)
case("minute-opening-with-narrative-leading-into-a-list", """
    Councillor Amy Hart introduced the report of the Director of Place and Communities, which sought approval of three new parking policies:
    - Resident Permits Policy
    - Blue Badge Policy

    The Leader moved the recommendations, which were seconded.
    RESOLVED: That the parking policies be approved.
    """,
    "",
    resolutions=[("", "That the parking policies be approved.")],
    minutes=("Councillor Amy Hart introduced the report of the Director of Place and Communities, which sought "
             "approval of three new parking policies:\n\n- Resident Permits Policy\n- Blue Badge Policy\n\n"
             "The Leader moved the recommendations, which were seconded."),
)
# an agenda item's page that lost its title: the agenda's purpose line, then the minutes
case("item-page-opening-with-its-purpose-line", """
    Agenda item

    The Panel to receive the Annual Safeguarding Report.

    Jo Bell presented the report and answered questions from members.

    Agreed that the report be noted.
    """,
    "",
    description="The Panel to receive the Annual Safeguarding Report.",
    resolutions=[("", "that the report be noted.")],
    minutes="Jo Bell presented the report and answered questions from members.",
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_the_same_page_with_its_title_reads_alike_but_for_the_title():
    untitled = CASES[0].values[0]
    titled, bare = parse_record("Decision details\nCapital Programme\n" + untitled), parse_record(untitled)
    assert titled.title == "Capital Programme" and bare.title == ""
    assert (bare.description, bare.resolutions, bare.reason_for_decision, bare.details) == (
        titled.description, titled.resolutions, titled.reason_for_decision, titled.details
    )


@pytest.mark.parametrize("text", [
    "Lead officer: Jane Doe\n\nMinutes:\n\nThe report was noted.\n",
    "Publication date: 02/02/2024\n\nThat the fees be approved.\n",
])
def test_a_text_opening_with_another_field_is_still_refused(text):
    with pytest.raises(ParseError, match="no title was found"):
        parse_record(text)


def test_untitled_decision_pages_cost_work_in_proportion(monkeypatch):
    unit = "Is Key decision?: Yes\nTo consider the report.\n"
    assert_work_in_proportion(monkeypatch, lambda n: "Decision Maker: Cabinet\n" + unit * n + "RESOLVED: That it be noted.\n")
