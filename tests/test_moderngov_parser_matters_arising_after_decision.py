"""
A decision approving the minutes followed by the matters arising from them:
a paragraph after the decision that opens by citing a minute ("Arising from
minute 12 ...", "With reference to minute 15, ...", "Minute 33/24 – ...") and
tells in the past tense what was reported is the minutes', as is all after it
("Action: <name>" lines included); the decision ends at its own paragraph.
A paragraph citing a minute that still decides ("Arising from minute 12, the
Clerk be asked to ...") stays the decision's.
"""

import pytest

from agenda.importers.moderngov import ParsedResolution, parse_record

R = ParsedResolution

HEAD = (
    "Issue - meetings\n\nMinutes and Matters Arising\n\n"
    "Meeting: 11/10/2024 - Harbour Board (Item 41)\n\n"
    "41 Minutes and Matters Arising pdf icon PDF 120 KB\n\n"
    "To approve as a correct record the minutes of the meeting of 5 July 2024.\n\n"
    "Minutes:\n\n"
)


@pytest.mark.parametrize(
    "decision, expected, after",
    [
        (
            "RESOLVED that the minutes of the meeting of the Board held on 5 July 2024 be approved as a correct record.",
            "that the minutes of the meeting of the Board held on 5 July 2024 be approved as a correct record.",
            "\u00a0\n\nArising from minute 12 Ravi Chandra reported that the new pontoon had been installed. "
            "It was noted that the contractor would return in spring.\n\n\u00a0\n\n"
            "A note on the mooring fees was being prepared for berth holders.\n\n\u00a0\n\n"
            "Action: Ines Garrow\n\n\u00a0\n\n"
            "Arising from minute 15 the Board agreed that the dredging review would be deferred.\n",
        ),
        (
            "Resolved: That the minutes be confirmed and signed by the Chair.",
            "That the minutes be confirmed and signed by the Chair.",
            "With reference to minute 7(b), members were informed that the grant had been received.\n\n"
            "Action: Treasurer\n",
        ),
        (
            "RESOLVED: that the minutes of the last meeting be approved.",
            "that the minutes of the last meeting be approved.",
            "Minute 33/24 \u2013 the Chair updated members on the flood defence works, which had started in August.\n",
        ),
    ],
)
def test_matters_arising_after_the_decision_are_the_minutes(decision, expected, after):
    record = parse_record(f"{HEAD}{decision}\n\n{after}")
    assert record.resolutions == [R("", expected)]
    assert "minute" in record.minutes.lower()


def test_a_paragraph_citing_a_minute_that_decides_stays_the_decisions():
    record = parse_record(
        f"{HEAD}RESOLVED: that the minutes of the last meeting be approved.\n\n"
        "Arising from minute 12, the Clerk be asked to write to the owner of the slipway.\n"
    )
    assert [resolution.text for resolution in record.resolutions] == [
        "that the minutes of the last meeting be approved.\n\n"
        "Arising from minute 12, the Clerk be asked to write to the owner of the slipway."
    ] or [resolution.text for resolution in record.resolutions] == [
        "that the minutes of the last meeting be approved.",
        "Arising from minute 12, the Clerk be asked to write to the owner of the slipway.",
    ]
