"""Clerks schedule meetings, change them, and cancel, postpone or reinstate them."""

from datetime import UTC, datetime, timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from meetings.models import Meeting
from tests.factories import ClerkFactory, CommitteeFactory, MeetingFactory

pytestmark = pytest.mark.django_db


def approved_minutes_meeting():
    """A meeting whose minutes a later meeting of the committee approved."""
    meeting = MeetingFactory(start=timezone.now() - timedelta(days=60))
    later = MeetingFactory(committee=meeting.committee, start=timezone.now() - timedelta(days=30))
    meeting.minutes_status = Meeting.MinutesStatus.APPROVED
    meeting.minutes_published_at = timezone.now() - timedelta(days=50)
    meeting.minutes_approved_at_meeting = later
    meeting.save()
    return meeting


# --- Adding a meeting --------------------------------------------------------------


def new_meeting_data(for_committee, **overrides):
    return {
        "committee": for_committee.pk,
        "start_date": "2026-07-01",
        "start_time": "18:30",
        "end_time": "20:00",
        "venue": "Council Chamber, Civic Centre",
        **overrides,
    }


def test_new_meeting_form_offers_only_active_committees(clerk_client):
    active = CommitteeFactory(name="Active Committee")
    CommitteeFactory(name="Wound-up Committee", is_active=False)
    response = clerk_client.get(reverse("clerk:meeting_create"))
    assert response.status_code == 200
    assert list(response.context["form"].fields["committee"].queryset) == [active]
    assert "Wound-up Committee" not in response.content.decode()


def test_new_meeting_form_preselects_the_committee_it_came_from(clerk_client):
    committee = CommitteeFactory(slug="audit")
    CommitteeFactory()
    response = clerk_client.get(reverse("clerk:meeting_create"), {"committee": "audit"})
    assert response.status_code == 200
    assert response.context["form"].initial["committee"] == committee
    assert f'<option value="{committee.pk}" selected>' in response.content.decode()


def test_unknown_committee_in_the_address_preselects_nothing(clerk_client):
    response = clerk_client.get(reverse("clerk:meeting_create"), {"committee": "nope"})
    assert response.status_code == 200
    assert "committee" not in response.context["form"].initial


def test_clerk_adds_a_meeting_in_london_time(clerk_client):
    committee = CommitteeFactory()
    response = clerk_client.post(reverse("clerk:meeting_create"), new_meeting_data(committee))
    meeting = Meeting.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("clerk:meeting", args=[meeting.pk])
    # 1 July is in British Summer Time, an hour ahead of UTC.
    assert meeting.start == datetime(2026, 7, 1, 17, 30, tzinfo=UTC)
    assert meeting.end == datetime(2026, 7, 1, 19, 0, tzinfo=UTC)
    assert meeting.venue == "Council Chamber, Civic Centre"
    assert meeting.status == Meeting.Status.SCHEDULED
    assert meeting.agenda_published_at is None


def test_winter_meeting_is_stored_in_greenwich_time_and_end_is_optional(clerk_client):
    committee = CommitteeFactory()
    response = clerk_client.post(
        reverse("clerk:meeting_create"),
        new_meeting_data(committee, start_date="2026-12-01", end_time="", venue=""),
    )
    assert response.status_code == 302
    meeting = Meeting.objects.get()
    assert meeting.start == datetime(2026, 12, 1, 18, 30, tzinfo=UTC)
    assert meeting.end is None


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"committee": ""}, "committee", "Choose the committee."),
        ({"committee": "999999"}, "committee", "Select a valid choice."),
        ({"start_date": ""}, "start_date", "Enter the date of the meeting."),
        ({"start_date": "2026-13-45"}, "start_date", "Enter a real date"),
        ({"start_date": "2026-02-30"}, "start_date", "Enter a real date"),
        ({"start_time": ""}, "start_time", "Enter the time the meeting starts."),
        ({"start_time": "25:00"}, "start_time", "Enter the start time as a real time of day"),
        ({"end_time": "18:00"}, "end_time", "The meeting must end after it starts."),
        ({"end_time": "18:30"}, "end_time", "The meeting must end after it starts."),
        ({"venue": "x" * 201}, "venue", "Ensure this value has at most 200 characters"),
    ],
)
def test_bad_new_meeting_input_is_refused(clerk_client, overrides, field, message):
    committee = CommitteeFactory()
    response = clerk_client.post(reverse("clerk:meeting_create"), new_meeting_data(committee, **overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    html = response.content.decode()
    assert message in html
    assert "There is a problem" in html
    assert not Meeting.objects.exists()


def test_meeting_of_an_inactive_committee_is_refused(clerk_client):
    committee = CommitteeFactory(is_active=False)
    response = clerk_client.post(reverse("clerk:meeting_create"), new_meeting_data(committee))
    assert response.status_code == 200
    assert "committee" in response.context["form"].errors
    assert not Meeting.objects.exists()


# --- Changing date, time or venue -------------------------------------------------


def edit_data(meeting, **overrides):
    start = timezone.localtime(meeting.start)
    return {
        "start_date": f"{start:%Y-%m-%d}",
        "start_time": f"{start:%H:%M}",
        "end_time": "",
        "venue": meeting.venue,
        "version": meeting.version,
        "change_reason": "Room double-booked.",
        **overrides,
    }


def test_edit_form_shows_the_meeting_as_saved(clerk_client):
    meeting = MeetingFactory(
        start=datetime(2026, 7, 1, 17, 30, tzinfo=UTC), end=datetime(2026, 7, 1, 19, 0, tzinfo=UTC)
    )
    response = clerk_client.get(reverse("clerk:meeting_update", args=[meeting.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="2026-07-01"' in html
    assert 'value="18:30"' in html and 'value="20:00"' in html
    assert 'value="Committee Room 1, Civic Centre"' in html
    assert f'name="version" value="{meeting.version}"' in html


def test_clerk_changes_date_time_and_venue(clerk_client):
    meeting = MeetingFactory()
    response = clerk_client.post(
        reverse("clerk:meeting_update", args=[meeting.pk]),
        edit_data(meeting, start_date="2026-12-03", start_time="10:00", end_time="12:15", venue="Room 2"),
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("clerk:meeting", args=[meeting.pk])
    meeting.refresh_from_db()
    assert meeting.start == datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    assert meeting.end == datetime(2026, 12, 3, 12, 15, tzinfo=UTC)
    assert meeting.venue == "Room 2"
    assert meeting.version == 2
    assert meeting.history.first().history_user.username.startswith("clerk")


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"start_date": ""}, "start_date", "Enter the date of the meeting."),
        ({"start_date": "2026-13-45"}, "start_date", "Enter a real date"),
        ({"start_time": "6pm and a bit"}, "start_time", "Enter the start time as a real time of day"),
        ({"start_time": "18:00", "end_time": "17:00"}, "end_time", "The meeting must end after it starts."),
        ({"venue": "x" * 201}, "venue", "Ensure this value has at most 200 characters"),
    ],
)
def test_bad_meeting_edit_is_refused(clerk_client, overrides, field, message):
    meeting = MeetingFactory()
    before = (meeting.start, meeting.venue)
    response = clerk_client.post(reverse("clerk:meeting_update", args=[meeting.pk]), edit_data(meeting, **overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert message in response.content.decode()
    meeting.refresh_from_db()
    assert (meeting.start, meeting.venue, meeting.version) == (*before, 1)


def test_second_clerk_saving_an_old_form_is_refused_and_keeps_their_typing(clerk_client):
    meeting = MeetingFactory(venue="Committee Room 1")
    other_clerk = Client()
    other_clerk.force_login(ClerkFactory())
    url = reverse("clerk:meeting_update", args=[meeting.pk])
    first_form = clerk_client.get(url).context["form"]
    second_form = other_clerk.get(url).context["form"]
    assert first_form.initial["version"] == second_form.initial["version"] == 1

    first = clerk_client.post(url, edit_data(meeting, venue="Council Chamber"))
    assert first.status_code == 302

    second = other_clerk.post(url, edit_data(meeting, venue="Room 101", version=1))
    assert second.status_code == 409
    html = second.content.decode()
    assert "Someone else saved this meeting after you opened it." in html
    assert 'value="Room 101"' in html
    meeting.refresh_from_db()
    assert meeting.venue == "Council Chamber"
    assert meeting.version == 2


def test_meeting_with_approved_minutes_cannot_be_changed(clerk_client):
    meeting = approved_minutes_meeting()
    url = reverse("clerk:meeting_update", args=[meeting.pk])
    response = clerk_client.get(url)
    assert response.status_code == 200
    assert "can no longer be changed" in response.content.decode()
    response = clerk_client.post(url, edit_data(meeting, venue="Somewhere else"))
    assert response.status_code == 200
    assert "These minutes were approved as a correct record" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.venue == "Committee Room 1, Civic Centre"


def test_meeting_cannot_move_before_the_meeting_whose_minutes_it_approved(clerk_client):
    approved = approved_minutes_meeting()
    approver = approved.minutes_approved_at_meeting
    earlier = timezone.localtime(approved.start) - timedelta(days=1)
    response = clerk_client.post(
        reverse("clerk:meeting_update", args=[approver.pk]),
        edit_data(approver, start_date=f"{earlier:%Y-%m-%d}"),
    )
    assert response.status_code == 200
    assert "so it must stay after that date" in response.content.decode()
    assert Meeting.objects.get(pk=approver.pk).start == approver.start


def test_back_filled_meeting_whose_agenda_was_published_after_it_can_change_venue(clerk_client):
    """A past meeting entered later has its agenda published after its start: only a move of the date is held to that."""
    start = timezone.now().replace(second=0, microsecond=0) - timedelta(days=90)
    meeting = MeetingFactory(start=start, agenda_published_at=timezone.now() - timedelta(days=1))
    response = clerk_client.post(
        reverse("clerk:meeting_update", args=[meeting.pk]), edit_data(meeting, venue="Council Chamber")
    )
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert (meeting.venue, meeting.start) == ("Council Chamber", start)


def test_moving_a_meeting_to_before_its_published_agenda_is_still_refused(clerk_client):
    meeting = MeetingFactory(
        start=timezone.now() - timedelta(days=90), agenda_published_at=timezone.now() - timedelta(days=1)
    )
    earlier = timezone.localtime(meeting.start) - timedelta(days=1)
    response = clerk_client.post(
        reverse("clerk:meeting_update", args=[meeting.pk]),
        edit_data(meeting, start_date=f"{earlier:%Y-%m-%d}", venue="Council Chamber"),
    )
    assert response.status_code == 200
    assert "the meeting must start after that" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.venue == "Committee Room 1, Civic Centre"


# --- Cancelling, postponing and reinstating ------------------------------------------


def test_cancel_page_asks_for_a_reason(clerk_client):
    meeting = MeetingFactory(committee__name="Audit Committee")
    response = clerk_client.get(reverse("clerk:meeting_cancel", args=[meeting.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Cancel this meeting" in html
    assert '<textarea name="reason"' in html
    assert "Audit Committee" in html


def test_clerk_cancels_a_meeting_with_a_reason(clerk_client):
    meeting = MeetingFactory(start=timezone.now() + timedelta(days=5))
    response = clerk_client.post(
        reverse("clerk:meeting_cancel", args=[meeting.pk]), {"reason": "  No business to transact.  ", "confirm": "on"}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("clerk:meeting", args=[meeting.pk])
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.CANCELLED
    assert meeting.status_reason == "No business to transact."


def test_cancelled_meeting_shows_its_reason(clerk_client):
    meeting = MeetingFactory(
        start=timezone.now() + timedelta(days=5),
        status=Meeting.Status.CANCELLED,
        status_reason="No business to transact.",
    )
    response = clerk_client.get(reverse("clerk:meeting_reinstate", args=[meeting.pk]))
    assert "No business to transact." in response.content.decode()
    assert "No business to transact." in clerk_client.get(reverse("home")).content.decode()


@pytest.mark.parametrize("name", ["meeting_cancel", "meeting_postpone"])
@pytest.mark.parametrize("reason", ["", "   "])
def test_cancelling_or_postponing_needs_a_reason(clerk_client, name, reason):
    meeting = MeetingFactory()
    response = clerk_client.post(reverse(f"clerk:{name}", args=[meeting.pk]), {"reason": reason})
    assert response.status_code == 200
    assert "reason" in response.context["form"].errors
    assert "the public will see it." in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.SCHEDULED


@pytest.mark.parametrize(
    "name, box", [("meeting_cancel", "Yes, cancel this meeting"), ("meeting_postpone", "Yes, postpone this meeting")]
)
def test_calling_off_a_meeting_without_confirmation_changes_nothing_and_asks(clerk_client, name, box):
    meeting = MeetingFactory(start=timezone.now() + timedelta(days=5))
    response = clerk_client.post(reverse(f"clerk:{name}", args=[meeting.pk]), {"reason": "No business."})
    assert response.status_code == 200
    html = response.content.decode()
    assert box in html and "Tick the box to confirm" in html
    assert "No business." in html  # the reason typed is kept
    meeting.refresh_from_db()
    assert (meeting.status, meeting.status_reason) == (Meeting.Status.SCHEDULED, "")


def test_clerk_postpones_a_meeting(clerk_client):
    meeting = MeetingFactory(start=timezone.now() + timedelta(days=5))
    response = clerk_client.get(reverse("clerk:meeting_postpone", args=[meeting.pk]))
    assert "Postpone this meeting" in response.content.decode()
    response = clerk_client.post(
        reverse("clerk:meeting_postpone", args=[meeting.pk]), {"reason": "The chair is unwell.", "confirm": "on"}
    )
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert (meeting.status, meeting.status_reason) == (Meeting.Status.POSTPONED, "The chair is unwell.")


def test_cancelled_meeting_cannot_be_postponed(clerk_client):
    meeting = MeetingFactory(status=Meeting.Status.CANCELLED, status_reason="No business.")
    response = clerk_client.post(
        reverse("clerk:meeting_postpone", args=[meeting.pk]), {"reason": "The chair is unwell.", "confirm": "on"}
    )
    assert response.status_code == 200
    assert "This meeting is cancelled already." in response.content.decode()
    meeting.refresh_from_db()
    assert (meeting.status, meeting.status_reason) == (Meeting.Status.CANCELLED, "No business.")


def test_meeting_with_published_minutes_cannot_be_cancelled(clerk_client):
    meeting = MeetingFactory(
        minutes_status=Meeting.MinutesStatus.DRAFT, minutes_published_at=timezone.now()
    )
    response = clerk_client.post(reverse("clerk:meeting_cancel", args=[meeting.pk]), {"reason": "Oops.", "confirm": "on"})
    assert response.status_code == 200
    assert "cannot be cancelled" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.SCHEDULED


def test_clerk_reinstates_a_meeting_on_its_old_date(clerk_client):
    meeting = MeetingFactory(status=Meeting.Status.POSTPONED, status_reason="Chair unwell.")
    start = meeting.start
    response = clerk_client.get(reverse("clerk:meeting_reinstate", args=[meeting.pk]))
    assert response.status_code == 200
    response = clerk_client.post(
        reverse("clerk:meeting_reinstate", args=[meeting.pk]),
        {"start_date": "", "start_time": "", "end_time": ""},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("clerk:meeting", args=[meeting.pk])
    meeting.refresh_from_db()
    assert (meeting.status, meeting.status_reason, meeting.start) == (Meeting.Status.SCHEDULED, "", start)


def test_clerk_reinstates_a_postponed_meeting_on_a_new_date(clerk_client):
    meeting = MeetingFactory(status=Meeting.Status.POSTPONED, status_reason="Chair unwell.")
    response = clerk_client.post(
        reverse("clerk:meeting_reinstate", args=[meeting.pk]),
        {"start_date": "2026-12-10", "start_time": "14:00", "end_time": "16:00"},
    )
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.SCHEDULED
    assert meeting.start == datetime(2026, 12, 10, 14, 0, tzinfo=UTC)
    assert meeting.end == datetime(2026, 12, 10, 16, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "data, field, message",
    [
        ({"start_date": "", "start_time": "", "end_time": "16:00"}, "start_date", "Enter the new date"),
        ({"start_date": "2026-12-10", "start_time": "", "end_time": ""}, "start_time", "Enter the new start time"),
        ({"start_date": "2026-13-45", "start_time": "14:00", "end_time": ""}, "start_date", "Enter a real date"),
        (
            {"start_date": "2026-12-10", "start_time": "14:00", "end_time": "13:00"},
            "end_time",
            "The meeting must end after it starts.",
        ),
    ],
)
def test_bad_reinstatement_date_is_refused(clerk_client, data, field, message):
    meeting = MeetingFactory(status=Meeting.Status.POSTPONED, status_reason="Chair unwell.")
    response = clerk_client.post(reverse("clerk:meeting_reinstate", args=[meeting.pk]), data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert message in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.POSTPONED


def test_scheduled_meeting_cannot_be_reinstated(clerk_client):
    meeting = MeetingFactory()
    response = clerk_client.post(reverse("clerk:meeting_reinstate", args=[meeting.pk]), {})
    assert response.status_code == 200
    assert "This meeting is already scheduled." in response.content.decode()


@pytest.mark.parametrize(
    "name", ["meeting_update", "meeting_cancel", "meeting_postpone", "meeting_reinstate"]
)
def test_unknown_meeting_is_not_found(clerk_client, name):
    url = reverse(f"clerk:{name}", args=[999999])
    assert clerk_client.get(url).status_code == 404
    assert clerk_client.post(url, {"reason": "x"}).status_code == 404
