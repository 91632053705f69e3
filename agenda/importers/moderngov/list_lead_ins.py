"""The line that leads into a decision's list ("That the Committee:", "RESOLVED that -").

A lead-in ends in ":" or in a dash set apart where the colon was meant ("That
the Committee agreed \u2013"), or is a bare "THAT" or "to".  It is the list's
preamble, never a resolution of its own.
"""

from __future__ import annotations

import re

# "... agreed \u2013", "... agreed -": a dash after a space ending the line, never a word broken at its hyphen.
_DASH_ENDED = re.compile(r"\w \s*[-\u2013\u2014]{1,2}\s*$")


def is_lead_in(paragraph: str) -> bool:
    """ "That the Committee:", "that:-", "That the Committee agreed \u2013", a bare "THAT" or "to"
    ("RESOLVED: to" over its list)."""
    bare = paragraph.rstrip(" -\u2013\u2014")
    return (bare.endswith(":") or bare.rstrip(":").lower() in ("that", "to")
            or _DASH_ENDED.search(paragraph) is not None)
