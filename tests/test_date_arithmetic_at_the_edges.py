"""
Date arithmetic is right, and cannot fail, however far off the dates it is
given: the notice period, the facet words of search, the computable range.
"""

import random
from datetime import date, datetime, timedelta
from datetime import timezone as dt_timezone

from meetings.dates import COMPUTABLE_FIRST, COMPUTABLE_LAST, end_of_day, start_of_day, within_computable_range
from meetings.working_days import clear_working_days, is_working_day, latest_publication_date
from search.engines.base import date_cover


def counted_day_by_day(published_on, meeting_on, holidays):
    count, day = 0, published_on + timedelta(days=1)
    while day < meeting_on:
        count += is_working_day(day, holidays)
        day += timedelta(days=1)
    return count


def test_clear_working_days_agrees_with_counting_day_by_day():
    rng = random.Random(7)
    holidays = frozenset(date(2026, 1, 1) + timedelta(days=rng.randrange(500)) for _ in range(40))
    for _ in range(3000):
        published = date(2025, 11, 1) + timedelta(days=rng.randrange(500))
        meeting = published + timedelta(days=rng.randrange(-5, 90))
        assert clear_working_days(published, meeting, holidays) == counted_day_by_day(published, meeting, holidays)


def test_clear_working_days_spans_the_whole_calendar():
    # 1 January 1 was a Monday; 521,775 weeks and a day later comes 31 December 9999.
    assert clear_working_days(date.min, date.max) == counted_weekdays(date.min + timedelta(days=1), date.max)


def counted_weekdays(first, last):
    weeks, rest = divmod((last - first).days, 7)
    return weeks * 5 + sum((first + timedelta(days=n)).weekday() < 5 for n in range(rest))


def test_the_latest_publication_date_of_a_meeting_in_the_first_days_is_the_first_day():
    assert latest_publication_date(date(1, 1, 5), 5) == date.min
    # 31 December 9999 is a Friday: five clear working days are the 24th to the 30th.
    assert latest_publication_date(date(9999, 12, 31), 5) == date(9999, 12, 23)


def test_date_cover_reaches_the_last_date_and_starts_at_the_first():
    assert date_cover(date(9998, 11, 30), date.max) == ["#d99981130", "#m999812", "#y9999"]
    assert date_cover(date.min, date(1, 1, 2)) == ["#d10101", "#d10102"]


def test_dates_are_read_within_the_computable_range():
    earliest = datetime(1, 1, 1, tzinfo=dt_timezone.utc)
    latest = datetime(9999, 12, 31, 23, 59, tzinfo=dt_timezone.utc)
    assert within_computable_range(earliest) == COMPUTABLE_FIRST
    assert within_computable_range(latest) == COMPUTABLE_LAST
    now = datetime(2026, 3, 1, tzinfo=dt_timezone.utc)
    assert within_computable_range(now) == now
    assert start_of_day(date.min) is None and end_of_day(date.max) is None
    assert length_of(date(2026, 3, 28)) == timedelta(hours=24)
    # The day the clocks go forward has 23 hours.
    assert length_of(date(2026, 3, 29)) == timedelta(hours=23)


def length_of(day):
    return end_of_day(day).astimezone(dt_timezone.utc) - start_of_day(day).astimezone(dt_timezone.utc)
