"""
Decisions whose marker copying lost, found by the shape around them:

* an "Issue - decisions" page whose decisions each stand under a short
  heading of their own ("Playground Repairs", "Date of the Next Meeting"):
  every "That ..." or "It was agreed that ..." paragraph under a heading is a
  decision, and the headings stay in the minutes;
"""

from agenda.importers.moderngov import ParsedResolution, parse_record

R = ParsedResolution


def test_decisions_under_their_own_short_headings_are_each_read():
    record = parse_record(
        "Issue - decisions\n\nAny Other Business\n\n"
        "12/03/2019 - ANY OTHER BUSINESS\n\n"
        "Playground Repairs\n\n\n"
        "That the report of the Parks Manager on the cost of repairing the Mill Lane playground be noted.\n\n\n"
        "Community Grants\n\n\n"
        "That a grant of £500 be made to the Westfield Residents Association towards its summer fair.\n\n\n"
        "Date of the Next Meeting \n\n\n"
        "It was agreed that the next meeting of the Panel would be held on 4 April at 6 pm.\n"
    )
    assert record.title == "ANY OTHER BUSINESS"
    assert record.resolutions == [
        R("", "That the report of the Parks Manager on the cost of repairing the Mill Lane playground be noted."),
        R("", "That a grant of £500 be made to the Westfield Residents Association towards its summer fair."),
        R("", "It was agreed that the next meeting of the Panel would be held on 4 April at 6 pm."),
    ]
    assert record.minutes == "Playground Repairs\n\nCommunity Grants\n\nDate of the Next Meeting"
    assert record.description == ""


def test_a_heading_may_stand_over_two_decisions():
    record = parse_record(
        "Issue - decisions\n\nUrgent Items\n\n"
        "02/09/2020 - Urgent Items\n\n"
        "Allotment Rents\n\n"
        "That allotment rents be frozen for 2021.\n\n"
        "That the Allotments Officer write to every tenant about the freeze.\n\n"
        "Town Centre Lighting\n\n"
        "That the Christmas lights contract be extended by one year.\n"
    )
    assert record.resolutions == [
        R("", "That allotment rents be frozen for 2021."),
        R("", "That the Allotments Officer write to every tenant about the freeze."),
        R("", "That the Christmas lights contract be extended by one year."),
    ]
    assert record.minutes == "Allotment Rents\n\nTown Centre Lighting"


def test_one_heading_over_narrative_then_a_decision_is_read_as_before():
    """A single heading is the ordinary page: its last paragraph is the decision."""
    record = parse_record(
        "Issue - decisions\n\nLibrary Hours\n\n"
        "02/09/2020 - Library Hours\n\n"
        "Library Hours\n\n"
        "The Cabinet discussed the consultation responses.\n\n"
        "That the new opening hours be adopted from 1 October.\n"
    )
    assert record.resolutions == [R("", "That the new opening hours be adopted from 1 October.")]


def test_headed_paragraphs_of_narrative_are_not_decisions():
    """A paragraph under one of the headings that is not a decision leaves the page to the
    ordinary reading."""
    record = parse_record(
        "Issue - decisions\n\nUrgent Items\n\n"
        "02/09/2020 - Urgent Items\n\n"
        "Allotment Rents\n\n"
        "The Allotments Officer explained why rents had risen.\n\n"
        "Town Centre Lighting\n\n"
        "That the Christmas lights contract be extended by one year.\n"
    )
    assert record.resolutions == [R("", "That the Christmas lights contract be extended by one year.")]


def test_headed_decisions_cost_work_in_proportion_to_their_size(monkeypatch):
    from tests.moderngov_parser_cases import assert_work_in_proportion

    assert_work_in_proportion(monkeypatch, lambda n: (
        "Issue - decisions\n\nUrgent Items\n\n02/09/2020 - Urgent Items\n\n"
        + "Allotment Rents\n\nThat the rents be frozen.\n\n" * n
    ))
