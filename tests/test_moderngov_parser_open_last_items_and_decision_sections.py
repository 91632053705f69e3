"""
Two shapes of pages that break every line with a blank one:

* a punctuated list's last item left open ("(3) the updated Guides to
  Fostering and Fostering Support", blank, "Services be published."): the
  short line after the blank ending with a full stop is the rest of the
  item's sentence when only with it does the item say what shall be done;
* a decision marked inside ModernGov's "Decision:" section ("Having
  considered ..., the Mayor" / "agreed that:") is that section's decision,
  so its copy under the "Minutes:" heading ("RESOLVED that: ...") is read once.

Every case is written here and checks the whole record.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case


case("issue-meetings-decision-section-and-minutes-copy-with-broken-last-item", """
    Issue - meetings

    Fostering SoP

    Meeting: 12/06/2019 - Mayor and Cabinet (Item 14)

    14 Fostering SoP pdf icon PDF 120 KB

    Additional documents:

    Decision:

    Having considered an officer report and a presentation by the Cabinet

    Member for Children, Councillor Rhys Allen, the Mayor

    agreed that:

    (1)       the report on the work of the Fostering Service be received;

    (2)       the Statement of Purpose 2019-20 be approved; and

    (3)       the updated Guides to Fostering and Fostering Support

    Services be published.

    Minutes:

    Having considered an officer report and a presentation by the Cabinet

    Member for Children, Councillor Rhys Allen, the Mayor, for

    the reasons set out in the report:

    RESOLVED that:

    (1)       the report on the work of the Fostering Service be received;

    (2)       the Statement of Purpose 2019-20 be approved; and

    (3)       the updated Guides to Fostering and Fostering Support

    Services be published.
    """,
    "Fostering SoP",
    resolutions=[("1", "the report on the work of the Fostering Service be received;"),
                 ("2", "the Statement of Purpose 2019-20 be approved; and"),
                 ("3", "the updated Guides to Fostering and Fostering Support Services be published.")],
)
case("agenda-item-broken-last-item-of-a-semicolon-list", """
    Agenda item

    Play Strategy

    Minutes:

    Members welcomed the strategy.

    RESOLVED that:

    (a) the consultation responses be noted;

    (b) the Play Strategy and its Action Plan for Parks and Open

    Spaces be adopted.
    """,
    "Play Strategy",
    preamble="that:",
    resolutions=[("a", "the consultation responses be noted;"),
                 ("b", "the Play Strategy and its Action Plan for Parks and Open Spaces be adopted.")],
    minutes="Members welcomed the strategy.",
)
case("decision-section-narrative-lead-in-then-list-then-reason", """
    Agenda item

    Allotment Rents

    Decision:

    Having considered an officer report, the Cabinet agreed that:

    (1) allotment rents rise by 3% from April; and

    (2) concessions remain at half the full rent.

    Minutes:

    The Cabinet Member introduced the report.

    RESOLVED that:

    (1) allotment rents rise by 3% from April; and

    (2) concessions remain at half the full rent.
    """,
    "Allotment Rents",
    resolutions=[("1", "allotment rents rise by 3% from April; and"),
                 ("2", "concessions remain at half the full rent.")],
)

# --- must not change --------------------------------------------------------------------

# a line after an open last item telling what happened is the minutes'
case("narrative-line-after-an-open-last-item-stays-minutes", """
    Agenda item

    Bus Shelters

    Minutes:

    RESOLVED that:

    (a) the shelter survey be noted; and

    (b) the new shelters be placed at the six stops

    Councillor Lee left the meeting.
    """,
    "Bus Shelters",
    preamble="that:",
    resolutions=[("a", "the shelter survey be noted; and"), ("b", "the new shelters be placed at the six stops")],
    minutes="Councillor Lee left the meeting.",
)
# decisions after the "Minutes:" heading that differ from the Decision section are both kept
case("different-decision-in-the-minutes-is-kept", """
    Agenda item

    Car Park Charges

    Decision:

    Having considered the report, the Cabinet agreed that:

    (1) the charges be frozen for a year.

    Minutes:

    RESOLVED that:

    (1) officers report on season tickets in June.
    """,
    "Car Park Charges",
    resolutions=[("1", "the charges be frozen for a year."),
                 ("1", "officers report on season tickets in June.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


REPEATED = [
    lambda n: "RESOLVED that:\n\n" + "(a) x be y;\n\n" * n + "(b) the Guides\n\nServices be published.\n",
    lambda n: "Decision:\n\nThe Cabinet agreed that:\n\n" + "(1) x be y;\n\n" * n + "Minutes:\n\nRESOLVED z.\n",
    lambda n: "RESOLVED that:\n\n(a) x be y;\n\n(b) the Guides\n\n" + "Services be published.\n\n" * n,
]


@pytest.mark.parametrize("body", REPEATED, ids=range(len(REPEATED)))
def test_repeated_shapes_cost_work_in_proportion_to_their_size(body, monkeypatch):
    assert_work_in_proportion(monkeypatch, lambda n: "Agenda item\nTitle\n" + body(n))
