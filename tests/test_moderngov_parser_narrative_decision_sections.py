"""
A "Decisions:" section told wholly as narrative, as some councils' decision
pages give it: "Cabinet considered a report of the Director ...", then how
the report was introduced, then "Cabinet welcomed the report and considered
and agreed the recommendations.  A decision record is attached ...".  Its
last paragraph saying the recommendations were agreed, below the first, is
the decision; the paragraphs above are the minutes'.  So is what follows a
"RECOMMENDED TO COUNCIL" line of its own, after paragraphs that decide
nothing.  Every case is written
here and checks the whole record.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case


case("decision-details-narrative-decisions-section-agreed-the-recommendations", """
    Decision details

    Winter Pressures: temporary changes to the County Council's home care charges

    Decision Maker: Cabinet

    Decision status: Recommendations Approved

    Is Key decision?: Yes

    Is subject to call in?: Yes

    Decisions:

    Cabinet considered a report of the Director of Adult Services regarding temporary changes to home care charges.



    The report was introduced including an overview of demand over the winter. It was confirmed that the changes were temporary and would be reviewed in April.



    Cabinet welcomed the report and considered and agreed the recommendations. A decision record is attached to these minutes.

    Publication date: 12/01/2024

    Date of decision: 12/01/2024

    Accompanying Documents:
    """,
    "Winter Pressures: temporary changes to the County Council's home care charges",
    resolutions=[("", "Cabinet welcomed the report and considered and agreed the recommendations. "
                      "A decision record is attached to these minutes.")],
    minutes=("Cabinet considered a report of the Director of Adult Services regarding temporary changes to home "
             "care charges.\n\nThe report was introduced including an overview of demand over the winter. It was "
             "confirmed that the changes were temporary and would be reviewed in April."),
)
case("decision-section-narrative-recommendations-were-approved", """
    Agenda item

    Libraries Capital Programme

    Decision:

    The Cabinet Member presented the report on the libraries capital programme.

    Members asked about the timetable for the Eastgate library works.

    The recommendations in the report were approved.

    Minutes:

    The Cabinet Member presented the report on the libraries capital programme.
    """,
    "Libraries Capital Programme",
    resolutions=[("", "The recommendations in the report were approved.")],
    minutes=("The Cabinet Member presented the report on the libraries capital programme.\n\n"
             "Members asked about the timetable for the Eastgate library works.\n\n"
             "The Cabinet Member presented the report on the libraries capital programme."),
)

# --- must not change --------------------------------------------------------------------

# a first paragraph agreeing the recommendations is the decision, the narrative below it the minutes'
case("first-paragraph-agreeing-the-recommendations-stays-the-decision", """
    Decision details

    Parks Byelaws

    Decision Maker: Cabinet

    Decisions:

    Cabinet agreed the recommendations in the report.

    Members asked about the timetable for consultation.

    Publication date: 03/03/2024
    """,
    "Parks Byelaws",
    resolutions=[("", "Cabinet agreed the recommendations in the report.")],
    minutes="Members asked about the timetable for consultation.",
)

# "RECOMMENDED TO COUNCIL" on a line of its own in the section: the decision is below it
case("decisions-section-narrative-then-recommended-to-council", """
    Decision details

    Harbour Fees 2025

    Decision Maker: Cabinet, Council

    Decisions:

    Please note this item was taken after the break.

    Cllr Moss opened the item by thanking the harbour staff. He then presented the report.

    In a vote the following was agreed:

    RECOMMENDED TO COUNCIL

    That the harbour fees in Appendix 1 of the report be approved.

    Publication date: 04/04/2024
    """,
    "Harbour Fees 2025",
    preamble="RECOMMENDED TO COUNCIL",
    resolutions=[("", "That the harbour fees in Appendix 1 of the report be approved.")],
    minutes=("Please note this item was taken after the break.\n\nCllr Moss opened the item by thanking the "
             "harbour staff. He then presented the report.\n\nIn a vote the following was agreed:"),
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_long_narrative_section_costs_work_in_proportion(monkeypatch):
    assert_work_in_proportion(monkeypatch, lambda n: "Decision details\nT\nDecision Maker: Cabinet\nDecisions:\n"
                     + "Cabinet considered a report.\n\nThe recommendations were agreed.\n\n" * n)
