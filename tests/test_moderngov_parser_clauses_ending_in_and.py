"""
Unlabelled clauses under a lead-in ("RESOLVED that:"), set off by blank
lines, whose bullets were lost in copying: a clause ending in "; and" or
"; or" has closed with its semicolon, so the next clause is another
resolution, as it is after a bare ";".  A sentence broken by a blank line
after a plain "and" (no semicolon) still runs on.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

case("two-clauses-the-first-ending-in-semicolon-and", """
    Agenda item
    Calder Valley Flood Alleviation
    Minutes:
    Members received a presentation.
    RESOLVED that:

    the update be noted; and

    a further update be given in September 2026.
    """,
    "Calder Valley Flood Alleviation",
    resolutions=[("", "the update be noted; and"), ("", "a further update be given in September 2026.")],
    preamble="that:",
)
case("three-clauses-under-that-the-committee-with-semicolon-or", """
    Agenda item
    Bus Shelter Advertising
    Minutes:
    RESOLVED: That the Committee:

    agrees the advertising contract;

    asks for the income to be reported each year; or

    defers the decision to the next meeting if the tender fails.
    """,
    "Bus Shelter Advertising",
    resolutions=[("", "agrees the advertising contract;"),
                 ("", "asks for the income to be reported each year; or"),
                 ("", "defers the decision to the next meeting if the tender fails.")],
    preamble="That the Committee:",
)
case("a-sentence-broken-after-a-plain-and-runs-on", """
    Agenda item
    Parks Strategy
    Minutes:
    RESOLVED: That the Parks Strategy be approved by the Cabinet and

    published on the council's website.
    """,
    "Parks Strategy",
    resolutions=[("", "That the Parks Strategy be approved by the Cabinet and published on the council's website.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
