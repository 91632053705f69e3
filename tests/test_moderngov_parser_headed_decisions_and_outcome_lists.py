"""
Decisions whose marker copying lost, found by the shape around them:

* an "Issue - decisions" page whose decisions each stand under a short
  heading of their own ("Playground Repairs", "Date of the Next Meeting"):
  every "That ..." or "It was agreed that ..." paragraph under a heading is a
  decision, and the headings stay in the minutes;
* a numbered list closing an item whose RESOLVED heading was lost, every item
  opening with the outcome in the past tense ("1. Approved ...", "2. Rejected
  ...", "3. Noted ..."): the list is the decision, as a closing list of
  "That ..." items is; a list only partly so worded, one that narrative
  follows, or one a line ending in ":" leads into, stays in the minutes.
"""

from agenda.importers.moderngov import ParsedResolution, parse_decision, parse_record

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
    assert record.title == "Any Other Business"
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


def test_a_line_leading_into_a_decision_is_no_heading():
    """"RECOMMENDED to Council" between two decisions leads into the second: the page is not one
    of headed decisions."""
    record = parse_record(
        "Issue - decisions\n\nBudget\n\n02/02/2022 - Budget\n\n"
        "Cabinet\n\nThat the budget consultation be noted.\n\n"
        "RECOMMENDED to Council\n\nThat the budget for 2022/23 be approved.\n"
    )
    assert "RECOMMENDED to Council" in "".join(r.text for r in record.resolutions)


def test_closing_numbered_outcomes_in_the_past_tense_are_the_decision():
    record = parse_record(
        "Agenda item\n\nParking Charges Review - Report of the Working Group\n\n\n"
        "This report gave the findings of the working group on parking charges.\n\n\n"
        "Councillor Ray Blunt said his group would oppose the increase.\n\n\n\n\n"
        "1.       Rejected the proposed increase in town centre parking charges.\n\n\n"
        "2.       Refused the request to extend free parking on Sundays.\n\n\n"
        "3.       Noted the results of the public consultation.\n\n\n\n"
        "Supporting documents:\n"
    )
    assert record.resolutions == [
        R("1", "Rejected the proposed increase in town centre parking charges."),
        R("2", "Refused the request to extend free parking on Sundays."),
        R("3", "Noted the results of the public consultation."),
    ]
    assert record.minutes == (
        "This report gave the findings of the working group on parking charges.\n\n"
        "Councillor Ray Blunt said his group would oppose the increase."
    )
    assert record.documents == []


def test_outcomes_under_a_minutes_heading_with_items_on_consecutive_lines():
    record = parse_record(
        "Agenda item\n\nTree Strategy\n\nMinutes:\n\n"
        "The Tree Officer presented the draft strategy.\n\n"
        "1. Declined to publish the draft strategy before the summer.\n"
        "2. Deferred the decision on the felling policy to the next\n"
        "meeting of the Panel.\n"
    )
    assert record.resolutions == [
        R("1", "Declined to publish the draft strategy before the summer."),
        R("2", "Deferred the decision on the felling policy to the next meeting of the Panel."),
    ]
    assert record.minutes == "The Tree Officer presented the draft strategy."


def test_a_closing_list_only_partly_worded_as_outcomes_stays_in_the_minutes():
    record = parse_record(
        "Agenda item\n\nTree Strategy\n\nMinutes:\n\n"
        "The Tree Officer presented the draft strategy.\n\n"
        "1. Rejected the proposal to consult schools separately.\n\n"
        "2. Members asked how many trees had been planted last year.\n"
    )
    assert record.resolutions == []


def test_outcomes_that_narrative_follows_stay_in_the_minutes():
    record = parse_record(
        "Agenda item\n\nTree Strategy\n\nMinutes:\n\n"
        "The Tree Officer presented the draft strategy. Over the past year the Panel had:\n\n"
        "1. Rejected the planting programme.\n\n"
        "2. Deferred the survey of street trees.\n\n"
        "Members thanked the officer for the update.\n"
    )
    assert record.resolutions == []


def test_outcomes_listed_after_a_line_leading_into_them_stay_in_the_minutes():
    """"Over the past year the Panel had:" leads into what was done before, not into a decision."""
    record = parse_record(
        "Agenda item\n\nTree Strategy\n\nMinutes:\n\n"
        "The Tree Officer reported that over the past year the Panel had:\n\n"
        "1. Rejected the planting programme.\n\n"
        "2. Deferred the survey of street trees.\n"
    )
    assert record.resolutions == []


def test_a_web_service_body_closing_with_outcomes_gives_them_as_its_decision():
    assert parse_decision(
        "The Tree Officer presented the draft strategy.\n\n"
        "1. Rejected the planting programme.\n\n2. Deferred the survey of street trees.\n"
    ) == (None, [R("1", "Rejected the planting programme."), R("2", "Deferred the survey of street trees.")], None)


def test_headed_decisions_cost_work_in_proportion_to_their_size(monkeypatch):
    from tests.moderngov_parser_cases import assert_work_in_proportion

    assert_work_in_proportion(monkeypatch, lambda n: (
        "Issue - decisions\n\nUrgent Items\n\n02/09/2020 - Urgent Items\n\n"
        + "Allotment Rents\n\nThat the rents be frozen.\n\n" * n
    ))


def test_closing_outcomes_cost_work_in_proportion_to_their_size(monkeypatch):
    from tests.moderngov_parser_cases import assert_work_in_proportion

    assert_work_in_proportion(monkeypatch, lambda n: (
        "Agenda item\n\nTree Strategy\n\nMinutes:\n\nThe officer presented it.\n\n"
        + "".join(f"{i}. Rejected the plan.\n\n" for i in range(1, n + 1))
    ))
