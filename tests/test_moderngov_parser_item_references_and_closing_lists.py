"""
The ModernGov reader on decisions and agenda text that carry no marker:

* a decision's dated title naming its agenda item ("12/03/2021 - Allotments
  Policy (Agenda Item 9)") gives the item's number, and the title without it;
* "It is recommended that ...", "It is proposed that ..." open an item's
  agenda text, as "The Committee is recommended to ..." does; "It was
  recommended that ..." is the minutes';
* on an "Issue - decisions" page, a decision sentence without its full stop
  over the closing list ("The Cabinet approved the Parking Strategy 2024")
  is the list's lead-in; narrative above the list is not;
* after the run of blank lines a lost RESOLVED heading left, a list closing
  the text is the decision however its items are worded ("(a) Standard
  items on the agenda include ..."), unless an item tells what was done
  ("(a) Members asked ...") or the list has a single item;
* a closing "That ..." sentence hard-wrapped over several lines straight
  under the narrative's last sentence, with no blank line to set it off, is
  the decision.

Every case is written here and checks the whole record.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case


# --- "(Agenda Item 9)" after a dated title --------------------------------------------------

case("issue-decisions-title-naming-its-agenda-item", """
    Issue - decisions

    Allotments Policy

    12/03/2021 - Allotments Policy (Agenda Item 9)



    1.     the revised policy be approved; and

    2.     the rents be reviewed each year.
    """,
    "Allotments Policy",
    resolutions=[("1", "the revised policy be approved; and"), ("2", "the rents be reviewed each year.")],
    number="9",
)
case("dated-first-line-naming-its-item", """
    05/06/2022 - Parking Review (Item 7)

    RESOLVED: That the parking review be noted.
    """,
    "Parking Review",
    resolutions=[("", "That the parking review be noted.")],
    number="7",
)
# must not change: other brackets after a dated title, and "(Item 5)" on an agenda item's title
case("other-brackets-after-a-dated-title-stay", """
    Issue - decisions

    Budget

    14/02/2023 - Budget (Part 2)

    RESOLVED: That the budget be approved.
    """,
    "Budget",
    resolutions=[("", "That the budget be approved.")],
    number=None,
)
case("item-reference-on-an-agenda-item-title-stays", """
    Agenda item

    Review of Fees (Item 5)

    Minutes:

    RESOLVED: That the fees be approved.
    """,
    "Review of Fees (Item 5)",
    resolutions=[("", "That the fees be approved.")],
)

# --- "It is recommended that ..." opens the agenda text ----------------------------------------

case("it-is-recommended-that-on-an-issue-page", """
    Issue - meetings

    Annual Complaints Report

    Meeting: 12/09/2023 - Audit Committee (Item 6)

    6 Annual Complaints Report pdf icon PDF 120 KB

    It is recommended that the Committee note the contents of this report.



    The Customer Services Manager introduced the report.



    1.       That the report be noted.
    """,
    "Annual Complaints Report",
    description="It is recommended that the Committee note the contents of this report.",
    resolutions=[("1", "That the report be noted.")],
    minutes="The Customer Services Manager introduced the report.",
    number="6",
)
case("it-is-proposed-that-before-narrative", """
    Agenda item

    Work Programme

    It is proposed that Members agree the work programme for the year.

    Members discussed the topics for the spring meetings.

    RESOLVED: That the work programme be agreed.
    """,
    "Work Programme",
    description="It is proposed that Members agree the work programme for the year.",
    resolutions=[("", "That the work programme be agreed.")],
    minutes="Members discussed the topics for the spring meetings.",
)
# must not change: the past tense is the minutes'
case("it-was-recommended-that-stays-minutes", """
    Agenda item

    Market Hall Repairs

    It was recommended that the repairs be deferred until the survey was complete.

    RESOLVED: That the repairs be deferred.
    """,
    "Market Hall Repairs",
    resolutions=[("", "That the repairs be deferred.")],
    minutes="It was recommended that the repairs be deferred until the survey was complete.",
)

# --- a decision sentence over the closing list ------------------------------------------------

case("body-approved-sentence-over-the-closing-list", """
    Issue - decisions

    Parking Strategy

    20/07/2024 - Parking Strategy 2024

    The Cabinet approved the Parking Strategy 2024


    1.     Agreed the charges in Appendix A.


    2.     Noted that the strategy will be reviewed in two years.
    """,
    "Parking Strategy",
    preamble="The Cabinet approved the Parking Strategy 2024",
    resolutions=[("1", "Agreed the charges in Appendix A."),
                 ("2", "Noted that the strategy will be reviewed in two years.")],
)
case("committee-agreed-sentence-over-the-closing-list", """
    Issue - decisions

    Sports Grants

    11/11/2022 - Sports Grants 2023

    The Committee agreed the recommendations in the report as amended

    (a) grants be awarded to the clubs listed; and

    (b) the scheme be advertised again in May.
    """,
    "Sports Grants",
    preamble="The Committee agreed the recommendations in the report as amended",
    resolutions=[("a", "grants be awarded to the clubs listed; and"), ("b", "the scheme be advertised again in May.")],
)
# must not change: narrative above the closing list stays minutes
case("narrative-over-the-closing-list-stays-minutes", """
    Issue - decisions

    Road Safety Plan

    18/11/2021 - Road Safety Plan Update

    Councillor Patel presented the report on the plan and answered questions from Members



    1.   Noted the report; and

    2.   Noted that updates would be included in the performance reports.
    """,
    "Road Safety Plan",
    resolutions=[("1", "Noted the report; and"),
                 ("2", "Noted that updates would be included in the performance reports.")],
    minutes="Councillor Patel presented the report on the plan and answered questions from Members",
)

# --- a closing list after a lost heading, however worded ---------------------------------------

case("lettered-list-with-a-roman-sub-list-after-the-gap", """
    Work Programme Review - Report of the Head of Scrutiny


    The Panel considered a report which set out proposals for its work programme.


    Members welcomed the proposals.




    (a)          Standard items on the Panel's agenda include:

    (i)      performance reports;

    (ii)     the budget consultation; and

    (iii)    feedback from inspections

    (b)          the March meeting includes a report on the annual plan.

    (c)          two training sessions are arranged during the year
    """,
    "Work Programme Review - Report of the Head of Scrutiny",
    resolutions=[("a", "Standard items on the Panel's agenda include:\n\n(i) performance reports;\n"
                       "(ii) the budget consultation; and\n(iii) feedback from inspections"),
                 ("b", "the March meeting includes a report on the annual plan."),
                 ("c", "two training sessions are arranged during the year")],
    minutes=("The Panel considered a report which set out proposals for its work programme.\n\n"
             "Members welcomed the proposals."),
)
case("numbered-list-in-the-present-after-the-gap", """
    Agenda item

    Flood Risk Update

    Members received an update on flood risk schemes.




    1.   Members receive a quarterly update on the schemes.

    2.   A site visit is arranged for the spring.
    """,
    "Flood Risk Update",
    resolutions=[("1", "Members receive a quarterly update on the schemes."),
                 ("2", "A site visit is arranged for the spring.")],
    minutes="Members received an update on flood risk schemes.",
)
# must not change: a list of what was said, and a single item
case("past-tense-list-after-the-gap-stays-minutes", """
    Agenda item

    Highways Update

    The Head of Highways gave an update.




    (a)   Members asked about the pothole backlog.

    (b)   Officers explained the delay to the resurfacing works.
    """,
    "Highways Update",
    minutes=("The Head of Highways gave an update.\n\n(a) Members asked about the pothole backlog.\n\n"
             "(b) Officers explained the delay to the resurfacing works."),
)
case("single-item-after-the-gap-stays-minutes", """
    Agenda item

    Library Survey

    The Libraries Manager introduced the survey results.




    1.   Visitor numbers rose in the year.
    """,
    "Library Survey",
    minutes="The Libraries Manager introduced the survey results.\n\n1. Visitor numbers rose in the year.",
)

case("wrapped-closing-that-sentence-under-the-narrative", """
    Agenda item
    Library Opening Hours
    Minutes:
    The Committee received a report on the opening hours of the branch libraries. Members
    asked about Saturday opening.
    That the report be noted and the Head of Libraries be asked to consult on
    later opening on Thursdays.
    """,
    "Library Opening Hours",
    resolutions=[("", "That the report be noted and the Head of Libraries be asked to consult on later opening on "
                      "Thursdays.")],
    minutes=("The Committee received a report on the opening hours of the branch libraries. Members asked "
             "about Saturday opening."),
)
case("wrapped-closing-narrative-sentence-stays-minutes", """
    Agenda item
    Library Opening Hours
    Minutes:
    The Committee received a report on the opening hours. Members asked
    about Saturday opening, which the Head of
    Libraries said would be costed.
    """,
    "Library Opening Hours",
    minutes=("The Committee received a report on the opening hours. Members asked about Saturday opening, "
             "which the Head of Libraries said would be costed."),
)

@pytest.mark.parametrize("text, expected", CASES)
def test_item_references_and_closing_lists(text, expected):
    assert_read_exactly(text, expected)


def test_wrapped_closing_sentences_cost_work_in_proportion(monkeypatch):
    wrapped = "the report be noted and the officers asked to\n"
    assert_work_in_proportion(
        monkeypatch, lambda n: "Agenda item\nBig Item\nMinutes:\nMembers asked questions.\nThat " + wrapped * n + "report.\n"
    )
