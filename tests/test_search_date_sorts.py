"""
Newest and oldest first: with few matches, PostgreSQL sorts them all rather
than walking the date index (which, for a rare word, reads much of the
index before it fills a page); with many, it may walk it. Either way the
page is the same.
"""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from search import engines
from search.engines import Filters
from search.engines.postgres import strategies
from search.models import SearchEntry
from search.query import parse
from tests import factories

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's plans"),
]


@pytest.fixture
def weirs():
    committee = factories.CommitteeFactory()
    now = timezone.now()
    for days in (400, 30, 200, 30, 900):
        meeting = factories.MeetingFactory(committee=committee, start=now - timedelta(days=days))
        factories.AgendaItemFactory(meeting=meeting, title="Weir repairs")


def page_and_sql(sort):
    with CaptureQueriesContext(connection) as queries:
        ids, count = engines.get().search(
            parse("weir"), Filters(include_exempt=False), sort=sort, offset=0, limit=20, cap=10_001
        )
    page_sql = [query["sql"] for query in queries if "ORDER BY" in query["sql"] and "LIMIT 20" in query["sql"]]
    return ids, count, page_sql


@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_few_matches_are_sorted_without_the_date_index_and_in_the_same_order(weirs, sort, monkeypatch):
    sorted_ids, count, sql = page_and_sql(sort)
    assert count == 5
    assert len(sql) == 1 and "held_on + 0" in sql[0]

    monkeypatch.setattr(strategies, "SORT_ALL_MATCHES_UP_TO", 4)
    walked_ids, _, sql = page_and_sql(sort)
    assert len(sql) == 1 and "held_on + 0" not in sql[0]

    assert walked_ids == sorted_ids
    held_on = dict(SearchEntry.objects.filter(pk__in=sorted_ids).values_list("pk", "held_on"))
    days = [held_on[pk] for pk in sorted_ids]
    assert days == sorted(days, reverse=sort == "newest")
    assert len(set(days)) == 4  # two on one day: their order is by id, the same both ways
