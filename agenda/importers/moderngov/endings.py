"""Where a decision block ends: the minutes' own text printed after it.

A decision is followed on the page by more of the minutes: a heading of
their own ("Matters arising:") over a paragraph, or a note set off with
asterisks ("*** The meeting went into private session ***").  What follows
such a heading is not part of the decision.
"""

from __future__ import annotations

import re

from .lines import label

# "Matters arising:", "Public questions:": a short heading of the minutes, not a lead-in.
_HEADING = re.compile(r"[A-Z][\w'()/,&-]*(?: [\w'()/,&-]+){0,3} ?:")
# Headings that lead into a decision's items rather than end it.
_LEAD_IN_WORDS = {
    "that", "to", "the", "it", "we", "members", "cabinet", "committee", "council", "board", "panel",
    "executive", "forum", "commission", "resolved", "agreed", "decision", "decisions", "recommendations",
    "recommended", "approved", "noted",
}


def minutes_heading_after(lines: list[str]) -> int:
    """Where a heading of the minutes below a decision's first paragraph begins, or the block's end.

    The heading stands alone after a blank line, is a few words ending in ":",
    and does not lead into a list (a list under it would be the decision's).
    """
    first = next((i for i, line in enumerate(lines) if line), len(lines))
    end = next((i for i in range(first, len(lines)) if not lines[i]), len(lines))
    for index in range(end + 1, len(lines)):
        line = lines[index]
        if not line or lines[index - 1] or label(line) or not _HEADING.fullmatch(line):
            continue
        if line.split()[0].lower().rstrip(":") in _LEAD_IN_WORDS:
            continue
        following = next((x for x in lines[index + 1 :] if x), "")
        if following and not label(following):
            return index
    return len(lines)
