"""The meeting forms take times as clerks write them, and say which time is wrong."""

from datetime import UTC, datetime, time

import pytest
from django.urls import reverse

from meetings.models import Meeting
from meetings.times import AmbiguousTime, parse_time_of_day
from tests.factories import CommitteeFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "typed, meant",
    [
        ("6.30pm", time(18, 30)),
        ("6.30 pm", time(18, 30)),
        ("6:30 pm", time(18, 30)),
        ("6:30PM", time(18, 30)),
        ("6.30 p.m.", time(18, 30)),
        ("6pm", time(18, 0)),
        ("6 pm", time(18, 0)),
        ("10am", time(10, 0)),
        ("10.15am", time(10, 15)),
        ("12pm", time(12, 0)),
        ("12.30am", time(0, 30)),
        ("noon", time(12, 0)),
        ("Noon", time(12, 0)),
        ("midday", time(12, 0)),
        ("midnight", time(0, 0)),
        ("18:30", time(18, 30)),
        ("18.30", time(18, 30)),
        ("1830", time(18, 30)),
        ("09:05", time(9, 5)),
        ("9:05", time(9, 5)),
        ("0:00", time(0, 0)),
        ("18", time(18, 0)),
        ("23:59:59", time(23, 59, 59)),
        ("  18:30  ", time(18, 30)),
    ],
)
def test_times_written_as_clerks_write_them_are_understood(typed, meant):
    assert parse_time_of_day(typed) == meant


@pytest.mark.parametrize(
    "typed",
    ["25:00", "24:00", "18:60", "13pm", "0am", "6.3pm", "6:300", "half six", "pm", "18:30:99",
     "-1:00", "18h30", "6..30pm", "1e3", "", "99999999999"],
)
def test_nonsense_times_are_refused(typed):
    with pytest.raises(ValueError):
        parse_time_of_day(typed)


def test_an_hour_alone_could_be_morning_or_evening():
    with pytest.raises(AmbiguousTime):
        parse_time_of_day("6")


def meeting_data(committee, **overrides):
    return {"committee": committee.pk, "start_date": "2026-07-01", "start_time": "6.30pm",
            "end_time": "8pm", "venue": "Council Chamber", **overrides}


def test_new_meeting_takes_times_as_the_site_shows_them(clerk_client):
    committee = CommitteeFactory()
    response = clerk_client.post(reverse("clerk:meeting_create"), meeting_data(committee))
    assert response.status_code == 302
    meeting = Meeting.objects.get()
    # British Summer Time: 6.30pm in London is 17:30 UTC.
    assert meeting.start == datetime(2026, 7, 1, 17, 30, tzinfo=UTC)
    assert meeting.end == datetime(2026, 7, 1, 19, 0, tzinfo=UTC)


def test_bad_times_are_named_and_each_message_appears_once_in_the_summary(clerk_client):
    committee = CommitteeFactory()
    response = clerk_client.post(
        reverse("clerk:meeting_create"), meeting_data(committee, start_time="25:00", end_time="garbage")
    )
    assert response.status_code == 200
    html = response.content.decode()
    summary = html[html.index("govuk-error-summary__list"):]
    summary = summary[: summary.index("</ul>")]
    start_error = "Enter the start time as a real time of day, for example 6.30pm or 18:30."
    end_error = "Enter the end time as a real time of day, for example 6.30pm or 18:30."
    assert summary.count(start_error) == 1 and summary.count(end_error) == 1
    assert f'<a href="#id_start_time">{start_error}</a>' in summary
    assert 'value="25:00"' in html and 'value="garbage"' in html
    assert not Meeting.objects.exists()


def test_an_hour_alone_asks_for_am_or_pm(clerk_client):
    response = clerk_client.post(
        reverse("clerk:meeting_create"), meeting_data(CommitteeFactory(), start_time="6", end_time="")
    )
    assert "Say whether the start time is am or pm, for example 6pm." in response.content.decode()


def test_time_box_lets_a_phone_keyboard_type_am_and_pm(clerk_client):
    html = clerk_client.get(reverse("clerk:meeting_create")).content.decode()
    start_input = html[html.index('name="start_time"') - 200: html.index('name="start_time"') + 200]
    assert 'inputmode="numeric"' not in start_input
    assert "For example 6.30pm or 18:30." in html


def test_the_summary_lists_a_message_held_twice_only_once():
    from django import forms
    from django.template.loader import render_to_string

    class TwoBoxes(forms.Form):
        first = forms.CharField()
        second = forms.CharField()

    form = TwoBoxes({"first": "", "second": ""})
    form.is_valid()
    form.add_error(None, "The meeting is locked.")
    form.add_error("first", "The meeting is locked.")
    html = render_to_string("includes/_error_summary.html", {"form": form})
    assert html.count("The meeting is locked.") == 1
    assert html.count("This field is required.") == 1
