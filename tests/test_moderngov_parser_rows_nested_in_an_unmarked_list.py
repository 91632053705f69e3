"""
A closing lettered or numbered list whose marker was lost, one of whose items
leads into rows of its own ("(b) the following members be appointed to the
panels –" over "Housing – Councillor A", "Transport – Councillor B"): the
rows are that item's, and the list goes on below them, so every item is
read, not only those after the rows.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case


case("lettered-list-with-rows-under-its-middle-item", """
    Forward Work Programme

    To consider a report by the Scrutiny Officer on the committee's work programme.

    The Scrutiny Officer presented the report and answered questions.

    (a)       the work programme as set out in Appendix A to the report be approved;

    (b)       the following members be appointed as the committee's link members on the Review Groups –

                Adult Social Care – Councillor Owen Pryce

                Highways and Transport – Councillor Nia Caddick

                Waste and Recycling – Councillor Idris Bevan, and

    (c)       the Scrutiny Officer write to all members seeking nominations and the vacant places be filled at the next meeting.

    The meeting concluded at 3.15 p.m.
    """,
    "Forward Work Programme",
    description="To consider a report by the Scrutiny Officer on the committee's work programme.",
    minutes="The Scrutiny Officer presented the report and answered questions.\n\nThe meeting concluded at 3.15 p.m.",
    resolutions=[
        ("a", "the work programme as set out in Appendix A to the report be approved;"),
        ("b", "the following members be appointed as the committee's link members on the Review Groups –\n\n"
              "Adult Social Care – Councillor Owen Pryce\n\nHighways and Transport – Councillor Nia Caddick\n\n"
              "Waste and Recycling – Councillor Idris Bevan, and"),
        ("c", "the Scrutiny Officer write to all members seeking nominations and the vacant places be filled at the next meeting."),
    ],
)
case("numbered-list-with-rows-after-a-colon", """
    Outside Bodies

    To appoint representatives to outside bodies.

    Members discussed the nominations received.

    1.   the appointments to outside bodies for 2025/26 be confirmed;

    2.   the following members be nominated to the joint committees:

          Coastal Partnership – Councillor Tamsin Hale

          Rural Transport Forum – Councillor Ben Okafor

    3.   each body be notified of the appointments.
    """,
    "Outside Bodies",
    description="To appoint representatives to outside bodies.",
    minutes="Members discussed the nominations received.",
    resolutions=[
        ("1", "the appointments to outside bodies for 2025/26 be confirmed;"),
        ("2", "the following members be nominated to the joint committees:\n\n"
              "Coastal Partnership – Councillor Tamsin Hale\nRural Transport Forum – Councillor Ben Okafor"),
        ("3", "each body be notified of the appointments."),
    ],
)
case("lettered-list-with-rows-under-its-first-item", """
    Task Groups

    To agree the membership of the committee's task groups.

    The Chair introduced the item.

    (a)   the following members be appointed to the task groups –

           Libraries – Councillor Dafydd Morse

           Leisure – Councillor Ruth Ainsworth

    (b)   the task groups' findings be reported to the committee in March.
    """,
    "Task Groups",
    description="To agree the membership of the committee's task groups.",
    minutes="The Chair introduced the item.",
    resolutions=[
        ("a", "the following members be appointed to the task groups –\n\n"
              "Libraries – Councillor Dafydd Morse\n\nLeisure – Councillor Ruth Ainsworth"),
        ("b", "the task groups' findings be reported to the committee in March."),
    ],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_reads_the_page_exactly(text, expected):
    assert_read_exactly(text, expected)
