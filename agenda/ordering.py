"""
The order of a meeting's agenda and the item numbers that follow it.

Item numbers follow the order of the agenda, so moving an item renumbers
the items around it, except:

* an item whose number the clerk fixed by hand (a number other than the one
  suggested, or one like "5a") keeps it, and the numbers after it count on
  from it;
* once a meeting's decisions or minutes are published (its minutes are
  numbered), its item numbers are part of the record and never change;
* an item of a published agenda may be renumbered, since the agenda can
  still change before the meeting, but the public has seen its number: the
  change is recorded in the audit history ("Renumbered after a move: 5 → 4")
  and the clerk is told.

Renumbering runs in two phases, because of the unique (meeting, number)
constraint: the items to renumber first take placeholder numbers no real
item can have, then their new ones.
"""

import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from meetings.models import Meeting
from meetings.services import ensure_not_locked, record_change

from .models import AgendaItem

LEADING_NUMBER = re.compile(r"^(\d+)")


@dataclass
class MoveResult:
    """What a move did, for the clerk's message: the item moved and the numbers changed."""

    item: AgendaItem
    renumbered: list = field(default_factory=list)  # (item, old number, new number)
    numbers_kept: bool = False  # the minutes are numbered, so item numbers stay as they are

    @property
    def public_renumbered(self):
        return [change for change in self.renumbered if change[0].published_at is not None]


def is_fixed_number(number):
    """A number that is not a plain whole number (such as "5a") is always the clerk's own."""
    return not number.isdigit()


def _locked_agenda(item):
    """Lock the meeting, then its items in order; refuse a meeting whose minutes are approved."""
    meeting = Meeting.objects.select_for_update().get(pk=item.meeting_id)
    ensure_not_locked(meeting)
    items = list(AgendaItem.objects.select_for_update().filter(meeting=meeting).order_by("order", "id"))
    return meeting, items


def _numbers_are_record(meeting, items):
    """Are the numbers part of the published record (the decisions or minutes are out)?"""
    return meeting.are_decisions_published or any(i.minute_number is not None for i in items)


def numbers_in_order(items):
    """
    The number each item should have, in the order given: fixed numbers stay
    and the count goes on from them; other items take the next number no
    fixed item holds.
    """
    fixed = {item.number for item in items if item.number_fixed or is_fixed_number(item.number)}
    count, wanted = 0, {}
    for item in items:
        if item.number_fixed or is_fixed_number(item.number):
            leading = LEADING_NUMBER.match(item.number)
            if leading:
                count = max(count, int(leading.group(1)))
            wanted[item.pk] = item.number
            continue
        count += 1
        while str(count) in fixed:
            count += 1
        wanted[item.pk] = str(count)
    return wanted


def _renumber(items, *, user):
    """Give each item its number in the new order, in two phases; return the changes made."""
    wanted = numbers_in_order(items)
    changing = [item for item in items if wanted[item.pk] != item.number]
    if not changing:
        return []
    # Phase one: placeholders that neither an item of this meeting nor a new
    # number holds, written without history since they last only a moment.
    taken = {item.number for item in items} | set(wanted.values())
    placeholders = (f"#{n}" for n in range(1, len(taken) + len(changing) + 2) if f"#{n}" not in taken)
    for item, placeholder in zip(changing, placeholders):
        AgendaItem.objects.filter(pk=item.pk).update(number=placeholder)
    changes = []
    for item in changing:
        old = item.number
        item.number = wanted[item.pk]
        # Raising the version makes an editor opened before the move refuse
        # to save the old number back.
        item.version += 1
        record_change(item, user=user, reason=f"Renumbered after a move: {old} → {item.number}",
                      update_fields=["number", "version"])
        changes.append((item, old, item.number))
    return changes


def _save_order(items):
    for position, sibling in enumerate(items, start=1):
        if sibling.order != position:
            sibling.order = position
            sibling.save(update_fields=["order"])


def _move(item, *, user, rearrange):
    meeting, items = _locked_agenda(item)
    index = next((i for i, sibling in enumerate(items) if sibling.pk == item.pk), None)
    if index is None:
        raise ValidationError("This item is no longer on the agenda.")
    items = rearrange(items, index)
    moved = items[[sibling.pk for sibling in items].index(item.pk)]
    _save_order(items)
    if _numbers_are_record(meeting, items):
        return MoveResult(item=moved, numbers_kept=True)
    return MoveResult(item=moved, renumbered=_renumber(items, user=user))


@transaction.atomic
def move_item(*, item, user, direction):
    """Swap an item with its neighbour above ("up") or below ("down"), renumbering as needed."""

    def rearrange(items, index):
        target = index - 1 if direction == "up" else index + 1
        if direction not in {"up", "down"} or not 0 <= target < len(items):
            raise ValidationError("This item cannot move further that way.")
        items[index], items[target] = items[target], items[index]
        return items

    return _move(item, user=user, rearrange=rearrange)


@transaction.atomic
def swap_items(*, item, user, other):
    """Swap two items of one meeting in one go, wherever they are on the agenda."""

    def rearrange(items, index):
        target = next((i for i, sibling in enumerate(items) if sibling.pk == getattr(other, "pk", other)), None)
        if target is None or target == index:
            raise ValidationError({"swap_with": "Choose another item of this agenda to swap with."})
        items[index], items[target] = items[target], items[index]
        return items

    return _move(item, user=user, rearrange=rearrange)
