"""
A lead-in ending in a dash ("That the Committee agreed \u2013", "RESOLVED that -")
over a labelled list is the list's preamble, as one ending in ":" is: it is
never read as a resolution of its own, whether the decision is printed once
or both under "Decision:" and in the minutes.  Every case is written here and
checks the whole record.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

for name, lead, first, second in [
    ("en-dash-roman", "That the Board agreed \u2013", "i.", "ii."),
    ("hyphen-lettered", "That the Board agreed -", "(a)", "(b)"),
    ("em-dash-numbered", "That the Board \u2014", "1.", "2."),
]:
    case(name, f"""
        Agenda item - Review of Library Opening Hours

        Agenda item

        Review of Library Opening Hours

        - Meeting of Leisure Services Board, Tuesday, 3rd May, 2033 6.00pm (Item 7.)

        Report of the Head of Libraries.

        Decision:

        RESOLVED: {lead}

        {first} To extend Saturday opening hours at the central library as set out in the report.

        {second} To review the change after twelve months.

        Minutes:

        7.1 The Head of Libraries introduced the report on opening hours.

        7.2 RESOLVED: {lead}

        {first} To extend Saturday opening hours at the central library as set out in the report.

        {second} To review the change after twelve months.
        """,
        "Review of Library Opening Hours",
        description="Report of the Head of Libraries.",
        resolutions=[(first.strip("().").rstrip("."), "To extend Saturday opening hours at the central library as set out in the report."),
                     (second.strip("().").rstrip("."), "To review the change after twelve months.")],
        preamble=lead,
    )

@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
