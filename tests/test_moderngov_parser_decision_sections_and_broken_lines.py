"""
The ModernGov reader on an item's "Decision:" section and on lines broken
mid-sentence:

* a "Decision:" section that a "Minutes:" heading ends is the decision
  however it is worded ("Recommendations agreed nem con", "AGREED
  RECOMMENDATIONS"), with its reason and the page's other fields under it,
  unless it only says the recommendations were agreed and the minutes give
  the decision itself: then the minutes' decision and reason are read;
  a "Decision:" heading over narrative that leads to RESOLVED stays minutes;
* a line hard-wrapped before a number ("... as set out in section" / "4 of
  the report") goes on with its sentence;
* the last item of a decision list broken by a blank line ("... to Mayor and
  Cabinet in" / "November 2025.") keeps the rest of its sentence;
* a lead-in broken by a blank line ("... by the Cabinet" / "Member for
  Housing, ..., the Mayor agreed that") is one lead-in;
* a long note of the motion after the marker ("RESOLVED (on a motion from
  Cllr X, seconded by Cllr Y and carried nem con) to ...") is not part of
  the decision.

Every case is written here and checks the whole record.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case


# --- a "Decision:" section ended by "Minutes:" --------------------------------------------

case("decision-section-worded-as-an-outcome-then-minutes", """
    Issue - meetings

    Annual Report of the Standards Committee

    Meeting: 14/07/2024 - Council (Item 22)

    22 Annual Report of the Standards Committee pdf icon PDF 150 KB

    To receive the annual report of the Standards Committee.

    Additional documents:

    Decision:

    Recommendations agreed nem con

    Minutes:

    The Chair of the Standards Committee presented the report.

    RESOLVED (on a motion from Cllr Ruth Avery, seconded by Cllr Tom Blake and carried nem con) to receive the annual report
    """,
    "Annual Report of the Standards Committee",
    description="To receive the annual report of the Standards Committee.",
    resolutions=[("", "Recommendations agreed nem con"), ("", "to receive the annual report")],
    minutes="The Chair of the Standards Committee presented the report.",
    number="22",
)
case("decision-section-with-its-reason-and-fields-then-minutes", """
    Issue - meetings

    Parks Maintenance Plan

    Meeting: 02/10/2023 - Executive (Item 51)

    51 Parks Maintenance Plan pdf icon PDF 200 KB

    Decision:

    AGREED RECOMMENDATIONS

    Reason for decision \u2013 as set out in the report.

    Other options considered \u2013 none.

    Minutes:

    RESOLVED:

    3.1     That the parks maintenance plan for 2024 be agreed.

    3.2     That the tree survey results be noted.

    Reason for decision \u2013 to keep the parks safe and tidy.
    """,
    "Parks Maintenance Plan",
    resolutions=[("3.1", "That the parks maintenance plan for 2024 be agreed."),
                 ("3.2", "That the tree survey results be noted.")],
    reason="to keep the parks safe and tidy.",
    number="51",
)
case("decision-section-approved-as-recommended-then-minutes", """
    Agenda item

    Fees and Charges 2025

    To approve the fees and charges for 2025.

    Decision:

    Approved as recommended.

    Minutes:

    The Head of Finance introduced the report and answered questions.
    """,
    "Fees and Charges 2025",
    description="To approve the fees and charges for 2025.",
    resolutions=[("", "Approved as recommended.")],
    minutes="The Head of Finance introduced the report and answered questions.",
)
# must not change: a "Decision:" heading over the narrative that leads to RESOLVED
case("decision-heading-over-narrative-before-resolved-stays-minutes", """
    Decision details

    Library Opening Hours

    Decision Maker: Cabinet

    Decision:

    The Cabinet considered a report on library opening hours.

    Members asked about weekend opening.

    RESOLVED: That the new opening hours be approved.

    Publication date: 04/04/2024
    """,
    "Library Opening Hours",
    resolutions=[("", "That the new opening hours be approved.")],
    minutes="The Cabinet considered a report on library opening hours.\n\nMembers asked about weekend opening.",
)

# --- a line wrapped before a number ------------------------------------------------------

case("resolution-wrapped-before-a-year-and-a-section-number", """
    Agenda item

    Recycling Plan

    Minutes:

    RESOLVED:

    4.1       That the recycling aims for
              2024/25 as set out in section
    6 of the report be agreed.

    4.2       That the progress report be noted.
    """,
    "Recycling Plan",
    resolutions=[("4.1", "That the recycling aims for 2024/25 as set out in section 6 of the report be agreed."),
                 ("4.2", "That the progress report be noted.")],
)
case("agenda-text-wrapped-before-numbers", """
    Agenda item

    Budget Setting

    To approve the revenue budget for
    2025/26 and the fees listed in section
    3 of the report.

    Minutes:

    RESOLVED: That the budget be approved.
    """,
    "Budget Setting",
    description="To approve the revenue budget for 2025/26 and the fees listed in section 3 of the report.",
    resolutions=[("", "That the budget be approved.")],
)
# must not change: a number opening a line after a full stop, and numbered items
case("number-after-a-full-stop-and-numbered-items-keep-their-lines", """
    Agenda item

    Election of Chair

    Minutes:

    The vote was taken by a show of hands.
    2 members abstained.

    RESOLVED:

    1. That Councillor Khan be elected Chair.

    2. That Councillor Ortiz be elected Vice-Chair.
    """,
    "Election of Chair",
    minutes="The vote was taken by a show of hands.\n2 members abstained.",
    resolutions=[("1", "That Councillor Khan be elected Chair."), ("2", "That Councillor Ortiz be elected Vice-Chair.")],
)

# --- the last item's sentence broken by a blank line ---------------------------------------

case("last-item-broken-before-a-month", """
    Decision details

    Temporary Accommodation Policy

    Decision:

    (1) the interim policy be approved; and

    (2) officers report the consultation results to Mayor and Cabinet in

    November 2025.

    Publication date: 17/07/2025
    """,
    "Temporary Accommodation Policy",
    resolutions=[("1", "the interim policy be approved; and"),
                 ("2", "officers report the consultation results to Mayor and Cabinet in November 2025.")],
)
case("last-item-broken-before-a-name", """
    Agenda item

    Conservation Areas

    Minutes:

    RESOLVED that:

    (a) the appraisal be adopted; and

    (b) the boundary be changed as shown in the map attached to the

    Appendix to the report.
    """,
    "Conservation Areas",
    preamble="that:",
    resolutions=[("a", "the appraisal be adopted; and"),
                 ("b", "the boundary be changed as shown in the map attached to the Appendix to the report.")],
)
# must not change: a new sentence after the last item is the minutes'
case("new-sentence-after-an-open-last-item-stays-minutes", """
    Agenda item

    Street Lighting

    Minutes:

    RESOLVED that:

    (a) the programme be noted; and

    (b) the lanterns be replaced in

    The Chair thanked officers for the report.
    """,
    "Street Lighting",
    preamble="that:",
    resolutions=[("a", "the programme be noted; and"), ("b", "the lanterns be replaced in")],
    minutes="The Chair thanked officers for the report.",
)

# --- a lead-in broken by a blank line ---------------------------------------------------

case("lead-in-broken-after-a-title", """
    Decision details

    Homelessness Strategy

    Decision:

    Having considered an officer report, and a presentation by the Cabinet

    Member for Housing, Councillor Ann Lee, the Mayor agreed that

    (1) the strategy be approved; and

    (2) the action plan be published.

    Publication date: 10/10/2024
    """,
    "Homelessness Strategy",
    preamble=("Having considered an officer report, and a presentation by the Cabinet Member for Housing, "
              "Councillor Ann Lee, the Mayor agreed that"),
    resolutions=[("1", "the strategy be approved; and"), ("2", "the action plan be published.")],
)
case("lead-in-broken-before-a-group-name", """
    Agenda item

    Local Plan Review

    Minutes:

    RESOLVED:

    That having regard to the comments of the Planning Policy Working

    Group and the consultation responses, the Council:

    (a) approves the timetable; and

    (b) publishes the issues paper.
    """,
    "Local Plan Review",
    preamble=("That having regard to the comments of the Planning Policy Working Group and the consultation "
              "responses, the Council:"),
    resolutions=[("a", "approves the timetable; and"), ("b", "publishes the issues paper.")],
)
# must not change: a short heading over a lead-in, and a whole sentence over one
case("short-heading-over-a-lead-in-stays-apart", """
    Agenda item

    Treasury Strategy

    Minutes:

    RESOLVED:

    RECOMMENDED to Council

    That the following be approved:

    (a) the treasury strategy; and

    (b) the prudential indicators.
    """,
    "Treasury Strategy",
    preamble="RECOMMENDED to Council\n\nThat the following be approved:",
    resolutions=[("a", "the treasury strategy; and"), ("b", "the prudential indicators.")],
)
case("new-sentence-over-a-lead-in-stays-apart", """
    Agenda item

    Grants Review

    Minutes:

    RESOLVED:

    The Committee considered the report of the Director and its three appendices

    The Committee agreed that:

    (a) the grants be awarded; and

    (b) the scheme be reviewed.
    """,
    "Grants Review",
    preamble="The Committee considered the report of the Director and its three appendices\n\nThe Committee agreed that:",
    resolutions=[("a", "the grants be awarded; and"), ("b", "the scheme be reviewed.")],
)

# --- a long note of the motion after the marker ------------------------------------------

case("motion-note-after-the-marker-with-that", """
    Agenda item

    Council Tax Support Scheme

    Minutes:

    RESOLVED (proposed by Councillor Green, seconded by Councillor Shah and agreed without a vote) that the scheme be adopted.
    """,
    "Council Tax Support Scheme",
    resolutions=[("", "that the scheme be adopted.")],
)
# must not change: short qualifiers and a first label in brackets
case("short-qualifier-and-bracketed-first-label", """
    Agenda item

    Play Areas

    Minutes:

    RESOLVED (unanimously) that the programme be noted.

    RESOLVED (A) That a report come back in June.
    """,
    "Play Areas",
    resolutions=[("", "that the programme be noted."), ("A", "That a report come back in June.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_decision_sections_and_broken_lines(text, expected):
    assert_read_exactly(text, expected)
