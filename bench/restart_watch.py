"""
Watch the site through a database restart, for bench/load.sh.

    DATABASE_URL=postgres://postgres@127.0.0.1:54400/scrutiny_load \
        python bench/restart_watch.py --port 8105 --seconds 60 --restart-file restart.txt

For SECONDS, while wrk loads the site, asks for the home page every 20 ms
and, signed in as the bench clerk (bench/pages.py), adds a person every
200 ms between --saves-from and --saves-until seconds (around the restart
only: every save retires every kept page, so saving all along would measure
a site with no cache). Then it reads the restart's start and end (Unix times, one a line,
written by bench/load.sh around ``pg_ctl restart``) and prints:

    restart_s               how long the restart took
    unavailable_s           from the first page not answered 200 to the last
    first_success_after_s   from the end of the restart to the next page answered 200
    pages_not_200_after_restart  any page that failed after that
    saves                   answered 302 (saved), 503 (told not saved) or anything else,
                            and whether the database holds exactly the ones answered 302
"""

import argparse
import http.client
import os
import re
import sys
import threading
import time
import uuid
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]

from bench.pages import CLERK_PASSWORD, CLERK_USERNAME, SETTINGS  # noqa: E402

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Browser:
    """A client that keeps its cookies, one request at a time."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}

    def request(self, method, path, form=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read().decode("utf-8", "replace")
            for header in response.headers.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
            return response.status, content
        finally:
            connection.close()

    def sign_in(self):
        _, page = self.request("GET", "/sign-in/")
        status, _ = self.request(
            "POST", "/sign-in/",
            {"username": CLERK_USERNAME, "password": CLERK_PASSWORD, "csrfmiddlewaretoken": TOKEN.search(page)[1]},
        )
        if status != 302:
            sys.exit(f"the bench clerk could not sign in ({status})")
        _, page = self.request("GET", "/clerk/people/new/")
        return TOKEN.search(page)[1]


def probe(port, stop, log):
    while not stop.is_set():
        try:
            status = Browser(port).request("GET", "/")[0]
        except OSError:
            status = None
        log.append((time.time(), status))
        stop.wait(0.02)


def save(port, stop, log, run, start, until):
    browser = Browser(port)
    token = browser.sign_in()
    number = 0
    stop.wait(max(0.0, start - time.monotonic()))
    while not stop.is_set() and time.monotonic() < until:
        number += 1
        slug = f"restart-{run}-{number}"
        form = {"name": f"Restart Probe {run} {number}", "slug": slug, "honorific": "", "kind": "councillor",
                "party": "", "ward": "", "user": "", "csrfmiddlewaretoken": token}
        try:
            status, page = browser.request("POST", "/clerk/people/new/", form)
            if status == 503 and "Your change was not saved." not in page:
                status = "503 without saying so"
        except OSError:
            status = None
        log.append((time.time(), slug, status))
        stop.wait(0.2)


def report(pages, saves, restart_file):
    started, ended = (float(line) for line in Path(restart_file).read_text().split()[:2])
    print(f"restart_s={ended - started:.2f}")
    failed = [t for t, status in pages if status != 200]
    if failed:
        print(f"unavailable_s={failed[-1] - failed[0]:.2f} pages_not_200={len(failed)} of {len(pages)}")
    else:
        print(f"unavailable_s=0 pages_not_200=0 of {len(pages)}")
    after = [t for t, status in pages if status == 200 and t >= ended]
    print(f"first_success_after_s={after[0] - ended:.2f}" if after else "first_success_after_s=never")
    late = [t for t in failed if t >= ended]
    print(f"pages_not_200_after_restart={len(late)}" + (f" last_at_s={late[-1] - ended:.2f}" if late else ""))

    os.environ["DJANGO_SETTINGS_MODULE"] = SETTINGS
    import django

    django.setup()
    from meetings.models import Person

    stored = set(Person.objects.filter(slug__in=[slug for _, slug, _ in saves]).values_list("slug", flat=True))
    by_status = {}
    for _, slug, status in saves:
        by_status.setdefault(status, []).append(slug)
    saved = by_status.get(302, [])
    refused = by_status.get(503, [])
    others = {status: slugs for status, slugs in by_status.items() if status not in (302, 503)}
    agrees = all(slug in stored for slug in saved) and not any(slug in stored for slug in refused)
    print(f"saves={len(saves)} saved_302={len(saved)} told_not_saved_503={len(refused)} "
          f"other={sum(len(s) for s in others.values())} {sorted(map(str, others))} "
          f"database_agrees={'yes' if agrees else 'NO'}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8105)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--restart-file", required=True)
    parser.add_argument("--saves-from", type=float, default=0, help="seconds after starting (default 0)")
    parser.add_argument("--saves-until", type=float, default=None, help="seconds after starting (default: the end)")
    args = parser.parse_args()

    pages, saves, stop = [], [], threading.Event()
    run = uuid.uuid4().hex[:8]
    started = time.monotonic()
    saves_until = started + (args.seconds if args.saves_until is None else args.saves_until)
    threads = [
        threading.Thread(target=probe, args=(args.port, stop, pages)),
        threading.Thread(target=save, args=(args.port, stop, saves, run, started + args.saves_from, saves_until)),
    ]
    for thread in threads:
        thread.start()
    stop.wait(args.seconds)
    stop.set()
    for thread in threads:
        thread.join()
    report(pages, saves, args.restart_file)


if __name__ == "__main__":
    main()
