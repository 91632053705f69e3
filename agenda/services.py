"""
The clerks' workflows over agendas, minutes and decisions: each state change
that touches more than one row is one function here, taking keyword-only
arguments with the acting user, running in one transaction, checking the
current state and writing the audit history.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from meetings import submissions
from meetings.models import Meeting
from meetings.services import ensure_not_locked, lock_for_edit, record_change, record_delete
from meetings.working_days import clear_working_days, latest_publication_date
from scrutiny import richtext

from . import documents
from .labels import check_labels_unique
from .ordering import is_fixed_number, move_item, swap_items  # noqa: F401 - the agenda's order
from .removals import delete_document, remove_declaration  # noqa: F401 - records the public saw
# Declarations have their own module; their workflows are still called through this one.
from .declaration_services import add_declaration, declaration_rows  # noqa: F401
from .models import (
    AgendaItem,
    AgendaPublication,
    MinutesCorrection,
    Resolution,
    SupportingDocument,
)
from .numbering import assign_references, number_minutes
# Removing an item is a workflow of its own module, called from here too.
from .withdrawals import PART_OF_THE_RECORD, Removal, ensure_takes_minutes, remove_item  # noqa: F401

ITEM_FIELDS = [
    "number", "title", "description", "presenter", "minutes", "preamble",
    "reason_for_decision", "is_exempt", "exempt_paragraph",
]
RESOLUTION_FIELDS = ["label", "text", "kind", "outcome", "votes_for", "votes_against", "votes_abstained"]


# --- Publishing the agenda ---------------------------------------------------


@dataclass(frozen=True)
class AgendaNotice:
    """How much notice publishing now would give, against the statutory minimum."""

    clear_working_days: int
    required: int
    deadline: object  # the last date that gives the required notice

    @property
    def is_late(self):
        return self.clear_working_days < self.required


def agenda_notice(meeting, now=None):
    now = now or timezone.now()
    meeting_on = timezone.localtime(meeting.start).date()
    required = settings.AGENDA_NOTICE_CLEAR_WORKING_DAYS
    return AgendaNotice(
        clear_working_days=clear_working_days(
            timezone.localtime(now).date(), meeting_on, settings.BANK_HOLIDAYS
        ),
        required=required,
        deadline=latest_publication_date(meeting_on, required, settings.BANK_HOLIDAYS),
    )


@transaction.atomic
def publish_agenda(*, meeting, user, late_reason="", now=None):
    """
    Publish every draft item of the meeting: the agenda the first time,
    a supplementary agenda after that. A meeting already held can still have
    its agenda published, so that councils can enter past business; that is
    always late and needs a reason.

    The Local Government Act 1972, s.100B(3)-(4), requires five clear working
    days' notice; an item published later may be considered only as a late
    or urgent item, so the clerk must give the reason, which is recorded.
    """
    now = now or timezone.now()
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if meeting.status == Meeting.Status.CANCELLED:
        raise ValidationError("This meeting is cancelled: its agenda cannot be published.")
    ensure_not_locked(meeting)
    drafts = list(meeting.items.filter(published_at__isnull=True).order_by("order", "id"))
    if not drafts:
        if meeting.is_agenda_published:
            raise ValidationError("Every item on this agenda is already published.")
        raise ValidationError("Add at least one item before publishing the agenda.")
    notice = agenda_notice(meeting, now)
    late_reason = (late_reason or "").strip()
    if notice.is_late and not late_reason:
        raise ValidationError(
            {
                "late_reason": (
                    f"Publishing now gives {notice.clear_working_days} clear working "
                    f"day{'s' if notice.clear_working_days != 1 else ''} of notice; the law "
                    f"requires {notice.required}. Give the reason this is a late or urgent item."
                )
            },
            code="late",
        )

    is_supplementary = meeting.is_agenda_published
    publication = AgendaPublication.objects.create(
        meeting=meeting,
        published_at=now,
        published_by=user,
        is_supplementary=is_supplementary,
        clear_working_days=notice.clear_working_days,
        is_late=notice.is_late,
        late_reason=late_reason if notice.is_late else "",
    )
    reason = "Supplementary agenda published" if is_supplementary else "Agenda published"
    for item in drafts:
        item.published_at = now
        record_change(item, user=user, reason=reason, update_fields=["published_at"])
    publication.items.set(drafts)
    if not is_supplementary:
        meeting.agenda_published_at = now
        meeting.agenda_published_by = user
        fields = ["agenda_published_at", "agenda_published_by"]
        # A published agenda announces its meeting: a draft meeting becomes public with it.
        if not meeting.is_announced:
            meeting.announced_at, meeting.announced_by = now, user
            fields += ["announced_at", "announced_by"]
        record_change(meeting, user=user, reason=reason, update_fields=fields)
    return publication


# --- Decisions and minutes ---------------------------------------------------


def _ensure_meeting_took_place(meeting, now):
    if meeting.status != Meeting.Status.SCHEDULED:
        raise ValidationError(
            f"This meeting was {meeting.get_status_display().lower()}: it has no decisions or minutes."
        )
    if not meeting.has_happened(now):
        raise ValidationError("This meeting has not taken place yet.")
    if not meeting.is_agenda_published:
        raise ValidationError("Publish the agenda first: decisions and minutes follow the agenda.")


@transaction.atomic
def publish_decisions(*, meeting, user, now=None):
    """Publish the resolutions ahead of the full minutes, as a decision notice."""
    now = now or timezone.now()
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    _ensure_meeting_took_place(meeting, now)
    if meeting.are_decisions_published:
        raise ValidationError("The decisions of this meeting are already published.")
    if meeting.items.filter(published_at__isnull=True).exists():
        raise ValidationError("Some items are still drafts: publish them or remove them first.")
    if not Resolution.objects.filter(item__meeting=meeting).exists():
        raise ValidationError("This meeting has no resolutions to publish yet.")
    number_minutes(meeting, user)
    meeting.decisions_published_at = now
    meeting.decisions_published_by = user
    record_change(meeting, user=user, reason="Decisions published",
                  update_fields=["decisions_published_at", "decisions_published_by"])
    return meeting


@transaction.atomic
def publish_draft_minutes(*, meeting, user, now=None):
    """Publish the minutes as a draft, subject to approval at a later meeting."""
    now = now or timezone.now()
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    _ensure_meeting_took_place(meeting, now)
    if meeting.are_minutes_published:
        raise ValidationError("The minutes of this meeting are already published.")
    if meeting.items.filter(published_at__isnull=True).exists():
        raise ValidationError("Some items are still drafts: publish them or remove them first.")
    if not meeting.items.taking_minutes().exclude(minutes="").exists():
        raise ValidationError("No item has any minutes yet: write the minutes first.")
    number_minutes(meeting, user)
    meeting.minutes_status = Meeting.MinutesStatus.DRAFT
    meeting.minutes_published_at = now
    meeting.minutes_published_by = user
    record_change(meeting, user=user, reason="Draft minutes published",
                  update_fields=["minutes_status", "minutes_published_at", "minutes_published_by"])
    return meeting


def approving_meetings(meeting, now=None):
    """
    Meetings that can approve these minutes: later, announced ones of the
    same committee that took place. A draft meeting cannot: the approval
    names it on the public minutes.
    """
    now = now or timezone.now()
    return (
        Meeting.objects.public().filter(
            committee_id=meeting.committee_id,
            start__gt=meeting.start,
            start__lte=now,
            status=Meeting.Status.SCHEDULED,
        )
        .select_related("committee")
        .order_by("start")
    )


@transaction.atomic
def approve_minutes(*, meeting, approving_meeting, user, now=None):
    """Record that a later meeting approved these minutes as a correct record; lock them."""
    now = now or timezone.now()
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if meeting.minutes_status == Meeting.MinutesStatus.APPROVED:
        raise ValidationError("These minutes are already approved.")
    if meeting.minutes_status != Meeting.MinutesStatus.DRAFT:
        raise ValidationError("Publish the draft minutes before recording their approval.")
    if approving_meeting.committee_id != meeting.committee_id:
        raise ValidationError(
            {"approving_meeting": "Minutes are approved by a meeting of the same committee."}
        )
    if approving_meeting.start <= meeting.start:
        raise ValidationError({"approving_meeting": "Minutes are approved at a later meeting."})
    if approving_meeting.start > now or approving_meeting.status != Meeting.Status.SCHEDULED:
        raise ValidationError(
            {"approving_meeting": "The approving meeting must have taken place."}
        )
    if not approving_meeting.is_announced:
        raise ValidationError(
            {"approving_meeting": "Announce the approving meeting first: the minutes will name it."}
        )
    meeting.minutes_status = Meeting.MinutesStatus.APPROVED
    meeting.minutes_approved_at_meeting = approving_meeting
    meeting.minutes_approved_by = user
    record_change(meeting, user=user, reason=f"Minutes approved at {approving_meeting}",
                  update_fields=["minutes_status", "minutes_approved_at_meeting", "minutes_approved_by"])
    return meeting


@transaction.atomic
def record_correction(*, meeting, user, text, reason, item=None, resolution=None):
    """
    Add a correction beside approved minutes, which themselves never change.
    A correction to a decision names its resolution, and so its item, so
    that it is shown wherever the decision is.
    """
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if not meeting.are_minutes_approved:
        raise ValidationError(
            "These minutes are not approved yet: edit them directly instead of recording a correction."
        )
    if item is not None and item.meeting_id != meeting.pk:
        raise ValidationError({"item": "Choose an item of this meeting."})
    if resolution is not None:
        if resolution.item.meeting_id != meeting.pk:
            raise ValidationError({"resolution": "Choose a resolution of this meeting."})
        if item is not None and resolution.item_id != item.pk:
            raise ValidationError(
                {"resolution": "This resolution is on another item: choose the item it belongs to, "
                               "or \u201cThe minutes as a whole\u201d."}
            )
        item = resolution.item
    correction = MinutesCorrection(meeting=meeting, item=item, resolution=resolution, text=text.strip(),
                                   reason=reason.strip(), recorded_by=user)
    correction.full_clean()
    record_change(correction, user=user, reason="Correction recorded")
    return correction


# --- Building the agenda -------------------------------------------------------


def next_item_number(meeting):
    """The next whole number after the highest numeric item number."""
    numbers = [int(n) for n in meeting.items.values_list("number", flat=True) if n.isdigit()]
    return str(max(numbers, default=0) + 1)


def _next_order(queryset):
    return (queryset.aggregate(m=Max("order"))["m"] or 0) + 1


@transaction.atomic
def create_item(*, meeting, user, fields, resolutions=(), reason="Item added"):
    """Add a draft item at the end of the agenda, with any resolutions."""
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    ensure_not_locked(meeting)
    if meeting.status == Meeting.Status.CANCELLED:
        raise ValidationError("This meeting is cancelled: items cannot be added to it.")
    item = AgendaItem(meeting=meeting, order=_next_order(meeting.items.all()), **fields)
    suggested = next_item_number(meeting)
    if not item.number:
        item.number = suggested
    item.number_fixed = item.number != suggested or is_fixed_number(item.number)
    item.full_clean()
    record_change(item, user=user, reason=reason)
    _replace_resolutions(item, resolutions, user)
    return item


@transaction.atomic
def update_item(*, item, user, version, fields, resolutions=None, reason=None):
    """
    Save the clerk's edit of an item and, when given, its whole list of
    resolutions in order. Refused when someone else saved the item since the
    form was opened, or when its minutes are approved. `reason` (why a public
    record changed) goes into the audit history of every row changed.
    """
    # Lock the meeting first, as approve_minutes does, so an edit cannot
    # slip in while the minutes are being approved.
    ensure_not_locked(Meeting.objects.select_for_update().get(pk=item.meeting_id))
    current = lock_for_edit(AgendaItem, pk=item.pk, version=version, what="item")
    number_before = current.number
    ensure_takes_minutes(current, minutes=fields.get("minutes", ""), resolutions=resolutions or ())
    for name, value in fields.items():
        setattr(current, name, value)
    # A number the clerk changes by hand is theirs: moves leave it alone.
    if current.number != number_before or is_fixed_number(current.number):
        current.number_fixed = True
    if not current.is_exempt:
        current.exempt_paragraph = None
    current.full_clean()
    current.version += 1
    record_change(current, user=user, reason=reason,
                  update_fields=[*fields, "exempt_paragraph", "number_fixed", "version"])
    if resolutions is not None:
        _replace_resolutions(current, resolutions, user, reason=reason)
        assign_references(current, user)
    return current


def _replace_resolutions(item, rows, user, reason=None):
    """
    Make the item's resolutions match `rows` (dicts in the order wanted; a
    row with an "id" updates that resolution), deleting the ones left out.
    Rows are saved one by one so each change reaches the audit history.
    """
    existing = {r.pk: r for r in item.resolutions.all()}
    check_labels_unique(rows)
    # Deleted rows go first, and the labels about to change are cleared in
    # the table, so that labels can be swapped or reused: the uniqueness of
    # labels is checked row by row as each is saved.
    kept_ids = {row.get("id") for row in rows if row.get("id")}
    for pk, resolution in existing.items():
        if pk not in kept_ids:
            removed = f"Resolution removed: {reason}" if reason else "Resolution removed"
            record_delete(resolution, user=user, reason=removed)
    relabelled = [
        row["id"] for row in rows
        if row.get("id") in existing and "label" in row and existing[row["id"]].label != row["label"]
    ]
    if relabelled:
        Resolution.objects.filter(pk__in=relabelled).update(label="")
    kept = set()
    for position, row in enumerate(rows, start=1):
        row = dict(row)
        pk = row.pop("id", None)
        resolution = existing.get(pk) if pk else None
        if resolution is None:
            resolution = Resolution(item=item)
        changed = resolution.pk is None or resolution.order != position
        for name in RESOLUTION_FIELDS:
            if name in row and getattr(resolution, name) != row[name]:
                setattr(resolution, name, row[name])
                changed = True
        resolution.order = position
        resolution.full_clean()
        if changed:
            record_change(resolution, user=user, reason=reason)
        kept.add(resolution.pk)


# --- Documents -----------------------------------------------------------------


@transaction.atomic
def add_document(*, item, user, uploaded_file, title="", is_exempt=False, submission=None):
    """
    Check the upload's real type and size, store it under a new name and
    extract its text. The same form sent twice (`submission`) raises
    AlreadySubmitted with the paper the first one stored.
    """
    item = AgendaItem.objects.select_for_update().select_related("meeting").get(pk=item.pk)
    ensure_not_locked(item.meeting)
    submissions.ensure_first(submission, SupportingDocument)
    checked = documents.check_upload(uploaded_file)
    document = SupportingDocument(
        item=item,
        order=_next_order(item.documents.all()),
        title=(title or "").strip() or documents.title_from_filename(uploaded_file.name),
        original_filename=uploaded_file.name[:255],
        content_type=checked.content_type,
        size=uploaded_file.size,
        is_exempt=is_exempt,
        extracted_text=documents.extract_text(uploaded_file, checked.content_type),
        uploaded_by=user,
    )
    document.file.save(checked.suggested_name, uploaded_file, save=False)
    record_change(document, user=user, reason="Document uploaded")
    submissions.remember(submission, document)
    return document


# --- Import ----------------------------------------------------------------------


@transaction.atomic
def import_records(*, meeting, user, records, submission=None):
    """
    Save parsed ModernGov records (agenda.importers.moderngov.ParsedRecord)
    into a meeting as draft items, in order. All or nothing. The same review
    form sent twice (`submission`) raises AlreadySubmitted with its first item.
    """
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    submissions.ensure_first(submission, AgendaItem)
    items = []
    for record in records:
        # The parser gives plain text: its blank lines and "- " lines become
        # paragraphs and lists, and anything looking like a tag stays text.
        fields = {
            "number": getattr(record, "number", None) or "",
            "title": record.title[:300],
            "description": richtext.from_text(record.description),
            "presenter": (record.presenter or "")[:300],
            "minutes": richtext.from_text(minutes_with_details(record.minutes, getattr(record, "details", []))),
            "preamble": (record.preamble or "")[:300],
            "reason_for_decision": richtext.from_text(record.reason_for_decision or ""),
        }
        if fields["number"] and meeting.items.filter(number=fields["number"]).exists():
            fields["number"] = ""
        resolutions = [
            {"label": r.label[:10], "text": r.text,
             "kind": getattr(r, "kind", "") or guess_resolution_kind(r.text)}
            for r in record.resolutions
        ]
        item = create_item(meeting=meeting, user=user, fields=fields, resolutions=resolutions,
                           reason="Imported from ModernGov text")
        for position, name in enumerate(record.documents, start=1):
            document = SupportingDocument(item=item, order=position, title=name[:300], uploaded_by=user)
            record_change(document, user=user, reason="Listed in imported record")
        items.append(item)
    if items:
        submissions.remember(submission, items[0])
    return items


def minutes_with_details(minutes, details):
    """
    The minutes with a decision page's other fields ("Publication date",
    "Decision Maker"...) added as a last section, one "Label: value"
    paragraph each, so nothing the page said is lost.
    """
    fields = [f"{label}: {value}".strip() for label, value in details]
    return "\n\n".join(part for part in [minutes, *fields] if part)


def guess_resolution_kind(text):
    """A first guess at the kind of decision from its wording; clerks can change it."""
    lowered = text.lower()
    if "recommend" in lowered:
        return Resolution.Kind.RECOMMENDATION
    if "be noted" in lowered or lowered.startswith("noted") or "to note" in lowered:
        return Resolution.Kind.NOTED
    if "request" in lowered or "briefing" in lowered or "report back" in lowered:
        return Resolution.Kind.REQUEST
    if "agree" in lowered or "approve" in lowered or "endorse" in lowered:
        return Resolution.Kind.AGREED
    return Resolution.Kind.OTHER
