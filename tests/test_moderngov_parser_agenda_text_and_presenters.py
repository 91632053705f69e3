"""
What the agenda says of an item, and who presents it.  Some councils name
the presenter as a field under the item's link: "Reporting Person – Name",
"Reporting Officer: Title".  It is the presenter, never the description.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

case("reporting-person-with-a-dash-under-the-item-link", """
    Meeting: 03/05/2031 - Executive (Item 6)

    6 Fees and Charges 2032-33 EXE31-017 pdf icon PDF 44 KB

    Reporting Person \u2013 Maren Oakes

    Additional documents:


    The Executive received a report setting out the proposed fees and charges.

    RESOLVED

    That the fees and charges be approved as set out in Appendix A.
    """,
    "Fees and Charges 2032-33 EXE31-017",
    presenter="Maren Oakes",
    resolutions=[("", "That the fees and charges be approved as set out in Appendix A.")],
)
case("reporting-officer-with-a-colon-above-the-purpose", """
    Agenda item
    Street Lighting Upgrade
    Reporting Officer: Head of Highways
    To approve the second phase of the lantern replacement programme.
    Minutes:
    The Committee discussed the timetable.
    RESOLVED: That the second phase be approved.
    """,
    "Street Lighting Upgrade",
    description="To approve the second phase of the lantern replacement programme.",
    presenter="Head of Highways",
    minutes="The Committee discussed the timetable.",
    resolutions=[("", "That the second phase be approved.")],
)
case("reporting-in-a-sentence-is-not-a-presenter", """
    Agenda item
    Performance Report
    Reporting arrangements for the new year are set out in the report.
    Minutes:
    RESOLVED: That the report be noted.
    """,
    "Performance Report",
    description="Reporting arrangements for the new year are set out in the report.",
    resolutions=[("", "That the report be noted.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
