"""
The public lists download as CSV: decisions (with the list's filters),
meetings and a councillor's attendance. Each shows only what its page
shows, streams its rows in a fixed number of queries, and is safe to open
in a spreadsheet.
"""

import csv
import io
from datetime import datetime, timedelta
from datetime import timezone as dt_timezone

import pytest
from django.utils import timezone

from agenda.models import AgendaItem, Resolution
from meetings.models import Attendance, Meeting
from tests import factories

pytestmark = pytest.mark.django_db


def read_csv(response):
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def published_meeting(**kwargs):
    now = timezone.now()
    return factories.MeetingFactory(
        decisions_published_at=now, minutes_status=Meeting.MinutesStatus.DRAFT, minutes_published_at=now, **kwargs
    )


def test_decisions_csv_holds_the_decisions_the_public_may_read(client):
    meeting = published_meeting()
    item = factories.AgendaItemFactory(meeting=meeting, title="Foster carers")
    factories.ResolutionFactory(item=item, label="a", text="That the allowances be reviewed.")
    exempt = factories.AgendaItemFactory(meeting=meeting, is_exempt=True, exempt_paragraph=3)
    factories.ResolutionFactory(item=exempt, text="That the SECRET tender be accepted.")
    unpublished = factories.AgendaItemFactory()  # its meeting's decisions are not out
    factories.ResolutionFactory(item=unpublished, text="That the UNPUBLISHED plan be agreed.")
    rows = read_csv(client.get("/decisions.csv"))
    assert rows[0][:3] == ["reference", "committee", "meeting date"]
    assert [row[6] for row in rows[1:]] == ["That the allowances be reviewed."]


def test_councillors_csv_includes_exempt_decisions(councillor_client):
    exempt = factories.AgendaItemFactory(meeting=published_meeting(), is_exempt=True, exempt_paragraph=3)
    factories.ResolutionFactory(item=exempt, text="That the tender be accepted.")
    response = councillor_client.get("/decisions.csv")
    assert [row[6] for row in read_csv(response)[1:]] == ["That the tender be accepted."]
    assert "private" in response["Cache-Control"]


def test_decisions_csv_follows_the_lists_filters(client):
    committee = factories.CommitteeFactory(slug="children")
    other = published_meeting()
    factories.ResolutionFactory(item=factories.AgendaItemFactory(meeting=other), text="Other committee.")
    mine = published_meeting(committee=committee)
    factories.ResolutionFactory(item=factories.AgendaItemFactory(meeting=mine), text="Children's committee.")
    rows = read_csv(client.get("/decisions.csv", {"committee": "children"}))
    assert [row[6] for row in rows[1:]] == ["Children's committee."]


@pytest.mark.parametrize(
    "query", ["committee=nobody", "date_from=yesterday", "date_from=2026-05-01&date_to=2026-04-01", "committee=%00"]
)
def test_bad_filters_get_a_plain_400(client, query):
    for url in ("/decisions.csv", "/meetings.csv"):
        response = client.get(f"{url}?{query}")
        assert response.status_code == 400
        assert response["Content-Type"].startswith("text/plain")
        assert "filters could not be read" in response.content.decode()


def test_formulas_are_written_as_text(client):
    item = factories.AgendaItemFactory(meeting=published_meeting(), title="=HYPERLINK(\"http://evil\")")
    factories.ResolutionFactory(item=item, text="+SUM(A1:A9)")
    row = read_csv(client.get("/decisions.csv"))[1]
    assert row[4] == "'=HYPERLINK(\"http://evil\")"
    assert row[6] == "'+SUM(A1:A9)"


def test_meetings_csv_lists_announced_meetings_only(client):
    factories.MeetingFactory(venue="Council Chamber")
    factories.MeetingFactory(venue="SECRET draft venue", announced_at=None, agenda_published_at=None)
    rows = read_csv(client.get("/meetings.csv"))
    assert [row[4] for row in rows[1:]] == ["Council Chamber"]


def test_attendance_csv_is_what_the_published_minutes_record(client):
    person = factories.PersonFactory()
    recorded = published_meeting()
    factories.AttendanceFactory(meeting=recorded, person=person, status=Attendance.Status.APOLOGIES)
    not_yet = factories.MeetingFactory()  # minutes not published
    factories.AttendanceFactory(meeting=not_yet, person=person)
    rows = read_csv(client.get(f"/councillors/{person.slug}/attendance.csv"))
    assert [row[2] for row in rows[1:]] == ["Apologies"]
    assert client.get("/councillors/nobody/attendance.csv").status_code == 404


@pytest.mark.parametrize("count", [1, 12])
def test_each_download_takes_the_same_queries_however_long(client, django_assert_num_queries, count):
    person = factories.PersonFactory()
    for n in range(count):
        meeting = published_meeting(start=timezone.now() - timedelta(days=n + 1))
        factories.ResolutionFactory(item=factories.AgendaItemFactory(meeting=meeting))
        factories.AttendanceFactory(meeting=meeting, person=person)
    for url, queries in (("/decisions.csv", 1), ("/meetings.csv", 1), (f"/councillors/{person.slug}/attendance.csv", 1)):
        response = client.get(url)
        with django_assert_num_queries(queries):
            rows = read_csv(response)
        assert len(rows) == count + 1



@pytest.mark.parametrize("start", [datetime(1, 1, 1, tzinfo=dt_timezone.utc),
                                   datetime(9999, 12, 31, 23, 59, tzinfo=dt_timezone.utc)])
def test_far_dates_and_control_characters_saved_by_anyone_still_download(client, start):
    """A meeting saved in year 1 or 9999, and text with control characters, break no download halfway."""
    meeting = published_meeting()
    item = factories.AgendaItemFactory(meeting=meeting)
    resolution = factories.ResolutionFactory(item=item)
    # Saved as an import or a database tool might, past the forms' checks.
    Meeting.objects.filter(pk=meeting.pk).update(start=start, end=None)
    AgendaItem.objects.filter(pk=item.pk).update(title="Fostering\x1b\x0b review")
    Resolution.objects.filter(pk=resolution.pk).update(text="That the review\x07 be noted.")
    decisions = read_csv(client.get("/decisions.csv"))
    assert [row[4] for row in decisions[1:]] == ["Fostering review"]
    assert [row[6] for row in decisions[1:]] == ["That the review be noted."]
    meetings = read_csv(client.get("/meetings.csv"))
    assert len(meetings) == 2
