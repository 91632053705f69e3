"""
A reason given after each resolution, when the resolutions are worded as
what the body resolved "to" do ("1. To approve ...", "Reason: ...", "2. To
delegate ..."): the next numbered item carries on the decision list, and each
reason joins the reason for the decision.  An item worded as a reason ("2. To
ensure ...") is still part of the reason, and a reason that is itself a list
keeps its items.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case


case("numbered-infinitive-items-each-with-a-reason", """
    Agenda item
    Charging Policy
    Minutes:
    The Cabinet considered the consultation responses.
    Resolved:
    1.\tTo approve the revised charging policy.
    Reason: To apply charges fairly.
    2.\tTo delegate authority to the Director to make minor amendments.
    Reason: To keep the policy up to date.
    Supporting documents:
    """,
    "Charging Policy",
    resolutions=[("1", "To approve the revised charging policy."),
                 ("2", "To delegate authority to the Director to make minor amendments.")],
    reason="To apply charges fairly.\n\nTo keep the policy up to date.",
)
case("lettered-infinitive-items-with-reasons-and-blank-lines", """
    Issue - decisions
    Parking Review
    10/01/2024 - Parking Review
    RESOLVED:

    (a)  to introduce evening charges in the town centre car parks;

    Reason for decision: to manage demand in the evening economy.

    (b)  to withdraw the permit scheme at Mill Street;

    Reason for decision: the scheme is little used.

    (c)  to review the tariffs in twelve months.

    Reason for decision: to assess the effect of the changes.
    """,
    "Parking Review",
    resolutions=[("a", "to introduce evening charges in the town centre car parks;"),
                 ("b", "to withdraw the permit scheme at Mill Street;"),
                 ("c", "to review the tariffs in twelve months.")],
    reason="to manage demand in the evening economy.\n\nthe scheme is little used.\n\n"
           "to assess the effect of the changes.",
)
case("item-worded-as-a-reason-stays-in-the-reason", """
    Agenda item
    Tree Strategy
    Minutes:
    RESOLVED:
    1. To adopt the Tree Strategy.
    Reason:
    The strategy sets the planting targets.
    2. To ensure the targets are monitored each year.
    Supporting documents:
    """,
    "Tree Strategy",
    resolutions=[("1", "To adopt the Tree Strategy.")],
    reason="The strategy sets the planting targets.\n2. To ensure the targets are monitored each year.",
)
case("numbered-reasons-are-not-resumed-decisions", """
    Agenda item
    Waste Collection Contract
    Minutes:
    RESOLVED:
    1. To award the contract to the preferred bidder.
    Reasons:
    1. To secure the service from April.
    2. To achieve the savings in the budget.
    Supporting documents:
    """,
    "Waste Collection Contract",
    resolutions=[("1", "To award the contract to the preferred bidder.")],
    reason="1. To secure the service from April.\n2. To achieve the savings in the budget.",
)


@pytest.mark.parametrize("text, expected", CASES)
def test_reasons_between_infinitive_items(text, expected):
    assert_read_exactly(text, expected)
