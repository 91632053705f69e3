"""
Saving ModernGov's records here, safely and repeatably.

Each record is found again by its source and ModernGov id. A record whose
imported values are as last imported is left alone ("unchanged"); one
changed in ModernGov is updated, unless it was edited here since the last
import (its values no longer match the fingerprint kept at import), in which
case it is reported and kept, or replaced with ``overwrite``. Everything for
one meeting is saved in one transaction: a meeting that fails is reported,
saves nothing, and the others go on.
"""

from __future__ import annotations

import copy
import functools
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from agenda import documents as papers
from agenda.models import AgendaItem, Resolution, SupportingDocument
from agenda.signals import resolutions_created_in_bulk
from meetings.models import Attendance, Committee, Meeting, Membership, Person
from meetings.page_cache import bump_record_version
from meetings.services import record_change, record_delete
from meetings.text import clean_text_fields
from search import indexing

from . import mapping, xml
from .report import Report
from .source import SourceError

EDITED_HERE = "edited here since the last import; kept (use --overwrite to replace it)"


class ImportAborted(Exception):
    """The import cannot start (its committees could not be read)."""


class NewRecords:
    """
    A meeting's new items, resolutions, papers and attendance, inserted together with
    their history at the end of the meeting: a first import creates
    thousands, and one insert each (with its history row and signals) is
    most of its time. What the skipped signals do is done here: text is
    cleaned as on every save, the public record's version moves on once, and
    the items go to the search index.
    """

    MODELS = (AgendaItem, Resolution, SupportingDocument, Attendance)

    def __init__(self):
        self.records = {model: [] for model in self.MODELS}

    def add(self, instance):
        clean_text_fields(type(instance), instance)
        self.records[type(instance)].append(instance)

    def save(self):
        if not any(self.records.values()):
            return
        moment = timezone.now()
        for model in self.MODELS:
            if self.records[model]:
                model.objects.bulk_create(self.records[model])
                insert_history(model, self.records[model], reason=mapping.CHANGE_REASON, moment=moment)
        if self.records[Resolution]:
            # Saved without post_save: tell the apps that follow resolutions (the tracker).
            resolutions_created_in_bulk.send(sender=Resolution, resolutions=self.records[Resolution])
        bump_record_version()
        # A new item's resolutions and papers are all new too, and all here:
        # its index entries are made from these records, not read back.
        new_items = {item.pk: (item, [], []) for item in self.records[AgendaItem]}
        changed = set()
        for position, model in ((1, Resolution), (2, SupportingDocument)):
            for record in self.records[model]:
                if record.item_id in new_items:
                    new_items[record.item_id][position].append(record)
                else:
                    changed.add(record.item_id)
        indexing.index_items(changed, in_hand=new_items.values())


@functools.cache
def _history_model(model):
    # Reading ``model.history`` builds a new manager class each time.
    return model.history.model


def insert_history(model, records, *, reason, moment):
    """
    The "created" history rows of records just inserted, copied from their
    rows by one INSERT ... SELECT: the rows bulk_create_with_history would
    write (for the user it would name, all dated ``moment``), without
    building a historical instance of each and inserting it field by field,
    which was a third of a first import's time.
    """
    history = _history_model(model)
    quote = connection.ops.quote_name
    columns = [(history._meta.get_field(field.name).column, field.column) for field in history.tracked_fields]
    fixed = {
        "history_date": moment,
        "history_change_reason": reason,
        "history_type": "+",
        "history_user": getattr(history.get_default_history_user(records[0]), "pk", None),
    }
    for name, value in fixed.items():
        field = history._meta.get_field(name)
        columns.append((field.column, "%s"))
        fixed[name] = field.get_db_prep_save(value, connection)
    pk = quote(model._meta.pk.column)
    copy_rows = (
        f"INSERT INTO {quote(history._meta.db_table)} ({', '.join(quote(target) for target, _ in columns)}) "
        f"SELECT {', '.join(source if source == '%s' else quote(source) for _, source in columns)} "
        f"FROM {quote(model._meta.db_table)} WHERE {pk} IN "
    )
    ids = [record.pk for record in records]
    with connection.cursor() as cursor:
        for start in range(0, len(ids), 500):
            batch = ids[start:start + 500]
            cursor.execute(f"{copy_rows}({', '.join(['%s'] * len(batch))}) ORDER BY {pk}", [*fixed.values(), *batch])


class Importer:
    def __init__(self, source, *, committee_ids=None, date_from=None, date_to=None,
                 overwrite=False, fetch_documents=False, progress=None):
        self.source = source
        self.key = mapping.source_key(source.site)
        self.committee_ids = {str(c) for c in committee_ids or ()}
        self.date_from, self.date_to = date_from, date_to
        self.overwrite = overwrite
        self.fetch_documents = fetch_documents
        self.progress = progress or (lambda iterable, total: iterable)
        self.report = Report()
        self.councillors: dict[str, xml.Councillor] = {}
        self._people: dict[str, Person] = {}
        self.new_records = None
        self._parts = {}

    # --- the run ---------------------------------------------------------

    def run(self) -> Report:
        try:
            name, data = self.source.committees()
            committees = xml.parse_committees(data, name)
        except (SourceError, xml.ResponseError) as exc:
            raise ImportAborted(str(exc)) from None
        self._import_councillors()
        wanted = self._import_committees(committees)
        plans = []
        for committee, record in wanted:
            try:
                name, data = self.source.meetings(record.id, self.date_from, self.date_to)
                summaries = xml.parse_meetings(data, name)
            except (SourceError, xml.ResponseError) as exc:
                self.report.failures.append(str(exc))
                continue
            for summary in summaries:
                if self._summary_in_range(summary):
                    plans.append((committee, summary.id))
        for committee, meeting_id in self.progress(plans, len(plans)):
            self._import_meeting_safely(committee, meeting_id)
        return self.report

    def _summary_in_range(self, summary):
        try:
            return mapping.in_range(mapping.meeting_date(summary.date), self.date_from, self.date_to)
        except ValueError:
            return True  # GetMeeting says again, and its failure is reported there

    def _import_councillors(self):
        try:
            name, data = self.source.councillors()
            if data is None:
                return
            councillors = xml.parse_councillors(data, name)
        except (SourceError, xml.ResponseError) as exc:
            self.report.warnings.append(f"{exc}; people are taken from the meetings' attendees only")
            return
        for councillor in councillors:
            self.councillors[councillor.id] = councillor
            values = mapping.person_values(councillor.name, councillor.party, councillor.ward)
            existing = self._find_person(councillor.id, values["name"])
            with transaction.atomic():
                person, _ = self.upsert("people", Person, councillor.id, values, instance=existing,
                                        create={"slug": mapping.unique_slug(Person, values["name"], 120)},
                                        label=f"person {councillor.name}")
            self._people[councillor.id] = person

    def _import_committees(self, committees):
        wanted = []
        seen = set()
        for record in committees:
            seen.add(record.id)
            if self.committee_ids and record.id not in self.committee_ids:
                continue
            label = f"committee {record.id} ({record.title})"
            if record.is_deleted:
                self.report.count("committees", "skipped", f"{label}: deleted in ModernGov")
                continue
            values = mapping.committee_values(record)
            with transaction.atomic():
                committee, _ = self.upsert(
                    "committees", Committee, record.id, values,
                    create={"slug": mapping.unique_slug(Committee, record.title, 100)}, label=label)
            wanted.append((committee, record))
        for missing in sorted(self.committee_ids - seen):
            self.report.count("committees", "skipped", f"committee {missing}: not in GetCommittees")
        return wanted

    def run_meeting(self, meeting_id) -> Report:
        """One meeting, as the clerk's import page asks: its committee, the council's people, the meeting."""
        try:
            name, data = self.source.meeting(meeting_id)
            record = xml.parse_meeting(data, name)
        except (SourceError, xml.ResponseError) as exc:
            raise ImportAborted(str(exc)) from None
        committee = None
        try:
            name, data = self.source.committees()
            listed = [c for c in xml.parse_committees(data, name) if c.id == record.committee_id]
        except (SourceError, xml.ResponseError) as exc:
            self.report.warnings.append(f"{exc}; the committee is named from the meeting")
            listed = []
        if not listed:
            listed = [xml.Committee(id=record.committee_id, title=record.committee_title or "Committee")]
        if record.committee_id:
            self.committee_ids = {record.committee_id}
            wanted = self._import_committees(listed)
            committee = wanted[0][0] if wanted else None
        if committee is None:
            raise ImportAborted(
                f"{name}: the meeting's committee ({record.committee_title or record.committee_id or 'unnamed'}) "
                "is deleted in ModernGov or not named, so the meeting cannot be imported"
            )
        self._import_councillors()
        self._import_meeting_safely(committee, meeting_id, fetched=(name, record))
        return self.report

    def _import_meeting_safely(self, committee, meeting_id, fetched=None):
        # What to go back to if the meeting fails: its transaction is rolled
        # back, so neither its counts nor the people it created stand.
        counts = copy.deepcopy(self.report.counts)
        notes = len(self.report.skips), len(self.report.warnings)
        people = dict(self._people)
        try:
            if fetched is None:
                name, data = self.source.meeting(meeting_id)
                record = xml.parse_meeting(data, name)
            else:
                name, record = fetched
            with transaction.atomic(), indexing.deferred():
                self.new_records = NewRecords()
                self._import_meeting(committee, record, name)
                self.new_records.save()
            return
        except (SourceError, xml.ResponseError) as exc:
            self.report.failures.append(str(exc))
        except (ValueError, ValidationError, DatabaseError) as exc:
            message = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
            self.report.failures.append(f"GetMeeting-{meeting_id}.xml: {message}")
        self.report.counts = counts
        del self.report.skips[notes[0]:], self.report.warnings[notes[1]:]
        self._people = people

    # --- one record ------------------------------------------------------

    def upsert(self, kind, model, external_id, values, *, instance=None, create=None, label="", looked_up=False):
        """
        Create, update or keep one record; returns it and the outcome.
        ``looked_up``: the caller has already looked for the record (``instance``).
        """
        if instance is None and external_id and not looked_up:
            instance = model.objects.filter(source=self.key, external_id=external_id).first()
        wanted = mapping.fingerprint(values)
        if instance is None:
            instance = model(source=self.key, external_id=external_id, **(create or {}))
            outcome = "created"
        elif instance.import_fingerprint == wanted and instance.source == self.key:
            self.report.count(kind, "unchanged")
            return instance, "unchanged"
        elif (
            instance.import_fingerprint
            and mapping.fingerprint(mapping.comparable(instance, values)) != instance.import_fingerprint
            and not self.overwrite
        ):
            self.report.count(kind, "skipped", f"{label}: {EDITED_HERE}")
            return instance, "skipped"
        else:
            outcome = "updated"
            instance.source, instance.external_id = self.key, external_id
        for name, value in values.items():
            if name in mapping.MOMENT_FIELDS or name == "published_at":
                value = mapping.fresh_moment(getattr(instance, name), value)
            setattr(instance, name, value)
        if model is Meeting:
            instance.minutes_published_at = mapping.fresh_moment(
                instance.minutes_published_at, instance.minutes_status != Meeting.MinutesStatus.NONE)
        instance.import_fingerprint = wanted
        if outcome == "created" and self.new_records is not None and model in NewRecords.MODELS:
            self.new_records.add(instance)
        else:
            record_change(instance, user=None, reason=mapping.CHANGE_REASON)
        self.report.count(kind, outcome)
        return instance, outcome

    # --- a meeting -------------------------------------------------------

    def _import_meeting(self, committee, record, name):
        label = f"{name} ({record.date})"
        values = mapping.meeting_values(record)
        existing = Meeting.objects.filter(source=self.key, external_id=record.id).first()
        if existing is not None and existing.is_locked:
            self.report.count("meetings", "skipped", f"{label}: minutes approved here, so the record is locked")
            return
        meeting, outcome = self.upsert("meetings", Meeting, record.id, values, instance=existing, looked_up=True,
                                       create={"committee": committee}, label=label)
        self._import_items(meeting, record, label, is_new=outcome == "created")
        self._import_attendees(meeting, committee, record, is_new=outcome == "created")

    def _import_items(self, meeting, record, label, is_new):
        existing, taken = {}, set()
        self._parts = {Resolution: {}, SupportingDocument: {}}
        if not is_new:
            # What this meeting holds already, in a query for each kind of record.
            existing = {item.external_id: item for item in AgendaItem.objects.filter(meeting=meeting, source=self.key)}
            taken = set(meeting.items.exclude(pk__in=[i.pk for i in existing.values()])
                        .values_list("number", flat=True))
            for model in self._parts:
                for part in model.objects.filter(item__meeting=meeting, source=self.key):
                    self._parts[model].setdefault(part.item_id, {})[part.external_id] = part
        for position, record_item in enumerate(record.items, start=1):
            number = mapping.item_number(record_item, position, taken)
            plan = mapping.item_values(record_item, number=number, order=position,
                                       agenda_published=record.is_agenda_published)
            self.report.warnings += [f"{label}: {warning}" for warning in plan.warnings]
            external_id = record_item.id or f"{record.id}.{position}"
            item, _ = self.upsert("items", AgendaItem, external_id, plan.values,
                                  instance=existing.get(external_id), looked_up=True, create={"meeting": meeting},
                                  label=f"{label} item {number}")
            self._import_resolutions(item, plan.resolutions, f"{label} item {number}")
            self._import_documents(item, record_item.documents, f"{label} item {number}")

    def _import_resolutions(self, item, resolutions, label):
        existing = self._parts[Resolution].get(item.pk, {}) if item.pk else {}
        kept = set()
        for position, values in enumerate(resolutions, start=1):
            external_id = f"{item.external_id}.r{position}"
            kept.add(external_id)
            self.upsert("resolutions", Resolution, external_id, {**values, "order": position},
                        instance=existing.get(external_id), looked_up=True, create={"item": item},
                        label=f"{label} resolution {values['label'] or position}")
        for external_id, resolution in existing.items():
            # A decision shortened in ModernGov: its imported parts beyond the
            # new end go, unless they were edited here.
            if external_id in kept:
                continue
            if mapping.fingerprint(mapping.comparable(
                    resolution, ["label", "text", "kind", "order"])) == resolution.import_fingerprint \
                    or self.overwrite:
                record_delete(resolution, user=None, reason=mapping.CHANGE_REASON)
                self.report.count("resolutions", "updated")

    def _import_documents(self, item, documents, label):
        existing = self._parts[SupportingDocument].get(item.pk, {}) if item.pk else {}
        for position, document in enumerate(documents, start=1):
            external_id = f"{item.external_id}.{document.id or f'd{position}'}"
            values = {**mapping.document_values(document, site=self.source.site), "order": position}
            paper, outcome = self.upsert("documents", SupportingDocument, external_id, values,
                                         instance=existing.get(external_id), looked_up=True, create={"item": item},
                                         label=f"{label} document {document.title!r}")
            wanted = self.fetch_documents and outcome != "skipped" and document.id and document.url
            if wanted and not paper.file and not values["is_exempt"]:
                self._fetch_document(paper, document, label)

    def _fetch_document(self, paper, document, label):
        try:
            name, data = self.source.document(document.id, document.url)
        except SourceError as exc:
            self.report.warnings.append(f"{label}: {exc}; listed with its link only")
            return
        filename = PurePosixPath(urlsplit(document.url).path).name
        if PurePosixPath(filename).suffix.lower().lstrip(".") not in papers.EXTENSIONS:
            filename = ""  # a script's name (mgConvert2PDF.aspx): the type is read from the bytes
        upload = SimpleUploadedFile(filename[:200] or slugify(document.title)[:100] or "paper", data)
        try:
            checked = papers.check_upload(upload)
        except ValidationError as exc:
            self.report.warnings.append(f"{label}: {name}: {' '.join(exc.messages)}; listed with its link only")
            return
        paper.original_filename = (filename or f"{upload.name}.{checked.extension}")[:255]
        paper.content_type = checked.content_type
        paper.size = upload.size
        paper.extracted_text = papers.extract_text(upload, checked.content_type)
        paper.file.save(checked.suggested_name, upload, save=False)
        if paper.pk:  # a new paper is inserted with the meeting's other new records
            record_change(paper, user=None, reason=mapping.CHANGE_REASON)

    # --- people at a meeting ------------------------------------------------

    def _find_person(self, external_id, name):
        person = None
        if external_id:
            person = Person.objects.filter(source=self.key, external_id=external_id).first()
        if person is None and name:
            person = Person.objects.filter(name__iexact=name).order_by("pk").first()
            if person is not None and person.external_id and external_id:
                person = None  # someone else of the same name, known by another id
        return person

    def _person_for(self, attendee, is_officer):
        key = attendee.id or f"name:{attendee.name.lower()}"
        if key in self._people:
            return self._people[key]
        councillor = self.councillors.get(attendee.id)
        values = mapping.person_values(
            attendee.name, councillor.party if councillor else attendee.party,
            councillor.ward if councillor else attendee.ward)
        person = self._find_person(attendee.id, values["name"])
        if person is None:
            kind = Person.Kind.OFFICER if is_officer else Person.Kind.COUNCILLOR
            person, _ = self.upsert("people", Person, attendee.id, values,
                                    create={"slug": mapping.unique_slug(Person, values["name"], 120),
                                            "kind": kind})
        self._people[key] = person
        return person

    def _import_attendees(self, meeting, committee, record, is_new):
        day = meeting.start.date()
        # The latest membership of each person, and who is recorded at the meeting already.
        memberships = {m.person_id: m for m in Membership.objects.filter(committee=committee).order_by("start_date")}
        attendances = {} if is_new else {a.person_id: a for a in Attendance.objects.filter(meeting=meeting)}
        for attendee in record.attendees:
            if not attendee.name:
                continue
            role = mapping.membership_role(attendee.role)
            person = self._person_for(attendee, is_officer=role is None)
            status = mapping.attendance_status(attendee.attendance)
            if role is not None:
                memberships[person.pk] = self._membership(memberships.get(person.pk), person, committee, role, day)
            if status is not None and person.pk not in attendances:
                attendances[person.pk] = self._attendance(None, meeting, person, status)
            elif status is not None:
                self._attendance(attendances[person.pk], meeting, person, status)

    def _membership(self, membership, person, committee, role, day):
        if membership is None:
            membership = Membership(person=person, committee=committee, role=role, start_date=day)
            record_change(membership, user=None, reason=mapping.CHANGE_REASON)
            self.report.count("memberships", "created")
        elif membership.start_date > day and (membership.end_date is None or membership.end_date >= day):
            # Seen at an earlier meeting: the membership began by then.
            membership.start_date = day
            record_change(membership, user=None, reason=mapping.CHANGE_REASON)
            self.report.count("memberships", "updated")
        else:
            self.report.count("memberships", "unchanged")
        return membership

    def _attendance(self, attendance, meeting, person, status):
        if attendance is None:
            attendance = Attendance(meeting=meeting, person=person, status=status)
            self.new_records.add(attendance)
            self.report.count("attendance", "created")
        elif attendance.status == status:
            self.report.count("attendance", "unchanged")
        elif self.overwrite and status != Attendance.Status.SUBSTITUTE:
            attendance.status, attendance.substitute_for = status, None
            record_change(attendance, user=None, reason=mapping.CHANGE_REASON)
            self.report.count("attendance", "updated")
        else:
            self.report.count("attendance", "skipped",
                              f"{meeting}: {person}'s attendance is recorded differently here; kept")
        return attendance
