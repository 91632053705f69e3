"""
A "Decision details" page copied without its blank lines and without its
"Decision:" heading: a field answered "Yes" or "No" ("Is subject to call
in?: No") is whole on its line, so the sentence straight under it is the
page's own text; and when that text tells how the body came to decide
("The Cabinet considered a report of ..."), it is the minutes' narrative,
not the item's purpose.  The numbered list below it is the decision.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

case("narrative-and-list-straight-under-a-yes-no-field", """
    Decision details
    Home to School Transport Policy
    Decision Maker: Cabinet
    Decision status: For Determination
    Is Key decision?: Yes
    Is subject to call in?: No
    The Cabinet considered a report of the Director of Education concerning the transport policy for 2026/27.
    1. That the Home to School Transport Policy for 2026/27, as set out in Appendix A, be approved.
    2. That the Director be authorised to make minor changes to the policy.
    Reasons for decision:
    The Council must publish its transport policy each year.
    Other options:
    Report author: Dana Hale
    Publication date: 05/03/2026
    Date of decision: 04/03/2026
    Decided at meeting: 04/03/2026 - Cabinet
    Accompanying Documents:
    """,
    "Home to School Transport Policy",
    resolutions=[
        ("1", "That the Home to School Transport Policy for 2026/27, as set out in Appendix A, be approved."),
        ("2", "That the Director be authorised to make minor changes to the policy."),
    ],
    reason="The Council must publish its transport policy each year.",
)
case("purpose-straight-under-a-yes-no-field-stays-purpose", """
    Decision details
    Allotment Rents
    Decision Maker: Cabinet Member for Parks
    Is Key decision?: No
    To set allotment rents for the coming year.
    Decision:
    That the rents in Appendix 1 be agreed.
    Date of decision: 12/01/2026
    """,
    "Allotment Rents",
    description="To set allotment rents for the coming year.",
    resolutions=[("", "That the rents in Appendix 1 be agreed.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_unspaced_fields_cost_work_in_proportion(monkeypatch):
    unit = "Is Key decision?: Yes\nThe Cabinet considered a report of the Director.\n"
    tail = "1. That the policy be approved.\n2. That it be published.\nDate of decision: 04/03/2026\n"
    assert_work_in_proportion(monkeypatch, lambda n: "Decision details\nBig Page\nDecision Maker: Cabinet\n" + unit * n + tail)
