"""
An "Issue - meetings" page listing the item at two meetings, the latest
first, each entry with its own decision: the next meeting's "Meeting: <date>
- <body> (Item N)" line ends the first entry's decision.  The record is the
first entry's; the earlier meeting's entry, with its own decision, is not
added to the first one's resolutions.  Where the first entry has minutes
and no decision, the next meeting's line ends those minutes just the same:
the earlier meeting's decision is not the first entry's.
"""

import pytest

from agenda.importers.moderngov import ParsedResolution, parse_record

R = ParsedResolution

FIRST = (
    "Issue - meetings\n\nMinutes of the last meeting\n\n"
    "Meeting: 12/06/2024 - Standards Committee (Item 14)\n\n"
    "14 Minutes of the meeting held on 3rd April, 2024 pdf icon PDF 52 KB\n\n"
    "Consideration was given to the minutes of the meeting held on 3rd April, 2024.\n\n"
)


@pytest.mark.parametrize(
    "decision, expected, later",
    [
        (
            "Resolved:- That the minutes be approved as a correct record.",
            "That the minutes be approved as a correct record.",
            "Meeting: 03/04/2024 - Standards Committee (Item 6)\n\n"
            "6 Minutes of the meeting held on 1st February, 2024 pdf icon PDF 48 KB\n\n"
            "Consideration was given to the minutes of the meeting held on 1st February, 2024.\n\n"
            "Resolved:-  That the minutes of the previous meeting be approved as a correct record.\n",
        ),
        (
            "RESOLVED: That the minutes be signed by the Chair.",
            "That the minutes be signed by the Chair.",
            "Meeting: 03/04/2024 - Standards Committee (Item 6.)\n\n"
            "6. Minutes of the last meeting pdf icon PDF 48 KB\n\n"
            "Minutes:\n\n"
            "RESOLVED: That the minutes be agreed.\n\n"
            "Reason for decision: To keep an accurate record.\n",
        ),
        (
            "Decision:\n\nThe minutes were approved as a correct record.",
            "The minutes were approved as a correct record.",
            "Meeting: 20/01/2024 - Cabinet (Item 31)\n\n"
            "31 Minutes of the last meeting\n\n"
            "AGREED: That the minutes be approved.\n",
        ),
    ],
)
def test_a_later_meeting_line_ends_the_first_entrys_decision(decision, expected, later):
    record = parse_record(FIRST + decision + "\n\n" + later)
    assert record.number == "14"
    assert record.resolutions == [R("", expected)]
    assert record.reason_for_decision is None or "accurate record" not in record.reason_for_decision


def test_a_later_meeting_after_the_documents_still_reads_its_decision():
    record = parse_record(
        "Issue - meetings\n\nFees and Charges\n\n"
        "Meeting: 14/03/2024 - Council (Item 9)\n\n"
        "9 Fees and Charges pdf icon PDF 98 KB\n\n"
        "To consider the fees and charges for 2024/25.\n\n"
        "Additional documents:\n\n"
        "Meeting: 01/03/2024 - Cabinet (Item 12)\n\n"
        "12 Fees and Charges pdf icon PDF 97 KB\n\n"
        "Minutes:\n\n"
        "RESOLVED: That the fees and charges be recommended to Council.\n"
    )
    assert record.resolutions == [R("", "That the fees and charges be recommended to Council.")]


@pytest.mark.parametrize(
    "first_minutes, later_meeting, later_decision",
    [
        (
            "The Cabinet considered the reference from the Parks Board together with the report of the Head of Parks.",
            "Meeting: 02/05/2030 - Parks Board (Item 8)",
            "RESOLVED:\n\n1.  That the Cabinet be recommended to adopt the strategy.\n\n"
            "2.  That a copy be sent to the Friends of the Parks.",
        ),
        (
            "Members discussed the strategy at length and asked for a further report.",
            "Meeting: 02/05/2030 - Cabinet. (Item 8.)",
            "AGREED: That the strategy be adopted.",
        ),
        (
            "The Committee noted the update given by the Parks Manager.\n\nMembers thanked the volunteers.",
            "Meeting: 02/05/2030 - Overview Committee (Item 8)",
            "Resolved - That the strategy be recommended to Council.",
        ),
    ],
)
def test_a_later_meeting_line_ends_the_first_entrys_minutes(first_minutes, later_meeting, later_decision):
    record = parse_record(
        "Issue - meetings\n\nReport for Parks Strategy 2030-35\n\n"
        "Meeting: 11/06/2030 - Cabinet (Item 41)\n\n"
        "41 Reference from the Parks Board - Parks Strategy pdf icon PDF 37 KB\n\n"
        f"Minutes:\n\n{first_minutes}\n\n\n{later_meeting}\n\n"
        "8 Parks Strategy pdf icon PDF 102 KB\n\nAdditional documents:\n\nMinutes:\n\n"
        f"The Board considered the draft strategy.\n\n{later_decision}\n"
    )
    assert record.number == "41"
    assert record.title == "Report for Parks Strategy 2030-35"
    assert record.resolutions == []
    assert "The Board considered the draft strategy." in record.minutes
