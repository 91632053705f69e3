"""
Shapes of ModernGov's issue pages read by parse_record:

* an "Issue - meetings" page listing the item at two meetings: the later
  meeting's "Meeting: <date> - <body> (Item N)" line ends the earlier one's
  "Additional documents:" list and opens its own entry, whose item line
  ("9 Fees and Charges pdf icon PDF 98 KB") is no document and whose agenda
  text, the same as the earlier entry's, is read once;
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


def test_many_meetings_cost_work_in_proportion_to_their_size(monkeypatch):
    from tests.moderngov_parser_cases import assert_work_in_proportion

    assert_work_in_proportion(monkeypatch, lambda n: "Issue - meetings\n\nFees\n\n" + (
        "Meeting: 07/03/2023 - Council (Item 9)\n\n9 Fees pdf icon PDF 97 KB\n\n"
        "To consider the fees.\n\nAdditional documents:\n\nAppendix A PDF 4 KB\n\n"
    ) * n + "Minutes:\n\nRESOLVED: That the fees be approved.\n")
