"""
Headings and lead-ins written as sentences around a decision, and pages
that record none.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

# "The above decision has been made for the following reasons:" heads the reasons.
case("reasons-announced-after-the-decision", """
    Meeting: 09/09/2031 - Cabinet (Item 52)

    52 Depot Relocation pdf icon PDF 90 KB

    Report of the Strategic Director, Place

    Minutes:

    The Cabinet considered options for the council depot.

    RESOLVED -

    That the depot be relocated to the Eastfield site.

    The above decision has been made for the following reasons:

    (A)

    To reduce the running costs of the depot.

    (B)

    To free the present site for housing.
    """,
    "Depot Relocation",
    description="Report of the Strategic Director, Place",
    resolutions=[("", "That the depot be relocated to the Eastfield site.")],
    reason="(A) To reduce the running costs of the depot.\n\n(B) To free the present site for housing.",
)

case("decision-made-in-a-sentence-is-not-a-heading", """
    Agenda item

    Depot Relocation

    To consider relocating the depot.

    Minutes:

    RESOLVED: That the depot be relocated, the decision having been made for the following reasons being urgent.
    """,
    "Depot Relocation",
    description="To consider relocating the depot.",
    resolutions=[("", "That the depot be relocated, the decision having been made for the following reasons "
                      "being urgent.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_reads_the_page(text, expected):
    assert_read_exactly(text, expected)


def test_reasons_headings_cost_work_in_proportion(monkeypatch):
    unit = "The above decision has been made for the following reasons: to save money.\n\n"
    assert_work_in_proportion(monkeypatch, lambda n: "Agenda item\nBudget\nRESOLVED: That it be done.\n" + unit * n)
