"""
Memory of the CSV downloads as the record grows.

    python bench/csv_download.py --rows 20000 200000
    python bench/csv_download.py --rows 100000 1000000

Migrates a new SQLite database in a temporary folder, writes published
decisions in bulk up to each row count in turn, then downloads /decisions.csv
and /meetings.csv through Django's test client, reading the streamed body
chunk by chunk, and prints for each size the rows read, the seconds taken and
the peak memory Python allocated while streaming (tracemalloc):

    rows=20000   decisions.csv rows=20000 seconds=… peak_kib=…
    rows=200000  decisions.csv rows=200000 seconds=… peak_kib=…
    peak ratio largest/smallest: …  (constant memory: close to 1)
"""

import argparse
import os
import sys
import tempfile
import time
import tracemalloc
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]

ITEMS_PER_MEETING = 10
RESOLUTIONS_PER_ITEM = 5


def configure(folder):
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'bench.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "scrutiny.settings")
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-4f7a1c9e2b6d8f0a3c5e7b9d1f4a6c8e0b2d")
    os.environ["MEDIA_ROOT"] = str(folder / "media")
    os.environ["ALLOWED_HOSTS"] = "testserver"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def grow_to(rows, state):
    """Add published meetings, items and decisions until there are ``rows`` decisions."""
    from django.utils import timezone

    from agenda.models import AgendaItem, Resolution
    from meetings.models import Committee, Meeting

    committee = state.setdefault("committee", None) or Committee.objects.create(name="Bench Committee", slug="bench")
    state["committee"] = committee
    now = timezone.now()
    while state.get("rows", 0) < rows:
        n = state.get("meetings", 0)
        start = timezone.make_aware(datetime(2000, 1, 3, 19)) + timedelta(days=n)
        meeting = Meeting.objects.create(
            committee=committee, start=start, venue="Council Chamber", announced_at=now,
            agenda_published_at=now, decisions_published_at=now,
        )
        items = AgendaItem.objects.bulk_create(
            AgendaItem(meeting=meeting, number=str(i), order=i, title=f"Report {i}", published_at=now)
            for i in range(1, ITEMS_PER_MEETING + 1)
        )
        Resolution.objects.bulk_create(
            Resolution(item=item, order=r, label=str(r), text=f"That the Committee notes part {r} of the report on meeting {n}.")
            for item in items
            for r in range(1, RESOLUTIONS_PER_ITEM + 1)
        )
        state["meetings"] = n + 1
        state["rows"] = state.get("rows", 0) + ITEMS_PER_MEETING * RESOLUTIONS_PER_ITEM


def download(path):
    from django.test import Client

    client = Client()
    tracemalloc.start()
    started = time.perf_counter()
    response = client.get(path)
    lines = 0
    for chunk in response.streaming_content:
        lines += chunk.count(b"\n")
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return lines - 1, seconds, peak


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[20_000, 200_000])
    args = parser.parse_args()
    peaks = []
    with tempfile.TemporaryDirectory(prefix="bench-csv-") as temporary:
        configure(Path(temporary))
        state = {}
        # Load the code and the URL configuration first, so that only streaming is measured.
        download("/decisions.csv?date_from=2100-01-01")
        download("/meetings.csv?date_from=2100-01-01")
        for rows in sorted(args.rows):
            grow_to(rows, state)
            read, seconds, peak = download("/decisions.csv")
            print(f"rows={state['rows']:<9} decisions.csv rows={read} seconds={seconds:.1f} peak_kib={peak // 1024}")
            read, seconds, meetings_peak = download("/meetings.csv")
            print(f"{'':<14} meetings.csv rows={read} seconds={seconds:.1f} peak_kib={meetings_peak // 1024}")
            peaks.append(peak)
    print(f"peak ratio largest/smallest: {peaks[-1] / peaks[0]:.2f}  (constant memory: close to 1)")


if __name__ == "__main__":
    main()
