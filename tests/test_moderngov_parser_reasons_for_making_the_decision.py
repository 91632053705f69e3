"""
"Reasons for making the decision:" (or "Reason for making the decisions:",
"Reasons for taking the decision:") is the reasons' heading, like "Reasons
for the decision:".
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

PAGE = """
    Decision details

    Sale of Land at Mill Road

    Decision Maker: Cabinet

    Decision:

    That the land at Mill Road be sold to the housing association.

    {heading}


    The reasons for the decision are set out in the exempt minute.


    Publication date: 02/02/2024
    """

for name, heading in [
    ("reasons-for-making-the-decision", "Reasons for making the decision:"),
    ("reason-for-making-decisions", "Reason for making the decisions:"),
    ("reasons-for-taking-the-decision", "Reasons for taking the decision:"),
    ("capitals", "REASONS FOR MAKING THE DECISION:"),
]:
    case(name, PAGE.format(heading=heading),
         "Sale of Land at Mill Road",
         resolutions=[("", "That the land at Mill Road be sold to the housing association.")],
         reason="The reasons for the decision are set out in the exempt minute.",
         )


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
