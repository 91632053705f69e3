"""The resolutions of a decision block, and decisions whose marker was lost.

A block is the text after one marker (RESOLVED, AGREED, DECISION...).  It
holds one resolution, or a lead-in ("That the Committee:") followed by
labelled or bulleted items.  A list nested under an item ("(a)" lines under
"1.", "o" bullets under "•") stays in that item's text.
"""

from __future__ import annotations

import re

from .lines import ROMAN_RE, label, past_tense, render, unlabelled
from .results import ParsedResolution

_THAT = re.compile(r"that\b", re.I)
_NOTE = re.compile(
    r"notes?(?: to the minutes?)? ?[:\-\u2013] "
    r"|.{0,80}\b(?:left|joined|re-?joined|arrived at|returned to) the (?:meeting|room|chamber)\b"
    r"|.{0,60}\b(?:adjourned|closed|ended|concluded) the meeting\b"
    r"|.{0,60}\b(?:meeting|committee|panel) (?:was )?(?:then )?(?:adjourned|ended|closed|concluded)\b",
    re.I,
)


def is_sibling(first: tuple[str, str], prev: str, found: str, style: str) -> bool:
    """Is a line labelled ``found`` the next item of the list begun by ``first``?

    "i", "v" and "x" are letters and roman numerals: in a lettered list "i"
    is a sibling only straight after "h"; in a list starting at "i" it is roman.
    """
    first_label, first_style = first
    if first_style in ("bullet", "bullet2", "dotted") or first_style.endswith("digit"):
        return style == first_style
    if style.split(":")[0] != first_style.split(":")[0] or style.endswith("digit"):
        return False
    roman_list = first_label.lower() == "i" or first_style.endswith("roman")
    if roman_list:
        return ROMAN_RE.fullmatch(found) is not None
    return len(found) == 1 and (found.lower() != "i" or prev.lower() == "h")


def items(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line index, label, text) of each top-level item in a block."""
    found: list[tuple[int, str, str]] = []
    first: tuple[str, str] | None = None
    for index, line in enumerate(lines):
        parsed = label(line)
        if not parsed:
            continue
        name, style, text = parsed
        if first is None:
            first = (name, style)
        elif not is_sibling(first, found[-1][1], name, style):
            continue
        found.append((index, name, text))
    return found


def _is_lead_in(paragraph: str) -> bool:
    """ "That the Committee:", "that:-", a bare "THAT"."""
    bare = paragraph.rstrip(" -\u2013\u2014")
    return bare.endswith(":") or bare.rstrip(":").lower() == "that"


def parse_block(lines: list[str]) -> tuple[str | None, list[ParsedResolution]]:
    """The lead-in and resolutions of one decision block.

    Without labels or bullets the block is one resolution (it may run to
    several paragraphs), unless it opens with a lead-in ending in ":" or a
    bare "THAT", or every paragraph is a "That ..." sentence: then each
    paragraph is a resolution whose bullet was lost in copying.
    """
    found = items(lines)
    if not found:
        text = render(lines)
        filled = [line for line in lines if line]
        if len(filled) > 1 and _is_lead_in(filled[0]):
            rest = render(lines[lines.index(filled[0]) + 1 :]).replace("\n\n", "\n").split("\n")
            return filled[0], [ParsedResolution("", p) for p in rest]
        if len(filled) > 1 and all(_THAT.match(line) for line in filled):
            return None, [ParsedResolution("", line) for line in filled]
        return None, [ParsedResolution("", text)] if text else []
    preamble = render(lines[: found[0][0]]) or None
    resolutions = []
    for n, (index, name, text) in enumerate(found):
        end = found[n + 1][0] if n + 1 < len(found) else len(lines)
        resolutions.append(ParsedResolution(name, render([text, *lines[index + 1 : end]])))
    return preamble, resolutions


def closed_extent(lines: list[str], is_decision: bool) -> int:
    """Where a decision block or reason stops when another decision follows.

    Narrative between two decisions belongs in the minutes, so an earlier
    block keeps only its items (through the paragraph holding the last one)
    or, when unlabelled, its first paragraph.
    """
    first = next((i for i, line in enumerate(lines) if line), 0)
    listed = is_decision and lines and (label(lines[first]) or _is_lead_in(lines[first]))
    found = items(lines) if listed else []
    if found:
        start = found[-1][0]
        return next((i for i in range(start, len(lines)) if not lines[i]), len(lines))
    # unlabelled: its first paragraph, which a labelled line ("(b) Next part") also ends
    return next((i for i in range(first + 1, len(lines)) if not lines[i] or label(lines[i])), len(lines))


def closing_decision(lines: list[str]) -> int | None:
    """Where a closing decision whose marker was lost begins, or None.

    ModernGov shows RESOLVED as a heading, and copying can drop it.  What
    remains is a last decision paragraph ("That ...", "the report be noted"),
    or a last list of items most of which read as decisions (with their
    sub-items), perhaps after a lead-in ending in ":".
    """
    end = len(lines)
    while end and not lines[end - 1]:
        end -= 1
    start = None
    index = end
    while index > 0:
        line = lines[index - 1]
        if line and not (label(line) or _decided(line)):
            break
        index -= 1
        if line and _decided(unlabelled(line)):
            start = index
    if start is None:
        return None
    first = label(lines[start])
    if first:  # a numbered or bulleted list: most items at its level read as decisions
        same_level = [p for p in (label(line) for line in lines[index:end] if line) if p and p[1] == first[1]]
        if sum(_decided(p[2]) for p in same_level) * 2 <= len(same_level):
            return None
    above = start - 1
    while above >= 0 and not lines[above]:
        above -= 1
    if above >= 0 and _short_lead_in(lines[above]):
        start = above
    return start


#: Blank lines in a row where ModernGov's styled RESOLVED heading stood before copying lost it.
LOST_HEADING_GAP = 3
# A decision is "That ...", or the subjunctive "the plan be agreed": a subject then "be",
# which narrative never uses bare ("was agreed", "would be", "asked that it be").
_SUBJUNCTIVE = re.compile(r"(?P<subject>[^.;:]{1,300}?) be \w", re.I)
# Words that make "be" part of narrative: right before it ("would be", "to be") ...
_NOT_BARE_BEFORE = {
    "to", "will", "would", "could", "should", "may", "might", "must", "can", "cannot", "shall", "not",
    "also", "never",
}
# ... or anywhere before it ("asked that it be", "Councillor X proposed the item be deferred").
_REPORTED = {
    "that", "whether", "if", "it", "there", "was", "were", "had",
    "suggested", "asked", "proposed", "moved", "requested", "recommended", "agreed", "urged", "insisted",
}
#: A decision's subject is a noun phrase, not a whole clause.
MAX_SUBJECT_WORDS = 25


def _decided(text: str) -> bool:
    """Does the text read as a decision: "That ...", or "the report be noted" / "The plan be agreed"?"""
    if _THAT.match(text):
        return True
    m = _SUBJUNCTIVE.match(text)
    if not m:
        return False
    words = m["subject"].lower().replace(",", " ").split()
    return (bool(words) and len(words) <= MAX_SUBJECT_WORDS and words[-1] not in _NOT_BARE_BEFORE
            and not _REPORTED.intersection(words))


def opens_decision(lines: list[str]) -> bool:
    """Does the block's first paragraph read as a decision (rather than narrative)?"""
    first = next((line for line in lines if line), "")
    return bool(label(first)) or _decided(first) or _is_lead_in(first)


def lost_heading(lines: list[str]) -> tuple[int, int] | None:
    """(start, end) of a decision whose RESOLVED heading was lost, found by the gap it left.

    Copying a page turns the heading into a run of blank lines; when decision
    paragraphs follow ("That ...", "(1) the report be noted;", "the plan be
    agreed."), they are the decision, up to the first paragraph that is
    neither a decision nor an item of their list.
    """
    start = None
    blank = 0
    for index, line in enumerate(lines):
        if not line:
            blank += 1
            continue
        if blank >= LOST_HEADING_GAP and _decided(unlabelled(line)):
            start = index
        blank = 0
    if start is None:
        return None
    end = len(lines)
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if line and not lines[index - 1] and not (label(line) or _decided(line)):
            end = index
            break
    while end > start and not lines[end - 1]:
        end -= 1
    return start, end


#: A lead-in is a phrase ("That the Committee:-", "Members agreed:"), not a sentence of narrative.
MAX_LEAD_IN_WORDS = 12


def _short_lead_in(line: str) -> bool:
    """Is the line above a lost-heading decision its lead-in, rather than narrative ending in ":"?"""
    short = line.count(" ") < MAX_LEAD_IN_WORDS or _THAT.match(line) is not None
    return line.endswith(":") and len(line) < 200 and short and not label(line)


def trailing_notes(lines: list[str]) -> int:
    """Where the closing notes of a block begin ("(Councillor X left the meeting.)", "Note: ...",
    "The Chair then adjourned the meeting ...").

    They record what happened after the decision, so they belong in the minutes.
    """
    cut = end = len(lines)
    for index in range(end - 1, -1, -1):
        line = lines[index]
        if not line:
            continue
        if label(line) or _THAT.match(line):
            break
        if (line.startswith("(") and line.endswith((")", ")."))) or _NOTE.match(line):
            cut = index
            continue
        break
    return cut if any(lines[:cut]) else end


def narrative_line(lines: list[str]) -> int:
    """Where narrative written straight under an unlabelled resolution begins, or the block's end.

    Pages copied one paragraph to a line put "That X be elected.", then "X
    signed the declaration." on the next line: a line after a full stop,
    opening with a capital, in the past tense of the minutes ("signed",
    "was"), and neither "That ..." nor a passive "... be ...", is narrative.
    """
    if items(lines):
        return len(lines)
    first = next((i for i, line in enumerate(lines) if line), len(lines))
    for index in range(first + 1, len(lines)):
        line = lines[index]
        if not line:
            break
        if (lines[index - 1].endswith(".") and line[:1].isupper() and not _THAT.match(line)
                and " be " not in line and past_tense(line)):
            return index
    return len(lines)


def list_end(lines: list[str]) -> int:
    """Where narrative after a block's labelled list begins, or the block's end.

    A paragraph after the last item, set off by a blank line, unlabelled and
    opening with a capital ("The Chair thanked officers."), is minuted
    narrative; a lead-in ending in ":" keeps what follows it.
    """
    found = items(lines)
    if not found:
        return len(lines)
    previous = ""
    for index in range(found[-1][0] + 1, len(lines)):
        line = lines[index]
        if line and not lines[index - 1] and not label(line) and line[:1].isupper():
            if not previous.endswith(":"):
                return index
        if line:
            previous = line
    return len(lines)
