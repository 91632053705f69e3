"""
A paragraph after a decision that tells what the report holds ("The report
sets out the options considered and the reasons for the recommendation.")
describes the paper, in the present tense: it is not part of the decision,
and stays in the minutes.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case


case("inline-decision-then-the-report-sets-out", """
    Corporate Risk Register

    A report from the Head of Audit is attached.

    Minutes:

    The Head of Audit introduced the report. Members asked about cyber security.

    DECISION:  The Cabinet noted the corporate risk register and agreed the revised risk appetite.

    The report sets out the options considered, if any, and the reasons for the recommendation and the decision.

    (Key decision)
    """,
    "Corporate Risk Register",
    description="A report from the Head of Audit is attached.",
    minutes="The Head of Audit introduced the report. Members asked about cyber security.\n\n"
            "The report sets out the options considered, if any, and the reasons for the recommendation and the decision."
            "\n\n(Key decision)",
    resolutions=[("", "The Cabinet noted the corporate risk register and agreed the revised risk appetite.")],
)
case("resolved-then-this-report-describes", """
    Leisure Centre Contract

    Minutes:

    RESOLVED: That the leisure centre contract be extended for two years.

    This report describes the alternatives that were considered and explains why they were rejected.
    """,
    "Leisure Centre Contract",
    minutes="This report describes the alternatives that were considered and explains why they were rejected.",
    resolutions=[("", "That the leisure centre contract be extended for two years.")],
)
case("agreed-then-the-attached-report-outlines", """
    Parking Review

    Minutes:

    AGREED: The Panel endorsed the parking review's recommendations.

    The attached report outlines the reasons for the recommendations.
    """,
    "Parking Review",
    minutes="The attached report outlines the reasons for the recommendations.",
    resolutions=[("", "The Panel endorsed the parking review's recommendations.")],
)
# A second paragraph that decides something is still the decision's.
case("second-paragraph-deciding-stays", """
    Parking Review

    Minutes:

    RESOLVED: That the parking review be endorsed.

    That the report be sent to the town councils.
    """,
    "Parking Review",
    resolutions=[("", "That the parking review be endorsed."), ("", "That the report be sent to the town councils.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_reads_the_page_exactly(text, expected):
    assert_read_exactly(text, expected)
