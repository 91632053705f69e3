"""
ModernGov's web service responses (``mgWebService.asmx``) as dataclasses.

Pure Python, no Django. Councils run different ModernGov versions, so the
reading is forgiving: element and attribute names are compared without case
or namespace, a response may come bare or wrapped (a SOAP envelope, or the
``<string>`` of the HTTP GET binding holding escaped XML), attendees carry
their details as attributes or as child elements, documents are
``<linkeddoc>`` or ``<linkeddocument>``, and a missing element reads as
empty. Anything that is not XML at all raises :class:`ResponseError` with a
message naming the response and saying what it looks like instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from xml.etree import ElementTree

__all__ = [
    "Attendee", "Committee", "Councillor", "Document", "Item", "Meeting", "MeetingSummary",
    "ResponseError", "parse_committees", "parse_councillors", "parse_meeting", "parse_meetings",
]


class ResponseError(ValueError):
    """A response that cannot be read; the message names it."""


@dataclass
class Committee:
    id: str
    title: str
    category: str = ""
    is_expired: bool = False
    is_deleted: bool = False


@dataclass
class Councillor:
    id: str
    name: str
    party: str = ""
    ward: str = ""


@dataclass
class MeetingSummary:
    id: str
    date: str = ""
    time: str = ""
    status: str = ""


@dataclass
class Attendee:
    id: str
    name: str
    role: str = ""
    attendance: str = ""
    party: str = ""
    ward: str = ""


@dataclass
class Document:
    id: str
    title: str
    url: str = ""
    is_restricted: bool = False
    is_published: bool = True
    publication_date: str = ""


@dataclass
class Item:
    id: str
    number: str
    title: str
    text: str = ""
    presenter: str = ""
    minutes_html: str = ""
    decision_html: str = ""
    is_restricted: bool = False
    restriction: str = ""
    documents: list[Document] = field(default_factory=list)
    # ModernGov's own per-item flags; None where the response does not say.
    is_display_allowed: bool = True
    is_minutes_published: bool | None = None
    is_decision_published: bool | None = None


@dataclass
class Meeting:
    id: str
    committee_id: str = ""
    committee_title: str = ""
    date: str = ""
    time: str = ""
    finish_time: str = ""
    status: str = ""
    location: str = ""
    is_agenda_published: bool = False
    is_decision_published: bool = False
    is_minutes_published: bool = False
    attendees: list[Attendee] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)


# --- reading any response --------------------------------------------------

_HTML = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html|<head|<body)", re.I)
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.I | re.S)
_H1 = re.compile(rb"<h[12][^>]*>(.*?)</h[12]>", re.I | re.S)
_TAGS = re.compile(r"<[^>]+>")


def read_xml(data: bytes, name: str) -> ElementTree.Element:
    """The response's root element, with every tag and attribute name local and lower case."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not data.strip():
        raise ResponseError(f"{name}: empty response")
    if _HTML.match(data[:2000]):
        raise ResponseError(f"{name}: not XML (it looks like an HTML page: {_html_title(data)!r})")
    if b"<!ENTITY" in data[:10000]:
        # Entity definitions have no place in ModernGov's answers, and can be abused.
        raise ResponseError(f"{name}: not accepted (the XML defines entities)")
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise ResponseError(f"{name}: not XML ({exc})") from None
    _localise(root)
    if root.tag == "string" and len(root) == 0 and (root.text or "").lstrip().startswith("<"):
        return read_xml(root.text.encode("utf-8"), name)
    return root


def _html_title(data: bytes) -> str:
    match = _TITLE.search(data[:20000]) or _H1.search(data[:20000])
    text = match.group(1).decode("utf-8", "replace") if match else ""
    return " ".join(unescape(_TAGS.sub(" ", text)).split())[:100] or "no title"


def _localise(root):
    for element in root.iter():
        if isinstance(element.tag, str):
            element.tag = element.tag.rsplit("}", 1)[-1].lower()
        if element.attrib:
            element.attrib = {key.rsplit("}", 1)[-1].lower(): value for key, value in element.attrib.items()}


def _text(element, *names: str) -> str:
    """The first non-empty child text (or attribute) of those names, stripped; "" when none."""
    for name in names:
        child = element.find(name)
        if child is not None and "".join(child.itertext()).strip():
            return "".join(child.itertext()).strip()
        if element.get(name, "").strip():
            return element.get(name).strip()
    return ""


def _body(element, *names: str) -> str:
    """An HTML body as ModernGov sends it: escaped text (or, rarely, inline markup)."""
    for name in names:
        child = element.find(name)
        if child is None:
            continue
        if len(child):
            inner = (child.text or "") + "".join(
                ElementTree.tostring(grandchild, encoding="unicode") for grandchild in child
            )
        else:
            inner = child.text or ""
        if inner.strip():
            return inner.strip()
    return ""


def _flag(element, *names: str, default: bool = False) -> bool:
    value = _text(element, *names).lower()
    if not value:
        return default
    return value in {"true", "1", "yes", "y"}


def _children(element, container: str, *names: str):
    """The named children of the container; where a site names the container otherwise, any descendants so named."""
    found = False
    for parent in element.iter(container):
        for child in parent:
            if child.tag in names:
                found = True
                yield child
    if not found:
        yield from (child for child in element.iter() if child.tag in names)


# --- the four responses ----------------------------------------------------


def parse_committees(data: bytes, name: str = "GetCommittees.xml") -> list[Committee]:
    root = read_xml(data, name)
    committees = []
    for element in root.iter("committee"):
        committee_id = _text(element, "committeeid")
        if not committee_id:
            continue
        committees.append(Committee(
            id=committee_id,
            title=_text(element, "committeetitle", "title") or f"Committee {committee_id}",
            category=_text(element, "committeecategory", "category"),
            is_expired=_flag(element, "committeeexpired", "expired"),
            is_deleted=_flag(element, "committeedeleted", "deleted"),
        ))
    if not committees and root.find(".//committees") is None and root.tag != "committees":
        raise ResponseError(f"{name}: no <committees> in the response (root element <{root.tag}>)")
    return committees


def parse_councillors(data: bytes, name: str = "GetCouncillorsByWard.xml") -> list[Councillor]:
    root = read_xml(data, name)
    councillors = []
    for ward in root.iter("ward"):
        ward_title = _text(ward, "wardtitle", "title")
        for element in _children(ward, "councillors", "councillor"):
            councillor_id = _text(element, "councillorid", "memberid")
            full_name = _text(element, "fullusername", "name")
            if councillor_id and full_name:
                councillors.append(Councillor(
                    id=councillor_id,
                    name=full_name,
                    party=_text(element, "politicalpartytitle", "politicalparty"),
                    ward=ward_title,
                ))
    return councillors


def parse_meetings(data: bytes, name: str) -> list[MeetingSummary]:
    root = read_xml(data, name)
    meetings = []
    for element in root.iter("meeting"):
        meeting_id = _text(element, "meetingid")
        if meeting_id:
            meetings.append(MeetingSummary(
                id=meeting_id,
                date=_text(element, "meetingdate"),
                time=_text(element, "meetingtime"),
                status=_text(element, "meetingstatus"),
            ))
    return meetings


def parse_meeting(data: bytes, name: str) -> Meeting:
    root = read_xml(data, name)
    element = root if root.tag == "meeting" else root.find(".//meeting")
    if element is None or not _text(element, "meetingid"):
        raise ResponseError(f"{name}: no <meeting> with a <meetingid> in the response")
    committee = element.find("committee")
    return Meeting(
        id=_text(element, "meetingid"),
        committee_id=_text(element, "committeeid") or (
            _text(committee, "committeeid") if committee is not None else ""),
        committee_title=_text(element, "committeetitle") or (
            _text(committee, "committeetitle") if committee is not None else ""),
        date=_text(element, "meetingdate"),
        time=_text(element, "meetingtime"),
        finish_time=_text(element, "meetingplannedfinishtime", "plannedfinishtime", "meetingfinishtime"),
        status=_text(element, "meetingstatus"),
        location=_text(element, "meetinglocation", "location"),
        is_agenda_published=_flag(element, "agendapublished", "isagendapublished"),
        is_decision_published=_flag(element, "decisionpublished", "decisionspublished"),
        is_minutes_published=_flag(element, "minutespublished", "minutepublished", "isminutespublished"),
        attendees=[_attendee(child) for child in _children(element, "attendees", "attendee")],
        items=[_item(child) for child in _children(element, "agendaitems", "agendaitem")],
    )


def _attendee(element) -> Attendee:
    return Attendee(
        id=_text(element, "memberid", "councillorid", "userid"),
        name=_text(element, "name", "fullusername", "membername"),
        role=_text(element, "roledescription", "role"),
        attendance=_text(element, "attendance", "attendancestatus"),
        party=_text(element, "politicalparty", "politicalpartytitle"),
        ward=_text(element, "ward", "wardtitle"),
    )


_PRESENTER = re.compile(r"^\s*(?:presented by|presenter|report of|lead officer)\s*[:\-]\s*(.+)$", re.I | re.M)


def _item(element) -> Item:
    text = _body(element, "agendatext", "agendaitemtext")
    presenter = _text(element, "presentedby", "presenter")
    if not presenter:
        # Otherwise a "Presented by: ..." line in the item's comments or text.
        comments = _text(element, "agendaitemcomments", "comments", "itemcomments")
        match = _PRESENTER.search(unescape(_TAGS.sub("\n", comments + "\n" + text)))
        presenter = match.group(1).strip() if match else ""
    number = _text(element, "fulldisplaynumberformat", "agendaitemnumber", "displaynumber")
    return Item(
        id=_text(element, "agendaitemid"),
        number=number.rstrip(".").strip(),
        title=_text(element, "agendaitemtitle", "title"),
        text=text,
        presenter=" ".join(presenter.split()),
        minutes_html=_body(element, "minutesnonemptyhtmlbody", "minuteshtmlbody"),
        decision_html=_body(element, "decisionnonemptyhtmlbody", "decisionhtmlbody"),
        is_restricted=_flag(element, "isrestricted", "restricted"),
        restriction=_text(
            element, "restriction", "restrictionreference", "restrictiontext", "restrictionreason",
            "exemptionreason", "restrictioncategory",
        ),
        documents=[_document(child) for child in _children(element, "linkeddocuments", "linkeddoc", "linkeddocument")],
        is_display_allowed=_flag(element, "isdisplayallowed", default=True),
        is_minutes_published=_optional_flag(element, "isminutepublished", "isminutespublished"),
        is_decision_published=_optional_flag(element, "isdecisionpublished", "isdecisionspublished"),
    )


def _optional_flag(element, *names: str) -> bool | None:
    return _flag(element, *names) if _text(element, *names) else None


def _document(element) -> Document:
    return Document(
        id=_text(element, "attachmentid", "documentid", "id"),
        title=_text(element, "title", "documenttitle") or "Document",
        url=_text(element, "url", "documenturl"),
        is_restricted=_flag(element, "isrestricted", "restricted"),
        is_published=_flag(element, "ispublished", "published", default=True),
        publication_date=_text(element, "publicationdate"),
    )
