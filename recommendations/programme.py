"""
A committee's work programme as a visitor may read it: its topics for a
municipal year, grouped by the meeting each is planned for, in meeting
order, with the topics still to be scheduled last.

The topics themselves are public (the committee publishes its plan), but a
planned meeting is named only where the visitor may see that meeting, and
the agenda item that took a topic up only where they may see the item:
otherwise the topic reads "to be scheduled" and links nowhere. Both checks
are made in the database, in the one query that reads the topics.
"""

from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef

from agenda.models import AgendaItem
from meetings.models import Meeting

from . import dates
from .models import WorkProgrammeEntry

DEFERRED_OR_DROPPED = {WorkProgrammeEntry.Status.DEFERRED, WorkProgrammeEntry.Status.DROPPED}


@dataclass
class Group:
    meeting: object  # None for "to be scheduled"
    entries: list = field(default_factory=list)


def current_year():
    return dates.municipal_year_of(dates.today())


def topics(committee, year, user):
    """The committee's topics for ``year``, each with ``shown_meeting`` and ``shown_item`` (None where hidden)."""
    visible_meeting = Meeting.objects.visible_to(user).filter(pk=OuterRef("planned_meeting_id"))
    visible_item = AgendaItem.objects.visible_to(user).filter(pk=OuterRef("agenda_item_id"))
    entries = list(
        WorkProgrammeEntry.objects.visible_to(user)
        .filter(committee=committee, municipal_year=year)
        .select_related("planned_meeting", "agenda_item")
        .annotate(is_meeting_shown=Exists(visible_meeting), is_item_shown=Exists(visible_item))
        .order_by("planned_meeting__start", "title", "pk")
    )
    for entry in entries:
        entry.shown_meeting = entry.planned_meeting if entry.is_meeting_shown else None
        entry.shown_item = entry.agenda_item if entry.is_item_shown else None
        entry.shows_reason = entry.status in DEFERRED_OR_DROPPED and bool(entry.status_reason)
    return entries


def grouped(entries):
    """The topics by planned meeting, in meeting order, "to be scheduled" last."""
    groups, unscheduled = {}, Group(meeting=None)
    for entry in entries:
        meeting = entry.shown_meeting
        if meeting is None:
            unscheduled.entries.append(entry)
        else:
            groups.setdefault(meeting.pk, Group(meeting=meeting)).entries.append(entry)
    ordered = sorted(groups.values(), key=lambda group: (group.meeting.start, group.meeting.pk))
    return ordered + ([unscheduled] if unscheduled.entries else [])


def years_of(committee):
    """The municipal years for which the committee has a work programme, newest first."""
    return list(
        WorkProgrammeEntry.objects.filter(committee=committee)
        .order_by("-municipal_year")
        .values_list("municipal_year", flat=True)
        .distinct()
    )


def year_links(years, current):
    return [{"year": year, "label": dates.municipal_year_label(year)} for year in years if year != current]
