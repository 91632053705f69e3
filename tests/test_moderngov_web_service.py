"""
ModernGov's web service answered from this site: a client written for a
ModernGov council reads Scrutiny unchanged, and Scrutiny's own ModernGov
import, reading it, rebuilds the same record.
"""

import io
from datetime import datetime
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.utils import timezone

from agenda.models import AgendaItem, Resolution, SupportingDocument
from meetings.models import Committee, Meeting, Membership, Person
from moderngov import xml as moderngov_xml
from tests import factories

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
SERVICE = "/mgWebService.asmx"


def fetch(client, method, **params):
    response = client.get(f"{SERVICE}/{method}", params)
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"].startswith("text/xml")
    return response.content


@pytest.fixture
def meeting(db):
    committee = factories.CommitteeFactory(name="Children's Scrutiny Committee")
    meeting = factories.MeetingFactory(
        committee=committee, start=datetime(2026, 3, 10, 19, 30, tzinfo=LONDON), venue="Council Chamber",
        decisions_published_at=timezone.now(), minutes_status=Meeting.MinutesStatus.DRAFT,
        minutes_published_at=timezone.now(),
    )
    item = factories.AgendaItemFactory(
        meeting=meeting, number="5", title="Foster carers", description="<p>To review <b>fostering</b>.</p>",
        minutes="<p>Members asked about allowances &amp; training.</p>", preamble="That the Committee:",
        reason_for_decision="<p>To support carers.</p>",
    )
    factories.ResolutionFactory(item=item, label="a", text="note the report;")
    factories.ResolutionFactory(item=item, label="b", text="recommend a review of allowances.")
    factories.DocumentFactory(item=item, title="Fostering report")
    person = factories.PersonFactory(name="Alice Brown", party="Labour", ward="Northgate")
    factories.MembershipFactory(committee=committee, person=person, role=Membership.Role.CHAIR)
    factories.AttendanceFactory(meeting=meeting, person=person)
    return meeting


def test_get_meeting_speaks_moderngovs_formats(client, meeting):
    root = ElementTree.fromstring(fetch(client, "GetMeeting", lMeetingId=meeting.pk))
    element = root.find("meeting")
    assert element.findtext("meetingdate") == "10/03/2026"
    assert element.findtext("meetingtime") == "7.30 pm"
    assert element.findtext("meetingstatus") == "Confirmed"
    assert element.findtext("decisionpublished") == "True"
    item = element.find("agendaitems/agendaitem")
    assert item.findtext("isrestricted") == "False"
    # HTML bodies travel as escaped text inside their elements.
    assert item.findtext("agendatext") == meeting.items.get().description
    assert "<strong>fostering</strong>" in item.findtext("agendatext")
    assert "RESOLVED: That the Committee:" in item.findtext("decisionnonemptyhtmlbody")
    attendee = element.find("attendees/attendee")
    assert attendee.findtext("roledescription") == "Chair"
    assert attendee.findtext("attendance") == "Present"


def test_moderngovs_own_reader_reads_every_answer(client, meeting):
    """The same reader the importer uses for councils' ModernGov sites."""
    committees = moderngov_xml.parse_committees(fetch(client, "GetCommittees"))
    assert [c.title for c in committees] == ["Children's Scrutiny Committee"]
    summaries = moderngov_xml.parse_meetings(
        fetch(client, "GetMeetings", lCommitteeId=committees[0].id, sFromDate="01/01/2026", sToDate="31/12/2026"),
        "GetMeetings.xml",
    )
    assert [s.id for s in summaries] == [str(meeting.pk)]
    record = moderngov_xml.parse_meeting(fetch(client, "GetMeeting", lMeetingId=meeting.pk), "GetMeeting.xml")
    assert record.items[0].presenter == meeting.items.get().presenter
    assert record.items[0].documents[0].title == "Fostering report"
    councillors = moderngov_xml.parse_councillors(fetch(client, "GetCouncillorsByWard"), "GetCouncillorsByWard.xml")
    assert [(c.name, c.party, c.ward) for c in councillors] == [("Alice Brown", "Labour", "Northgate")]


def test_meetings_outside_the_dates_are_left_out(client, meeting):
    body = fetch(client, "GetMeetings", lCommitteeId=meeting.committee_id, sFromDate="11/03/2026", sToDate="31/12/2026")
    assert moderngov_xml.parse_meetings(body, "GetMeetings.xml") == []
    body = fetch(client, "GetAllMeetingsByDate", sFromDate="10/03/2026", sToDate="10/03/2026")
    assert len(ElementTree.fromstring(body).findall("meeting")) == 1


@pytest.mark.parametrize(
    "path, message",
    [
        ("GetMeeting", "lMeetingId must be a number"),
        ("GetMeeting?lMeetingId=abc", "lMeetingId must be a number"),
        ("GetMeeting?lMeetingId=99999999", "There is no meeting"),
        ("GetMeetings?lCommitteeId=1&sFromDate=2026-13-45", "sFromDate must be a date"),
        ("GetMeetings?lCommitteeId=1&sFromDate=02/01/2026&sToDate=01/01/2026", "must not be before"),
        ("GetAllMeetingsByDate?sFromDate=%00", "sFromDate must be a date"),
        ("GetSomethingElse", "has no method"),
    ],
)
def test_bad_calls_get_a_plain_message_not_a_page(client, meeting, path, message):
    response = client.get(f"{SERVICE}/{path}")
    assert response.status_code in (400, 404)
    assert response["Content-Type"].startswith("text/plain")
    assert message in response.content.decode()


def test_public_is_told_nothing_the_pages_do_not_show(client, db):
    hidden = factories.MeetingFactory(announced_at=None, agenda_published_at=None, venue="Secret venue")
    meeting = factories.MeetingFactory(minutes_status=Meeting.MinutesStatus.NONE)
    exempt = factories.AgendaItemFactory(
        meeting=meeting, is_exempt=True, exempt_paragraph=3, description="Tender prices",
        minutes="The bids were discussed.",
    )
    factories.ResolutionFactory(item=exempt, text="That the contract be awarded.")
    factories.DocumentFactory(item=exempt, title="Tender scores", is_exempt=True)
    factories.AttendanceFactory(meeting=meeting)
    assert client.get(f"{SERVICE}/GetMeeting", {"lMeetingId": hidden.pk}).status_code == 404
    assert b"Secret venue" not in fetch(client, "GetAllMeetingsByDate")
    body = fetch(client, "GetMeeting", lMeetingId=meeting.pk).decode()
    for secret in ("Tender prices", "The bids", "contract be awarded", "Tender scores"):
        assert secret not in body
    assert "Paragraph 3" in body
    # Attendance is public with the minutes, which are not out yet.
    assert "<attendee>" not in body


def snapshot():
    """The record as a reader of the site sees it, without this site's own ids."""
    return {
        "committees": sorted((c.name, c.is_active) for c in Committee.objects.all()),
        "meetings": sorted(
            (m.committee.name, m.start, m.end, m.venue, m.status, m.is_agenda_published,
             m.are_decisions_published, m.are_minutes_published)
            for m in Meeting.objects.select_related("committee")
        ),
        "items": sorted(
            (i.meeting.start, i.number, i.title, i.description, i.presenter, i.minutes, i.preamble,
             i.reason_for_decision, i.is_exempt, i.exempt_paragraph)
            for i in AgendaItem.objects.select_related("meeting")
        ),
        "resolutions": sorted(
            (r.item.meeting.start, r.item.number, r.label, r.text) for r in Resolution.objects.select_related("item__meeting")
        ),
        "documents": sorted((d.item.title, d.title, d.is_exempt) for d in SupportingDocument.objects.select_related("item")),
        "people": sorted((p.name, p.party, p.ward) for p in Person.objects.all()),
        "attendance": sorted((a.meeting.start, a.person.name, a.status) for a in Meeting.attendances.rel.related_model.objects.select_related("meeting", "person")),
    }


def test_import_moderngov_reading_this_service_rebuilds_the_same_record(clerk_client, tmp_path):
    """The demo council, read through the web service and imported into an emptied database."""
    call_command("load_demo", stdout=io.StringIO())
    items = AgendaItem.objects.order_by("pk")
    factories.DocumentFactory(item=items.first(), title="Fostering service report")
    factories.DocumentFactory(item=items.last(), title="Appendix B: provider prices", is_exempt=True)
    before = snapshot()
    assert all(before[key] for key in before)
    assert any(item[8] for item in before["items"]), "the demo has an exempt item"
    (tmp_path / "GetCommittees.xml").write_bytes(fetch(clerk_client, "GetCommittees"))
    (tmp_path / "GetCouncillorsByWard.xml").write_bytes(fetch(clerk_client, "GetCouncillorsByWard"))
    for committee in Committee.objects.all():
        body = fetch(clerk_client, "GetMeetings", lCommitteeId=committee.pk, sFromDate="01/01/1990", sToDate="31/12/2099")
        (tmp_path / f"GetMeetings-{committee.pk}.xml").write_bytes(body)
        for summary in moderngov_xml.parse_meetings(body, "GetMeetings.xml"):
            (tmp_path / f"GetMeeting-{summary.id}.xml").write_bytes(fetch(clerk_client, "GetMeeting", lMeetingId=summary.id))
    from django.apps import apps

    for label in ("recommendations.Recommendation", "recommendations.Action", "recommendations.WorkProgrammeEntry"):
        try:
            apps.get_model(label).objects.all().delete()
        except LookupError:
            pass
    Meeting.objects.update(minutes_approved_at_meeting=None, minutes_status=Meeting.MinutesStatus.NONE)
    Meeting.objects.all().delete()
    Membership.objects.all().delete()
    Person.objects.exclude(user__is_staff=True).delete()
    Committee.objects.update(parent=None)
    Committee.objects.all().delete()
    call_command("import_moderngov", str(tmp_path), stdout=io.StringIO())
    after = snapshot()
    assert not Meeting.objects.filter(source="").exists()
    assert Resolution.objects.exclude(source="").count() == len(before["resolutions"])
    for key in before:
        assert after[key] == before[key], key


@pytest.mark.django_db(transaction=True)
def test_importer_fetches_a_scrutiny_site_over_http_then_imports_what_it_saved(live_server, tmp_path):
    """
    The importer's own web client, as it reads a council's ModernGov site,
    reads this site's web service over HTTP (and keeps what it fetched);
    importing the saved answers gives the site's public meetings and items.
    """
    from moderngov.source import WebSource

    call_command("load_demo", stdout=io.StringIO())
    source = WebSource(live_server.url, save_to=tmp_path, sleep=lambda seconds: None)
    _, body = source.committees()
    source.councillors()
    for committee in moderngov_xml.parse_committees(body):
        name, meetings = source.meetings(committee.id)
        for summary in moderngov_xml.parse_meetings(meetings, name):
            source.meeting(summary.id)
    public_meetings = Meeting.objects.public().count()
    public_items = AgendaItem.objects.visible_to(None).count()
    assert len(list(tmp_path.glob("GetMeeting-*.xml"))) == public_meetings
    report = io.StringIO()
    call_command("import_moderngov", str(tmp_path), "--dry-run", stdout=report)
    lines = {line.split()[0]: line.split()[1] for line in report.getvalue().splitlines()[1:] if line.startswith("  ")}
    assert lines["meetings"] == str(public_meetings)
    assert lines["items"] == str(public_items)
