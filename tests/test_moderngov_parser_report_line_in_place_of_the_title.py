"""
A page copied without its title may open at the agenda's line saying whose
report the item is ("Report of the Head of Housing", "Report by the
Director of Finance."), straight over the "Minutes:" heading or the decision.
That line is the item's purpose, not its title: the title was lost, and is
left empty.  Under a page's "Agenda item" heading the line is still the
title, as printed in the title's place.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

NARRATIVE = "Members considered the items proposed for the work programme for the year ahead."

for name, line, heading in [
    ("report-of-the-post-over-minutes", "Report of the Assistant Director of Housing", "Minutes:"),
    ("report-by-the-post-with-full-stop", "Report by the Director of Finance.", "Minutes:"),
    ("report-of-a-post-without-the", "Report of Head of Leisure and Culture", "Minutes:"),
    ("report-of-the-post-over-spaced-minutes", "Report of the Chief Executive", "Minutes :"),
]:
    case(name, f"""
    {line}
    {heading}
    {NARRATIVE}
    RESOLVED – That the work programme be updated accordingly.
    Supporting documents:
    """,
        "",
        description=line,
        resolutions=[("", "That the work programme be updated accordingly.")],
        minutes=NARRATIVE,
    )

case("report-line-over-the-decision", """
    Report of the Head of Parks

    RESOLVED: That the report be noted.
    """,
    "",
    description="Report of the Head of Parks",
    resolutions=[("", "That the report be noted.")],
)

# must not change: under the page's "Agenda item" heading the line stands in the title's place
case("report-line-under-the-item-heading-stays-the-title", """
    Agenda item

    Report of the Leader of the Council

    Minutes:

    The Leader reported on the work of the Cabinet since the last meeting.

    RESOLVED: That the report be noted.
    """,
    "Report of the Leader of the Council",
    resolutions=[("", "That the report be noted.")],
)

# must not change: a title naming a report among other words is a title
case("title-naming-a-report-stays-the-title", """
    Parking Charges Review - Report of the Working Group

    Minutes:

    RESOLVED: That the report be noted.
    """,
    "Parking Charges Review - Report of the Working Group",
    resolutions=[("", "That the report be noted.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_report_lines_cost_work_in_proportion(monkeypatch):
    assert_work_in_proportion(monkeypatch, lambda n: "Report of the Head of Parks\nMinutes:\n" + "Members met.\n" * n)
