"""
The ModernGov test site: saved responses (tests/fixtures/moderngov/), the
command run over them, and a local web server answering as a ModernGov
web service does. No test reaches the network.
"""

import io
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from django.core.management import call_command

from agenda.models import AgendaItem, Resolution, SupportingDocument
from meetings.models import Attendance, Committee, Meeting, Membership, Person

FIXTURES = Path(__file__).parent / "fixtures" / "moderngov"
EXAMPLESHIRE = FIXTURES / "exampleshire"
CHANGED = FIXTURES / "exampleshire-changed"
MODELS = [Committee, Person, Membership, Meeting, Attendance, AgendaItem, Resolution, SupportingDocument]


def run_import(*args):
    """Run the command; its report (stdout) and its messages (stderr)."""
    out, err = io.StringIO(), io.StringIO()
    call_command("import_moderngov", *[str(arg) for arg in args], stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def copy_of(tmp_path, *overlays, name="site"):
    """A copy of the exampleshire responses, with the files of each overlay folder laid over it."""
    folder = tmp_path / name
    shutil.copytree(EXAMPLESHIRE, folder)
    for overlay in overlays:
        for path in overlay.glob("*.xml"):
            shutil.copy(path, folder / path.name)
    return folder


def row_counts():
    counts = {model.__name__: model.objects.count() for model in MODELS}
    counts.update({f"history of {model.__name__}": model.history.count() for model in MODELS})
    return counts


def report_line(report, kind):
    """The report's counts for one kind, e.g. "3 created, 0 updated, 0 unchanged, 1 skipped"."""
    for line in report.splitlines():
        if line.strip().startswith(kind + " "):
            return line.split(None, 1)[1].strip()
    raise AssertionError(f"no {kind} line in {report}")


class ModernGovSite:
    """A web service over a folder of responses, with scripted failures."""

    def __init__(self, folder):
        self.folder = Path(folder)
        self.requests = []  # (path with query, user agent)
        self.failures = {}  # name -> list of status codes to answer first
        handler = self._handler()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def name_for(self, target):
        parts = urlsplit(target)
        query = {key: values[0] for key, values in parse_qs(parts.query).items()}
        method = parts.path.rsplit("/", 1)[-1]
        if method == "GetMeetings":
            return f"GetMeetings-{query.get('lCommitteeId')}.xml"
        if method == "GetMeeting":
            return f"GetMeeting-{query.get('lMeetingId')}.xml"
        if method in ("GetCommittees", "GetCouncillorsByWard"):
            return f"{method}.xml"
        if method == "mgConvert2PDF.aspx":
            return f"documents/{query.get('ID')}"
        return parts.path.lstrip("/")

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                site.requests.append((self.path, self.headers.get("User-Agent")))
                name = site.name_for(self.path)
                queued = site.failures.get(name)
                if queued:
                    self.send_error(queued.pop(0))
                    return
                path = site.folder / name
                if not path.is_file():
                    self.send_error(404)
                    return
                data = path.read_bytes()
                self.send_response(200)
                self.send_header("Content-Type", "text/xml; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        return Handler
