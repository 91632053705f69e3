"""
A printed page's number left in copied minutes.

Minutes copied from a printed or PDF copy carry the page's number ("Page 6",
"Page 12 of 20") on a line of its own where the page broke, often in the
middle of a resolution.  That line is not part of the record: the resolution
runs on across it.  A sentence that refers to a page ("Page 6 of the report
...") is narrative and stays.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

case("bulleted-resolution-running-over-a-page-break", """
    Agenda item

    Recycling Contamination

    Minutes:

    The Partnership Manager introduced the update.

    Resolved:

    \u2022\tThat the update be noted.

    \u2022\tThat the partner councils share their leaflets so that one message is used across the

    Page 6

    partnership area.

    \u2022\tThat a further update be given in January.
    """,
    "Recycling Contamination",
    minutes="The Partnership Manager introduced the update.",
    resolutions=[("", "That the update be noted."),
                 ("", "That the partner councils share their leaflets so that one message is used across the "
                      "partnership area."),
                 ("", "That a further update be given in January.")],
)

case("numbered-resolution-over-a-page-numbered-of-a-total", """
    Agenda item

    Street Trading Policy

    To review the street trading policy.

    Minutes:

    RESOLVED:

    1.\tThat the revised Street Trading Policy be approved with effect from

    Page 12 of 20

    1 April 2025.

    2.\tThat the fees be reviewed annually.
    """,
    "Street Trading Policy",
    description="To review the street trading policy.",
    resolutions=[("1", "That the revised Street Trading Policy be approved with effect from 1 April 2025."),
                 ("2", "That the fees be reviewed annually.")],
)

case("page-number-in-capitals-between-narrative-paragraphs", """
    Agenda item

    Community Safety Plan

    Minutes:

    The Community Safety Manager presented the plan.

    PAGE 4

    Members asked about anti-social behaviour in the town centre.

    RESOLVED – That the plan be endorsed.
    """,
    "Community Safety Plan",
    minutes="The Community Safety Manager presented the plan.\n\n"
            "Members asked about anti-social behaviour in the town centre.",
    resolutions=[("", "That the plan be endorsed.")],
)

# --- a sentence about a page stays --------------------------------------------------

case("a-sentence-naming-a-page-is-narrative", """
    Agenda item

    Capital Programme

    Minutes:

    Page 6 of the report set out the schemes proposed for deletion.

    RESOLVED – That the schemes be deleted.
    """,
    "Capital Programme",
    minutes="Page 6 of the report set out the schemes proposed for deletion.",
    resolutions=[("", "That the schemes be deleted.")],
)

case("a-list-item-after-the-break-is-not-joined-to-the-item-above", """
    Agenda item

    Fees and Charges

    Minutes:

    RESOLVED that:

    a)\tthe fees at Appendix A be approved

    Page 5

    b)\tthe fees be reviewed in a year
    """,
    "Fees and Charges",
    preamble="that:",
    resolutions=[("a", "the fees at Appendix A be approved"),
                 ("b", "the fees be reviewed in a year")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_printed_page_numbers_are_not_read(text, expected):
    assert_read_exactly(text, expected)
