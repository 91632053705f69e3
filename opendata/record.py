"""
The whole public record as files, and back.

``export_record(folder)`` writes what an anonymous visitor may see, one JSON
Lines file per kind of record (``committees.jsonl``, ``meetings.jsonl``...),
the papers' files under ``documents/<id>/``, and ``manifest.json`` with
each file's row count, size and SHA-256. Rows keep this site's ids, so that
links between them (and the site's own addresses) survive the trip. What the
public pages leave out is left out here too: meetings not yet announced,
unpublished and withdrawn-before-publication items, an exempt item's
content, minutes and decisions before they are published, exempt papers,
and every user account.

``import_record(folder)`` reads such a folder into an empty database,
exactly: it checks the manifest's checksums first, writes everything in one
transaction, then rebuilds the search index. Exporting again gives the same
files.

Both go row by row (``iterator``), so memory does not grow with the record.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from datetime import date, datetime, timezone as dt_timezone
from pathlib import Path, PurePosixPath

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from agenda.models import (
    AgendaItem,
    AgendaPublication,
    Declaration,
    MinutesCorrection,
    RecordedVote,
    Resolution,
    SupportingDocument,
)
from meetings.models import Attendance, Committee, Meeting, Membership, Person

FORMAT = "scrutiny-public-record"
VERSION = 1
MANIFEST = "manifest.json"
DOCUMENTS = "documents"
BATCH = 1000
CHUNK = 1024 * 1024


class RecordError(Exception):
    """The folder cannot be read as a record; the message says why."""


@dataclass
class Kind:
    """One kind of record: its file, model, the rows the public sees, and the fields written."""

    file: str
    model: type
    fields: list[str]
    many_to_many: tuple[str, ...] = ()


def _public():
    return AnonymousUser()


def _committees():
    return Committee.objects.order_by("pk")


def _meetings():
    return Meeting.objects.public().order_by("pk")


def _items():
    return AgendaItem.objects.visible_to(_public()).select_related("meeting").order_by("pk")


def _attendance():
    """Who attended is public with the minutes."""
    published = _meetings().exclude(minutes_status=Meeting.MinutesStatus.NONE).values("pk")
    return Attendance.objects.filter(meeting__in=published).order_by("pk")


def _people():
    used = set()
    for queryset, field in (
        (Membership.objects.all(), "person_id"),
        (_attendance(), "person_id"),
        (_attendance(), "substitute_for_id"),
        (Declaration.objects.visible_to(_public()), "person_id"),
        (RecordedVote.objects.filter(resolution__in=Resolution.objects.visible_to(_public()).values("pk")), "person_id"),
    ):
        used.update(pk for pk in queryset.values_list(field, flat=True).iterator() if pk is not None)
    shown = Person.objects.filter(kind__in=[Person.Kind.COUNCILLOR, Person.Kind.CO_OPTED]).values_list("pk", flat=True)
    used.update(shown.iterator())
    return Person.objects.filter(pk__in=sorted(used)).order_by("pk")


KINDS = [
    Kind("committees.jsonl", Committee, ["id", "name", "slug", "abbreviation", "kind", "parent", "terms_of_reference", "is_active"]),
    Kind("people.jsonl", Person, ["id", "name", "slug", "honorific", "kind", "party", "ward"]),
    Kind("memberships.jsonl", Membership, ["id", "person", "committee", "role", "start_date", "end_date"]),
    Kind("meetings.jsonl", Meeting, [
        "id", "committee", "start", "end", "venue", "status", "status_reason", "announced_at",
        "agenda_published_at", "decisions_published_at", "minutes_status", "minutes_published_at",
        "minutes_approved_at_meeting",
    ]),
    Kind("attendance.jsonl", Attendance, ["id", "meeting", "person", "status", "substitute_for"]),
    Kind("items.jsonl", AgendaItem, [
        "id", "meeting", "number", "number_fixed", "order", "title", "description", "presenter", "minutes",
        "preamble", "reason_for_decision", "is_exempt", "exempt_paragraph", "published_at", "withdrawn_at",
        "withdrawn_reason", "minute_year", "minute_year_label", "minute_number",
    ]),
    Kind("resolutions.jsonl", Resolution, [
        "id", "item", "order", "label", "text", "kind", "outcome", "votes_for", "votes_against",
        "votes_abstained", "reference",
    ]),
    Kind("votes.jsonl", RecordedVote, ["id", "resolution", "person", "vote"]),
    Kind("declarations.jsonl", Declaration, ["id", "meeting", "person", "item", "kind", "text"]),
    Kind("documents.jsonl", SupportingDocument, [
        "id", "item", "order", "title", "file", "original_filename", "content_type", "size", "is_exempt",
        "extracted_text", "source_url", "uploaded_at",
    ]),
    Kind("corrections.jsonl", MinutesCorrection, ["id", "meeting", "item", "resolution", "text", "reason", "recorded_at"]),
    Kind("publications.jsonl", AgendaPublication, [
        "id", "meeting", "published_at", "is_supplementary", "clear_working_days", "is_late", "late_reason",
    ], many_to_many=("items",)),
]


def _rows(kind):
    """The rows of a kind that the public sees, as they are shown."""
    public = _public()
    if kind.model is Committee:
        yield from _committees().iterator()
    elif kind.model is Person:
        yield from _people().iterator()
    elif kind.model is Membership:
        yield from Membership.objects.order_by("pk").iterator()
    elif kind.model is Meeting:
        shown = set(_meetings().values_list("pk", flat=True))
        for meeting in _meetings().iterator():
            if meeting.minutes_approved_at_meeting_id not in shown:
                meeting.minutes_approved_at_meeting_id = None
            yield meeting
    elif kind.model is Attendance:
        yield from _attendance().iterator()
    elif kind.model is AgendaItem:
        for item in _items().iterator():
            # What the item's page does not show is not written.
            if not item.can_read_content(public) or item.is_withdrawn and not item.description:
                item.description = item.presenter = ""
            if not item.can_read_minutes(public):
                item.minutes = ""
            if not item.can_read_resolutions(public):
                item.preamble = item.reason_for_decision = ""
            yield item
    elif kind.model is Resolution:
        yield from Resolution.objects.visible_to(public).order_by("pk").iterator()
    elif kind.model is RecordedVote:
        visible = Resolution.objects.visible_to(public).values("pk")
        yield from RecordedVote.objects.filter(resolution__in=visible).order_by("pk").iterator()
    elif kind.model is Declaration:
        yield from Declaration.objects.visible_to(public).order_by("pk").iterator()
    elif kind.model is SupportingDocument:
        yield from SupportingDocument.objects.visible_to(public).order_by("pk").iterator()
    elif kind.model is MinutesCorrection:
        yield from MinutesCorrection.objects.visible_to(public).order_by("pk").iterator()
    elif kind.model is AgendaPublication:
        meetings = _meetings().values("pk")
        items = set(_items().values_list("pk", flat=True))
        for publication in AgendaPublication.objects.filter(meeting__in=meetings).order_by("pk").iterator():
            publication.exported_items = sorted(pk for pk in publication.items.values_list("pk", flat=True) if pk in items)
            yield publication


def _value(row, name):
    field = row._meta.get_field(name)
    if field.is_relation:
        return getattr(row, field.attname)
    value = getattr(row, name)
    if isinstance(value, datetime):
        return value.astimezone(dt_timezone.utc).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if name == "file":
        # The stored name is the server's own choice; the record names the file by the paper's id.
        return f"{DOCUMENTS}/{row.pk}{PurePosixPath(value.name).suffix}" if value else ""
    return value


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


# --- Export ----------------------------------------------------------------------------


def export_record(folder, *, progress=None) -> dict:
    """Write the public record into ``folder`` (new or empty); returns the manifest."""
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise RecordError(f"{folder} is not empty: export into a new or empty folder.")
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for kind in KINDS:
        path = folder / kind.file
        count = 0
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            for row in _rows(kind):
                data = {name: _value(row, name) for name in kind.fields}
                for name in kind.many_to_many:
                    data[name] = getattr(row, "exported_items", [])
                out.write(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n")
                count += 1
                if kind.model is SupportingDocument and row.file:
                    files.update(_copy_document(row, folder))
        files[kind.file] = {"rows": count, "bytes": path.stat().st_size, "sha256": _sha256(path)}
        if progress:
            progress(kind.file, count)
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": timezone.now().astimezone(dt_timezone.utc).isoformat(),
        "files": dict(sorted(files.items())),
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return manifest


def _copy_document(document, folder):
    relative = _value(document, "file")
    target = folder / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with document.file.open("rb") as source, open(target, "wb") as out:
            shutil.copyfileobj(source, out, CHUNK)
    except OSError as exc:
        raise RecordError(f"the file of paper {document.pk} ({document.file.name}) cannot be read: {exc}") from None
    return {relative: {"bytes": target.stat().st_size, "sha256": _sha256(target)}}
