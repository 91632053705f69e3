"""
Between two numbered decisions may stand a paragraph of its own that opens a
new "That ..." sentence leading into the items below it, ended by ";" where
":" was meant ("That Cabinet recommend that Council;").  When the item above it
ended with its full stop, that paragraph does not go on with the item above:
it is kept where it stands, as an unlabelled resolution of its own.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

_LEADS = (
    "That Cabinet recommend that Council;",
    "That the Executive recommends to Full Council;",
    "THAT the Committee recommend to the Council;",
)
_STYLES = (("1.", "2.", "3.", "1", "2", "3"), ("(1)", "(2)", "(3)", "1", "2", "3"), ("a)", "b)", "c)", "a", "b", "c"))

for n, lead in enumerate(_LEADS):
    for m, (l1, l2, l3, n1, n2, n3) in enumerate(_STYLES):
        case(f"that-lead-in-on-a-decision-page-{n}-{m}", f"""
            Decision details

            Parks Budget 2021/22

            Decision Maker: Cabinet, Council

            Decision status: Recommendations Approved

            Is Key decision?: No

            Is subject to call in?: No


            {l1}            That authority be delegated to the Head of Parks to adjust the planting programme in Appendix 2.


            {lead}


            {l2}            Approve the Parks budget for 2021/22 as set out in Appendix 1.


            {l3}            Approve capital spending of £1.2m on play areas in 2021/22.

            Wards Affected: (All Wards);
            """,
            "Parks Budget 2021/22",
            resolutions=[
                (n1, "That authority be delegated to the Head of Parks to adjust the planting programme in Appendix 2."),
                ("", lead),
                (n2, "Approve the Parks budget for 2021/22 as set out in Appendix 1."),
                (n3, "Approve capital spending of £1.2m on play areas in 2021/22."),
            ],
        )
    case(f"that-lead-in-under-a-marker-{n}", f"""
        Agenda item
        Parks Budget
        Minutes:
        The Head of Parks presented the report.
        RESOLVED:

        1. That the planting programme be noted.

        {lead}

        2. Approve the Parks budget for 2021/22.

        3. Approve the play area works.
        """,
        "Parks Budget",
        resolutions=[("1", "That the planting programme be noted."), ("", lead),
                     ("2", "Approve the Parks budget for 2021/22."), ("3", "Approve the play area works.")],
    )

case("that-sentence-going-on-with-an-open-item-stays-its", """
    Agenda item
    Parks Budget
    Minutes:
    RESOLVED:

    1. That the planting programme be noted, and

    That the Head of Parks report back in June;

    2. That the budget be approved.
    """,
    "Parks Budget",
    resolutions=[("1", "That the planting programme be noted, and That the Head of Parks report back in June;"),
                 ("2", "That the budget be approved.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_that_lead_ins_between_items_cost_work_in_proportion(monkeypatch):
    unit = "1. That the report be noted.\n\nThat Cabinet recommend that Council;\n\n2. Approve the budget.\n\n"
    assert_work_in_proportion(monkeypatch, lambda n: "Agenda item\nBig Page\nMinutes:\nRESOLVED:\n\n" + unit * n)
