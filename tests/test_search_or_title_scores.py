"""
"a OR b" on PostgreSQL, where many entries have both words in the title:
the best of them are ranked first, and an entry with one word only in its
title still comes above them where it scores more (the word many times in
the title, the other many times in a decision). Every page is checked
against every match ranked by the rule in one query.
"""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.utils import timezone

from search import service
from tests import factories

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's plan for OR"),
    pytest.mark.django_db,
]


def _ranked_by_the_rule(q):
    """Every public match of ``q``, title matches first, each by ts_rank, ties newest first."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM search_searchentry, websearch_to_tsquery('english', %s) q "
            "WHERE vector @@ q AND NOT is_exempt "
            "ORDER BY title_vector @@ q DESC, ts_rank(vector, q) DESC, held_on DESC, id DESC",
            [q],
        )
        return [row[0] for row in cursor.fetchall()]


def _pages(q):
    ids, page = [], 1
    while True:
        outcome = service.search(q, user=AnonymousUser(), page_number=page)
        ids.extend(result.entry.pk for result in outcome.results)
        if not outcome.page or not outcome.page.has_next():
            return ids
        page += 1


@pytest.mark.parametrize("times", [5, 8])
def test_one_word_many_times_in_the_title_comes_above_both_words_once(monkeypatch, times):
    monkeypatch.setattr(service, "RESULTS_PER_PAGE", 3)
    meeting = factories.MeetingFactory()
    for n in range(7):
        factories.AgendaItemFactory(
            meeting=meeting, title=f"Heron and egret survey {n}", description="", minutes="Counted at dusk."
        )
    # "heron" many times in the title, "egret" many times in a decision: more than both once in the title.
    best = factories.AgendaItemFactory(
        meeting=meeting, title=" ".join(["Heron"] * times) + " colony", description="", minutes="Counted at dawn."
    )
    factories.ResolutionFactory(item=best, text=" ".join(["Egret"] * times) + " roost protected.")
    meeting.decisions_published_at = timezone.now() - timedelta(days=1)
    meeting.save()

    wanted = _ranked_by_the_rule("heron OR egret")
    with connection.cursor() as cursor:
        cursor.execute("SELECT item_id FROM search_searchentry WHERE id = %s", [wanted[0]])
        assert cursor.fetchone()[0] == best.pk
    assert _pages("heron OR egret") == wanted
    assert _pages("egret OR heron") == wanted


def test_within_dates_the_entries_outside_them_are_left_out(monkeypatch):
    monkeypatch.setattr(service, "RESULTS_PER_PAGE", 3)
    recent, old = factories.MeetingFactory(), factories.MeetingFactory(start=timezone.now() - timedelta(days=800))
    for meeting in (recent, old):
        for n in range(5):
            factories.AgendaItemFactory(meeting=meeting, title=f"Heron and egret survey {n}", description="")
    # The best of all, but before the dates searched.
    best = factories.AgendaItemFactory(meeting=old, title="Heron heron heron heron heron heron colony", description="")
    factories.ResolutionFactory(item=best, text="Egret egret egret egret egret egret roost protected.")
    old.decisions_published_at = timezone.now()
    old.save()
    since = timezone.localdate() - timedelta(days=30)

    shown, page = [], 1
    while True:
        outcome = service.search("heron OR egret", user=AnonymousUser(), page_number=page, date_from=since)
        shown.extend(result.entry.pk for result in outcome.results)
        if not outcome.page or not outcome.page.has_next():
            break
        page += 1

    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM search_searchentry WHERE held_on >= %s", [since])
        recent_entries = {row[0] for row in cursor.fetchall()}
    assert shown == [entry for entry in _ranked_by_the_rule("heron OR egret") if entry in recent_entries]
    assert len(shown) == 5
