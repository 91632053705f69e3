"""
ModernGov's records (``moderngov.xml``) as the values of this site's fields.

Each ``*_values`` function returns the fields an import sets, in the form
they are stored; :func:`fingerprint` hashes them, so that a later import
can tell a record left as imported from one edited here since.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone as dt_timezone

from django.utils import timezone
from django.utils.text import slugify

from agenda.importers.moderngov import parse_decision
from agenda.importers.moderngov.markers import decision as decision_marker
from agenda.models import ExemptParagraph
from agenda.services import guess_resolution_kind
from meetings.models import Attendance, Committee, Meeting, Membership
from meetings.text import clean_text
from meetings.times import parse_time_of_day
from scrutiny import richtext
from scrutiny.fields import CleanedHTML

from . import xml

CHANGE_REASON = "Imported from ModernGov"
# A restricted item must name a Schedule 12A paragraph here. When ModernGov's
# record names none, the item is filed under this one and the report says so.
DEFAULT_PARAGRAPH = ExemptParagraph.FINANCIAL
# A meeting with no time of its own is put at the start of the working day.
DEFAULT_TIME = "10:00"


def source_key(site: str) -> str:
    return f"moderngov:{site.rstrip('/')}"


def fingerprint(values: dict) -> str:
    """A hash of the imported values, as the database will hold them."""
    comparable = {key: _stored(value) for key, value in values.items()}
    data = json.dumps(comparable, default=str, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _stored(value):
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, datetime):
        return value.astimezone(dt_timezone.utc).isoformat()
    return value


# --- committees and people -------------------------------------------------

_KINDS = [
    (re.compile(r"task\s*(?:and|&)\s*finish", re.I), Committee.Kind.TASK_AND_FINISH),
    (re.compile(r"sub[- ]?committee", re.I), Committee.Kind.SUB_COMMITTEE),
    (re.compile(r"scrutiny.*panel|panel.*scrutiny", re.I), Committee.Kind.SCRUTINY_PANEL),
    (re.compile(r"scrutiny", re.I), Committee.Kind.SCRUTINY_COMMITTEE),
    (re.compile(r"cabinet|executive", re.I), Committee.Kind.CABINET),
]


def committee_kind(category: str, title: str) -> str:
    for text in (category, title):
        for pattern, kind in _KINDS:
            if text and pattern.search(text):
                return kind
    return Committee.Kind.OTHER


def committee_values(committee: xml.Committee) -> dict:
    return {
        "name": committee.title[:200],
        "kind": committee_kind(committee.category, committee.title),
        "is_active": not committee.is_expired,
    }


_HONORIFIC = re.compile(r"^(councillor|cllr\.?|alderman|mayor)\s+", re.I)


def person_values(name: str, party: str = "", ward: str = "") -> dict:
    match = _HONORIFIC.match(name.strip())
    return {
        "name": (name.strip()[match.end():] if match else name.strip())[:200],
        "honorific": "Councillor" if match or party or ward else "",
        "party": party[:100],
        "ward": ward[:100],
    }


def unique_slug(model, text: str, max_length: int) -> str:
    base = slugify(text)[: max_length - 8] or model.__name__.lower()
    slug, n = base, 1
    while model.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


_ROLES = [
    (re.compile(r"vice", re.I), Membership.Role.VICE_CHAIR),
    (re.compile(r"chair", re.I), Membership.Role.CHAIR),
    (re.compile(r"co-?opted", re.I), Membership.Role.CO_OPTED),
    (re.compile(r"substitute|reserve", re.I), Membership.Role.SUBSTITUTE),
    (re.compile(r"member|councillor", re.I), Membership.Role.MEMBER),
]


def membership_role(role: str) -> str | None:
    """The role on the committee; None for officers and others in attendance."""
    for pattern, value in _ROLES:
        if pattern.search(role or ""):
            return value
    return None if role else Membership.Role.MEMBER


def attendance_status(text: str) -> str | None:
    """None for "Expected" and the like: not yet an attendance."""
    lowered = (text or "").lower()
    if "apolog" in lowered:
        return Attendance.Status.APOLOGIES
    if "absent" in lowered or "not present" in lowered:
        return Attendance.Status.ABSENT
    if "present" in lowered or "attend" in lowered or "virtual" in lowered or "remote" in lowered:
        return Attendance.Status.PRESENT
    return None


# --- meetings ----------------------------------------------------------------


def meeting_date(text: str) -> date:
    text = text.strip()
    for pattern in ("%d/%m/%Y", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d", "%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(text[:19] if "T" in text else text, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"the meeting date {text!r} is not a date (dd/mm/yyyy)")


def meeting_moment(day: date, text: str):
    try:
        clock = parse_time_of_day(text or DEFAULT_TIME)
    except ValueError:
        clock = parse_time_of_day(DEFAULT_TIME)
    return timezone.make_aware(datetime.combine(day, clock))


_STATUSES = {"cancelled": Meeting.Status.CANCELLED, "canceled": Meeting.Status.CANCELLED,
             "postponed": Meeting.Status.POSTPONED, "deferred": Meeting.Status.POSTPONED}


def meeting_values(meeting: xml.Meeting) -> dict:
    day = meeting_date(meeting.date)
    start = meeting_moment(day, meeting.time)
    end = None
    if meeting.finish_time:
        try:
            end = timezone.make_aware(datetime.combine(day, parse_time_of_day(meeting.finish_time)))
        except ValueError:
            end = None
        if end is not None and end <= start:
            end = None
    status = _STATUSES.get(meeting.status.strip().lower(), Meeting.Status.SCHEDULED)
    reason = "" if status == Meeting.Status.SCHEDULED else f"{status.label} (recorded in ModernGov)."
    published = meeting.is_agenda_published or meeting.is_decision_published or meeting.is_minutes_published
    return {
        "start": start,
        "end": end,
        "venue": " ".join(meeting.location.split())[:200],
        "status": status,
        "status_reason": reason,
        # Published states are compared as yes or no; the times are the import's.
        "announced_at": published,
        "agenda_published_at": meeting.is_agenda_published,
        "decisions_published_at": meeting.is_decision_published,
        "minutes_status": Meeting.MinutesStatus.DRAFT if meeting.is_minutes_published else Meeting.MinutesStatus.NONE,
    }


MOMENT_FIELDS = {"announced_at", "agenda_published_at", "decisions_published_at"}


def comparable(instance, names) -> dict:
    """The instance's values of the imported fields, in the form the ``*_values`` give them."""
    values = {}
    for name in names:
        value = getattr(instance, name)
        if name in MOMENT_FIELDS or name == "published_at":
            value = value is not None
        values[name] = value
    return values


# --- agenda items ------------------------------------------------------------

_PARAGRAPH = re.compile(r"\bpara(?:graph|\.)?s?\s*(\d)\b", re.I)
_BARE = re.compile(r"^\s*(\d)\s*$")


def exempt_paragraph(restriction: str) -> int | None:
    match = _PARAGRAPH.search(restriction or "") or _BARE.match(restriction or "")
    if match and 1 <= int(match.group(1)) <= 7:
        return int(match.group(1))
    return None


@dataclass
class ItemPlan:
    values: dict
    resolutions: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def item_values(item: xml.Item, *, number: str, order: int, agenda_published: bool) -> ItemPlan:
    warnings = []
    # What ModernGov itself keeps from the public stays so here: an item it
    # does not display is exempt, and minutes or a decision it has not
    # published for the item are left out.
    minutes_html, decision_html = item.minutes_html, item.decision_html
    if item.is_minutes_published is False and minutes_html:
        minutes_html = ""
        warnings.append(f"item {number}: its minutes are not published in ModernGov, so they were left out")
    if item.is_decision_published is False and decision_html:
        decision_html = ""
        warnings.append(f"item {number}: its decision is not published in ModernGov, so it was left out")
    is_exempt = item.is_restricted or not item.is_display_allowed
    if not item.is_display_allowed and not item.is_restricted:
        warnings.append(f"item {number} is not displayed to the public in ModernGov: imported as exempt; check it")
    minutes = richtext.to_html(minutes_html)
    decision_html = richtext.to_html(decision_html)
    if decision_html:
        preamble, resolutions, reason = split_decision(decision_html)
    else:
        # Minutes that end with their decision: the decision becomes the
        # item's resolutions and reason, and the minutes keep the narrative,
        # so the public page does not show it twice.
        narrative, decided = split_minutes(minutes)
        preamble, resolutions, reason = split_decision(decided or minutes)
        if decided and resolutions:
            minutes = narrative
    paragraph = exempt_paragraph(item.restriction) if is_exempt else None
    if is_exempt and paragraph is None:
        paragraph = DEFAULT_PARAGRAPH
        warnings.append(
            f"item {number} is restricted without a Schedule 12A paragraph "
            f"({item.restriction or 'none given'}): filed under paragraph {int(DEFAULT_PARAGRAPH)}; check it"
        )
    values = {
        "number": number,
        "number_fixed": True,
        "order": order,
        "title": " ".join(item.title.split())[:300] or f"Item {number}",
        "description": CleanedHTML(richtext.to_html(item.text)),
        "presenter": item.presenter[:300],
        "minutes": CleanedHTML(minutes),
        "preamble": preamble[:300],
        "reason_for_decision": CleanedHTML(richtext.to_html(reason)),
        "is_exempt": is_exempt,
        "exempt_paragraph": paragraph,
        "published_at": agenda_published,
    }
    return ItemPlan(values=values, resolutions=resolutions, warnings=warnings)


def split_minutes(html: str) -> tuple[str, str]:
    """(narrative, decision) of minutes whose decision starts a paragraph or ends one; ``(html, "")`` without."""
    parts = richtext.blocks(html)
    for index, block in enumerate(parts):
        first_line = richtext.to_text(block).strip().split("\n", 1)[0]
        found = decision_marker(first_line) if first_line else None
        if found is None:
            continue
        before = found[0].strip()
        narrative = "".join(parts[:index]) + (richtext.from_text(before) if before else "")
        return narrative, "".join(parts[index:])
    return html, ""


def split_decision(html: str) -> tuple[str, list[dict], str]:
    """The lead-in, the resolutions (label, text, kind) and the reason, from the decision's HTML."""
    text = richtext.to_text(html).strip()
    if not text:
        return "", [], ""
    preamble, parsed, reason = parse_decision(text)
    resolutions, labels = [], set()
    for resolution in parsed:
        label, body = (resolution.label or "")[:10], (resolution.text or "").strip()
        if not body:
            continue
        if label in labels:
            label = ""
        labels.add(label)
        resolutions.append({"label": label, "text": body, "kind": guess_resolution_kind(body)})
    return (preamble or "").strip(), resolutions, (reason or "").strip()


def document_values(document: xml.Document, *, site: str) -> dict:
    url = document.url
    if url and not url.startswith(("http://", "https://")):
        url = f"{site.rstrip('/')}/{url.lstrip('/')}"
    if not url.startswith(("http://", "https://")):
        url = ""
    return {
        "title": " ".join(document.title.split())[:300] or "Document",
        "source_url": url[:500],
        "is_exempt": document.is_restricted or not document.is_published,
    }


def item_number(item: xml.Item, position: int, taken: set) -> str:
    number = (item.number or str(position))[:10]
    candidate, n = number, 1
    while candidate in taken:
        n += 1
        candidate = f"{number[:7]}-{n}"
    taken.add(candidate)
    return candidate


def in_range(day: date, date_from: date | None, date_to: date | None) -> bool:
    return (date_from is None or day >= date_from) and (date_to is None or day <= date_to)


def fresh_moment(current, wanted: bool):
    """A published time: kept when already set, now when newly published, None when withdrawn."""
    if not wanted:
        return None
    return current or timezone.now()

