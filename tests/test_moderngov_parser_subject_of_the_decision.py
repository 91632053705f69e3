"""
"The subject of the decision:" is the heading some ModernGov sites give a
decision's purpose on "Issue - decisions" pages, followed by "Alternative
options considered:", "The reason for the decision:" and "THE DECISION:".
The text under it is the description; without its colon the words are
ordinary prose.  Every case is written here and checks the whole record.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case


case("subject-of-the-decision-heading-is-the-purpose", """
    Issue - decisions

    Street Lighting Policy

    11/09/2019 - Street Lighting Policy

    The subject of the decision:



    This report sought approval of a revised Street Lighting Policy.  The policy sets the hours of part-night lighting.



    Alternative options considered:



    None.



    The reason for the decision:



    The policy supports the Council Plan's aim of cutting carbon emissions.



    THE DECISION:



    That Cabinet approves the revised Street Lighting Policy attached at Annex A of the report.
    """,
    "Street Lighting Policy",
    description=("This report sought approval of a revised Street Lighting Policy. "
                 "The policy sets the hours of part-night lighting."),
    resolutions=[("", "That Cabinet approves the revised Street Lighting Policy attached at Annex A of the report.")],
    reason="The policy supports the Council Plan's aim of cutting carbon emissions.",
)
case("subject-of-this-decision-with-inline-text", """
    Decision details

    Market Stall Fees

    Decision Maker: Cabinet Member for Economy

    Subject of this decision: To set the market stall fees for 2025/26.

    Decision:

    That the fees in Appendix 1 be approved.
    """,
    "Market Stall Fees",
    description="To set the market stall fees for 2025/26.",
    resolutions=[("", "That the fees in Appendix 1 be approved.")],
)
# must not change: the words in a sentence, or without their colon, are not a heading
case("subject-of-the-decision-in-prose-stays-prose", """
    Agenda item

    Call-in: Bus Subsidies

    Minutes:

    The subject of the decision was explained by the Cabinet Member.

    RESOLVED: That the decision be confirmed.
    """,
    "Call-in: Bus Subsidies",
    resolutions=[("", "That the decision be confirmed.")],
    minutes="The subject of the decision was explained by the Cabinet Member.",
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_many_subject_headings_cost_work_in_proportion(monkeypatch):
    assert_work_in_proportion(monkeypatch, lambda n: "Issue - decisions\nT\n01/01/2024 - T\n" + "The subject of the decision:\nx.\n" * n)
