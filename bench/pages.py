"""
Pages per second under concurrent load, without the page cache and with it.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/scrutiny_bench python bench/pages.py
    DATABASE_URL=... python bench/pages.py --modes off,memory --n 20000 --workers 3 --duration 10

Loads the synthetic archive of bench/search.py (N resolutions with their
items, meetings and committees, and the search index; kept between runs of
the same N), starts gunicorn with WORKERS sync workers on PostgreSQL, and
for each mode (``off``: PAGE_CACHE=0; ``memory``: the default per-process
cache; ``redis``: CACHE_URL=--redis-url) measures, side by side, a bare
Django view and the home page, a meeting, an agenda item and the decisions
list, with wrk (or Python threads where wrk is missing) and CONNECTIONS
concurrent clients, each page right after the bare view, ROUNDS times. It
prints a table of each page's median requests per second and the median of
its ratios to the bare view measured just before it.

The bare view (a view returning "ok") exists only in bench/bare_urls.py,
mounted through bench/bare_settings.py, which gunicorn is started with; it
goes through all the middleware, but not the page cache, so it is the floor
of what Django can serve here.

``--prepare-only FILE`` loads the archive, makes the clerk that
bench/restart_watch.py signs in as, writes the public pages and searches
that bench/load.sh rotates through to FILE, and stops.
"""

import argparse
import http.client
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
# Keep bench/ off the path, so that "search" is the app (as bench/search.py does).
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]

SETTINGS = "bench.bare_settings"
BARE = "/bench/bare/"
CLERK_USERNAME = "bench-clerk"
CLERK_PASSWORD = "bench-clerk-only-on-a-benchmark-database"
MODES = {
    "off": "no cache",
    "memory": "memory cache",
    "redis": "Redis cache",
}


def configure():
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        sys.exit("Set DATABASE_URL to the PostgreSQL database to use, e.g. postgres://postgres@127.0.0.1:5432/scrutiny_bench")
    os.environ["DJANGO_SETTINGS_MODULE"] = SETTINGS
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-4f7a1c9e2b6d8f0a3c5e7b9d1f4a6c8e0b2d")
    # Without the request log's line per request, unless asked for: what is
    # measured is the pages, not the logging (which gunicorn sends to stderr).
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()


def prepare(n):
    """The archive of bench/search.py, loaded unless it is there already, and a clerk to sign in as."""
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command

    from agenda.models import Resolution
    from bench.search import load
    from meetings.roles import CLERKS_GROUP

    call_command("migrate", verbosity=0)
    if Resolution.objects.count() != n:
        load(n)
    clerk, _ = User.objects.get_or_create(username=CLERK_USERNAME)
    clerk.set_password(CLERK_PASSWORD)
    clerk.save()
    clerk.groups.add(Group.objects.get(name=CLERKS_GROUP))


def pages():
    """The pages measured: the latest meeting that took place, its first item with decisions."""
    from django.utils import timezone

    from agenda.models import AgendaItem

    item = (
        AgendaItem.objects.published()
        .filter(meeting__start__lt=timezone.now(), resolutions__isnull=False, is_exempt=False)
        .order_by("-meeting__start", "order")
        .select_related("meeting")
        .first()
    )
    return {
        "bare view": BARE,
        "home": "/",
        "meeting": f"/meetings/{item.meeting_id}/",
        "item": f"/meetings/{item.meeting_id}/items/{item.pk}/",
        "decisions": "/decisions/",
    }


def searches():
    from bench.corpus import queries

    return [f"/search/?q={quote(q)}" for group in queries().values() for q in group[:3]]


# --- The server ---------------------------------------------------------------------


class Gunicorn:
    """gunicorn serving the site with the bench settings, for the length of a ``with`` block."""

    def __init__(self, port, workers, env):
        self.port = port
        self.workers = workers
        self.env = {**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS, **env}
        self.process = None

    def __enter__(self):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "scrutiny.wsgi:application", "--bind", f"127.0.0.1:{self.port}",
             "--workers", str(self.workers), "--log-level", "warning"],
            cwd=ROOT, env=self.env,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit("gunicorn stopped while starting")
            try:
                if get(self.port, BARE) == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        self.__exit__()
        sys.exit("gunicorn did not answer within 60 s")

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


# --- Load ---------------------------------------------------------------------------


def measure(port, path, seconds, connections):
    """Requests per second for one address, with wrk, or with threads where wrk is missing."""
    url = f"http://127.0.0.1:{port}{path}"
    if shutil.which("wrk"):
        return wrk(url, seconds, connections)
    return threaded(url, seconds, connections)


def wrk(url, seconds, connections, script=None, extra=()):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    if script:
        command += ["-s", str(script)]
    output = subprocess.run(command + [url, *extra], capture_output=True, text=True, check=True).stdout
    return parse_wrk(output)


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def parse_wrk(output):
    """Requests, requests per second, errors, non-2xx/3xx answers and p99 latency (ms) from wrk's report."""
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", output)
    return {
        "requests": requests,
        "rps": rps,
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "errors": sum(int(n) for n in errors.groups()) if errors else 0,
        "p99_ms": float(p99.group(1)) * UNITS[p99.group(2)] if p99 else None,
    }


def threaded(url, seconds, connections):
    """The fallback: CONNECTIONS threads, each sending requests one after another."""
    parts = urlsplit(url)
    counts = {"ok": 0, "other": 0}
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client():
        ok = other = 0
        while time.monotonic() < deadline:
            try:
                connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
                connection.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""))
                response = connection.getresponse()
                response.read()
                connection.close()
                ok, other = (ok + 1, other) if response.status < 300 else (ok, other + 1)
            except OSError:
                other += 1
        with lock:
            counts["ok"] += ok
            counts["other"] += other

    threads = [threading.Thread(target=client) for _ in range(connections)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    return {"requests": counts["ok"] + counts["other"], "rps": counts["ok"] / elapsed,
            "non_2xx": counts["other"], "errors": 0, "p99_ms": None}


def run_mode(mode, args, urls):
    """
    Each page's median requests per second, and the median of its ratios to
    the bare view measured just before it: the machine is shared, and its
    speed drifts more between a minute and the next than between two pages
    measured back to back.
    """
    env = {"PAGE_CACHE": "0" if mode == "off" else "1", "CACHE_URL": args.redis_url if mode == "redis" else ""}
    rps = {name: [] for name in urls}
    ratios = {name: [] for name in urls}
    with Gunicorn(args.port, args.workers, env):
        for path in urls.values():
            measure(args.port, path, args.warmup, args.connections)
        for _ in range(args.rounds):
            for name, path in urls.items():
                if path == BARE:
                    continue
                bare = measure(args.port, BARE, args.duration, args.connections)
                page = measure(args.port, path, args.duration, args.connections)
                for result in (bare, page):
                    if result["non_2xx"] or result["errors"]:
                        sys.exit(f"{mode} {name}: {result['non_2xx']} non-2xx, {result['errors']} socket errors")
                rps["bare view"].append(bare["rps"])
                rps[name].append(page["rps"])
                ratios[name].append(page["rps"] / bare["rps"])
                print(f"# {mode:6} {name:10} {page['rps']:7.0f} req/s, bare {bare['rps']:5.0f}: "
                      f"{page['rps'] / bare['rps']:4.0%}", file=sys.stderr, flush=True)
    ratios["bare view"] = [1.0]
    return {name: (statistics.median(rps[name]), statistics.median(ratios[name])) for name in urls}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20_000, help="resolutions in the archive (default 20,000)")
    parser.add_argument("--modes", default="off,memory,redis", help="comma-separated: off, memory, redis")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/3", help="CACHE_URL of the redis mode")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn sync workers (default 3)")
    parser.add_argument("--connections", type=int, default=16, help="concurrent clients (default 16)")
    parser.add_argument("--duration", type=int, default=5, help="seconds per measurement (default 5)")
    parser.add_argument("--warmup", type=int, default=2, help="seconds per page before measuring (default 2)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of every page (default 3)")
    parser.add_argument("--port", type=int, default=8104)
    parser.add_argument("--prepare-only", metavar="FILE", help="load the archive, write the load test's URLs, stop")
    args = parser.parse_args()
    modes = [mode.strip() for mode in args.modes.split(",") if mode.strip()]
    if unknown := set(modes) - set(MODES):
        parser.error(f"unknown modes: {', '.join(sorted(unknown))}")

    configure()
    prepare(args.n)
    urls = pages()
    if args.prepare_only:
        lines = [path for name, path in urls.items() if path != BARE] + searches()
        Path(args.prepare_only).write_text("\n".join(lines) + "\n")
        return

    results = {mode: run_mode(mode, args, urls) for mode in modes}

    print(f"{os.cpu_count()} CPUs, gunicorn {args.workers} sync workers, {args.connections} connections, "
          f"{args.rounds} rounds of {args.duration} s per page, each after the bare view, "
          f"{args.n:,} resolutions on PostgreSQL; medians")
    header = f"{'page':10}" + "".join(f" | {MODES[mode] + ' req/s':>18} | {'vs bare':>7}" for mode in modes)
    print(header)
    print("-" * len(header))
    for name in urls:
        row = f"{name:10}"
        for mode in modes:
            rps, ratio = results[mode][name]
            row += f" | {rps:18.0f} | {ratio:7.0%}"
        print(row)


if __name__ == "__main__":
    main()
