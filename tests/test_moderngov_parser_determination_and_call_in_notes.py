"""
A licensing committee heads its decision "DETERMINATION:" (with its colon,
as "Determination of the application" titles an item), and the numbered
items under it are the decision.  A line telling when the decision may be
called in ("The call-in deadline is 4 March 2021", "Deadline for call-in:
...") follows the decision but is no part of it, even after a last item
left without its full stop.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

case("determination-heading-over-numbered-items", """
    Agenda item

    Private Hire Fares Review

    The Head of Regulatory Services to submit a report on a request to raise the fares.

    Minutes:

    The Head of Regulatory Services presented the report.

    Councillor B. Dunmore proposed the recommendations, Councillor K Lyle seconded.

    DETERMINATION:

    1.         Unless objections are received by 2nd May 2022 the new fares be approved from 1st June 2022.

    2.         If objections are received the Committee shall consider them before the fares take effect.

    Supporting documents:
    """,
    "Private Hire Fares Review",
    description="The Head of Regulatory Services to submit a report on a request to raise the fares.",
    resolutions=[
        ("1", "Unless objections are received by 2nd May 2022 the new fares be approved from 1st June 2022."),
        ("2", "If objections are received the Committee shall consider them before the fares take effect."),
    ],
)
case("determination-heading-with-inline-text", """
    Agenda item
    Street Trading Consent
    Minutes:
    The Licensing Officer outlined the application.
    Determination: That the consent be granted for twelve months.
    """,
    "Street Trading Consent",
    resolutions=[("", "That the consent be granted for twelve months.")],
)
case("determination-of-an-item-is-no-heading", """
    Agenda item
    Determination of Premises Licence Application
    Minutes:
    The Sub-Committee heard from the applicant.
    RESOLVED that the licence be granted.
    """,
    "Determination of Premises Licence Application",
    resolutions=[("", "that the licence be granted.")],
)
case("call-in-deadline-after-open-last-item", """
    Issue - decisions

    Review of Leisure Centres

    14/06/2021 - Review of Leisure Centres (EX12(21/22))

    Cabinet considered the report by the Director of Communities



    Cabinet approved:



    (1) the closure of the Eastgate pool;



    (2) new opening hours at the three main centres from September 2021; and



    (3) minor staffing changes that will not affect customers



    The call-in deadline is 23 June 2021
    """,
    "Review of Leisure Centres",
    resolutions=[
        ("1", "the closure of the Eastgate pool;"),
        ("2", "new opening hours at the three main centres from September 2021; and"),
        ("3", "minor staffing changes that will not affect customers"),
    ],
)
case("deadline-for-call-in-after-a-decision", """
    Issue - decisions

    Parking Charges

    02/02/2022 - Parking Charges

    Cabinet approved the revised parking charges set out in Appendix A.

    Deadline for call-in: 11 February 2022
    """,
    "Parking Charges",
    resolutions=[("", "Cabinet approved the revised parking charges set out in Appendix A.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_determinations_and_call_in_notes_cost_work_in_proportion(monkeypatch):
    unit = "DETERMINATION:\n\n1. the fares be approved;\n\n2. objections be heard\n\nThe call-in deadline is 4 May\n\n"
    assert_work_in_proportion(monkeypatch, lambda n: "Agenda item\nBig Page\nMinutes:\n" + unit * n)
