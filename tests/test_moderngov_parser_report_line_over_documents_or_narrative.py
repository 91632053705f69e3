"""
A page copied without its title may open at the "Report of <post>." line
over the item's "Additional documents:" list, or closed by its full stop over
the minutes' narrative.  The line says whose report the item is: it is the
item's purpose, never its title, and the page's title is lost.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

NARRATIVE = ("The Director of Housing introduced a report, which had been circulated before the meeting, "
             "seeking agreement to the revised tenancy policy.")
DECISION = [("1", "The revised tenancy policy at Appendix 1 be approved; and"),
            ("2", "The Director of Housing be authorised to make minor changes to it.")]
ITEMS = "1) The revised tenancy policy at Appendix 1 be approved; and\n2) The Director of Housing be authorised to make minor changes to it."

for name, report, between in [
    ("report-of-over-additional-documents", "Report of the Director of Housing and Communities.", "Additional documents:\n"),
    ("report-by-over-additional-documents", "Report by the Chief Executive.", "Additional documents:\n"),
    ("report-of-closed-over-narrative", "Report of the Director of Housing and Communities.", ""),
    ("report-from-closed-over-narrative", "Report from the Head of Tenancy Services.", ""),
]:
    case(name, f"{report}\n{between}{NARRATIVE}\n{ITEMS}\n",
         "",
         description=report,
         resolutions=DECISION,
         )


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
