"""
Speed of OParl's lists (/oparl/v1/body/...), a deep page, a filtered page
and one object, on a record of a given size.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/scrutiny_bench_oparl python bench/oparl.py --meetings 20000
    python bench/oparl.py --meetings 2000          (SQLite, in a temporary folder)

The PostgreSQL database in DATABASE_URL must be one for benchmarks only: it
is migrated and emptied first. Published meetings (10 items each, 2
decisions and 1 paper an item) are written in bulk with their audit
history, since OParl reads ``created`` and ``modified`` from it; one meeting
in 50 is then deleted, so that the lists hold deleted objects too, and
PostgreSQL's tables are vacuumed and their statistics gathered (as
autovacuum would). Each request is made through Django's test client (the
page cache turned off), 10 times a round, 3 rounds, and p50/p95/max printed
in milliseconds, with the number of queries the request ran:

    meetings=20000 items=200000 deleted_meetings=400 build_s=…
    /oparl/v1/body/meetings/                   queries=… p50=… p95=… max=…
"""

import argparse
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]

from bench.api import configure, timed  # noqa: E402

ITEMS_PER_MEETING = 10
COMMITTEES = 8
MEETINGS_PER_BATCH = 200
DELETE_ONE_IN = 50


def build(meetings_wanted):
    """Meetings, items, decisions and papers, with their history rows; then some meetings deleted."""
    from django.db import connection
    from django.utils import timezone
    from simple_history.utils import bulk_create_with_history

    from agenda.models import AgendaItem, Resolution, SupportingDocument
    from meetings.models import Committee, Meeting

    committees = [Committee.objects.create(name=f"Bench Committee {c}", slug=f"bench-{c}") for c in range(COMMITTEES)]
    now = timezone.now()
    first = timezone.make_aware(datetime(2000, 1, 3, 19))
    for batch_start in range(0, meetings_wanted, MEETINGS_PER_BATCH):
        batch = range(batch_start, min(batch_start + MEETINGS_PER_BATCH, meetings_wanted))
        meetings = bulk_create_with_history(
            [Meeting(committee=committees[n % COMMITTEES], start=first + timedelta(hours=6 * n), venue="Chamber",
                     announced_at=now, agenda_published_at=now, decisions_published_at=now) for n in batch],
            Meeting,
        )
        items = bulk_create_with_history(
            [AgendaItem(meeting=meeting, number=str(i), order=i, title=f"Report {i}", published_at=now)
             for meeting in meetings for i in range(1, ITEMS_PER_MEETING + 1)],
            AgendaItem,
        )
        bulk_create_with_history(
            [Resolution(item=item, order=r, label=str(r), text=f"That part {r} of report {item.pk} be noted.")
             for item in items for r in (1, 2)],
            Resolution, batch_size=5000,
        )
        bulk_create_with_history(
            [SupportingDocument(item=item, title=f"Report {item.pk}", source_url="https://example.org/r.pdf")
             for item in items],
            SupportingDocument, batch_size=5000,
        )
    doomed = list(Meeting.objects.order_by("pk").values_list("pk", flat=True)[::DELETE_ONE_IN])
    for meeting in Meeting.objects.filter(pk__in=doomed):
        meeting.delete()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")  # as autovacuum would after a load this size
    return Meeting.objects.count(), AgendaItem.objects.count(), len(doomed)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--meetings", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-oparl-") as temporary:
        configure(Path(temporary))
        from django.db import connection
        from django.test import Client
        from django.test.utils import CaptureQueriesContext

        from meetings.models import Meeting

        started = time.perf_counter()
        meetings, items, deleted = build(args.meetings)
        print(f"meetings={meetings} items={items} deleted_meetings={deleted} "
              f"build_s={time.perf_counter() - started:.0f}")
        one = Meeting.objects.order_by("pk").values_list("pk", flat=True)[meetings // 2]
        last_page = -(-(meetings + deleted) // 20)
        client = Client()
        for path in [
            "/oparl/v1/body/meetings/",
            f"/oparl/v1/body/meetings/?page={last_page}",
            "/oparl/v1/body/meetings/?modified_since=2000-01-01T00:00:00Z&limit=20",
            "/oparl/v1/body/agenda-items/",
            f"/oparl/v1/body/agenda-items/?page={items // 100}",
            "/oparl/v1/body/papers/",
            "/oparl/v1/body/files/?limit=500",
            "/oparl/v1/body/organizations/",
            f"/oparl/v1/meeting/{one}/",
        ]:
            with CaptureQueriesContext(connection) as queries:
                client.get(path)  # load the code first, and count the queries
            count = len(queries.captured_queries)
            p50, p95, worst = timed(client, path)
            print(f"{path[:58]:<60} queries={count:2} p50={p50:7.1f} p95={p95:7.1f} max={worst:7.1f}")


if __name__ == "__main__":
    main()
