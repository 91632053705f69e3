"""
The decisions list and the permanent page of each decision: only published
resolutions the visitor may read, newest meeting first, filtered by
committee and meeting dates, 25 to a page. A filter that makes no sense is
refused with a 400; a page that does not exist is a 404.
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import itertools

import pytest
from django.urls import reverse
from django.utils import timezone

from agenda import services
from agenda.models import ExemptParagraph
from tests import factories
from tests.test_public_meeting_page import meeting_with_record

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
# Session, user and the two permission queries when signed in; then the
# count, the page of resolutions, their corrections, the committees for the
# filter and the tracker's links from the resolutions.
DECISIONS_QUERIES = 9
# An anonymous visitor's request first reads the record version for the page
# cache (meetings/page_cache.py); signed-in visitors' requests do not.
PAGE_CACHE_QUERIES = 1
DECISIONS_URL = reverse("agenda:decisions")
ABBREVIATIONS = itertools.count(1)


def decided_meeting(clerk, *, start, committee=None, texts=("That the report be noted.",), **item_fields):
    """A meeting whose decisions are published, one item with the given resolutions."""
    # Each committee its own abbreviation, so that references do not collide.
    committee = committee or factories.CommitteeFactory(abbreviation=f"C{next(ABBREVIATIONS)}")
    meeting = factories.MeetingFactory(start=start, committee=committee)
    item = factories.AgendaItemFactory(meeting=meeting, **item_fields)
    for order, text in enumerate(texts):
        factories.ResolutionFactory(item=item, order=order, text=text)
    services.publish_decisions(meeting=meeting, user=clerk, now=start + timedelta(days=1))
    return meeting


def test_lists_published_decisions_newest_meeting_first(client, clerk):
    decided_meeting(clerk, start=datetime(2026, 1, 13, 18, tzinfo=LONDON), texts=["Older decision."])
    decided_meeting(clerk, start=datetime(2026, 2, 10, 18, tzinfo=LONDON), texts=["Newer decision."],
                    title="Budget scrutiny")
    response = client.get(DECISIONS_URL)
    assert response.status_code == 200
    page = response.content.decode()
    assert page.index("Newer decision.") < page.index("Older decision.")
    assert "Budget scrutiny" in page
    assert "<title>Decisions –" in page
    assert 'class="govuk-breadcrumbs"' in page


def test_unpublished_decisions_are_not_listed(client, clerk):
    item = factories.AgendaItemFactory()
    factories.ResolutionFactory(item=item, text="Not yet published decision.")
    page = client.get(DECISIONS_URL).content.decode()
    assert "Not yet published decision." not in page
    assert "No decisions have been published yet." in page


def test_public_cannot_see_exempt_decisions_councillor_can(client, clerk, councillor):
    decided_meeting(clerk, start=timezone.now() - timedelta(days=3), texts=["Award to Acme Care."],
                    title="Contract award", is_exempt=True, exempt_paragraph=ExemptParagraph.FINANCIAL)
    assert "Award to Acme Care." not in client.get(DECISIONS_URL).content.decode()
    client.force_login(councillor)
    page = client.get(DECISIONS_URL).content.decode()
    assert "Award to Acme Care." in page
    assert "Exempt — not for publication (paragraph 3)" in page


def test_each_row_shows_reference_item_committee_and_date(client, clerk):
    committee = factories.CommitteeFactory(name="Overview and Scrutiny Committee", abbreviation="OSC")
    meeting = decided_meeting(clerk, start=datetime(2026, 2, 10, 18, tzinfo=LONDON), committee=committee,
                              title="Budget scrutiny")
    item = meeting.items.get()
    resolution = item.resolutions.get()
    page = client.get(DECISIONS_URL).content.decode()
    assert resolution.reference.startswith("OSC/2025-26/")  # February: the 2025-26 municipal year
    assert f'href="{reverse("agenda:resolution", args=[resolution.pk])}">{resolution.reference}</a>' in page
    assert reverse("agenda:item", args=[meeting.pk, item.pk]) in page
    assert "Overview and Scrutiny Committee" in page
    assert "10 February 2026" in page


def test_filter_by_committee(client, clerk):
    wanted = factories.CommitteeFactory(slug="budget-panel")
    decided_meeting(clerk, start=timezone.now() - timedelta(days=3), committee=wanted, texts=["Wanted decision."])
    decided_meeting(clerk, start=timezone.now() - timedelta(days=2), texts=["Other decision."])
    response = client.get(DECISIONS_URL, {"committee": "budget-panel"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Wanted decision." in page
    assert "Other decision." not in page
    assert '<option value="budget-panel" selected>' in page


def test_filter_by_date_range(client, clerk):
    decided_meeting(clerk, start=datetime(2026, 1, 13, 18, tzinfo=LONDON), texts=["January decision."])
    decided_meeting(clerk, start=datetime(2026, 2, 10, 18, tzinfo=LONDON), texts=["February decision."])
    decided_meeting(clerk, start=datetime(2026, 3, 10, 18, tzinfo=LONDON), texts=["March decision."])
    page = client.get(DECISIONS_URL, {"date_from": "1/2/2026", "date_to": "2026-02-28"}).content.decode()
    assert "February decision." in page
    assert "January decision." not in page
    assert "March decision." not in page


@pytest.mark.parametrize(
    "query, message",
    [
        ({"committee": "no-such-committee"}, "There is no committee with that name."),
        ({"date_from": "31/2/2026"}, "Enter the “from” date as day/month/year"),
        ({"date_to": "yesterday"}, "Enter the “to” date as day/month/year"),
        ({"date_from": "1/3/2026", "date_to": "1/2/2026"}, "must be the same as or after the “from” date"),
    ],
)
def test_a_filter_that_makes_no_sense_is_a_400_with_a_message(client, query, message):
    response = client.get(DECISIONS_URL, query)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_25_decisions_to_a_page(client, clerk):
    decided_meeting(clerk, start=timezone.now() - timedelta(days=3),
                    texts=[f"Decision number {n:02d}." for n in range(30)])
    first = client.get(DECISIONS_URL).content.decode()
    assert "Decision number 24." in first
    assert "Decision number 25." not in first
    assert "Showing 1 to 25 of 30 decisions." in first
    second = client.get(DECISIONS_URL, {"page": "2"})
    assert second.status_code == 200
    assert "Decision number 25." in second.content.decode()
    assert "Decision number 24." not in second.content.decode()


def test_pagination_keeps_the_filters(client, clerk):
    committee = factories.CommitteeFactory(slug="budget-panel")
    decided_meeting(clerk, start=timezone.now() - timedelta(days=3), committee=committee,
                    texts=[f"Decision number {n:02d}." for n in range(30)])
    page = client.get(DECISIONS_URL, {"committee": "budget-panel"}).content.decode()
    assert "?committee=budget-panel&amp;page=2" in page


@pytest.mark.parametrize("page_number", ["abc", "0", "-1", "3"])
def test_a_page_that_does_not_exist_is_404(client, clerk, page_number):
    decided_meeting(clerk, start=timezone.now() - timedelta(days=3),
                    texts=[f"Decision number {n:02d}." for n in range(30)])
    assert client.get(DECISIONS_URL, {"page": page_number}).status_code == 404


@pytest.mark.parametrize("size", [1, 20])
def test_decisions_list_runs_a_fixed_number_of_queries(client, clerk, size, django_assert_max_num_queries):
    meeting_with_record(items=size, clerk=clerk)
    with django_assert_max_num_queries(DECISIONS_QUERIES - 4 + PAGE_CACHE_QUERIES):
        response = client.get(DECISIONS_URL)
    assert "Resolution 1a." in response.content.decode()


@pytest.mark.parametrize("size", [1, 20])
def test_decisions_list_for_a_councillor_runs_a_fixed_number_of_queries(
    councillor_client, clerk, size, django_assert_max_num_queries
):
    meeting_with_record(items=size, clerk=clerk)
    with django_assert_max_num_queries(DECISIONS_QUERIES):
        response = councillor_client.get(DECISIONS_URL)
    assert "Resolution 1a." in response.content.decode()


# --- The page of one decision -------------------------------------------------------


def resolution_url(resolution):
    return reverse("agenda:resolution", args=[resolution.pk])


def test_decision_page_shows_reference_text_item_and_meeting(client, clerk):
    meeting = decided_meeting(clerk, start=datetime(2026, 2, 10, 18, tzinfo=LONDON), title="Budget scrutiny",
                              preamble="That the committee:",
                              texts=["That the budget be noted.", "That the Cabinet be asked to reconsider."])
    item = meeting.items.get()
    first, second = item.resolutions.order_by("order")
    response = client.get(resolution_url(first))
    assert response.status_code == 200
    page = response.content.decode()
    assert f"Reference: <strong>{first.reference}</strong>" in page
    assert "That the budget be noted." in page
    assert "<strong>RESOLVED:</strong> That the committee:" in page
    assert reverse("agenda:item", args=[meeting.pk, item.pk]) in page
    assert reverse("agenda:meeting", args=[meeting.pk]) in page
    assert reverse("meetings:committee", args=[meeting.committee.slug]) in page
    assert "10 February 2026" in page
    assert f'href="{resolution_url(second)}">{second.reference}</a>' in page
    assert f"<title>Decision {first.reference} –" in page


def test_decision_page_is_404_before_the_decisions_are_published(client, councillor_client):
    resolution = factories.ResolutionFactory()
    assert client.get(resolution_url(resolution)).status_code == 404
    assert councillor_client.get(resolution_url(resolution)).status_code == 404


def test_exempt_decision_is_404_for_the_public_and_shown_to_councillors(client, clerk, councillor):
    meeting = decided_meeting(clerk, start=timezone.now() - timedelta(days=3), texts=["Award to Acme Care."],
                              is_exempt=True, exempt_paragraph=ExemptParagraph.FINANCIAL)
    resolution = meeting.items.get().resolutions.get()
    assert client.get(resolution_url(resolution)).status_code == 404
    client.force_login(councillor)
    response = client.get(resolution_url(resolution))
    assert response.status_code == 200
    assert "Award to Acme Care." in response.content.decode()
    assert "Exempt — not for publication (paragraph 3)" in response.content.decode()


def test_unknown_decision_is_404(client):
    assert client.get(reverse("agenda:resolution", args=[999999])).status_code == 404
