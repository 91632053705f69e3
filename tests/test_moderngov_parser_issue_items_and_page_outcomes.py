"""
Shapes of issue pages and agenda items read by parse_record:

* an "Issue - meetings" page whose item line is the agenda's shorter wording
  of the issue's title, with a full stop ("Apologies and substitutions."): no agenda
  text, the record titled as the issue;
* an "Issue - decisions" page whose decisions follow a sentence of narrative
  leading into them with ":-" (their preamble), the first an infinitive
  ("To appoint ...");
* an "Issue - decisions" page whose outcome ("... were approved as a correct
  record.") is followed by a paragraph of narrative, which stays in the minutes;
* an agenda item with no "Minutes:" heading whose agenda text states what
  members must do and what is appended, before the narrative.
"""

from agenda.importers.moderngov import ParsedResolution, parse_record

R = ParsedResolution


def test_issue_item_line_worded_shorter_is_no_agenda_text():
    record = parse_record(
        "Issue - meetings\n\n"
        "Apologies and substitutions for this meeting of the panel.\n\n"
        "Meeting: 02/02/2022 - Housing Panel (Item 3)\n\n"
        "Apologies and substitutions.\n\n"
        "Minutes:\n\n"
        "Apologies were received from Councillor Rowan Pike.\n"
    )
    assert record.title == "Apologies and substitutions for this meeting of the panel."
    assert record.description == ""
    assert record.minutes == "Apologies were received from Councillor Rowan Pike."


def test_issue_purpose_that_opens_like_the_title_is_not_taken_for_the_item_line():
    record = parse_record(
        "Issue - meetings\n\nParking charges\n\n"
        "Meeting: 02/02/2022 - Cabinet (Item 9)\n\n"
        "9 Parking charges pdf icon PDF 120 KB\n\n"
        "Parking charges for the coming year are set out in the report.\n\n"
        "Minutes:\n\nRESOLVED: That the charges be approved.\n"
    )
    assert record.title == "Parking charges"
    assert record.description == "Parking charges for the coming year are set out in the report."
    assert record.resolutions == [R("", "That the charges be approved.")]


def test_decisions_after_a_narrative_lead_in_ending_with_a_dash():
    record = parse_record(
        "Issue - decisions\n\nCommittee appointments\n\n"
        "05/05/2022 - Committee appointments\n\n"
        "At its meeting on 5 May 2022 the Council made these decisions:-\n"
        "To appoint Councillor Ada Marsh as chair of the Licensing Committee.\n"
        "That Councillor Bo Fenn be vice-chair of the Licensing Committee.\n"
    )
    assert record.resolutions == [
        R("", "To appoint Councillor Ada Marsh as chair of the Licensing Committee."),
        R("", "That Councillor Bo Fenn be vice-chair of the Licensing Committee."),
    ]
    assert record.preamble == "At its meeting on 5 May 2022 the Council made these decisions:-"


def test_outcome_then_a_point_of_order_keeps_the_point_of_order_in_the_minutes():
    record = parse_record(
        "Issue - decisions\n\nMinutes of the Estates Panel held on 3 March 2020\n\n"
        "14/04/2020 - Minutes of the Estates Panel held on 3 March 2020\n\n"
        "The minutes of the Estates Panel held on 3 March 2020 were approved as a correct record.\n\n\n"
        "Councillor Iris Vane raised a point of order about the timing of site visits. The Head of "
        "Estates advised that a schedule of visits would be sent to members.\n"
    )
    assert record.resolutions == [
        R("", "The minutes of the Estates Panel held on 3 March 2020 were approved as a correct record.")
    ]
    assert record.minutes.startswith("Councillor Iris Vane raised a point of order")


def test_a_page_of_narrative_only_still_reads_its_last_paragraph():
    record = parse_record(
        "Issue - decisions\n\nTree survey\n\n07/07/2021 - Tree survey\n\n"
        "The Cabinet will commission a survey of street trees in the spring.\n"
    )
    assert record.resolutions == [R("", "The Cabinet will commission a survey of street trees in the spring.")]


def test_agenda_text_stating_what_members_must_do_is_the_purpose():
    record = parse_record(
        "Agenda item\n\nQuestions on the minutes of panels\n\n"
        "Councillors who want to ask about the minutes listed below must give notice to the "
        "Monitoring Officer by noon on the day before the meeting.\n\n\n"
        "The following are appended to this agenda:-\n\n\n"
        "The minutes of the Transport Panel were submitted for information.\n\n\n"
        "Councillor Nia Holt asked about the bus shelter programme and was given an update.\n\n"
        "Supporting documents:\n"
    )
    assert record.description == (
        "Councillors who want to ask about the minutes listed below must give notice to the "
        "Monitoring Officer by noon on the day before the meeting.\n\n"
        "The following are appended to this agenda:-"
    )
    assert record.minutes.startswith("The minutes of the Transport Panel were submitted")
    assert record.resolutions == []


def test_narrative_saying_what_a_member_said_must_happen_stays_in_the_minutes():
    record = parse_record(
        "Agenda item\n\nRoad safety\n\n"
        "Councillor Omar Reed said that the council must act on speeding near schools.\n\n"
        "RESOLVED: That the report be noted.\n"
    )
    assert record.description == ""
    assert record.minutes == "Councillor Omar Reed said that the council must act on speeding near schools."
