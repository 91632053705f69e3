"""
The ModernGov reader on "Agenda item" pages as clerks copy them: text after
the decision (a "Matters arising:" heading, a "*** ... ***" note), the
page's other fields and trailer after a reason, a council's footer under an
empty documents list, a decision whose copy of the narrative was pasted
under "Resolved:", a lettered list of papers in the agenda text, lettered
statements in narrative with no decision, agenda text naming who presents,
"RESOLVED, that – ..." and "Presented by ..." lines.  Every case is written
here and checks the whole record.
"""

import pytest

from agenda.importers.moderngov import parse_record
from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, count_regex_work

CASES = CaseTable()
case = CASES.case


# --- text after the decision is the minutes' -----------------------------------------

case("matters-arising-heading-after-decision", """
    Agenda item

    Minutes of the last meeting

    To confirm the minutes of the meeting held on 4 May 2021.

    Minutes:

    RESOLVED \u2013 That the minutes of the meeting held on 4 May 2021 be confirmed.



    Matters arising:

    On item 7 (the market hall roof), the Estates Manager said that the survey would be finished in August.

    Supporting documents:
    """,
    "Minutes of the last meeting",
    description="To confirm the minutes of the meeting held on 4 May 2021.",
    resolutions=[("", "That the minutes of the meeting held on 4 May 2021 be confirmed.")],
)

case("title-case-heading-without-colon-after-decision", """
    Minutes of the Last Meeting

    Minutes:

    RESOLVED: That the minutes of the meeting on 9 June be approved.

    Matters Arising

    The Clerk said that the bench on the green had been repaired.
    """,
    "Minutes of the Last Meeting",
    resolutions=[("", "That the minutes of the meeting on 9 June be approved.")],
    minutes="Matters Arising\n\nThe Clerk said that the bench on the green had been repaired.",
)

case("narrative-paragraph-after-decision", """
    Quarterly Performance

    Minutes:

    Members asked about missed bin collections.

    RESOLVED: That the report be noted.

    The Chair thanked the officers for their work over the quarter.
    """,
    "Quarterly Performance",
    resolutions=[("", "That the report be noted.")],
    minutes="Members asked about missed bin collections.\n\nThe Chair thanked the officers for their work over the quarter.",
)

case("body-also-agreed-paragraph-stays-in-the-decision", """
    Bus Services

    Minutes:

    Members discussed the loss of evening buses.

    RESOLVED: That the report be noted.

    The Committee also agreed to write to the bus operator.
    """,
    "Bus Services",
    resolutions=[("", "That the report be noted.\n\nThe Committee also agreed to write to the bus operator.")],
)

case("second-paragraph-of-a-decision-stays", """
    Planning Application 21/0456

    Minutes:

    Members debated the application.

    RESOLVED: That the application be refused for the following reason:

    The proposal would harm the character of the conservation area.
    """,
    "Planning Application 21/0456",
    # a whole sentence ending in ":" is not a lead-in: the paragraph under it is part of it
    preamble=None,
    resolutions=[("", "That the application be refused for the following reason:\n\n"
                      "The proposal would harm the character of the conservation area.")],
)

case("starred-note-after-decision", """
    Agenda item

    Treasury Management Outturn

    Report of the Finance Director.

    Members received the outturn report for the year.

    RESOLVED: That the report be noted.


    *** The meeting then went into private session to consider a contract matter ***

    Supporting documents:
    """,
    "Treasury Management Outturn",
    description="Report of the Finance Director.",
    resolutions=[("", "That the report be noted.")],
)

case("vote-action-and-signature-lines-after-decision", """
    Highway Verges

    Minutes:

    Members discussed wildflower planting.

    RESOLVED:

    (1) That verges on the B-road network be cut once a year.

    (2) That the parish councils be told of the change.

    Voting: For 7, Against 2.

    ACTION: Head of Highways

    Chairman
    """,
    "Highway Verges",
    resolutions=[("1", "That verges on the B-road network be cut once a year."),
                 ("2", "That the parish councils be told of the change.")],
    minutes=("Members discussed wildflower planting.\n\nVoting: For 7, Against 2.\n\n"
             "ACTION: Head of Highways\n\nChairman"),
)

# --- "RESOLVED, that – ...": the dash opens the decision --------------------------------

case("resolved-comma-that-dash", """
    Agenda item

    Risk Register

    Report of the Town Clerk.

    Members considered the corporate risk register.

    RESOLVED, that \u2013 the register be received and its contents noted.

    Supporting documents:
    """,
    "Risk Register",
    description="Report of the Town Clerk.",
    resolutions=[("", "the register be received and its contents noted.")],
)

case("resolved-comma-that-dash-lead-in-and-list", """
    Agenda item

    Annual Assurance Statement

    Report of the Chamberlain.

    Members discussed the statement.

    RESOLVED, that \u2013 Members:

    a)  Approve the statement for publication.

    b)  Ask the Chamberlain to report again in the autumn.

    Supporting documents:
    """,
    "Annual Assurance Statement",
    description="Report of the Chamberlain.",
    preamble="Members:",
    resolutions=[("a", "Approve the statement for publication."),
                 ("b", "Ask the Chamberlain to report again in the autumn.")],
)

# --- the page's other fields and trailer end a reason -----------------------------------

case("reason-then-other-options-and-interests-with-dashes", """
    Issue - meetings

    Allotment Rents 2022

    Meeting: 09/11/2021 - Executive (Item 88)

    88 Allotment Rents 2022 pdf icon PDF 90 KB

    Minutes:

    RESOLVED:

    4.1     That allotment rents rise by 3% from April 2022.

    4.2     That the concession for pensioners be kept.

    Reason for decision \u2013 to cover the rising cost of water supply to the sites.

    Other options considered \u2013 none.

    Conflicts of interest/dispensations granted \u2013 none.
    """,
    "Allotment Rents 2022",
    resolutions=[("4.1", "That allotment rents rise by 3% from April 2022."),
                 ("4.2", "That the concession for pensioners be kept.")],
    reason="to cover the rising cost of water supply to the sites.",
)

case("reason-then-options-rejected-and-declarations-with-dashes", """
    Agenda item

    Community Grants

    Minutes:

    RESOLVED: That the grants in the appendix be awarded.

    Reason for decision – to support local groups.

    Other options considered and rejected – to award no grants this year.

    Declarations of interest – none.
    """,
    "Community Grants",
    resolutions=[("", "That the grants in the appendix be awarded.")],
    reason="to support local groups.",
)

case("modern-gov-trailer-after-reason", """
    Agenda item

    Tree Strategy

    Report of the Head of Parks

    Minutes:

    The Portfolio Holder introduced the strategy.

    RESOLVED: That the tree strategy be adopted.

    Reason for decision: To protect and extend the district's tree cover.


    \u00a9 modern.gov
    """,
    "Tree Strategy",
    description="Report of the Head of Parks",
    resolutions=[("", "That the tree strategy be adopted.")],
    reason="To protect and extend the district's tree cover.",
)

case("powered-by-modern-gov-trailer-after-reason", """
    Agenda item

    Car Park Charges

    Minutes:

    RESOLVED: That the charges be frozen for a year.

    Reason for decision: To support the town centre.

    Powered by modern.gov
    """,
    "Car Park Charges",
    resolutions=[("", "That the charges be frozen for a year.")],
    reason="To support the town centre.",
)

# --- a council's page footer is not a document -----------------------------------------

case("council-footer-under-empty-documents", """
    Agenda item

    Minutes

    To agree the minutes of the meeting held on 2 March 2020.

    Minutes:

    RESOLVED \u2013 that the minutes be agreed as a correct record.

    Supporting documents:


    Borsetshire County Council | County Hall | Felpersham | FE1 2AB | Tel: (01632) 960000 | Email: info@borsetshire.example | contact us
    """,
    "Minutes",
    description="To agree the minutes of the meeting held on 2 March 2020.",
    resolutions=[("", "that the minutes be agreed as a correct record.")],
)

case("site-footer-links-under-documents", """
    Agenda item

    Library Opening Hours

    Minutes:

    RESOLVED: That the new opening hours be approved.

    Supporting documents:

    Opening hours report PDF 210 KB

    Privacy Impact Assessment PDF 95 KB


    Contact us

    Accessibility statement

    Cookies

    © 2023 Wessex District Council

    Wessex District Council, Civic Centre, Casterbridge CB1 1AA. Tel: 01632 960123
    """,
    "Library Opening Hours",
    resolutions=[("", "That the new opening hours be approved.")],
    documents=["Opening hours report", "Privacy Impact Assessment"],
)

# --- "Resolved:" over a copy of the narrative, the decision printed twice ---------------

case("resolved-over-copied-narrative-decision-twice", """
    Agenda item

    Fire Authority Update

    Verbal update by the Scrutiny Officer.


    The Scrutiny Officer reported on the Fire Authority's meeting in May, which had agreed the new cover plan.


    She said that the next meeting would consider the annual accounts.


    Resolved: The Scrutiny Officer reported on the Fire Authority's meeting in May, which had agreed the new cover plan.


    She said that the next meeting would consider the annual accounts.



    That the update be noted.



    That the update be noted.
    """,
    "Fire Authority Update",
    description="Verbal update by the Scrutiny Officer.",
    resolutions=[("", "That the update be noted.")],
)

case("motion-quoted-in-narrative-then-resolved-in-same-words", """
    Agenda item

    Notice of Motion - Bus Shelters

    Minutes:

    Councillor Ade moved, and Councillor Lowe seconded:

    That the Council asks the county to repair the bus shelters.

    That the Council writes to the bus operator.

    RESOLVED:

    That the Council asks the county to repair the bus shelters.

    That the Council writes to the bus operator.

    That the Council thanks the petitioners.
    """,
    "Notice of Motion - Bus Shelters",
    resolutions=[("", "That the Council asks the county to repair the bus shelters."),
                 ("", "That the Council writes to the bus operator."),
                 ("", "That the Council thanks the petitioners.")],
)

# --- a lettered list of papers belongs to the agenda text -------------------------------

case("agenda-text-with-lettered-papers-list", """
    Agenda item

    Forward Work Plan

    To review the committee's work plan. The following papers are attached:

    a) \u2013 The Executive's forward plan of key decisions;

    b) \u2013 The committee's work plan;

    c) \u2013 The recommendations tracker.


    The Chair introduced the work plan and invited suggestions.


    The committee agreed to add a review of bus services to the plan.
    """,
    "Forward Work Plan",
    description=("To review the committee's work plan. The following papers are attached:\n\n"
                 "a) \u2013 The Executive's forward plan of key decisions;\n\n"
                 "b) \u2013 The committee's work plan;\n\n"
                 "c) \u2013 The recommendations tracker."),
)

# --- lettered statements in the narrative are not decisions ------------------------------

case("lettered-statements-after-chair-stated-no-decision", """
    Agenda item

    Minutes of the Previous Meeting

    To approve the minutes of the meeting held on 3rd March, 2019



    The minutes of the meeting held on 3rd March 2019 were approved as a correct record and, arising from them, the Chair reported that:-




    (a)      the visit to the youth centre had been arranged for June;




    (b)      he had written to the bus company about school routes but had no reply yet;




    (c)      once the new lead officer had started, the committee would decide whether to look at the issue again; and




    (d)      that the officers were preparing a note on how the request for more detail in the annual report could be dealt with.
    """,
    "Minutes of the Previous Meeting",
    description="To approve the minutes of the meeting held on 3rd March, 2019",
)

case("list-of-what-the-chair-reported-is-not-a-decision", """
    Minutes of the Previous Meeting

    To approve the minutes of the meeting held on 1 April.

    Minutes:

    The minutes were approved as a correct record and the Chair reported that:-

    (a) that the site visit had been arranged for June;

    (b) that he had written to the bus company; and

    (c) that a reply was awaited.
    """,
    "Minutes of the Previous Meeting",
    description="To approve the minutes of the meeting held on 1 April.",
)

case("list-after-officer-explained-is-not-a-decision", """
    Local Plan Update

    Minutes:

    The Planning Policy Manager explained that:



    1. the scheme would go out to consultation in May;

    2. the examination would follow in the winter.
    """,
    "Local Plan Update",
)

# --- agenda text that names who will present it -----------------------------------------

case("role-to-present-is-agenda-text", """
    Agenda item

    Portfolio Statement

    The cabinet member for housing and planning to present the theme for the meeting.


    Councillor Rhea Patel, cabinet member for housing and planning, introduced the theme.


    The opposition spokesperson replied to the statement.
    """,
    "Portfolio Statement",
    description="The cabinet member for housing and planning to present the theme for the meeting.",
)

case("director-to-present-is-agenda-text-narrative-follows", """
    Annual Public Health Report

    The Director of Public Health to present the annual report.

    The Director said that the report looked at loneliness in older people.

    Members asked about the new befriending service.
    """,
    "Annual Public Health Report",
    description="The Director of Public Health to present the annual report.",
)

case("officer-will-give-an-update-is-agenda-text", """
    Homelessness Update

    The Head of Housing Options will give a verbal update.

    The Head of Housing Options said that rough sleeping had fallen since the winter.
    """,
    "Homelessness Update",
    description="The Head of Housing Options will give a verbal update.",
)

case("narrative-asking-an-officer-to-present-is-not-agenda-text", """
    Parking Review

    Councillor Lee asked the Director to present a fuller report in March.

    Members agreed to wait for it.
    """,
    "Parking Review",
    minutes=("Councillor Lee asked the Director to present a fuller report in March.\n\n"
             "Members agreed to wait for it."),
)

case("presented-by-without-colon-gives-who-presents", """
    Issue - meetings

    Leisure Strategy

    Meeting: 14/06/2022 - Cabinet (Item 12)

    12 Leisure Strategy pdf icon PDF 310 KB

    Report of the Head of Leisure

    Presented by the Leisure Portfolio Holder

    Minutes:

    The Portfolio Holder presented the strategy.

    RESOLVED: That the leisure strategy be approved.
    """,
    "Leisure Strategy",
    description="Report of the Head of Leisure",
    presenter="the Leisure Portfolio Holder",
    resolutions=[("", "That the leisure strategy be approved.")],
)

# --- agenda text hard-wrapped mid-sentence, its lines capitalised ------------------------

case("hard-wrapped-agenda-statement-then-narrative", """
    Late Items
    As this is an extraordinary meeting, under Standing Order 9, Part 3 of the
    Town Council's Standing Orders, only the business in the summons may be transacted.
    Any late papers would only concern the items listed on the
    The Clerk told members that two letters had arrived after the papers were published.
    """,
    "Late Items",
    description=("As this is an extraordinary meeting, under Standing Order 9, Part 3 of the "
                 "Town Council's Standing Orders, only the business in the summons may be transacted. "
                 "Any late papers would only concern the items listed on the"),
)

@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


# --- reading stays linear on these shapes repeated many times -------------------------

REPEATED = [
    lambda n: "RESOLVED: That x be noted.\n\nMatters arising:\n\n(a) y.\n\n" * n,
    lambda n: "RESOLVED: That x be noted.\n\nMatters Arising\n\n(a) y.\n\nThe Chair thanked z.\n\n" * n,
    lambda n: "The officer gave an update.\n\nResolved: The officer gave an update.\n\nThat x.\n\nThat x.\n" * n,
    lambda n: "RESOLVED, that \u2013 Members:\n\na) Note x.\n\n*** The meeting went into private session ***\n" * n,
    lambda n: "Reason for decision \u2013 x.\nOther options considered \u2013 none.\nLink to report\n" * n,
    lambda n: "Members met.\nA Council | Town Hall | Tel: 01632 | contact us\n\u00a9 modern.gov\n" * n,
]


@pytest.mark.parametrize("body", REPEATED, ids=range(len(REPEATED)))
def test_repeated_shapes_cost_work_in_proportion_to_their_size(body, monkeypatch):
    """Four times the input makes the reader's patterns scan about four times the text."""

    scanned = count_regex_work(monkeypatch)

    def work(n, head):
        scanned[0] = 0
        parse_record(head + body(n))
        return scanned[0]

    for head in ("Agenda item\nTitle\nMinutes:\n", "Agenda item\nTitle\n"):
        small, large = work(500, head), work(2_000, head)
        assert large <= 5 * small


def test_hard_wrapped_agenda_text_repeated_costs_work_in_proportion(monkeypatch):

    scanned = count_regex_work(monkeypatch)
    line = "It being a meeting, under rule 5 of the\nRules, no business shall be done.\nAny papers would relate to the\n"

    def work(n):
        scanned[0] = 0
        parse_record("Title\n" + line * n + "The Chair said it was late.\n")
        return scanned[0]

    small, large = work(500), work(2_000)
    assert large <= 5 * small
