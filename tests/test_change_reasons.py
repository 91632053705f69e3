"""
A change to what the public can already read asks why, and the reason is
kept in the audit history; drafting what is not public yet asks nothing.
"""

import pytest
from django.utils import timezone
from django.urls import reverse

from tests.factories import AgendaItemFactory, MeetingFactory, MembershipFactory, ResolutionFactory
from tests.test_item_editor import item_form_data, resolution_row

pytestmark = pytest.mark.django_db


@pytest.fixture
def published_item():
    """An item on the published agenda of a meeting held a week ago, minutes not yet published."""
    return AgendaItemFactory(meeting=MeetingFactory(), number="5", title="Library opening hours")


def test_changing_a_published_items_title_needs_a_reason(clerk_client, published_item):
    url = reverse("clerk:item_update", args=[published_item.pk])
    assert "Reason for the change" in clerk_client.get(url).text

    response = clerk_client.post(url, item_form_data(published_item, title="Library hours", change_reason=""))

    assert response.status_code == 200
    assert response.context["form"].errors["change_reason"] == [
        "Enter the reason for the change: the public can already read this item."
    ]
    assert response.context["form"]["title"].value() == "Library hours"
    published_item.refresh_from_db()
    assert published_item.title == "Library opening hours"


def test_the_reason_is_saved_in_the_history_and_shown(clerk_client, published_item):
    url = reverse("clerk:item_update", args=[published_item.pk])
    data = item_form_data(published_item, title="Library hours", change_reason="  Title shortened to match the report. ")

    assert clerk_client.post(url, data).status_code == 302

    record = published_item.history.order_by("-history_id").first()
    assert (record.title, record.history_change_reason) == ("Library hours", "Title shortened to match the report.")
    history = clerk_client.get(reverse("clerk:item_history", args=[published_item.pk])).text
    assert "Title shortened to match the report." in history


def test_drafting_minutes_before_they_are_published_needs_no_reason(clerk_client, published_item):
    url = reverse("clerk:item_update", args=[published_item.pk])
    response = clerk_client.post(
        url, item_form_data(published_item, minutes="The committee noted the report.", change_reason="")
    )
    assert response.status_code == 302


def test_changing_a_published_decision_needs_a_reason(clerk_client, published_item):
    meeting = published_item.meeting
    meeting.decisions_published_at = meeting.start
    meeting.save()
    resolution = ResolutionFactory(item=published_item, text="That the report be noted.")
    url = reverse("clerk:item_update", args=[published_item.pk])

    unchanged = item_form_data(published_item, resolutions=[resolution_row(resolution)], change_reason="")
    assert clerk_client.post(url, unchanged).status_code == 302
    published_item.refresh_from_db()
    changed = item_form_data(
        published_item, resolutions=[resolution_row(resolution, text="That the report be agreed.")],
        change_reason="",
    )
    response = clerk_client.post(url, changed)
    assert "change_reason" in response.context["form"].errors
    resolution.refresh_from_db()
    assert resolution.text == "That the report be noted."


def test_changing_a_published_meetings_venue_needs_a_reason_kept_in_its_history(clerk_client):
    meeting = MeetingFactory(venue="Committee Room 1")
    url = reverse("clerk:meeting_update", args=[meeting.pk])
    opened = clerk_client.get(url)
    data = {name: opened.context["form"][name].value() for name in ["start_date", "start_time", "end_time", "version"]}
    data = {name: "" if value is None else value for name, value in data.items()}
    data["venue"] = "Council Chamber"

    refused = clerk_client.post(url, data)
    assert refused.context["form"].errors["change_reason"] == [
        "Enter the reason for the change: the agenda of this meeting is published."
    ]
    assert clerk_client.post(url, {**data, "change_reason": "Room 1 flooded."}).status_code == 302
    meeting.refresh_from_db()
    assert meeting.venue == "Council Chamber"
    assert meeting.history.first().history_change_reason == "Room 1 flooded."
    assert "Room 1 flooded." in clerk_client.get(reverse("clerk:meeting_history", args=[meeting.pk])).text


def test_changing_attendance_in_published_minutes_needs_a_reason(clerk_client):
    meeting = MeetingFactory(minutes_status="draft", minutes_published_at=timezone.now())
    ann = MembershipFactory(committee=meeting.committee).person
    url = reverse("clerk:meeting_attendance", args=[meeting.pk])
    form = clerk_client.get(url).context["form"]
    data = {"fingerprint": form["fingerprint"].value(), "add_person": "", "add_substitute_for": "",
            f"status_{ann.pk}": "apologies", f"substitute_for_{ann.pk}": ""}

    refused = clerk_client.post(url, data)
    assert refused.context["form"].errors["change_reason"] == [
        "Enter the reason for the change: the minutes of this meeting are published."
    ]
    assert not meeting.attendances.exists()
    assert clerk_client.post(url, {**data, "change_reason": "Apologies were sent in time."}).status_code == 302
    assert meeting.attendances.get().history.get().history_change_reason == "Apologies were sent in time."
