"""
The meetings calendar as iCalendar: times in Europe/London whatever the
season, events that calendar clients recognise on the next fetch, and
changes (a new venue, a cancellation) that clients pick up.
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from meetings.services import cancel_meeting, postpone_meeting, update_meeting
from tests import factories

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")


def fetch(client, url=None, **headers):
    response = client.get(url or reverse("ical_meetings"), **headers)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events_by_uid(calendar):
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_calendar_names_itself_and_defines_the_london_time_zone(public_client, settings):
    settings.COUNCIL_NAME = "Riverside Borough Council"
    factories.MeetingFactory()

    calendar = fetch(public_client)

    assert str(calendar["VERSION"]) == "2.0"
    assert "Scrutiny" in str(calendar["PRODID"])
    assert str(calendar["X-WR-CALNAME"]) == "Riverside Borough Council: committee meetings"
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    # Outlook's way of asking to be fetched again hourly.
    assert str(calendar["X-PUBLISHED-TTL"]) == "PT1H"


@time_machine.travel(datetime(2026, 1, 5, 9, 0, tzinfo=LONDON))
def test_meetings_keep_their_wall_clock_time_in_winter_and_summer(public_client):
    winter = factories.MeetingFactory(start=datetime(2026, 1, 20, 18, 30, tzinfo=LONDON))
    summer = factories.MeetingFactory(
        start=datetime(2026, 7, 14, 10, 0, tzinfo=LONDON),
        end=datetime(2026, 7, 14, 12, 30, tzinfo=LONDON),
    )

    response = public_client.get(reverse("ical_meetings"))
    events = events_by_uid(Calendar.from_ical(response.content))

    winter_event = events[f"meeting-{winter.pk}@scrutiny"]
    assert winter_event.start == datetime(2026, 1, 20, 18, 30, tzinfo=LONDON)
    assert winter_event.start.tzinfo.key == "Europe/London"
    assert winter_event.end == datetime(2026, 1, 20, 20, 30, tzinfo=LONDON)
    summer_event = events[f"meeting-{summer.pk}@scrutiny"]
    assert (summer_event.start.hour, summer_event.start.minute) == (10, 0)
    assert summer_event.start.utcoffset() == timedelta(hours=1)
    assert summer_event.end == datetime(2026, 7, 14, 12, 30, tzinfo=LONDON)
    assert b"DTSTART;TZID=Europe/London:20260120T183000" in response.content
    assert b"DTSTART;TZID=Europe/London:20260714T100000" in response.content


def test_event_says_what_where_and_links_to_the_meeting_page(public_client):
    committee = factories.CommitteeFactory(name="Adult Social Care Scrutiny Panel")
    meeting = factories.MeetingFactory(committee=committee, venue="Council Chamber, Town Hall")

    event = events_by_uid(fetch(public_client))[f"meeting-{meeting.pk}@scrutiny"]

    page = f"http://testserver{reverse('agenda:meeting', args=[meeting.pk])}"
    assert str(event["SUMMARY"]) == "Adult Social Care Scrutiny Panel"
    assert str(event["LOCATION"]) == "Council Chamber, Town Hall"
    assert str(event["URL"]) == page
    assert page in str(event["DESCRIPTION"])
    assert str(event["STATUS"]) == "CONFIRMED"
    assert event["SEQUENCE"] == 0
    assert event.DTSTAMP is not None
    assert event.last_modified is not None


def test_uid_stays_the_same_across_requests_and_host_names(public_client):
    meeting = factories.MeetingFactory()

    first = events_by_uid(fetch(public_client))
    second = events_by_uid(fetch(public_client, HTTP_HOST="127.0.0.1"))

    assert list(first) == list(second) == [f"meeting-{meeting.pk}@scrutiny"]


def test_unchanged_calendar_answers_not_modified(public_client):
    factories.MeetingFactory()
    first = public_client.get(reverse("ical_meetings"))

    again = public_client.get(reverse("ical_meetings"), HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304


def test_cancelled_and_postponed_meetings_stay_with_their_status(public_client, clerk):
    cancelled = factories.MeetingFactory(start=timezone.now() + timedelta(days=10))
    postponed = factories.MeetingFactory(start=timezone.now() + timedelta(days=11))
    cancel_meeting(meeting=cancelled, user=clerk, reason="Not quorate.")
    postpone_meeting(meeting=postponed, user=clerk, reason="Report not ready.")

    events = events_by_uid(fetch(public_client))

    cancelled_event = events[f"meeting-{cancelled.pk}@scrutiny"]
    assert str(cancelled_event["STATUS"]) == "CANCELLED"
    assert "Cancelled: Not quorate." in str(cancelled_event["DESCRIPTION"])
    assert cancelled_event["SEQUENCE"] == 1
    assert str(events[f"meeting-{postponed.pk}@scrutiny"]["STATUS"]) == "TENTATIVE"


def test_sequence_rises_when_a_clerk_changes_the_venue(public_client, clerk):
    meeting = factories.MeetingFactory(start=timezone.now() + timedelta(days=10))
    uid = f"meeting-{meeting.pk}@scrutiny"
    before = events_by_uid(fetch(public_client))[uid]

    update_meeting(
        meeting=meeting, user=clerk, version=meeting.version, fields={"venue": "Council Chamber"}
    )
    after = events_by_uid(fetch(public_client))[uid]

    assert after["SEQUENCE"] > before["SEQUENCE"]
    assert str(after["LOCATION"]) == "Council Chamber"
    assert after.last_modified >= before.last_modified


def test_meetings_more_than_a_year_old_are_left_out(public_client):
    recent = factories.MeetingFactory(start=timezone.now() - timedelta(days=300))
    factories.MeetingFactory(start=timezone.now() - timedelta(days=400))
    upcoming = factories.MeetingFactory(start=timezone.now() + timedelta(days=30))

    events = events_by_uid(fetch(public_client))

    assert set(events) == {f"meeting-{recent.pk}@scrutiny", f"meeting-{upcoming.pk}@scrutiny"}


def test_committee_calendar_shows_only_that_committee(public_client):
    children = factories.CommitteeFactory(slug="children", name="Children's Scrutiny")
    own = factories.MeetingFactory(committee=children)
    factories.MeetingFactory()

    calendar = fetch(public_client, reverse("ical_committee_meetings", args=["children"]))

    assert list(events_by_uid(calendar)) == [f"meeting-{own.pk}@scrutiny"]
    assert str(calendar["X-WR-CALNAME"]) == "Children's Scrutiny: meetings"


def test_committee_calendar_of_unknown_committee_is_not_found(public_client):
    response = public_client.get(reverse("ical_committee_meetings", args=["no-such-committee"]))

    assert response.status_code == 404


@pytest.mark.parametrize("url_name, args", [("ical_meetings", []), ("ical_committee_meetings", ["children"])])
def test_calendars_run_a_fixed_number_of_queries(
    public_client, django_assert_max_num_queries, url_name, args
):
    committee = factories.CommitteeFactory(slug="children")
    url = reverse(url_name, args=args)
    factories.MeetingFactory(committee=committee)
    with CaptureQueriesContext(connection) as one:
        assert public_client.get(url).status_code == 200

    factories.MeetingFactory.create_batch(
        29, committee=committee, start=timezone.now().replace(microsecond=0) + timedelta(days=3)
    )
    with django_assert_max_num_queries(len(one)):
        response = public_client.get(url)

    assert len(Calendar.from_ical(response.content).walk("VEVENT")) == 30
