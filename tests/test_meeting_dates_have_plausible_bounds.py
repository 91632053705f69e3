"""
A clerk cannot type a meeting date that no council could hold (year 1,
year 9999), and must confirm one that is far off (a mistyped year), on every
form that sets a meeting's date.
"""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from meetings.models import Meeting
from tests.factories import CommitteeFactory, MeetingFactory

pytestmark = pytest.mark.django_db


def meeting_data(committee, **overrides):
    return {
        "committee": committee.pk, "start_date": "2026-07-01", "start_time": "18:30",
        "end_time": "20:00", "venue": "Council Chamber", **overrides,
    }


@pytest.mark.parametrize("typed", ["0001-01-01", "1899-12-31", "2101-01-01", "9999-12-31"])
def test_a_date_no_council_could_hold_is_refused_next_to_the_field(clerk_client, typed):
    response = clerk_client.post(reverse("clerk:meeting_create"), meeting_data(CommitteeFactory(), start_date=typed))
    assert response.status_code == 200
    assert response.context["form"].errors["start_date"] == [
        "Enter a date between 1 January 1900 and 31 December 2100."
    ]
    assert not Meeting.objects.exists()


@pytest.mark.parametrize("years", [3, -31])
def test_a_far_off_date_needs_confirming_and_is_saved_once_confirmed(clerk_client, years):
    committee = CommitteeFactory()
    day = timezone.localdate().replace(month=6, day=1)
    day = day.replace(year=day.year + years)
    url = reverse("clerk:meeting_create")

    response = clerk_client.post(url, meeting_data(committee, start_date=day.isoformat()))
    assert response.status_code == 200
    [error] = response.context["form"].errors["start_date"]
    assert error.startswith(f"1 June {day.year} is more than")
    html = response.content.decode()
    assert 'type="checkbox" name="confirm_date"' in html
    assert "Yes, this date is right" in html
    assert not Meeting.objects.exists()

    response = clerk_client.post(url, meeting_data(committee, start_date=day.isoformat(), confirm_date="on"))
    assert response.status_code == 302
    assert timezone.localdate(Meeting.objects.get().start) == day


def test_a_usual_date_asks_for_no_confirmation(clerk_client):
    committee = CommitteeFactory()
    day = timezone.localdate() + timedelta(days=40)
    response = clerk_client.post(reverse("clerk:meeting_create"), meeting_data(committee, start_date=day.isoformat()))
    assert response.status_code == 302


def test_moving_a_meeting_to_a_far_off_year_needs_confirming(clerk_client):
    meeting = MeetingFactory(start=timezone.now() + timedelta(days=30))
    url = reverse("clerk:meeting_update", args=[meeting.pk])
    data = {"start_date": "2096-03-05", "start_time": "18:00", "venue": "Hall", "version": meeting.version,
            "change_reason": "Date moved by the council."}
    response = clerk_client.post(url, data)
    assert response.status_code == 200
    assert "is more than 2 years ahead" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.start.year != 2096

    response = clerk_client.post(url, {**data, "confirm_date": "on"})
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert timezone.localdate(meeting.start) == date(2096, 3, 5)


@pytest.mark.parametrize("typed, read_as", [("1/1/99", "1 January 1999"), ("01/01/27", "1 January 2027")])
def test_a_two_digit_year_is_read_back_for_confirmation(clerk_client, typed, read_as):
    """A browser without a date picker sends what was typed: "99" must not be saved quietly as 1999."""
    committee = CommitteeFactory()
    url = reverse("clerk:meeting_create")
    response = clerk_client.post(url, meeting_data(committee, start_date=typed))
    assert response.status_code == 200
    [error] = response.context["form"].errors["start_date"]
    assert error.startswith(f"You typed a two-digit year, read as {read_as}.")
    assert 'type="checkbox" name="confirm_date"' in response.content.decode()
    assert not Meeting.objects.exists()

    response = clerk_client.post(url, meeting_data(committee, start_date=typed, confirm_date="on"))
    assert response.status_code == 302
    assert f"{timezone.localdate(Meeting.objects.get().start):%-d %B %Y}" == read_as


def test_year_99_typed_in_full_is_refused_as_out_of_range(clerk_client):
    response = clerk_client.post(
        reverse("clerk:meeting_create"), meeting_data(CommitteeFactory(), start_date="1/1/0099")
    )
    assert response.context["form"].errors["start_date"] == [
        "Enter a date between 1 January 1900 and 31 December 2100."
    ]
    assert not Meeting.objects.exists()
