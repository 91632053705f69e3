"""How the site writes dates and times: in the council's time zone, GOV.UK style."""

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
