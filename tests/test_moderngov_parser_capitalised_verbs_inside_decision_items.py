"""
A decision list whose items each name the body that decided, its verb in
capitals ("1) Cabinet APPROVED ...", "2) Cabinet AGREED to delegate ..."):
the verb inside an item already labelled does not start a new decision, so
each item keeps its label and its whole text.  Every case is written here
and checks the whole record.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

for name, first, second in [
    ("body-and-agreed-in-the-second-item", "1)    Cabinet APPROVED the changes to waiting restrictions listed in Appendix 1.",
     "2)    Cabinet AGREED to delegate any objections to the Director for Places."),
    ("lettered-items-naming-the-committee", "(a) The Committee APPROVED the changes to waiting restrictions listed in Appendix 1.",
     "(b) The Committee NOTED the objections received during consultation."),
    ("roman-items-naming-the-council", "i.   Council ENDORSED the changes to waiting restrictions listed in Appendix 1.",
     "ii.  Council AGREED to review the restrictions after a year."),
]:
    case(name, f"""
        Decision details

        WAITING RESTRICTIONS REVIEW

        Decision Maker: Cabinet

        Decisions:

        The Portfolio Holder introduced the report on waiting restrictions.

        DECISION

        {first}

        {second}
        """,
        "WAITING RESTRICTIONS REVIEW",
        resolutions=[(first.split(maxsplit=1)[0].strip("().").rstrip(")"), first.split(maxsplit=1)[1].strip()),
                     (second.split(maxsplit=1)[0].strip("().").rstrip(")"), second.split(maxsplit=1)[1].strip())],
        minutes="The Portfolio Holder introduced the report on waiting restrictions.",
    )
# must not change: a capitalised verb after a narrative sentence still marks the decision
case("agreed-after-narrative-in-an-unlabelled-paragraph", """
    Agenda item

    Waiting Restrictions Review

    Minutes:

    Members discussed the report. Cabinet AGREED to delegate any objections to the Director.
    """,
    "Waiting Restrictions Review",
    resolutions=[("", "to delegate any objections to the Director.")],
    minutes="Members discussed the report.",
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
