"""
The clerks' start page shows what is due for recent and coming meetings;
the public home page lists the next and the latest meetings.
"""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from meetings.models import Meeting
from tests.factories import MeetingFactory

# An anonymous visitor's request first reads the record version for the page
# cache (meetings/page_cache.py); signed-in visitors' requests do not.
PAGE_CACHE_QUERIES = 1

pytestmark = pytest.mark.django_db

# A Thursday evening meeting. Five clear working days before it means the
# agenda must be out by Wednesday 18 November.
MEETING_START = datetime(2026, 11, 26, 18, 30, tzinfo=UTC)


def tags_for(response, meeting):
    for section in ("upcoming", "recent"):
        for row in response.context[section]:
            if row["meeting"] == meeting:
                return [text for text, _ in row["tags"]]
    raise AssertionError(f"{meeting} is not on the dashboard")


# --- Dashboard ---------------------------------------------------------------------


def test_dashboard_links_to_committees_people_and_new_meeting(clerk_client):
    response = clerk_client.get(reverse("clerk:dashboard"))
    assert response.status_code == 200
    html = response.content.decode()
    for name in ("committee_list", "person_list", "meeting_create"):
        assert reverse(f"clerk:{name}") in html


def test_dashboard_shows_the_next_sixty_and_last_ninety_days(clerk_client):
    now = timezone.now()
    soon = MeetingFactory(start=now + timedelta(days=59), agenda_published_at=None)
    too_far = MeetingFactory(start=now + timedelta(days=61), agenda_published_at=None)
    recent = MeetingFactory(start=now - timedelta(days=89))
    # Its minutes are out, so it is not listed as waiting for them either.
    too_old = MeetingFactory(
        start=now - timedelta(days=91), minutes_status=Meeting.MinutesStatus.DRAFT, minutes_published_at=now
    )
    response = clerk_client.get(reverse("clerk:dashboard"))
    assert [row["meeting"] for row in response.context["upcoming"]] == [soon]
    assert [row["meeting"] for row in response.context["recent"]] == [recent]
    html = response.content.decode()
    assert reverse("clerk:meeting", args=[soon.pk]) in html
    assert reverse("clerk:meeting", args=[recent.pk]) in html
    assert reverse("clerk:meeting", args=[too_far.pk]) not in html
    assert reverse("clerk:meeting", args=[too_old.pk]) not in html


@time_machine.travel(datetime(2026, 11, 10, 12, 0, tzinfo=UTC), tick=False)
def test_unpublished_agenda_shows_its_statutory_deadline(clerk_client):
    meeting = MeetingFactory(start=MEETING_START, agenda_published_at=None)
    response = clerk_client.get(reverse("clerk:dashboard"))
    assert tags_for(response, meeting) == ["Agenda not published", "Publish by 18 November"]
    assert "Publish by 18 November" in response.content.decode()


@time_machine.travel(datetime(2026, 11, 18, 16, 0, tzinfo=UTC), tick=False)
def test_agenda_is_not_overdue_on_the_last_day(clerk_client):
    meeting = MeetingFactory(start=MEETING_START, agenda_published_at=None)
    response = clerk_client.get(reverse("clerk:dashboard"))
    assert "Overdue" not in tags_for(response, meeting)


@time_machine.travel(datetime(2026, 11, 19, 9, 0, tzinfo=UTC), tick=False)
def test_agenda_is_overdue_once_the_deadline_has_passed(clerk_client):
    meeting = MeetingFactory(start=MEETING_START, agenda_published_at=None)
    response = clerk_client.get(reverse("clerk:dashboard"))
    assert tags_for(response, meeting) == ["Agenda not published", "Publish by 18 November", "Overdue"]
    assert 'govuk-tag--red">Overdue' in response.content.decode()


def test_published_agenda_is_not_due(clerk_client):
    meeting = MeetingFactory(start=timezone.now() + timedelta(days=3), agenda_published_at=timezone.now())
    response = clerk_client.get(reverse("clerk:dashboard"))
    assert tags_for(response, meeting) == []
    assert "Nothing due" in response.content.decode()


def test_past_meetings_show_the_state_of_their_minutes(clerk_client):
    undrafted = MeetingFactory()
    draft = MeetingFactory(minutes_status=Meeting.MinutesStatus.DRAFT, minutes_published_at=timezone.now())
    response = clerk_client.get(reverse("clerk:dashboard"))
    assert tags_for(response, undrafted) == ["Minutes not written"]
    assert tags_for(response, draft) == ["Draft minutes published, awaiting approval"]


def test_cancelled_and_postponed_meetings_are_tagged_and_nothing_is_due(clerk_client):
    cancelled = MeetingFactory(status=Meeting.Status.CANCELLED, status_reason="No business.")
    postponed = MeetingFactory(
        start=timezone.now() + timedelta(days=2),
        agenda_published_at=None,
        status=Meeting.Status.POSTPONED,
        status_reason="Chair unwell.",
    )
    response = clerk_client.get(reverse("clerk:dashboard"))
    assert tags_for(response, cancelled) == []
    assert tags_for(response, postponed) == []
    html = response.content.decode()
    assert 'govuk-tag--red">Cancelled' in html
    assert 'govuk-tag--orange">Postponed' in html


def test_dashboard_runs_a_fixed_number_of_queries(clerk_client, django_assert_num_queries):
    now = timezone.now()
    for n in range(10):
        MeetingFactory(start=now + timedelta(days=n + 1), agenda_published_at=None)
        MeetingFactory(start=now - timedelta(days=n + 1))
    # Session, user, two for permissions, the two-factor device check, upcoming
    # meetings, recent meetings, meetings held without minutes; then the
    # tracker's four tables (recommendations/clerk_lists.py) and the work
    # programme's topics.
    with django_assert_num_queries(8 + 4 + 1):
        response = clerk_client.get(reverse("clerk:dashboard"))
    assert response.status_code == 200


# --- Public home page --------------------------------------------------------------


def test_home_page_shows_cancelled_and_postponed_meetings_with_their_reasons(client):
    now = timezone.now()
    MeetingFactory(start=now + timedelta(days=3), status=Meeting.Status.CANCELLED, status_reason="No business.")
    MeetingFactory(start=now + timedelta(days=4), status=Meeting.Status.POSTPONED, status_reason="Chair unwell.")
    html = client.get(reverse("home")).content.decode()
    assert 'govuk-tag--red">Cancelled' in html and "No business." in html
    assert 'govuk-tag--orange">Postponed' in html and "Chair unwell." in html


def test_home_page_shows_nothing_unpublished(client):
    meeting = MeetingFactory(start=timezone.now() + timedelta(days=3), agenda_published_at=None)
    html = client.get(reverse("home")).content.decode()
    assert "Agenda not published" not in html
    assert reverse("clerk:meeting", args=[meeting.pk]) not in html
    assert "/clerk/" not in html


def test_home_page_runs_a_fixed_number_of_queries(client, django_assert_num_queries):
    now = timezone.now()
    for n in range(10):
        MeetingFactory(start=now + timedelta(days=n + 1))
        MeetingFactory(start=now - timedelta(days=n + 1))
    with django_assert_num_queries(2 + PAGE_CACHE_QUERIES):
        assert client.get(reverse("home")).status_code == 200
