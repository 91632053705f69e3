"""
`manage.py import_moderngov FOLDER` maps ModernGov's committees, meetings,
items, decisions, papers and attendance onto this site's records, and is
safe to run again: unchanged records stay untouched, records changed in
ModernGov are updated, records edited here are reported and kept unless
--overwrite says otherwise.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.management import CommandError
from django.db import DatabaseError

from agenda.models import AgendaItem, Resolution, SupportingDocument
from meetings.models import Attendance, Committee, Meeting, Membership, Person
from moderngov.writer import NewRecords
from tests.moderngov_site import (
    CHANGED, EXAMPLESHIRE, copy_of, report_line, row_counts, run_import,
)

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
SOURCE = "moderngov:https://democracy.exampleshire.gov.uk"


def item(external_id):
    return AgendaItem.objects.get(source=SOURCE, external_id=external_id)


def meeting(external_id):
    return Meeting.objects.get(source=SOURCE, external_id=external_id)


def test_committees_are_imported_with_their_kind_and_state_and_a_deleted_one_is_skipped_with_its_reason():
    report, _ = run_import(EXAMPLESHIRE)
    committees = {c.external_id: c for c in Committee.objects.filter(source=SOURCE)}
    assert set(committees) == {"101", "102", "103"}
    assert committees["101"].name == "Children and Young People Scrutiny Committee"
    assert committees["101"].kind == Committee.Kind.SCRUTINY_COMMITTEE
    assert committees["102"].kind == Committee.Kind.CABINET
    assert committees["103"].kind == Committee.Kind.TASK_AND_FINISH
    assert committees["103"].is_active is False and committees["101"].is_active is True
    assert report_line(report, "committees") == "3 created, 0 updated, 0 unchanged, 1 skipped"
    assert "committee 104 (Old Licensing Sub-Committee): deleted in ModernGov" in report


def test_meeting_times_as_moderngov_writes_them_are_read_in_london_time():
    run_import(EXAMPLESHIRE)
    assert meeting("501").start == datetime(2024, 1, 15, 10, 0, tzinfo=LONDON)
    assert meeting("501").end == datetime(2024, 1, 15, 12, 30, tzinfo=LONDON)
    assert meeting("502").start == datetime(2024, 3, 12, 19, 30, tzinfo=LONDON)
    assert meeting("503").start == datetime(2024, 5, 10, 14, 0, tzinfo=LONDON)  # British Summer Time
    assert meeting("601").start == datetime(2024, 2, 5, 10, 0, tzinfo=LONDON)  # no time given
    assert meeting("701").start == datetime(2023, 6, 20, 14, 30, tzinfo=LONDON)
    assert meeting("501").venue == "Committee Room 1, County Hall, Exampleton"


def test_status_and_publication_follow_moderngov():
    run_import(EXAMPLESHIRE)
    full, cancelled, postponed, agenda_only = meeting("501"), meeting("502"), meeting("503"), meeting("601")
    assert cancelled.status == Meeting.Status.CANCELLED and cancelled.status_reason
    assert postponed.status == Meeting.Status.POSTPONED
    assert full.is_announced and full.is_agenda_published and full.decisions_published_at
    assert full.minutes_status == Meeting.MinutesStatus.DRAFT and full.minutes_published_at
    assert agenda_only.is_agenda_published and agenda_only.decisions_published_at is None
    assert agenda_only.minutes_status == Meeting.MinutesStatus.NONE
    # Nothing published there: a draft here, seen by clerks alone.
    assert not postponed.is_announced and not postponed.is_agenda_published
    assert item("5031").published_at is None
    assert item("5013").published_at is not None


def test_items_keep_number_title_purpose_presenter_minutes_and_decision():
    run_import(EXAMPLESHIRE)
    report = item("5013")
    assert (report.number, report.number_fixed, report.order) == ("3", True, 3)
    assert report.title == "School Attendance Report"
    assert report.presenter == "Director of Children's Services"
    assert report.description == "<p>To consider the annual report on school attendance and persistent absence.</p>"
    assert "<ul><li>Persistent absence had fallen by 2 per cent.</li><li>Transport" in report.minutes
    assert "<table>" in report.minutes
    assert report.preamble == "That the Committee:"
    assert report.reason_for_decision == "<p>To keep school attendance under review.</p>"
    assert [(r.label, r.text) for r in report.resolutions.all()] == [
        ("1", "notes the report on school attendance;"),
        ("2", "asks the Director to report back on rural transport in June 2024; and"),
        ("3", "recommends that Cabinet reviews the attendance strategy."),
    ]
    assert report.resolutions.get(label="3").kind == Resolution.Kind.RECOMMENDATION
    assert item("5015").number == "5a"


def test_lettered_resolutions_come_from_the_minutes_when_there_is_no_decision():
    run_import(EXAMPLESHIRE)
    homes = item("7011")
    assert [(r.label, r.text) for r in homes.resolutions.all()] == [
        ("a", "That the report be noted."),
        ("b", "That the group recommends a review of council tax premiums."),
    ]
    assert "The group heard from the Empty Homes Officer." in homes.minutes
    assert [r.text for r in item("5012").resolutions.all()] == [
        "That the minutes of the meeting held on 1 December 2023 be approved as a correct record "
        "and signed by the Chair."
    ]


def test_restricted_items_and_papers_are_exempt_with_their_schedule_12a_paragraph():
    report, _ = run_import(EXAMPLESHIRE)
    assert (item("5014").is_exempt, item("5014").exempt_paragraph) == (True, 3)  # "Paragraph 3"
    assert (item("6012").is_exempt, item("6012").exempt_paragraph) == (True, 3)  # "para 3 of Part 1 ..."
    assert item("7012").is_exempt and item("7012").exempt_paragraph == 3
    assert "item 2 is restricted without a Schedule 12A paragraph (Confidential)" in report
    assert not item("5013").is_exempt
    papers = {d.title: d for d in SupportingDocument.objects.filter(source=SOURCE)}
    assert papers["School attendance report"].is_exempt is False
    assert papers["School attendance report"].source_url == (
        "https://democracy.exampleshire.gov.uk/mgConvert2PDF.aspx?ID=9001")
    assert not papers["School attendance report"].file
    assert papers["Appendix B - pupil level data SEALDOCUMENT"].is_exempt is True
    assert papers["Tender evaluation WALRUSEXEMPT"].is_exempt is True


def test_attendees_become_people_members_and_attendance():
    run_import(EXAMPLESHIRE)
    alice = Person.objects.get(source=SOURCE, external_id="1001")
    assert (alice.honorific, alice.name, alice.party, alice.ward) == ("Councillor", "Alice Brown", "Labour", "Northgate")
    officer = Person.objects.get(external_id="2001")
    assert officer.kind == Person.Kind.OFFICER
    committee = Committee.objects.get(source=SOURCE, external_id="101")
    roles = dict(Membership.objects.filter(committee=committee).values_list("person__name", "role"))
    assert roles == {"Alice Brown": "chair", "Bob Singh": "vice_chair", "Carol Davies": "member", "Dan Evans": "member"}
    statuses = dict(Attendance.objects.filter(meeting=meeting("501")).values_list("person__name", "status"))
    assert statuses == {"Alice Brown": "present", "Bob Singh": "present", "Carol Davies": "apologies",
                        "Dan Evans": "absent", "Jane Officer": "present"}
    assert Person.objects.filter(name="Carol Davies").count() == 1


def test_an_existing_person_is_matched_by_name():
    Person.objects.create(name="Bob Singh", slug="bob-singh", honorific="Councillor")
    run_import(EXAMPLESHIRE)
    bob = Person.objects.get(name="Bob Singh")
    assert (bob.source, bob.external_id, bob.party) == (SOURCE, "1002", "Conservative")


def test_running_twice_changes_nothing():
    run_import(EXAMPLESHIRE)
    before = row_counts()
    report, _ = run_import(EXAMPLESHIRE)
    assert row_counts() == before
    for kind in ("meetings", "items", "resolutions", "documents"):
        assert report_line(report, kind).startswith("0 created, 0 updated, ")
        assert report_line(report, kind).endswith(" 0 skipped")
    assert report_line(report, "items") == "0 created, 0 updated, 11 unchanged, 0 skipped"


def test_dry_run_saves_nothing_and_reports_what_it_would_do():
    before = row_counts()
    report, _ = run_import(EXAMPLESHIRE, "--dry-run")
    assert row_counts() == before
    assert report.startswith("Dry run: nothing was saved.")
    assert report_line(report, "items") == "11 created, 0 updated, 0 unchanged, 0 skipped"


def test_a_change_in_moderngov_updates_the_record_with_its_history(tmp_path):
    run_import(EXAMPLESHIRE)
    history_before = item("5013").history.count()
    report, _ = run_import(copy_of(tmp_path, CHANGED))
    assert item("5013").title == "School Attendance and Exclusions Report"
    assert item("5013").history.count() == history_before + 1
    assert item("5013").history.first().history_change_reason == "Imported from ModernGov"
    assert meeting("501").venue == "Council Chamber, County Hall, Exampleton"
    assert item("5013").resolutions.get(label="2").text.endswith("in September 2024; and")
    assert report_line(report, "items") == "0 created, 1 updated, 10 unchanged, 0 skipped"
    assert report_line(report, "resolutions") == "0 created, 1 updated, 10 unchanged, 0 skipped"


def test_a_local_edit_is_reported_and_kept_unless_overwrite(tmp_path):
    run_import(EXAMPLESHIRE)
    edited = item("5013")
    edited.title = "School attendance (corrected here)"
    edited.save()
    changed = copy_of(tmp_path, CHANGED)

    report, _ = run_import(changed)
    assert item("5013").title == "School attendance (corrected here)"
    assert report_line(report, "items") == "0 created, 0 updated, 10 unchanged, 1 skipped"
    assert "item 3: edited here since the last import; kept (use --overwrite to replace it)" in report

    report, _ = run_import(changed, "--overwrite")
    assert item("5013").title == "School Attendance and Exclusions Report"
    assert report_line(report, "items") == "0 created, 1 updated, 10 unchanged, 0 skipped"


def test_an_edit_here_is_kept_when_nothing_changed_there():
    run_import(EXAMPLESHIRE)
    edited = item("5013")
    edited.presenter = "Jo Bloggs, Director"
    edited.save()
    report, _ = run_import(EXAMPLESHIRE)
    assert item("5013").presenter == "Jo Bloggs, Director"
    assert report_line(report, "items") == "0 created, 0 updated, 11 unchanged, 0 skipped"


def test_committee_and_date_filters(tmp_path):
    report, _ = run_import(EXAMPLESHIRE, "--committee", "101", "--from", "2024-02-01", "--to", "2024-12-31")
    assert set(Meeting.objects.values_list("external_id", flat=True)) == {"502", "503"}
    assert set(Committee.objects.values_list("external_id", flat=True)) == {"101"}


def test_a_broken_meeting_is_reported_and_the_others_are_imported(tmp_path):
    folder = copy_of(tmp_path)
    (folder / "GetMeeting-502.xml").write_text("<meeting><meetingid>502</meeting>")
    (folder / "GetMeeting-503.xml").write_text(
        "<!DOCTYPE html><html><head><title>Runtime Error</title></head><body>Server Error</body></html>")
    (folder / "GetMeeting-601.xml").unlink()
    report, err = run_import(folder)
    assert "GetMeeting-502.xml: not XML (mismatched tag" in report
    assert "GetMeeting-503.xml: not XML (it looks like an HTML page: 'Runtime Error')" in report
    assert "GetMeeting-601.xml: missing from" in report
    assert "3 response(s) could not be imported" in err
    assert set(Meeting.objects.values_list("external_id", flat=True)) == {"501", "701"}


def test_a_meeting_that_cannot_be_saved_saves_none_of_its_parts(tmp_path):
    folder = copy_of(tmp_path)
    text = (folder / "GetMeeting-701.xml").read_text()
    (folder / "GetMeeting-701.xml").write_text(text.replace("20/06/2023", "31/02/2023"))
    report, _ = run_import(folder)
    assert "GetMeeting-701.xml: the meeting date '31/02/2023' is not a date" in report
    assert report_line(report, "meetings") == "4 created, 0 updated, 0 unchanged, 0 skipped"
    assert not Meeting.objects.filter(external_id="701").exists()
    assert not AgendaItem.objects.filter(external_id__in=["7011", "7012"]).exists()


def test_unreadable_committees_abort_with_a_clear_message(tmp_path):
    folder = copy_of(tmp_path)
    (folder / "GetCommittees.xml").write_bytes(b"\x00\x01 not xml")
    with pytest.raises(CommandError, match=r"GetCommittees.xml: not XML .*Nothing was imported"):
        run_import(folder)
    (folder / "GetCommittees.xml").unlink()
    with pytest.raises(CommandError, match=r"GetCommittees.xml: missing from"):
        run_import(folder)
    with pytest.raises(CommandError, match="no such folder"):
        run_import(tmp_path / "nowhere")
    assert not Committee.objects.exists()


def test_bad_dates_are_refused():
    with pytest.raises(CommandError, match="not a date"):
        run_import(EXAMPLESHIRE, "--from", "15/01/2024")
    with pytest.raises(CommandError, match="--from must be on or before --to"):
        run_import(EXAMPLESHIRE, "--from", "2024-02-01", "--to", "2024-01-01")


def test_a_meeting_whose_minutes_were_approved_here_is_left_alone(tmp_path):
    run_import(EXAMPLESHIRE)
    approved = meeting("501")
    approved.minutes_status = Meeting.MinutesStatus.APPROVED
    approved.minutes_approved_at_meeting = meeting("502")
    approved.save()
    report, _ = run_import(copy_of(tmp_path, CHANGED))
    assert "GetMeeting-501.xml (15/01/2024): minutes approved here, so the record is locked" in report
    assert item("5013").title == "School Attendance Report"
    assert meeting("501").minutes_status == Meeting.MinutesStatus.APPROVED


def test_a_failed_meeting_counts_nothing_it_did_not_save(monkeypatch):
    def fail(self):
        raise DatabaseError("database or disk is full")

    monkeypatch.setattr(NewRecords, "save", fail)
    report, _ = run_import(EXAMPLESHIRE, "--committee", "101")
    assert "GetMeeting-501.xml: database or disk is full" in report
    assert report_line(report, "meetings") == "0 created, 0 updated, 0 unchanged, 0 skipped"
    assert report_line(report, "items") == "0 created, 0 updated, 0 unchanged, 0 skipped"
    assert report_line(report, "people") == "3 created, 0 updated, 0 unchanged, 0 skipped"
    assert not Meeting.objects.exists() and not Person.objects.filter(name="Dan Evans").exists()
