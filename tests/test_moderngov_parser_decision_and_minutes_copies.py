"""
An "Issue - meetings" or agenda item's page prints the decision under
"Decision:" and again in its "Minutes:".  The two copies are one decision,
read once:

* the minutes' copy may be reworded a little ("the responses to members
  questions" / "the response to a member's question"): a word and its plural
  or possessive are the same word;
* the "Decision:" section may only say the recommendations were agreed
  ("AGREED RECOMMENDATIONS", "Recommendations approved"), its reason "as
  specified in the report": then the minutes' decision and reason are the
  record's, and the placeholder is no resolution.

Every case is written here and checks the whole record.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

case("minutes-copy-reworded-in-the-singular", """
    Issue - meetings

    Treasury Management Update

    Meeting: 04/05/2023 - Audit Committee (Item 7)

    7 Treasury Management Update PDF 120 KB

    Decision:

    (i) to note the answers to members enquiries; and

    (ii) to otherwise note the report.

    Minutes:

    The Committee had before it a report by the Head of Finance on treasury activity in the year.

    The Committee resolved:-

    (i) to note the answer to a member's enquiry; and

    (ii) to otherwise note the report.
    """,
    "Treasury Management Update",
    number="7",
    resolutions=[("i", "to note the answers to members enquiries; and"),
                 ("ii", "to otherwise note the report.")],
    minutes="The Committee had before it a report by the Head of Finance on treasury activity in the year.",
)
case("placeholder-decision-defers-to-the-minutes", """
    Issue - meetings

    Street Lighting Plan 2024/25

    Meeting: 11/01/2024 - Executive (Item 41)

    41 Street Lighting Plan 2024/25 PDF 90 KB

    Decision:

    AGREED RECOMMENDATIONS

    Reason for decision – as specified in the report.

    Minutes:

    RESOLVED:

    3.1 That the street lighting priorities for 2024/25 set out in section 3 of the report be agreed.

    3.2 That the progress on the LED lantern programme be noted.

    Reason for decision – to agree the priorities for street lighting in the coming year.
    """,
    "Street Lighting Plan 2024/25",
    number="41",
    resolutions=[("3.1", "That the street lighting priorities for 2024/25 set out in section 3 of the report be agreed."),
                 ("3.2", "That the progress on the LED lantern programme be noted.")],
    reason="to agree the priorities for street lighting in the coming year.",
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
