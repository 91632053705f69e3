"""
Search speed, measured through the search page on the queries people type.

    python bench/search.py --backend sqlite --n 100000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/scrutiny_bench \
        python bench/search.py --backend postgres --n 1000000 [--seed S]

Builds a corpus of N resolutions with their agenda items, meetings and
committees over twenty years (``bench/corpus.py``: a Zipf-like vocabulary of
22,000 words mixed with sentences from the seed records), loads it in bulk
and builds the search index (``search.indexing.rebuild``, as
``rebuild_search_index`` does). Then it samples the queries from the loaded
text itself with a seeded random generator (``bench/search_queries.py``:
one word at each frequency band, two and three words, phrases with and
without stop words inside, OR, exclusions; the seed is printed, and
``--seed`` repeats a run), and requests the search page through Django's
test client for each query as typed and in each variant: with a committee,
with a ten-year date range, newest first, oldest first, and pages 2 and 10. Each query is requested once untimed (its
number of matches is read then) and ``--runs`` times timed; its time is the
median of those. For each class and variant it prints

    CLASS VARIANT n=30 p50_ms=… p95_ms=… max_ms=… hits=… worst_ms=… worst="…"

(``hits``: the median number of matches, "10000+" beyond the count's cap;
``past_end``: how many asked for a page past the last, which is a 404),
then the slowest query of all, the index's size and the load's time.
``--markdown`` prints the table of docs/search.md too.

SQLite uses bench/.data/search-<N>.sqlite3. PostgreSQL uses the database in
DATABASE_URL, which must be empty or hold an earlier run's corpus (it is
emptied first; --reuse keeps a corpus of the same N and skips the load, and
reports the load time recorded then).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# This file is bench/search.py: keep its folder off the path, so that
# "search" is the app, and import the corpus as bench.corpus.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]


def configure(backend, n):
    if backend == "sqlite":
        data = ROOT / "bench" / ".data"
        data.mkdir(exist_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{data / f'search-{n}.sqlite3'}"
    elif not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        sys.exit("Set DATABASE_URL to the PostgreSQL database to use, e.g. postgres://postgres@127.0.0.1:5432/scrutiny_bench")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "scrutiny.settings")
    os.environ["DEBUG"] = "false"
    # Every request is rendered: the page cache would serve the timed
    # requests the copy kept by the first.
    os.environ["PAGE_CACHE"] = "0"
    # Debug off, as in production, which needs a real key; this one signs nothing.
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-4f7a1c9e2b6d8f0a3c5e7b9d1f4a6c8e0b2d")
    import django

    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["*"]
    import logging

    logging.getLogger("scrutiny.requests").setLevel(logging.WARNING)  # a line per request otherwise


def bulk_insert(model, objects, batch=5000):
    """Insert model instances (with their primary keys set) in large batches."""
    from django.db import connection

    fields = [field for field in model._meta.concrete_fields]
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    table = connection.ops.quote_name(model._meta.db_table)

    def rows():
        for obj in objects:
            yield [field.get_db_prep_save(getattr(obj, field.attname), connection) for field in fields]

    with connection.cursor() as cursor:
        chunk = []
        for row in rows():
            chunk.append(row)
            if len(chunk) >= batch:
                _flush(cursor, table, columns, fields, chunk)
                chunk = []
        if chunk:
            _flush(cursor, table, columns, fields, chunk)


def _flush(cursor, table, columns, fields, chunk):
    from django.db import connection

    if connection.vendor == "postgresql":
        from psycopg2.extras import execute_values

        execute_values(cursor.cursor, f"INSERT INTO {table} ({columns}) VALUES %s", chunk, page_size=len(chunk))
    else:
        placeholders = ", ".join(["%s"] * len(fields))
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", chunk)


def empty_database():
    from django.db import connection

    tables = [
        "search_searchentry", "search_searchword", "agenda_resolution", "agenda_agendaitem",
        "meetings_meeting", "meetings_committee",
    ]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"TRUNCATE {', '.join(tables)} CASCADE")
        else:
            cursor.execute("DELETE FROM search_fts")
            for table in tables:
                cursor.execute(f"DELETE FROM {table}")


def load(n):
    """The corpus, in bulk; then the search index. Returns seconds taken."""
    from datetime import timedelta

    from django.db import connection, transaction
    from django.utils import timezone

    from agenda.models import AgendaItem, Resolution
    from bench.corpus import COMMITTEES, Corpus
    from meetings.models import Committee, Meeting
    from search import indexing

    corpus = Corpus(n)
    started = time.perf_counter()
    tz = timezone.get_current_timezone()
    with transaction.atomic():
        empty_database()
        bulk_insert(
            Committee,
            (
                Committee(pk=i + 1, name=name, slug=abbreviation.lower(), abbreviation=abbreviation,
                          kind=Committee.Kind.SCRUTINY_COMMITTEE)
                for i, (name, abbreviation) in enumerate(COMMITTEES)
            ),
        )
        starts = {}

        def meetings():
            for row in corpus.meetings():
                start = timezone.make_aware(row["start"], tz)
                starts[row["key"]] = start
                published = start - timedelta(days=10)
                yield Meeting(
                    pk=row["key"], committee_id=row["committee"] + 1, start=start, venue="Civic Centre",
                    announced_at=published, agenda_published_at=published,
                    decisions_published_at=start + timedelta(days=2),
                    minutes_status=Meeting.MinutesStatus.DRAFT, minutes_published_at=start + timedelta(days=7),
                )

        bulk_insert(Meeting, meetings())
        meeting_of = {}

        def items():
            for row in corpus.items():
                meeting_of[row["key"]] = row["meeting"]
                exempt = row["key"] % 97 == 0  # about 1% exempt
                yield AgendaItem(
                    pk=row["key"], meeting_id=row["meeting"], number=row["number"], order=row["order"],
                    title=row["title"], description=row["description"], minutes=row["minutes"],
                    is_exempt=exempt, exempt_paragraph=3 if exempt else None,
                    published_at=starts[row["meeting"]] - timedelta(days=10),
                )

        bulk_insert(AgendaItem, items())
        bulk_insert(
            Resolution,
            (
                Resolution(pk=row["key"], item_id=row["item"], order=row["order"], label=row["label"],
                           text=row["text"], kind=Resolution.Kind.OTHER)
                for row in corpus.resolutions()
            ),
        )
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                for model in (Committee, Meeting, AgendaItem, Resolution):
                    table = model._meta.db_table
                    cursor.execute(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
                    )
    records_s = time.perf_counter() - started
    indexing.rebuild(batch_size=2000, workers=indexing.REBUILD_WORKERS)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    total = time.perf_counter() - started
    print(f"# loaded {n} resolutions: records {records_s:.0f} s, index {total - records_s:.0f} s", file=sys.stderr)
    return records_s, total - records_s


# --- Measuring ------------------------------------------------------------------

VARIANTS = ["page 1", "committee", "10 years", "newest", "oldest", "page 2", "page 10"]


def variant_params(variant, rng, committees):
    """The query string a variant adds: a committee, ten years from a year drawn at random, a sort or a page."""
    if variant == "committee":
        return {"committee": rng.choice(committees)}
    if variant == "10 years":
        first = rng.randint(2006, 2016)
        return {"date_from": f"1/1/{first}", "date_to": f"31/12/{first + 9}"}
    if variant in ("newest", "oldest"):
        return {"sort": variant}
    if variant.startswith("page "):
        return {"page": variant.split()[1]} if variant != "page 1" else {}
    raise ValueError(variant)


def percentile(ordered, share):
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def time_query(client, q, params, runs):
    """The median time of ``runs`` requests (after one untimed), in ms, and the status."""
    response = client.get("/search/", {"q": q, **params})
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get("/search/", {"q": q, **params})
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code in (200, 404), (q, params, response.status_code)
    return statistics.median(timings), response.status_code


def hits(q, params):
    """The number of matches of ``q`` with these filters (COUNT_CAP + 1 beyond the cap)."""
    import datetime

    from django.contrib.auth.models import AnonymousUser

    from meetings.models import Committee
    from search import service

    arguments = {}
    if "committee" in params:
        arguments["committee"] = Committee.objects.get(slug=params["committee"])
    for name in ("date_from", "date_to"):
        if name in params:
            day, month, year = map(int, params[name].split("/"))
            arguments[name] = datetime.date(year, month, day)
    outcome = service.search(q, user=AnonymousUser(), **arguments)
    return service.COUNT_CAP + 1 if outcome.more_than_count else outcome.count


def measure(classes, runs, rng, variants):
    """Time every query of every class in every variant; print a line each. Returns the rows."""
    from django.test import Client

    from meetings.models import Committee
    from search import service

    client = Client()
    committees = sorted(Committee.objects.values_list("slug", flat=True))
    rows = []
    for variant in variants:
        for name, queries in classes.items():
            timed = []
            for q in queries:
                params = variant_params(variant, rng, committees)
                ms, status = time_query(client, q, params, runs)
                timed.append((ms, q, params, hits(q, params), status))
            ordered = sorted(ms for ms, *_ in timed)
            worst = max(timed, key=lambda row: row[0])
            median_hits = int(statistics.median(row[3] for row in timed))
            shown = f"{service.COUNT_CAP}+" if median_hits > service.COUNT_CAP else str(median_hits)
            past_end = sum(1 for row in timed if row[4] == 404)
            row = dict(
                name=name, variant=variant, n=len(timed), p50=statistics.median(ordered),
                p95=percentile(ordered, 0.95), max=ordered[-1], hits=shown, past_end=past_end, worst=worst,
            )
            rows.append(row)
            print(
                f"{name:<18} {variant:<9} n={row['n']} p50_ms={row['p50']:.1f} p95_ms={row['p95']:.1f} "
                f"max_ms={row['max']:.1f} hits={shown}" + (f" past_end={past_end}" if past_end else "")
                + f" worst={worst[1]!r} {_shown_params(worst[2])}",
                flush=True,
            )
    return rows


def _shown_params(params):
    return " ".join(f"{key}={value}" for key, value in params.items())


def load_record(backend, n):
    from django.db import connection

    name = Path(str(connection.settings_dict["NAME"])).name
    return ROOT / "bench" / ".data" / f"search-load-{backend}-{name}-{n}.json"


def main():
    import json
    import random

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].strip())
    parser.add_argument("--backend", choices=["postgres", "sqlite"], required=True)
    parser.add_argument("--n", type=int, default=100_000, help="resolutions (default 100,000)")
    parser.add_argument("--runs", type=int, default=3, help="timed requests per query (default 3)")
    parser.add_argument("--per-class", type=int, default=30, help="queries sampled per class (default 30)")
    parser.add_argument("--sample", type=int, default=20_000, help="records read to sample from (default 20,000)")
    parser.add_argument("--seed", type=int, help="the queries' random seed (default: a new one, printed)")
    parser.add_argument("--variants", default=",".join(VARIANTS), help="which, comma-separated (default all)")
    parser.add_argument(
        "--classes", help="measure only these classes, comma-separated (default all; the queries drawn are the same)"
    )
    parser.add_argument("--reuse", action="store_true", help="keep a corpus of the same size already loaded")
    parser.add_argument("--markdown", action="store_true", help="also print the table of docs/search.md")
    args = parser.parse_args()
    configure(args.backend, args.n)

    from django.core.management import call_command
    from django.db import connection

    from agenda.models import Resolution
    from bench import search_queries
    from bench.search_report import index_size, markdown, vector_index_sizes

    call_command("migrate", verbosity=0)
    record = load_record(args.backend, args.n)
    if args.reuse and Resolution.objects.count() == args.n:
        times = json.loads(record.read_text()) if record.exists() else None
    else:
        records_s, index_s = load(args.n)
        times = {"records_s": records_s, "index_s": index_s}
        record.parent.mkdir(exist_ok=True)
        record.write_text(json.dumps(times))

    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1_000_000)
    print(f"# queries sampled with --seed {seed}", flush=True)
    if args.backend == "postgres":
        # What the figures depend on most: how much of the index the server keeps in its own memory.
        with connection.cursor() as cursor:
            cursor.execute("SELECT current_setting('server_version'), current_setting('shared_buffers')")
            version, buffers = cursor.fetchone()
        print(f"# PostgreSQL {version}, shared_buffers={buffers}", flush=True)
    rng = random.Random(seed)
    texts = search_queries.read_sample(rng, args.sample)
    classes, bands = search_queries.sample(rng, texts, args.per_class)
    print(
        f"# sampled {len(texts):,} records; words in each band: "
        + ", ".join(f"{name} {len(words)}" for name, words in bands.items()),
        flush=True,
    )
    if args.classes:
        chosen = [name.strip() for name in args.classes.split(",") if name.strip()]
        unknown = sorted(set(chosen) - set(search_queries.CLASSES))
        if unknown:
            sys.exit(f"No such class: {', '.join(unknown)} (the classes: {', '.join(search_queries.CLASSES)})")
        classes = {name: queries for name, queries in classes.items() if name in chosen}
    for name in search_queries.CLASSES:
        if name not in classes and not (args.classes and name not in chosen):
            print(f"# {name}: nothing to sample in this archive; not measured")
    variants = [variant.strip() for variant in args.variants.split(",") if variant.strip()]
    rows = measure(classes, args.runs, rng, variants)
    worst = max(rows, key=lambda row: row["worst"][0])
    ms, q, params, found, _ = worst["worst"]
    print(f"worst_query ms={ms:.1f} class={worst['name']} variant={worst['variant']!r} q={q!r} "
          f"{_shown_params(params)} hits={found}")
    over = [f"{row['name']}/{row['variant']}" for row in rows if row["p95"] > 100]
    print(f"p95_over_100ms={len(over)}" + (f" ({', '.join(over)})" if over else ""))
    size, label = index_size()
    print(f"{label}={size / 1e6:.1f}")
    gin = vector_index_sizes()
    if gin:
        print("gin_index_mb " + " ".join(f"{name}={size / 1e6:.1f}" for name, size in gin.items()))
    if times:
        print(f"load_s={times['records_s'] + times['index_s']:.1f} (records {times['records_s']:.1f}, "
              f"index {times['index_s']:.1f})")
    else:
        print("load_s=unknown (corpus reused; no record of its load)")
    if args.markdown:
        markdown(rows, args.backend, args.n)


if __name__ == "__main__":
    main()
