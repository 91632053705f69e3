"""
A page copied from inside its decision list opens with a labelled item
telling what was decided ("i. Endorses the revised policy ...; and",
"(1) Approves ...", "a) That ...").  That line is not a title: the page has
lost its title, and its labelled list is the decision.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

FIRST = "Endorses the revised Garden Waste Policies, as set out in Appendix 1 of the report, subject to an annual charge; and"
SECOND = "Approves the consultation on the options for charging for replacement bins, as detailed in the report."

for name, labels in [
    ("roman-dotted", ("i.", "ii.")),
    ("digits-in-brackets", ("(1)", "(2)")),
    ("letters-closing-bracket", ("a)", "b)")),
    ("roman-in-brackets", ("(i)", "(ii)")),
]:
    case(name, f"{labels[0]} {FIRST}\n{labels[1]} {SECOND}\n",
         "",
         resolutions=[(labels[0].strip("().").rstrip(")"), FIRST), (labels[1].strip("().").rstrip(")"), SECOND)],
         )

case("that-clauses-blank-line-apart", """
    1. That the Parking Strategy be adopted; and

    2. That the Director be authorised to make minor changes to it.
    """,
    "",
    resolutions=[("1", "That the Parking Strategy be adopted; and"),
                 ("2", "That the Director be authorised to make minor changes to it.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


@pytest.mark.parametrize("title", ["1. Introduction", "(a) Parking Strategy", "i. Waste Collection Policies"])
def test_a_numbered_heading_stays_the_title(title):
    from agenda.importers.moderngov import parse_record

    record = parse_record(f"{title}\n\nMinutes:\n\nRESOLVED: That the report be noted.\n")
    assert record.title
