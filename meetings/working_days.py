"""
Date arithmetic for statutory notice periods. Pure functions: no requests,
no database.
"""

from datetime import date, timedelta


def is_working_day(day: date, holidays=frozenset()) -> bool:
    return day.weekday() < 5 and day not in holidays


def clear_working_days(published_on: date, meeting_on: date, holidays=frozenset()) -> int:
    """
    Count the clear working days between publication and the meeting.

    "Clear days" exclude both the day of publication and the day of the
    meeting (R v Swansea City Council, ex p Elitestone, 1993), and weekends
    and bank holidays are not working days. A negative span counts as none.

    Counted by whole weeks, so a meeting typed centuries ahead costs no more
    than one next week.
    """
    if meeting_on.toordinal() - published_on.toordinal() < 2:
        return 0
    first, last = published_on + timedelta(days=1), meeting_on - timedelta(days=1)
    return _weekdays_through(last) - _weekdays_through(first - timedelta(days=1)) - sum(
        1 for day in holidays if first <= day <= last and day.weekday() < 5
    )


def _weekdays_through(day: date) -> int:
    """Monday to Friday days from the start of the calendar (1 January 1, a Monday) up to ``day``."""
    weeks, rest = divmod(day.toordinal(), 7)
    return weeks * 5 + min(rest, 5)


def latest_publication_date(meeting_on: date, required: int, holidays=frozenset()) -> date:
    """
    The last working day on which an agenda can be published with `required`
    clear working days before the meeting. (Publishing over the weekend before
    would also do, but clerks publish on working days.) For a meeting in the
    first weeks of the calendar, which no agenda could precede, the first day.
    """
    day = meeting_on
    found = 0
    try:
        while found < required:
            day -= timedelta(days=1)
            if is_working_day(day, holidays):
                found += 1
        day -= timedelta(days=1)
        while not is_working_day(day, holidays):
            day -= timedelta(days=1)
    except OverflowError:
        return date.min
    return day
