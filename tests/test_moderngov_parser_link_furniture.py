"""
Links a ModernGov page prints around an item are not part of its record.
A document's link names the item it belongs to after the paper's name
("Tariffs Report, item 12. PDF 80 KB"): the name is the paper's alone; an
item's own link may close its title with a full stop before the link's icon
("45 Harbour Plan. pdf icon PDF 129 KB"): the title is read without it, as
without the icon.
Under a document's name its link may go on with the paper's size and the link
to the same paper in another format ("PDF 310 KB View as DOCX (41/2) 18 KB"),
on the name's line or wrapped onto the next: neither is a document.  A
decision page's "Find out more about this issue" link under the title is
not the purpose; bullets in its reasons are read as bullets elsewhere are.
A page copied from the site's header down starts after its breadcrumb
trail ("Home > Your council > Meetings"): the lines above it are the
site's, and the item's own line gives the title.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

case("size-and-other-format-wrapped-under-each-document", """
    Issue - meetings
    Allotment Rents Review
    Meeting: 14/03/2029 - Council (Item 41)
    41 Allotment Rents Review PDF 96 KB
    The Director of Parks has submitted a report on allotment rents for the coming three years.
    Additional documents:
    - Appendix 1 (Proposed rents), item 41
    PDF 310 KB View as DOCX (41/2) 18 KB
    - Appendix 2 (Equality Assessment), item 41
    PDF 75 KB
    Minutes:
    Councillor Ferrow presented the report.
    RESOLVED: That the proposed rents be approved.
    """,
    "Allotment Rents Review",
    description="The Director of Parks has submitted a report on allotment rents for the coming three years.",
    resolutions=[("", "That the proposed rents be approved.")],
    documents=["Appendix 1 (Proposed rents)", "Appendix 2 (Equality Assessment)"],
)
case("other-format-on-the-documents-own-line", """
    Agenda item
    Harbour Dues
    To agree the harbour dues for 2030.
    Supporting documents:
    Harbour Dues Report, item 7. PDF 120 KB View as HTML (7/1) 40 KB
    Schedule of Dues, item 7. PDF 60 KB
    """,
    "Harbour Dues",
    description="To agree the harbour dues for 2030.",
    documents=["Harbour Dues Report", "Schedule of Dues"],
)
case("item-named-in-each-documents-link", """
    Agenda item
    Ferry Fares
    To agree the ferry fares for 2031-32.
    Supporting documents:
    - Ferry Fares 2031-32 (Report), item 64. PDF 140 KB
    - Ferry Fares 2031-32 (Appendix 2), item 64b. PDF 2 MB
    - Fares review, item 5 of the 2030 programme PDF 20 KB
    """,
    "Ferry Fares",
    description="To agree the ferry fares for 2031-32.",
    documents=["Ferry Fares 2031-32 (Report)", "Ferry Fares 2031-32 (Appendix 2)",
               "Fares review, item 5 of the 2030 programme"],
)
case("item-link-closing-with-a-full-stop-before-its-icon", """
    Issue - meetings
    Adopt the Harbour Neighbourhood Plan
    Meeting: 06/09/2031 - Cabinet (Item 45)
    45 Adopt the Harbour Neighbourhood Plan. pdf icon PDF 129 KB
    To adopt the plan after its referendum.
    Minutes:
    RESOLVED: That the plan be made.
    """,
    "Adopt the Harbour Neighbourhood Plan",
    description="To adopt the plan after its referendum.",
    resolutions=[("", "That the plan be made.")],
)
case("agenda-item-link-closing-with-a-full-stop-before-its-icon", """
    Agenda item
    12 Harbour Dues Review. pdf icon PDF 20 KB
    To agree the harbour dues for 2032.
    """,
    "Harbour Dues Review",
    description="To agree the harbour dues for 2032.",
)
case("other-format-alone-on-its-line", """
    Agenda item
    Harbour Dues
    To agree the harbour dues for 2030.
    Supporting documents:
    Harbour Dues Report, item 7. PDF 120 KB
    View as DOCX (7/1) 40 KB
    """,
    "Harbour Dues",
    description="To agree the harbour dues for 2030.",
    documents=["Harbour Dues Report"],
)
case("a-document-named-for-viewing-is-still-a-document", """
    Agenda item
    Town Centre Plan
    To consider the plan.
    Supporting documents:
    Plan as viewed by residents PDF 2 MB
    """,
    "Town Centre Plan",
    description="To consider the plan.",
    documents=["Plan as viewed by residents"],
)
case("find-out-more-link-under-a-decision-pages-title", """
    Decision details
    Review of the Street Trading Policy
    - Find out more about this issue
    - Share this item
    Decision Maker: Cabinet
    Decision status: Recommendations Approved
    Purpose:
    To consider changes to the Street Trading Policy
    Decision:
    Cabinet notes the consultation responses and recommends the revised policy to Council.
    Reasons for the decision:
    \u00b7 The current policy dates from 2024.
    \u00b7 Traders asked for clearer rules on pitch sizes.
    Publication date: 09/02/2033
    """,
    "Review of the Street Trading Policy",
    description="To consider changes to the Street Trading Policy",
    resolutions=[("", "Cabinet notes the consultation responses and recommends the revised policy to Council.")],
    reason="- The current policy dates from 2024.\n- Traders asked for clearer rules on pitch sizes.",
)
case("find-out-more-as-the-purpose-of-a-sentence-is-kept", """
    Agenda item
    Museum Outreach
    To find out more about the outreach programme from the curator.
    Minutes:
    RESOLVED: That the update be noted.
    """,
    "Museum Outreach",
    description="To find out more about the outreach programme from the curator.",
    resolutions=[("", "That the update be noted.")],
)
case("breadcrumb-trail-on-one-line-under-the-sites-header", """
    Your council
    Home > Your Council > Issue
    12 Flood Resilience - Progress Report PDF 210 KB
    Additional documents:
    Minutes:
    The Committee received a progress report from the Drainage Engineer.
    RESOLVED: That the progress report be noted.
    """,
    "Flood Resilience - Progress Report",
    resolutions=[("", "That the progress report be noted.")],
    number="12",
)
case("breadcrumb-trail-with-you-are-here-above-an-agenda-item", """
    Skip to content
    Ashcombe Borough Council
    You are here: Home \u00bb Meetings \u00bb Agenda item
    Agenda item
    Tree Preservation Orders
    To confirm the orders listed in the schedule.
    """,
    "Tree Preservation Orders",
    description="To confirm the orders listed in the schedule.",
)
case("a-title-opening-with-home-is-not-a-trail", """
    Agenda item
    Home to School Transport Policy
    To agree the eligibility rules for 2034.
    """,
    "Home to School Transport Policy",
    description="To agree the eligibility rules for 2034.",
)

for name, line in [
    ("item-number-with-a-full-stop-in-the-other-format-link",
     "Coastal Path Plan 2031/32, item 58. PDF 312 KB View as HTML (58./1) 120 KB"),
    ("spaced-other-format-link-with-a-dotted-number",
     "Coastal Path Plan 2031/32, item 58. PDF 312 KB View as DOCX (58. /2) 41 KB"),
    ("sub-numbered-item-in-the-other-format-link",
     "Coastal Path Plan 2031/32, item 58.1. PDF 312 KB View as HTML (58.1/3) 99 KB"),
]:
    case(name, f"""
        Agenda item
        Coastal Path Plan
        To approve the coastal path plan.
        Supporting documents:
        - {line}
        """,
        "Coastal Path Plan",
        description="To approve the coastal path plan.",
        documents=["Coastal Path Plan 2031/32"],
    )


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_documents_with_other_formats_cost_work_in_proportion(monkeypatch):
    unit = "- Appendix (Tables), item 4\nPDF 31 KB View as DOCX (4/1) 9 KB\n"
    assert_work_in_proportion(
        monkeypatch, lambda n: "Agenda item\nBig Page\nTo note.\nSupporting documents:\n" + unit * n
    )


def test_pages_under_a_breadcrumb_trail_cost_work_in_proportion(monkeypatch):
    unit = "The Committee asked about drainage.\n"
    assert_work_in_proportion(
        monkeypatch, lambda n: "Site\nHome > Council > Issue\n3 Big Page PDF 9 KB\nMinutes:\n" + unit * n
    )
