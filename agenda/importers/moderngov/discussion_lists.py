"""Lists of what was said in the discussion, which close the minutes without being their decision.

"In the subsequent discussion, the following points were made." leads into a lettered list of the
points raised; the minutes may break it with a paragraph of their own ("The Chair noted ...") and
go on with its later letters ("d) ...", "e) ...").  Those later items continue the points, however
their words read ("... it was proposed that these should be increased"): they are minutes, not a
decision whose heading was lost.
"""

from __future__ import annotations

import re

from .lines import decided, label
from .markers import reports_speech

# "In the subsequent discussion, the following points were made.", "During the debate ...",
# "Members raised the following issues:": a lead-in to what was said
_DISCUSSION_LEAD_IN = re.compile(
    r"[^.;:]{0,200}?\b(?:(?:in|during) (?:the )?(?:subsequent |ensuing |following |resulting )?"
    r"(?:discussion|debate|questions?)\b"
    r"|(?:points?|issues?|comments?|questions?|observations?|concerns?) (?:were|was) (?:made|raised|discussed"
    r"|asked|highlighted|expressed|noted)\b"
    r"|(?:raised|made|asked|discussed|highlighted|expressed) the following\b)",
    re.I,
)
#: Labels a list starts from.
_FIRST_LABELS = frozenset("a A 1 i I".split())
#: How many lines of the minutes' own may break a list of points before its later items.
MAX_BREAK_LINES = 4


def discussion_lead_in(line: str) -> bool:
    """Does the line lead into a list of what was said in the discussion, not of what was decided?"""
    return reports_speech(line) or (not line.endswith(";") and _DISCUSSION_LEAD_IN.match(line) is not None)


def points_list(lines: list[str], start: int, decision_item: re.Pattern[str]) -> bool:
    """Is the list whose item is at ``start`` a list of points made in the discussion: under a
    discussion lead-in, or going on ("d) ...") from such a list above it ("a) ...", "b) ...",
    "c) ...") that a paragraph of the minutes broke, or from a list above whose items do not read
    as decisions (``decision_item`` tells those that do)?"""
    found = label(lines[start])
    if found is None:
        return False
    above = _above(lines, start)
    if above is not None and label(lines[above]) is None and discussion_lead_in(lines[above]):
        return True
    if found[0] in _FIRST_LABELS:
        return False
    earlier = _earlier_list(lines, start, found[1])
    if earlier is None:
        return False
    lead, texts = earlier
    if lead is not None and discussion_lead_in(lines[lead]):
        return True
    return sum(bool(decided(text) or decision_item.match(text)) for text in texts) * 2 <= len(texts)


def _above(lines: list[str], index: int) -> int | None:
    """The nearest line above ``index`` with text on it, or None."""
    index -= 1
    while index >= 0 and not lines[index]:
        index -= 1
    return index if index >= 0 else None


def _earlier_list(lines: list[str], start: int, style: str) -> tuple[int | None, list[str]] | None:
    """(its lead-in's index, its items' texts) of the list of ``style`` above ``start`` that the
    list at ``start`` goes on from, past a few lines of the minutes breaking it; or None when no
    such list opens above at a first label."""
    index, broken = _above(lines, start), 0
    while index is not None and label(lines[index]) is None:
        broken += 1
        if broken > MAX_BREAK_LINES:
            return None
        index = _above(lines, index)
    texts: list[str] = []
    first = None
    while index is not None and (found := label(lines[index])) is not None:
        if found[1] == style:
            texts.append(found[2])
            first = found[0]
        index = _above(lines, index)
    if first not in _FIRST_LABELS:
        return None
    return index, texts
