"""
State changes to meetings. Each function takes keyword-only arguments with
the acting user, runs in one transaction, checks the current state and
raises ValidationError with a message a clerk understands.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from . import fingerprints
from .models import Attendance, Meeting


class EditConflict(ValidationError):
    """
    Someone else saved the record after this form was opened. ``current`` is
    the record as they saved it (when the caller has it), so that the page can
    show their version beside the clerk's and take the clerk's next save as
    made in the knowledge of theirs.
    """

    def __init__(self, what="record", *, current=None):
        super().__init__(
            f"Someone else saved this {what} after you opened it. Your changes have not been "
            "saved: they are still in the form below, with what the other person saved beside "
            "them and the differences marked. Check them, then save again to keep your version.",
            code="conflict",
        )
        self.current = current


def record_change(instance, *, user, reason=None, update_fields=None):
    """Save with the acting user and a reason in the audit history."""
    instance._history_user = user
    if reason:
        instance._change_reason = reason
    instance.save(update_fields=update_fields)


def record_delete(instance, *, user, reason=None):
    instance._history_user = user
    if reason:
        instance._change_reason = reason
    instance.delete()


def lock_for_edit(model, *, pk, version, what):
    """
    Fetch a row for update and check it is the version the form was built
    from; raise EditConflict otherwise. Callers run inside a transaction.
    """
    current = model.objects.select_for_update().get(pk=pk)
    if version is not None and current.version != version:
        raise EditConflict(what, current=current)
    return current


def ensure_unchanged(*, fingerprint, current_rows, what):
    """
    Refuse a save of several rows when the rows differ from those the form
    was built from (see meetings.fingerprints). Callers hold the lock on the
    parent record, so nobody can change the rows between check and save.
    """
    if fingerprint is not None and fingerprints.of_rows(current_rows) != fingerprint:
        raise EditConflict(what, current=current_rows)


def ensure_not_locked(meeting):
    if meeting.is_locked:
        raise ValidationError(
            "These minutes were approved as a correct record and can no longer be changed. "
            "Record a correction instead.",
            code="locked",
        )


def _ensure_still_after_approved_minutes(meeting):
    """A meeting that approved earlier minutes must stay later than, and in the committee of, that meeting."""
    approved = Meeting.objects.filter(minutes_approved_at_meeting=meeting).order_by("-start").first()
    if approved is None:
        return
    if approved.committee_id != meeting.committee_id:
        raise ValidationError(
            "This meeting approved the minutes of another meeting of its committee, so it cannot move "
            "to a different committee."
        )
    if meeting.start <= approved.start:
        raise ValidationError(
            {
                "start": "This meeting approved the minutes of the meeting on "
                f"{timezone.localtime(approved.start):%-d %B %Y}, so it must stay after that date."
            }
        )


def _to_the_minute(moment):
    """The form gives times to the minute; a start saved with seconds has not moved."""
    return moment.replace(second=0, microsecond=0) if moment else moment


@transaction.atomic
def update_meeting(*, meeting, user, version, fields, reason=None):
    """Change a meeting's date, time or venue from the clerks' form; `reason` goes into its history."""
    current = lock_for_edit(Meeting, pk=meeting.pk, version=version, what="meeting")
    ensure_not_locked(current)
    start_before = current.start
    for name, value in fields.items():
        setattr(current, name, value)
    current.version += 1
    current.full_clean(exclude=["committee"] if "committee" not in fields else None)
    _ensure_still_after_approved_minutes(current)
    # Only a move of the start is held to the date of the published agenda:
    # a past meeting entered after the event (its agenda published late, after
    # it took place) must still have its venue or end time corrected.
    moved = _to_the_minute(current.start) != _to_the_minute(start_before)
    if moved and current.agenda_published_at and current.start <= current.agenda_published_at:
        raise ValidationError(
            {
                "start": "The agenda of this meeting was published on "
                f"{timezone.localtime(current.agenda_published_at):%-d %B %Y at %H:%M}; "
                "the meeting must start after that."
            }
        )
    record_change(current, user=user, reason=reason, update_fields=[*fields, "version"])
    return current


def _call_off(meeting, *, user, reason, status, allowed_from):
    """Cancel or postpone a meeting that has not happened, recording the public reason."""
    current = Meeting.objects.select_for_update().get(pk=meeting.pk)
    verb = Meeting.Status(status).label.lower()
    if current.status not in allowed_from:
        raise ValidationError(f"This meeting is {current.get_status_display().lower()} already.", code="state")
    if current.are_minutes_published:
        raise ValidationError(f"A meeting with published minutes took place and cannot be {verb}.")
    if not reason.strip():
        raise ValidationError({"reason": f"Say why the meeting is {verb}; the public will see it."})
    current.status = status
    current.status_reason = reason.strip()
    current.version += 1
    record_change(current, user=user, reason=f"Meeting {verb}",
                  update_fields=["status", "status_reason", "version"])
    return current


@transaction.atomic
def cancel_meeting(*, meeting, user, reason):
    return _call_off(meeting, user=user, reason=reason, status=Meeting.Status.CANCELLED,
                     allowed_from={Meeting.Status.SCHEDULED, Meeting.Status.POSTPONED})


@transaction.atomic
def postpone_meeting(*, meeting, user, reason):
    return _call_off(meeting, user=user, reason=reason, status=Meeting.Status.POSTPONED,
                     allowed_from={Meeting.Status.SCHEDULED})


@transaction.atomic
def reinstate_meeting(*, meeting, user, start=None, end=None):
    """Put a cancelled or postponed meeting back on the calendar, optionally on a new date."""
    current = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if current.status == Meeting.Status.SCHEDULED:
        raise ValidationError("This meeting is already scheduled.")
    current.status = Meeting.Status.SCHEDULED
    current.status_reason = ""
    fields = ["status", "status_reason", "version"]
    if start is not None:
        current.start, current.end = start, end
        fields += ["start", "end"]
    current.full_clean(exclude=["committee"])
    _ensure_still_after_approved_minutes(current)
    current.version += 1
    record_change(current, user=user, reason="Meeting reinstated", update_fields=fields)
    return current


def attendance_rows(meeting):
    """The attendance recorded for a meeting as (person id, status, substituted member id) rows."""
    return list(meeting.attendances.order_by("person_id").values_list("person_id", "status", "substitute_for_id"))


@transaction.atomic
def announce_meeting(*, meeting, user, version, now=None):
    """
    Make a draft meeting public: its committee, date, venue and status
    appear on the calendar, the committee's page and the feeds.
    """
    current = lock_for_edit(Meeting, pk=meeting.pk, version=version, what="meeting")
    if current.is_announced:
        raise ValidationError("This meeting is already announced.", code="state")
    current.announced_at = now or timezone.now()
    current.announced_by = user
    current.version += 1
    record_change(current, user=user, reason="Meeting announced",
                  update_fields=["announced_at", "announced_by", "version"])
    return current


def public_traces(meeting):
    """
    Why a meeting cannot be deleted: anything about it that the public may
    have seen, or that another record depends on. Empty for a draft entered
    by mistake.
    """
    traces = []
    if meeting.is_announced:
        traces.append("it has been announced")
    if meeting.is_agenda_published:
        traces.append("its agenda is published")
    if meeting.are_decisions_published or meeting.are_minutes_published:
        traces.append("its decisions or minutes are published")
    if Meeting.objects.filter(minutes_approved_at_meeting=meeting).exists():
        traces.append("it approved the minutes of another meeting")
    return traces


@transaction.atomic
def delete_draft_meeting(*, meeting, user, version):
    """
    Delete a meeting entered by mistake, with everything recorded under it
    (draft items, attendance), leaving the deletions in the audit history.
    Refused once anything about the meeting has been public.
    """
    current = lock_for_edit(Meeting, pk=meeting.pk, version=version, what="meeting")
    traces = public_traces(current)
    if traces:
        raise ValidationError(
            f"This meeting cannot be deleted because {' and '.join(traces)}. "
            "Cancel it instead, giving the reason.",
            code="public",
        )
    for attendance in current.attendances.all():
        record_delete(attendance, user=user, reason="Meeting deleted")
    for item in current.items.all():
        record_delete(item, user=user, reason="Meeting deleted")
    record_delete(current, user=user, reason="Meeting deleted: entered by mistake")


@transaction.atomic
def set_attendance(*, meeting, user, rows, fingerprint=None, reason=None):
    """
    Record attendance for a meeting in one go. `rows` are dicts with person,
    status and substitute_for; a row whose status is None removes the entry.
    `fingerprint` is that of the attendance the form was built from: the
    save is refused if someone has changed the attendance since. `reason`
    (why published attendance changes) goes into the history.
    """
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    ensure_not_locked(meeting)
    ensure_unchanged(fingerprint=fingerprint, current_rows=attendance_rows(meeting), what="attendance")
    existing = {a.person_id: a for a in meeting.attendances.all()}
    for row in rows:
        person, status = row["person"], row.get("status")
        current = existing.get(person.pk)
        if not status:
            if current:
                record_delete(current, user=user, reason=reason)
            continue
        attendance = current or Attendance(meeting=meeting, person=person)
        substitute_for = row.get("substitute_for") if status == Attendance.Status.SUBSTITUTE else None
        if current and current.status == status and current.substitute_for_id == getattr(
            substitute_for, "pk", None
        ):
            continue
        attendance.status = status
        attendance.substitute_for = substitute_for
        attendance.full_clean(exclude=["meeting", "person"], validate_unique=False)
        record_change(attendance, user=user, reason=reason)
