"""
Item lines, and the agenda text under them: where the item's number is
given and who presents the item.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

# A title's "(Agenda item 3)", in any case, is the item's number on every kind of page; a number
# given above the title (a minute's reference) is kept.
case("agenda-item-reference-after-a-plain-title", """
    2041.

    Vice-Chairman (Agenda item 3)

    To elect a Vice-Chairman of the Council for the coming year.

    Minutes:

    Councillor R Penhallow was nominated and seconded; there were no other nominations.

    RESOLVED that Councillor R Penhallow be elected Vice-Chairman of the Council.
    """,
    "Vice-Chairman",
    description="To elect a Vice-Chairman of the Council for the coming year.",
    resolutions=[("", "that Councillor R Penhallow be elected Vice-Chairman of the Council.")],
    number="2041",
)

case("agenda-item-reference-in-capitals-gives-the-number", """
    Grounds Maintenance Contract (AGENDA ITEM 7)

    To consider the award of the grounds maintenance contract.

    Minutes:

    RESOLVED: That the contract be awarded to the preferred bidder.
    """,
    "Grounds Maintenance Contract",
    description="To consider the award of the grounds maintenance contract.",
    resolutions=[("", "That the contract be awarded to the preferred bidder.")],
    number="7",
)

case("item-reference-inside-the-title-stays", """
    Review of Item 4 (Agenda Item 9) Decisions

    To review the decisions taken.

    Minutes:

    RESOLVED: That the review be noted.
    """,
    "Review of Item 4 (Agenda Item 9) Decisions",
    description="To review the decisions taken.",
    resolutions=[("", "That the review be noted.")],
)

# A title over its link's size alone ("PDF 88 KB") was the item's link: its number is the item's.
case("title-over-its-link-size-alone-loses-its-number", """
    27 Review of the Street Trading Policy
    PDF 188 KB
    The street trading policy sets how consents are granted. This report seeks approval to consult on a revised policy.
    Additional documents:
    Decision:
    The Committee resolved to:
    (1) Approve the revised policy for consultation.
    """,
    "Review of the Street Trading Policy",
    description="The street trading policy sets how consents are granted. "
                "This report seeks approval to consult on a revised policy.",
    resolutions=[("1", "Approve the revised policy for consultation.")],
    number="27",
)

case("number-in-a-title-without-a-link-stays", """
    10 Year Plan for Parks

    To consider the plan.

    Minutes:

    RESOLVED: That the plan be adopted.
    """,
    "10 Year Plan for Parks",
    description="To consider the plan.",
    resolutions=[("", "That the plan be adopted.")],
)

# A role in round brackets opening agenda text names who presents it; a note in brackets does not.
case("role-in-brackets-opening-the-agenda-text", """
    64.

    MINUTES

    (Committee Services Officer) To approve the minutes of the meeting held on 3 March 2031 (attached).

    Additional documents:

    Minutes:

    Resolved:

    (1) That the minutes of the meeting held on 3 March 2031 be signed as a correct record.
    """,
    "MINUTES",
    description="To approve the minutes of the meeting held on 3 March 2031 (attached).",
    presenter="Committee Services Officer",
    resolutions=[("1", "That the minutes of the meeting held on 3 March 2031 be signed as a correct record.")],
)

case("role-in-brackets-without-a-minutes-heading", """
    Agenda item

    Allotment Rents

    (Head of Parks and Open Spaces) To agree the allotment rents for 2032.

    RESOLVED: That the rents be agreed.
    """,
    "Allotment Rents",
    description="To agree the allotment rents for 2032.",
    presenter="Head of Parks and Open Spaces",
    resolutions=[("", "That the rents be agreed.")],
)

case("note-in-brackets-opening-the-agenda-text-stays", """
    Agenda item

    Allotment Rents

    (Report to follow) To agree the allotment rents for 2032.

    Minutes:

    RESOLVED: That the rents be agreed.
    """,
    "Allotment Rents",
    description="(Report to follow) To agree the allotment rents for 2032.",
    resolutions=[("", "That the rents be agreed.")],
)

case("bracketed-words-in-lower-case-are-not-a-role", """
    Agenda item

    Allotment Rents

    (as amended) To agree the allotment rents for 2032.

    Minutes:

    RESOLVED: That the rents be agreed.
    """,
    "Allotment Rents",
    description="(as amended) To agree the allotment rents for 2032.",
    resolutions=[("", "That the rents be agreed.")],
)

case("capitalised-note-in-brackets-naming-no-post-stays", """
    Agenda item

    Allotment Rents

    (Key Decision) To agree the allotment rents for 2032.

    Minutes:

    RESOLVED: That the rents be agreed.
    """,
    "Allotment Rents",
    description="(Key Decision) To agree the allotment rents for 2032.",
    resolutions=[("", "That the rents be agreed.")],
)

# A statute cited in square brackets is part of the agenda text, not who presents the item.
case("statute-in-square-brackets-stays-in-the-description", """
    311.

    ELECTION OF CHAIR pdf icon PDF 3 KB

    To elect a Chair of the Council for the Municipal Year 2031/2032.

    [Parish Boundaries Act 1988:  Schedule 3, Paragraph 2(4)]

    Minutes:

    RESOLVED: That Councillor Tamsin Ferreira be elected Chair.
    """,
    "ELECTION OF CHAIR",
    description="To elect a Chair of the Council for the Municipal Year 2031/2032.\n\n"
                "[Parish Boundaries Act 1988: Schedule 3, Paragraph 2(4)]",
    resolutions=[("", "That Councillor Tamsin Ferreira be elected Chair.")],
)

case("regulations-in-square-brackets-stay-in-the-description", """
    Agenda item

    Street Works Permit Scheme

    To consider the permit scheme. [Street Works (Permits) Regulations 2029]

    Minutes:

    RESOLVED: That the scheme be approved.
    """,
    "Street Works Permit Scheme",
    description="To consider the permit scheme. [Street Works (Permits) Regulations 2029]",
    resolutions=[("", "That the scheme be approved.")],
)

case("officer-in-square-brackets-still-presents", """
    Agenda item

    Budget Monitoring

    To note the position at month six.

    [Aled Moss, Section 151 Officer, to present report]

    Minutes:

    RESOLVED: That the position be noted.
    """,
    "Budget Monitoring",
    description="To note the position at month six.",
    presenter="Aled Moss, Section 151 Officer, to present report",
    resolutions=[("", "That the position be noted.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_reads_the_page(text, expected):
    assert_read_exactly(text, expected)


def test_roles_in_brackets_cost_work_in_proportion(monkeypatch):
    unit = "(Head of Finance and Audit) To note the report of the month.\n\n"
    assert_work_in_proportion(monkeypatch, lambda n: "Agenda item\nBudget\n" + unit * n + "Minutes:\nNoted.\n")


def test_long_bracketed_openings_cost_work_in_proportion(monkeypatch):
    assert_work_in_proportion(
        monkeypatch, lambda n: "Agenda item\nBudget\n(" + "Head Of " * n + ") To note.\nMinutes:\nNoted.\n")


def test_titles_with_many_item_references_cost_work_in_proportion(monkeypatch):
    assert_work_in_proportion(
        monkeypatch, lambda n: "Budget (Item 4)\n" + "(Agenda item 5) To note.\n" * n + "Minutes:\nNoted.\n")


def test_titles_over_many_size_lines_cost_work_in_proportion(monkeypatch):
    assert_work_in_proportion(monkeypatch, lambda n: "12 Street Trading\n" + "PDF 88 KB\n" * n + "To note.\n")
