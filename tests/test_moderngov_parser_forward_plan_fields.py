"""
A forward plan's "Issue details" page gives the decision to be made, then
its fields.  Besides those every decision page has, it may say the decision
will be taken under urgency procedures ("This decision will be taken under
urgency procedures."), then give the "Reason for urgency:" (its answer on
the next line), the "Lead director:", whether the public will be excluded
and whether there are background papers: all are the page's details,
neither its purpose nor minutes.  Only among the page's opening fields are
they read so.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

case("issue-details-taken-under-urgency", """
    Issue details

    Review of the Grounds Maintenance Contract

    1.         To note the performance of the grounds maintenance contract.

    2.         To approve the extension of the contract for two years.

    Decision type: Key

    Decision status: Recommendations Approved

    Notice of proposed decision first published: 03/03/2031

    This decision will be taken under urgency procedures.

    Reason for urgency:
    The contract ends before the next meeting of the Cabinet

    Decision due: 10 Mar 2031 by Cabinet

    Lead member: Cabinet Member for Environment

    Lead director: Director of Place

    Will the public be excluded?: Yes, paragraph 3 (information about the business affairs of a person)

    Are there any background papers: No


    Agenda items
    """,
    "Review of the Grounds Maintenance Contract",
    description=("1. To note the performance of the grounds maintenance contract.\n\n"
                 "2. To approve the extension of the contract for two years."),
    minutes="",
    details=[
        ("Decision type", "Key"),
        ("Decision status", "Recommendations Approved"),
        ("Notice of proposed decision first published", "03/03/2031"),
        ("Urgency", "This decision will be taken under urgency procedures."),
        ("Reason for urgency", "The contract ends before the next meeting of the Cabinet"),
        ("Decision due", "10 Mar 2031 by Cabinet"),
        ("Lead member", "Cabinet Member for Environment"),
        ("Lead director", "Director of Place"),
        ("Will the public be excluded?", "Yes, paragraph 3 (information about the business affairs of a person)"),
        ("Are there any background papers", "No"),
    ],
)
case("urgency-words-in-the-minutes-stay-minutes", """
    Agenda item

    Storm Damage Repairs

    Minutes:

    The Chair explained that this decision will be taken under urgency procedures.

    Reason for urgency: the repairs cannot wait for the next meeting.

    RESOLVED: That the repairs be approved.
    """,
    "Storm Damage Repairs",
    resolutions=[("", "That the repairs be approved.")],
    minutes=("The Chair explained that this decision will be taken under urgency procedures.\n\n"
             "Reason for urgency: the repairs cannot wait for the next meeting."),
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_forward_plan_fields_cost_work_in_proportion(monkeypatch):
    unit = "This decision will be taken under urgency procedures.\n\nReason for urgency:\nTime\n\nLead director: X\n\n"
    assert_work_in_proportion(monkeypatch, lambda n: "Issue details\n\nBig Issue\n\nTo approve it.\n\n" + unit * n)
