"""
What a clerk pastes to name a ModernGov meeting or committee: a page's
address, copied from the browser, or a bare meeting number.

ModernGov's public pages carry the ids in their query strings, with a case
and spelling that vary by page::

    ieListDocuments.aspx?CId=412&MId=8135&Ver=4      a meeting's agenda
    mgMeetingAttendance.aspx?ID=8135                 a meeting's attendance
    mgChooseDocPack.aspx?ID=8135                     a meeting's papers
    ieListMeetings.aspx?CommitteeId=412              a committee's meetings
    mgCommitteeDetails.aspx?ID=412                   a committee

:func:`read_reference` turns any of these into a :class:`Reference`: the
site's base address (everything before the page name) and the meeting or
committee id.  It is pure: it never fetches anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit, urlunsplit

__all__ = ["Reference", "ReferenceError", "read_reference", "site_base"]

_MEETING_PAGES = {
    "ielistdocuments.aspx": ("mid",),
    "ielistmeeting.aspx": ("mid",),
    "mgmeetingattendance.aspx": ("id",),
    "mgchoosedocpack.aspx": ("id",),
    "mgmeetingdetails.aspx": ("id", "mid"),
}
_COMMITTEE_PAGES = {
    "mgcommitteedetails.aspx": ("id",),
    "ielistmeetings.aspx": ("committeeid", "cid"),
    "mgcommitteemembers.aspx": ("id",),
}
_ID = re.compile(r"[0-9]{1,9}")


class ReferenceError(ValueError):  # noqa: A001 - a clerk-facing message, like ValidationError
    """What was pasted names no ModernGov meeting or committee; the message says why."""


@dataclass(frozen=True)
class Reference:
    site: str  # "https://democracy.example.gov.uk" (no trailing slash), or "" for a bare id
    kind: str  # "meeting" or "committee"
    id: int


def site_base(url: str) -> str:
    """A ModernGov site's base address: scheme, host and any path before the page name."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ReferenceError("Enter the address of a ModernGov site, starting with https://")
    path = parts.path
    if path.lower().endswith(".aspx") or path.lower().endswith(".asmx"):
        path = path.rsplit("/", 1)[0]
    path = re.sub(r"/mgWebService\.asmx.*$", "", path, flags=re.I).rstrip("/")
    # A user name and password in the address are never kept or shown again.
    netloc = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit((parts.scheme, netloc, path, "", ""))


def read_reference(text: str, default_site: str = "") -> Reference:
    """The meeting or committee a pasted address or id names (see the module docstring)."""
    value = (text or "").strip()
    if not value:
        raise ReferenceError("Enter the address of a ModernGov meeting page, or its meeting number.")
    if len(value) > 2000:
        raise ReferenceError("That is too long to be a ModernGov address.")
    if _ID.fullmatch(value):
        if not default_site:
            raise ReferenceError(
                "A meeting number alone is not enough: enter the ModernGov site's address too, "
                "or paste the meeting page's full address."
            )
        return Reference(site_base(default_site), "meeting", int(value))
    if not re.match(r"https?://", value, re.I):
        raise ReferenceError(
            "Enter a full address starting with https://, such as "
            "https://democracy.example.gov.uk/ieListDocuments.aspx?CId=412&MId=8135, or a meeting number."
        )
    parts = urlsplit(value)
    page = parts.path.rsplit("/", 1)[-1].lower()
    query = {key.lower(): val for key, val in parse_qsl(parts.query)}
    for pages, kind in ((_MEETING_PAGES, "meeting"), (_COMMITTEE_PAGES, "committee")):
        if page in pages:
            for key in pages[page]:
                if _ID.fullmatch(query.get(key, "")):
                    return Reference(site_base(value), kind, int(query[key]))
            raise ReferenceError(
                f"This {kind} page's address has no {kind} number in it. "
                "Copy the whole address from the browser."
            )
    raise ReferenceError(
        "This is not a ModernGov meeting or committee page. Open the meeting's agenda in ModernGov "
        "(its address contains ieListDocuments.aspx) and copy the address."
    )
