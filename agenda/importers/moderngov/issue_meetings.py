"""An "Issue - meetings" page listing the item at more than one meeting.

Each meeting's entry opens with its "Meeting: <date> - <body> (Item N)" line,
then the item's own line ("9 Fees and Charges pdf icon PDF 98 KB"), its agenda
text and its "Additional documents:" list.  A later meeting's line ends the
list above it: the entry is the page's opening text again, not documents.
Its agenda text, where it repeats an earlier entry's word for word, is read
once.  A later meeting's line under the decision the first entry gives ends
that decision: the rest of the page is an earlier meeting's record of the
item, with its own decision, kept with the minutes and not read for one.
"""

from __future__ import annotations

from .furniture import meeting_line


def later_meeting(kind: str, line: str) -> bool:
    """Does the line open a later meeting's entry ("Meeting: 07/03/2023 - Council (Item 9)")
    under the documents an earlier entry lists (``kind``)?"""
    is_meeting, number = meeting_line(line) if kind == "documents" and line else (False, None)
    return is_meeting and number is not None


def ends_decision(decided: bool, line: str) -> bool:
    """Does the line open a later meeting's entry ("Meeting: 07/03/2023 - Council (Item 9)")
    under the decision an earlier entry gave (``decided``)?"""
    is_meeting, number = meeting_line(line) if decided and line else (False, None)
    return is_meeting and number is not None


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
