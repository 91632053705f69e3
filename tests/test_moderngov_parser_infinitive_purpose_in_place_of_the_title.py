"""
An agenda item's page copied without its title, its "Agenda item" heading
over the agenda's sentence of purpose ("To approve as a correct record the
minutes of ...", "To note the quarterly report ..."), a whole sentence set
apart above the paragraphs of the minutes: the sentence is the item's agenda
text, not its title.  The title was lost, and is left empty for the clerk.
A purpose worded as a title, with no full stop or straight over the
"Minutes:" heading, is still the title.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

case("previous-minutes-to-approve-and-sign", """
    Agenda item


    To approve as a correct record the minutes of the meeting held on 3 March 2031, and to authorise the Chair to sign them.


    A Member asked that the spelling of his name in Minute 12 be corrected.


    Accordingly, the minutes of the meeting held on 3 March 2031 were agreed as a correct record and signed by the Chair.
    """,
    "",
    description="To approve as a correct record the minutes of the meeting held on 3 March 2031, "
                "and to authorise the Chair to sign them.",
    minutes="A Member asked that the spelling of his name in Minute 12 be corrected.\n\n"
            "Accordingly, the minutes of the meeting held on 3 March 2031 were agreed as a correct record "
            "and signed by the Chair.",
)
case("report-to-note-then-the-minutes-and-a-decision", """
    Agenda item

    To note the quarterly performance report of the Harbour Trust.

    The Harbour Master presented the report and answered questions on berth occupancy.

    RESOLVED that the report be noted.
    """,
    "",
    description="To note the quarterly performance report of the Harbour Trust.",
    minutes="The Harbour Master presented the report and answered questions on berth occupancy.",
    resolutions=[("", "that the report be noted.")],
)
case("report-to-consider-then-discussion", """
    Agenda item

    To consider the draft Tree Planting Plan for the Wessex Valley.

    Members welcomed the plan and asked for a list of the sites chosen.
    """,
    "",
    description="To consider the draft Tree Planting Plan for the Wessex Valley.",
    minutes="Members welcomed the plan and asked for a list of the sites chosen.",
)
# a purpose worded as a title: no full stop, or no paragraphs of minutes set apart below it
case("purpose-title-without-a-full-stop-is-still-the-title", """
    Agenda item

    To receive the Annual Report of the Grounds Committee

    Members thanked the committee for its work.
    """,
    "To receive the Annual Report of the Grounds Committee",
    minutes="Members thanked the committee for its work.",
)
case("purpose-title-over-the-minutes-heading-is-still-the-title", """
    Agenda item
    To consider whether the press and public be excluded from the meeting.
    Minutes:
    RESOLVED: That the press and public be excluded for the next item.
    """,
    "To consider whether the press and public be excluded from the meeting.",
    resolutions=[("", "That the press and public be excluded for the next item.")],
)

# a long sentence of agenda text in place of the title, what an officer is to submit or what is to
# be considered elsewhere, over the minutes' narrative with no "Minutes:" heading between them
for slug, agenda in [
    ("officer-to-submit-a-report-to-approve",
     "The Head of Planning to submit a report to approve the revised Local Development Scheme for the district,"
     " setting out the timetable for the Local Plan and the supplementary planning documents over the next"
     " three years as proposed by the Planning Policy Working Group."),
    ("officer-to-submit-a-report-seeking-approval",
     "The Chief Finance Officer to submit a report seeking approval of the Treasury Management Strategy and the"
     " prudential indicators for the coming year, together with the minimum revenue provision statement as"
     " recommended by the Audit Committee."),
    ("report-is-to-be-considered-elsewhere",
     "The officer report (attached as item 5) on the Leisure Centre Contract Extension is to be considered by"
     " the Cabinet on 4 March 2031.  The Cabinet's recommendations to Council will be circulated on a"
     " supplementary agenda."),
    ("one-sentence-report-is-to-be-considered",
     "The report of the Director of Housing on the Tenancy Strategy is to be considered by the Housing"
     " Committee on 2 June 2031 and the recommendations of that Committee are to be reported to this meeting."),
]:
    case(f"{slug}-in-place-of-the-title-is-the-description", f"""
        Agenda item


        {agenda}


        Members had before them a report setting out the proposals, which had been circulated with the agenda.


        The Leader moved the recommendations and these were seconded.  Following a vote, the motion was carried.


        RESOLVED that the recommendations be approved.
        """,
        "",
        description=agenda.replace("  ", " "),
        minutes="Members had before them a report setting out the proposals, which had been circulated with the"
                " agenda.\n\nThe Leader moved the recommendations and these were seconded. Following a vote, the"
                " motion was carried.",
        resolutions=[("", "that the recommendations be approved.")],
    )


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
