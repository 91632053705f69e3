"""
The clerk's import of one ModernGov meeting, from /clerk/.

1. The clerk pastes a ModernGov meeting page's address (or a committee's,
   to choose one of its meetings, or a meeting number with the site).
2. Scrutiny fetches the meeting from the site's web service and imports it
   inside a transaction it then rolls back: the preview shows what would be
   created, updated, kept or skipped, and the agenda as ModernGov has it.
3. "Import this meeting" fetches it again and imports it for real, unless
   the meeting changed in ModernGov, or was imported or edited here, since
   the preview: then the clerk sees the new preview and is told why.

Only public websites are fetched from (or, where MODERNGOV_ALLOWED_HOSTS is
set, only those hosts), and only their web service and their own pages.
"""

from __future__ import annotations

import hashlib
import ipaddress
import socket
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.db import transaction
from django.db.models import Count, Max
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.template.defaultfilters import pluralize
from django.utils import timezone

from meetings.models import Meeting
from meetings.roles import clerk_required

from . import mapping, xml
from .forms import MeetingReferenceForm
from .references import Reference
from .source import SourceError, WebSource, meeting_name
from .writer import ImportAborted, Importer

TEMPLATE = "moderngov/import_meeting.html"
SALT = "moderngov.import-meeting"
PREVIEW_MAX_AGE = 60 * 60  # seconds a preview can be imported from


class _Rollback(Exception):
    pass


class RecordingSource:
    """
    A site's answers, fetched once each and kept: the preview and the import
    read the same answers, and their digest tells whether the meeting
    changed in ModernGov between the two.
    """

    def __init__(self, source):
        self.source = source
        self.site = source.site
        self.answers: dict[str, object] = {}

    def _answer(self, name, fetch):
        if name not in self.answers:
            try:
                self.answers[name] = fetch()
            except SourceError as exc:
                self.answers[name] = exc
        answer = self.answers[name]
        if isinstance(answer, SourceError):
            raise answer
        return answer

    def committees(self):
        return self._answer("GetCommittees.xml", self.source.committees)

    def councillors(self):
        return self._answer("GetCouncillorsByWard.xml", self.source.councillors)

    def meetings(self, committee_id, date_from=None, date_to=None):
        return self._answer(f"GetMeetings-{committee_id}", lambda: self.source.meetings(committee_id, date_from, date_to))

    def meeting(self, meeting_id):
        return self._answer(meeting_name(meeting_id), lambda: self.source.meeting(meeting_id))

    def document(self, document_id, url):
        return self.source.document(document_id, url)

    def fetch_meeting(self, meeting_id):
        """Everything importing the meeting reads; the meeting itself must answer."""
        for fetch in (self.committees, self.councillors):
            try:
                fetch()
            except SourceError:
                pass  # the import reports it, and goes on without
        return self.meeting(meeting_id)

    def digest(self) -> str:
        digest = hashlib.sha256()
        for name in sorted(self.answers):
            answer = self.answers[name]
            data = answer[1] if isinstance(answer, tuple) and answer[1] is not None else str(answer).encode()
            digest.update(name.encode() + b"\0" + data + b"\0")
        return digest.hexdigest()


def site_refusal(site: str) -> str | None:
    """Why this site may not be fetched from, or None."""
    host = urlsplit(site).hostname or ""
    allowed = [h.lower() for h in getattr(settings, "MODERNGOV_ALLOWED_HOSTS", [])]
    if allowed:
        if host.lower() in allowed:
            return None
        return f"{host} is not one of the ModernGov sites this council imports from: {', '.join(allowed)}."
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except (OSError, UnicodeError):
        return f"Could not find the site {host}. Check the address."
    for address in addresses:
        if not ipaddress.ip_address(address.split("%")[0]).is_global:
            return f"{host} is not a public website, so meetings cannot be imported from it."
    return None


def _local_state(site: str, meeting_id: str) -> str:
    """What this meeting is here now (absent, or its version and its items'), to refuse a stale import."""
    meeting = (
        Meeting.objects.filter(source=mapping.source_key(site), external_id=meeting_id)
        .annotate(item_count=Count("items"), item_version=Max("items__version"))
        .values_list("pk", "version", "import_fingerprint", "item_count", "item_version")
        .first()
    )
    return "new" if meeting is None else ":".join(str(part) for part in meeting)


def _source(site: str) -> RecordingSource:
    return RecordingSource(WebSource(site, timeout=20, retries=1, backoff=1.0, rate=3.0))


def _dry_run(source: RecordingSource, meeting_id: str):
    importer = Importer(source)
    try:
        with transaction.atomic():
            report = importer.run_meeting(meeting_id)
            raise _Rollback
    except _Rollback:
        report.dry_run = True
    return report


def _render(request, form, *, status=200, **context):
    if context.get("report") is not None:
        context["summary_rows"] = list(context["report"].summary().items())
    return render(request, TEMPLATE, {"form": form, **context}, status=status)


def _preview(request, form, ref: Reference, notice: str = ""):
    refusal = site_refusal(ref.site)
    if refusal:
        form.add_error("reference" if not form.data.get("reference", "").strip().isdigit() else "site", refusal)
        return _render(request, form)
    source = _source(ref.site)
    meeting_id = str(ref.id)
    if ref.kind == "committee":
        return _choose(request, form, source, ref)
    try:
        name, data = source.fetch_meeting(meeting_id)
        record = xml.parse_meeting(data, name)
        report = _dry_run(source, meeting_id)
    except (SourceError, xml.ResponseError, ImportAborted) as exc:
        form.add_error("reference", f"Could not read the meeting from ModernGov: {exc}")
        return _render(request, form)
    if not record.committee_title:
        record.committee_title = _committee_title(source, record.committee_id)
    token = signing.dumps(
        {"site": ref.site, "id": meeting_id, "digest": source.digest(), "state": _local_state(ref.site, meeting_id)},
        salt=SALT,
    )
    return _render(request, form, record=record, report=report, token=token, ref=ref, notice=notice)


def _committee_title(source, committee_id) -> str:
    try:
        name, data = source.committees()
        titles = {c.id: c.title for c in xml.parse_committees(data, name)}
    except (SourceError, xml.ResponseError):
        return ""
    return titles.get(str(committee_id), "")


def _choose(request, form, source, ref):
    today = timezone.localdate()
    try:
        name, data = source.meetings(str(ref.id), today - timedelta(days=3 * 365), today + timedelta(days=365))
        summaries = xml.parse_meetings(data, name)
    except (SourceError, xml.ResponseError) as exc:
        form.add_error("reference", f"Could not read the committee's meetings from ModernGov: {exc}")
        return _render(request, form)
    if not summaries:
        form.add_error("reference", "ModernGov lists no meetings of this committee in the last three years.")
        return _render(request, form)
    choices = [
        (f"{ref.site}/ieListDocuments.aspx?CId={ref.id}&MId={summary.id}", summary) for summary in summaries
    ]
    title = _committee_title(source, ref.id)
    return _render(request, form, choices=list(reversed(choices)), committee_ref=ref, committee_title=title)


def _import(request, form):
    try:
        signed = signing.loads(request.POST.get("token", ""), salt=SALT, max_age=PREVIEW_MAX_AGE)
    except signing.BadSignature:
        notice = "This preview is more than an hour old, or was not made here, so nothing was imported. Preview the meeting again."
        return _render(request, MeetingReferenceForm(), notice=notice, status=400)
    site, meeting_id = signed["site"], signed["id"]
    ref = Reference(site, "meeting", int(meeting_id))
    form = MeetingReferenceForm({"reference": f"{site}/ieListDocuments.aspx?MId={meeting_id}", "site": site})
    form.is_valid()
    refusal = site_refusal(site)
    if refusal:
        form.add_error("reference", refusal)
        return _render(request, form)
    source = _source(site)
    try:
        source.fetch_meeting(meeting_id)
    except SourceError as exc:
        form.add_error("reference", f"Could not read the meeting from ModernGov: {exc}. Nothing was imported.")
        return _render(request, form)
    if source.digest() != signed["digest"]:
        return _preview(request, form, ref, notice=(
            "This meeting has changed in ModernGov since your preview, so nothing was imported. "
            "Check what would be imported now."))
    if _local_state(site, meeting_id) != signed["state"]:
        return _preview(request, form, ref, notice=(
            "Someone imported or changed this meeting here since your preview, so nothing was imported. "
            "Check what would be imported now."))
    try:
        report = Importer(source).run_meeting(meeting_id)
    except ImportAborted as exc:
        form.add_error("reference", f"{exc}. Nothing was imported.")
        return _render(request, form)
    if report.failures:
        form.add_error("reference", "Nothing of the meeting was imported: " + "; ".join(report.failures))
        return _render(request, form, report=report)
    meeting = Meeting.objects.filter(source=mapping.source_key(site), external_id=meeting_id).first()
    counts = report.counts["items"]
    messages.success(
        request,
        f"Imported from ModernGov: {_items(counts['created'])} created, {counts['updated']} updated, "
        f"{counts['unchanged']} unchanged, {counts['skipped']} kept as edited here.",
    )
    return redirect("clerk:meeting", meeting.pk) if meeting else redirect("clerk:moderngov_import")


def _items(count: int) -> str:
    return f"{count} agenda item{pluralize(count)}"


@clerk_required
def import_meeting(request):
    if request.method != "POST":
        return _render(request, MeetingReferenceForm())
    action = request.POST.get("action")
    if action == "import":
        return _import(request, MeetingReferenceForm())
    if action != "preview":
        return HttpResponseBadRequest("Unknown action.", content_type="text/plain; charset=utf-8")
    form = MeetingReferenceForm(request.POST)
    if not form.is_valid():
        return _render(request, form)
    return _preview(request, form, form.cleaned_data["ref"])
