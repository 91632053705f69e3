"""
A scheduled meeting whose time has passed took place: every page says it
was held, rather than "Going ahead as planned" or "Scheduled".
"""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from meetings.models import Meeting
from tests.factories import MeetingFactory

pytestmark = pytest.mark.django_db


def test_the_public_page_of_a_past_meeting_says_it_was_held():
    meeting = MeetingFactory(start=timezone.now() - timedelta(days=2))
    page = Client().get(reverse("agenda:meeting", args=[meeting.pk])).content.decode()
    assert "Going ahead as planned" not in page
    assert ">Held<" in page


def test_the_public_page_of_a_future_meeting_says_it_goes_ahead():
    meeting = MeetingFactory(start=timezone.now() + timedelta(days=2))
    page = Client().get(reverse("agenda:meeting", args=[meeting.pk])).content.decode()
    assert "Going ahead as planned" in page
    assert ">Held<" not in page


def test_a_cancelled_past_meeting_is_not_shown_as_held():
    meeting = MeetingFactory(
        start=timezone.now() - timedelta(days=2), status=Meeting.Status.CANCELLED, status_reason="No quorum."
    )
    assert not meeting.is_held
    page = Client().get(reverse("agenda:meeting", args=[meeting.pk])).content.decode()
    assert ">Held<" not in page and "Cancelled" in page


def test_the_committee_page_and_calendar_tag_past_meetings_as_held():
    meeting = MeetingFactory(start=timezone.now() - timedelta(days=2))
    start = timezone.localtime(meeting.start)
    for url in (
        reverse("meetings:committee", args=[meeting.committee.slug]),
        reverse("meetings:calendar_month", args=[start.year, start.month]),
    ):
        page = Client().get(url).content.decode()
        assert 'govuk-tag--grey">Held</strong>' in page, url


def test_the_clerks_pages_say_held_not_scheduled(clerk_client):
    meeting = MeetingFactory(start=timezone.now() - timedelta(days=2))
    hub = clerk_client.get(reverse("clerk:meeting", args=[meeting.pk])).content.decode()
    assert "Held" in hub and "Scheduled" not in hub
    edit = clerk_client.get(reverse("clerk:meeting_postpone", args=[meeting.pk])).content.decode()
    assert "Held" in edit and "Scheduled" not in edit
    dashboard = clerk_client.get(reverse("clerk:dashboard")).content.decode()
    assert 'govuk-tag--grey">Held</strong>' in dashboard
    assert "Scheduled" not in dashboard


def test_the_clerks_dashboard_still_says_scheduled_for_a_meeting_to_come(clerk_client):
    MeetingFactory(start=timezone.now() + timedelta(days=2))
    dashboard = clerk_client.get(reverse("clerk:dashboard")).content.decode()
    assert "Scheduled" in dashboard
