"""
RUM against today's plans, on a corpus bench/search.py has loaded on PostgreSQL.

RUM (the ``rum`` extension, Debian's ``postgresql-15-rum``) is an index like
GIN that also stores each word's positions, so it can return matches in the
order of its own distance (``vector <=> query``) straight from the index,
and answer phrases without reading the table. This measures whether that
would serve the search page better than the plans in search/engines/postgres:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/scrutiny_bench \\
        python bench/search_rum.py --n 1000000 --seed 31415

It builds the RUM index on the entries' vector (timed; ``--drop`` removes
it afterwards, so that the site's own plans are measured without it), samples
queries as bench/search.py does (the same seed draws the same queries),
and times for each query, in the same process, alternating:

- ``today``: ``PostgresEngine.search`` (the page's ids and the count, capped
  at 10,001), as the search page asks it;
- ``rum``: the page of 20 by RUM's distance from the index, and the same
  capped count (``vector @@ query``, which the planner may answer from
  either index).

It also prints how far RUM's order is from the documented ranking: the
share of today's first page that RUM's first page holds, and how many of
RUM's first 20 lack the words in their title where today's page has them
all in the title (title matches first is part of the documented ranking).
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]

from bench.search import configure, percentile  # noqa: E402

INDEX = "search_entry_vector_rum"
PAGE = 20
CAP = 10_001


def build_index(cursor):
    """The RUM index, built if missing; its build time (None if it was there) and size in bytes."""
    cursor.execute("CREATE EXTENSION IF NOT EXISTS rum")
    cursor.execute("SELECT 1 FROM pg_class WHERE relname = %s", [INDEX])
    took = None
    if cursor.fetchone() is None:
        started = time.perf_counter()
        cursor.execute("SET maintenance_work_mem = '512MB'")
        cursor.execute(f"CREATE INDEX {INDEX} ON search_searchentry USING rum (vector rum_tsvector_ops)")
        cursor.execute("ANALYZE search_searchentry")
        took = time.perf_counter() - started
    cursor.execute("SELECT pg_relation_size(%s)", [INDEX])
    return took, cursor.fetchone()[0]


def gin_size(cursor):
    cursor.execute(
        "SELECT coalesce(sum(pg_relation_size(indexrelid)), 0) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "WHERE i.indrelid = 'search_searchentry'::regclass AND c.relname <> %s",
        [INDEX],
    )
    return int(cursor.fetchone()[0])


def tsquery_text(cursor, query, facets):
    """The query's tsquery as text, with the visitor's filters as facet words, as the engine builds it."""
    sql, params = query.tsquery_sql()
    cursor.execute(f"SELECT ({sql})::text", params)
    text = cursor.fetchone()[0]
    if not text:
        return None
    return f"({text}) & {facets}" if facets else text


def rum_page(tsquery, offset):
    from django.db import connection, transaction

    from search.engines.postgres import PostgresEngine

    started = time.perf_counter()
    with transaction.atomic(), connection.cursor() as inner:
        for setting in PostgresEngine.SEARCH_SETTINGS:
            inner.execute(setting)
        inner.execute(
            "SELECT id FROM search_searchentry WHERE vector @@ %s::tsquery "
            "ORDER BY vector <=> %s::tsquery LIMIT %s OFFSET %s",
            [tsquery, tsquery, PAGE, offset],
        )
        ids = [row[0] for row in inner.fetchall()]
        inner.execute(
            "SELECT count(*) FROM (SELECT 1 FROM search_searchentry WHERE vector @@ %s::tsquery LIMIT %s) s",
            [tsquery, CAP],
        )
        inner.fetchone()
    return (time.perf_counter() - started) * 1000, ids


def rum_plan(tsquery):
    """Whether PostgreSQL reads RUM's page in RUM's order from the index (the point of RUM)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "EXPLAIN (COSTS OFF) SELECT id FROM search_searchentry WHERE vector @@ %s::tsquery "
            "ORDER BY vector <=> %s::tsquery LIMIT 20",
            [tsquery, tsquery],
        )
        plan = " ".join(row[0] for row in cursor.fetchall())
    return "index order" if f"Index Scan using {INDEX}" in plan else "sorted"


def today_page(engine, query, filters, offset):
    started = time.perf_counter()
    ids, _ = engine.search(query, filters, sort="relevance", offset=offset, limit=PAGE, cap=CAP)
    return (time.perf_counter() - started) * 1000, ids


def title_matches(cursor, ids, query):
    if not ids:
        return set()
    sql, params = query.tsquery_sql(exclusions=False)
    cursor.execute(
        f"SELECT id FROM search_searchentry WHERE id = ANY(%s) AND title_vector @@ ({sql})", [ids, *params]
    )
    return {row[0] for row in cursor.fetchall()}


def main():
    import random

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].strip())
    parser.add_argument("--n", type=int, default=1_000_000, help="resolutions loaded by bench/search.py")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--per-class", type=int, default=30)
    parser.add_argument("--sample", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=31415)
    parser.add_argument("--drop", action="store_true", help="drop the RUM index at the end")
    args = parser.parse_args()
    configure("postgres", args.n)

    from django.db import connection, transaction

    from agenda.models import Resolution
    from bench import search_queries
    from meetings.models import Committee
    from search import engines
    from search.engines.base import Filters
    from search.query import parse

    if Resolution.objects.count() != args.n:
        sys.exit(f"Load {args.n:,} resolutions with bench/search.py first.")
    engine = engines.get()
    with connection.cursor() as cursor:
        took, size = build_index(cursor)
        gin = gin_size(cursor)
    print(f"rum_index_mb={size / 1e6:.1f} other_indexes_mb={gin / 1e6:.1f} "
          + (f"rum_build_s={took:.1f}" if took is not None else "rum_build_s=unknown (index already there)"), flush=True)

    rng = random.Random(args.seed)
    texts = search_queries.read_sample(rng, args.sample)
    classes, _ = search_queries.sample(rng, texts, args.per_class)
    committees = list(Committee.objects.values_list("pk", flat=True))
    worst_rum_over_today = 0.0
    for variant in ("page 1", "committee", "page 10"):
        for name, queries in classes.items():
            today_ms, rum_ms, overlaps, title_misses, plans = [], [], [], 0, set()
            for text in queries:
                query = parse(text)
                committee = rng.choice(committees) if variant == "committee" else None
                filters = Filters(include_exempt=False, committee_id=committee, date_from=None, date_to=None, kind=None)
                offset = 9 * PAGE if variant == "page 10" else 0
                with transaction.atomic(), connection.cursor() as cursor:
                    facets = engine._facet_query(filters)
                    tsquery = tsquery_text(cursor, query, facets)
                if tsquery is None:
                    continue
                plans.add(rum_plan(tsquery))
                ours, theirs = [], []
                for _ in range(args.runs + 1):  # the first of each untimed
                    ms, today_ids = today_page(engine, query, filters, offset)
                    ours.append(ms)
                    ms, rum_ids = rum_page(tsquery, offset)
                    theirs.append(ms)
                today_ms.append(statistics.median(ours[1:]))
                rum_ms.append(statistics.median(theirs[1:]))
                if today_ids:
                    overlaps.append(len(set(today_ids) & set(rum_ids)) / len(today_ids))
                if variant == "page 1" and len(today_ids) == PAGE:
                    with connection.cursor() as cursor:
                        titled = title_matches(cursor, today_ids + rum_ids, query)
                    if set(today_ids) <= titled:
                        title_misses += sum(1 for pk in rum_ids if pk not in titled)
            if not today_ms:
                continue
            today_ms.sort()
            rum_ms.sort()
            worst_rum_over_today = max(worst_rum_over_today, percentile(rum_ms, 0.95) / max(percentile(today_ms, 0.95), 0.1))
            print(
                f"{name:<18} {variant:<9} n={len(today_ms)} "
                f"today p50/p95={statistics.median(today_ms):.0f}/{percentile(today_ms, 0.95):.0f} ms  "
                f"rum p50/p95={statistics.median(rum_ms):.0f}/{percentile(rum_ms, 0.95):.0f} ms  "
                f"same_first_page={statistics.mean(overlaps) if overlaps else 0:.0%} rum_plan={'+'.join(sorted(plans))}"
                + (f" rum_non_title_above_titles={title_misses}" if variant == "page 1" else ""),
                flush=True,
            )
    print(f"worst_rum_p95_over_today_p95={worst_rum_over_today:.1f}x")
    if args.drop:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP INDEX {INDEX}")
        print("rum index dropped")


if __name__ == "__main__":
    main()
