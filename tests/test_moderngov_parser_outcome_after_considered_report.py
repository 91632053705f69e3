"""
A "Decision details" page that lost its "Purpose:" and "Decision:" headings
may tell, first, how the body came to decide ("Cabinet considered a report of
the Director ... During the discussion ...") and then the outcome in a
sentence of its own ("The recommendations in the report were considered and
agreed.").  The outcome is the decision; the paragraph above it is the
minutes', and a note after it ("A decision record is attached to these
minutes.") is no part of it.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

FIELDS_ABOVE = """
        Decision Maker: Cabinet
        Decision status: Recommendations Approved (subject to call-in)
        Is Key decision?: No
        Is subject to call in?: Yes"""
FIELDS_BELOW = """
        Publication date: 14/03/2022
        Date of decision: 14/03/2022
        Decided at meeting: 14/03/2022 - Cabinet
        Accompanying Documents:"""

for name, narrative, outcome, note in (
    (
        "recommendations-considered-and-agreed",
        "Cabinet considered a report of the Director of Children's Services giving the annual update on "
        "school place planning. During the discussion, it was heard that pupil numbers had fallen in the "
        "north of the county. The fall was driven mainly by lower birth rates.",
        "The recommendations in the report were considered and agreed.",
        " A decision record is attached to these minutes.",
    ),
    (
        "recommendation-approved-no-note",
        "The Executive considered a report of the Head of Finance on the treasury outturn. Members asked "
        "about the returns on the property fund, which had exceeded the forecast.",
        "The recommendation set out in the report was approved.",
        "",
    ),
    (
        "recommendations-were-agreed-with-note",
        "The Committee considered the report of the Chief Executive on the workforce strategy. It was heard that "
        "vacancy rates had fallen over the year.",
        "The recommendations were agreed.",
        " The decision record is appended to the minutes.",
    ),
):
    case(f"outcome-after-a-considered-report-{name}", f"""
        {FIELDS_ABOVE}
        {narrative}
        {outcome}{note}
        {FIELDS_BELOW}
        """.replace("\n        \n", "\n"),
        "",
        resolutions=[("", outcome)],
    )


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_outcomes_after_considered_reports_cost_work_in_proportion(monkeypatch):
    unit = "Cabinet considered a report of the Director. It was heard that it grew.\n"
    assert_work_in_proportion(
        monkeypatch,
        lambda n: FIELDS_ABOVE.replace("        ", "") + "\n" + unit * n
        + "The recommendations were agreed.\n" + FIELDS_BELOW.replace("        ", ""),
    )
