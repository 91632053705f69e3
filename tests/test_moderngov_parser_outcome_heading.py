"""
"Outcome:", a heading some ModernGov sites give the decision.

Like "Decision:", an "Outcome:" heading stands over what was decided, above
the minutes or on its own; when the minutes print the same decision again it
is read once.  Only the word with its colon is the heading: "Outcomes:" over
a report's hoped-for results, or a sentence about an outcome, is not.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

case("outcome-heading-over-a-lettered-list-repeated-in-the-minutes", """
    Agenda item

    Better Care Fund Plan

    Outcome:

    The Board AGREED to:

    a.\tapprove the Plan for submission;

    b.\tdelegate the quarterly returns to the Director.

    Minutes:

    The Director presented the Plan.

    The Board AGREED to:

    a.\tapprove the Plan for submission;

    b.\tdelegate the quarterly returns to the Director.
    """,
    "Better Care Fund Plan",
    resolutions=[("a", "approve the Plan for submission;"),
                 ("b", "delegate the quarterly returns to the Director.")],
)

case("outcome-heading-with-the-decision-on-its-line", """
    Agenda item

    Sport and Physical Activity Strategy

    To consider the draft strategy.

    Outcome: That the draft strategy be approved for consultation.

    Supporting documents:

        Draft Strategy PDF 400 KB
    """,
    "Sport and Physical Activity Strategy",
    description="To consider the draft strategy.",
    resolutions=[("", "That the draft strategy be approved for consultation.")],
    documents=["Draft Strategy"],
)

case("outcome-heading-in-capitals-over-numbered-items", """
    Agenda item

    Tree Preservation Order 4/2024

    OUTCOME:

    1.\tThat the Order be confirmed without modification.

    2.\tThat the objectors be notified.
    """,
    "Tree Preservation Order 4/2024",
    resolutions=[("1", "That the Order be confirmed without modification."),
                 ("2", "That the objectors be notified.")],
)

# --- what an "Outcome" heading is not ---------------------------------------------------

case("outcomes-heading-in-the-purpose-and-an-outcome-sentence-stay-as-text", """
    Agenda item

    Youth Services Review

    To consider the review of youth services.

    Outcomes:

    More young people using youth centres.

    Minutes:

    The outcome of the review was welcomed by Members.

    RESOLVED – That the review be noted.
    """,
    "Youth Services Review",
    description="To consider the review of youth services.\n\nOutcomes:\n\nMore young people using youth centres.",
    minutes="The outcome of the review was welcomed by Members.",
    resolutions=[("", "That the review be noted.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_outcome_heading_reads_as_the_decision(text, expected):
    assert_read_exactly(text, expected)
