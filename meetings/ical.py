"""
The meetings calendar as iCalendar (RFC 5545), for subscribing from Outlook,
Google Calendar or a phone.

This module knows meetings but not requests or pages: the caller passes a
function giving each meeting's public page as an absolute URL.
"""

from datetime import date, timedelta
from datetime import timezone as dt_timezone

from django.utils import timezone
from icalendar import Calendar, Event, Timezone, vDuration

from .models import Meeting
from .text import clean_text

PRODID = "-//Scrutiny//Committee meetings//EN"
# Meetings have no planned end in many councils' calendars; two hours is a
# usual length and shows the meeting as a block rather than a point.
DEFAULT_LENGTH = timedelta(hours=2)
# Asks clients that honour it (Outlook, Thunderbird) to fetch again within
# the hour, so a cancellation reaches subscribers the same day.
REFRESH_INTERVAL = timedelta(hours=1)
# Meetings within this many years of now are written in the council's time
# zone; any further off (a mistyped year) in UTC.
ZONED_YEARS = 20

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
        name=clean_text(name),
        uid=uid,  # Without one, icalendar makes a random UID per request.
        refresh_interval=REFRESH_INTERVAL,
    )
    calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH_INTERVAL))
    calendar.add("X-WR-TIMEZONE", tz.key)

    meetings = list(meetings)
    zoned = _zoned_years(meetings, now)
    events = []
    for meeting in meetings:
        start, end = _times(meeting, tz if meeting.start.year in zoned else None)
        url = meeting_url(meeting)
        # Without METHOD, DTSTAMP is when the event was last revised
        # (RFC 5545, 3.8.7.2): using the change time, not the time of the
        # request, keeps the bytes (and so the ETag) the same until a change.
        changed = getattr(meeting, "last_modified", None) or now
        events.append(Event.new(
            uid=meeting_uid(meeting),
            summary=clean_text(meeting.committee.name),
            start=start,
            end=end,
            location=clean_text(meeting.venue) or None,
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
    calendar.add_component(_time_zone(tz, zoned, now))
    for event in events:
        calendar.add_component(event)
    return calendar.to_ical()


def _description(meeting, url):
    lines = []
    if meeting.status != Meeting.Status.SCHEDULED:
        lines.append(f"{meeting.get_status_display()}: {clean_text(meeting.status_reason)}")
    lines.append(f"Agenda, decisions and minutes: {url}")
    return "\n\n".join(lines)


def _zoned_years(meetings, now):
    """
    The years whose meetings are written in the council's time zone: those
    of the meetings, but within ZONED_YEARS of now. A date typed far in the
    past or future would otherwise make the time zone's definition span
    thousands of years; such meetings are written in UTC instead, which
    names the same moment.
    """
    years = [meeting.start.year for meeting in meetings]
    nearest = [year for year in years if abs(year - now.year) <= ZONED_YEARS] or [now.year]
    return range(min(nearest), max(nearest) + 1)


def _times(meeting, tz):
    """The meeting's start and end, in `tz` (UTC when None), kept within the years a datetime can hold."""
    zone = tz or dt_timezone.utc
    start = meeting.start.astimezone(zone)
    end = meeting.end.astimezone(zone) if meeting.end else None
    if end is None or end <= start:
        try:
            end = start + DEFAULT_LENGTH
        except OverflowError:  # the last hours of 31 December 9999
            end = start
    return start, end


def _time_zone(tz, years, now):
    """
    The VTIMEZONE component, generated from the time zone database for the
    years the calendar covers (a component for 1970-2038 would triple the
    size of a small calendar).
    """
    return Timezone.from_tzid(
        tz.key, first_date=date(years.start, 1, 1), last_date=date(years.stop + 1, 1, 1)
    )
