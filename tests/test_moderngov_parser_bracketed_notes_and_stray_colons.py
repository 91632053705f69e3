"""
What a copy leaves around a decision that is no part of it:

* a colon alone on its line, left where copying lost a heading's words, is
  dropped wherever it stands.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

case("colon-alone-under-the-purpose-and-after-the-decision", """
    Issue - meetings
    Members' Allowances Scheme
    Meeting: 14/11/2030 - Council (Item 52)
    52 MEMBERS' ALLOWANCES SCHEME PDF 90 KB
    The panel has reviewed the allowances scheme and its report is attached.
    :
    Additional documents:
    - Appendix - Panel report, item 52
    PDF 120 KB
    Minutes:
    The Council considered the panel's report.
    RESOLVED: That the new scheme be agreed.
    :
    """,
    "Members' Allowances Scheme",
    description="The panel has reviewed the allowances scheme and its report is attached.",
    resolutions=[("", "That the new scheme be agreed.")],
    documents=["Appendix - Panel report"],
    minutes="The Council considered the panel's report.",
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)

