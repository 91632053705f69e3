"""
A decision item leading into a nested sub-list ("2) The Cabinet Member
noted the progress in terms of:" over "1.1 ...", "1.2 ..."): the sub-list
ends at the first paragraph with no sub-label.  When that paragraph is a
whole decision of its own ("The Cabinet Member noted the report."), it is a
resolution of its own, unlabelled, not part of the last item.  Every case
is written here and checks the whole record.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

for name, subs, closing in [
    ("dotted-sub-rows-then-noted-the-report",
     ["1.1      Shorter waits for families.", "1.2      More placements than last year", "1.3      Progress on the regional agency"],
     "The Cabinet Member noted the report."),
    ("lettered-sub-rows-then-agreed-sentence",
     ["(a) Shorter waits for families;", "(b) More placements than last year;"],
     "The Cabinet Member agreed that the next report be brought in June."),
    ("roman-sub-rows-then-that-sentence",
     ["i.   Shorter waits for families", "ii.  More placements than last year"],
     "That the report be published on the Council's website."),
]:
    rows = "\n\n\n".join(subs)
    case(name, f"""
        Issue - decisions

        Fostering Service Report (information report)

        14/03/2033 - Fostering Service Report April 2032 (information report)

        The Cabinet Member noted that


        1)     The service must report on its performance to the executive twice a year.


        2)     The Cabinet Member noted the performance of the fostering service in terms of:


        {rows}


        {closing}
        """,
        "Fostering Service Report (information report)",
        resolutions=[
            ("1", "The service must report on its performance to the executive twice a year."),
            ("2", "The Cabinet Member noted the performance of the fostering service in terms of:\n\n"
                  + "\n".join(" ".join(s.split()) for s in subs)),
            ("", closing),
        ],
    )


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
