"""
The ModernGov reader on agenda items cut out of a whole meeting's "Agenda
and minutes" page, and on the titles of issue pages:

* a decision that is one whole sentence ending in ":" over a small pasted
  table ("Minute No.  Report title", then a row per report) is one
  resolution, its table kept in it; only a short lead-in ("That the
  Committee:") splits the lines under it into resolutions;
* a paragraph of narrative after a "That ..." decision is the minutes';
* an item numbered "78/21" (number/year) on its own line, a title carrying
  its link's "pdf icon PDF 365 KB", and the page's "Share this item";
* a decision shown under "Decision:" and again in the minutes, there inside
  a recorded vote and followed by "Carried": read once, the vote kept in
  the minutes;
* the title of an issue page is the issue's, the item's line giving its number.

Every case is written here and checks the whole record.
"""

import pytest

from agenda.importers.moderngov import lines, parse_decision, parse_record, votes
from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, count_regex_work

CASES = CaseTable()
case = CASES.case

EXCLUSION = (
    "that the public be excluded from the meeting during consideration of the items of business "
    "listed below on the grounds that they involve the likely disclosure of exempt information as "
    "defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972:"
)


# --- a whole-sentence decision over a pasted table ------------------------------------

case("exclusion-sentence-over-a-table-of-minute-numbers", f"""
    53.

    Exclusion of the Press and Public

    Minutes:

    RESOLVED {EXCLUSION}

    Minute No.  Report title
    54  Sale of Surplus Garage Sites
    55  Depot Lease Renewal
    """,
    "Exclusion of the Press and Public",
    number="53",
    preamble=None,
    resolutions=[("", f"{EXCLUSION}\n\nMinute No. Report title\n54 Sale of Surplus Garage Sites\n"
                      "55 Depot Lease Renewal")],
)
case("exclusion-sentence-under-a-lone-marker-over-a-tabbed-table", """
    12/22

    Exclusion of the public

    Minutes:

    RESOLVED:

    That under Section 100A(4) of the Local Government Act 1972 the press and public be excluded for the following items on the grounds that they involve the likely disclosure of exempt information as defined in Part 1 of Schedule 12A to the Act:

    Item No.\tSubject\tParagraph
    14\tAcquisition of the Former Library\t3
    15\tHighways Depot Restructure\t1 and 2
    """,
    "Exclusion of the public",
    number="12/22",
    preamble=None,
    resolutions=[("", "That under Section 100A(4) of the Local Government Act 1972 the press and public be "
                      "excluded for the following items on the grounds that they involve the likely disclosure "
                      "of exempt information as defined in Part 1 of Schedule 12A to the Act:\n\n"
                      "Item No. Subject Paragraph\n14 Acquisition of the Former Library 3\n"
                      "15 Highways Depot Restructure 1 and 2")],
)
case("exclusion-inside-a-sentence-with-word-debris", """
    Exclusion of Press and Public
    Minutes:
    On the motion of the Chair it was RESOLVED that the press and public be excluded from the remainder of the meeting because of the likely disclosure of exempt information under the paragraphs of Schedule 12A shown against each item:
    \u00a0
    Minute\u00a0No.\u00a0 \u00a0Title
    \u00a088\u00a0\u00a0 Land at Station Road
    \u00a089\u00a0\u00a0 Waste Contract Extension
    """,
    "Exclusion of Press and Public",
    preamble=None,
    resolutions=[("", "that the press and public be excluded from the remainder of the meeting because of the "
                      "likely disclosure of exempt information under the paragraphs of Schedule 12A shown "
                      "against each item:\n\nMinute No. Title\n88 Land at Station Road\n89 Waste Contract Extension")],
)
case("short-that-lead-in-over-a-table-keeps-the-table-whole", """
    Agenda item
    Private Business
    Minutes:
    RESOLVED that the following be taken in private:
    Agenda Item\u00a0\u00a0Subject
    9\u00a0\u00a0Sale of Allotment Land
    10\u00a0\u00a0Senior Staffing
    """,
    "Private Business",
    preamble=None,
    resolutions=[("", "that the following be taken in private:\n\nAgenda Item Subject\n9 Sale of Allotment Land\n"
                      "10 Senior Staffing")],
)
case("whole-sentence-over-lines-that-are-not-decisions-is-one-resolution", """
    Agenda item
    Planning Application 23/0917 - Mill Farm
    Minutes:
    Members debated the application at length.
    RESOLVED: That the application be refused because the proposal conflicts with policies in the Local Plan as follows:
    Policy H4 - housing outside settlement limits
    Policy EN2 - landscape character
    """,
    "Planning Application 23/0917 - Mill Farm",
    minutes="Members debated the application at length.",
    preamble=None,
    resolutions=[("", "That the application be refused because the proposal conflicts with policies in the "
                      "Local Plan as follows:\n\nPolicy H4 - housing outside settlement limits\n"
                      "Policy EN2 - landscape character")],
)
case("short-lead-in-still-splits-its-unmarked-lines", """
    Agenda item
    Budget Monitoring
    Minutes:
    RESOLVED that the Committee:
    notes the forecast overspend;
    asks for a recovery plan by March.
    """,
    "Budget Monitoring",
    preamble="that the Committee:",
    resolutions=[("", "notes the forecast overspend;"), ("", "asks for a recovery plan by March.")],
)
case("whole-sentence-lead-in-over-that-lines-still-splits", """
    Agenda item
    Fees and Charges 2025/26
    Minutes:
    RESOLVED that the recommendations of the Finance Working Group set out in the report be approved as follows:
    That the car parking charges be frozen.
    That the garden waste charge rise to \u00a350.
    """,
    "Fees and Charges 2025/26",
    preamble="that the recommendations of the Finance Working Group set out in the report be approved as follows:",
    resolutions=[("", "That the car parking charges be frozen."), ("", "That the garden waste charge rise to \u00a350.")],
)

case("exclusion-sentence-and-table-after-a-lost-heading", f"""
    Agenda item
    Exclusion of the Press and Public
    Minutes:
    The Chair moved that the remaining items be taken in private.



    That {EXCLUSION[5:]}

    Minute No.  Report title
    61  Crematorium Refurbishment Tender
    62  Leisure Operator Performance
    """,
    "Exclusion of the Press and Public",
    preamble=None,
    minutes="The Chair moved that the remaining items be taken in private.",
    resolutions=[("", f"That {EXCLUSION[5:]}\n\nMinute No. Report title\n61 Crematorium Refurbishment Tender\n"
                      "62 Leisure Operator Performance")],
)
case("closing-exclusion-sentence-and-table-without-any-marker", f"""
    Agenda item
    Exclusion of the Press and Public
    Minutes:
    Members agreed to consider the following reports in private.

    That {EXCLUSION[5:]}

    Item No.  Title
    7  Purchase of Land at Canal Wharf
    """,
    "Exclusion of the Press and Public",
    preamble=None,
    minutes="Members agreed to consider the following reports in private.",
    resolutions=[("", f"That {EXCLUSION[5:]}\n\nItem No. Title\n7 Purchase of Land at Canal Wharf")],
)


# --- narrative after the decision goes back to the minutes -----------------------------

case("member-asked-after-a-lone-marker-and-that-paragraph", """
    12.

    Members' Handbook

    Minutes:

    The Democratic Services Manager introduced the revised handbook.

    RESOLVED:

    That the revised Members' Handbook be approved.

    A Member asked that copies of the handbook be sent to all councillors.
    """,
    "Members' Handbook",
    number="12",
    resolutions=[("", "That the revised Members' Handbook be approved.")],
    minutes="The Democratic Services Manager introduced the revised handbook.\n\n"
            "A Member asked that copies of the handbook be sent to all councillors.",
)
case("councillor-requested-after-an-inline-marker", """
    Agenda item
    Annual Complaints Report
    Minutes:
    The Customer Services Manager presented the report.

    RESOLVED \u2013 That the annual complaints report be noted.

    Councillor Patel requested that future reports be broken down by ward.
    """,
    "Annual Complaints Report",
    resolutions=[("", "That the annual complaints report be noted.")],
    minutes="The Customer Services Manager presented the report.\n\n"
            "Councillor Patel requested that future reports be broken down by ward.",
)
case("narrative-line-straight-under-the-decision-with-nbsp-lines", """
    Agenda item
    Street Trading Policy
    Minutes:
    \u00a0
    Resolved:
    That the revised street trading policy be adopted.
    Members asked whether the policy could be reviewed after a year.
    \u00a0
    """,
    "Street Trading Policy",
    resolutions=[("", "That the revised street trading policy be adopted.")],
    minutes="Members asked whether the policy could be reviewed after a year.",
)
case("a-second-decision-paragraph-in-the-subjunctive-stays", """
    Agenda item
    Members' Handbook
    Minutes:
    RESOLVED:

    That the revised Members' Handbook be approved.

    A copy of the handbook be sent to every member.
    """,
    "Members' Handbook",
    resolutions=[("", "That the revised Members' Handbook be approved.\n\nA copy of the handbook be sent to every member.")],
    minutes="",
)
case("what-the-committee-also-agreed-stays", """
    Agenda item
    Bus Services
    Minutes:
    RESOLVED:\tThat the update be noted.

    The Committee also agreed that the Chair write to the operator about the cuts to be made.
    """,
    "Bus Services",
    resolutions=[("", "That the update be noted.\n\nThe Committee also agreed that the Chair write to the operator "
                      "about the cuts to be made.")],
)

case("narrative-after-a-that-paragraph-whose-heading-was-lost", """
    Agenda item
    Members' Handbook
    Minutes:
    The Democratic Services Manager introduced the revised handbook.



    That the revised Members' Handbook be approved.

    Councillor Reyes suggested that the handbook be reviewed every two years.
    """,
    "Members' Handbook",
    resolutions=[("", "That the revised Members' Handbook be approved.")],
    minutes="The Democratic Services Manager introduced the revised handbook.\n\n"
            "Councillor Reyes suggested that the handbook be reviewed every two years.",
)


# --- item numbers within the year, link text and "Share this item" -------------------

case("number-year-alone-then-title-with-pdf-icon-and-share-this-item", """
    78/21

    Treasury Management Outturn pdf icon PDF 365 KB

    \u2022 Share this item

    To receive the annual report on treasury management activity.

    Minutes:

    The Finance Manager presented the report.

    RESOLVED: That the report be noted.
    """,
    "Treasury Management Outturn",
    number="78/21",
    description="To receive the annual report on treasury management activity.",
    minutes="The Finance Manager presented the report.",
    resolutions=[("", "That the report be noted.")],
)
case("short-number-year-padded-with-nbsp-under-the-page-heading", """
    Agenda and minutes

    \u00a01/16\u00a0

    Review of Polling Places
    pdf icon PDF 210 KB

    Share this item

    Minutes:

    The Electoral Services Manager presented the review.
    """,
    "Review of Polling Places",
    number="1/16",
    minutes="The Electoral Services Manager presented the review.",
)
case("four-digit-year-number-joined-to-its-title", """
    112/2023
    Library Opening Hours\tPDF 98 KB
    Share this item
    To consider the consultation on library opening hours.
    Minutes:
    Members discussed the responses.
    """,
    "Library Opening Hours",
    number="112/2023",
    description="To consider the consultation on library opening hours.",
    minutes="Members discussed the responses.",
)
case("number-year-and-title-on-one-line-set-off-by-a-tab", """
    34/24\tHousing Allocations Policy\tPDF 412 KB
    To approve the revised allocations policy.
    Minutes:
    The Head of Housing introduced the policy.
    """,
    "Housing Allocations Policy",
    number="34/24",
    description="To approve the revised allocations policy.",
    minutes="The Head of Housing introduced the policy.",
)
case("financial-year-opening-a-title-stays-in-it", """
    23/24 Budget Consultation
    To agree the questions for the budget consultation.
    """,
    "23/24 Budget Consultation",
    number=None,
    description="To agree the questions for the budget consultation.",
)


# --- a decision shown under "Decision:" and repeated in a recorded vote ---------------

case("decision-repeated-under-a-recorded-vote-with-carried", """
    9.

    Motion on the Climate Emergency

    Decision:

    That the Council declares a climate emergency.

    Minutes:

    Councillor Green moved the motion, seconded by Councillor Brown.

    Recorded Vote
    Motion\tFor\tAgainst\tAbstain
    RESOLVED: that the Council declares a climate emergency
    Carried
    """,
    "Motion on the Climate Emergency",
    number="9",
    resolutions=[("", "That the Council declares a climate emergency.")],
    minutes="Councillor Green moved the motion, seconded by Councillor Brown.\n\n"
            "Recorded Vote\nMotion For Against Abstain\n\nCarried",
)
case("decision-after-the-minutes-and-carried-unanimously", """
    Agenda item
    Armed Forces Covenant
    Minutes:
    The Leader proposed that the Council renew its pledge.
    RESOLVED \u2013 that, the Council renews its Armed Forces Covenant pledge;
    Carried unanimously
    Decision:
    That the Council renews its Armed Forces Covenant pledge.
    """,
    "Armed Forces Covenant",
    resolutions=[("", "that, the Council renews its Armed Forces Covenant pledge;")],
    minutes="The Leader proposed that the Council renew its pledge.\n\nCarried unanimously",
)
case("resolution-heading-in-the-minutes-repeats-the-decision-heading", """
    Agenda item
    Council Tax Base
    Decision:
    That the council tax base for 2025/26 be set at 41,250.5 Band D equivalents.
    Minutes:
    The Director of Finance presented the calculation.
    Voting Record
    Resolution:
    THAT the Council Tax Base for 2025/26 be set at 41,250.5 band D equivalents
    CARRIED
    """,
    "Council Tax Base",
    resolutions=[("", "That the council tax base for 2025/26 be set at 41,250.5 Band D equivalents.")],
    minutes="The Director of Finance presented the calculation.\nVoting Record\n\nCARRIED",
)
case("repeat-differing-in-quotes-brackets-and-case-is-read-once", """
    Agenda item
    Notice of Motion
    Decision:
    That the ‘Fair Tax’ motion (as amended) be adopted.
    Minutes:
    Councillor Ode moved the motion, which was amended by agreement.
    Resolution:
    THAT THE "FAIR TAX" MOTION, AS AMENDED, BE ADOPTED
    Carried
    """,
    "Notice of Motion",
    resolutions=[("", "That the ‘Fair Tax’ motion (as amended) be adopted.")],
    minutes="Councillor Ode moved the motion, which was amended by agreement.\n\nCarried",
)
case("vote-result-on-the-decisions-own-line", """
    Agenda item
    Notice of Motion - Bus Services
    Minutes:
    Councillor Shah moved the motion.
    RESOLVED that the Council calls on the operator to restore the evening service.\tCarried
    """,
    "Notice of Motion - Bus Services",
    resolutions=[("", "that the Council calls on the operator to restore the evening service.")],
    minutes="Councillor Shah moved the motion.\n\nCarried",
)
case("lost-after-an-amendment-in-minutes-only", """
    Agenda item
    Budget 2025/26
    Minutes:
    An amendment to freeze parking charges was moved and put to the vote.
    Lost
    RESOLVED: That the budget for 2025/26 be approved.
    Carried
    """,
    "Budget 2025/26",
    resolutions=[("", "That the budget for 2025/26 be approved.")],
    minutes="An amendment to freeze parking charges was moved and put to the vote.\nLost\n\nCarried",
)
case("recorded-vote-table-before-the-decision-inside-its-block", """
    Agenda item
    Local Plan Submission
    Minutes:
    The Cabinet Member introduced the plan.
    RESOLVED:
    Recorded Vote
    For\u00a0 32\u00a0 Against\u00a0 4\u00a0 Abstain\u00a0 1
    That the Local Plan be submitted to the Secretary of State.
    """,
    "Local Plan Submission",
    resolutions=[("", "That the Local Plan be submitted to the Secretary of State.")],
    minutes="The Cabinet Member introduced the plan.\n\nRecorded Vote\nFor 32 Against 4 Abstain 1",
)

case("vote-counts-a-line-each-after-the-decision", """
    Agenda item
    Council Tax Support Scheme
    Minutes:
    The Cabinet Member for Finance moved the scheme.
    RESOLVED: That the Council Tax Support Scheme for 2026/27 be adopted.

    For

    38

    Against

    6

    Carried
    """,
    "Council Tax Support Scheme",
    resolutions=[("", "That the Council Tax Support Scheme for 2026/27 be adopted.")],
    minutes="The Cabinet Member for Finance moved the scheme.\n\nFor\n\n38\n\nAgainst\n\n6\n\nCarried",
)


# --- the title of an issue page is the issue's, the item's line giving its number -----

case("issue-meetings-page-keeps-the-issues-title-over-a-fuller-item-line", """
    Issue - meetings

    Treasury Report

    Meeting: 18/07/2023 - Audit Committee (Item 73)

    73 Treasury Report 2022/23 pdf icon PDF 57 KB

    To note the treasury outturn.

    Minutes:

    The report was noted.
    """,
    "Treasury Report",
    number="73",
    description="To note the treasury outturn.",
    minutes="The report was noted.",
)
case("issue-meetings-page-keeps-the-issues-title-over-the-items-wording", """
    Issue - meetings
    Public Questions (15 mins max)
    Meeting: 02/02/2022 - Council (Item 4)
    Public Questions (15 minutes)
    To answer questions put by residents.
    Minutes:
    There were no questions.
    """,
    "Public Questions (15 mins max)",
    number="4",
    description="To answer questions put by residents.",
    minutes="There were no questions.",
)
case("issue-meetings-page-without-an-item-line-keeps-the-issue-title", """
    Issue - meetings
    Tenancy Strategy
    Meeting: 02/02/2022 - Cabinet (Item 8)
    Minutes:
    The Cabinet considered the strategy.
    """,
    "Tenancy Strategy",
    number="8",
    minutes="The Cabinet considered the strategy.",
)
case("issue-decisions-page-keeps-the-issues-title-over-the-dated-line", """
    Issue - decisions
    Treasury Report
    18/07/2023 - Treasury Report 2022/23
    That the treasury outturn be noted.
    """,
    "Treasury Report",
    resolutions=[("", "That the treasury outturn be noted.")],
)

case("agenda-and-minutes-heading-and-meeting-heading-are-page-furniture", """
    Agenda, decisions and minutes
    Planning Committee - Wednesday, 9th March, 2022 7.00 pm
    41/22
    Tree Preservation Order 3/2021 - Elm Close pdf icon PDF 120 KB
    Share this item
    To decide whether to confirm the order.
    Minutes:
    The Tree Officer described the objections received.
    RESOLVED: That the order be confirmed without modification.
    Carried
    """,
    "Tree Preservation Order 3/2021 - Elm Close",
    number="41/22",
    description="To decide whether to confirm the order.",
    minutes="The Tree Officer described the objections received.\n\nCarried",
    resolutions=[("", "That the order be confirmed without modification.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


@pytest.mark.parametrize("text, resolutions", [
    ("The motion was put to a recorded vote.\nRecorded Vote\nFor 30 Against 2 Abstain 1\n"
     "RESOLVED: That the plan be adopted.\tCarried\n", ["That the plan be adopted."]),
    ("RESOLVED:\nVoting Record\nFor\u00a0 30\u00a0 Against\u00a0 2\nThat the plan be adopted.\nCarried unanimously\n",
     ["That the plan be adopted."]),
    ("RESOLVED that:\n(a) the plan be adopted;\n(b) the fees be frozen.\nCARRIED\n",
     ["the plan be adopted;", "the fees be frozen."]),
])
def test_a_decision_from_the_web_service_is_read_without_its_vote(text, resolutions):
    assert [r.text for r in parse_decision(text)[1]] == resolutions


@pytest.mark.parametrize("line, header", [
    ("Minute No. Report title", True),
    ("Item No. Subject Paragraph", True),
    ("Agenda Item Subject", True),
    ("Minute No. Title", True),
    ("Policy H4 - housing outside settlement limits", False),
    ("Report Title", True),
    ("Matters Arising", False),
    ("The report title was agreed.", False),
    ("54 Sale of Surplus Garage Sites", False),
])
def test_a_tables_header_row_is_known_by_its_column_names(line, header):
    assert lines.table_header(line) is header


@pytest.mark.parametrize("line, result", [
    ("Carried", True), ("CARRIED UNANIMOUSLY", True), ("(Lost)", True), ("Motion carried.", True),
    ("The amendment was lost by 20 votes to 25.", True), ("Carried on the Chair's casting vote", True),
    ("Carried forward balances were reviewed.", False), ("Lost property procedures", False),
])
def test_the_result_of_a_vote_is_a_note(line, result):
    assert votes.is_result(line) is result


# --- the readings stay linear ------------------------------------------------------

ITEM_PAGE = "Agenda item\nTitle\nMinutes:\nThe Committee considered the report.\n"
PATHOLOGICAL = {
    "table-rows": lambda n: "RESOLVED that the public be excluded from the meeting for the items below:\n"
                            + "Minute No.  Report title\n" + "54  Sale of Surplus Garage Sites\n" * n,
    "vote-results": lambda n: "RESOLVED: That x be y.\nCarried\n" * n,
    "recorded-votes": lambda n: "Recorded Vote\nFor 3 Against 2\n" * n + "RESOLVED: That x be y.",
    "narrative-after": lambda n: "RESOLVED:\nThat x be y.\n\nA Member asked that it be sent.\n\n" * n,
    "year-numbers": lambda n: "78/21\n" * n,
    "lead-in-lines": lambda n: "RESOLVED that the Committee:\n" + "notes the report;\n" * n,
    "header-rows": lambda n: "That x be y:\n" + "Minute No. Report title\n" * n,
    "lost-heading-tables": lambda n: ("\n\n\n\nThat x be y:\n\nItem No. Title\n7 Land\n" * n),
    "results-on-the-line": lambda n: "RESOLVED: That x be y." + " Carried" * n,
}


@pytest.mark.parametrize("body", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_item_page_costs_work_in_proportion_to_its_size(body, monkeypatch):
    """Four times the page makes the patterns scan about four times the text, not sixteen."""
    scanned = count_regex_work(monkeypatch)

    def work(n):
        scanned[0] = 0
        parse_record(ITEM_PAGE + body(n))
        return scanned[0]

    small, large = work(300), work(1_200)
    assert large <= 5 * small
