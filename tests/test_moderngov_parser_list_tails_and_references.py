"""
Three shapes of longer decisions and whole-meeting pages:

* a decision whose marker was lost, listing what is approved, with a line
  under the list qualifying its last item ("as set out in the Appendix to
  the report."): opening in lower case under an item left open, the line
  goes on with that item, and the list is still the decision;
* a minute's reference joined by a slash or a full stop ("P/142",
  "CA.212") alone above the title is the item's number;
* capital letters set off by one space ("A Subject to ...", "B Subject to
  ...") where copying collapsed the tab after each label: a run of two or
  more from "A" under a lead-in ending in ":" is a lettered list, while "A"
  opening a sentence on its own is prose.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, count_regex_work

CASES = CaseTable()
case = CASES.case


# --- a line qualifying the last item of a closing list ---------------------------------

case("lost-marker-bulleted-list-with-a-qualifying-line-under-it", """
    Issue - meetings

    Capital Strategy 2025/26

    Meeting: 10/02/2025 - Council (Item 41)

    41 Capital Strategy 2025/26 pdf icon PDF 310 KB

    To consider the Capital Strategy.

    Additional documents:


    The Council received the Capital Strategy. Members asked about borrowing costs.


    Councillor Webb proposed and Councillor Okafor seconded a motion, which was agreed:


    that Council approve:


    \u00b7         the Capital Strategy for 2025/26;


    \u00b7         the Flexible Use of Capital Receipts Strategy; and


    \u00b7         the Prudential Indicators for 2025/26


    as set out in Appendix 2 to the report.
    """,
    "Capital Strategy 2025/26",
    description="To consider the Capital Strategy.",
    resolutions=[("", "the Capital Strategy for 2025/26;"),
                 ("", "the Flexible Use of Capital Receipts Strategy; and"),
                 ("", "the Prudential Indicators for 2025/26 as set out in Appendix 2 to the report.")],
)

case("lost-marker-numbered-list-with-a-qualifying-line-under-it", """
    Agenda item

    Fees and Charges 2025/26

    Minutes:

    The Head of Finance introduced the proposed fees.

    That the following be approved:

    1. the car parking charges;

    2. the garden waste charge

    with effect from 1 April 2025.
    """,
    "Fees and Charges 2025/26",
    resolutions=[("1", "the car parking charges;"),
                 ("2", "the garden waste charge with effect from 1 April 2025.")],
    preamble="That the following be approved:",
)

case("a-closing-sentence-after-a-list-of-points-made-stays-minutes", """
    Agenda item

    Library Service Review

    Minutes:

    Members raised the following points:

    1. opening hours at branch libraries;

    2. the mobile library timetable.

    Officers would report back in the new year.
    """,
    "Library Service Review",
    resolutions=[],
)

# --- references joined by a slash or a full stop ----------------------------------------

case("slashed-minute-reference-alone-above-a-linked-title", """
    P/57

    Minutes pdf icon PDF 120 KB

    To sign the minutes of the meeting held on 3 March 2025.

    Minutes:

    RESOLVED – That the minutes of the meeting held on 3 March 2025 be signed as a correct record.
    """,
    "Minutes",
    description="To sign the minutes of the meeting held on 3 March 2025.",
    resolutions=[("", "That the minutes of the meeting held on 3 March 2025 be signed as a correct record.")],
    number="P/57",
)

case("dotted-minute-reference-alone-above-a-plain-title", """
    EX.104

    Declarations of Interest

    Minutes:

    There were no declarations of interest.
    """,
    "Declarations of Interest",
    number="EX.104",
)

# --- capital letters set off by one space ------------------------------------------------

case("one-space-capital-labels-under-a-resolved-lead-in", """
    Agenda item

    Review of Scrutiny Arrangements

    Decision:

    RESOLVED that:

    A Subject to Council's agreement, Cabinet endorsed the revised scrutiny protocol.

    B Cabinet agreed that the policy working group be renamed the policy panel.

    Minutes:

    Cabinet received the report of the review.
    """,
    "Review of Scrutiny Arrangements",
    resolutions=[("A", "Subject to Council's agreement, Cabinet endorsed the revised scrutiny protocol."),
                 ("B", "Cabinet agreed that the policy working group be renamed the policy panel.")],
)

case("a-sentence-opening-with-a-alone-under-a-lead-in-stays-one-resolution", """
    Agenda item

    Allotment Rents

    Minutes:

    Members discussed the rents.

    RESOLVED that:

    A review of allotment rents be carried out next year.
    """,
    "Allotment Rents",
    resolutions=[("", "A review of allotment rents be carried out next year.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_list_tails_and_references(text, expected):
    assert_read_exactly(text, expected)


def test_qualifying_lines_and_one_space_labels_stay_linear(monkeypatch):
    """Doubling a page of single-spaced labels and qualified lists doubles the work, no more."""
    from agenda.importers.moderngov import parse_record

    unit = "RESOLVED that:\n\nA Subject to approval, the plan be noted.\n\nB Cabinet agreed the fees.\n\n"
    tail = "that Council approve:\n\n- the strategy;\n\n- the indicators\n\nas set out in the report.\n"
    scanned = count_regex_work(monkeypatch)
    costs = []
    for n in (200, 400):
        scanned[0] = 0
        parse_record("Agenda item\nBig Page\nMinutes:\n" + unit * n + tail)
        costs.append(scanned[0])
    assert costs[1] < costs[0] * 2.5
