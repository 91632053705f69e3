"""
A page copied without its title may open with the sentence telling the
decision ("The Executive considered the report and RESOLVED to recommend that
Council:"): the narrative before its marker shows it is the minutes' text, not
a heading where the title should be, so the page is read with its title left
empty for the clerk to give.  A page opening at the marker itself ("RESOLVED:
That ...") is still refused.
"""

import pytest

from agenda.importers.moderngov import ParseError, parse_record
from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

case("narrated-decision-over-a-numbered-list", """
    The Executive considered the report and RESOLVED to recommend that Council:
    1. Adopts the Harbour Area Action Plan as set out at Appendix B.
    2. Delegates to the Head of Planning any minor changes to the plan before it is published.
    """,
    "",
    preamble="to recommend that Council:",
    resolutions=[
        ("1", "Adopts the Harbour Area Action Plan as set out at Appendix B."),
        ("2", "Delegates to the Head of Planning any minor changes to the plan before it is published."),
    ],
)
case("narrated-decision-in-one-sentence", """
    Members discussed the proposed charges and it was RESOLVED that the harbour fees be increased by three per cent from April 2031.
    """,
    "",
    resolutions=[("", "that the harbour fees be increased by three per cent from April 2031.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


@pytest.mark.parametrize("text", [
    "RESOLVED: That the report be noted.\n",
    "It was RESOLVED that the report be noted.\n",
])
def test_a_page_opening_at_the_marker_is_still_refused(text):
    with pytest.raises(ParseError, match="no title was found"):
        parse_record(text)
