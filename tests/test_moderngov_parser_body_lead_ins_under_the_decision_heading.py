"""
Under a "Decision:" heading the decision may open with a lead-in naming who
decided, the marker inside it ("The Executive Mayor in Cabinet Resolved to:",
"The Leader of the Council resolved that:"), over its list: that whole line is
the list's preamble, not only the words after the marker.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

for name, lead_in in [
    ("mayor-in-cabinet-resolved-to", "The Executive Mayor in Cabinet Resolved to:"),
    ("leader-resolved-that", "The Leader of the Council resolved that:"),
    ("committee-resolved-to-in-capitals", "The Planning Committee RESOLVED to:"),
]:
    case(name, f"""
    Decision details

    Bus Shelter Programme

    Decision Maker: Cabinet

    Decision:

    {lead_in}

    1. Approve the programme of new bus shelters;

    2. Note the funding in Appendix B.

    Publication date: 24/04/2025
    """,
        "Bus Shelter Programme",
        preamble=lead_in,
        resolutions=[("1", "Approve the programme of new bus shelters;"), ("2", "Note the funding in Appendix B.")],
    )

# must not change: a marker opening the line leaves only its lead-in's words
case("marker-opening-the-line-keeps-its-lead-in", """
    Decision details

    Bus Shelter Programme

    Decision Maker: Cabinet

    Decision:

    RESOLVED to:

    1. Approve the programme of new bus shelters;

    2. Note the funding in Appendix B.
    """,
    "Bus Shelter Programme",
    preamble="to:",
    resolutions=[("1", "Approve the programme of new bus shelters;"), ("2", "Note the funding in Appendix B.")],
)
# must not change: in the minutes, "It was resolved to:" leads in with its last words
case("it-was-resolved-in-the-minutes", """
    Bus Shelter Programme

    Minutes:

    It was resolved to:

    1. Approve the programme of new bus shelters;

    2. Note the funding in Appendix B.
    """,
    "Bus Shelter Programme",
    preamble="to:",
    resolutions=[("1", "Approve the programme of new bus shelters;"), ("2", "Note the funding in Appendix B.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
