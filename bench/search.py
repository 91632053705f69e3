"""
Search speed, measured through the search view.

    python bench/search.py --backend sqlite --n 100000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/scrutiny_bench \
        python bench/search.py --backend postgres --n 1000000

Builds a corpus of N resolutions with their agenda items, meetings and
committees over twenty years (``bench/corpus.py``: a Zipf-like vocabulary of
22,000 words mixed with sentences from the seed records), loads it in bulk,
builds the search index (``search.indexing.rebuild``, as
``rebuild_search_index`` does), then requests the search page through
Django's test client for a fixed set of queries in each class, and prints

    CLASS p50_ms=… p95_ms=… hits=…

for rare words, common words (each in at least 10% of the records),
phrases and exclusions, each also with a committee and a date-range filter,
then ``load_s=…`` (records and index). ``hits`` is the median number of
results of the class's queries ("10000+" when beyond the count's cap).

SQLite uses bench/.data/search-<N>.sqlite3. PostgreSQL uses the database in
DATABASE_URL, which must be empty or hold an earlier run's corpus (it is
emptied first; --reuse keeps a corpus of the same N and skips the load).
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
    # Debug off, as in production, which needs a real key; this one signs nothing.
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-4f7a1c9e2b6d8f0a3c5e7b9d1f4a6c8e0b2d")
    import django

    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["*"]


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
    indexing.rebuild(batch_size=2000)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    total = time.perf_counter() - started
    print(f"# loaded {n} resolutions: records {records_s:.0f} s, index {total - records_s:.0f} s", file=sys.stderr)
    return total


def measure(runs):
    from django.contrib.auth.models import AnonymousUser
    from django.test import Client

    from bench.corpus import queries as corpus_queries
    from search import service

    client = Client()
    filters = {"committee": "cyp", "date_from": "1/1/2012", "date_to": "31/12/2021"}
    classes = corpus_queries()
    for name, queries in list(classes.items()) + [(f"{k}+filters", v) for k, v in classes.items()]:
        params = filters if name.endswith("+filters") else {}
        timings, hits = [], []
        for q in queries:
            outcome = service.search(
                q, user=AnonymousUser(), **({"committee": _committee(), "date_from": _d(2012, 1, 1),
                                             "date_to": _d(2021, 12, 31)} if params else {})
            )
            hits.append(service.COUNT_CAP + 1 if outcome.more_than_count else outcome.count)
            client.get("/search/", {"q": q, **params})  # warm
            for _ in range(runs):
                started = time.perf_counter()
                response = client.get("/search/", {"q": q, **params})
                timings.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (q, response.status_code)
        timings.sort()
        p50 = statistics.median(timings)
        p95 = timings[min(len(timings) - 1, int(round(0.95 * (len(timings) - 1))))]
        median_hits = int(statistics.median(hits))
        shown = f"{service.COUNT_CAP}+" if median_hits > service.COUNT_CAP else str(median_hits)
        print(f"{name} p50_ms={p50:.1f} p95_ms={p95:.1f} hits={shown}", flush=True)


def _committee():
    from meetings.models import Committee

    return Committee.objects.get(slug="cyp")


def _d(*args):
    import datetime

    return datetime.date(*args)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=["postgres", "sqlite"], required=True)
    parser.add_argument("--n", type=int, default=100_000, help="resolutions (default 100,000)")
    parser.add_argument("--runs", type=int, default=10, help="timed requests per query (default 10)")
    parser.add_argument("--reuse", action="store_true", help="keep a corpus of the same size already loaded")
    args = parser.parse_args()
    configure(args.backend, args.n)

    from django.core.management import call_command

    from agenda.models import Resolution

    call_command("migrate", verbosity=0)
    if args.reuse and Resolution.objects.count() == args.n:
        load_s = None
    else:
        if Resolution.objects.exists() and Resolution.objects.order_by("-pk").values_list("text", flat=True)[:1]:
            print("# emptying the database for a new corpus", file=sys.stderr)
        load_s = load(args.n)
    measure(args.runs)
    print(f"load_s={load_s:.1f}" if load_s is not None else "load_s=reused")


if __name__ == "__main__":
    main()
