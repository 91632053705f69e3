"""
The ModernGov reader on two shapes of pasted pages: agenda text naming who
is to act ("The panel is to review ...", "Ward Forum Chairs to report") or
pointing at the papers ("Report: See pages 16-25") with no "Minutes:"
heading under it, and paragraphs hard-wrapped at a fixed width
(pages that break their lines with <br>) or broken by a blank line in the
middle of a sentence, which are read as the prose they are while lists and
lead-ins keep their lines.
"""

import pytest

from agenda.importers.moderngov import parse_record
from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case


# --- agenda text naming who is to act, with no "Minutes:" heading --------------------

case("body-is-to-then-narrative-then-lost-heading", """
    Agenda item

    Ward Budget Allocations

    The panel is to review how the ward budgets were shared out this year.


    The panel went through the allocations ward by ward and noted two underspends.


    That the panel agreed to carry the two underspends forward to next year.


    The meeting ended at 9.05pm.
    """,
    "Ward Budget Allocations",
    description="The panel is to review how the ward budgets were shared out this year.",
    resolutions=[("", "That the panel agreed to carry the two underspends forward to next year.")],
)
case("several-words-before-plural-chairs-to-report", """
    Agenda item

    Updates from the Area Forums

    Ward Forum Chairs to report


    The Chairs of the area forums summarised the issues raised by residents since January.


    RESOLVED: That the Board:-


    (a)        notes the updates given; and


    (b)        asks officers to collate the issues raised for the next meeting.
    """,
    "Updates from the Area Forums",
    description="Ward Forum Chairs to report",
    resolutions=[("a", "notes the updates given; and"),
                 ("b", "asks officers to collate the issues raised for the next meeting.")],
)
case("chairs-as-the-subject-of-narrative-stay-minutes", """
    Agenda item

    Forum Feedback

    The forum chairs had agreed to report back on parking near the schools.


    RESOLVED: That the feedback be noted.
    """,
    "Forum Feedback",
    resolutions=[("", "That the feedback be noted.")],
    minutes="The forum chairs had agreed to report back on parking near the schools.",
)

# --- hard-wrapped paragraphs -----------------------------------------------------

case("decision-page-with-hard-wrapped-purpose-and-decision", """
    Decision details
    Standing order 14 - Questions from the public
    Decision Maker: Head of Legal Services
    Decision status: Approved
    Is Key decision?: No
    Is subject to call in?: No
    Purpose:
    The standing order did not say how long a member of the
    public could speak when putting a question at a meeting of
    the Council.
    This change sets a limit of three minutes and does not
    alter who may ask a question.
    Decision:
    A limit of three minutes for each question
    was added to standing order 14.
    Alternative options considered:
    To leave the standing order as it was.
    Publication date: 03/03/2025
    Date of decision: 03/03/2025
    """,
    "Standing order 14 - Questions from the public",
    description=(
        "The standing order did not say how long a member of the public could speak when putting a question at "
        "a meeting of the Council. This change sets a limit of three minutes and does not alter who may ask a "
        "question."
    ),
    resolutions=[("", "A limit of three minutes for each question was added to standing order 14.")],
)
case("hard-wrapped-lead-in-keeps-its-list", """
    Agenda item

    Fees and Charges

    Minutes:

    The Committee considered the proposed fees, which officers had
    compared with those of neighbouring councils.

    RESOLVED: That the Committee:
    (a) approves the fees for 2025/26; and
    (b) asks for a review of the parking charges.
    """,
    "Fees and Charges",
    resolutions=[("a", "approves the fees for 2025/26; and"), ("b", "asks for a review of the parking charges.")],
    preamble="That the Committee:",
    minutes=(
        "The Committee considered the proposed fees, which officers had compared with those of neighbouring councils."
    ),
)

case("labelled-resolutions-each-broken-by-a-blank-line", """
    Agenda item

    Risk Register Update

    The Committee received the latest corporate risk register (for copy see file of minutes).




    i)               That the two new risks added to the register

              since the last meeting be noted.


    ii)              That the risk owners be asked to review

              their mitigations before the next meeting.
    """,
    "Risk Register Update",
    resolutions=[("i", "That the two new risks added to the register since the last meeting be noted."),
                 ("ii", "That the risk owners be asked to review their mitigations before the next meeting.")],
)
case("report-label-pointing-at-the-papers-is-purpose", """
    Agenda item

    Review of the Street Trading Policy


    Report:  See pages 31-44 of the main agenda


    The Mayor moved the recommendation in the report and it was put to the vote and carried.


    That the revised street trading policy be adopted.
    """,
    "Review of the Street Trading Policy",
    description="Report: See pages 31-44 of the main agenda",
    resolutions=[("", "That the revised street trading policy be adopted.")],
)


@pytest.mark.parametrize("text,expected", CASES)
def test_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_lines_ending_a_lead_in_or_a_clause_keep_their_breaks():
    record = parse_record(
        "Agenda item\n\nBus Shelters\n\nMinutes:\n\n"
        "The Committee noted:\nthe number of shelters repaired;\nthe cost of the repairs.\n\n"
        "RESOLVED: That the report be noted.\n"
    )
    assert record.minutes == "The Committee noted:\nthe number of shelters repaired;\nthe cost of the repairs."


def test_capitalised_lines_without_a_carried_sentence_keep_their_breaks():
    record = parse_record(
        "Agenda item\n\nRoad Closures\n\nMinutes:\n\n"
        "Station Road closed for resurfacing.\nMill Lane reopened.\n\n"
        "RESOLVED: That the update be noted.\n"
    )
    assert record.minutes == "Station Road closed for resurfacing.\nMill Lane reopened."
