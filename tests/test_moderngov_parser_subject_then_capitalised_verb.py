"""
A closing decision worded as its body and a verb in capitals ("The
Authority NOTED the report.", "Members NOTED the update.", "The Health and
Wellbeing Board ENDORSED the strategy.") is the item's decision, as a bare
"NOTED the report." is.  The same sentence in lower case ("The Committee
endorsed the report.") stays prose, and so does one followed by more
narrative.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

case("authority-noted-after-a-numbered-briefing", """
    Agenda item
    Chief Executive's Report
    Minutes:
    The Chief Executive gave a verbal report covering:
    1. the Dark Skies festival;
    2. staffing changes in the Ranger team.
    The Authority NOTED the report.
    """,
    "Chief Executive's Report",
    resolutions=[("", "The Authority NOTED the report.")],
)
case("members-noted-with-blank-lines", """
    Agenda item
    Ward Budgets Update

    Minutes:

    The Locality Manager gave an update.

    Members NOTED the update.

    Supporting documents:

    Ward Budgets PDF 90 KB
    """,
    "Ward Budgets Update",
    resolutions=[("", "Members NOTED the update.")],
    documents=["Ward Budgets"],
)
case("several-word-body-endorsed", """
    Agenda item
    Joint Local Health and Wellbeing Strategy
    Minutes:
    The Director of Public Health presented the strategy.
    The Health and Wellbeing Board ENDORSED the strategy for publication.
    """,
    "Joint Local Health and Wellbeing Strategy",
    resolutions=[("", "The Health and Wellbeing Board ENDORSED the strategy for publication.")],
)
case("lower-case-verb-stays-prose", """
    Agenda item
    Fostering Review
    Minutes:
    The officer presented the review.
    The Authority endorsed the report.
    """,
    "Fostering Review",
)
case("capitalised-verb-followed-by-narrative-stays-prose", """
    Agenda item
    Ranger Service
    Minutes:
    The Authority NOTED the report.

    The Chair then thanked the rangers for their work over the summer.
    """,
    "Ranger Service",
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
