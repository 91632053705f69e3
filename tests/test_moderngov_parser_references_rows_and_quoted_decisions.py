"""
Shapes of agenda items cut out of a meeting's page, and of the way some
councils minute a decision:

* the item's minute reference alone on its line above the title: a
  committee's capitals and a number ("CM 26", "EXD14") or a number of four
  digits ("2215."), as a long-running council numbers its minutes; a title
  that is only a short code ("HS2") is still a title;
* the page's "rating button", and an "Officer Contact: ..." line in the
  agenda text, which are no part of the record;
* agenda text saying what an officer will do ("The Monitoring Officer will
  inform the Committee of ...") or reminding members of a duty ("Members are
  reminded ..."), which is the item's purpose;
* a motion carried with its decision in quotation marks ("... was declared
  to be CARRIED and \u201cRESOLVED that ...\u201d"): the decision, without
  its marks; a decision read out from elsewhere ("the minute read
  \u201cRESOLVED ...\u201d") is narrative;
* a last numbered item ending in ":" over a list pasted without labels
  ("allocated as follows:", then one name a line): the rows are the item's,
  one a line, groups of rows parted by a wider gap;
* a decision minuted in the present tense with no marker ("The Committee
  notes the report and agrees ..."), as narrative never is.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

# --- minute references ---------------------------------------------------------------------

case("committee-capitals-and-number-alone-above-the-title", """
    PL 14

    Adoption of the Design Code pdf icon PDF 210 KB

    To adopt the Design Code as guidance for applicants.

    Minutes:

    RESOLVED that the Design Code be adopted.
    """,
    "Adoption of the Design Code",
    number="PL 14",
    description="To adopt the Design Code as guidance for applicants.",
    resolutions=[("", "that the Design Code be adopted.")],
)
case("reference-without-a-space-over-a-decision-heading", """
    EXD14

    Response to the Neighbouring Plan Consultation pdf icon PDF 90 KB

    Decision:

    The Executive Member agrees that the Borough:

    1)  Welcomes the housing figures;

    2)  Objects to the relief road alignment.
    """,
    "Response to the Neighbouring Plan Consultation",
    number="EXD14",
    resolutions=[("1", "Welcomes the housing figures;"), ("2", "Objects to the relief road alignment.")],
    preamble="The Executive Member agrees that the Borough:",
)
case("four-digit-minute-number-alone", """
    2215.

    Vice-Chairman (Agenda item 3)

    To appoint a Vice-Chairman of the Council.

    Minutes:

    RESOLVED that Mrs Dale be appointed Vice-Chairman of the Council.
    """,
    "Vice-Chairman",
    number="2215",
    description="To appoint a Vice-Chairman of the Council.",
    resolutions=[("", "that Mrs Dale be appointed Vice-Chairman of the Council.")],
)
case("short-code-alone-is-still-the-title", """
    Agenda item

    HS2

    To receive an update on the rail works near the park.

    Minutes:

    RESOLVED: That the update be noted.
    """,
    "HS2",
    description="To receive an update on the rail works near the park.",
    resolutions=[("", "That the update be noted.")],
)

# --- page chrome in the item ---------------------------------------------------------------

case("officer-contact-in-the-agenda-text-and-rating-button-below", """
    Issue - decisions

    Play Area Refurbishment

    04/03/2025 - Play Area Refurbishment

    Members considered the tenders received for the play area.

    1.  that the contract be awarded to the lowest tender.

    2.  that the works start in the spring.

    rating button
    """,
    "Play Area Refurbishment",
    resolutions=[("1", "that the contract be awarded to the lowest tender."),
                 ("2", "that the works start in the spring.")],
)
case("officer-contact-line-is-not-the-purpose", """
    4.

    Allotment Rules pdf icon PDF 40 KB

    To consider a report of the Parks Manager.

    Officer Contact: Jo Field on 01632 960123 or email: jo.field@example.org

    Minutes:

    RESOLVED \u2013 That the revised rules be approved
    """,
    "Allotment Rules",
    number="4",
    description="To consider a report of the Parks Manager.",
    resolutions=[("", "That the revised rules be approved")],
)

# --- what an officer will do --------------------------------------------------------------

case("officer-will-inform-is-the-purpose", """
    Agenda item

    Decisions Called In

    The Monitoring Officer will inform the Committee of any decisions called in since its last meeting.

    No decisions had been called in since the last meeting.

    RESOLVED: That the position be noted.
    """,
    "Decisions Called In",
    description="The Monitoring Officer will inform the Committee of any decisions called in since its last meeting.",
    resolutions=[("", "That the position be noted.")],
    minutes="No decisions had been called in since the last meeting.",
)
case("officer-informed-in-the-past-is-narrative", """
    Agenda item

    Decisions Called In

    The Monitoring Officer informed the Committee that no decisions had been called in.

    RESOLVED: That the position be noted.
    """,
    "Decisions Called In",
    resolutions=[("", "That the position be noted.")],
    minutes="The Monitoring Officer informed the Committee that no decisions had been called in.",
)

case("members-are-reminded-with-lettered-duties-is-the-purpose", """
    Declarations of Interest

    Members are reminded to declare any interest in the business on this agenda



    (a)  Members must name the item their interest relates to and


    (b)  Members who withdraw from the room must tell the Chair when they leave


    Councillor Ruth Hale declared an interest in Item 6 as a governor of the college.
    """,
    "Declarations of Interest",
    description=("Members are reminded to declare any interest in the business on this agenda\n\n"
                 "(a) Members must name the item their interest relates to and\n\n"
                 "(b) Members who withdraw from the room must tell the Chair when they leave"),
    minutes="Councillor Ruth Hale declared an interest in Item 6 as a governor of the college.",
)

# --- a decision in quotation marks ---------------------------------------------------------

case("carried-motion-with-its-decision-in-quotation-marks", """
    TC 8

    Confirmation of Minutes pdf icon PDF 120 KB

    To approve the Minutes of the Meeting held on 2 March 2025

    Minutes:

    TC 8/25

    It was moved by Cllr A Bell, seconded by Cllr C Dunn and upon the motion being put to the Meeting was declared to be CARRIED and \u201cRESOLVED that the Council agree the Minutes of the 2 March 2025 meeting as a true record.\u201d
    """,
    "Confirmation of Minutes",
    number="TC 8",
    description="To approve the Minutes of the Meeting held on 2 March 2025",
    resolutions=[("", "that the Council agree the Minutes of the 2 March 2025 meeting as a true record.")],
    minutes=("TC 8/25\n\nIt was moved by Cllr A Bell, seconded by Cllr C Dunn and upon the motion being put "
             "to the Meeting was declared to be CARRIED"),
)
case("decision-read-out-from-an-old-minute-stays-narrative", """
    Agenda item

    Boathouse Lease

    Minutes:

    The Clerk explained that the 2019 minute read \u201cRESOLVED that the lease be renewed for five years.\u201d

    Members discussed the lease.
    """,
    "Boathouse Lease",
    minutes=("The Clerk explained that the 2019 minute read \u201cRESOLVED that the lease be renewed for five "
             "years.\u201d\n\nMembers discussed the lease."),
)

# --- rows pasted under a last item ending in ":" -------------------------------------------

case("rows-under-the-last-item-are-its-own", """
    Agenda item

    Panel Appointments

    Minutes:

    The Chair proposed appointments to the review panels.

    RESOLVED:

    1.  That the review of fees be deferred.

    2.  That members be appointed to the review panels as follows:

    Housing Panel -   Councillor Reed

      Councillor Shaw



    Transport Panel \u2013   Councillor Vale

      Councillor Ware
    """,
    "Panel Appointments",
    resolutions=[("1", "That the review of fees be deferred."),
                 ("2", "That members be appointed to the review panels as follows:\n\n"
                       "Housing Panel - Councillor Reed\nCouncillor Shaw\n\n"
                       "Transport Panel \u2013 Councillor Vale\nCouncillor Ware")],
    minutes="The Chair proposed appointments to the review panels.",
)
case("narrative-after-a-last-item-ending-in-a-colon-stays-minutes", """
    Agenda item

    Panel Appointments

    Minutes:

    RESOLVED:

    1.  That the review of fees be deferred.

    2.  That members be appointed to the panels listed below:

    Housing Panel

    Transport Panel

    Planning Panel

    The Chair thanked the outgoing members for their work.
    """,
    "Panel Appointments",
    resolutions=[("1", "That the review of fees be deferred."),
                 ("2", "That members be appointed to the panels listed below:\n\n"
                       "Housing Panel\nTransport Panel\nPlanning Panel")],
    minutes="The Chair thanked the outgoing members for their work.",
)

# --- a decision in the present tense -------------------------------------------------------

case("present-tense-decision-closing-the-minutes", """
    Work Programme pdf icon PDF 120 KB

    Report of the Scrutiny Support Officer.

    The Committee considered its work programme for the year.

    The Committee notes the report and agrees the work programme.
    """,
    "Work Programme",
    description="Report of the Scrutiny Support Officer.",
    resolutions=[("", "The Committee notes the report and agrees the work programme.")],
    minutes="The Committee considered its work programme for the year.",
)
case("past-tense-closing-sentence-stays-narrative", """
    Work Programme pdf icon PDF 120 KB

    Report of the Scrutiny Support Officer.

    The Committee considered its work programme for the year.

    The Committee noted the report.
    """,
    "Work Programme",
    description="Report of the Scrutiny Support Officer.",
    minutes="The Committee considered its work programme for the year.\n\nThe Committee noted the report.",
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
