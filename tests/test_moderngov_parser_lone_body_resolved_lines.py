"""
A line naming the body and "resolved", standing alone above the decision
("The Executive RESOLVEd", "The Committee resolved"), is the decision's
lead-in whatever its case: it is taken off the decision that follows it.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

PAGE = """
    Decision Maker: Executive
    Decision status: Recommendations Approved
    Is Key decision?: No
    To consider the draft Tree Strategy and to seek
    authority for public consultation.
    {lead_in}
    {decision}
    Reason: To let residents comment on the strategy before it is adopted.
    Publication date: 13/09/2024
    Date of decision: 12/09/2024
    """

for name, lead_in, decision in [
    ("odd-casing", "The Executive RESOLVEd", "That the draft Tree Strategy be approved for public consultation."),
    ("title-case", "The Cabinet Resolved", "That the draft Tree Strategy be approved for public consultation."),
    ("lower-case-with-adverb", "The Committee unanimously resolved",
     "That the draft Tree Strategy be approved for public consultation in the spring."),
    ("lower-case", "the Panel resolved", "That the draft Tree Strategy be approved for public consultation."),
]:
    case(name, PAGE.format(lead_in=lead_in, decision=decision),
         "",
         description="To consider the draft Tree Strategy and to seek authority for public consultation.",
         resolutions=[("", decision)],
         reason="To let residents comment on the strategy before it is adopted.",
         )


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
