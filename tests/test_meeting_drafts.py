"""
A meeting is a draft, seen by clerks alone, until a clerk announces it or
publishes its agenda; a draft entered by mistake can be deleted.
"""

import importlib
from datetime import timedelta

import pytest
from django.apps import apps as django_apps
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from agenda import services as agenda_services
from agenda.models import AgendaItem
from meetings.models import Meeting
from tests.factories import (
    AgendaItemFactory,
    AttendanceFactory,
    ClerkFactory,
    CommitteeFactory,
    MeetingFactory,
)

pytestmark = pytest.mark.django_db

VENUE = "Room 7 in the Old Town Hall"


def draft_meeting(**kwargs):
    kwargs.setdefault("start", timezone.now().replace(microsecond=0) + timedelta(days=40))
    return MeetingFactory(agenda_published_at=None, announced_at=None, venue=VENUE, **kwargs)


def public_pages(meeting):
    committee = meeting.committee
    start = timezone.localtime(meeting.start)
    return [
        reverse("home"),
        reverse("meetings:committee", args=[committee.slug]),
        reverse("meetings:calendar_month", args=[start.year, start.month]),
        reverse("ical_meetings"),
        reverse("ical_committee_meetings", args=[committee.slug]),
        "/sitemap.xml",
    ]


def test_a_meeting_added_by_a_clerk_is_a_draft_nobody_else_sees(clerk_client):
    committee = CommitteeFactory()
    day = timezone.localdate() + timedelta(days=30)
    response = clerk_client.post(reverse("clerk:meeting_create"), {
        "committee": committee.pk, "start_date": day.isoformat(), "start_time": "18:30", "venue": VENUE,
    })
    assert response.status_code == 302
    meeting = Meeting.objects.get()
    assert not meeting.is_announced
    public = Client()
    assert public.get(reverse("agenda:meeting", args=[meeting.pk])).status_code == 404
    traces = [VENUE, reverse("agenda:meeting", args=[meeting.pk]), f"meeting-{meeting.pk}@"]
    for url in public_pages(meeting):
        page = public.get(url).content.decode()
        assert not [trace for trace in traces if trace in page], url
    hub = clerk_client.get(reverse("clerk:meeting", args=[meeting.pk])).content.decode()
    assert "Announce meeting" in hub and "Delete meeting" in hub


def test_clerk_announces_a_draft_meeting_and_the_public_sees_it(clerk_client, clerk):
    meeting = draft_meeting()
    response = clerk_client.post(reverse("clerk:meeting_announce", args=[meeting.pk]), {"version": meeting.version})
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.is_announced and meeting.announced_by == clerk
    assert meeting.history.first().history_change_reason == "Meeting announced"
    public = Client()
    assert public.get(reverse("agenda:meeting", args=[meeting.pk])).status_code == 200
    committee_page = public.get(reverse("meetings:committee", args=[meeting.committee.slug])).content.decode()
    assert reverse("agenda:meeting", args=[meeting.pk]) in committee_page
    assert VENUE in public.get(reverse("ical_meetings")).content.decode()
    assert "Announce meeting" not in clerk_client.get(meeting.get_absolute_url()).content.decode()


def test_announcing_from_a_page_opened_before_another_change_is_refused(clerk_client):
    meeting = draft_meeting()
    opened_at = meeting.version
    Meeting.objects.filter(pk=meeting.pk).update(version=opened_at + 1, start=meeting.start + timedelta(days=1))
    response = clerk_client.post(reverse("clerk:meeting_announce", args=[meeting.pk]), {"version": opened_at})
    assert response.status_code == 409
    assert "Someone else saved this meeting" in response.content.decode()
    meeting.refresh_from_db()
    assert not meeting.is_announced


@pytest.mark.parametrize("version", ["", "x", "0", "99999999999999999999"])
def test_announcing_with_a_broken_version_is_refused_without_error(clerk_client, version):
    meeting = draft_meeting()
    response = clerk_client.post(reverse("clerk:meeting_announce", args=[meeting.pk]), {"version": version})
    assert response.status_code in (200, 409)
    meeting.refresh_from_db()
    assert not meeting.is_announced


def test_publishing_the_agenda_announces_the_meeting(clerk):
    meeting = draft_meeting()
    AgendaItemFactory(meeting=meeting, published_at=None)
    agenda_services.publish_agenda(meeting=meeting, user=clerk, late_reason="Urgent")
    meeting.refresh_from_db()
    assert meeting.is_announced and meeting.announced_by == clerk
    assert Client().get(reverse("agenda:meeting", args=[meeting.pk])).status_code == 200


def test_a_draft_meeting_cannot_approve_minutes(clerk):
    earlier = MeetingFactory(start=timezone.now() - timedelta(days=60),
                             minutes_status=Meeting.MinutesStatus.DRAFT,
                             minutes_published_at=timezone.now() - timedelta(days=50))
    later = draft_meeting(committee=earlier.committee, start=timezone.now() - timedelta(days=5))
    assert later not in agenda_services.approving_meetings(earlier)
    with pytest.raises(agenda_services.ValidationError):
        agenda_services.approve_minutes(meeting=earlier, approving_meeting=later, user=clerk)


# --- Deleting a draft -------------------------------------------------------------------


def test_delete_page_asks_for_confirmation_with_a_warning_button(clerk_client):
    meeting = draft_meeting()
    response = clerk_client.get(reverse("clerk:meeting_delete", args=[meeting.pk]))
    assert response.status_code == 200
    assert "govuk-button--warning" in response.content.decode()
    assert Meeting.objects.filter(pk=meeting.pk).exists()


def test_clerk_deletes_a_draft_meeting_with_its_items_and_attendance(clerk_client, clerk):
    meeting = draft_meeting()
    item = AgendaItemFactory(meeting=meeting, published_at=None)
    AttendanceFactory(meeting=meeting)
    response = clerk_client.post(reverse("clerk:meeting_delete", args=[meeting.pk]), {"version": meeting.version})
    assert response.status_code == 302
    assert not Meeting.objects.filter(pk=meeting.pk).exists()
    assert not AgendaItem.objects.filter(pk=item.pk).exists()
    deletion = Meeting.history.filter(id=meeting.pk, history_type="-").get()
    assert deletion.history_user == clerk
    assert "entered by mistake" in deletion.history_change_reason


def test_an_announced_meeting_cannot_be_deleted(clerk_client):
    meeting = MeetingFactory(agenda_published_at=None)
    page = clerk_client.get(reverse("clerk:meeting_delete", args=[meeting.pk])).content.decode()
    assert "cannot be deleted because it has been announced" in page
    assert "govuk-button--warning" not in page
    response = clerk_client.post(reverse("clerk:meeting_delete", args=[meeting.pk]), {"version": meeting.version})
    assert response.status_code == 200
    assert "cannot be deleted" in response.content.decode()
    assert Meeting.objects.filter(pk=meeting.pk).exists()


def test_a_draft_that_approved_minutes_cannot_be_deleted(clerk_client):
    later = draft_meeting(start=timezone.now() - timedelta(days=5))
    Meeting.objects.filter(pk=MeetingFactory(committee=later.committee, start=timezone.now() - timedelta(days=40)).pk).update(
        minutes_status=Meeting.MinutesStatus.APPROVED, minutes_published_at=timezone.now(),
        minutes_approved_at_meeting=later,
    )
    response = clerk_client.post(reverse("clerk:meeting_delete", args=[later.pk]), {"version": later.version})
    assert response.status_code == 200
    assert "approved the minutes of another meeting" in response.content.decode()
    assert Meeting.objects.filter(pk=later.pk).exists()


def test_deleting_from_a_page_opened_before_another_change_is_refused(clerk_client):
    meeting = draft_meeting()
    other = Client()
    other.force_login(ClerkFactory())
    other.post(reverse("clerk:meeting_update", args=[meeting.pk]), {
        "start_date": timezone.localdate(meeting.start).isoformat(), "start_time": "10:00",
        "venue": "Somewhere else", "version": meeting.version,
    })
    response = clerk_client.post(reverse("clerk:meeting_delete", args=[meeting.pk]), {"version": meeting.version})
    assert response.status_code == 409
    assert Meeting.objects.filter(pk=meeting.pk).exists()


# --- Meetings recorded before drafts existed ---------------------------------------------------


def test_the_migration_announces_every_meeting_already_recorded():
    with_agenda = MeetingFactory(announced_at=None)
    without_agenda = MeetingFactory(announced_at=None, agenda_published_at=None)
    migration = importlib.import_module("meetings.migrations.0006_meeting_announcement")
    migration.announce_existing_meetings(django_apps, None)
    with_agenda.refresh_from_db()
    without_agenda.refresh_from_db()
    assert with_agenda.announced_at == with_agenda.agenda_published_at
    assert without_agenda.announced_at is not None
    assert Meeting.objects.drafts().count() == 0


def test_the_agenda_publishing_page_says_it_announces_a_draft_meeting(clerk_client):
    meeting = draft_meeting()
    AgendaItemFactory(meeting=meeting, published_at=None)
    page = clerk_client.get(reverse("clerk:agenda_publish", args=[meeting.pk])).content.decode()
    assert "publishing its agenda also announces it" in page


def test_a_draft_meeting_between_two_meetings_is_not_the_previous_meeting():
    from agenda.standard_items import previous_meeting

    now = timezone.now()
    earlier = MeetingFactory(start=now - timedelta(days=60))
    draft_meeting(committee=earlier.committee, start=now - timedelta(days=30))
    this = MeetingFactory(committee=earlier.committee, start=now - timedelta(days=2))
    assert previous_meeting(this) == earlier
