"""
Some copies of a ModernGov page keep its tables' cells apart with the
table's bars: each cell on its line closed by " |" ("Decision number: |",
"Decision: |", "52/2019 |", "The Cabinet agreed ... |"), a row's cells set
apart by " | " on one line, or a line of "|" alone between rows.  Where two
lines or more close so, or a line is a bar alone, the bars are the cells'
boundaries and are read as a copy with each cell on its line is: the
"Decision number:" field and "Decision:" heading over the number and the
decision, the paragraph below the table its reasons whose heading was lost,
unless it is narrative in the past tense.  A "|" inside a line no bar closes,
or in the only line ending with one, is the text's own and stays.
"""

import pytest

from agenda.importers.moderngov import parse_record
from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

NARRATIVE = (
    "This report detailed the proposed allotment rents for 2019/20 and the responses of the allotment societies.\n"
    "The report set out a comparison with the rents charged by neighbouring councils."
)

case("cells-closed-by-bars-under-a-decision-number", """
    7 Allotment Rents 2019/20 PDF 118 KB
    Additional documents:
    This report detailed the proposed allotment rents for 2019/20 and the responses of the allotment societies.
    The report set out a comparison with the rents charged by neighbouring councils.
    Decision number: |
    Decision: |
    52/2019 |
    The Cabinet agreed the allotment rents for 2019/20 set out in Appendix 1 to the report. |
    The rents must cover the cost of maintaining the allotment sites.
    """,
    "Allotment Rents 2019/20",
    resolutions=[("52/2019", "The Cabinet agreed the allotment rents for 2019/20 set out in Appendix 1 to the report.")],
    reason="The rents must cover the cost of maintaining the allotment sites.",
    minutes=NARRATIVE + "\nDecision number:",
)
case("rows-of-cells-set-apart-by-bars", """
    7 Allotment Rents 2019/20 PDF 118 KB
    Additional documents:
    This report detailed the proposed allotment rents for 2019/20 and the responses of the allotment societies.
    The report set out a comparison with the rents charged by neighbouring councils.
    | Decision number: | Decision: |
    | 52/2019 | The Cabinet agreed the allotment rents for 2019/20 set out in Appendix 1 to the report. |
    The rents must cover the cost of maintaining the allotment sites.
    """,
    "Allotment Rents 2019/20",
    resolutions=[("52/2019", "The Cabinet agreed the allotment rents for 2019/20 set out in Appendix 1 to the report.")],
    reason="The rents must cover the cost of maintaining the allotment sites.",
)
case("lines-of-bars-alone-between-the-cells", """
    12 Street Trading Fees PDF 64 KB
    Additional documents:
    This report detailed the street trading fees charged in Marlow Vale since 2016.
    |
    Decision number: |
    |
    Decision: |
    |
    88/2019 |
    |
    The Cabinet agreed to hold the street trading fees at their present level for 2020. |
    |
    The fees already recover the cost of administering street trading consents.
    """,
    "Street Trading Fees",
    resolutions=[("88/2019", "The Cabinet agreed to hold the street trading fees at their present level for 2020.")],
    reason="The fees already recover the cost of administering street trading consents.",
)
case("narrative-below-the-table-is-no-reason", """
    9 Pond Restoration PDF 40 KB
    Additional documents:
    This report detailed the survey of the village pond at Hollins Green.
    Decision number: |
    Decision: |
    61/2019 |
    The Cabinet agreed to fund the restoration of the pond from the parks reserve. |
    The Leader thanked the Hollins Green Society for its survey.
    """,
    "Pond Restoration",
    resolutions=[("61/2019", "The Cabinet agreed to fund the restoration of the pond from the parks reserve.")],
)
case("heading-of-the-minutes-below-the-table-is-no-reason", """
    9 Pond Restoration PDF 40 KB
    Additional documents:
    This report detailed the survey of the village pond at Hollins Green.
    Decision number: |
    Decision: |
    61/2019 |
    The Cabinet agreed to fund the restoration of the pond from the parks reserve. |
    Matters Arising

    The Chair reported that the footpath at Hollins Green had reopened.
    """,
    "Pond Restoration",
    resolutions=[("61/2019", "The Cabinet agreed to fund the restoration of the pond from the parks reserve.")],
)
case("cells-one-a-paragraph-without-bars", """
    9 Pond Restoration PDF 40 KB
    Additional documents:
    This report detailed the survey of the village pond at Hollins Green.

    Decision number:

    Decision:

    61/2019

    The Cabinet agreed to fund the restoration of the pond from the parks reserve.

    The pond is a habitat of local importance.
    """,
    "Pond Restoration",
    resolutions=[("61/2019", "The Cabinet agreed to fund the restoration of the pond from the parks reserve.")],
    reason="The pond is a habitat of local importance.",
)
case("decision-and-minutes-cells-closed-by-bars", """
    Agenda item
    Community Grants
    To consider the community grants for 2024/25.
    Decision: |
    That the grants in Appendix A be awarded. |
    Minutes: |
    Members welcomed the grants. |
    """,
    "Community Grants",
    description="To consider the community grants for 2024/25.",
    resolutions=[("", "That the grants in Appendix A be awarded.")],
    minutes="Members welcomed the grants.",
)
case("bars-in-prose-stay", """
    Agenda item
    Parking Review
    Minutes:
    Members compared Option A | Option B for the Station Road car park.
    The scoring sheet was headed Cost | Access | Safety |
    RESOLVED: That Option A | Option B be put to consultation.
    """,
    "Parking Review",
    resolutions=[("", "That Option A | Option B be put to consultation.")],
    minutes="Members compared Option A | Option B for the Station Road car park.\n"
            "The scoring sheet was headed Cost | Access | Safety |",
)
case("bar-inside-a-line-no-bar-closes-stays-beside-a-table", """
    7 Allotment Rents 2019/20 PDF 118 KB
    Additional documents:
    This report detailed the rents for plots at Kiln Lane | Mill Field and the waiting lists.
    Decision number: |
    Decision: |
    52/2019 |
    The Cabinet agreed the allotment rents for 2019/20. |
    The rents must cover the cost of maintaining the allotment sites.
    """,
    "Allotment Rents 2019/20",
    resolutions=[("52/2019", "The Cabinet agreed the allotment rents for 2019/20.")],
    reason="The rents must cover the cost of maintaining the allotment sites.",
    minutes="This report detailed the rents for plots at Kiln Lane | Mill Field and the waiting lists.\nDecision number:",
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_bars_read_as_a_copy_with_each_cell_on_its_line():
    """The cells closed by bars give what the same cells copied one a line, the table's end
    closing its paragraph, give."""
    cells = ["Decision number:", "Decision:", "52/2019", "The Cabinet agreed the allotment rents for 2019/20."]
    head = "7 Allotment Rents 2019/20 PDF 118 KB\nAdditional documents:\n" + NARRATIVE + "\n"
    tail = "The rents must cover the cost of maintaining the allotment sites.\n"
    barred = head + "".join(f"{cell} |\n" for cell in cells) + tail
    one_a_line = head + "".join(f"{cell}\n" for cell in cells) + "\n" + tail
    assert parse_record(barred) == parse_record(one_a_line)


@pytest.mark.parametrize("body", [
    lambda n: "Decision number: |\nDecision: |\n52/2019 |\nThe Cabinet agreed x. |\nThe rents cover y.\n" * n,
    lambda n: "|\nThe Cabinet noted x. |\n" * n,
    lambda n: "| a | b | c |\n" * n,
    lambda n: "| " * n + "|\n" + "x |\n" * n,
], ids=["cells", "bars-alone", "rows", "wide-row"])
def test_bars_cost_work_in_proportion(body, monkeypatch):
    assert_work_in_proportion(monkeypatch, lambda n: "Issue - meetings\nBig Page\n" + body(n))
