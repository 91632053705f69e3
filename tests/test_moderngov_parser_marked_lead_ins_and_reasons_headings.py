"""
Headings and lead-ins written as sentences around a decision, and pages
that record none.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

# A "Decision:" section telling what happened, then leading in by its marker ("..., the Cabinet
# Member for Leisure resolved that:"): the decision is under that lead-in, even unlabelled.
case("decision-section-narrative-then-a-marked-lead-in", """
    Issue - meetings

    Play Area Inspections 2030-31

    Meeting: 14/06/2031 - Parks Advisory Board (Item 8)

    8 Play Area Inspections 2030-31 pdf icon PDF 52 KB

    Additional documents:

    Decision:

    (Report of the Head of Parks and Leisure)

    The report summarised the inspections of the district's play areas during the year. Repairs were made at four sites.

    Following consideration by the Parks Advisory Board, the Cabinet Member for Leisure resolved that:

    The inspection programme for 2031/32 be approved.

    Minutes:

    The report of the Head of Parks and Leisure set out the inspections of the district's play areas.

    RECOMMENDED: That the inspection programme for 2031/32 be approved.
    """,
    "Play Area Inspections 2030-31",
    resolutions=[("", "The inspection programme for 2031/32 be approved.")],
    number="8",
)

case("decision-section-marked-lead-in-over-a-numbered-list", """
    Agenda item

    Cemetery Fees

    Decision:

    (Report of the Director of Place)

    The report described the proposed fees. Members noted the comparison with nearby councils.

    Following consideration, the Cabinet Member for Environment agreed that:

    (1) the fees be increased by 3%;

    (2) the fees be reviewed next year.
    """,
    "Cemetery Fees",
    resolutions=[("1", "the fees be increased by 3%;"), ("2", "the fees be reviewed next year.")],
)

case("decision-section-lead-in-without-narrative-above-stays-whole", """
    Agenda item

    Cemetery Fees

    Decision:

    The Cabinet Member for Environment resolved that:

    The fees be increased by 3%.
    """,
    "Cemetery Fees",
    resolutions=[("", "The fees be increased by 3%.")],
)

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


# An "Issue - decisions" page that tells only how the meeting proceeded records no decision.
case("issue-decisions-page-telling-only-the-proceedings", """
    Issue - decisions

    Late Item

    02/10/2031 - Late Item

        The Chair said that a councillor had asked for a late item to be heard at the meeting under the rules of procedure.  The item was heard before the main business.
    """,
    "Late Item",
    minutes="The Chair said that a councillor had asked for a late item to be heard at the meeting under "
            "the rules of procedure. The item was heard before the main business.",
)

case("issue-decisions-page-telling-an-outcome-in-the-past-tense-decides", """
    Issue - decisions

    Tree Planting Programme

    02/10/2031 - Tree Planting Programme

    The programme was approved.
    """,
    "Tree Planting Programme",
    resolutions=[("", "The programme was approved.")],
)

case("issue-decisions-page-with-a-body-deciding-decides", """
    Issue - decisions

    Tree Planting Programme

    02/10/2031 - Tree Planting Programme

    The Cabinet considered the report of the Director. The Cabinet noted the report.
    """,
    "Tree Planting Programme",
    resolutions=[("", "The Cabinet considered the report of the Director. The Cabinet noted the report.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_reads_the_page(text, expected):
    assert_read_exactly(text, expected)


def test_narrated_decision_sections_cost_work_in_proportion(monkeypatch):
    unit = "The report set out the inspections made.\n\n"
    assert_work_in_proportion(monkeypatch, lambda n: (
        "Agenda item\nFees\nDecision:\n(Report of the Director)\n\n" + unit * n
        + "Following consideration, the Cabinet Member resolved that:\n\nThe fees be increased.\n"))


def test_long_lead_ins_cost_work_in_proportion(monkeypatch):
    assert_work_in_proportion(monkeypatch, lambda n: (
        "Agenda item\nFees\nDecision:\n(Report of the Director)\n\nThe report was read.\n\n"
        + "resolved " * n + "that:\n\nThe fees be increased.\n"))


def test_reasons_headings_cost_work_in_proportion(monkeypatch):
    unit = "The above decision has been made for the following reasons: to save money.\n\n"
    assert_work_in_proportion(monkeypatch, lambda n: "Agenda item\nBudget\nRESOLVED: That it be done.\n" + unit * n)


def test_proceedings_only_pages_cost_work_in_proportion(monkeypatch):
    unit = "The Chair explained the order of business. "
    assert_work_in_proportion(monkeypatch, lambda n: (
        "Issue - decisions\n\nLate Item\n\n02/10/2031 - Late Item\n\n" + unit * n + "\n"))
