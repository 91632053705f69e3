"""
A decision may open with a bare lead-in ("THAT:") over one sentence ending in
":" ("... approves the levy for 2031/32 as follows:") and the rows it
introduces, numbered with or without a space after the label ("1)For the
whole of the borough 12,345.67").  The rows are no decisions of their own:
they stay inside that sentence's resolution, as a list nested under an item
does, and the lead-in alone is the preamble.  Rows that read as decisions
("That ...") are still resolutions of their own.

A lead-in broken over two lines ("Unanimously" / "resolved:") starts where
its sentence does: the narrative sentences above it stay the minutes'.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

PAGE = """
    Decision details

    Calculation of the Lighting Levy for 2031/32

    Decision Maker: Portfolio Holder for Money

    Purpose:

    The purpose of this report is to seek approval of the lighting levy for 2031/32.

    Decision:

    THAT:
    Under the Street Lighting (Levies) Regulations 2029, the Portfolio Holder for Money approves the lighting levy for 2031/32 as follows:
    1{sep}For the whole of the borough 12,345.67
    2{sep}For each parish, the amounts shown in appendix 3 to the report.

    Reasons for the decision:

    The levy must be set before 31 January 2031.
    """
SENTENCE = ("Under the Street Lighting (Levies) Regulations 2029, the Portfolio Holder for Money approves the "
            "lighting levy for 2031/32 as follows:")

case("rows-numbered-without-a-space-stay-in-the-sentence-above-them", PAGE.replace("{sep}", ")"),
     "Calculation of the Lighting Levy for 2031/32",
     description="The purpose of this report is to seek approval of the lighting levy for 2031/32.",
     preamble="THAT:",
     resolutions=[("", SENTENCE + "\n1)For the whole of the borough 12,345.67\n"
                       "2)For each parish, the amounts shown in appendix 3 to the report.")],
     reason="The levy must be set before 31 January 2031.",
     )
case("rows-numbered-with-a-space-stay-in-the-sentence-above-them", PAGE.replace("{sep}", ") "),
     "Calculation of the Lighting Levy for 2031/32",
     description="The purpose of this report is to seek approval of the lighting levy for 2031/32.",
     preamble="THAT:",
     resolutions=[("", SENTENCE + "\n1) For the whole of the borough 12,345.67\n"
                       "2) For each parish, the amounts shown in appendix 3 to the report.")],
     reason="The levy must be set before 31 January 2031.",
     )
case("that-lines-under-a-stacked-lead-in-are-still-resolutions", """
    Agenda item
    Fees Review
    Minutes:
    RESOLVED:
    THAT:
    Having considered the report and the comments of the Fees Panel, the Committee decides as follows:
    That the parking fees be frozen.
    That the garden waste fee rise to \u00a352.
    """,
    "Fees Review",
    resolutions=[
        ("", "Having considered the report and the comments of the Fees Panel, the Committee decides as follows:"),
        ("", "That the parking fees be frozen."),
        ("", "That the garden waste fee rise to \u00a352."),
    ],
    preamble="THAT:",
)
case("lead-in-broken-after-its-adverb-keeps-the-narrative-above-in-the-minutes", """
    Agenda item
    Grounds Maintenance Contract
    Minutes:
    The Committee received a report from the Contracts Manager on the first year of the contract.
    Members asked how complaints about missed cuts were
    recorded. The Contracts Manager said each complaint was logged.
    Unanimously
    resolved:
    i. To note the report.
    ii. To ask for a further report in twelve months.
    """,
    "Grounds Maintenance Contract",
    minutes=(
        "The Committee received a report from the Contracts Manager on the first year of the contract. "
        "Members asked how complaints about missed cuts were recorded. The Contracts Manager said each "
        "complaint was logged."
    ),
    preamble="Unanimously resolved:",
    resolutions=[("i", "To note the report."), ("ii", "To ask for a further report in twelve months.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_rows_under_a_stacked_lead_in_cost_work_in_proportion(monkeypatch):
    head = ("Agenda item\nLevy\nMinutes:\nRESOLVED:\nTHAT:\n"
            "Under the Levy Regulations, the Portfolio Holder approves the levy for each area as follows:\n")
    assert_work_in_proportion(monkeypatch, lambda n: head + "".join(f"{i})For area {i} 1,000.00\n" for i in range(n)))
