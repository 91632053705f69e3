"""
A decision page may print the kind of decision as a lone label between the
reasons and the page's details ("Senior Officer Decision", "Key Decision
Taken Under Urgency").  The label has no closing punctuation and stands
after a closed sentence: it ends the reasons and is not part of them.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

PAGE = """
    Decision details

    Change to the Standing Orders on Petitions

    Decision Maker: Head of Governance

    Decision:

    That the Standing Orders be amended as set out in the report.

    Reasons for the decision:

    The Council debated the proposed change and recommended it. {tail}

    {footer}

    Publication date: 28/07/2021

    Date of decision: 27/07/2021
    """

for name, tail, footer in [
    ("senior-officer-decision", "I am content it is an acceptable change to make.", "Senior Officer Decision"),
    ("urgent-key-decision", "There is no reason to take another course.", "Key Decision Taken Under Urgency"),
    ("officer-delegated", "No other option would meet the deadline.", "Officer Delegated Decision"),
]:
    case(name, PAGE.format(tail=tail, footer=footer),
         "Change to the Standing Orders on Petitions",
         resolutions=[("", "That the Standing Orders be amended as set out in the report.")],
         reason=f"The Council debated the proposed change and recommended it. {tail}",
         )

# must not change: a last line of the reasons that is a sentence stays the reasons'
case("closing-sentence-stays-the-reasons", """
    Decision details

    Change to the Standing Orders on Petitions

    Decision:

    That the Standing Orders be amended as set out in the report.

    Reasons for the decision:

    The Council debated the proposed change and recommended it.

    No other option would meet the deadline.

    Publication date: 28/07/2021
    """,
    "Change to the Standing Orders on Petitions",
    resolutions=[("", "That the Standing Orders be amended as set out in the report.")],
    reason="The Council debated the proposed change and recommended it.\n\nNo other option would meet the deadline.",
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
