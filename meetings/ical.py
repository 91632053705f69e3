"""
The meetings calendar as iCalendar (RFC 5545), for subscribing from Outlook,
Google Calendar or a phone.

This module knows meetings but not requests or pages: the caller passes a
function giving each meeting's public page as an absolute URL.
"""

from datetime import date, timedelta

from django.utils import timezone
from icalendar import Calendar, Event, Timezone, vDuration

from .models import Meeting

PRODID = "-//Scrutiny//Committee meetings//EN"
# Meetings have no planned end in many councils' calendars; two hours is a
# usual length and shows the meeting as a block rather than a point.
DEFAULT_LENGTH = timedelta(hours=2)
# Asks clients that honour it (Outlook, Thunderbird) to fetch again within
# the hour, so a cancellation reaches subscribers the same day.
REFRESH_INTERVAL = timedelta(hours=1)

STATUS = {
    Meeting.Status.SCHEDULED: "CONFIRMED",
    Meeting.Status.CANCELLED: "CANCELLED",
    Meeting.Status.POSTPONED: "TENTATIVE",
}


def meeting_uid(meeting):
    """
    The event's UID, which calendar clients use to recognise the same
    meeting on the next fetch. It is built from the primary key alone, so it
    stays the same whatever host name the calendar was fetched through.
    """
    return f"meeting-{meeting.pk}@scrutiny"


def build_calendar(meetings, *, name, uid, meeting_url, now=None):
    """
    One VEVENT per meeting, with times in the council's time zone (TZID
    Europe/London) and the VTIMEZONE that defines it.

    `meetings` need their committee loaded and may carry `last_modified`
    (the time of their latest change); `meeting_url(meeting)` gives the
    absolute URL of the meeting's public page. Returns the calendar's bytes.
    """
    tz = timezone.get_default_timezone()
    now = now or timezone.now()
    calendar = Calendar.new(
        prodid=PRODID,
        name=name,
        uid=uid,  # Without one, icalendar makes a random UID per request.
        refresh_interval=REFRESH_INTERVAL,
    )
    calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH_INTERVAL))
    calendar.add("X-WR-TIMEZONE", tz.key)

    events = []
    for meeting in meetings:
        start = timezone.localtime(meeting.start, tz)
        end = timezone.localtime(meeting.end, tz) if meeting.end else start + DEFAULT_LENGTH
        url = meeting_url(meeting)
        # Without METHOD, DTSTAMP is when the event was last revised
        # (RFC 5545, 3.8.7.2): using the change time, not the time of the
        # request, keeps the bytes (and so the ETag) the same until a change.
        changed = getattr(meeting, "last_modified", None) or now
        events.append(Event.new(
            uid=meeting_uid(meeting),
            summary=meeting.committee.name,
            start=start,
            end=end,
            location=meeting.venue or None,
            status=STATUS[meeting.status],
            # The version rises with every change a clerk saves, so clients
            # replace their copy of the event.
            sequence=max(meeting.version - 1, 0),
            stamp=changed,
            last_modified=changed,
            url=url,
            description=_description(meeting, url),
        ))

    # The time zone comes first, before the events that refer to it.
    calendar.add_component(_time_zone(tz, [event.start.date() for event in events], now))
    for event in events:
        calendar.add_component(event)
    return calendar.to_ical()


def _description(meeting, url):
    lines = []
    if meeting.status != Meeting.Status.SCHEDULED:
        lines.append(f"{meeting.get_status_display()}: {meeting.status_reason}")
    lines.append(f"Agenda, decisions and minutes: {url}")
    return "\n\n".join(lines)


def _time_zone(tz, days, now):
    """
    The VTIMEZONE component, generated from the time zone database for the
    years the calendar covers (a component for 1970-2038 would triple the
    size of a small calendar).
    """
    first = min(days, default=now.date())
    last = max(days, default=now.date())
    return Timezone.from_tzid(
        tz.key, first_date=date(first.year, 1, 1), last_date=date(last.year + 2, 1, 1)
    )
