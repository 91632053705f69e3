"""
Every API list runs the same number of queries for one record as for ten:
related records come from select_related and prefetches, never a query per row.
"""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from agenda.models import MinutesCorrection, Resolution
from meetings.models import Meeting
from recommendations.models import Recommendation, RecommendationResponse, RecommendationUpdate
from tests import factories

pytestmark = pytest.mark.django_db


def make_records(count):
    """``count`` of each kind of record, each on its own committee and meeting, all public."""
    clerk = factories.ClerkFactory()
    for n in range(count):
        committee = factories.CommitteeFactory(parent=factories.CommitteeFactory())
        factories.MembershipFactory(committee=committee)
        approving = factories.MeetingFactory(committee=committee)
        meeting = factories.MeetingFactory(
            committee=committee, start=timezone.now() - timedelta(days=30 + n),
            decisions_published_at=timezone.now() - timedelta(days=20),
            minutes_status=Meeting.MinutesStatus.APPROVED, minutes_published_at=timezone.now() - timedelta(days=20),
            minutes_approved_at_meeting=approving,
        )
        item = factories.AgendaItemFactory(meeting=meeting)
        resolutions = [factories.ResolutionFactory(item=item) for _ in range(2)]
        factories.DocumentFactory(item=item)
        factories.DocumentFactory(item=item)
        MinutesCorrection.objects.create(
            meeting=meeting, item=item, resolution=resolutions[0], text="For 'six' read 'seven'.",
            reason="A slip.", recorded_by=clerk,
        )
        recommendation = factories.ResolutionFactory(item=item, kind=Resolution.Kind.RECOMMENDATION).recommendation
        Recommendation.objects.filter(pk=recommendation.pk).update(
            sent_on=date(2026, 1, 5), outcome=Recommendation.Outcome.ACCEPTED, closed_at_meeting=approving)
        RecommendationResponse.objects.create(
            recommendation=recommendation, outcome=Recommendation.Outcome.ACCEPTED, responded_on=date(2026, 2, 1),
            responded_by="Cabinet", text="Agreed.")
        for _ in range(2):
            RecommendationUpdate.objects.create(recommendation=recommendation, written_on=date(2026, 3, 1),
                                                status=Recommendation.Implementation.IN_PROGRESS, text="Under way.")
        factories.ActionFactory(meeting=meeting, item=item, closed_at_meeting=approving)
        factories.WorkProgrammeEntryFactory(committee=committee, planned_meeting=meeting, agenda_item=item)


LISTS = ["committee", "person", "membership", "meeting", "item", "resolution", "document", "correction",
         "recommendation", "action", "work-programme"]


def queries_for(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries), response.json()["results"]


@pytest.mark.parametrize("name", LISTS + ["search"])
def test_list_runs_the_same_queries_for_one_record_as_for_ten(client, settings, name):
    settings.PAGE_CACHE_ENABLED = False
    url = reverse(f"api:{name}-list" if name != "search" else "api:search")
    if name == "search":
        url += "?q=fostering"
    make_records(1)
    with_one, results = queries_for(client, url)
    assert results
    make_records(9)
    with_ten, results = queries_for(client, url)
    if name == "search":
        # The search service's own work (search/service.py) never grows with the results.
        assert with_ten <= with_one, f"{url}: {with_one} queries for one result, {with_ten} for ten"
        return
    assert len(results) >= 10
    assert with_ten == with_one, f"{url}: {with_one} queries for one record, {with_ten} for ten"


def test_meeting_list_pinned_query_count(client, settings, django_assert_num_queries):
    settings.PAGE_CACHE_ENABLED = False
    make_records(10)
    # The meetings (with their committees and approving meetings), then for
    # Last-Modified (api/changes.py) the record's version, and, not yet kept
    # for that version, the newest public change.
    with django_assert_num_queries(3):
        assert len(client.get(reverse("api:meeting-list")).json()["results"]) == 20


def test_item_list_pinned_query_count(client, settings, django_assert_num_queries):
    settings.PAGE_CACHE_ENABLED = False
    make_records(10)
    # The items with their meetings and committees, then their resolutions
    # and papers, and the record's version and newest public change for Last-Modified.
    with django_assert_num_queries(5):
        assert len(client.get(reverse("api:item-list")).json()["results"]) == 10


@pytest.mark.parametrize("name, queries", [("recommendation", 5), ("action", 3), ("work-programme", 3)])
def test_tracker_lists_pinned_query_counts(client, settings, django_assert_num_queries, name, queries):
    """
    Recommendations: the rows (resolution, meeting, committee, response and
    closing meeting joined), their updates, and for Last-Modified the
    record's version, the newest public change and the newest day a
    response fell overdue. Actions and topics: the rows, and the two for Last-Modified.
    """
    settings.PAGE_CACHE_ENABLED = False
    make_records(10)
    with django_assert_num_queries(queries):
        assert len(client.get(reverse(f"api:{name}-list")).json()["results"]) == 10


def test_last_modified_is_worked_out_once_a_change(client, settings, django_assert_num_queries):
    """Every page and filter of a list reads the kept moment until the record changes."""
    settings.PAGE_CACHE_ENABLED = False
    make_records(2)
    client.get(reverse("api:resolution-list"))
    with django_assert_num_queries(3):  # the rows, their corrections, the record's version
        client.get(reverse("api:resolution-list") + "?page_size=1")
    factories.CommitteeFactory()
    with django_assert_num_queries(4):
        client.get(reverse("api:resolution-list") + "?page_size=1")
