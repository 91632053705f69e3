"""
A decision's list numbered with dotted labels ("2.1", "2.2") may nest rows
under an item, numbered under it ("2.1.1", "2.1.2" under "2.1"): they are that
item's rows and stay in its text.  A label breaking the sequence inside such a
run of rows (a repeated "2.1" where "2.1.2" was meant, a bare "3" where
"2.1.3" was meant) is a misprint: a row of the same item, not the end of the
list, so the later items in sequence ("2.2", "2.3") are still read.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

case("misprinted-rows-under-the-first-item", """
    Decision details

    Library Strategy 2025-2030

    Decision Maker: Cabinet

    Decision:

    The Cabinet Resolved to:

    2.1       Considered and Agreed;

    2.1.1    the Library Strategy 2025-2030 as set out in Appendix A;

    2.1   the summary of the consultation in Appendix B; and

    3  the equality analysis in Appendix C

    2.2       Delegate authority to the Director of Culture to make minor changes to the Strategy.

    2.3       RECOMMEND TO FULL COUNCIL the adoption of:

    2.3.1    the Library Strategy 2025-2030; and

    2.3.2   the summary of the consultation.

    Publication date: 24/04/2025
    """,
    "Library Strategy 2025-2030",
    resolutions=[
        ("2.1", "Considered and Agreed;\n\n2.1.1 the Library Strategy 2025-2030 as set out in Appendix A;\n"
                "2.1 the summary of the consultation in Appendix B; and\n\n3 the equality analysis in Appendix C"),
        ("2.2", "Delegate authority to the Director of Culture to make minor changes to the Strategy."),
        ("2.3", "RECOMMEND TO FULL COUNCIL the adoption of:\n\n2.3.1 the Library Strategy 2025-2030; and\n"
                "2.3.2 the summary of the consultation."),
    ],
)
case("rows-in-sequence-under-two-items", """
    Agenda item

    Parking Charges

    Minutes:

    RESOLVED: That the Committee

    4.1 Approve the charges in Appendix 1, namely:

    4.1.1 the car park charges; and

    4.1.2 the permit charges;

    4.2 Note the consultation responses;

    4.3 Ask for a review in 2027 covering:

    4.3.1 income; and

    4.3.2 usage.
    """,
    "Parking Charges",
    resolutions=[
        ("4.1", "Approve the charges in Appendix 1, namely:\n\n4.1.1 the car park charges; and\n4.1.2 the permit charges;"),
        ("4.2", "Note the consultation responses;"),
        ("4.3", "Ask for a review in 2027 covering:\n\n4.3.1 income; and\n4.3.2 usage."),
    ],
    preamble="That the Committee",
)
case("repeated-label-in-rows-without-spacing", """
    Agenda item

    Grants Scheme

    Minutes:

    RESOLVED:
    1.1 Agreed the following grants:
    1.1.1 £5,000 to the Elm Park Trust;
    1.1 £2,000 to the Riverside Club;
    1.2 Noted the underspend.
    """,
    "Grants Scheme",
    resolutions=[
        ("1.1", "Agreed the following grants:\n1.1.1 £5,000 to the Elm Park Trust;\n1.1 £2,000 to the Riverside Club;"),
        ("1.2", "Noted the underspend."),
    ],
)
# must not change: a flat dotted list is one item a label
case("flat-dotted-list-stays-an-item-a-label", """
    Agenda item

    Grants Scheme

    Minutes:

    RESOLVED:
    1.1 Agreed the grants in Appendix A;
    1.2 Noted the underspend.
    """,
    "Grants Scheme",
    resolutions=[("1.1", "Agreed the grants in Appendix A;"), ("1.2", "Noted the underspend.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_nested_dotted_rows_cost_work_in_proportion(monkeypatch):
    assert_work_in_proportion(
        monkeypatch, lambda n: "T\nMinutes:\nRESOLVED:\n1.1 Agreed:\n" + "1.1.1 a;\n1.1 b;\n" * n + "1.2 Noted it.\n"
    )
