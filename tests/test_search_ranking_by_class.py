"""
Every kind of query people type, on whichever engine the tests run on,
page by page against ranking every match one by one by the documented rule
(docs/search.md, "Ranking and the engines"):

- what matches is worked out here, in Python, from the records' words: a
  word anywhere, a phrase as those very words in a row within one part of
  an entry (its stop words included), OR, and exclusions;
- by relevance, the entries whose title has the query come first, then the
  rest; within each, the engine's score (PostgreSQL's ``ts_rank`` of the
  query, or for a phrase of two to four words of the phrase's own places;
  SQLite's ``bm25`` with the title weighted above decisions, minutes and
  papers), read for each match on its own; ties newest first on
  PostgreSQL, the latest entry first on SQLite;
- newest first: by meeting date, then the latest entry first; oldest
  first: by meeting date, then the earliest entry first;
- the count is exact.

Each query is run as typed, with a committee, with a date range, newest
first, oldest first, and on every page.
"""

import random
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.utils import timezone

from agenda.models import Resolution
from recommendations import services
from recommendations.models import Recommendation
from search import engines, service
from search.indexing import entries_for, items_with_records
from search.models import SearchEntry
from search.query import STOP_WORDS, parse, words_of
from tests import factories
from tests.test_search_engines import phrase_rank

pytestmark = pytest.mark.django_db

WORDS = ("hedgehog", "badger", "pond", "survey", "meadow", "and", "of", "the")
# Planted whole, and near misses that must not match the phrases with stop words.
PLANTS = (
    "children and young people", "children of young people", "children. The young people",
    "care of leavers", "care for leavers", "hedgehog badger pond survey",
)


def text(rng, low, high):
    """Random words, each part starting and ending with a word no query has, so no phrase spans two parts."""
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    if rng.random() < 0.4:
        words.insert(rng.randint(0, len(words)), rng.choice(PLANTS))
    return " ".join(["Item", *words, "item."])


def corpus(seed):
    """
    Items over six meetings of three committees and eight years, some
    exempt; decisions (some of them recommendations with a response, whose
    words the decision's entry holds at minutes' weight) and papers.
    """
    rng = random.Random(seed)
    committees = [factories.CommitteeFactory() for _ in range(3)]
    meetings = []
    for n in range(6):
        meeting = factories.MeetingFactory(
            committee=committees[n % 3], start=timezone.now() - timedelta(days=rng.randint(8, 3000))
        )
        meeting.decisions_published_at = timezone.now()
        meeting.save()
        meetings.append(meeting)
    for n in range(80):
        exempt = rng.random() < 0.1
        item = factories.AgendaItemFactory(
            meeting=rng.choice(meetings), number=str(n + 1), title=text(rng, 1, 4), description="",
            minutes=text(rng, 0, 12), is_exempt=exempt, exempt_paragraph=3 if exempt else None,
        )
        if rng.random() < 0.6:
            if rng.random() < 0.3:
                # A recommendation with a response: its words are the decision's at minutes' weight.
                resolution = factories.ResolutionFactory(
                    item=item, text=text(rng, 1, 8), kind=Resolution.Kind.RECOMMENDATION,
                )
                respond(Recommendation.objects.get(resolution=resolution), text(rng, 1, 6))
            else:
                factories.ResolutionFactory(item=item, text=text(rng, 1, 8))
        if rng.random() < 0.3:
            factories.DocumentFactory(item=item, title=f"Paper {rng.choice(WORDS)}", extracted_text=text(rng, 1, 10))
    return committees, meetings


def respond(recommendation, words):
    clerk = factories.ClerkFactory()
    sent = timezone.localdate()
    services.send_recommendation(recommendation=recommendation, user=clerk, addressed_to="executive", sent_on=sent)
    services.record_response(
        recommendation=recommendation, user=clerk, outcome="accepted", responded_on=sent,
        responded_by="Cabinet", text=words,
    )


# --- The rule, in Python -------------------------------------------------------


def parts_of(entry_text):
    return [words_of(part) for part in (entry_text.title, entry_text.resolutions, entry_text.minutes, entry_text.documents)]


def has(parts, term):
    """Whether the term (a word, or a phrase's words in a row) is in one of these parts."""
    n = len(term.words)
    return any(list(term.words) == part[i:i + n] for part in parts for i in range(len(part) - n + 1))


def matches(query, parts, *, positive_only=False):
    found = all(any(has(parts, term) for term in group) for group in query.groups)
    return found and (positive_only or not any(has(parts, term) for term in query.excluded))


def public_entries():
    """Each entry the public may find: (entry, its words by part)."""
    texts = {}
    for item in items_with_records():
        for entry_text in entries_for(item):
            texts[entry_text.kind, entry_text.resolution_id or entry_text.document_id or entry_text.item_id] = entry_text
    entries = SearchEntry.objects.filter(is_exempt=False)
    return [(entry, parts_of(texts[entry.kind, entry.resolution_id or entry.document_id or entry.item_id]))
            for entry in entries]


def scores(query, ids, *, in_title):
    """The engine's score of each entry in ``ids``, read one entry at a time; higher is better."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            rank_sql, rank_params = query.tsquery_sql(exclusions=False)
            phrase = short_phrase(query)
            rank_sql = f"ts_rank(vector, {rank_sql})"
            found = {}
            for entry_id in ids:
                cursor.execute(
                    f"SELECT {rank_sql}, vector::text FROM search_searchentry WHERE id = %s",
                    [*rank_params, entry_id],
                )
                rank, vector = cursor.fetchone()
                found[entry_id] = phrase_rank(cursor, vector, phrase) if phrase else rank
            return found
        title = f"{{title}} : ({query.fts5_positive()})"
        expression = f"({title}) AND ({query.fts5()})" if in_title else f"({query.fts5()}) NOT ({title})"
        engine = engines.SqliteEngine
        cursor.execute(f"SELECT rowid, {engine.BM25} FROM search_fts WHERE search_fts MATCH %s", [expression])
        found = {rowid: -bm25 for rowid, bm25 in cursor.fetchall()}
        assert set(ids) <= set(found)
        return {entry_id: found[entry_id] for entry_id in ids}


def short_phrase(query):
    """
    The stemmed words of a query that is a phrase of two to four words,
    not starting or ending with a stop word (PostgreSQL), its stop words
    as the vector marks them ("#_of").
    """
    if len(query.groups) != 1 or len(query.groups[0]) != 1:
        return None
    (term,) = query.groups[0]
    if not term.is_phrase or len(term.words) > 4 or STOP_WORDS & {term.words[0], term.words[-1]}:
        return None
    sql, params = term.tsquery_sql()
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT ({sql})::text", params)
        words = engines._phrase(cursor.fetchone()[0])
    return words.split() if words else None


def expected(q, *, committee=None, date_from=None, date_to=None, kind=None, sort="relevance"):
    """Every match of ``q`` within the filters, ordered by the rule."""
    query = parse(q)
    found = [
        (entry, parts) for entry, parts in public_entries()
        if matches(query, parts)
        and (committee is None or entry.committee_id == committee.pk)
        and (kind is None or entry.kind == kind)
        and (date_from is None or entry.held_on >= date_from)
        and (date_to is None or entry.held_on <= date_to)
    ]
    if sort in ("newest", "oldest"):
        by_date = sorted(found, key=lambda pair: (pair[0].held_on, pair[0].pk), reverse=sort == "newest")
        return [entry.pk for entry, _ in by_date]
    postgres = connection.vendor == "postgresql"
    ranked = []
    for in_title in (True, False):
        group = [entry for entry, parts in found if matches(query, parts[:1], positive_only=True) == in_title]
        score = scores(query, [entry.pk for entry in group], in_title=in_title)
        ranked.extend(
            entry.pk for entry in sorted(
                group, reverse=True,
                key=lambda entry: (score[entry.pk], entry.held_on if postgres else 0, entry.pk),
            )
        )
    return ranked


def shown(q, **arguments):
    """Every page of the search for ``q``, in order, and the count each page gave."""
    ids, counts, page = [], set(), 1
    while True:
        outcome = service.search(q, user=AnonymousUser(), page_number=page, **arguments)
        counts.add(outcome.count)
        ids.extend(result.entry.pk for result in outcome.results)
        if not outcome.page or not outcome.page.has_next():
            return ids, counts
        page += 1


QUERIES = {
    "one word": "hedgehog",
    "one rarer word": "meadow",
    "two words": "hedgehog pond",
    "three words": "badger pond survey",
    "phrase of two words": '"hedgehog badger"',
    "phrase of three words": '"badger pond survey"',
    "phrase of four words": '"hedgehog badger pond survey"',
    "phrase with a stop word": '"children and young people"',
    "short phrase with a stop word": '"care of leavers"',
    "OR": "meadow OR survey",
    "OR of two common words": "hedgehog OR badger",
    "OR of words in the plants": "young OR leavers",
    "OR with an exclusion": "pond OR meadow -survey",
    "exclusion": "hedgehog -badger",
    "exclusion of a phrase with a stop word": 'item -"care of leavers"',
}


@pytest.fixture(params=["small", "broad"] if connection.vendor == "postgresql" else ["fts5"])
def plan(request, monkeypatch):
    """Pages of four; on PostgreSQL, the one-query plan and the plans for broad searches."""
    monkeypatch.setattr(service, "RESULTS_PER_PAGE", 4)
    if request.param != "fts5":
        monkeypatch.setattr(engines.PostgresEngine, "SMALL_SEARCH", 10_000 if request.param == "small" else 0)
    return request.param


@pytest.mark.parametrize("name", list(QUERIES))
def test_every_page_is_the_matches_ranked_by_the_rule(name, plan):
    committees, meetings = corpus(seed=len(name))
    q = QUERIES[name]
    dates = sorted(timezone.localtime(meeting.start).date() for meeting in meetings)
    variants = {
        "as typed": {},
        "a committee": {"committee": committees[1]},
        "a date range": {"date_from": dates[1], "date_to": dates[4]},
        "decisions only": {"kind": SearchEntry.Kind.RESOLUTION},
        "newest first": {"sort": "newest"},
        "oldest first": {"sort": "oldest"},
        "a committee, newest first": {"committee": committees[0], "sort": "newest"},
    }
    for variant, arguments in variants.items():
        wanted = expected(q, **arguments)
        ids, counts = shown(q, **arguments)
        assert (ids, counts) == (wanted, {len(wanted)}), f"{q!r}, {variant}"
    assert len(expected(q)) > 4, "several pages"


def test_phrases_with_stop_words_are_found_as_typed_only():
    """The near misses planted beside them are never found by the phrases with stop words."""
    corpus(seed=3)
    for q, words in (('"children and young people"', "children and young people"),
                     ('"care of leavers"', "care of leavers")):
        ids, _ = shown(q)
        assert ids
        for entry, parts in public_entries():
            if entry.pk in ids:
                assert any(re.search(rf"\b{words}\b", " ".join(part)) for part in parts)
