"""
On an "Issue - decisions" page the paragraph under the dated decision line
is the decision.  A title-case heading ending in ":" after it ("Further
Action Required:", "Next Steps:") opens a section of its own that ends the
decision; the heading is never a decision itself.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

PAGE = """
    Issue - decisions

    {decision}

    14/03/2024 - {decision}

    {decision}
    {heading}
    {first}
    Post and maintain notices on site.
    Consult the statutory consultees and other relevant parties.
    """

for name, decision, heading, first in [
    ("further-action", "To authorise the Head of Legal Services to make a diversion order for footpath 12.",
     "Further Action Required:", "Instruct the Head of Legal Services."),
    ("next-steps", "To approve the stopping up of Mill Lane under the Highways Act 1980 (section 116).",
     "Next Steps:", "Write to the frontagers."),
    ("actions-to-be-taken", "To agree the grant of a licence to the Harbour Trust for the slipway.",
     "Actions To Be Taken:", "Instruct the Estates Manager to draw up the licence."),
]:
    case(name, PAGE.format(decision=decision, heading=heading, first=first),
         decision,
         resolutions=[("", decision)],
         )


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
