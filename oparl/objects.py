"""
Each record written out as an OParl 1.1 object (https://schema.oparl.org/1.1/).

Every object has its own address as ``id``, its ``type``, ``created`` and
``modified``, and ``web`` (its page on the site) where it has one. Objects
shown inside others (a person's memberships, a meeting's agenda items, a
paper's consultation and file, an item's files) are complete objects with
their own ``id``, which answers on its own too.

The content shown follows the site's pages for an anonymous visitor:
decisions only once the meeting's decisions or minutes are published, who
attended only once the minutes are; nothing of a withdrawn item but its
number, title and the note that it was withdrawn.
"""

from datetime import timezone as dt_timezone

from django.db.models import Prefetch
from django.utils import timezone

from agenda.models import Resolution
from api.serializers import address
from meetings.models import Attendance, Meeting

from . import records
from .records import ANONYMOUS

OPARL_VERSION = "https://schema.oparl.org/1.1/"
PRESENT = (Attendance.Status.PRESENT, Attendance.Status.SUBSTITUTE)


def moment(value):
    """
    A date and time as RFC 3339 with its offset, in local time where that
    can be computed and written: in UTC at the edges of the calendar, and
    where the local offset has seconds (London before 1847 was 1m15s behind).
    """
    try:
        local = timezone.localtime(value)
    except (OverflowError, ValueError):
        local = None
    if local is None or local.utcoffset().total_seconds() % 60:
        local = value.astimezone(dt_timezone.utc)
    return local.isoformat(timespec="seconds")


def day(value):
    return value.isoformat() if value else None


def local_day(value):
    """The day of a date and time, where it happened."""
    return moment(value)[:10] if value else None


class Links:
    """
    Absolute addresses on this site, worked out once a request: each kind of
    address with whole numbers in it once, as a template then filled in.
    """

    def __init__(self, request):
        self.site = request.build_absolute_uri("/")[:-1]
        self._templates = {}

    def _template(self, view_name, count):
        template = self._templates.get((view_name, count))
        if template is None:
            marks = [7_000_000_000 + n for n in range(count)]
            template = (self.site + address(view_name, marks)).replace("{", "{{").replace("}", "}}")
            for mark in marks:
                template = template.replace(str(mark), "{}", 1)
            self._templates[view_name, count] = template
        return template

    def of(self, kind_name, pk):
        return self.path(f"oparl:{kind_name}", (pk,))

    def path(self, view_name, args=()):
        if all(type(arg) is int for arg in args):
            return self._template(view_name, len(args)).format(*args)
        return self.site + address(view_name, args)


def _stamps(kind, record):
    return {"created": moment(record.oparl_created), "modified": moment(record.oparl_modified)}


def _head(links, kind, record):
    return {"id": links.of(kind.name, record.pk), "type": kind.type_url}


def deleted(links, kind, row):
    """A deleted object: what OParl keeps of it, and nothing else."""
    return {
        "id": links.of(kind.name, row["id"]),
        "type": kind.type_url,
        "created": moment(row["created"]),
        "modified": moment(row["modified"]),
        "deleted": True,
    }


def clean(data):
    """Leave out what has no value: OParl has no nulls or empty strings for a missing value."""
    return {key: value for key, value in data.items() if value not in (None, "", [])}


# --- Organization (committee) --------------------------------------------------------------


def organization_queryset():
    return records.ORGANIZATION.annotated().prefetch_related(
        Prefetch("memberships", queryset=records.MEMBERSHIP.live().only("id", "committee_id").order_by("pk"),
                 to_attr="public_memberships")
    )


def organization(links, committee):
    kind = records.ORGANIZATION
    return clean({
        **_head(links, kind, committee),
        "body": links.path("oparl:body"),
        "name": committee.name,
        "shortName": committee.abbreviation,
        "organizationType": "Gremium",
        "classification": committee.get_kind_display(),
        "subOrganizationOf": links.of(kind.name, committee.parent_id) if committee.parent_id else None,
        "membership": [links.of("membership", m.pk) for m in committee.public_memberships],
        "keyword": [] if committee.is_active else ["inactive"],
        "web": links.path("meetings:committee", [committee.slug]),
        **_stamps(kind, committee),
    })


# --- Person and Membership ------------------------------------------------------------------


def membership_queryset():
    return records.MEMBERSHIP.annotated()


def membership(links, member, embedded=False):
    kind = records.MEMBERSHIP
    return clean({
        **_head(links, kind, member),
        "person": None if embedded else links.of("person", member.person_id),
        "organization": links.of("organization", member.committee_id),
        "role": member.get_role_display(),
        "votingRight": member.role != member.Role.CO_OPTED,
        "startDate": day(member.start_date),
        "endDate": day(member.end_date),
        **_stamps(kind, member),
    })


def person_queryset():
    return records.PERSON.annotated().prefetch_related(
        Prefetch("memberships", queryset=membership_queryset(), to_attr="public_memberships")
    )


def person(links, someone):
    kind = records.PERSON
    return clean({
        **_head(links, kind, someone),
        "body": links.path("oparl:body"),
        "name": someone.display_name,
        "formOfAddress": someone.honorific,
        "status": [someone.get_kind_display()],
        "membership": [membership(links, m, embedded=True) for m in someone.public_memberships],
        "keyword": [value for value in (someone.party, someone.ward) if value],
        "web": links.path("agenda:councillor", [someone.slug]),
        **_stamps(kind, someone),
    })


# --- Meeting and AgendaItem -------------------------------------------------------------------


# Long texts that no OParl property shows (the item page does).
ITEM_TEXTS = ("description", "minutes", "reason_for_decision")


def file_queryset(embedded=False):
    """
    The Files; ``embedded`` in their items, whose prefetch gives each its
    item, so that nothing more is read for it.
    """
    files = records.FILE.annotated().defer("extracted_text")
    return files if embedded else files.select_related("item").defer(*(f"item__{name}" for name in ITEM_TEXTS))


def agenda_item_queryset(embedded=False):
    """The AgendaItems; ``embedded`` in their meetings, as ``file_queryset``."""
    items = records.AGENDA_ITEM.annotated().defer(*ITEM_TEXTS)
    if not embedded:
        items = items.select_related("meeting").defer("meeting__status_reason")
    return items.prefetch_related(
        Prefetch("resolutions", queryset=Resolution.objects.visible_to(ANONYMOUS).order_by("order", "id")
                 .only("id", "item_id", "order", "label", "text"), to_attr="public_resolutions"),
        Prefetch("documents", queryset=file_queryset(embedded=True).order_by("order", "id"), to_attr="public_files"),
    )


def resolution_text(item):
    """The item's decisions as the minutes print them, once the public may read them."""
    if item.is_withdrawn or not item.can_read_resolutions(ANONYMOUS) or not item.public_resolutions:
        return None
    lines = [item.preamble] if item.preamble else []
    lines += [f"({r.label}) {r.text}" if r.label else r.text for r in item.public_resolutions]
    return "\n".join(lines)


def agenda_item(links, item, embedded=False):
    kind = records.AGENDA_ITEM
    return clean({
        **_head(links, kind, item),
        "meeting": None if embedded else links.of("meeting", item.meeting_id),
        "number": item.number,
        "order": item.order,
        "name": item.title,
        "public": True,
        "resolutionText": resolution_text(item),
        "auxiliaryFile": [] if item.is_withdrawn else [file(links, d) for d in item.public_files],
        "keyword": ["withdrawn"] if item.is_withdrawn else [],
        "web": links.path("agenda:item", [item.meeting_id, item.pk]),
        **_stamps(kind, item),
    })


def meeting_queryset():
    return records.MEETING.annotated().select_related("committee").prefetch_related(
        Prefetch("items", queryset=agenda_item_queryset(embedded=True).order_by("order", "id"),
                 to_attr="public_items"),
        Prefetch(
            "attendances",
            queryset=Attendance.objects.filter(person__kind__in=records.PEOPLE_WITH_PAGES, status__in=PRESENT)
            .only("id", "meeting_id", "person_id").order_by("person_id"),
            to_attr="public_attendances",
        ),
    )


def meeting_name(meeting):
    try:
        when = timezone.localtime(meeting.start)
    except (OverflowError, ValueError):
        when = meeting.start
    return f"{meeting.committee.name}, {when.day} {when:%B} {when.year}"


# The PDFs the site draws for a meeting, as OParl Files of the meeting:
# property, URL name of the File, of the PDF, its name, and when it is public.
MEETING_FILES = {
    "invitation": ("meeting_invitation", "agenda:agenda_pack", "Agenda pack", lambda m: m.is_agenda_published),
    "resultsProtocol": ("meeting_minutes", "agenda:minutes_pdf", "Minutes", lambda m: m.are_minutes_published),
}


def meeting_file(links, event, prop):
    """The agenda pack or the minutes of a meeting, once published, as a File; None before."""
    url_name, pdf, title, is_public = MEETING_FILES[prop]
    if not is_public(event):
        return None
    return {
        "id": links.path(f"oparl:{url_name}", [event.pk]),
        "type": records.FILE.type_url,
        "name": f"{title}: {meeting_name(event)}",
        "fileName": f"{title.lower().replace(' ', '-')}-{event.pk}.pdf",
        "mimeType": "application/pdf",
        "accessUrl": links.path(pdf, [event.pk]),
        "meeting": [links.of("meeting", event.pk)],
        "web": links.path("agenda:meeting", [event.pk]),
        **_stamps(records.MEETING, event),
    }


def location(links, event):
    """
    A meeting's venue as an OParl Location (the specification's Meeting has
    its place as a Location object, not a text), at an address of its own
    under the meeting's: public exactly when the meeting is. None where no
    venue is recorded.
    """
    if not event.venue.strip():
        return None
    return {
        "id": links.path("oparl:meeting_location", [event.pk]),
        "type": f"{OPARL_VERSION}Location",
        "description": event.venue,
        "meetings": [links.of("meeting", event.pk)],
        "web": links.path("agenda:meeting", [event.pk]),
        **_stamps(records.MEETING, event),
    }


def meeting(links, event):
    kind = records.MEETING
    minutes_out = event.are_minutes_published
    return clean({
        **_head(links, kind, event),
        "name": meeting_name(event),
        "meetingState": event.status_label,
        "cancelled": event.status == Meeting.Status.CANCELLED,
        "start": moment(event.start),
        "end": moment(event.end) if event.end else None,
        "location": location(links, event),
        "organization": [links.of("organization", event.committee_id)],
        "participant": [links.of("person", a.person_id) for a in event.public_attendances] if minutes_out else [],
        "invitation": meeting_file(links, event, "invitation"),
        "resultsProtocol": meeting_file(links, event, "resultsProtocol"),
        "agendaItem": [agenda_item(links, item, embedded=True) for item in event.public_items],
        "web": links.path("agenda:meeting", [event.pk]),
        **_stamps(kind, event),
    })


# --- Paper, Consultation and File (a supporting paper) -------------------------------------------


def paper_queryset():
    return records.PAPER.annotated().select_related("item__meeting__committee").defer("extracted_text")


def consultation(links, document, embedded=False):
    kind = records.CONSULTATION
    item = document.item
    return clean({
        **_head(links, kind, document),
        "paper": None if embedded else links.of("paper", document.pk),
        "agendaItem": links.of("agenda_item", item.pk),
        "meeting": links.of("meeting", item.meeting_id),
        "organization": [links.of("organization", item.meeting.committee_id)],
        "authoritative": False,
        "role": "Considered",
        "web": links.path("agenda:item", [item.meeting_id, item.pk]),
        **_stamps(kind, document),
    })


def paper(links, document):
    kind = records.PAPER
    item = document.item
    has_file = bool(document.file) or bool(document.source_url)
    return clean({
        **_head(links, kind, document),
        "body": links.path("oparl:body"),
        "name": document.title,
        "date": local_day(document.uploaded_at),
        "paperType": "Supporting paper",
        "mainFile": file(links, document) if has_file else None,
        "consultation": [consultation(links, document, embedded=True)],
        "web": links.path("agenda:item", [item.meeting_id, item.pk]),
        **_stamps(kind, document),
    })


def file(links, document):
    kind = records.FILE
    item = document.item
    return clean({
        **_head(links, kind, document),
        "name": document.title,
        "fileName": document.original_filename,
        "mimeType": document.content_type,
        "size": document.size if document.file else None,
        "accessUrl": links.path("agenda:document", [document.pk]) if document.file else document.source_url,
        "downloadUrl": links.path("agenda:document", [document.pk]) if document.file else None,
        "paper": [links.of("paper", document.pk)],
        "agendaItem": [links.of("agenda_item", item.pk)],
        "meeting": [links.of("meeting", item.meeting_id)],
        **_stamps(kind, document),
    })


# What each kind of record is read with, and written out by.
WRITERS = {
    "organization": (organization_queryset, organization),
    "person": (person_queryset, person),
    "membership": (membership_queryset, membership),
    "meeting": (meeting_queryset, meeting),
    "agenda_item": (agenda_item_queryset, agenda_item),
    "paper": (paper_queryset, paper),
    "consultation": (paper_queryset, consultation),
    "file": (file_queryset, file),
}
