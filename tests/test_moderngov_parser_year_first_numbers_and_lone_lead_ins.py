"""
Two shapes of whole-meeting pages and decisions:

* an item numbered year first ("24/7": minute 7 of 2024) alone above its
  title is the item's number, and a title worded like a heading ("Minutes -
  Housing Panel - 4 March 2024") that carries its link's file size is the
  item's title, not a "Minutes" heading; a title opening with "24/7" keeps
  those words;
* a decision's only numbered paragraph that just leads into a list ("3.2
  Cabinet:" over "(a) ...", "(b) ...") gives the list as the resolutions and
  its lead-in as the preamble, while an item among siblings keeps the list
  nested under it and a whole sentence ending in ":" keeps the lines under it;
* a line ending in ":" set apart between two items ("and recommended to
  full Council:") leads into the items below it: it joins the preamble, not
  the item above it.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case


# --- a number written year first, over a title worded like a heading ------------------

case("year-first-number-over-a-minutes-title-with-its-link", """
    24/7

    Minutes - Housing Scrutiny Panel - 4 March 2024 pdf icon PDF 120 KB

    Minutes:

    The minutes of the Housing Scrutiny Panel held on 4 March 2024 were approved as a correct record.
    """,
    "Minutes - Housing Scrutiny Panel - 4 March 2024",
    number="24/7",
    minutes="The minutes of the Housing Scrutiny Panel held on 4 March 2024 were approved as a correct record.",
)
case("year-first-number-over-an-ordinary-title", """
    25/12

    Allotment Waiting Lists pdf icon PDF 88 KB

    To review the waiting lists for the borough's allotments.

    Minutes:

    The Parks Manager presented the report.

    RESOLVED: That the report be noted.
    """,
    "Allotment Waiting Lists",
    number="25/12",
    description="To review the waiting lists for the borough's allotments.",
    minutes="The Parks Manager presented the report.",
    resolutions=[("", "That the report be noted.")],
)
case("minutes-title-with-its-link-and-no-number", """
    Minutes - Audit Committee - 9 January 2025 pdf icon PDF 95 KB

    To approve the minutes of the last meeting.

    Minutes:

    RESOLVED: That the minutes be approved as a correct record.
    """,
    "Minutes - Audit Committee - 9 January 2025",
    description="To approve the minutes of the last meeting.",
    resolutions=[("", "That the minutes be approved as a correct record.")],
)
case("title-opening-with-round-the-clock-words-keeps-them", """
    Agenda item

    24/7 Helpline Contract

    To consider the renewal of the out-of-hours helpline.
    """,
    "24/7 Helpline Contract",
    number=None,
    description="To consider the renewal of the out-of-hours helpline.",
)


# --- a lone numbered paragraph leading into the decision's list -----------------------

case("lone-numbered-lead-in-on-a-decisions-page", """
    Issue - decisions

    Review of Community Centres

    14/05/2024 - Review of Community Centres

    3.2 Cabinet:

    (a)  Noted the findings of the review of community centres; and

    (b)  Asked officers to consult the centres' trustees on the proposed leases.
    """,
    "Review of Community Centres",
    preamble="Cabinet:",
    resolutions=[("a", "Noted the findings of the review of community centres; and"),
                 ("b", "Asked officers to consult the centres' trustees on the proposed leases.")],
)
case("lone-numbered-that-lead-in-under-a-marker", """
    Agenda item

    Street Lighting Policy

    Minutes:

    The Highways Manager presented the policy.

    RESOLVED:

    (1) That the Committee:

    (a) notes the revised policy;

    (b) asks for a report on energy savings in a year.
    """,
    "Street Lighting Policy",
    minutes="The Highways Manager presented the policy.",
    preamble="That the Committee:",
    resolutions=[("a", "notes the revised policy;"),
                 ("b", "asks for a report on energy savings in a year.")],
)
case("lead-in-among-siblings-keeps-its-nested-list", """
    Agenda item

    Task Groups

    Minutes:

    RESOLVED:

    (1) That the report be noted;

    (2) That the task group be split in two:

    (i) Contract Terms

    (ii) Public Engagement
    """,
    "Task Groups",
    resolutions=[("1", "That the report be noted;"),
                 ("2", "That the task group be split in two:\n\n(i) Contract Terms\n(ii) Public Engagement")],
)
case("lone-numbered-whole-sentence-keeps-the-lines-under-it", """
    Agenda item

    Planning Application 24/0311 - Old Mill

    Minutes:

    RESOLVED:

    1. That the application be refused for the following reasons:

    (a) harm to the setting of the listed mill;

    (b) loss of employment land.
    """,
    "Planning Application 24/0311 - Old Mill",
    resolutions=[("1", "That the application be refused for the following reasons:\n\n"
                       "(a) harm to the setting of the listed mill;\n(b) loss of employment land.")],
)

# a lead-in line between two items leads into the items after it: no part of the item above
case("lead-in-line-between-numbered-items", """
    Decision details

    Tree Strategy

    Decision Maker: Environment Committee

    Decision:

    That the Committee:

    (1) endorsed the target of planting 5,000 trees by 2030;

    (2) approved the Tree Strategy at Annex 1 to the report;

    and recommended to full Council:

    (3) the adoption of the tree planting target;

    (4) the adoption of the Tree Strategy.
    """,
    "Tree Strategy",
    preamble="That the Committee:\n\nand recommended to full Council:",
    resolutions=[("1", "endorsed the target of planting 5,000 trees by 2030;"),
                 ("2", "approved the Tree Strategy at Annex 1 to the report;"),
                 ("3", "the adoption of the tree planting target;"),
                 ("4", "the adoption of the Tree Strategy.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_reads_the_page_exactly(text, expected):
    assert_read_exactly(text, expected)
