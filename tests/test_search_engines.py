"""The engines' own plans: date facets on PostgreSQL, and ranking that stays exact."""

import random
import re
from datetime import date, timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.utils import timezone

from search import engines, service
from search.engines import Filters, date_cover
from search.query import parse
from tests import factories


def test_date_cover_uses_whole_years_and_months_where_it_can():
    assert date_cover(date(2015, 1, 1), date(2016, 12, 31)) == ["#y2015", "#y2016"]
    assert date_cover(date(2015, 11, 30), date(2016, 2, 1)) == [
        "#d20151130", "#m201512", "#m201601", "#d20160201",
    ]
    assert date_cover(date(2016, 2, 27), date(2016, 3, 1)) == [
        "#d20160227", "#d20160228", "#d20160229", "#d20160301",
    ]
    assert date_cover(date(2016, 3, 2), date(2016, 3, 1)) == []


def test_date_cover_covers_every_day_exactly_once():
    first, last = date(2019, 12, 17), date(2022, 2, 3)
    covered = []
    for word in date_cover(first, last):
        if word.startswith("#y"):
            year = int(word[2:])
            start, end = date(year, 1, 1), date(year, 12, 31)
        elif word.startswith("#m"):
            year, month = int(word[2:6]), int(word[6:])
            start = date(year, month, 1)
            end = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        else:
            start = end = date(int(word[2:6]), int(word[6:8]), int(word[8:]))
        covered.extend(start + timedelta(days=n) for n in range((end - start).days + 1))
    assert covered == [first + timedelta(days=n) for n in range((last - first).days + 1)]


def test_phrases_of_two_to_four_words_next_to_each_other_are_read_from_the_phrase_vector():
    assert engines._phrase("'care' <-> 'leaver'") == "care leaver"
    assert engines._phrase("'youth' <-> 'offend' <-> 'team'") == "youth offend team"
    assert engines._phrase("'o''brien' <-> 'report'") == "o'brien report"
    assert engines._phrase("'long-term' <-> 'long' <-> 'term' <-> 'care'") == "long-term long term care"
    # Words apart, five words, or anything else: ranked as several words.
    assert engines._phrase("'care' <2> 'leaver'") is None
    assert engines._phrase("'a' <-> 'b' <-> 'c' <-> 'd' <-> 'e'") is None
    assert engines._phrase("'care' & 'leaver'") is None
    assert engines._phrase("'care' <-> 'leaver' & 'budget'") is None
    assert engines._phrase("'care'") is None


WORDS = ("hedgehog", "badger", "report", "pond", "survey")


def random_corpus(rng, words=WORDS):
    """90 items whose titles, minutes, decisions and papers are random strings of ``words``."""
    meetings = [
        factories.MeetingFactory(start=timezone.now() - timedelta(days=rng.randint(8, 3000)))
        for _ in range(6)
    ]
    for meeting in meetings:
        meeting.decisions_published_at = timezone.now()
        meeting.save()
    for n in range(90):
        title = " ".join(rng.choice(words) for _ in range(rng.randint(1, 4)))
        item = factories.AgendaItemFactory(
            meeting=rng.choice(meetings), number=str(n + 1), title=f"Item {title}",
            description="", minutes=" ".join(rng.choice(words) for _ in range(rng.randint(0, 12))),
        )
        if rng.random() < 0.5:
            factories.ResolutionFactory(
                item=item, text=" ".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
            )
        if rng.random() < 0.3:
            factories.DocumentFactory(
                item=item, title=f"Paper {rng.choice(words)}",
                extracted_text=" ".join(rng.choice(words) for _ in range(rng.randint(1, 8))),
            )


def use_plan(plan, monkeypatch):
    """The plan for broad searches (two ways), or the one query for searches with few matches."""
    monkeypatch.setattr(service, "RESULTS_PER_PAGE", 4)
    monkeypatch.setattr(engines.PostgresEngine, "SMALL_SEARCH", 10_000 if plan == "small" else 0)
    if plan == "broad-in-spans":
        # Groups counted one, then two, four... at a time, and each read a span of years at a time.
        monkeypatch.setattr(engines._PostgresSearch, "FIRST_BATCH", 1)
        monkeypatch.setattr(engines._PostgresSearch, "SMALL_GROUP", 0)


def assert_every_page_in_order(q, ranked_by):
    """The search for ``q`` shows, page by page, the matches ordered as ``ranked_by`` says."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM search_searchentry, websearch_to_tsquery('english', %s) q, "
            "websearch_to_tsquery('english', %s) r "
            f"WHERE vector @@ q AND NOT is_exempt ORDER BY {ranked_by}, held_on DESC, id DESC",
            [q, q.split(" -")[0]],
        )
        assert_pages(q, [row[0] for row in cursor.fetchall()])


def assert_pages(q, expected):
    """The search for ``q`` shows, page by page, the entries ``expected``, in that order."""
    assert len(expected) > 8  # several pages
    shown, page = [], 1
    while True:
        outcome = service.search(q, user=AnonymousUser(), page_number=page)
        assert outcome.count == len(expected)
        shown.extend(result.entry.pk for result in outcome.results)
        if not outcome.page.has_next():
            break
        page += 1
    assert shown == expected


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's plans for broad searches")
@pytest.mark.parametrize("q", ["hedgehog", "hedgehog -badger"])
@pytest.mark.parametrize("seed", [4, 7, 11])
@pytest.mark.parametrize("plan", ["broad", "broad-in-spans", "small"])
def test_one_word_searches_rank_exactly_as_ts_rank_on_every_page(q, seed, plan, monkeypatch):
    """
    Reading a broad search score by score gives the same order as ranking
    every match with ts_rank (ties newest first), whichever groups each
    page comes from, however the groups are counted and read.
    """
    random_corpus(random.Random(seed))
    use_plan(plan, monkeypatch)
    assert_every_page_in_order(q, "ts_rank(vector, r) DESC")


@pytest.mark.django_db
def test_filters_select_the_same_entries_on_either_engine():
    old = factories.MeetingFactory(start=timezone.now() - timedelta(days=800))
    new = factories.MeetingFactory(committee=old.committee)
    elsewhere = factories.MeetingFactory()
    for meeting in (old, new, elsewhere):
        factories.AgendaItemFactory(meeting=meeting, title="Weir repairs")
    engine = engines.get()
    query = parse("weir")

    def found(**filters):
        ids, count = engine.search(
            query, Filters(include_exempt=False, **filters), sort="relevance", offset=0, limit=20, cap=100
        )
        assert count == len(ids)
        return {engine_entry for engine_entry in ids}

    everything = found()
    assert len(everything) == 3
    assert len(found(committee_id=old.committee_id)) == 2
    recent = timezone.localdate() - timedelta(days=30)
    assert len(found(committee_id=old.committee_id, date_from=recent)) == 1
    assert len(found(date_to=recent)) == 1
    assert found(date_from=recent, date_to=recent - timedelta(days=1)) == set()


TSVECTOR_LEXEME = re.compile(r"'((?:[^']|'')*)'(?::(\S+))?")


def phrase_rank(cursor, vector, words):
    """
    ts_rank of one word occurring where the phrase ``words`` does in
    ``vector`` (a tsvector's text), at its last word's weight.
    """
    spots = {}
    for lexeme, positions in TSVECTOR_LEXEME.findall(vector):
        spots[lexeme] = {
            int(position.rstrip("ABCD")): (position[-1] if position[-1] in "ABC" else "D")
            for position in positions.split(",") if positions
        }
    places = sorted(
        (position, weight) for position, weight in spots.get(words[-1], {}).items()
        if all(position - len(words) + 1 + n in spots.get(word, {}) for n, word in enumerate(words))
    )
    assert places  # every entry searched has the phrase
    cursor.execute(
        "SELECT ts_rank(%s::tsvector, 'x')", ["x:" + ",".join(f"{position}{weight}" for position, weight in places)]
    )
    return cursor.fetchone()[0]


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's plans for broad searches")
@pytest.mark.parametrize(
    "q, words",
    [
        ('"hedgehog badger"', WORDS), ('"hedgehog badger" -pond', WORDS), ('"badger pond badger"', ("badger", "pond")),
        ('"hedgehog and badger"', ("hedgehog", "badger", "and")),
    ],
)
@pytest.mark.parametrize("seed", [4, 7])
@pytest.mark.parametrize("plan", ["broad", "broad-in-spans"])
def test_short_phrases_rank_by_where_and_how_often_the_phrase_occurs(q, words, seed, plan, monkeypatch):
    """
    A phrase of two to four words (stop words inside it included) is
    ranked as one word would be, occurring where the phrase does: on every
    page, whichever way the groups of entries sharing a score are counted
    and read; and it finds exactly what the phrase asked of the vector word
    by word finds.
    """
    random_corpus(random.Random(seed), words)
    use_plan(plan, monkeypatch)
    query = parse(q)
    sql, params = query.tsquery_sql()
    phrase_sql, phrase_params = query.groups[0][0].tsquery_sql()
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT ({phrase_sql})::text", phrase_params)
        phrase = engines._phrase(cursor.fetchone()[0]).split()
        cursor.execute(
            "SELECT id, held_on, vector::text FROM search_searchentry "
            f"WHERE vector @@ ({sql}) AND NOT is_exempt",
            params,
        )
        ranked = sorted(
            (-phrase_rank(cursor, vector, phrase), -held_on.toordinal(), -pk) for pk, held_on, vector in cursor.fetchall()
        )
    assert len({rank for rank, _, _ in ranked}) > 2  # several scores
    assert_pages(q, [-pk for _, _, pk in ranked])


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's stop words")
def test_the_stop_words_marked_in_the_vector_are_postgresqls_own():
    """Each word the query reads as a stop word is one PostgreSQL's English configuration leaves out."""
    from search.query import STOP_WORDS

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT w FROM unnest(%s::text[]) w WHERE ts_lexize('english_stem', w) <> '{}'", [sorted(STOP_WORDS)]
        )
        assert cursor.fetchall() == []
        cursor.execute("SELECT to_tsvector('english', %s)::text", [" ".join(sorted(STOP_WORDS)) + " council"])
        assert cursor.fetchone()[0].split(":")[0] == "'council'"  # nothing else is kept


def test_a_phrase_with_a_stop_word_inside_is_read_from_the_phrase_vector_with_its_stop_word():
    assert engines._phrase("'care' <-> '#_of' <-> 'leaver'") == "care #_of leaver"
    assert engines._phrase("'child' <-> '#_and' <-> 'young' <-> 'peopl'") == "child #_and young peopl"
    assert engines._phrase("'child' <-> '#_and' <-> '#_the' <-> 'famili'") == "child #_and #_the famili"
    # A stop word at either end: the phrase vector holds no such run.
    assert engines._phrase("'#_the' <-> 'budget'") is None
    assert engines._phrase("'budget' <-> '#_of'") is None
    sql, params = parse('"care of leavers"').tsquery_sql()
    assert params == ["care", "'#_of'", "leavers"]
    assert "<->" in sql
    # Highlighting reads it as PostgreSQL does.
    assert parse('"care of leavers"').tsquery_sql(loose=True)[1] == ['"care of leavers"']


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's phrase vector")
def test_the_migration_to_phrases_with_stop_words_writes_the_phrase_vectors_a_new_entry_has():
    """Entries brought up to date by search.0006 hold the phrase vector and scores the index writes today."""
    import importlib

    migration = importlib.import_module("search.migrations.0006_phrases_with_stop_words")
    random_corpus(random.Random(5), ("hedgehog", "badger", "pond", "and", "of", "the"))
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, phrase_vector::text FROM search_searchentry ORDER BY id")
        written = cursor.fetchall()
        cursor.execute("SELECT word, score FROM search_searchscore ORDER BY word, score")
        scores = cursor.fetchall()
        assert any(" #_and " in vector or " #_of " in vector for _, vector in written)
        cursor.execute("UPDATE search_searchentry SET phrase_vector = NULL")
        cursor.execute("DELETE FROM search_searchscore WHERE word ~ ' '")
        for statement in migration.POSTGRES_FORWARD:
            cursor.execute(statement)
        cursor.execute("SELECT id, phrase_vector::text FROM search_searchentry ORDER BY id")
        assert cursor.fetchall() == written
        cursor.execute("SELECT word, score FROM search_searchscore ORDER BY word, score")
        assert cursor.fetchall() == scores
