"""
A list of the points made in the discussion, closing the minutes.

"In the subsequent discussion, the following points were made." leads into a
lettered or numbered list of what was said.  The minutes may break the list
with a paragraph of their own ("The Chair noted ...") and then go on with its
later items ("d) ...", "e) ..."); those items continue the points, however
they are worded ("it was proposed that the charge should be increased"), and
stay in the minutes: they are not a decision whose RESOLVED heading was lost.
A fresh list opening at its first label after the points is still read as the
decision.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

OPENING = "The Committee considered a report of the Head of Finance setting out the proposed charges for the year."
BREAK = "The Chair noted that the users of each service had been asked to meet its increased cost."

for slug, lead_in, marks in [
    ("lettered-points-after-the-following-points-were-made",
     "In the subsequent discussion, the following points were made.", ("a)", "b)", "c)", "d)")),
    ("numbered-points-after-members-raised-the-following",
     "During the debate, Members raised the following points:", ("1.", "2.", "3.", "4.")),
    ("bracketed-points-after-the-following-comments-were-made",
     "The following comments were made in discussion:", ("(a)", "(b)", "(c)", "(d)")),
]:
    first, second, third, fourth = marks
    case(f"{slug}-broken-by-a-paragraph-stay-minutes", f"""
        Agenda item

        Fees and Charges

        {OPENING}

        {lead_in}

        {first} Officers would review whether to charge for advice given before a planning application.

        {second} Regarding the increase in allotment rents, it was noted that rents had not risen since 2019.

        {BREAK}

        {third} Regarding penalty notices for littering, it was proposed that these should be increased by ten per cent.

        {fourth} Walking to school was to be encouraged, though for some families a car was vital.
        """,
        "Fees and Charges",
        minutes=f"{OPENING}\n\n{lead_in}\n\n"
                f"{first} Officers would review whether to charge for advice given before a planning application.\n\n"
                f"{second} Regarding the increase in allotment rents, it was noted that rents had not risen since 2019.\n\n"
                f"{BREAK}\n\n"
                f"{third} Regarding penalty notices for littering, it was proposed that these should be increased by"
                " ten per cent.\n\n"
                f"{fourth} Walking to school was to be encouraged, though for some families a car was vital.",
    )

case("points-under-a-discussion-lead-in-worded-as-decisions-stay-minutes", """
    Agenda item

    Fees and Charges

    The Committee considered a report of the Head of Finance setting out the proposed charges for the year.

    In the ensuing discussion, the following points were made.

    a) The charges for bulky waste collections should be reviewed within the year.

    b) The schedule of charges to be published on the website in good time.
    """,
    "Fees and Charges",
    minutes="The Committee considered a report of the Head of Finance setting out the proposed charges for the year."
            "\n\nIn the ensuing discussion, the following points were made.\n\n"
            "a) The charges for bulky waste collections should be reviewed within the year.\n\n"
            "b) The schedule of charges to be published on the website in good time.",
)

# a fresh list opening at its first label, after the points, is the decision
case("a-fresh-decision-list-after-the-points-is-the-decision", """
    Agenda item

    Fees and Charges

    In the subsequent discussion, the following points were made.

    a) Officers would review whether to charge for advice given before a planning application.

    b) Regarding the increase in allotment rents, it was noted that rents had not risen since 2019.

    The Chair moved the recommendations, which were seconded and carried.

    1. That the schedule of fees and charges be approved.

    2. That the schedule be published on the Council's website.
    """,
    "Fees and Charges",
    minutes="In the subsequent discussion, the following points were made.\n\n"
            "a) Officers would review whether to charge for advice given before a planning application.\n\n"
            "b) Regarding the increase in allotment rents, it was noted that rents had not risen since 2019.\n\n"
            "The Chair moved the recommendations, which were seconded and carried.",
    resolutions=[("1", "That the schedule of fees and charges be approved."),
                 ("2", "That the schedule be published on the Council's website.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_points_made_in_the_discussion_are_minutes(text, expected):
    assert_read_exactly(text, expected)
