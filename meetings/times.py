"""
Dates and times of day as clerks type them. Times may be written "6.30pm",
"6:30 pm", "6pm", "18:30", "18.30", "1830", "noon" or "midnight": the site
writes times as "6.30pm", and a clerk copying one from a page, an email or
the printed agenda should not have to translate it to the 24-hour clock.
Dates come from the browser's date input.
"""

import re
from datetime import date, time

from django import forms
from django.core.exceptions import ValidationError
from django.utils.formats import date_format

WORDS = {"noon": time(12, 0), "midday": time(12, 0), "12noon": time(12, 0), "midnight": time(0, 0)}
CLOCK = re.compile(
    r"^(?P<hour>\d{1,2})(?:[:.]?(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?(?P<half>am|pm)?$"
)
EXAMPLES = "for example 6.30pm or 18:30"


class AmbiguousTime(ValueError):
    """An hour alone, such as "6", could be morning or evening."""


def parse_time_of_day(text):
    """
    The time a clerk typed, or ValueError. An hour from 1 to 11 with no
    minutes and no am or pm is refused as ambiguous (AmbiguousTime), since
    "6" on a committee's calendar is more likely evening than morning.
    """
    cleaned = re.sub(r"\s+", "", str(text).lower()).replace("a.m.", "am").replace("p.m.", "pm")
    if cleaned in WORDS:
        return WORDS[cleaned]
    match = CLOCK.match(cleaned)
    if match is None:
        raise ValueError(text)
    hour, half = int(match["hour"]), match["half"]
    minute, second = int(match["minute"] or 0), int(match["second"] or 0)
    if half:
        if not 1 <= hour <= 12:
            raise ValueError(text)
        hour = hour % 12 + (12 if half == "pm" else 0)
    elif match["minute"] is None and 1 <= hour <= 11:
        raise AmbiguousTime(hour)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(text)
    return time(hour, minute, second)


class ClockTimeField(forms.TimeField):
    """A time of day typed in any of the ways clerks write one; errors name the field."""

    widget = forms.TimeInput(format="%H:%M")

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, time):
            return value
        what = (self.label or "time").lower()
        text = str(value).strip()
        if not text:
            return None
        try:
            return parse_time_of_day(text[:40])
        except AmbiguousTime as hour:
            raise ValidationError(
                f"Say whether the {what} is am or pm, for example {hour}pm.", code="ambiguous"
            ) from None
        except ValueError:
            raise ValidationError(
                f"Enter the {what} as a real time of day, {EXAMPLES}.", code="invalid"
            ) from None


class DateInput(forms.DateInput):
    """The browser's date input, which always sends the date as YYYY-MM-DD."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


# Dates a clerk may type at all: a council's records go back no further
# than its minute books, and forward no further than its calendar.
FIRST_DATE = date(1900, 1, 1)
LAST_DATE = date(2100, 12, 31)


class DateField(forms.DateField):
    widget = DateInput
    default_error_messages = {"invalid": "Enter a real date, for example 27/11/2026."}

    def validate(self, value):
        super().validate(value)
        if value and not FIRST_DATE <= value <= LAST_DATE:
            raise ValidationError(
                f"Enter a date between {date_format(FIRST_DATE, 'j F Y')} and {date_format(LAST_DATE, 'j F Y')}.",
                code="out_of_range",
            )
