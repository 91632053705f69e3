"""
A decision that is whole by itself and ends in ":" over numbered rows that
decide nothing by themselves ("That the application be APPROVED subject to
the following conditions:" over "1. Time limit", "2. Landscaping scheme"):
the rows are part of that one decision, as printed, not resolutions of
their own.  A lead-in whose subject is the list ("That the following be
approved:") or whose rows each decide something keeps them as resolutions.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case


case("approved-subject-to-numbered-conditions", """
    Land at Pennyfield Farm, Westmoor

    To consider the above planning application.

    Minutes:

    The Committee considered a report regarding the above planning application.

    RESOLVED – That, for the reasons set out in the report, the application be APPROVED subject to the following conditions:
    1. Commencement within three years
    2. Approved Drawings
    3. Brickwork to match the host dwelling
    4. Deliveries 08:00 – 17:00 weekdays only
    """,
    "Land at Pennyfield Farm, Westmoor",
    description="To consider the above planning application.",
    minutes="The Committee considered a report regarding the above planning application.",
    resolutions=[("", "That, for the reasons set out in the report, the application be APPROVED subject to the"
                      " following conditions:\n1. Commencement within three years\n2. Approved Drawings\n"
                      "3. Brickwork to match the host dwelling\n4. Deliveries 08:00 – 17:00 weekdays only")],
)
case("refused-for-lettered-reasons-set-apart", """
    Former Mill Site, Lowbridge Road

    Minutes:

    Members discussed the highway objections.

    RESOLVED: That the application be refused for the following reasons:

    (a) Loss of residential amenity

    (b) Inadequate parking provision
    """,
    "Former Mill Site, Lowbridge Road",
    minutes="Members discussed the highway objections.",
    resolutions=[("", "That the application be refused for the following reasons:\n(a) Loss of residential amenity\n"
                      "(b) Inadequate parking provision")],
)
case("permission-granted-with-conditions-and-informative", """
    12 Orchard Close, Hatherby

    Minutes:

    RESOLVED – That planning permission be granted subject to the conditions below:
    1. Standard three year limit
    2. Obscure glazing to the side window
    3. Removal of permitted development rights
    """,
    "12 Orchard Close, Hatherby",
    resolutions=[("", "That planning permission be granted subject to the conditions below:\n"
                      "1. Standard three year limit\n2. Obscure glazing to the side window\n"
                      "3. Removal of permitted development rights")],
)
# The lead-in's subject is the list itself: each row is decided.
case("following-items-be-approved-keeps-its-rows-as-resolutions", """
    Capital Programme

    Minutes:

    RESOLVED – That the following be approved:
    1. The Riverside footbridge scheme
    2. The depot roof replacement
    """,
    "Capital Programme",
    preamble="That the following be approved:",
    resolutions=[("1", "The Riverside footbridge scheme"), ("2", "The depot roof replacement")],
)
# Rows that decide something each are resolutions whatever leads into them.
case("whole-lead-in-over-deciding-rows-keeps-them", """
    Fees and Charges

    Minutes:

    RESOLVED – That the report be noted and the following recommendations be agreed:
    1. That garden waste charges rise by 3%;
    2. That the fees be reviewed in a year.
    """,
    "Fees and Charges",
    preamble="That the report be noted and the following recommendations be agreed:",
    resolutions=[("1", "That garden waste charges rise by 3%;"), ("2", "That the fees be reviewed in a year.")],
)


# Under a whole decision, rows running as the clauses of one list ("...; and") are decisions of
# their own, and so is the decision leading into them.
for name, lead, rows in (
    (
        "lettered-amendments",
        "That the litter enforcement policy be adopted, subject to the following amendments:",
        [("a", "paragraph 4(b) to be deleted for the time being; and"),
         ("b", "paragraph 6 to be reworded to refer to the new fixed penalty levels.")],
    ),
    (
        "numbered-changes",
        "That the revised allotment rules be approved with the following changes:",
        [("1", "rule 7 to be withdrawn;"), ("2", "rule 9 to apply from April 2026; and"),
         ("3", "the waiting list to be reviewed each year.")],
    ),
    (
        "roman-modifications",
        "The scheme of delegation be agreed subject to the modifications set out below:",
        [("i", "the limit in section 3 to be raised to \u00a350,000; or"),
         ("ii", "section 5 to be referred back to the working group.")],
    ),
):
    marks = {"a": "({})", "1": "{}.", "i": "({})"}[rows[0][0]]
    body = "\n".join(f"    {marks.format(mark)}        {text}" for mark, text in rows)
    case(f"clauses-under-a-whole-decision-{name}", f"""
    Issue - decisions

    Policy Review

    23/12/2025 - Policy Review

    {lead}
{body}
    """,
        "Policy Review",
        resolutions=[("", lead), *rows],
    )


@pytest.mark.parametrize("text, expected", CASES)
def test_reads_the_page_exactly(text, expected):
    assert_read_exactly(text, expected)
