"""
The ModernGov reader on two list shapes: labels with no punctuation set off
from their text by a run of spaces or a tab ("B    Agree ..."), which are
list labels only in a sequence or straight under a lead-in, never in an
ordinary sentence opening "A "; and an "Issue - decisions" page whose issue
title is missing and whose marker line carries the first numbered item.
Every case is written here and checks the whole record.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case


# --- letters and numbers set off by spaces or a tab ---------------------------------

case("letters-set-off-by-spaces-under-a-lead-in", """
    Library Opening Hours

    Minutes:

    Officers set out the results of the survey of library users.

    It was resolved to:

    A    Receive the survey results.

    B    Keep the current opening hours until April.
    """,
    "Library Opening Hours",
    minutes="Officers set out the results of the survey of library users.",
    preamble="to:",
    resolutions=[("A", "Receive the survey results."), ("B", "Keep the current opening hours until April.")],
)
case("letters-set-off-by-a-tab", """
    Parking Charges

    RESOLVED to:

    a\tapprove the revised tariff;
    b\tdelegate the start date to the Head of Transport.
    """,
    "Parking Charges",
    preamble="to:",
    resolutions=[("a", "approve the revised tariff;"), ("b", "delegate the start date to the Head of Transport.")],
)
case("numbers-set-off-by-spaces", """
    Grants Panel Report

    Decision:

    The Cabinet agreed to:

    1   Award the grants listed in the appendix.

    2   Review the scheme after one year.
    """,
    "Grants Panel Report",
    preamble="The Cabinet agreed to:",
    resolutions=[("1", "Award the grants listed in the appendix."), ("2", "Review the scheme after one year.")],
)
case("lone-letter-under-a-lead-in-shown-twice", """
    Issue - meetings

    Quarterly Performance Report

    Meeting: 05/03/2025 - Joint Board (Item 7)

    7 Quarterly Performance Report

    A summary of performance against the board's measures for the last quarter.

    Decision:

    It was resolved to:

    A    Note the performance summary.

    Minutes:

    The Director answered questions on the measures that were off track.

    It was resolved to:

    A    Note the performance summary.
    """,
    "Quarterly Performance Report",
    description="A summary of performance against the board's measures for the last quarter.",
    minutes="The Director answered questions on the measures that were off track.",
    preamble="to:",
    resolutions=[("A", "Note the performance summary.")],
)
case("lead-in-keeps-its-unlabelled-decision-shown-twice", """
    Audit Plan

    Decision:

    It was resolved to:

    Approve the audit plan for the coming year.

    Minutes:

    The auditor outlined the plan.

    It was resolved to:

    Approve the audit plan for the coming year.
    """,
    "Audit Plan",
    minutes="The auditor outlined the plan.",
    preamble="to:",
    resolutions=[("", "Approve the audit plan for the coming year.")],
)
case("sentence-opening-a-with-one-space-is-not-a-label", """
    Highways Update

    RESOLVED:

    A further report be brought to the next meeting.
    """,
    "Highways Update",
    resolutions=[("", "A further report be brought to the next meeting.")],
)
case("sentence-opening-a-with-spaces-but-lower-case-is-not-a-label", """
    Highways Update

    RESOLVED to:

    A  further report be brought to the next meeting.
    """,
    "Highways Update",
    preamble="to:",
    resolutions=[("", "A further report be brought to the next meeting.")],
)
case("lone-spaced-letter-without-a-lead-in-is-text", """
    Estates Strategy

    A    Draft of the strategy is attached for comment by members.
    """,
    "Estates Strategy",
    minutes="A Draft of the strategy is attached for comment by members.",
)
case("spaced-letter-out-of-sequence-is-text", """
    Estates Strategy

    Minutes:

    The Chair opened the discussion.

    B    Block of the old depot was discussed at length.
    """,
    "Estates Strategy",
    minutes="The Chair opened the discussion.\n\nB Block of the old depot was discussed at length.",
)


# --- "Issue - decisions" page: the first item on the marker's line ------------------

case("decisions-page-without-issue-title-marker-line-holds-item-one", """
    Issue - decisions

    14/11/2022 - Revised Procurement Rules

    RECOMMENDED:  1)       That Council adopt the revised procurement rules.


    2)       That the Monitoring Officer be authorised to correct any drafting errors.


    Reason for Decision

    To keep the rules in line with current legislation.
    """,
    "Revised Procurement Rules",
    preamble="RECOMMENDED:",
    resolutions=[("1", "That Council adopt the revised procurement rules."),
                 ("2", "That the Monitoring Officer be authorised to correct any drafting errors.")],
    reason="To keep the rules in line with current legislation.",
)
case("decisions-page-with-issue-title-marker-line-holds-item-a", """
    Issue - decisions

    Tree Policy

    03/07/2023 - Tree Management Policy

    AGREED: (a) the tree management policy be adopted;

    (b) the policy be reviewed in three years.
    """,
    "Tree Policy",
    preamble=None,
    resolutions=[("a", "the tree management policy be adopted;"), ("b", "the policy be reviewed in three years.")],
)
case("decisions-page-without-issue-title-single-recommendation-is-not-the-purpose", """
    14/11/2022 - Revised Procurement Rules

    RECOMMENDED: That Council adopt the revised procurement rules.
    """,
    "Revised Procurement Rules",
    resolutions=[("", "RECOMMENDED: That Council adopt the revised procurement rules.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


# --- the readings stay linear ---------------------------------------------------------

PATHOLOGICAL = {
    "spaced-letters": lambda n: "Road Safety\n\nRESOLVED to:\n\n" + "".join(f"{'AB'[i % 2]}    Text.\n" for i in range(n)),
    "spaced-numbers": lambda n: "Road Safety\n\nRESOLVED to:\n\n" + "".join(f"{i % 999 + 1}    Text.\n" for i in range(n)),
    "lone-letters-under-lead-ins": lambda n: "Road Safety\n\n" + "RESOLVED to:\n\nA    Note it.\n\n" * n,
    "spaces-without-text": lambda n: "Road Safety\n\nA" + " " * n + "\n",
    "inline-items": lambda n: "01/02/2024 - Item\n\n" + "RECOMMENDED: 1) That x.\n\n" * n,
}


@pytest.mark.parametrize("body", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_spaced_labels_cost_work_in_proportion_to_the_page(body, monkeypatch):
    """Four times the page makes the patterns scan about four times the text, not sixteen."""
    assert_work_in_proportion(monkeypatch, lambda n: body(n))
