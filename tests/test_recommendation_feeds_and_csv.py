"""
Atom feeds of new recommendations and of responses, and the CSV of any
filtered list: only what the public may see, a fixed number of queries
however many records, and CSV cells a spreadsheet will not run as formulas.
"""

import csv
import io
from datetime import date

import feedparser
import pytest
from django.test import Client
from django.urls import reverse

from tests import factories
from tests.recommendation_records import published_meeting, recommendation, response

pytestmark = pytest.mark.django_db

FEED_URL = reverse("recommendations:feed")
RESPONSES_URL = reverse("recommendations:feed_responses")
CSV_URL = reverse("recommendations:csv")
# The record version for the page cache, then the entries.
FEED_QUERIES = 2
# The record version (read before any anonymous request; a streamed answer
# is then not kept), and the rows.
CSV_QUERIES = 2


def read_csv(response):
    body = b"".join(response.streaming_content).decode("utf-8-sig")  # the byte order mark spreadsheets read as UTF-8
    return list(csv.reader(io.StringIO(body)))


def answered(text="That the Cabinet extend the allowance.", **extra):
    return recommendation(
        text=text, sent_on=date(2026, 1, 10), response_due_on=date(2026, 3, 9), outcome="accepted",
        response=response(text=f"Agreed: {text}"), **extra,
    )


# --- Feeds ---------------------------------------------------------------------------


def test_recommendations_feed_lists_published_recommendations_only(client):
    shown = recommendation(text="That the published one be made.")
    recommendation(meeting=factories.MeetingFactory(), text="That the unpublished one be made.")
    item = factories.AgendaItemFactory(meeting=published_meeting(), is_exempt=True, exempt_paragraph=3)
    recommendation(item=item, text="That the exempt one be made.")
    feed = feedparser.parse(client.get(FEED_URL).content)
    assert [entry.link for entry in feed.entries] == [
        "http://testserver" + reverse("recommendations:detail", args=[shown.pk])
    ]
    assert "published one" in feed.entries[0].content[0].value


def test_feeds_are_built_for_the_public_even_for_a_councillor(councillor_client):
    item = factories.AgendaItemFactory(meeting=published_meeting(), is_exempt=True, exempt_paragraph=3)
    answered(item=item, text="That the exempt contract be reviewed.")
    for url in (FEED_URL, RESPONSES_URL):
        assert "exempt contract" not in councillor_client.get(url).content.decode(), url


def test_responses_feed_carries_the_response_and_links_to_the_recommendation(client):
    made = answered()
    recommendation(text="That the unanswered one be made.")
    feed = feedparser.parse(client.get(RESPONSES_URL).content)
    assert len(feed.entries) == 1
    entry = feed.entries[0]
    assert entry.title == f"Response to {made.reference}: Accepted"
    assert entry.link.endswith(reverse("recommendations:detail", args=[made.pk]) + "#response")
    assert "Agreed: That the Cabinet extend the allowance." in entry.content[0].value


def test_feeds_are_discoverable_from_the_list(client):
    page = client.get(reverse("recommendations:list")).content.decode()
    assert f'type="application/atom+xml" title="Recommendations" href="{FEED_URL}"' in page
    assert f'href="{RESPONSES_URL}"' in page


@pytest.mark.parametrize("url", [FEED_URL, RESPONSES_URL])
@pytest.mark.parametrize("size", [1, 10])
def test_feeds_run_a_fixed_number_of_queries(url, size, django_assert_num_queries):
    meeting = published_meeting()
    for n in range(size):
        answered(meeting=meeting, text=f"That recommendation {n} be made.")
    with django_assert_num_queries(FEED_QUERIES):
        response = Client().get(url)
    assert len(feedparser.parse(response.content).entries) == size


# --- CSV -----------------------------------------------------------------------------------


def test_csv_has_a_header_row_and_one_row_per_recommendation(client):
    made = answered()
    response = client.get(CSV_URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    header, row = read_csv(response)
    assert header[:3] == ["Reference", "Committee", "Meeting date"]
    record = dict(zip(header, row))
    assert record["Reference"] == made.reference
    assert record["Date sent"] == "2026-01-10"
    assert record["Response due"] == "2026-03-09"
    assert record["State"] == "Accepted"
    assert record["Response text"] == "Agreed: That the Cabinet extend the allowance."
    assert record["Address"] == "http://testserver" + reverse("recommendations:detail", args=[made.pk])


def test_csv_follows_the_same_filters_as_the_list(client):
    health = factories.CommitteeFactory(slug="health-scrutiny")
    recommendation(meeting=published_meeting(committee=health), text="That the clinic stay open.")
    recommendation(text="That another committee's recommendation be made.")
    rows = read_csv(client.get(CSV_URL, {"committee": "health-scrutiny"}))
    assert [row[3] for row in rows[1:]] == ["That the clinic stay open."]


def test_csv_leaves_out_what_the_public_may_not_see():
    recommendation(meeting=factories.MeetingFactory(), text="That the unpublished one be made.")
    item = factories.AgendaItemFactory(meeting=published_meeting(), is_exempt=True, exempt_paragraph=3)
    recommendation(item=item, text="That the exempt one be made.")
    assert read_csv(Client().get(CSV_URL))[1:] == []


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_csv_cells_that_would_run_as_formulas_are_made_text(client, start):
    recommendation(text=f"{start}HYPERLINK(\"http://evil.example\")", addressee_name=f"{start}1+1")
    header, row = read_csv(client.get(CSV_URL))
    record = dict(zip(header, row))
    assert record["Recommendation"] == f"'{start}HYPERLINK(\"http://evil.example\")"
    assert record["Addressed to"] == f"'{start}1+1"


@pytest.mark.parametrize("size", [1, 10])
def test_csv_runs_a_fixed_number_of_queries(size, django_assert_num_queries):
    meeting = published_meeting()
    for n in range(size):
        answered(meeting=meeting, text=f"That recommendation {n} be made.")
    with django_assert_num_queries(CSV_QUERIES):
        rows = read_csv(Client().get(CSV_URL))
    assert len(rows) == size + 1
