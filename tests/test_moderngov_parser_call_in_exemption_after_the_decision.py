"""
After a decision's list a page may say, as a lead-in of its own, why the
decision is not open to call-in ("This decision is not subject to call in
as:", bullets, "therefore it will be implemented immediately.").  That
lead-in is not the decision's: it closes the decision list, and its bullets
and the sentence after them are not decisions.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

PAGE = """
    Decision details

    Library Opening Hours (EX2001)

    Decision status: For Determination

    Is subject to call in?: No


    {marker}


    \u00b7         the opening hours of the branch libraries would be reduced from 1 April.

    \u00b7         a review of the mobile library service would be carried out with the parish councils.


    {exemption}


    \u00b7      {why}


    therefore it will be implemented immediately.

    Report author: Ann Page

    Publication date: 01/07/2016
    """

for name, marker, exemption, why in [
    ("not-subject-as", "Resolved that:", "This decision is not subject to call in as:",
     "a delay in implementing the decision would cause the Council serious financial harm."),
    ("exempt-from-call-in-because", "RESOLVED that:", "The decision is exempt from call-in because:",
     "the grant offer must be accepted by the end of the month."),
    ("cannot-be-called-in", "Resolved that:", "This decision cannot be called in for the following reasons:",
     "any delay would put the funding at risk."),
]:
    case(name, PAGE.format(marker=marker, exemption=exemption, why=why),
         "Library Opening Hours (EX2001)",
         resolutions=[("", "the opening hours of the branch libraries would be reduced from 1 April."),
                      ("", "a review of the mobile library service would be carried out with the parish councils.")],
         )


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
