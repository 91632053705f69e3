"""
A forward-plan issue page copied without its title, opening with the
decision it asks for ("Approval to" / "transfer the grant monies to the
district councils ... ."), broken over several lines, then the issue's
fields: nothing was minuted or decided, so the paragraph is the issue's
description, read whole.  Every case is written here and checks the whole
record.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

for name, lines in [
    ("approval-to-broken-after-to",
     ["Approval to", "transfer the additional grant monies received from the Department", "for Flood Defence to the district councils and to enter into",
      "agreements with the district councils on the transfer."]),
    ("authority-to-broken-after-the",
     ["Authority to award the", "contract for the school meals service for three years from", "September 2034 to the preferred bidder named in the report."]),
    ("agreement-for-broken-after-of",
     ["Agreement for the transfer of", "the library buildings in four towns to the town councils on", "long leases, with grants towards their upkeep."]),
]:
    body = "\n        ".join(lines)
    case(name, f"""
        {body}
        Decision type: Non-key
        Decision status: For Determination
        Divisions affected: (All Divisions);
        Decision due: 22/01/34 by Cabinet Member for Resources
        Lead director: Director of Resources
        """,
        "",
        description=" ".join(lines),
    )


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
