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
    """
    count = 0
    day = published_on + timedelta(days=1)
    while day < meeting_on:
        if is_working_day(day, holidays):
            count += 1
        day += timedelta(days=1)
    return count


def latest_publication_date(meeting_on: date, required: int, holidays=frozenset()) -> date:
    """
    The last working day on which an agenda can be published with `required`
    clear working days before the meeting. (Publishing over the weekend before
    would also do, but clerks publish on working days.)
    """
    day = meeting_on
    found = 0
    while found < required:
        day -= timedelta(days=1)
        if is_working_day(day, holidays):
            found += 1
    day -= timedelta(days=1)
    while not is_working_day(day, holidays):
        day -= timedelta(days=1)
    return day
