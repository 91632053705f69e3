"""
A "Decision details" page that lost its "Decision:" and "Reasons:"
headings, printing one "To <verb> ..." sentence and then paragraphs of
reasoning ("It is right and proper ...", "It is important that ...") over
the surviving "Other options considered ...:" label: reasoning is never a
decision.  The "To ..." sentence, the only one that could be, is the
decision, and the paragraphs between it and the options are its reasons.
Every case is written here and checks the whole record.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

for name, decision, reasoning, options in [
    ("to-adopt-then-right-and-important",
     "To adopt the revised complaints policy set out in appendix 1 of the report.",
     ["It is right and proper that residents can complain easily and have their complaints looked into.",
      "It is important that the Council keeps its policy under regular review."],
     "Other options considered and rejected by the Executive:"),
    ("to-approve-then-necessary",
     "To approve the updated tree management strategy for 2035 to 2040.",
     ["It is necessary to plan the care of the Council's trees over several years."],
     "Alternative options considered:"),
    ("to-agree-then-essential-and-important",
     "To agree the parking charges for 2036 as set out in the report.",
     ["It is essential that charges cover the cost of running the car parks.",
      "It is also important that charges stay in line with neighbouring councils."],
     "Other options considered and rejected:"),
]:
    body = "\n        ".join(reasoning)
    case(name, f"""
        Decision Maker: Executive
        Decision status: Recommendations Approved
        Is Key decision?: No
        Is subject to call in?: Yes
        {decision}
        {body}
        {options}
        Report author: Ann Example
        Publication date: 26/01/2035
        """,
        "",
        resolutions=[("", decision)],
        reason="\n".join(reasoning),
    )


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
