"""
A lead-in over a decision's numbered items that decides something of its
own and runs on into them with "and" ("RESOLVED: that the report be noted
and: -" over "1. that the officer reports back ..."): the lead-in is a
resolution of its own, unlabelled, before the items.  A bare lead-in
("RESOLVED that:") is still left out of the resolutions.  Every case is
written here and checks the whole record.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

for name, marker, lead in [
    ("noted-and-colon-dash", "RESOLVED:          ", "that the report be noted and: -"),
    ("received-and-colon", "RESOLVED \u2013 ", "That the update be received and:"),
    ("noted-and-dash", "AGREED ", "that the survey results be noted and -"),
]:
    case(name, f"""
        Decision details

        Allotment Rules - Review of Plot Sizes

        Decision Maker: Allotments Committee

        Decision status: For Determination

        The Committee received the report of the Estates Officer. Members asked for more information.

        {marker}{lead}

        1.            that the Estates Officer brings back a report to the next meeting on plot sizes and water supply.

        Publication date: 08/02/2033
        """,
        "Allotment Rules - Review of Plot Sizes",
        resolutions=[("", lead),
                     ("1", "that the Estates Officer brings back a report to the next meeting on plot sizes and water supply.")],
    )
case("bare-lead-in-is-left-out", """
    Decision details

    Allotment Rules - Review of Plot Sizes

    Decision Maker: Allotments Committee

    The Committee received the report of the Estates Officer.

    RESOLVED that:

    1. the Estates Officer brings back a report on plot sizes;

    2. the rules be reviewed in a year.
    """,
    "Allotment Rules - Review of Plot Sizes",
    resolutions=[("1", "the Estates Officer brings back a report on plot sizes;"), ("2", "the rules be reviewed in a year.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
