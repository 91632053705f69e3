"""
A "Decision details" page copied without its "Purpose:", "Decision:",
"Reasons for the decision:" and "Alternative options considered:" headings
gives its purpose, then its decision, then its reasons, then the options
rejected ("Do nothing - ...", "None", "There have been no alternative options
considered."), then its closing fields, a line each.  The paragraph standing between the
decision and that options line is the reasons for the decision, whether the
decision was found without its marker or by one ("Cabinet considered the
report and RESOLVED:").  Without such
a line under it, a paragraph after the decision is not read as the reasons.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

_REASON = "To make sure that Cabinet is kept informed of the review's findings and can act on them."
_OPTIONS = (
    "Do nothing \u2013 the review's recommendations would not be taken forward.",
    "Do nothing - none of the review's recommendations would be approved.",
    "There have been no alternative options considered.",
    "No other options were considered.",
    "None.",
)
_FIELDS = """Conflict of Interest: None
Publication date: 01/02/2023
Date of decision: 01/02/2023"""

_DECISIONS = (
    (["1. That the recommendations in section 5 of the review panel's report are approved.",
      "2. That a working group be set up to take the recommendations forward;"],
     [("1", "That the recommendations in section 5 of the review panel's report are approved."),
      ("2", "That a working group be set up to take the recommendations forward;")]),
    (["That the recommendations in the review panel's report be approved."],
     [("", "That the recommendations in the review panel's report be approved.")]),
    (["Cabinet considered the report and RESOLVED:", "To note the review panel's findings."],
     [("", "To note the review panel's findings.")]),
    (["The Committee RESOLVED that the review panel's recommendations be agreed."],
     [("", "that the review panel's recommendations be agreed.")]),
)

for n, options in enumerate(_OPTIONS):
    for m, (decision, resolutions) in enumerate(_DECISIONS):
        body = "\n".join([
            "Decision Maker: Cabinet",
            "Decision status: Recommendations Approved",
            "Is Key decision?: No",
            "Is subject to call in?: Yes",
            "To present the review panel's final report.",
            *decision,
            _REASON,
            options,
            _FIELDS,
        ])
        case(f"reason-before-options-{n}-{m}", body, "",
             description="To present the review panel's final report.",
             resolutions=resolutions,
             reason=_REASON)

case("paragraph-after-decision-without-options-line-is-no-reason", """
    Decision Maker: Cabinet
    Decision status: Recommendations Approved
    Is Key decision?: No
    Is subject to call in?: Yes
    To present the review panel's final report.
    1. That the recommendations in section 5 of the review panel's report are approved.
    2. That a working group be set up to take the recommendations forward;
    The Chair thanked the panel for its work.
    Publication date: 01/02/2023
    Date of decision: 01/02/2023
    """,
    "",
    description="To present the review panel's final report.",
    resolutions=[
        ("1", "That the recommendations in section 5 of the review panel's report are approved."),
        ("2", "That a working group be set up to take the recommendations forward;"),
    ],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_reasons_before_options_cost_work_in_proportion(monkeypatch):
    unit = "1. That the report be approved.\nTo keep Cabinet informed.\nDo nothing - not approved.\n"
    assert_work_in_proportion(
        monkeypatch, lambda n: "Decision Maker: Cabinet\nDecision status: Approved\nTo present it.\n" + unit * n
        + "Date of decision: 01/02/2023\n")
