"""
A page copied from part-way down, its title lost, opening with a sentence
broken over several lines ("To consider the report of the Head of" /
"Legal Services."): the first line ends on a word no title ends on ("of",
"to", "the", "and" ...) and the sentence runs on below it to its full stop.
The broken line is not the title: the title is left empty for the clerk,
and the sentence is read whole, its lines joined.  A title over a paragraph
of its own is still the title.  Every case is written here and checks the
whole record.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

for name, broken, whole in [
    ("purpose-broken-after-of",
     "To consider the report of the Head of\nLegal and Member Services.",
     "To consider the report of the Head of Legal and Member Services."),
    ("purpose-broken-after-the",
     "To receive the annual report of the\nHarbour Master for 2031/32.",
     "To receive the annual report of the Harbour Master for 2031/32."),
    ("purpose-broken-over-three-lines-after-and",
     "To note the progress on the Welsh language scheme and\nthe workplace policy, and to agree the\napproach for 2032.",
     "To note the progress on the Welsh language scheme and the workplace policy, and to agree the approach for 2032."),
]:
    case(name, f"""
        {broken.replace(chr(10), chr(10) + "        ")}
        Consideration was given to the report of the officer.
        The Committee AGREED that the report be accepted.
        Supporting documents:
        """,
        "",
        description=whole,
        resolutions=[("", "that the report be accepted.")],
        minutes="Consideration was given to the report of the officer.",
    )
# must not change: a title over a paragraph of its own
case("title-over-a-paragraph-stays-the-title", """
    Agenda item

    Harbour Master's Annual Report

    To receive the annual report of the Harbour Master.
    """,
    "Harbour Master's Annual Report",
    description="To receive the annual report of the Harbour Master.",
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
