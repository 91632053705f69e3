"""
A search for several words, each required, on PostgreSQL: ranked by the
mean of each word's own ts_rank (ts_rank of their OR), title matches
first, ties newest first. Past the title matches, the entries having each
word once in their kind's own text are read newest first by kind, and only
those with a word scored higher (repeated, in the title) are ranked one by
one. Every page is checked against every match ranked by the rule in one
query.
"""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.utils import timezone

from search import service
from search.engines.postgres.plan import _PostgresSearch
from tests import factories

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's plan for several words"),
    pytest.mark.django_db,
]


def _ranked_by_the_rule(words, *, since=None, kind=None):
    """Every public match of each of ``words``, title matches first, by the mean of each word's ts_rank."""
    every = " && ".join(f"plainto_tsquery('english', '{word}')" for word in words)
    mean = " + ".join(f"ts_rank(vector, plainto_tsquery('english', '{word}'))" for word in words)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id FROM search_searchentry, (SELECT {every} AS q) w WHERE vector @@ q AND NOT is_exempt "
            + ("AND held_on >= %(since)s " if since else "")
            + ("AND kind = %(kind)s " if kind is not None else "")
            + f"ORDER BY title_vector @@ q DESC, ({mean}) / {len(words)} DESC, held_on DESC, id DESC",
            {"since": since, "kind": kind},
        )
        return [row[0] for row in cursor.fetchall()]


def _pages(q, **filters):
    ids, page = [], 1
    while True:
        outcome = service.search(q, user=AnonymousUser(), page_number=page, **filters)
        ids.extend(result.entry.pk for result in outcome.results)
        assert outcome.count == len(set(ids)) or outcome.page.has_next()
        if not outcome.page or not outcome.page.has_next():
            return ids
        page += 1


def _published(meeting):
    meeting.decisions_published_at = meeting.minutes_published_at = timezone.now() - timedelta(days=1)
    meeting.minutes_status = "draft"
    meeting.save()


@pytest.fixture
def marsh(monkeypatch):
    """Entries with the words once in their own text, repeated, in the title, and in each kind."""
    monkeypatch.setattr(service, "RESULTS_PER_PAGE", 3)
    meetings = [factories.MeetingFactory(start=timezone.now() - timedelta(days=90 * n)) for n in range(6)]
    for number, meeting in enumerate(meetings):
        for n in range(4):
            # Each word once in the minutes, the commonest group.
            factories.AgendaItemFactory(
                meeting=meeting, title=f"Wetland report {number}.{n}", description="",
                minutes=f"The heron count rose; the egret count fell; the marsh was flooded in part {n}.",
            )
        item = factories.AgendaItemFactory(meeting=meeting, title=f"Reserve {number}", description="", minutes="")
        # Each word once in a decision: a better group, smaller.
        factories.ResolutionFactory(item=item, text=f"That the heron and egret marsh plan {number} be agreed.")
        if number % 2:
            # A word repeated in the minutes: scored in the rank vector, above the minutes' group.
            factories.AgendaItemFactory(
                meeting=meeting, title=f"Survey {number}", description="",
                minutes="Heron, heron and heron again; one egret; the marsh at dawn.",
            )
        if number % 3 == 0:
            # One word in the title, the others in the minutes: above every group.
            factories.AgendaItemFactory(
                meeting=meeting, title=f"Heron colony {number}", description="",
                minutes="An egret nested by the marsh.",
            )
            # Every word in the title: first of all.
            factories.AgendaItemFactory(
                meeting=meeting, title=f"Heron and egret marsh {number}", description="", minutes="",
            )
    for meeting in meetings:
        _published(meeting)
    return meetings


@pytest.mark.parametrize("words", [("heron", "egret"), ("egret", "heron", "marsh"), ("marsh", "heron")])
def test_every_page_is_the_matches_ranked_by_the_mean_of_each_words_rank(marsh, words):
    wanted = _ranked_by_the_rule(words)
    assert len(wanted) > 30
    assert _pages(" ".join(words)) == wanted


def test_within_dates_and_for_decisions_only(marsh):
    since = timezone.localdate() - timedelta(days=200)
    assert _pages("heron egret", date_from=since) == _ranked_by_the_rule(("heron", "egret"), since=since)
    decisions = _ranked_by_the_rule(("heron", "egret"), kind=1)
    assert decisions and _pages("heron egret", kind=1) == decisions


def test_the_rest_is_read_by_score_not_ranked_one_by_one(marsh, monkeypatch):
    ranked = []
    fetch = _PostgresSearch._fetch

    def recording(plan, sql, params=None):
        if params and "found" in params:
            ranked.append(len(params["found"]))
        return fetch(plan, sql, params)

    monkeypatch.setattr(_PostgresSearch, "_fetch", recording)
    outcome = service.search("heron egret", user=AnonymousUser(), page_number=2)
    matches = _ranked_by_the_rule(("heron", "egret"))
    assert [result.entry.pk for result in outcome.results] == matches[3:6]
    assert outcome.count == len(matches)
    # The page and those above it, past the title matches, from a few of the matches.
    assert ranked and ranked[0] < len(matches) / 2


def test_the_mean_of_each_words_rank_is_the_rank_of_their_or(marsh):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT ts_rank(vector, 'heron | egret'::tsquery), "
            "(ts_rank(vector, 'heron') + ts_rank(vector, 'egret')) / 2 FROM search_searchentry"
        )
        rows = cursor.fetchall()
    assert len({round(mean, 6) for _, mean in rows}) > 3
    assert all(rank == pytest.approx(mean, rel=1e-6) for rank, mean in rows)
