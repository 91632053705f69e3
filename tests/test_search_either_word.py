"""An OR of two words on PostgreSQL, read by the pairs of its words' scores."""

import random

import pytest
from django.db import connection

from search.engines.postgres import either_word, strategies
from tests.test_search_engines import assert_pages, random_corpus, use_plan

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's plans for broad searches"),
]


def test_an_or_of_two_single_words_is_read_by_pairs_of_scores():
    assert either_word._either_words("'foster' | 'adopt'") == ["foster", "adopt"]
    assert either_word._either_words("'o''brien' | 'report'") == ["o'brien", "report"]
    # The same word twice, three words, a phrase, AND, or a stop word: ranked as several words.
    assert either_word._either_words("'meet' | 'meet'") is None
    assert either_word._either_words("'a' | 'b' | 'c'") is None
    assert either_word._either_words("'care' <-> 'leaver' | 'adopt'") is None
    assert either_word._either_words("'care' & 'adopt'") is None
    assert either_word._either_words("'#_and' | 'adopt'") is None


@pytest.mark.parametrize("q", ["hedgehog OR badger", "pond OR survey -report", "report OR badger"])
@pytest.mark.parametrize("seed", [4, 7, 11])
@pytest.mark.parametrize("plan", ["broad", "broad-in-spans", "small"])
def test_an_or_ranks_by_the_sum_of_its_words_scores_on_every_page(q, seed, plan, monkeypatch):
    """
    Title matches first, then the rest, each by the sum of the two words'
    own ts_rank (ties newest first), on every page, however the groups of
    pairs are counted and read; the broad plans never rank the matches one
    by one.
    """
    random_corpus(random.Random(seed))
    use_plan(plan, monkeypatch)
    if plan != "small":
        monkeypatch.setattr(strategies, "title_first", None)  # would fail if used
        monkeypatch.setattr(strategies, "ranked_in_one_query", None)
    words, _, excluded = q.partition(" -")
    first, second = words.split(" OR ")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM search_searchentry, to_tsquery('english', %s) a, to_tsquery('english', %s) b, "
            "to_tsquery('english', %s) x "
            "WHERE vector @@ (a || b) AND NOT (%s AND vector @@ x) AND NOT is_exempt "
            "ORDER BY title_vector @@ (a || b) DESC, ts_rank(vector, a)::float8 + ts_rank(vector, b)::float8 DESC, "
            "held_on DESC, id DESC",
            [first, second, excluded or first, bool(excluded)],
        )
        expected = [row[0] for row in cursor.fetchall()]
    assert_pages(q, expected)


def test_a_word_in_the_title_always_scores_above_one_elsewhere():
    """
    The pairs in the title are told by their scores: a word occurring in
    the title at least once scores at least as much as once in the title
    alone, and a word never in the title less, wherever and however often
    it occurs (up to the 256 places a vector keeps).
    """
    rng = random.Random(5)
    with connection.cursor() as cursor:
        cursor.execute("SELECT ts_rank('x:1A'::tsvector, 'x')")
        (title_once,) = cursor.fetchone()
        vectors = []
        for _ in range(400):
            count = rng.choice([1, 2, 3, 5, 10, 50, 256])
            weights = [rng.choice("BCD") for _ in range(count)]
            if rng.random() < 0.5:
                weights[rng.randrange(count)] = "A"
            vectors.append(("A" in weights, "x:" + ",".join(f"{n + 1}{weight}" for n, weight in enumerate(weights))))
        # The highest a word never in the title can score: in decisions, 256 times.
        vectors.append((False, "x:" + ",".join(f"{n + 1}B" for n in range(256))))
        vectors.append((True, "x:" + ",".join(f"{n + 1}D" for n in range(255)) + ",256A"))
        for in_title, vector in vectors:
            cursor.execute("SELECT ts_rank(%s::tsvector, 'x')", [vector])
            (score,) = cursor.fetchone()
            assert (score >= title_once) == in_title, vector
