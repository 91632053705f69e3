"""
Taking an item off the agenda. A draft is deleted; a published item of a
meeting not yet held is withdrawn instead, because the public has seen it:
it keeps its number and stays on the public agenda marked "Withdrawn on
<date>: <reason>", and takes no minutes or resolutions. The workflows are
re-exported by ``agenda.services``, where the views call them.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import Truncator

from meetings.models import Meeting
from meetings.services import ensure_not_locked, lock_for_edit, record_change, record_delete

from .models import AgendaItem

PART_OF_THE_RECORD = (
    "This item was on the published agenda of a meeting that has taken place, "
    "so it is part of the record and cannot be removed."
)


class Removal:
    """What removing an item did: a draft is deleted, a published item withdrawn."""

    DELETED = "deleted"
    WITHDRAWN = "withdrawn"


@transaction.atomic
def remove_item(*, item, user, version=None, reason="", now=None):
    """
    Take an item off the agenda. A draft, never published, is deleted
    outright. A published item of a meeting not yet held is withdrawn: it
    stays on the public agenda with its number, marked as withdrawn with the
    date and the reason, because the public has seen it. A published item of
    a meeting that has taken place is part of the record and is refused.
    Refused too when someone saved the item since the form was opened.
    Returns a Removal value.
    """
    now = now or timezone.now()
    ensure_not_locked(Meeting.objects.select_for_update().get(pk=item.meeting_id))
    item = lock_for_edit(AgendaItem, pk=item.pk, version=version, what="item")
    if item.published_at is None:
        record_delete(item, user=user, reason="Item removed")
        return Removal.DELETED
    if item.meeting.has_happened(now):
        raise ValidationError(PART_OF_THE_RECORD)
    _withdraw(item, user=user, reason=reason, now=now)
    return Removal.WITHDRAWN


def _withdraw(item, *, user, reason, now):
    """Mark a published item withdrawn; any minute or resolutions drafted for it go."""
    if item.withdrawn_at is not None:
        raise ValidationError(
            f"This item was already withdrawn on {timezone.localtime(item.withdrawn_at):%-d %B %Y}."
        )
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            {"reason": "Give the reason the item is withdrawn: it is published beside the item."}
        )
    for resolution in item.resolutions.all():
        record_delete(resolution, user=user, reason="Item withdrawn: it takes no resolutions")
    item.withdrawn_at = now
    item.withdrawn_reason = reason
    item.minutes = ""
    item.version += 1
    record_change(
        item, user=user, reason=Truncator(f"Item withdrawn: {reason}").chars(100),
        update_fields=["withdrawn_at", "withdrawn_reason", "minutes", "version"],
    )


def ensure_takes_minutes(item, *, minutes="", resolutions=()):
    """A withdrawn item was not considered: refuse to give it a minute or resolutions."""
    if item.withdrawn_at is None or not (minutes or resolutions):
        return
    message = (
        f"This item was withdrawn on {timezone.localtime(item.withdrawn_at):%-d %B %Y}, so the "
        "meeting did not consider it: it takes no minutes or resolutions."
    )
    raise ValidationError({"minutes": message} if minutes else message)
