"""
The clerks' workflows for writing up a meeting's standard business: approving
the previous meeting's minutes from the item that does so, and adding the
resolution that excludes the press and public before exempt business.

Like ``agenda.services``, each takes keyword-only arguments with the acting
user, runs in one transaction, checks the current state and writes the
audit history.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max

from meetings.models import Meeting
from meetings.services import ensure_not_locked, record_change

from . import services, standard_items
from .models import AgendaItem, Resolution


@transaction.atomic
def approve_previous_minutes(*, item, previous, user, now=None):
    """
    From the "minutes of the last meeting" item: record that this meeting
    approved the previous meeting's draft minutes (``approve_minutes``) and
    write that resolution on the item, both or neither.

    `previous` is the meeting the clerk was shown on the confirmation page;
    if another meeting has become the previous one since, nothing is done.
    """
    item = AgendaItem.objects.select_related("meeting").get(pk=item.pk)
    if standard_items.kind_of(item.title) != standard_items.PREVIOUS_MINUTES:
        raise ValidationError("This item is not the approval of the previous meeting's minutes.")
    current_previous = standard_items.previous_meeting(item.meeting)
    if current_previous is None:
        raise ValidationError("This committee has no earlier meeting whose minutes this item could approve.")
    if current_previous.pk != previous.pk:
        raise ValidationError(
            "The committee's previous meeting has changed since this page was opened: check it again."
        )
    # The approving meeting is locked first, as update_item does, then the approved one.
    ensure_not_locked(Meeting.objects.select_for_update().get(pk=item.meeting_id))
    services.approve_minutes(meeting=previous, approving_meeting=item.meeting, user=user, now=now)
    current = AgendaItem.objects.select_for_update().get(pk=item.pk)
    text = standard_items.approval_resolution_text(previous)
    services.ensure_takes_minutes(current, resolutions=[text])
    if not current.resolutions.filter(text=text).exists():
        last = current.resolutions.aggregate(m=Max("order"))["m"] or 0
        resolution = Resolution(item=current, order=last + 1, text=text, kind=Resolution.Kind.AGREED)
        resolution.full_clean()
        record_change(resolution, user=user, reason="Minutes of the previous meeting approved")
        # An editor opened before this change must not overwrite the new resolution.
        current.version += 1
        record_change(current, user=user, reason="Minutes of the previous meeting approved",
                      update_fields=["version"])
        services.assign_references(current, user)
    return current


def _number_before(items, index):
    """An item number for a new item placed before items[index]: "5a" after item 5."""
    taken = {item.number for item in items}
    if index > 0:
        base = items[index - 1].number[:8]
        for letter in "abcdefghijklmnopqrstuvwxyz":
            if f"{base}{letter}" not in taken:
                return f"{base}{letter}"
    numbers = [int(n) for n in taken if n.isdigit()]
    return str(max(numbers, default=0) + 1)


@transaction.atomic
def add_exclusion_item(*, meeting, user, paragraphs):
    """
    Add the item "Exclusion of the press and public", with its resolution
    naming the exempt items' Schedule 12A paragraphs, just before the first
    exempt item. `paragraphs` are those the clerk was shown: if the exempt
    items have changed since, nothing is done.

    The new item is a draft like any added item: it reaches the public with
    the next (supplementary) agenda.
    """
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    ensure_not_locked(meeting)
    items = list(meeting.items.select_for_update().order_by("order", "id"))
    needed = standard_items.exclusion_needed(items)
    if not needed:
        if any(standard_items.considered_exempt(item) for item in items):
            raise ValidationError("The exclusion of the press and public is already on the agenda.")
        raise ValidationError("No item on this agenda is exempt, so the press and public stay.")
    if sorted(set(paragraphs)) != needed:
        raise ValidationError(
            "The exempt items have changed since this page was opened: check the wording again."
        )
    index = next(i for i, item in enumerate(items) if standard_items.considered_exempt(item))
    new = services.create_item(
        meeting=meeting, user=user,
        fields={"number": _number_before(items, index), "title": standard_items.EXCLUSION_TITLE},
        resolutions=[{
            "label": "", "text": standard_items.exclusion_resolution_text(needed),
            "kind": Resolution.Kind.AGREED,
        }],
        reason="Exclusion of the press and public added",
    )
    ordered = items[:index] + [new] + items[index:]
    for position, item in enumerate(ordered, start=1):
        if item.order != position:
            item.order = position
            item.save(update_fields=["order"])
    return new
