"""
An issue page from the forward plan holds only the issue's title and a
paragraph saying what the report is for ("Directors of Public Health have a
statutory duty to ..."), with no "Minutes:" heading and no decision.  That
paragraph, about the report or plan and in the present tense, is the item's
purpose, not minutes.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

for name, title, text in [
    ("statutory-duty", "Annual Report of the Director of Public Health",
     "Directors of Public Health have a statutory duty to write an annual report on the health of their "
     "population. The report is to raise awareness of local health issues and make recommendations for change"),
    ("sets-out", "Housing Allocations Policy Review",
     "The Council must keep its allocations policy under review. This report sets out the changes proposed "
     "following the consultation and asks the Executive to adopt them."),
    ("two-paragraphs", "Waste Strategy 2025-2030",
     "The strategy sets the direction for waste collection and disposal for the next five years.\n\n"
     "It will be considered by the Cabinet in March."),
]:
    case(name, f"{title}\n\n{text}\n\n\n", title, description=text)

# must not change: a paragraph telling what happened is the minutes
case("past-tense-paragraph-stays-the-minutes", """
    Waste Strategy 2025-2030

    The Cabinet Member presented the strategy and members asked about the food waste trial.
    """,
    "Waste Strategy 2025-2030",
    minutes="The Cabinet Member presented the strategy and members asked about the food waste trial.",
)

# must not change: short present-tense lines about nothing the item brings stay the minutes
case("short-letter-stays-the-minutes", """
    Letter to the council

    It has no headings at all.

    Yours, A Resident
    """,
    "Letter to the council",
    minutes="It has no headings at all.\n\nYours, A Resident",
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
