"""
Reading an exported public record (see ``record.py``) into an empty database.
"""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath

from django.core.files import File
from django.core.management.color import no_style
from django.db import IntegrityError, connection, transaction
from django.db.models import DateField, DateTimeField
from django.utils.dateparse import parse_date, parse_datetime

from agenda.models import AgendaItem, SupportingDocument
from meetings.models import Committee, Meeting, Person
from meetings.page_cache import bump_record_version
from meetings.text import clean_text_fields
from search import indexing

from .record import BATCH, DOCUMENTS, FORMAT, KINDS, MANIFEST, VERSION, RecordError, _sha256


def read_manifest(folder: Path) -> dict:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RecordError(f"{folder} has no {MANIFEST}: it is not an exported record.") from None
    except (OSError, ValueError) as exc:
        raise RecordError(f"{MANIFEST} cannot be read: {exc}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise RecordError(f"{MANIFEST} does not describe a Scrutiny public record.")
    if manifest.get("version") != VERSION:
        raise RecordError(f"This record is of format version {manifest.get('version')!r}; this site reads version {VERSION}.")
    return manifest


def check_files(folder: Path, manifest: dict):
    """Every file the manifest lists is there, unchanged, and inside the folder."""
    files = manifest.get("files")
    if not isinstance(files, dict):
        raise RecordError(f"{MANIFEST} lists no files.")
    root = folder.resolve()
    for name in [kind.file for kind in KINDS]:
        if name not in files:
            raise RecordError(f"{MANIFEST} does not list {name}.")
    for name, expected in files.items():
        path = (folder / name).resolve()
        if root not in path.parents or not isinstance(expected, dict):
            raise RecordError(f"{MANIFEST} names a file outside the record: {name!r}.")
        if not path.is_file():
            raise RecordError(f"{name} is missing.")
        if _sha256(path) != expected.get("sha256"):
            raise RecordError(f"{name} has changed since it was exported (its checksum differs).")


def _field_value(field, value):
    if value is None:
        return None
    if isinstance(field, DateTimeField):
        moment = parse_datetime(value)
        if moment is None:
            raise ValueError(f"{field.name} {value!r} is not a date and time")
        return moment
    if isinstance(field, DateField):
        day = parse_date(value)
        if day is None:
            raise ValueError(f"{field.name} {value!r} is not a date")
        return day
    return value


def _instances(folder, kind):
    names = {field.name: field for field in kind.model._meta.concrete_fields}
    with open(folder / kind.file, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            try:
                data = json.loads(line)
                values = {}
                for name in kind.fields:
                    field = names[name]
                    value = data.get(name)
                    if field.is_relation:
                        values[field.attname] = value
                    elif name == "file":
                        values[name] = value or ""
                    else:
                        values[name] = _field_value(field, value)
                many = {name: list(data.get(name) or []) for name in kind.many_to_many}
            except (ValueError, TypeError, AttributeError) as exc:
                raise RecordError(f"{kind.file}, line {number}: {exc}") from None
            instance = kind.model(**values)
            clean_text_fields(kind.model, instance)
            yield instance, many


def _store_file(folder, document):
    relative = PurePosixPath(document.file.name) if document.file else None
    if not relative:
        return
    if len(relative.parts) != 2 or relative.parts[0] != DOCUMENTS:
        raise RecordError(f"paper {document.pk} names a file outside {DOCUMENTS}/: {relative}")
    with open(folder / relative, "rb") as handle:
        document.file.save(relative.name, File(handle), save=False)


def import_record(folder, *, progress=None) -> dict:
    """Read an exported record into this (empty) database; returns the rows written per file."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    check_files(folder, manifest)
    for model in (Committee, Person, Meeting, AgendaItem):
        if model.objects.exists():
            raise RecordError(
                f"This database already holds {model._meta.verbose_name_plural}: "
                "import a record only into an empty database."
            )
    written, stored = {}, []
    try:
        with transaction.atomic():
            _write_all(folder, manifest, written, progress, stored)
    except IntegrityError as exc:
        _remove(stored)
        raise RecordError(f"The record does not hold together ({exc}); nothing was imported.") from None
    except BaseException:
        _remove(stored)
        raise
    return written


def _remove(stored):
    """The papers' files stored for an import that did not commit."""
    for storage, name in stored:
        storage.delete(name)


def _write_all(folder, manifest, written, progress, stored):
    for kind in KINDS:
        count = _write_kind(folder, kind, stored)
        written[kind.file] = count
        expected = manifest["files"][kind.file].get("rows")
        if expected != count:
            raise RecordError(f"{kind.file} holds {count} rows; the manifest says {expected}.")
        if progress:
            progress(kind.file, count)
    _reset_sequences()
    indexing.rebuild()
    bump_record_version()


def _write_kind(folder, kind, stored):
    """
    Write one file's rows in batches. A row may point at a later row of its
    kind: a committee's parent is checked when the transaction commits; the
    approval of a meeting's minutes, which the database checks against the
    approving meeting as it is written, is set once every meeting is in.
    """
    batch, links, approvals, count = [], [], [], 0
    for instance, many in _instances(folder, kind):
        if kind.model is Meeting and instance.minutes_approved_at_meeting_id is not None:
            approvals.append((instance.pk, instance.minutes_status, instance.minutes_approved_at_meeting_id))
            instance.minutes_status = Meeting.MinutesStatus.DRAFT
            instance.minutes_approved_at_meeting_id = None
        if kind.model is SupportingDocument and instance.file:
            _store_file(folder, instance)
            stored.append((instance.file.storage, instance.file.name))
        batch.append(instance)
        links.extend((instance.pk, name, ids) for name, ids in many.items())
        if len(batch) >= BATCH:
            _create(kind.model, batch)
            count, batch = count + len(batch), []
    _create(kind.model, batch)
    for pk, name, ids in links:
        getattr(kind.model.objects.get(pk=pk), name).set(ids)
    for pk, status, approved_at in approvals:
        Meeting.objects.filter(pk=pk).update(minutes_status=status, minutes_approved_at_meeting_id=approved_at)
    return count + len(batch)


def _create(model, batch):
    """Insert the rows as they were exported, keeping the times that saving would set to now."""
    stamped = [field.attname for field in model._meta.concrete_fields if getattr(field, "auto_now_add", False) or getattr(field, "auto_now", False)]
    kept = [[getattr(row, name) for name in stamped] for row in batch]
    model.objects.bulk_create(batch)
    if stamped and batch:
        for row, values in zip(batch, kept):
            for name, value in zip(stamped, values):
                setattr(row, name, value)
        model.objects.bulk_update(batch, stamped)


def _reset_sequences():
    """Ids were written as exported; new records must be numbered after them."""
    statements = connection.ops.sequence_reset_sql(no_style(), [kind.model for kind in KINDS])
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
