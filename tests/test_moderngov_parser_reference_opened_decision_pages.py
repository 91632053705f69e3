"""
A "Decision details" page may give its reference as its first field row
("Reference: D10234", "Reference: EX/24/7") above "Decision Maker:" and the
other fields.  Copied from there down, its title lost, it is read as the page
with its title, the title left empty.  The rows some sites print after the
decision ("Wards Affected:", "Portfolio Holder:", "Other reasons /
organisations consulted" over who was consulted, "Contact:") are the page's
fields, not the decision's text.
"""

import pytest

from agenda.importers.moderngov import ParseError, parse_record
from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

PAGE = """
    Reference: {reference}
    Decision Maker: {maker}
    Decision status: Recommendations Approved
    Is Key decision?: No
    Is subject to call in?: Yes
    To agree the future of the community hall in Elm Park and the options for the use of its site.
    Further to Minute No. 41, the Director of Communities submitted a report on the future of the hall.
    RESOLVED – That the hall be closed and that decisions on the future of the site be delegated to the Director of Communities.
    {trailer}
    Report author: Sam Birch
    Publication date: 02/12/2015
    Date of decision: 20/07/2013
    Decided at meeting: 20/07/2013 - Executive Board
    Accompanying Documents:
    """

TRAILERS = {
    "all-trailing-rows": (
        "Wards Affected: Elm Park;\nPortfolio Holder: Portfolio: Communities\n"
        "Other reasons / organisations consulted\nWard Members\nContact: Sam Birch, Halls Manager Email: Email:"
    ),
    "contact-only": "Contact: Sam Birch, Halls Manager Tel: 0113 000 0000",
    "other-organisations-consulted": "Other organisations consulted\nThe Friends of Elm Park",
    "no-trailing-rows": "",
}

for (name, trailer), (reference, maker) in zip(TRAILERS.items(), [
    ("D10234", "Executive Board"), ("EX/24/7", "Cabinet"), ("CAB 1234", "Leader of the Council"),
    ("D5", "Executive Board"),
]):
    case(name, PAGE.format(reference=reference, maker=maker, trailer=trailer),
         "",
         description="To agree the future of the community hall in Elm Park and the options for the use of its site.",
         resolutions=[("", "That the hall be closed and that decisions on the future of the site be delegated to the "
                           "Director of Communities.")],
         )


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_the_reference_is_a_field_of_the_page():
    record = parse_record(CASES[0].values[0])
    assert ("Reference", "D10234") in record.details
    assert ("Wards Affected", "Elm Park;") in record.details


@pytest.mark.parametrize("text", [
    "Reference: D10234\n\nMinutes:\n\nThe report was noted.\n",
    "Reference: D10234\nPublication date: 02/02/2024\n\nThat the fees be approved.\n",
])
def test_a_reference_without_a_decision_field_is_still_refused(text):
    with pytest.raises(ParseError, match="no title was found"):
        parse_record(text)


def test_reference_opened_pages_cost_work_in_proportion(monkeypatch):
    unit = "Wards Affected: Elm Park\nContact: Sam Birch\n"
    assert_work_in_proportion(
        monkeypatch, lambda n: "Reference: D1\nDecision Maker: Cabinet\nRESOLVED: That it be noted.\n" + unit * n
    )
