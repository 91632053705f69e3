"""
An issue page ("Issue - meetings", "Issue - decisions", or the same page
copied without that heading) is the issue's record, titled as the issue: the
line above the "Meeting: <date> - <body> (Item N)" line, or above the dated
"DD/MM/YYYY - <title>" line, is the record's title.  The item's own line under
the meeting line ("6 Allotment Rents Review 2030 PDF 88 KB"), worded otherwise,
is the agenda's heading for it, and the dated line's title the decision's; each
may still give the item's number.  A page opening at the dated line, the
issue's title lost, is titled by that line.
"""

import pytest

from agenda.importers.moderngov import parse_record

ISSUE_MEETINGS = """Issue - meetings

Allotment Rents 2030 to 2031

Meeting: 12/02/2030 - Executive (Item 6)

6 Allotment Rents Review - April 2030 - March 2031 PDF 88 KB

To set the allotment rents for the coming year.

Additional documents:

Decision:

(i) to approve the allotment rents for 2030/31.
"""

ISSUE_MEETINGS_TAGGED = """Issue - meetings

Tree Planting Strategy update

Meeting: 03/03/2031 - Environment Committee (Item 4)

4 Tree Planting Strategy update (verbal item)

The Tree Officer to give a verbal update.

Minutes:

The Tree Officer reported on the planting season.

RESOLVED: That the update be noted.
"""

ISSUE_MEETINGS_UNHEADED = """Revised Street Trading Policy

Meeting: 21/09/2031 - Licensing Committee (Item 12)

12 Adoption of the revised Street Trading Policy (Agenda item 12)

To adopt the revised street trading policy.

Additional documents:

Minutes:

The Licensing Manager introduced the policy.

RESOLVED: That the revised Street Trading Policy be adopted.
"""

ISSUE_DECISIONS = """Issue - decisions

Garage Rents Setting 2031-32

14/01/2031 - Garage Rents Setting 2031/32

1. That garage rents be increased by 2 per cent from 1 April 2031.

2. That the revised charges for garage repairs be approved.
"""


@pytest.mark.parametrize("text, title, number", [
    (ISSUE_MEETINGS, "Allotment Rents 2030 to 2031", "6"),
    (ISSUE_MEETINGS_TAGGED, "Tree Planting Strategy update", "4"),
    (ISSUE_MEETINGS_UNHEADED, "Revised Street Trading Policy", "12"),
    (ISSUE_DECISIONS, "Garage Rents Setting 2031-32", None),
])
def test_an_issue_page_is_titled_as_the_issue(text, title, number):
    record = parse_record(text)
    assert record.title == title
    assert record.number == number
    assert record.resolutions


def test_a_page_opening_at_the_dated_line_is_titled_by_it():
    record = parse_record(
        "14/01/2031 - Garage Rents Setting 2031/32\n\n"
        "1. That garage rents be increased by 2 per cent from 1 April 2031.\n\n"
        "2. That the revised charges for garage repairs be approved.\n"
    )
    assert record.title == "Garage Rents Setting 2031/32"


@pytest.mark.parametrize("dated, title", [
    ("03/12/2030 - Review of Museum Offer (CAB04(30/31))", "Review of Museum Offer"),
    ("03/12/2030 - Review of Museum Offer (EX/12/31)", "Review of Museum Offer"),
    ("03/12/2030 - Play Areas Strategy update (verbal item)", "Play Areas Strategy update"),
    ("03/12/2030 - Play Areas Strategy (Verbal Update)", "Play Areas Strategy"),
    ("03/12/2030 - Budget (Part 2)", "Budget (Part 2)"),
    ("03/12/2030 - Capital Programme (2030/31)", "Capital Programme (2030/31)"),
    ("03/12/2030 - Fostering Report (information report)", "Fostering Report (information report)"),
])
def test_a_title_drops_its_verbal_tag_and_reference_code(dated, title):
    record = parse_record(f"{dated}\n\nRESOLVED: That the report be noted.\n")
    assert record.title == title
