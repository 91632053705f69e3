"""
Changes to a committee's work programme: adding and editing a topic, and
putting a topic on the agenda of one of the committee's meetings.

Like ``services``, each function takes keyword-only arguments with the
acting user, runs in one transaction holding the topic's row lock, refuses
a save made from a page opened before someone else's (``fingerprint``), and
raises ``ValidationError`` with a message a clerk understands.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format

from agenda import services as agenda_services

from . import services
from .models import WorkProgrammeEntry

FIELDS = ("title", "purpose", "planned_meeting", "kind", "lead_officer", "status", "status_reason")


def _save(entry, user, reason):
    entry.full_clean()
    entry._history_user = user
    entry._change_reason = reason
    entry.save()
    return entry


@transaction.atomic
def add_topic(*, committee, municipal_year, user, fields):
    """Add a topic to ``committee``'s work programme for ``municipal_year``."""
    entry = WorkProgrammeEntry(committee=committee, municipal_year=municipal_year)
    for name in FIELDS:
        if name in fields:
            setattr(entry, name, fields[name])
    return _save(entry, user, "Topic added")


@transaction.atomic
def edit_topic(*, entry, user, fields, fingerprint=None):
    """Save the clerk's edit of a topic; a reason is needed once it is deferred or dropped."""
    record = services._locked(WorkProgrammeEntry, entry.pk, fingerprint)
    for name in FIELDS:
        if name in fields:
            setattr(record, name, fields[name])
    if record.status not in {WorkProgrammeEntry.Status.DEFERRED, WorkProgrammeEntry.Status.DROPPED}:
        record.status_reason = record.status_reason.strip()
    return _save(record, user, "Topic changed")


@transaction.atomic
def put_topic_on_agenda(*, entry, meeting, user, fingerprint=None):
    """
    Add an item for the topic to the end of ``meeting``'s agenda, through the
    agenda's own rules (no item on approved minutes or a cancelled meeting),
    with the topic's title, purpose and lead officer, and link the two.
    Returns the new item.
    """
    record = services._locked(WorkProgrammeEntry, entry.pk, fingerprint)
    if record.agenda_item_id is not None:
        raise ValidationError("This topic is already on an agenda.")
    if meeting.committee_id != record.committee_id:
        raise ValidationError({"meeting": "Choose a meeting of the committee whose work programme this is."})
    item = agenda_services.create_item(
        meeting=meeting,
        user=user,
        fields={"title": record.title, "description": record.purpose, "presenter": record.lead_officer},
        reason=f"Item added from the work programme ({date_format(timezone.localdate(meeting.start), 'j F Y')})",
    )
    services.take_up_topic(entry=record, item=item, user=user)
    return item
