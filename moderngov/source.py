"""
Where ModernGov responses come from: a council's site, or a folder of saved ones.

Both answer the same calls with the response's bytes and a name for it
(the file name it is saved under), so that every error can say which
response failed:

- ``GetCommittees.xml``, ``GetCouncillorsByWard.xml``,
- ``GetMeetings-<committeeid>.xml``, ``GetMeeting-<meetingid>.xml``,
- ``documents/<documentid>`` for papers fetched with ``--documents``,
- ``SOURCE.txt``: the site's address, so that records imported from a saved
  folder are the same records as those imported from the site.

The web source is polite to the council's server: one request at a time, at
most ``rate`` a second, a timeout on each, a few retries with growing pauses
on timeouts and server errors (5xx), and a user agent saying who asks.
"""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from .references import ReferenceError as AddressError, site_base

USER_AGENT = "Scrutiny ModernGov importer (+https://github.com/scrutiny-project/scrutiny)"
SERVICE = "mgWebService.asmx"
SOURCE_FILE = "SOURCE.txt"
# The web service wants dates as the council writes them; these bounds take
# in every meeting a ModernGov site can hold.
EARLIEST = "01/01/1990"
LATEST = "31/12/2099"


#: A response larger than this is refused: a meeting's XML is kilobytes, a
#: paper tens of megabytes at most.
MAX_RESPONSE_BYTES = 100 * 1024 * 1024


class _SameSiteRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect on the council's own host (http to https, a moved page), never elsewhere."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        old, new = urllib.parse.urlsplit(req.full_url), urllib.parse.urlsplit(newurl)
        if new.hostname != old.hostname or new.scheme not in ("http", "https"):
            raise urllib.error.HTTPError(newurl, code, f"redirected away from the site, to {newurl}", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_opener = urllib.request.build_opener(_SameSiteRedirects)


def pause(seconds):
    """Wait between requests; the tests replace it, so that they never sleep."""
    time.sleep(seconds)


class SourceError(Exception):
    """A response that could not be had; the message names it."""


def open_source(location: str, *, save_to=None, **options):
    """A WebSource for an http(s) address, else a DirectorySource."""
    if location.startswith(("http://", "https://")):
        return WebSource(location, save_to=save_to, **options)
    if save_to:
        raise SourceError("--save-to only goes with a site's address, not a folder.")
    return DirectorySource(location)


def meetings_name(committee_id):
    return f"GetMeetings-{committee_id}.xml"


def meeting_name(meeting_id):
    return f"GetMeeting-{meeting_id}.xml"


def _safe(identifier) -> str:
    """An id fit to be part of a file name (ModernGov ids are numbers)."""
    text = str(identifier)
    if not text or not all(c.isalnum() or c in "-_" for c in text):
        raise SourceError(f"{text!r} is not a ModernGov id")
    return text


class DirectorySource:
    def __init__(self, folder):
        self.folder = Path(folder)
        if not self.folder.is_dir():
            raise SourceError(f"{folder}: no such folder, and not a site's address (http:// or https://)")
        saved = self.folder / SOURCE_FILE
        site = saved.read_text(encoding="utf-8").strip() if saved.is_file() else ""
        self.site = site or str(self.folder.resolve())

    def _read(self, name, *, required=True):
        path = self.folder / name
        try:
            return path.read_bytes()
        except FileNotFoundError:
            if not required:
                return None
            raise SourceError(f"{name}: missing from {self.folder}") from None
        except OSError as exc:
            raise SourceError(f"{name}: cannot be read ({exc.strerror or exc})") from None

    def committees(self):
        return "GetCommittees.xml", self._read("GetCommittees.xml")

    def councillors(self):
        return "GetCouncillorsByWard.xml", self._read("GetCouncillorsByWard.xml", required=False)

    def meetings(self, committee_id, date_from=None, date_to=None):
        name = meetings_name(_safe(committee_id))
        return name, self._read(name)

    def meeting(self, meeting_id):
        name = meeting_name(_safe(meeting_id))
        return name, self._read(name)

    def document(self, document_id, url):
        name = f"documents/{_safe(document_id)}"
        return name, self._read(name)


class WebSource:
    def __init__(self, site, *, save_to=None, timeout=30, retries=3, backoff=2.0, rate=3.0,
                 sleep=None, clock=time.monotonic):
        try:
            # A page's or the web service's address names its site as well.
            self.site = site_base(site)
        except AddressError as exc:
            raise SourceError(f"{site}: {exc}") from None
        self.save_to = Path(save_to) if save_to else None
        self.timeout, self.retries, self.backoff = timeout, retries, backoff
        self.interval = 1.0 / rate if rate else 0.0
        self.sleep = sleep or (lambda seconds: pause(seconds))
        self.clock = clock
        self._last = None
        if self.save_to:
            (self.save_to / "documents").mkdir(parents=True, exist_ok=True)
            (self.save_to / SOURCE_FILE).write_text(self.site + "\n", encoding="utf-8")

    def committees(self):
        return self._call("GetCommittees.xml", "GetCommittees", {})

    def councillors(self):
        return self._call("GetCouncillorsByWard.xml", "GetCouncillorsByWard", {})

    def meetings(self, committee_id, date_from=None, date_to=None):
        params = {
            "lCommitteeId": _safe(committee_id),
            "sFromDate": date_from.strftime("%d/%m/%Y") if date_from else EARLIEST,
            "sToDate": date_to.strftime("%d/%m/%Y") if date_to else LATEST,
        }
        return self._call(meetings_name(committee_id), "GetMeetings", params)

    def meeting(self, meeting_id):
        return self._call(meeting_name(_safe(meeting_id)), "GetMeeting", {"lMeetingId": meeting_id})

    def document(self, document_id, url):
        name = f"documents/{_safe(document_id)}"
        address = urllib.parse.urljoin(self.site + "/", url)
        if urllib.parse.urlsplit(address).netloc != urllib.parse.urlsplit(self.site).netloc:
            # Papers are fetched from the council's site only, never from wherever a link points.
            raise SourceError(f"{name}: {address} is not on {self.site}")
        return name, self._get(name, address)

    def _call(self, name, method, params):
        query = urllib.parse.urlencode(params)
        url = f"{self.site}/{SERVICE}/{method}" + (f"?{query}" if query else "")
        return name, self._get(name, url)

    def _get(self, name, url):
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        for attempt in range(self.retries + 1):
            self._wait_turn()
            try:
                with _opener.open(request, timeout=self.timeout) as response:
                    data = response.read(MAX_RESPONSE_BYTES + 1)
                if len(data) > MAX_RESPONSE_BYTES:
                    raise SourceError(f"{name}: the answer from {url} is larger than {MAX_RESPONSE_BYTES // 2**20} MB")
                break
            except urllib.error.HTTPError as exc:
                if exc.code < 500 or attempt == self.retries:
                    raise SourceError(f"{name}: the site answered {exc.code} {exc.reason} for {url}") from None
            except (urllib.error.URLError, socket.timeout, TimeoutError, ConnectionError) as exc:
                if attempt == self.retries:
                    reason = getattr(exc, "reason", None) or exc
                    raise SourceError(f"{name}: could not reach {url} ({reason})") from None
            self.sleep(self.backoff * (2 ** attempt))
        if self.save_to:
            path = self.save_to / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        return data

    def _wait_turn(self):
        if self._last is not None and self.interval:
            wait = self._last + self.interval - self.clock()
            if wait > 0:
                self.sleep(wait)
        self._last = self.clock()
