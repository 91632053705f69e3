"""
The dates the tracker works to, as plain functions of dates.

Section 9FE of the Local Government Act 2000: where an overview and
scrutiny committee makes a report or recommendations to the authority or
its executive, they must respond "within 2 months beginning with the date
on which" they received it. A period "beginning with" a day counts that
day, so it ends the day before the same date two months later (received
10 March, due by 9 May). Where the later month has no such date (received
31 December: there is no 31 February), it ends on that month's last day.
"""

import calendar
from datetime import date, timedelta

from django.utils import timezone

STATUTORY_RESPONSE_MONTHS = 2


def months_later(day, months):
    """The same date ``months`` later, or None where that month has no such date."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    if not 1 <= year <= 9999:
        return None
    if day.day > calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day.day)


def last_day_of_month_after(day, months):
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    if year > 9999:
        return date.max
    if year < 1:
        return date.min
    return date(year, month, calendar.monthrange(year, month)[1])


def section_9fe_due_date(received):
    """The last day for the executive's response to recommendations received on ``received``."""
    same_date = months_later(received, STATUTORY_RESPONSE_MONTHS)
    if same_date is None:
        return last_day_of_month_after(received, STATUTORY_RESPONSE_MONTHS)
    return same_date - timedelta(days=1)


def today():
    """Today in the council's time zone (Europe/London), whatever the clocks are doing."""
    return timezone.localdate()


def municipal_year_of(day):
    """The municipal year a date falls in, named by the year it starts: May 2026 to April 2027 is 2026."""
    return day.year if day.month >= 5 else day.year - 1


def municipal_year_label(year):
    return f"{year}/{str(year + 1)[-2:]}"
