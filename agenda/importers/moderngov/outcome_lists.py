"""A closing numbered list of outcomes, its RESOLVED heading lost in copying.

Some councils minute what was decided as a numbered list whose items open
with the outcome in the past tense ("1. Rejected the proposed increase ...",
"2. Deferred the decision on ..."), under a RESOLVED heading that copying can
drop.  Such a list is the decision only when it is the whole of the closing
text: every item of it so worded, from its first label to the end of the item
(or its "Supporting documents:"), with no line leading into it with ":" (what
someone reported had been done before).
"""

from __future__ import annotations

import re

from .lines import label

# The outcome opening an item, in the past tense.
_OUTCOME = re.compile(
    r"(?:approved|agreed|noted|rejected|endorsed|adopted|accepted|deferred|refused|declined|resolved"
    r"|recommended|authori[sz]ed|delegated|confirmed|granted|supported|received|ratified|upheld)\b",
    re.I,
)

#: Labels a list starts from.
_FIRST_LABELS = {"a", "A", "1", "i", "I"}

#: A list of outcomes has this many items at least.
MIN_ITEMS = 2


def closing_outcomes(lines: list[str]) -> int | None:
    """Where a closing numbered or lettered list of outcomes begins, or None.

    Read from the end up, paragraph by paragraph: each paragraph of the list
    opens with an item of the list's style, its other lines further items or
    an item's wrapped words.  The list must open at its first label, hold two
    items or more, and every item must open with its outcome ("Rejected ...").
    """
    end = len(lines)
    while end and not lines[end - 1]:
        end -= 1
    style = None
    start = end
    index = end
    while index > 0:
        top = index
        while top > 0 and lines[top - 1]:
            top -= 1  # the paragraph is lines[top:index]
        found = label(lines[top])
        if found is None or found[1].startswith("bullet") or style not in (None, found[1]):
            break
        style = found[1]
        if not all(_item_or_wrap(line, style) for line in lines[top + 1 : index]):
            break
        start = top
        index = top
        while index > 0 and not lines[index - 1]:
            index -= 1
    listed = [found for line in lines[start:end] if line and (found := label(line)) and found[1] == style]
    if len(listed) < MIN_ITEMS or listed[0][0] not in _FIRST_LABELS:
        return None
    if not all(_OUTCOME.match(text) for _, _, text in listed):
        return None
    above = index - 1
    if above >= 0 and lines[above].rstrip(" -\u2013\u2014").endswith(":"):
        return None  # "... the Panel had:" over the list: what was done before, not decided now
    return start


def _item_or_wrap(line: str, style: str) -> bool:
    """A further item of the list, or words of an item wrapped onto their own line."""
    found = label(line)
    return found is None or found[1] == style
