"""
A decision's list under a lead-in ("RESOLVED: That Cabinet" over "(1)
Endorsed the plan;") may lose the label of its last item in copying: the
paragraph after the list, unlabelled, before the documents or the page's end,
built like the items (a decision verb in the same form, completing the
lead-in: "Approved the annual report.") is a resolution of its own, its label
left empty, not the minutes' narrative.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

case("past-tense-item-after-a-numbered-item", """
    Agenda item

    Drainage Annual Report

    The purpose of this report is to present the annual drainage report.

    Minutes:

    The Director presented the report.

    RESOLVED:           That Cabinet

    (1)          Endorsed the work carried out to keep the drains clear as set out in the report;

    Approved the Drainage Annual Report 2023-24.

    Supporting documents:
    """,
    "Drainage Annual Report",
    description="The purpose of this report is to present the annual drainage report.",
    resolutions=[("1", "Endorsed the work carried out to keep the drains clear as set out in the report;"),
                 ("", "Approved the Drainage Annual Report 2023-24.")],
    minutes="The Director presented the report.",
    preamble="That Cabinet",
)
case("past-tense-item-after-lettered-items-at-the-end", """
    Play Areas Review

    Minutes:

    Members discussed the condition of the play areas.

    RESOLVED – That the Committee

    a) Noted the findings of the review;

    b) Agreed the order of repairs in Appendix B;

    Requested a further report in the spring.
    """,
    "Play Areas Review",
    resolutions=[("a", "Noted the findings of the review;"), ("b", "Agreed the order of repairs in Appendix B;"),
                 ("", "Requested a further report in the spring.")],
    minutes="Members discussed the condition of the play areas.",
    preamble="That the Committee",
)
case("base-form-item-after-numbered-items", """
    Allotment Rents

    Minutes:

    RESOLVED: That Council:

    1. Approve the allotment rents for 2025/26;

    2. Note the waiting list figures;

    Delegate the letting of vacant plots to the Parks Manager.

    Supporting documents:
    """,
    "Allotment Rents",
    resolutions=[("1", "Approve the allotment rents for 2025/26;"), ("2", "Note the waiting list figures;"),
                 ("", "Delegate the letting of vacant plots to the Parks Manager.")],
    preamble="That Council:",
)

# must not change: narrative after the list is the minutes'
case("narrative-after-the-list-stays-the-minutes", """
    Play Areas Review

    Minutes:

    RESOLVED – That the Committee

    a) Noted the findings of the review;

    b) Agreed the order of repairs in Appendix B.

    The Chair thanked officers for their work on the review.
    """,
    "Play Areas Review",
    resolutions=[("a", "Noted the findings of the review;"), ("b", "Agreed the order of repairs in Appendix B.")],
    minutes="The Chair thanked officers for their work on the review.",
)
# must not change: a paragraph in another form than the items is not one of them
case("paragraph-in-another-form-stays-the-minutes", """
    Play Areas Review

    Minutes:

    RESOLVED – That the Committee

    a) Noted the findings of the review;

    b) Agreed the order of repairs in Appendix B.

    Noting the weather, the Chair closed the meeting early.
    """,
    "Play Areas Review",
    resolutions=[("a", "Noted the findings of the review;"), ("b", "Agreed the order of repairs in Appendix B.")],
    minutes="Noting the weather, the Chair closed the meeting early.",
)
# must not change: thanks after the list tell the meeting, not what it decided
case("thanks-after-the-list-stay-the-minutes", """
    Play Areas Review

    Minutes:

    RESOLVED – That the Committee

    a) Noted the findings of the review;

    b) Agreed the order of repairs in Appendix B.

    Thanked the officers for their work on the review.
    """,
    "Play Areas Review",
    resolutions=[("a", "Noted the findings of the review;"), ("b", "Agreed the order of repairs in Appendix B.")],
    minutes="Thanked the officers for their work on the review.",
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_items_that_lost_their_markers_cost_work_in_proportion(monkeypatch):
    assert_work_in_proportion(
        monkeypatch, lambda n: "T\nMinutes:\nRESOLVED: That Cabinet\n" + "(1) Noted the report;\n" * n + "\nApproved it.\n"
    )
