"""An "Issue - meetings" page listing the item at more than one meeting.

Each meeting's entry opens with its "Meeting: <date> - <body> (Item N)" line,
then the item's own line ("9 Fees and Charges pdf icon PDF 98 KB"), its agenda
text and its "Additional documents:" list.  A later meeting's line ends the
list above it: the entry is the page's opening text again, not documents.
Its agenda text, where it repeats an earlier entry's word for word, is read
once.  A later meeting's line under the decision the first entry gives ends
that decision, as it ends the first entry's minutes where that entry has no
decision: the rest of the page is an earlier meeting's record of the item,
with its own decision, kept with the minutes and not read for one.
The item's own line, worded otherwise than the issue ("Public Question Time
(15 minutes)"), is known from the words it shares with the issue's title.
"""

from __future__ import annotations

from . import markers, purpose, untitled
from .furniture import meeting_line
from .lines import label


def later_meeting(kind: str, line: str) -> bool:
    """Does the line open a later meeting's entry ("Meeting: 07/03/2023 - Council (Item 9)")
    under the documents an earlier entry lists (``kind``)?"""
    is_meeting, number = meeting_line(line) if kind == "documents" and line else (False, None)
    return is_meeting and number is not None


def ends_decision(decided: bool, line: str) -> bool:
    """Does the line open a later meeting's entry ("Meeting: 07/03/2023 - Council (Item 9)")
    under the decision or the minutes an earlier entry gave (``decided``)?"""
    is_meeting, number = meeting_line(line) if decided and line else (False, None)
    return is_meeting and number is not None


def earlier_entry(name: str, lines: list[str]) -> bool:
    """Is the text an earlier meeting's entry, set apart after the first entry ended (``name``
    "after"), opening with its "Meeting: ..." line?"""
    return name == "after" and bool(lines) and ends_decision(True, lines[0])


def entries_once(lines: list[str]) -> list[str]:
    """The page's opening lines without those of a later meeting's entry that repeat, word for
    word, a line of an entry above it (the same agenda text, printed for each meeting)."""
    seen: set[str] = set()
    meetings = 0
    kept = []
    for line in lines:
        if line and meeting_line(line)[0]:
            meetings += 1
        elif line and meetings > 1 and line in seen:
            continue
        elif line and meetings:
            seen.add(line)
        kept.append(line)
    return kept


def link_above(kept: list[str]) -> bool:
    """Is the only line kept so far an item's link line ("11 Annual Report"), or was it dropped?"""
    filled = [line for line in kept if line]
    return not filled or len(filled) == 1 and len(filled[0]) <= 200 and not filled[0].endswith((".", ":", ";"))


def is_item_line(line: str, title: str, number: str | None = None) -> bool:
    """Is the line under an issue page's "Meeting: ..." line the item's own name, worded
    differently from the issue ("Public Question Time (15 minutes)"), perhaps after the number
    the meeting line gave ("485 Enforcement Tracker" under "(Item 485)")?  A name is short, shares
    most of its words with the issue's title, and is not a sentence, a purpose, a presenter,
    a heading or a list item."""
    text = line.strip()
    if number and text.startswith(f"{number} "):
        text = text[len(number) + 1 :]
    words = [word.strip("()[],.:;").lower() for word in text.split() if len(word.strip("()[],.:;")) > 3]
    shared = set(title.lower().replace("(", " ").replace(")", " ").split())
    return (
        len(text) <= 150
        and bool(words) and sum(word in shared for word in words) * 2 >= len(words)
        and not text.endswith((".", ":", ";", "?", "!", "]"))
        and text[:1].isupper()
        and not label(text)
        and not purpose.opens(text)
        and markers.presenter(text) is None
        and untitled.heading_name(text) is None
        and markers.purpose_heading(text) is None
    )
