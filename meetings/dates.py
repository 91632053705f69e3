"""How the site writes dates and times: in the council's time zone, GOV.UK style."""

from datetime import datetime, time, timedelta
from datetime import timezone as dt_timezone

from django.db import models
from django.utils import timezone
from django.utils.dateformat import format as format_date


def clock_time(value):
    """For example "6.30pm", "7pm" or "midday", in the council's time zone."""
    local = timezone.localtime(value)
    if (local.hour, local.minute) == (12, 0):
        return "midday"
    if (local.hour, local.minute) == (0, 0):
        return "midnight"
    hour = local.hour % 12 or 12
    minutes = f".{local.minute:02d}" if local.minute else ""
    return f"{hour}{minutes}{'am' if local.hour < 12 else 'pm'}"


def meeting_time(value):
    """For example "Tuesday 8 December 2026, 6.30pm", in the council's time zone."""
    return f"{format_date(timezone.localtime(value), 'l j F Y')}, {clock_time(value)}"


# --- The range of dates the site computes with -----------------------------------

# Python's datetimes end at years 1 and 9999, and a page that shows a meeting
# in either computes dates around it (the local time, the day before, the
# next month, a span of years). A date that far off can only be a mistake,
# which the forms refuse (see meetings.forms); one already in the database is
# read as the nearest date that leaves a year's room either side.
COMPUTABLE_FIRST = datetime(2, 1, 1, tzinfo=dt_timezone.utc)
COMPUTABLE_LAST = datetime(9998, 12, 31, tzinfo=dt_timezone.utc)


def within_computable_range(value):
    """A datetime moved, if need be, into COMPUTABLE_FIRST..COMPUTABLE_LAST."""
    if value is None or timezone.is_naive(value):
        return value
    return min(max(value, COMPUTABLE_FIRST), COMPUTABLE_LAST)


class ComputableDateTimeField(models.DateTimeField):
    """
    A DateTimeField whose values are read from the database within the
    computable range, so that no page, feed or export can be broken by the
    date it finds there, whatever wrote it.
    """

    def from_db_value(self, value, expression, connection):
        return within_computable_range(value)


def start_of_day(day):
    """
    The first moment of a day in the council's time zone, or None for a day
    beyond the computable range (which then bounds nothing).
    """
    if not COMPUTABLE_FIRST.date() < day < COMPUTABLE_LAST.date():
        return None
    return timezone.make_aware(datetime.combine(day, time.min))


def end_of_day(day):
    """The first moment of the next day in the council's time zone, or None beyond the computable range."""
    if not COMPUTABLE_FIRST.date() < day < COMPUTABLE_LAST.date():
        return None
    return start_of_day(day + timedelta(days=1))
