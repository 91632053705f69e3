"""
ModernGov's web service (``mgWebService.asmx``), answered from this site's
public record, so that a widget or scraper written for a ModernGov council
works unchanged against Scrutiny.

The answers use ModernGov's own element names and formats, the same ones
``moderngov.xml`` reads: dates as dd/mm/yyyy, times as "10.00 am",
flags as "True"/"False", and HTML bodies as escaped text inside their
elements. Each function takes the visitor and returns an ElementTree
element; what it holds comes from the same ``visible_to`` querysets as the
pages, and goes no further than they do: an exempt item is named with its
restriction and nothing else, minutes and decisions appear only where the
item's page shows them, attendance only with published minutes, and a
meeting not yet announced is not there at all.
"""

from __future__ import annotations

from datetime import date, datetime, time
from xml.etree import ElementTree

from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone

from agenda.models import AgendaItem, Resolution, SupportingDocument
from meetings.models import Attendance, Committee, Meeting, Membership, Person
from meetings.roles import is_clerk
from meetings.text import clean_text
from scrutiny import richtext

CATEGORIES = {
    Committee.Kind.SCRUTINY_COMMITTEE: "Overview and Scrutiny",
    Committee.Kind.SCRUTINY_PANEL: "Overview and Scrutiny",
    Committee.Kind.SUB_COMMITTEE: "Sub-Committee",
    Committee.Kind.TASK_AND_FINISH: "Task and Finish",
    Committee.Kind.CABINET: "Executive",
    Committee.Kind.OTHER: "",
}
STATUSES = {
    Meeting.Status.SCHEDULED: "Confirmed",
    Meeting.Status.CANCELLED: "Cancelled",
    Meeting.Status.POSTPONED: "Postponed",
}
ROLES = {
    Membership.Role.CHAIR: "Chair",
    Membership.Role.VICE_CHAIR: "Vice-Chair",
    Membership.Role.MEMBER: "Committee Member",
    Membership.Role.CO_OPTED: "Co-opted Member",
    Membership.Role.SUBSTITUTE: "Substitute",
}
ATTENDANCE = {
    Attendance.Status.PRESENT: "Present",
    Attendance.Status.APOLOGIES: "Apologies",
    Attendance.Status.ABSENT: "Absent",
    Attendance.Status.SUBSTITUTE: "Present as substitute",
}
# Dates the service can write: ModernGov's format has four-digit years.
FIRST_DATE, LAST_DATE = date(1000, 1, 1), date(9999, 12, 31)


class BadRequest(ValueError):
    """A parameter the service cannot read; the message names it."""


# --- Formats ------------------------------------------------------------------------


def flag(value) -> str:
    return "True" if value else "False"


def day_text(moment) -> str:
    local = timezone.localtime(moment) if isinstance(moment, datetime) else moment
    return f"{local.day:02d}/{local.month:02d}/{local.year:04d}"


def time_text(moment) -> str:
    """For example "10.00 am" or "7.30 pm", as ModernGov writes them."""
    local = timezone.localtime(moment)
    hour = local.hour % 12 or 12
    return f"{hour}.{local.minute:02d} {'am' if local.hour < 12 else 'pm'}"


def read_day(name, value) -> date | None:
    """A dd/mm/yyyy parameter (ModernGov's format; yyyy-mm-dd is also read); None when empty."""
    value = (value or "").strip()
    if not value:
        return None
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise BadRequest(f"{name} must be a date written dd/mm/yyyy, for example 01/04/2026.")


def read_id(name, value) -> int:
    value = (value or "").strip()
    if not value.isascii() or not value.isdigit() or len(value) > 18:
        raise BadRequest(f"{name} must be a number, for example {name}=12.")
    return int(value)


def _add(parent, tag, value="") -> ElementTree.Element:
    element = ElementTree.SubElement(parent, tag)
    if value not in (None, ""):
        # Saved text has been cleaned, but rows written by raw SQL need not have been.
        element.text = clean_text(str(value))
    return element


def _local_moment(day, end=False):
    return timezone.make_aware(datetime.combine(day, time.max if end else time.min))


# --- GetCommittees ---------------------------------------------------------------------


def committees(user) -> ElementTree.Element:
    root = ElementTree.Element("committees")
    for committee in Committee.objects.order_by("name", "pk"):
        element = _add(root, "committee")
        _add(element, "committeeid", committee.pk)
        _add(element, "committeetitle", committee.name)
        _add(element, "committeecategory", CATEGORIES.get(committee.kind, ""))
        _add(element, "committeedeleted", flag(False))
        _add(element, "committeeexpired", flag(not committee.is_active))
    return root


# --- GetCouncillorsByWard --------------------------------------------------------------


def councillors_by_ward(user) -> ElementTree.Element:
    root = ElementTree.Element("councillorsbyward")
    wards = _add(root, "wards")
    people = Person.objects.filter(kind=Person.Kind.COUNCILLOR).order_by("ward", "name", "pk")
    current, councillors = None, None
    for person in people:
        if current is None or person.ward != current:
            current = person.ward
            ward = _add(wards, "ward")
            _add(ward, "wardtitle", person.ward or "No ward")
            councillors = _add(ward, "councillors")
        element = _add(councillors, "councillor")
        _add(element, "councillorid", person.pk)
        _add(element, "fullusername", person.name)
        _add(element, "politicalpartytitle", person.party)
    return root


# --- GetMeetings and GetAllMeetingsByDate ----------------------------------------------------


def _meetings_between(user, date_from, date_to):
    meetings = Meeting.objects.visible_to(user).select_related("committee")
    if date_from:
        meetings = meetings.filter(start__gte=_local_moment(max(date_from, FIRST_DATE)))
    if date_to:
        meetings = meetings.filter(start__lte=_local_moment(min(date_to, LAST_DATE), end=True))
    return meetings.order_by("start", "pk")


def _meeting_summary(parent, meeting):
    element = _add(parent, "meeting")
    _add(element, "meetingid", meeting.pk)
    _add(element, "meetingdate", day_text(meeting.start))
    _add(element, "meetingtime", time_text(meeting.start))
    _add(element, "meetingstatus", STATUSES.get(meeting.status, "Confirmed"))
    _add(element, "meetinglocation", meeting.venue)
    _add(element, "committeeid", meeting.committee_id)
    _add(element, "committeetitle", meeting.committee.name)
    return element


def meetings(user, committee_id, date_from=None, date_to=None) -> ElementTree.Element:
    committee = Committee.objects.filter(pk=committee_id).first()
    root = ElementTree.Element("getmeetings")
    if committee is None:
        return root
    heading = _add(root, "committee")
    _add(heading, "committeeid", committee.pk)
    _add(heading, "committeetitle", committee.name)
    for meeting in _meetings_between(user, date_from, date_to).filter(committee=committee):
        _meeting_summary(root, meeting)
    return root


def all_meetings_by_date(user, date_from=None, date_to=None) -> ElementTree.Element:
    root = ElementTree.Element("getallmeetingsbydate")
    for meeting in _meetings_between(user, date_from, date_to):
        _meeting_summary(root, meeting)
    return root


# --- GetMeeting ---------------------------------------------------------------------------


def decision_html(item, resolutions) -> str:
    """An item's resolutions as ModernGov writes a decision: RESOLVED, the lead-in, each one, the reason."""
    if not resolutions:
        return ""
    lead = f"RESOLVED: {item.preamble}" if item.preamble else "RESOLVED:"
    paragraphs = [richtext.from_text(lead)]
    if len(resolutions) == 1 and not resolutions[0].label and not item.preamble:
        paragraphs = [richtext.from_text(f"RESOLVED: {richtext.to_text(resolutions[0].text)}")]
    else:
        for resolution in resolutions:
            text = richtext.to_text(resolution.text)
            paragraphs.append(richtext.from_text(f"({resolution.label}) {text}" if resolution.label else text))
    reason = richtext.to_text(item.reason_for_decision).strip()
    if reason:
        paragraphs.append(richtext.from_text(f"Reason for decision: {reason}"))
    return "".join(paragraphs)


def meeting(user, meeting_id, *, site_url) -> ElementTree.Element | None:
    """The whole meeting, or None when the visitor may not know of it."""
    found = (
        Meeting.objects.visible_to(user)
        .select_related("committee")
        .filter(pk=meeting_id)
        .prefetch_related(
            Prefetch(
                "attendances",
                queryset=Attendance.objects.select_related("person").order_by("person__name", "pk"),
            )
        )
        .first()
    )
    if found is None:
        return None
    root = ElementTree.Element("getmeeting")
    element = _meeting_summary(root, found)
    _add(element, "meetingplannedfinishtime", time_text(found.end) if found.end else "")
    _add(element, "agendapublished", flag(found.is_agenda_published))
    _add(element, "decisionpublished", flag(found.are_decisions_published))
    _add(element, "minutespublished", flag(found.are_minutes_published))
    _attendees(_add(element, "attendees"), found, user)
    _items(_add(element, "agendaitems"), found, user, site_url)
    return root


def _attendees(parent, meeting, user):
    # The public page lists who attended only with published minutes.
    if not meeting.are_minutes_published and not is_clerk(user):
        return
    roles = {
        membership.person_id: membership.role
        for membership in Membership.objects.filter(committee_id=meeting.committee_id).order_by("start_date")
    }
    for attendance in meeting.attendances.all():
        person = attendance.person
        element = _add(parent, "attendee")
        _add(element, "memberid", person.pk)
        _add(element, "name", f"{person.honorific} {person.name}".strip())
        role = roles.get(person.pk)
        _add(element, "roledescription", ROLES.get(role, "Committee Member") if role else "In attendance")
        _add(element, "attendance", ATTENDANCE.get(attendance.status, "Present"))
        _add(element, "politicalparty", person.party)
        _add(element, "ward", person.ward)


def _items(parent, meeting, user, site_url):
    items = (
        AgendaItem.objects.visible_to(user)
        .filter(meeting=meeting)
        .prefetch_related(
            Prefetch(
                "resolutions",
                queryset=Resolution.objects.visible_to(user).order_by("order", "id"),
                to_attr="visible_resolutions",
            ),
            Prefetch(
                "documents",
                queryset=SupportingDocument.objects.visible_to(user).order_by("order", "id"),
                to_attr="visible_documents",
            ),
        )
        .order_by("order", "id")
    )
    for item in items:
        item.meeting = meeting
        element = _add(parent, "agendaitem")
        _add(element, "agendaitemid", item.pk)
        _add(element, "agendaitemnumber", item.number)
        _add(element, "fulldisplaynumberformat", f"{item.number}." if item.number else "")
        _add(element, "agendaitemtitle", item.title)
        _add(element, "isrestricted", flag(item.is_exempt))
        _add(element, "restriction", f"Paragraph {item.exempt_paragraph}" if item.is_exempt and item.exempt_paragraph else "")
        readable = item.can_read_content(user) and not item.is_withdrawn
        if readable:
            _add(element, "agendatext", item.description)
            _add(element, "presentedby", item.presenter)
        minutes = item.minutes if readable and item.can_read_minutes(user) else ""
        decision = decision_html(item, item.visible_resolutions) if readable and item.can_read_resolutions(user) else ""
        _add(element, "minutesnonemptyhtmlbody", minutes)
        _add(element, "decisionnonemptyhtmlbody", decision)
        documents = _add(element, "linkeddocuments")
        for document in item.visible_documents if readable else []:
            linked = _add(documents, "linkeddoc")
            _add(linked, "attachmentid", document.pk)
            _add(linked, "title", document.title)
            url = site_url + reverse("agenda:document", args=[document.pk]) if document.file else document.source_url
            _add(linked, "url", url)
            _add(linked, "isrestricted", flag(document.is_exempt))
            _add(linked, "publicationdate", day_text(document.uploaded_at))


def to_bytes(root) -> bytes:
    ElementTree.indent(root)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ElementTree.tostring(root, encoding="utf-8", xml_declaration=False)
