"""
Shapes of ModernGov's issue pages read by parse_record:

* an "Issue - meetings" page listing the item at two meetings: the later
  meeting's "Meeting: <date> - <body> (Item N)" line ends the earlier one's
  "Additional documents:" list and opens its own entry, whose item line
  ("9 Fees and Charges pdf icon PDF 98 KB") is no document and whose agenda
  text, the same as the earlier entry's, is read once;
* an "Issue details" page whose fields after the purpose ("Divisions
  affected:", "Consultation process", "Consultees", "Democratic Services
  Contact:") are details that end the purpose, the value of one written
  without its colon in the paragraphs under it;
* an "Issue details" page's text is the issue's purpose, whatever its status
  ("Recommendations Approved") and however it is worded: its decisions are on
  pages of their own, linked from it, so none is read from it;
* "None" under a documents heading ("Background papers", "- None") names no
  document.
"""

from agenda.importers.moderngov import ParsedResolution, parse_record

R = ParsedResolution


def test_a_later_meeting_line_ends_the_earlier_meetings_documents():
    record = parse_record(
        "Issue - meetings\n\nFees and Charges\n\n"
        "Meeting: 14/03/2023 - Council (Item 9.)\n\n"
        "9. Fees and Charges pdf icon PDF 98 KB\n\n"
        "To consider the fees and charges for 2023/24.\n\n"
        "Additional documents:\n\n"
        "Appendix A - Schedule of Charges PDF 45 KB\n\n\n"
        "Meeting: 07/03/2023 - Council (Item 9)\n\n"
        "9 Fees and Charges pdf icon PDF 97 KB\n\n"
        "To consider the fees and charges for 2023/24.\n\n"
        "Additional documents:\n\n"
        "Minutes:\n\n"
        "The meeting resumed after its adjournment on 7 March.\n\n"
        "RESOLVED: That the fees and charges be approved.\n"
    )
    assert record.title == "Fees and Charges"
    assert record.number == "9"
    assert record.documents == ["Appendix A - Schedule of Charges"]
    assert record.description == "To consider the fees and charges for 2023/24."
    assert record.minutes == "The meeting resumed after its adjournment on 7 March."
    assert record.resolutions == [R("", "That the fees and charges be approved.")]


def test_a_later_meeting_with_other_agenda_text_keeps_it():
    record = parse_record(
        "Issue - meetings\n\nFees and Charges\n\n"
        "Meeting: 14/03/2023 - Council (Item 9)\n\n"
        "9 Fees and Charges pdf icon PDF 98 KB\n\n"
        "To consider the fees and charges for 2023/24.\n\n"
        "Additional documents:\n\n"
        "Meeting: 01/03/2023 - Cabinet (Item 12)\n\n"
        "12 Fees and Charges pdf icon PDF 97 KB\n\n"
        "To recommend the fees and charges to Council.\n\n"
        "Minutes:\n\n"
        "RESOLVED: That the fees and charges be approved.\n"
    )
    assert record.documents == []
    assert record.description == (
        "To consider the fees and charges for 2023/24.\n\nTo recommend the fees and charges to Council."
    )
    assert record.resolutions == [R("", "That the fees and charges be approved.")]


ISSUE_DETAILS = """\
Issue details

Cycle Network Plan 2024 - 2030

The Cycle Network Plan sets out the routes the County Council will build over the next six years.

\u00a0

The draft plan was consulted on last spring and has been revised in the light of the responses.

Decision type: Key

Decision status: Recommendations Approved

Divisions affected: (All Divisions);

Notice of proposed decision first published: 02/02/2024

Decision due: April 2024 by Cabinet Member for Transport (Cllr Ann Reeve)

Lead member: Councillor Ann Reeve ann.reeve@example.gov.uk

Consultation process

Comments on this proposed decision can be sent to the Head of Transport by the start of the month in which it is due.

\u00a0

Consultees

Transport Scrutiny Committee \u2013 14 March 2024

\u00a0

Democratic Services Contact: Peter Lamb Tel: 01234 567890

Decisions

Agenda items

Background papers

  \u2022 None
"""


def test_issue_details_fields_end_the_purpose_and_are_details():
    record = parse_record(ISSUE_DETAILS)
    assert record.title == "Cycle Network Plan 2024 - 2030"
    assert record.description == (
        "The Cycle Network Plan sets out the routes the County Council will build over the next six years.\n\n"
        "The draft plan was consulted on last spring and has been revised in the light of the responses."
    )
    assert record.details == [
        ("Decision type", "Key"),
        ("Decision status", "Recommendations Approved"),
        ("Divisions affected", "(All Divisions);"),
        ("Notice of proposed decision first published", "02/02/2024"),
        ("Decision due", "April 2024 by Cabinet Member for Transport (Cllr Ann Reeve)"),
        ("Lead member", "Councillor Ann Reeve ann.reeve@example.gov.uk"),
        ("Consultation process", "Comments on this proposed decision can be sent to the Head of Transport by the "
                                 "start of the month in which it is due."),
        ("Consultees", "Transport Scrutiny Committee \u2013 14 March 2024"),
        ("Democratic Services Contact", "Peter Lamb Tel: 01234 567890"),
    ]
    assert (record.minutes, record.resolutions) == ("", [])


def test_none_under_a_documents_heading_is_no_document():
    assert parse_record(ISSUE_DETAILS).documents == []
    record = parse_record(
        "Agenda item\n\nFees and Charges\n\nTo consider the fees and charges.\n\n"
        "Minutes:\n\nRESOLVED: That the fees be approved.\n\nBackground papers: None.\n"
    )
    assert record.documents == []
    assert record.resolutions == [R("", "That the fees be approved.")]


def test_a_consultation_heading_in_agenda_text_stays_agenda_text():
    """Without a colon, a field's name is read as the field only straight after another field:
    in the agenda's text it is a heading of that text."""
    record = parse_record(
        "Agenda item\n\nCycle Network Plan\n\nTo approve the Cycle Network Plan.\n\n"
        "Consultation process\n\nThe plan will be consulted on over the summer.\n\n"
        "Minutes:\n\nRESOLVED: That the plan be approved.\n"
    )
    assert record.details == []
    assert "Consultation process" in record.description


def test_an_issue_details_page_without_its_links_reads_no_decision():
    record = parse_record(ISSUE_DETAILS.replace("Decisions\n\nAgenda items\n\n", ""))
    assert record.description == (
        "The Cycle Network Plan sets out the routes the County Council will build over the next six years.\n\n"
        "The draft plan was consulted on last spring and has been revised in the light of the responses."
    )
    assert (record.minutes, record.preamble, record.resolutions) == ("", None, [])


def test_an_issue_details_page_still_to_be_decided_keeps_its_text_as_the_purpose():
    record = parse_record(
        "Issue details\n\nCycle Network Plan\n\n"
        "The Cycle Network Plan sets out the routes the County Council will build.\n\n\n\n"
        "That the Cabinet Member approves the plan for adoption.\n\n"
        "Decision type: Key\n\nDecision status: For Determination\n\n"
        "Decision due: April 2024 by Cabinet Member for Transport\n"
    )
    assert record.description == (
        "The Cycle Network Plan sets out the routes the County Council will build.\n\n"
        "That the Cabinet Member approves the plan for adoption."
    )
    assert (record.minutes, record.resolutions) == ("", [])


def test_many_meetings_cost_work_in_proportion_to_their_size(monkeypatch):
    from tests.moderngov_parser_cases import assert_work_in_proportion

    assert_work_in_proportion(monkeypatch, lambda n: "Issue - meetings\n\nFees\n\n" + (
        "Meeting: 07/03/2023 - Council (Item 9)\n\n9 Fees pdf icon PDF 97 KB\n\n"
        "To consider the fees.\n\nAdditional documents:\n\nAppendix A PDF 4 KB\n\n"
    ) * n + "Minutes:\n\nRESOLVED: That the fees be approved.\n")
