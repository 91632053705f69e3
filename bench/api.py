"""
Speed of the API's main lists, a deep cursor page and the CSV download, on a
record of a given size.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/scrutiny_bench_api python bench/api.py --resolutions 1000000
    python bench/api.py --resolutions 100000          (SQLite, in a temporary folder)

The PostgreSQL database in DATABASE_URL must be one for benchmarks only: it
is migrated and emptied first. Published meetings (10 items each, 5 decisions
an item) are written in bulk up to the number of resolutions, then each
request is made through Django's test client (the whole middleware stack,
the page cache turned off so every request is answered afresh), 10 times a
round, 3 rounds, and p50/p95/max printed in milliseconds per request.
Twenty decisions are edited first (as a clerk saves them), for the lists of
what changed since just before. ``--keep`` times the record an earlier run
left in the database instead of building it again:

    resolutions=1000000 build_s=…
    /api/v1/resolutions/                      p50=… p95=… max=…
    ...
    decisions.csv rows=1000000 seconds=… rows_per_s=…

The target is p95 ≤ 50 ms a page at 1,000,000 resolutions on PostgreSQL.
"""

import argparse
import base64
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]

ITEMS_PER_MEETING = 10
RESOLUTIONS_PER_ITEM = 5
COMMITTEES = 8
MEETINGS_PER_BATCH = 200


def configure(folder, keep=False):
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'bench.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "scrutiny.settings")
    os.environ["DEBUG"] = "false"
    os.environ["PAGE_CACHE"] = "0"
    os.environ["API_ANON_RATE"] = "1000000/second"
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-4f7a1c9e2b6d8f0a3c5e7b9d1f4a6c8e0b2d")
    os.environ["MEDIA_ROOT"] = str(folder / "media")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    if not keep:
        call_command("flush", interactive=False, verbosity=0)


def build(resolutions):
    """
    Published meetings, items and decisions, written in bulk with one audit
    history row each (as a site's own saves leave them; Last-Modified and
    modified_since read it), and no search index.
    """
    from django.utils import timezone

    from agenda.models import AgendaItem, Resolution
    from meetings.models import Committee, Meeting

    now = timezone.now() - timedelta(hours=1)
    committees = [Committee.objects.create(name=f"Bench Committee {c}", slug=f"bench-{c}") for c in range(COMMITTEES)]
    first = timezone.make_aware(datetime(2000, 1, 3, 19))
    meetings_needed = -(-resolutions // (ITEMS_PER_MEETING * RESOLUTIONS_PER_ITEM))
    written = 0
    for batch_start in range(0, meetings_needed, MEETINGS_PER_BATCH):
        batch = range(batch_start, min(batch_start + MEETINGS_PER_BATCH, meetings_needed))
        meetings = Meeting.objects.bulk_create(
            Meeting(committee=committees[n % COMMITTEES], start=first + timedelta(hours=6 * n), venue="Council Chamber",
                    announced_at=now, agenda_published_at=now, decisions_published_at=now)
            for n in batch
        )
        items = AgendaItem.objects.bulk_create(
            AgendaItem(meeting=meeting, number=str(i), order=i, title=f"Report {i}", published_at=now)
            for meeting in meetings for i in range(1, ITEMS_PER_MEETING + 1)
        )
        rows = []
        for item in items:
            for r in range(1, RESOLUTIONS_PER_ITEM + 1):
                if written + len(rows) < resolutions:
                    rows.append(Resolution(item=item, order=r, label=str(r),
                                           text=f"That the Committee notes part {r} of report {item.pk}."))
        Resolution.objects.bulk_create(rows, batch_size=5000)
        for model, records in ((Meeting, meetings), (AgendaItem, items), (Resolution, rows)):
            model.history.bulk_history_create(records, batch_size=5000, default_date=now)
        written += len(rows)
    return written


def analyse():
    """Planner statistics, as autovacuum would have them on a site in use."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def edit_a_few(ids, count=20):
    """
    ``count`` decisions edited as a clerk would (each save leaves a history
    row), for a client that asks what changed since just before: the
    moment, as the query string gives it.
    """
    from django.utils import timezone

    from agenda.models import Resolution

    since = timezone.now().replace(microsecond=0) - timedelta(seconds=1)
    step = max(1, (ids[1] - ids[0]) // count)
    for resolution in Resolution.objects.filter(pk__in=range(ids[0], ids[1] + 1, step))[:count]:
        resolution.text += " (amended)"
        resolution.save()
    return since.isoformat()


def cursor_at(position):
    return base64.b64encode(urlencode({"p": str(position)}).encode("ascii")).decode("ascii")


def timed(client, path, runs=10, rounds=3):
    times = []
    for _ in range(rounds):
        for _ in range(runs):
            started = time.perf_counter()
            response = client.get(path)
            if response.status_code != 200:
                raise SystemExit(f"{path} answered {response.status_code}: {response.content[:200]!r}")
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)], times[-1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--resolutions", type=int, default=100_000)
    parser.add_argument("--keep", action="store_true",
                        help="time the record an earlier run left in DATABASE_URL (PostgreSQL) instead of building one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-api-") as temporary:
        configure(Path(temporary), keep=args.keep)
        from django.test import Client

        from agenda.models import Resolution

        started = time.perf_counter()
        count = Resolution.objects.count() if args.keep else build(args.resolutions)
        if not count:
            raise SystemExit("There is no record to time: run without --keep first.")
        analyse()
        print(f"resolutions={count} build_s={0 if args.keep else time.perf_counter() - started:.0f}")
        ids = list(Resolution.objects.order_by("pk").values_list("pk", flat=True)[:1]) + [
            Resolution.objects.order_by("-pk").values_list("pk", flat=True).first()
        ]
        deep = ids[0] + int((ids[1] - ids[0]) * 0.9)
        since = edit_a_few(ids)
        client = Client()
        paths = [
            "/api/v1/resolutions/",
            "/api/v1/resolutions/?committee=bench-3",
            f"/api/v1/resolutions/?cursor={cursor_at(deep)}",
            "/api/v1/meetings/",
            "/api/v1/meetings/?committee=bench-3&date_from=2010-01-01&date_to=2012-12-31",
            "/api/v1/items/",
            f"/api/v1/resolutions/{deep}/",
            "/api/v1/committees/",
            "/api/v1/resolutions/?modified_since=2099-01-01T00:00:00Z",
            f"/api/v1/resolutions/?{urlencode({'modified_since': since})}",
            f"/api/v1/items/?{urlencode({'modified_since': since})}",
            "/api/v1/recommendations/",
        ]
        for path in paths:
            client.get(path)  # load the code first
            p50, p95, worst = timed(client, path)
            print(f"{path[:60]:<62} p50={p50:6.1f} p95={p95:6.1f} max={worst:6.1f}")
        started = time.perf_counter()
        response = client.get("/decisions.csv")
        rows = sum(chunk.count(b"\n") for chunk in response.streaming_content) - 1
        seconds = time.perf_counter() - started
        print(f"decisions.csv rows={rows} seconds={seconds:.1f} rows_per_s={rows / seconds:.0f}")


if __name__ == "__main__":
    main()
