"""
Under a RESOLVED paragraph the minutes may note, on lines of their own and
with no blank line between, an action in "Heading \u2013 text" form ("Work
programme \u2013 add a training session") or how the vote went ("Voting for \u2013
unanimous.", "FOR: (7)").  These notes are the minutes', not the decision's.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

PAGE = """
    Issue - meetings

    Annual Report on Allotment Complaints

    Meeting: 12/03/2024 - Allotments Committee (Item 6)

    6 Annual Report on Allotment Complaints

    The report summarised the complaints received about the allotment sites during the year.
    The Committee discussed the report and comments were made, including:
    RESOLVED that the annual report be noted and any further work be added to the work programme.
    {notes}
    """

DECISION = "that the annual report be noted and any further work be added to the work programme."

for name, notes in [
    ("heading-dash-note-then-vote", "Work programme \u2013 add a site visit and review the waiting list \u2013 report back in June.\n"
     "    Voting for \u2013 unanimous."),
    ("hyphen-note-then-vote", "Actions for officers - write to the plot holders about the water charges.\n"
     "    Voting for - 7, against - 1."),
    ("vote-count-in-brackets", "FOR: (7)\n    AGAINST: (0)"),
    ("vote-only", "Voting for \u2013 unanimous."),
]:
    case(name, PAGE.format(notes=notes),
         "Annual Report on Allotment Complaints",
         resolutions=[("", DECISION)],
         )


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
