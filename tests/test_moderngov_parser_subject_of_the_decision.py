"""
"The subject of the decision:" is the heading some ModernGov sites give a
decision's purpose on "Issue - decisions" pages, followed by "Alternative
options considered:", "The reason for the decision:" and "THE DECISION:".
The text under it is the description; in a sentence the words are ordinary
prose.  Some sites print these headings without their colons, the subject
heading alone on its line under the page's summary of the report: the
summary is the purpose, and the text under the heading tells how the
decision was reached, so it is read with the minutes.  Every case is
written here and checks the whole record.
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

for name, heading in [
    ("subject-heading-without-its-colon-under-the-summary", "The subject of the decision"),
    ("subject-of-this-decision-without-its-colon", "Subject of this decision"),
    ("capitalised-subject-heading-without-its-colon", "THE SUBJECT OF THE DECISION"),
]:
    case(name, f"""
        Decision Maker: Executive
        Decision status: Recommendations Approved
        Is Key decision?: Yes
        A report setting out progress on the
        Tree Planting Strategy and the planting planned for 2031/32.
        {heading}
        The Head of Parks submitted a report giving members the updated strategy.
        Councillor A Brook moved the recommendations; Councillor C Dale seconded. The motion was agreed.
        Alternative options considered
        Not to update the strategy.
        The reason for the decision
        The strategy agreed in 2029 needed updating.
        The decision
        Resolved
        That \u2013
        1. The progress made be noted;
        2. The planting planned for 2031/32 be approved.
        Report author: Ann Example
        """,
        "",
        description="A report setting out progress on the Tree Planting Strategy and the planting planned for 2031/32.",
        resolutions=[("1", "The progress made be noted;"), ("2", "The planting planned for 2031/32 be approved.")],
        reason="The strategy agreed in 2029 needed updating.",
    )


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_many_subject_headings_cost_work_in_proportion(monkeypatch):
    assert_work_in_proportion(monkeypatch, lambda n: "Issue - decisions\nT\n01/01/2024 - T\n" + "The subject of the decision:\nx.\n" * n)
