"""
Two shapes of a decision the ModernGov reader keeps whole:

* a lettered resolution carrying its own roman sub-list ("a. Approval of ...
  including:" then "i." to "v."): "v." there is the fifth roman numeral, not
  the letter after "a.", and the sub-items are listed one to a line;
* a decision split into blocks by how each part was voted ("Resolved (5 for,
  3 against) to:" ... "Unanimously resolved to:" ...): an adverb opening the
  line does not hide the marker, and the later block's items carry on the list.
"""

import pytest

from agenda.importers.moderngov import markers, parse_record
from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, count_regex_work

CASES = CaseTable()
case = CASES.case


# --- a roman sub-list inside a lettered resolution ------------------------------------

case("lettered-item-with-roman-sub-list-through-v", """
    Issue - decisions

    Capital Strategy

    09/02/2024 - Capital Strategy 2024/25

    Agreed to recommend to Council:


    a.  Adoption of the Capital Strategy for 2024/25, comprising:


    i.  the borrowing limits for the year

    ii.  the schedule of approved schemes

    iii.  the disposals policy

    iv.  the asset review timetable

    v.  the risk appetite statement
    """,
    "Capital Strategy",
    resolutions=[("a", "Adoption of the Capital Strategy for 2024/25, comprising:\n\n"
                       "i. the borrowing limits for the year\nii. the schedule of approved schemes\n"
                       "iii. the disposals policy\niv. the asset review timetable\n"
                       "v. the risk appetite statement")],
)
case("lettered-list-resumes-after-a-roman-sub-list", """
    Agenda item
    Fees and Charges
    Minutes:
    Members considered the proposed fees.
    RESOLVED that:

    (a) the fees be approved, except:

    (i) allotment rents, held for a year;

    (ii) burial fees, to be reviewed; and

    (iii) pest control, withdrawn;

    (b) the fees take effect from 1 April.
    """,
    "Fees and Charges",
    resolutions=[("a", "the fees be approved, except:\n\n(i) allotment rents, held for a year;\n"
                       "(ii) burial fees, to be reviewed; and\n(iii) pest control, withdrawn;"),
                 ("b", "the fees take effect from 1 April.")],
)
case("roman-sub-items-straight-under-the-item-stay-one-to-a-line", """
    Agenda item
    Tree Policy
    Minutes:
    RESOLVED:
    (a) the policy be adopted with:
    (iv) the felling criteria
    (v) the replanting ratio
    (b) officers report in a year.
    """,
    "Tree Policy",
    resolutions=[("a", "the policy be adopted with:\n(iv) the felling criteria\n(v) the replanting ratio"),
                 ("b", "officers report in a year.")],
)


def test_a_lettered_list_long_enough_reaches_its_own_v_and_x():
    letters = "abcdefghijklmnopqrstuvwx"
    text = "Agenda item\nLong List\nMinutes:\nRESOLVED:\n" + "\n".join(
        f"({letter}) part {letter} be agreed;" for letter in letters
    )
    record = parse_record(text)
    assert [r.label for r in record.resolutions] == list(letters)


# --- a decision in blocks, each with how it was voted -----------------------------------

case("vote-note-block-then-unanimous-block-continue-one-list", """
    Issue - decisions

    Town Centre Masterplan

    12/06/2024 - Town Centre Masterplan

    After debate, the Committee;

    Resolved (5 for, 3 against) to:

    (1)      Recommend to Council that the masterplan be adopted.

    Unanimously resolved to:

    (2)      Thank the traders' forum for its contribution.

    (3)      Ask for a progress report in six months.
    """,
    "Town Centre Masterplan",
    resolutions=[("1", "Recommend to Council that the masterplan be adopted."),
                 ("2", "Thank the traders' forum for its contribution."),
                 ("3", "Ask for a progress report in six months.")],
)
case("majority-block-then-resolved-unanimously-block-on-an-item-page", """
    Agenda item
    Leisure Centre Contract
    Minutes:
    The Portfolio Holder introduced the report.
    Resolved by 7 votes to 2 that:
    (a) the contract be extended to 2027;
    Resolved unanimously that:
    (b) the user survey be repeated annually.
    Supporting documents:
    """,
    "Leisure Centre Contract",
    resolutions=[("a", "the contract be extended to 2027;"),
                 ("b", "the user survey be repeated annually.")],
)
case("unanimously-resolved-one-sentence", """
    Agenda item
    Minutes of the last meeting
    Minutes:
    Unanimously resolved that the minutes of the meeting held on 3 May be signed as a correct record.
    """,
    "Minutes of the last meeting",
    resolutions=[("", "that the minutes of the meeting held on 3 May be signed as a correct record.")],
)
case("it-was-unanimously-resolved-list", """
    Agenda item
    Polling Places Review
    Minutes:
    Members welcomed the review.
    It was unanimously RESOLVED that:
    1. the polling places in the schedule be adopted; and
    2. the Returning Officer publish the new list.
    """,
    "Polling Places Review",
    resolutions=[("1", "the polling places in the schedule be adopted; and"),
                 ("2", "the Returning Officer publish the new list.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


@pytest.mark.parametrize("line, rest", [
    ("Unanimously resolved to:", "to:"),
    ("Unanimously agreed to defer the item.", "to defer the item."),
    ("Further resolved that the fees be frozen.", "that the fees be frozen."),
    ("Resolved (6 for, 2 against) to:", "to:"),
])
def test_an_adverb_opening_the_line_keeps_the_marker(line, rest):
    assert markers.decision(line) == ("", rest)


@pytest.mark.parametrize("line", [
    "Members unanimously agreed that the visit had been useful.",
    "The report, which was unanimously resolved last year, was noted.",
])
def test_prose_with_an_adverb_is_not_a_marker(line):
    assert markers.decision(line) is None


# --- both shapes stay linear -----------------------------------------------------------

ITEM_PAGE = "Agenda item\nTitle\nMinutes:\nThe Committee considered the report.\n"
PATHOLOGICAL = {
    "vote-note-blocks": lambda n: "Unanimously resolved to:\n\n(1) Note it.\n\n" * n,
    "roman-sub-lists": lambda n: "RESOLVED:\n" + "a. Agree:\n\ni. x\n\nii. y\n\nv. z\n\n" * n,
    "adverb-prose": lambda n: "Unanimously, members thanked the officer.\n" * n,
}


@pytest.mark.parametrize("body", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_item_page_costs_work_in_proportion_to_its_size(body, monkeypatch):
    """Four times the page makes the patterns scan about four times the text, not sixteen."""
    scanned = count_regex_work(monkeypatch)

    def work(n):
        scanned[0] = 0
        parse_record(ITEM_PAGE + body(n))
        return scanned[0]

    small, large = work(300), work(1_200)
    assert large <= 5 * small
