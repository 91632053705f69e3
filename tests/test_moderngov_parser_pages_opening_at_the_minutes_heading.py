"""
A page copied from its "Minutes:" heading down, its title and agenda text
lost, that goes on to a decision (a "Decisions:" heading, RESOLVED, AGREED)
is read as the item it is, the title left empty for the clerk to give: the
numbered decisions (lines broken mid-sentence joined), the reasons under
"Reason for Decisions:", the documents.  A text opening at "Minutes:" with no
decision below it, or only a marker with no decision's words, is still
refused, as is one opening at a decision marker or another field.
"""

import pytest

from agenda.importers.moderngov import ParseError, parse_record
from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

case("decisions-heading-over-a-numbered-list-with-reasons-broken-mid-sentence", """
    Minutes:
    Decisions:
    1. That the report be noted.
    2. That approval be given to extend the Ward Grants Scheme
    for a further two years.
    Reason for Decisions:
    To
    keep the Ward Grants Scheme running while its review is completed.
    Implementation of Decisions:
    The
    decision will be implemented after the three day call in period.
    Supporting documents:
    """,
    "",
    resolutions=[
        ("1", "That the report be noted."),
        ("2", "That approval be given to extend the Ward Grants Scheme for a further two years."),
    ],
    reason="To keep the Ward Grants Scheme running while its review is completed.",
    details=[("Implementation of Decisions", "The decision will be implemented after the three day call in period.")],
)
case("item-page-heading-then-minutes-with-narrative-and-a-marked-decision", """
    Agenda item

    Minutes:

    The Panel considered the quarterly performance report of the Fire Service.

    RESOLVED: That the report be noted.
    """,
    "",
    resolutions=[("", "That the report be noted.")],
)
case("minutes-then-an-agreed-decision-and-its-documents", """
    Minutes:
    The Committee considered the Harbour Board's annual accounts.
    AGREED that the annual accounts for 2030/31 be approved.
    Supporting documents:
    Harbour Board Accounts 2030-31 PDF 612 KB
    """,
    "",
    resolutions=[("", "that the annual accounts for 2030/31 be approved.")],
    documents=["Harbour Board Accounts 2030-31"],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


@pytest.mark.parametrize("text", [
    "Minutes:\nThe Chair thanked the officers for their work.\n",
    "Agenda item\n\nMinutes:\n\nThe Panel noted the update.\n\nSupporting documents:\n",
    "Decisions:\n1. That the report be noted.\n",
    "Lead officer: Ann Cole\n\nMinutes:\n\nRESOLVED: That the report be noted.\n",
    "Minutes:\nIt was resolved that\nReason for decision:\n",
    "Minutes:\nThe Board considered the report.\nRECOMMENDED:\n",
])
def test_a_text_without_a_decision_below_its_minutes_heading_is_still_refused(text):
    with pytest.raises(ParseError, match="no title was found"):
        parse_record(text)
