"""
A title's asterisk marker may follow the item's number ("141 *Play Area
Strategy PDF 182 KB", "7. **Play Area Strategy"): the number and the size
are taken off, and so is the marker.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

PAGE = """
    {line}
    To consider and decide on the recommendations as set out in the report.
    Decision:
    RESOLVED \u2013 That the Play Area Strategy be approved.
    Minutes:
    The Parks Manager presented the report set out in the agenda.
    """

for name, line, number in [
    ("number-star-and-size", "141 *Play Area Strategy 2023/24 PDF 182 KB", "141"),
    ("dotted-number-two-stars", "7. **Play Area Strategy 2023/24", "7"),
    ("number-spaced-star", "12 * Play Area Strategy 2023/24", "12"),
]:
    case(name, PAGE.format(line=line),
         "Play Area Strategy 2023/24",
         description="To consider and decide on the recommendations as set out in the report.",
         resolutions=[("", "That the Play Area Strategy be approved.")],
         number=number,
         )


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
