"""
Lines a meeting page prints around a decision that are no part of it: the
link under a recorded vote ("• View Recorded Vote for this item") is page
furniture.  A marker whose only word is "to" ("RESOLVED: to") leads into
the list under it, as "RESOLVED to:" does.  A sentence telling that the decision maker "has
considered any representations received and determined to confirm the
decision" records how the decision was confirmed: a note, not part of it.  A minute's reference giving the year and then its number
("CA/21/07") alone above the title is the item's number.  "Report Title:" on a decision page is one of its
fields, so the agenda text above it and the "Presented by:" line below it
are read as the purpose and the presenter.  On an "Issue - meetings" page
the item's own line may give the number the meeting line announced before
the item's name and no link ("312 Tree Works Tracker" under "(Item 312)"):
that name is the title.  On an "Issue - decisions" page whose reasons lost
their heading, the paragraphs after the decision's closed list and a gap
wider than any between its items (three blank lines at least) are the
reasons; a narrower gap, an item after it or a paragraph reading as a
decision keeps them with the list.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

case("view-recorded-vote-link-after-the-decision", """
    4.

    Minutes pdf icon PDF 88 KB

    To approve the minutes of the meeting held on 3 March 2025.

    Decision:

    There were no corrections to the minutes.

    RESOLVED that the minutes of the meeting held on 3 March 2025 be approved as a correct record.

    Voting Record

    6 For, 0 Against, 0 Abstention

    Minutes:

    The minutes were proposed by Councillor Ann Hale and seconded by Councillor Ravi Shah.

    Recorded Vote
    TitleTypeRecorded Vote textResult
    Minutes of the 3 March 2025 meeting Resolution

    RESOLVED: That the minutes of the meeting held on 3 March 2025 be approved as a correct record.

    Carried
      • View Recorded Vote for this item
    """,
    "Minutes",
    description="To approve the minutes of the meeting held on 3 March 2025.",
    resolutions=[("", "that the minutes of the meeting held on 3 March 2025 be approved as a correct record.")],
)
case("view-recorded-votes-link-alone", """
    Agenda item
    Library Opening Hours
    Minutes:
    RESOLVED that the revised opening hours be agreed.
    View Recorded Votes
    """,
    "Library Opening Hours",
    resolutions=[("", "that the revised opening hours be agreed.")],
)

case("resolved-colon-to-over-a-list-under-both-headings", """
    Issue - meetings

    Day Care Charges

    Meeting: 11/05/2022 - Cabinet (Item 41)

    41 Day Care Charges Review pdf icon PDF 210 KB

    Decision:

    RESOLVED: to

    1)   Approve a consultation of eight weeks on the charging options;

    2)   Receive a further report after the consultation.

    Minutes:

    Councillor P Lane introduced the report.

    RESOLVED to:

    1)   Approve a consultation of eight weeks on the charging options;

    2)   Receive a further report after the consultation.
    """,
    "Day Care Charges",
    resolutions=[
        ("1", "Approve a consultation of eight weeks on the charging options;"),
        ("2", "Receive a further report after the consultation."),
    ],
    preamble="to",
)
case("resolved-to-alone-over-a-list", """
    Agenda item
    Bus Shelter Renewal
    Minutes:
    RESOLVED to

    (a) agree the programme of renewal;

    (b) note the costs.
    """,
    "Bus Shelter Renewal",
    resolutions=[("a", "agree the programme of renewal;"), ("b", "note the costs.")],
)

case("confirmed-after-representations-on-a-decision-details-page", """
    Decision details

    Waiting Restrictions on Mill Lane

    Decision Maker: Cabinet Member for Highways

    Decision status: Recommendations Approved

    Is Key decision?: No

    Is subject to call in?: Yes

    Purpose:

    To consider objections to the advertised waiting restrictions on Mill Lane.

    Decision:

    To make the Traffic Regulation Order as advertised and set out in Appendix B.

    The Cabinet Member for Highways has considered any representations received and determined to confirm the decision outlined above without modification.

    Publication date: 02/09/2022

    Date of decision: 02/09/2022
    """,
    "Waiting Restrictions on Mill Lane",
    description="To consider objections to the advertised waiting restrictions on Mill Lane.",
    resolutions=[("", "To make the Traffic Regulation Order as advertised and set out in Appendix B.")],
)
case("confirmed-after-objections-at-the-end", """
    Agenda item
    Cycle Lane Order
    Minutes:
    RESOLVED that the order be made.

    The Committee has now considered all objections and decided to confirm the order.
    """,
    "Cycle Lane Order",
    resolutions=[("", "that the order be made.")],
)
case("considered-representations-without-confirming-stays", """
    Agenda item
    Market Pitch Fees
    Minutes:
    RESOLVED that the fees be set as in Appendix 1, the Committee having considered the representations received.
    """,
    "Market Pitch Fees",
    resolutions=[("", "that the fees be set as in Appendix 1, the Committee having considered the representations received.")],
)

case("reference-with-year-and-number-above-a-linked-title", """
    EX/21/07

    Minutes pdf icon PDF 97 KB

    To confirm the minutes of the meeting held on  14 January 2021.

     

    Decision:

    The minutes of the meeting held on 14 January 2021 were agreed and signed by the Chair.

    Minutes:

    The minutes of the meeting held on 14 January 2021 were agreed and signed by the Chair.
    """,
    "Minutes",
    description="To confirm the minutes of the meeting held on 14 January 2021.",
    resolutions=[("", "The minutes of the meeting held on 14 January 2021 were agreed and signed by the Chair.")],
    number="EX/21/07",
)
case("reference-with-year-and-number-above-a-title", """
    PL/19/112.
    Tree Preservation Order at Oak Rise
    Minutes:
    RESOLVED that the order be confirmed.
    """,
    "Tree Preservation Order at Oak Rise",
    resolutions=[("", "that the order be confirmed.")],
    number="PL/19/112",
)

case("report-title-field-between-purpose-and-presenter", """
    Decision details

    Library Service Strategy

    Decision Maker: Cabinet

    Decision status: Recommendations Approved

    Is Key decision?: Yes

    Is subject to call in?: Yes


    Cabinet will be asked to adopt the Library Service Strategy following the public consultation.


    Report Title: Library Service Strategy 2025-2030

    Presented by: Cllr Nia Price, Cabinet Member for Culture

    Cabinet agreed

    1.     To adopt the Library Service Strategy attached at appendix 1

    2.     To review the opening hours of the mobile library within a year


    Report author: Tom Reed

    Publication date: 12/03/2025
    """,
    "Library Service Strategy",
    description="Cabinet will be asked to adopt the Library Service Strategy following the public consultation.",
    presenter="Cllr Nia Price, Cabinet Member for Culture",
    resolutions=[
        ("1", "To adopt the Library Service Strategy attached at appendix 1"),
        ("2", "To review the opening hours of the mobile library within a year"),
    ],
)
case("report-title-without-colon-stays-text", """
    Agenda item
    Annual Audit Letter
    To note the report title and its summary.
    Minutes:
    RESOLVED that the letter be noted.
    """,
    "Annual Audit Letter",
    description="To note the report title and its summary.",
    resolutions=[("", "that the letter be noted.")],
)

case("numbered-item-line-without-link-under-an-issue", """
    Issue - meetings

    (exempt) Tree Works Notice tracker

    Meeting: 14/03/2019 - Planning Committee (Item 312)

    312 Tree Works Tracker

    Additional documents:

    Minutes:

    The Committee considered the report setting out the current tree works cases.

    RESOLVED:

    1.  That the report be noted.

    2.  That the Tree Team be thanked for their work.
    """,
    "(exempt) Tree Works Notice tracker",
    resolutions=[("1", "That the report be noted."), ("2", "That the Tree Team be thanked for their work.")],
    number="312",
)

case("reasons-after-a-wide-gap-under-a-closing-list", """
    Issue - decisions

    Garden Waste Charges.

    14/01/2025 - Garden Waste Charges - Outcome of Consultation.

    a)    That the outcome of the consultation on garden waste charges be noted;


    b)    That the charge of \u00a345 a year be approved from 1 April 2025.






    The charge will recover the cost of the collection service.  It is in line with the charges of neighbouring councils.


    Most of those who answered the consultation supported an annual charge.
    """,
    "Garden Waste Charges.",
    resolutions=[
        ("a", "That the outcome of the consultation on garden waste charges be noted;"),
        ("b", "That the charge of \u00a345 a year be approved from 1 April 2025."),
    ],
    reason="The charge will recover the cost of the collection service. It is in line with the charges of neighbouring"
           " councils.\n\nMost of those who answered the consultation supported an annual charge.",
)
case("paragraph-after-a-narrow-gap-stays-with-the-list", """
    Issue - decisions

    Garden Waste Charges.

    14/01/2025 - Garden Waste Charges.

    a)    That the consultation be noted;


    b)    That the charge be approved.


    The charge will recover the cost of the collection service.
    """,
    "Garden Waste Charges.",
    resolutions=[
        ("a", "That the consultation be noted;"),
        ("b", "That the charge be approved.\n\nThe charge will recover the cost of the collection service."),
    ],
)
case("decision-after-a-wide-gap-is-no-reason", """
    Issue - decisions

    Garden Waste Charges.

    14/01/2025 - Garden Waste Charges.

    a)    That the consultation be noted;

    b)    That the charge be approved.




    That the Director be asked to report again in a year.
    """,
    "Garden Waste Charges.",
    resolutions=[
        ("a", "That the consultation be noted;"),
        ("b", "That the charge be approved.\n\nThat the Director be asked to report again in a year."),
    ],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_vote_links_and_trailing_notes_cost_work_in_proportion(monkeypatch):
    unit = ("RESOLVED: to\n\n1) note the item;\n\n2) confirm it.\n\nCarried\n \u2022 View Recorded Vote for this item\n\n"
            "The Leader has considered any representations received and determined to confirm the decision.\n\n")
    assert_work_in_proportion(monkeypatch, lambda n: "Agenda item\nBig Page\nMinutes:\n" + unit * n)


def test_reasons_after_a_gap_cost_work_in_proportion(monkeypatch):
    items = "".join(f"({n}) That part {n} be approved;\n\n" for n in range(1, 30))
    reasons = "\n\n\n\n" + "The reasons are set out in the report.\n\n" * 40
    assert_work_in_proportion(
        monkeypatch,
        lambda n: "Issue - decisions\n\nBig Issue\n\n01/01/2025 - Big Issue\n\n" + items * (n // 25)
        + "(99) That the rest be approved.\n" + reasons * (n // 25),
    )
