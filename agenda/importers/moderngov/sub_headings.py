"""Decisions an "Issue - decisions" page sets each under a short heading of its own.

A page for an item of urgent or other business may show several decisions,
each under the short heading of the matter it settles ("Playground Repairs",
"Date of the Next Meeting"), the headings copied as plain lines.  Every
paragraph under a heading is then a decision ("That ...", "It was agreed
that ..."), and the headings are the minutes'.
"""

from __future__ import annotations

import re

from .lines import decided, label, paragraphs, unlabelled

# "It was agreed that ...", "It was further resolved to ...": a decision told as the meeting agreed it.
_IT_WAS_AGREED = re.compile(
    r"it was (?:(?:also|further|then|unanimously) )?(?:agreed|resolved|decided) (?:that|to)\b", re.I
)

# "RECOMMENDED to Council", "Resolved": a line leading into a decision, not a matter's heading.
_LEAD_IN = re.compile(r"(?:it was )?(?:recommended|recommend|resolved|agreed|decided|approved|noted)\b", re.I)

#: A heading names a matter in a few words.
MAX_HEADING_WORDS = 10

#: Headed decisions are read only where the page holds at least this many headings.
MIN_HEADINGS = 2


def read(lines: list[str]) -> tuple[list[str], list[list[str]]] | None:
    """(minutes, decisions) of a page's body made wholly of short headings, each over decision
    paragraphs only; the minutes keep the headings.  None when the body has another shape: fewer
    than two headings, a heading over nothing, or a paragraph that is neither heading nor decision."""
    headings: list[str] = []
    decisions: list[list[str]] = []
    under = False  # a decision stands under the last heading
    for start, end in paragraphs(lines):
        paragraph = lines[start:end]
        if _heading(paragraph):
            if headings and not under:
                return None
            headings.append(paragraph[0])
            under = False
        elif headings and _decision(paragraph[0]):
            decisions.append(paragraph)
            under = True
        else:
            return None
    if len(headings) < MIN_HEADINGS or not under:
        return None
    minutes = [line for heading in headings for line in ("", heading)][1:]
    return minutes, decisions


def _heading(paragraph: list[str]) -> bool:
    """A matter's heading: one short line, capitalised, without a sentence's closing punctuation,
    neither an item of a list, a decision nor the line leading into one ("RECOMMENDED to Council")."""
    if len(paragraph) != 1:
        return False
    line = paragraph[0]
    return (len(line.split()) <= MAX_HEADING_WORDS and line[:1].isupper() and not line.endswith(tuple(".,:;!?"))
            and not label(line) and not _decision(line) and not _LEAD_IN.match(line))


def _decision(line: str) -> bool:
    text = unlabelled(line)
    return decided(text) or _IT_WAS_AGREED.match(text) is not None
