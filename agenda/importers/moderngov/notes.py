"""The notes the minutes print after a decision, never part of it.

After a decision the minutes may note who left the room, how the vote went,
an action and who takes it, the call-in deadline, or what the chair did
next: "(Councillor X left the meeting.)", "Note: ...", "[Call-in does not
apply].", "Carried", "Voting record: For 30, against 2", "Jo Bloggs (Clerk)
to write to the bodies.", or a note in square brackets over several lines,
numbered or not ("[Notes;" / "1. The vote on the motion was ...]").
"""

from __future__ import annotations

import re

from .lines import label
from .votes import is_note

_THAT = re.compile(r"that\b", re.I)
_NOTE = re.compile(
    r"notes?(?: to the minutes?)? ?[:\-\u2013] "
    r"|\*{2,} ?\S.*"  # "*** The meeting went into private session ***"
    r"|(?:voting(?: for| against)?|votes?(?: for| against)?|the vote(?: was)?|actions?(?: by| owner| points?)?)"
    r" ?[:\-\u2013] ?\S"  # "Voting: For 5, ...", "Voting for \u2013 unanimous."
    r"|(?:signed:? ?)?(?:(?:vice[- ])?chair(?:man|person)?)\.?$"  # the chair's signature line
    r"|(?:voting record|recorded vote|record of (?:the )?vote)\b|for:? \d{1,3}\b[^.;]{0,20}\bagainst\b"
    r"|[A-Z][^()]{0,60}\([^()]{1,80}\) to [a-z]{3,}\b"  # an action: "Jo Bloggs (Clerk) to write to ..."
    r"|.{0,80}\b(?:left|joined|re-?joined|arrived at|returned to) the (?:meeting|room|chamber)\b"
    r"|.{0,80}\b(?:arrived|left|returned|withdrew)(?: the (?:meeting|room|chamber))?"
    r" (?:during|for|at the start of|before|after|prior to) (?:this|the) (?:item|debate|discussion|vote)\b"
    r"|.{0,60}\b(?:adjourned|closed|ended|concluded) the meeting\b"
    r"|.{0,60}\b(?:meeting|committee|panel) (?:was )?(?:then )?(?:adjourned|ended|closed|concluded)\b"
    # "The call-in deadline is 12 December 2019": when the decision may be called in, not part of it
    r"|(?:the )?(?:call[- ]in (?:deadline|period|expiry date)|(?:deadline|last date) for call[- ]in)"
    r"(?: (?:is|was|will be|ends|ended|expires|expired)\b| ?:)"
    # "The Portfolio Holder ... has considered any representations received and determined to
    # confirm the decision outlined above": how the decision was confirmed, not part of it
    r"|[^.]{0,150}\bha(?:s|ve) (?:now )?considered (?:any |the |all )?(?:representations|objections)\b"
    r"[^.]{0,80}\b(?:determined|decided|resolved|agreed) to confirm\b",
    re.I,
)


def trailing_notes(lines: list[str]) -> int:
    """Where the closing notes of a block begin ("(Councillor X left the meeting.)", "Note: ...",
    "[Call-in does not apply].", "The Chair then adjourned the meeting ...", "Carried",
    "Voting record: For 30, against 2", "Jo Bloggs (Clerk) to write to the bodies.", a note in
    square brackets over several lines: "[Notes;" / "1. The vote on the motion was ...]").

    They record what happened after the decision, so they belong in the minutes.
    """
    cut = end = len(lines)
    index = end
    while index > 0:
        index -= 1
        line = lines[index]
        if not line:
            continue
        if (opening := _note_opening(lines, index)) is not None:
            cut = index = opening  # "[Notes;" / "1. The vote on the motion was ...]"
            continue
        if label(line) or _THAT.match(line):
            break
        if _bracketed(line) or _NOTE.match(line) or is_note(line):
            cut = index
            continue
        if _HEADED_NOTE.match(line) and _closed_above(lines, index):
            cut = index  # "Work programme \u2013 add a site visit ..." under a closed decision
            continue
        break
    return cut if any(lines[:cut]) else end


# "Work programme \u2013 add a site visit": a short heading in sentence case, a spaced dash, the note.
_HEADED_NOTE = re.compile(r"[A-Z][a-z]{2,}(?: [a-z]{2,}){0,3} [\-\u2013\u2014] \S")


def _closed_above(lines: list[str], index: int) -> bool:
    """Does the nearest line above end a sentence ("... added to the work programme.")?"""
    above = next((line for line in reversed(lines[:index]) if line), "")
    return above.endswith(".")


def _bracketed(line: str) -> bool:
    return line.startswith("(") and line.endswith((")", ").")) or line.startswith("[") and line.endswith(("]", "]."))


#: How many lines a note in square brackets may run over.
_MAX_NOTE_LINES = 12


def _note_opening(lines: list[str], close: int) -> int | None:
    """Where the note in square brackets that the line at ``close`` ends ("... voting against.]")
    opens: a line above opening with "[" ("[Notes;"), the lines between holding no bracket of
    their own; or None."""
    if not lines[close].endswith(("]", "].")) or lines[close].startswith("["):
        return None
    for index in range(close - 1, max(close - _MAX_NOTE_LINES, -1), -1):
        line = lines[index]
        if "]" in line:
            return None
        if line.startswith("["):
            return index
        if "[" in line:
            return None
    return None


# "Senior Officer Decision", "Key Decision Taken Under Urgency": a short label in title case
_LABEL_LINE = re.compile(r"[A-Z][A-Za-z'-]*(?: [A-Za-z'-]+){1,5}")


def closing_label(lines: list[str]) -> int:
    """Where a lone label in title case closing a section after a closed sentence begins (the
    kind of decision printed above a page's details), or the section's end."""
    end = len(lines)
    last = next((i for i in range(end - 1, -1, -1) if lines[i]), None)
    if last is None or not _LABEL_LINE.fullmatch(lines[last]):
        return end
    if not all(word[:1].isupper() or len(word) <= 3 for word in lines[last].split()):
        return end
    above = next((line for line in reversed(lines[:last]) if line), "")
    return last if above.endswith((".", "!", "?")) else end
