"""
The audit history pages: everything recorded about an item (with its
resolutions and papers) or a meeting, newest first, saying who changed what
and why. Long text shows the words that changed, with the unchanged
stretches between cut short; a move on the agenda says where the item went.
"""

from collections import defaultdict
from datetime import datetime

from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.db.models import CharField, FileField, TextField
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.text import Truncator, capfirst

from meetings.models import Attendance, Meeting, Person
from meetings.roles import clerk_required
from scrutiny import richtext, textdiff
from scrutiny.fields import RichTextField

from ..models import AgendaItem, Declaration, MinutesCorrection, Resolution, SupportingDocument

HISTORY_PAGE_SIZE = 50
# Values up to this long are shown whole, old and new; longer text as a word diff.
HISTORY_VALUE_CHARS = 200

HistoricalAgendaItem = AgendaItem.history.model
HistoricalResolution = Resolution.history.model
HistoricalDocument = SupportingDocument.history.model
HistoricalDeclaration = Declaration.history.model
HistoricalCorrection = MinutesCorrection.history.model
HistoricalAttendance = Attendance.history.model
HistoricalMeeting = Meeting.history.model


def _load_history(querysets):
    records = []
    for queryset in querysets:
        records.extend(queryset.select_related("history_user"))
    return records


def _history_page(request, records, describe):
    """
    One page of the history of several models' rows, newest first, with
    each change set against the previous version of the same row.

    The previous versions are found among the records already loaded:
    ``record.prev_record`` would cost a query per row. The whole history is
    read (one query per model) and only the page shown is diffed.
    """
    versions = defaultdict(list)
    for record in records:
        versions[(type(record), record.id)].append(record)
    previous = {}
    for rows in versions.values():
        rows.sort(key=_chronological)
        for older, newer in zip(rows, rows[1:]):
            previous[(type(newer), newer.history_id)] = older
    records = sorted(records, key=_chronological, reverse=True)
    page = Paginator(records, HISTORY_PAGE_SIZE).get_page(request.GET.get("page"))

    diffs = []
    for record in page:
        prev = previous.get((type(record), record.history_id))
        changes = record.diff_against(prev).changes if record.history_type == "~" and prev else []
        diffs.append((record, changes))
    lookups = _related_objects(diffs)
    rows = []
    for record, changes in diffs:
        subject, url = describe(record, lookups)
        move, changes = describe_move(changes)
        changes = [_show_change(record, change, lookups) for change in changes]
        rows.append({"record": record, "subject": subject, "url": url, "move": move, "changes": changes})
    page.object_list = rows
    return page


def describe_move(changes):
    """
    A change of place on the agenda in words ("Moved from position 4 to 3;
    numbered 3"), and the other changes still to list. Whatever moves an item
    (a button, renumbering the agenda), its history records the new order
    and number, so this reads them from the history alone.
    """
    by_field = {change.field: change for change in changes}
    order = by_field.get("order")
    if order is None:
        return "", changes
    if not order.old:
        # Recorded before the history kept places (0): where it was is not known.
        return "", [change for change in changes if change.field != "order"]
    words = f"Moved from position {order.old} to {order.new}"
    number = by_field.get("number")
    if number is not None and number.new:
        words = f"{words}; numbered {number.new}"
    shown = {"order", "number"} if number is not None and number.new else {"order"}
    return words, [change for change in changes if change.field not in shown]


def _chronological(record):
    return (record.history_date, record.history_id)


def _related_objects(diffs):
    """The people, users, items and meetings named on the page, one query per model."""
    wanted = defaultdict(set)
    for record, changes in diffs:
        if getattr(record, "person_id", None):
            wanted[Person].add(record.person_id)
        for change in changes:
            related = record._meta.get_field(change.field).related_model
            if related:
                wanted[related].update(v for v in (change.old, change.new) if v is not None)
    found = {}
    for model, ids in wanted.items():
        queryset = model._default_manager.all()
        if model is Meeting:
            queryset = queryset.select_related("committee")
        found[model] = queryset.in_bulk(ids)
    return found


def _display(obj):
    if isinstance(obj, get_user_model()):
        return obj.get_full_name() or obj.get_username()
    return str(obj)


def _show_value(model_field, value, lookups):
    if value is None or value == "":
        return "(blank)"
    if model_field.related_model:
        obj = lookups.get(model_field.related_model, {}).get(value)
        return _display(obj) if obj else f"#{value} (since deleted)"
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, datetime):
        return format_date(timezone.localtime(value), "j F Y, H:i")
    if isinstance(model_field, FileField):
        return value.name
    return Truncator(str(value)).chars(HISTORY_VALUE_CHARS)


def _is_long_text(model_field, change):
    """Text too long to show whole twice: shown as the words that changed instead."""
    if not isinstance(model_field, (CharField, TextField)) or model_field.choices:
        return False
    values = [str(v) for v in (change.old, change.new) if v]
    return any(len(v) > HISTORY_VALUE_CHARS or "\n" in v for v in values)


def _show_change(record, change, lookups):
    model_field = record._meta.get_field(change.field)
    shown = {"field": capfirst(model_field.verbose_name)}
    if isinstance(model_field, RichTextField):
        # Minutes, a purpose or a reason: the words that changed, not the markup.
        old, new = richtext.to_text(change.old or ""), richtext.to_text(change.new or "")
        shown["diff"] = textdiff.inline_diff(old, new, collapse=True)
        return shown
    if _is_long_text(model_field, change):
        shown["diff"] = textdiff.inline_diff(change.old or "", change.new or "", collapse=True)
        return shown
    shown["old"] = _show_value(model_field, change.old, lookups)
    shown["new"] = _show_value(model_field, change.new, lookups)
    return shown


def _person(record, lookups):
    person = lookups.get(Person, {}).get(record.person_id)
    return person.display_name if person else "a person since deleted"


def _resolution_name(record):
    return f"Resolution ({record.label})" if record.label else f"Resolution {record.order}"


@clerk_required
def item_history(request, pk):
    item = AgendaItem.objects.select_related("meeting__committee").filter(pk=pk).first()
    if item is None:
        # A removed item keeps its history: show it from the item's last record.
        item = HistoricalAgendaItem.objects.filter(id=pk).order_by("-history_date", "-history_id").first()
        if item is None:
            raise Http404("No such item.")
        item.meeting = get_object_or_404(Meeting.objects.select_related("committee"), pk=item.meeting_id)

    def describe(record, lookups):
        if isinstance(record, HistoricalResolution):
            return _resolution_name(record), ""
        if isinstance(record, HistoricalDocument):
            return f"Document “{record.title}”", ""
        return "The item", ""

    records = _load_history(
        [
            HistoricalAgendaItem.objects.filter(id=pk),
            HistoricalResolution.objects.filter(item_id=pk),
            HistoricalDocument.objects.filter(item_id=pk),
        ]
    )
    return render(
        request,
        "agenda/clerk/item_history.html",
        {
            "item": item,
            "meeting": item.meeting,
            "is_removed": not isinstance(item, AgendaItem),
            "page_obj": _history_page(request, records, describe),
        },
    )


@clerk_required
def meeting_history(request, pk):
    meeting = get_object_or_404(Meeting.objects.select_related("committee"), pk=pk)
    item_records = HistoricalAgendaItem.objects.filter(meeting_id=pk)
    item_ids = item_records.values("id")
    records = _load_history(
        [
            HistoricalMeeting.objects.filter(id=pk),
            HistoricalAttendance.objects.filter(meeting_id=pk),
            HistoricalDeclaration.objects.filter(meeting_id=pk),
            HistoricalCorrection.objects.filter(meeting_id=pk),
            item_records,
            HistoricalResolution.objects.filter(item_id__in=item_ids),
            HistoricalDocument.objects.filter(item_id__in=item_ids),
        ]
    )
    # Each item as last recorded, to name the rows of removed items too.
    items = {
        record.id: record
        for record in sorted(records, key=_chronological)
        if isinstance(record, HistoricalAgendaItem)
    }

    def describe(record, lookups):
        if isinstance(record, HistoricalMeeting):
            return "The meeting", ""
        if isinstance(record, HistoricalAttendance):
            return f"Attendance: {_person(record, lookups)}", ""
        if isinstance(record, HistoricalDeclaration):
            return f"Declaration: {_person(record, lookups)}", ""
        if isinstance(record, HistoricalCorrection):
            return "Correction to the minutes", ""
        if isinstance(record, HistoricalAgendaItem):
            return f"Item {record.number}: {record.title}", reverse("clerk:item_history", args=[record.id])
        item = items.get(record.item_id)
        on_item = f" on item {item.number}" if item else ""
        url = reverse("clerk:item_history", args=[record.item_id])
        if isinstance(record, HistoricalResolution):
            return f"{_resolution_name(record)}{on_item}", url
        return f"Document “{record.title}”{on_item}", url

    return render(
        request,
        "agenda/clerk/meeting_history.html",
        {"meeting": meeting, "page_obj": _history_page(request, records, describe)},
    )
