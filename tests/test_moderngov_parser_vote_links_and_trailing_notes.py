"""
Lines a meeting page prints around a decision that are no part of it: the
link under a recorded vote ("• View Recorded Vote for this item") is page
furniture.  A marker whose only word is "to" ("RESOLVED: to") leads into
the list under it, as "RESOLVED to:" does.
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
    "Day Care Charges Review",
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


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_vote_links_and_trailing_notes_cost_work_in_proportion(monkeypatch):
    unit = "RESOLVED that the item be noted.\n\nCarried\n \u2022 View Recorded Vote for this item\n\n"
    assert_work_in_proportion(monkeypatch, lambda n: "Agenda item\nBig Page\nMinutes:\n" + unit * n)
