"""
Who presents an item, written under its "Purpose:" heading.

An agenda item's text may head its purpose "Purpose:" and name who presents
it on a line of its own below ("Presented by: ...", "[Name, Role, to present
report]"): that line is the presenter, not part of the purpose.  A sentence of
the purpose that merely mentions a report presented elsewhere, or a note in
brackets ("[Report to follow]"), stays in the purpose.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

case("presented-by-line-under-an-inline-purpose", """
    Agenda item
    Council Tax Support Scheme
    Purpose: To approve the scheme for the coming year.
    Presented by: Councillor Ann Hill, Cabinet Member for Finance
    Minutes:
    The Cabinet Member introduced the report.
    RESOLVED: That the scheme be approved.
    """,
    "Council Tax Support Scheme",
    description="To approve the scheme for the coming year.",
    presenter="Councillor Ann Hill, Cabinet Member for Finance",
    resolutions=[("", "That the scheme be approved.")],
)

case("bracketed-presenter-under-a-purpose-heading-of-its-own", """
    Agenda item

    Treasury Management Mid-Year Review

    Purpose:

    To review treasury management activity in the first half of the year.

    [Jo Baxter, Head of Finance, to present report]

    Minutes:

    The Head of Finance presented the review.

    RESOLVED – That the review be noted.
    """,
    "Treasury Management Mid-Year Review",
    description="To review treasury management activity in the first half of the year.",
    presenter="Jo Baxter, Head of Finance, to present report",
    resolutions=[("", "That the review be noted.")],
)

case("presenting-officer-under-a-purpose-above-a-decision-heading", """
    Agenda item

    Playing Pitch Strategy

    Purpose: To adopt the Playing Pitch Strategy.

    Presenting officer: Leisure Services Manager

    Decision:

    That the Playing Pitch Strategy be adopted.
    """,
    "Playing Pitch Strategy",
    description="To adopt the Playing Pitch Strategy.",
    presenter="Leisure Services Manager",
    resolutions=[("", "That the Playing Pitch Strategy be adopted.")],
)

# --- "(Report) to be presented by X": who presents, in the agenda's words ---------------

for slug, line, who in [
    ("report-to-be-presented-by", "Report to be presented by Mina Okafor, Chair of the Partnership Board and Tom Reid,"
     " Head of Community Safety", "Mina Okafor, Chair of the Partnership Board and Tom Reid, Head of Community Safety"),
    ("to-be-presented-by", "To be presented by the Director of Children's Services", "the Director of Children's Services"),
    ("report-presented-by", "Report presented by Councillor Ruth Abara, Cabinet Member for Housing",
     "Councillor Ruth Abara, Cabinet Member for Housing"),
]:
    case(f"{slug}-line-names-the-presenter", f"""
        Agenda item

        COMMUNITY SAFETY ANNUAL REPORT

        {line}

        Minutes:

        The annual report of the partnership for the year was presented to the Board.

        RESOLVED: That the annual report be noted.
        """,
        "COMMUNITY SAFETY ANNUAL REPORT",
        presenter=who,
        minutes="The annual report of the partnership for the year was presented to the Board.",
        resolutions=[("", "That the annual report be noted.")],
    )

# --- what stays in the purpose --------------------------------------------------------

case("a-report-presented-elsewhere-stays-in-the-purpose", """
    Agenda item
    Annual Governance Statement
    Purpose: To note the statement.
    The statement was presented by the Chief Executive to Cabinet in June.
    Minutes:
    Members discussed the statement.
    RESOLVED: That the statement be noted.
    """,
    "Annual Governance Statement",
    description="To note the statement.\nThe statement was presented by the Chief Executive to Cabinet in June.",
    resolutions=[("", "That the statement be noted.")],
)

case("a-bracketed-note-under-a-purpose-is-not-a-presenter", """
    Agenda item

    Budget Consultation Results

    Purpose:

    To receive the results of the budget consultation.

    [Report to follow]

    Minutes:

    The results were noted.
    """,
    "Budget Consultation Results",
    description="To receive the results of the budget consultation.\n\n[Report to follow]",
)


@pytest.mark.parametrize("text, expected", CASES)
def test_presenter_under_a_purpose_heading(text, expected):
    assert_read_exactly(text, expected)
