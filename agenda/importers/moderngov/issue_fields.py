"""The fields of ModernGov's "Issue details" page after an issue's purpose.

Under the purpose the page lists its fields: "Decision type:", "Decision
status:", "Divisions affected:" (or "Wards affected:"), "Lead member:", then
"Consultation process" and "Consultees", each a heading without its colon
over a paragraph, and "Democratic Services Contact: ...".  Each ends the
purpose and is kept as a detail.  Written without its colon, a field's name
is read as the field only straight after another field: in an item's agenda
text, "Consultation process" is a heading of that text.

The page tells the issue, what is or was to be decided, whatever its
status ("Recommendations Approved"): its decisions are on pages of their own,
linked from it ("Decisions", "Agenda items").  Its text is the purpose, and
no decision is read from it.

A forward plan's issue page may say among its fields "This decision will be
taken under urgency procedures.": a detail too, kept as "Urgency".

"Scrutiny Considerations" tells what the scrutiny committee resolved before the
decision: its text is never the decision.  A decision's page may list more fields of the same kind ("Decision Reference:",
"Equality and/or Environmental Impact Assessment:", "Declarations or conflicts
of Interest:", "Other reasons / organisations consulted" over its value).

A documents heading over "None" ("Background papers" / "- None") lists no
document.
"""

from __future__ import annotations

import re

from .furniture import page_start
from .lines import unlabelled

# Fields of the page not read elsewhere, with their colon or alone on their line.
_FIELD = re.compile(
    r"(?P<label>divisions? affected|consultation process|consultees"
    r"|democratic services contacts?|lead directors?|reason for urgency|will the public be excluded\??"
    r"|are there any background papers\??|decision reference"
    r"|equality (?:and/or |and |or )?(?:environmental )?impact assessments?"
    r"|declarations? (?:or|and|of) conflicts? of interests?|other reasons ?/ ?organisations consulted"
    r"|scrutiny considerations?)"
    r"(?:(?P<colon> ?: ?)(?P<rest>.*))?",
    re.I,
)

# Where a field may be read: among the page's opening text and fields, before any decision.
_OPENING = ("pre", "detail", "purpose")


def field(line: str, kind: str) -> tuple[str, str] | None:
    """(label, inline value) of an issue page's field on the line, read in a section of ``kind``;
    None when the line is no such field, or names one without its colon outside the fields."""
    m = _FIELD.fullmatch(line) if line and kind in _OPENING else None
    if m is None or m["colon"] is None and (kind != "detail" or not line[:1].isupper()):
        return None
    return m["label"], m["rest"] or ""


def told(label: str) -> bool:
    """Is the field one that tells what another body did ("Scrutiny Considerations": "The Scrutiny
    Committee resolved ..."), its text never the decision of the page?"""
    return label.lower().startswith("scrutiny consideration")


# "Part 1 & 2 (Para 3): Part 1": a short label of the page's own, its value after the colon.
_LABELLED = re.compile(r"(?P<label>[A-Z][\w&/()' -]{1,60}?) ?: (?P<rest>\S[^:]{0,100})")


def labelled(line: str) -> tuple[str, str] | None:
    """(label, value) of a short "Label: value" line among the page's fields, or None: a field
    the reader does not know by name is still a field there, never the page's text."""
    m = _LABELLED.fullmatch(line)
    if m is None or m["label"].split()[0].lower() in ("that", "to", "the", "it", "we", "note"):
        return None
    return m["label"], m["rest"]


# "This decision will be taken under urgency procedures.": a forward plan's note among its fields.
_URGENCY = re.compile(
    r"this (?:decision|item|matter) (?:will be|is to be|was|has been) (?:taken|made|dealt with)"
    r" (?:under|in accordance with) (?:the )?(?:council's )?(?:special |general )?(?:urgency|urgent|exception)\b.{0,200}",
    re.I,
)


def urgency_note(line: str) -> bool:
    """Is the line a forward plan's note that the decision will be taken under urgency procedures?"""
    return _URGENCY.fullmatch(line) is not None


# "None", "- None.", "N/A", "Nil": a documents list that lists none.
_NONE = re.compile(r"(?:none|nil|n/a|not applicable)\.?", re.I)


def without_none(lines: list[str]) -> list[str]:
    """A documents list's lines without a "None" standing for no document."""
    return [line for line in lines if not (line and _NONE.fullmatch(unlabelled(line).strip()))]


_DETAILS_PAGE = re.compile(r"issue ?(?:[-\u2013:] ?)?details", re.I)


def details_page(lines: list[str]) -> bool:
    """Was the text copied from an "Issue details" page, its heading above the title?"""
    first = page_start(lines)
    return bool(first) and _DETAILS_PAGE.fullmatch(lines[first - 1].strip()) is not None
