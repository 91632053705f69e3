"""The line that leads into a decision's list ("That the Committee:", "RESOLVED that -").

A lead-in ends in ":", or is a bare "THAT" or "to".  Over a labelled list a
line ending in a dash set apart where the colon was meant ("That the Committee
agreed \u2013") leads in as well.  A lead-in is the list's preamble, never a
resolution of its own.
"""

from __future__ import annotations

import re

from .lines import label

# "... agreed \u2013", "... agreed -": a dash after a space ending the line, never a word broken at its hyphen.
_DASH_ENDED = re.compile(r"\w \s*[-\u2013\u2014]{1,2}\s*$")


def is_lead_in(paragraph: str) -> bool:
    """ "That the Committee:", "that:-", a bare "THAT" or "to" ("RESOLVED: to" over its list)."""
    bare = paragraph.rstrip(" -\u2013\u2014")
    return bare.endswith(":") or bare.rstrip(":").lower() in ("that", "to")


def opens_list(lines: list[str], index: int) -> bool:
    """Does the line at ``index`` lead into a list: a lead-in, or a line ending in a dash set apart
    ("That the Committee agreed \u2013") with a labelled line next ("i. To increase ...")?"""
    if is_lead_in(lines[index]):
        return True
    below = next((lines[at] for at in range(index + 1, len(lines)) if lines[at]), "")
    return _DASH_ENDED.search(lines[index]) is not None and bool(label(below))
