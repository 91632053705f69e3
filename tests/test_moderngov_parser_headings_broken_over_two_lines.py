"""
A section heading after the reasons that copying broke over two lines
("Implementation of" / "Decisions:", "Matters for" / "Further Action:") is
one heading: its first half is not the reasons' last words, and the field
takes the whole heading's name.  A closing sentence of the reasons that ends
in a word like "of" is no heading's start unless the line below completes one.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

case("implementation-heading-broken-after-of", """
    Dog Control Orders
    Minutes:
    RESOLVED: That the dog control orders be renewed for three years.
    Reason for Decision:
    To keep the orders in force across the district's parks.
    Implementation of
    Decision:
    The decision will be implemented after the call in period.
    """,
    "Dog Control Orders",
    resolutions=[("", "That the dog control orders be renewed for three years.")],
    reason="To keep the orders in force across the district's parks.",
    details=[("Implementation of Decision", "The decision will be implemented after the call in period.")],
)
case("heading-broken-after-for", """
    Town Centre Wi-Fi
    Minutes:
    Decisions:
    1. That the town centre wi-fi contract be extended.
    Reasons for Decisions:
    To keep the service running while it is retendered.
    Matters for
    Further Action:
    The contract will be retendered next year.
    """,
    "Town Centre Wi-Fi",
    resolutions=[("1", "That the town centre wi-fi contract be extended.")],
    reason="To keep the service running while it is retendered.",
    details=[("Matters for Further Action", "The contract will be retendered next year.")],
)
case("heading-whole-on-its-line-after-a-reason", """
    Library Opening Hours
    Minutes:
    RESOLVED: That the new opening hours be adopted.
    Reason for Decision:
    To match the opening hours to the busiest times of use.
    Implementation of Decision:
    Immediately.
    """,
    "Library Opening Hours",
    resolutions=[("", "That the new opening hours be adopted.")],
    reason="To match the opening hours to the busiest times of use.",
    details=[("Implementation of Decision", "Immediately.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
