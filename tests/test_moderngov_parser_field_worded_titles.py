"""
An agenda item's page ("Agenda item" at its head) always prints the item's
title first, so a title worded like one of ModernGov's fields ("Key
Decision: Markets Strategy", "Urgent Item: Storm Recovery", "Exempt: Sale
of Land at Mill Road") is still the title, and the fields under it are
still details.  A decision page, whose fields open it, and a text with no
page heading at all that opens with a field are not read that way.
"""

import pytest

from agenda.importers.moderngov import ParseError, parse_record
from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

case("key-decision-worded-title-with-fields-under-it", """
    Agenda item
    Key Decision: Markets Strategy
    Wards affected: All wards
    Minutes:
    The Cabinet considered the strategy.
    RESOLVED: That the Markets Strategy be approved.
    Supporting documents:
    Markets Strategy PDF 1 MB
    """,
    "Key Decision: Markets Strategy",
    resolutions=[("", "That the Markets Strategy be approved.")],
    documents=["Markets Strategy"],
    details=[("Wards affected", "All wards")],
)
case("urgent-item-worded-title-under-breadcrumbs-and-meeting-line", """
    Home
    Council and democracy
    Agenda item
    Urgent Item: Storm Darragh Recovery
    Meeting: 12/12/2024 - Cabinet (Item 9.)
    Minutes:
    The Leader reported on the clean-up after the storm.
    """,
    "Urgent Item: Storm Darragh Recovery",
)
case("exempt-worded-title-after-a-numbered-agenda-item-heading", """
    Agenda item 14.
    Exempt: Sale of Land at Mill Road
    Lead officer: Head of Property
    Minutes:
    RESOLVED: That the sale be agreed.
    """,
    "Exempt: Sale of Land at Mill Road",
    resolutions=[("", "That the sale be agreed.")],
    details=[("Lead officer", "Head of Property")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_a_field_opening_a_text_with_no_page_heading_is_still_not_a_title():
    with pytest.raises(ParseError, match="no title was found"):
        parse_record("Lead officer: Jane Doe\n\nMinutes:\n\nThe report was noted.\n")


def test_a_decision_page_opened_by_its_fields_keeps_them_as_details():
    record = parse_record(
        "Decision details\n\nMarkets Strategy\n\nDecision Maker: Cabinet\n\nKey decision: Yes\n\n"
        "Decision:\n\nThat the Markets Strategy be approved.\n"
    )
    assert record.title == "Markets Strategy"
    assert ("Key decision", "Yes") in [tuple(d) for d in record.details]
