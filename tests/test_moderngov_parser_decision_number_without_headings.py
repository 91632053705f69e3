"""
Some councils' minutes print a "Decision number:" field, then the decision
and its reasons under "Decision:" and "Reasons:" headings that copying can
lose.  Without them the first paragraph after the field is the decision
(numbered by the field's value when it gives one) and the paragraph after
it the reasons, unless that paragraph is the minutes' narrative in the past
tense.  "This report detailed ..." above it tells what the report said at
the meeting: narrative, not the item's purpose, which "This report sets out
..." still is.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

case("decision-and-reasons-under-an-empty-decision-number", """
    Issue - meetings

    Half Year Capital Monitoring

    Meeting: 09/11/2015 - Cabinet (Item 8)

    8 Half Year Capital Monitoring pdf icon PDF 51 KB




    This report detailed the capital programme forecasts at the end of September 2015.


    It was noted that two schemes had slipped into the next year because of contractor delays.


    Decision number:



    The Cabinet noted the forecast position and asked directors to review the phasing of the remaining schemes.




    Cabinet must keep capital spending within the programme approved by Council
    """,
    "Half Year Capital Monitoring",
    resolutions=[("", "The Cabinet noted the forecast position and asked directors to review the phasing of "
                      "the remaining schemes.")],
    reason="Cabinet must keep capital spending within the programme approved by Council",
)
case("decision-number-with-its-value", """
    Issue - meetings

    Garden Waste Charges

    Meeting: 02/03/2017 - Cabinet (Item 5)

    5 Garden Waste Charges

    Decision number: 27/2017


    The Cabinet agreed the garden waste charges for 2017/18.


    The charges recover the cost of the service.
    """,
    "Garden Waste Charges",
    resolutions=[("27/2017", "The Cabinet agreed the garden waste charges for 2017/18.")],
    reason="The charges recover the cost of the service.",
)
case("narrative-after-a-numbered-decision-is-no-reason", """
    Issue - meetings

    Town Twinning

    Meeting: 04/04/2016 - Cabinet (Item 9)

    9 Town Twinning

    Decision number:


    The Cabinet agreed to renew the twinning charter.


    The Leader thanked the Twinning Association for its work.
    """,
    "Town Twinning",
    resolutions=[("", "The Cabinet agreed to renew the twinning charter.")],
)
case("report-sets-out-stays-purpose", """
    Agenda item
    Play Area Strategy
    This report sets out the proposed play area strategy for consultation.
    RESOLVED that the strategy be approved for consultation.
    """,
    "Play Area Strategy",
    description="This report sets out the proposed play area strategy for consultation.",
    resolutions=[("", "that the strategy be approved for consultation.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_numbered_decisions_cost_work_in_proportion(monkeypatch):
    unit = "This report detailed the forecasts.\n\nIt was noted that costs had risen.\n\n"
    tail = "Decision number:\n\n\nThe Cabinet noted the report.\n\n\nCabinet must control spending\n"
    assert_work_in_proportion(monkeypatch, lambda n: "Issue - meetings\nBig Page\n" + unit * n + tail)
