"""
On a "Decision details" page that lost its "Purpose:" and "Decision:"
headings, text above the decision that tells how the body came to it ("Cabinet
received a report ...") is the minutes' narrative; but when that text says in
so many words what the report is for ("The purpose of this report is to ..."),
it is the item's purpose, its opening sentence with it, whether or not a
marker ("Cabinet considered the report and RESOLVED:") opens the decision.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

_OPENINGS = (
    "Cabinet received a report following the questions raised at Full Council.",
    "The Executive considered a report on the questions raised by residents.",
    "The Cabinet received an update on the questions raised at Full Council.",
)
_PURPOSES = (
    "The purpose of this report is to update Cabinet on the answers given to those questions.",
    "The purpose of the report is to tell Cabinet how the questions have been answered.",
    "The aim of this report is to update Cabinet on the answers given.",
)

for n, opening in enumerate(_OPENINGS):
    for m, purpose in enumerate(_PURPOSES):
        case(f"purpose-sentence-under-narrative-{n}-{m}", f"""
            Decision Maker: Cabinet
            Decision status: Recommendations Approved
            Is Key decision?: No
            Is subject to call in?: No
            {opening}
            {purpose}
            That the answers given to the questions be noted.
            Publication date: 03/04/2022
            Date of decision: 03/04/2022
            """,
            "",
            description=f"{opening}\n{purpose}",
            resolutions=[("", "That the answers given to the questions be noted.")],
        )
        case(f"purpose-sentence-over-a-marked-decision-{n}-{m}", f"""
            Decision Maker: Cabinet
            Decision status: Recommendations Approved
            Is Key decision?: No
            Is subject to call in?: No
            {opening}
            {purpose}
            Cabinet considered the report and RESOLVED:
            To note the answers given to the questions.
            Publication date: 03/04/2022
            Date of decision: 03/04/2022
            """,
            "",
            description=f"{opening}\n{purpose}",
            resolutions=[("", "To note the answers given to the questions.")],
        )

case("narrative-without-a-purpose-sentence-stays-minutes", """
    Decision Maker: Cabinet
    Decision status: Recommendations Approved
    Is Key decision?: No
    Is subject to call in?: No
    Cabinet received a report following the questions raised at Full Council.
    That the answers given to the questions be noted.
    Publication date: 03/04/2022
    Date of decision: 03/04/2022
    """,
    "",
    resolutions=[("", "That the answers given to the questions be noted.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_purpose_sentences_cost_work_in_proportion(monkeypatch):
    unit = "Cabinet received a report.\nThe purpose of this report is to update Cabinet.\n"
    assert_work_in_proportion(
        monkeypatch, lambda n: "Decision Maker: Cabinet\nDecision status: Approved\n" + unit * n
        + "That the report be noted.\nDate of decision: 01/02/2023\n")
