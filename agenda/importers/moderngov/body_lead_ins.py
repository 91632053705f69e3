"""A lead-in naming who decided, at the head of a "Decision:" section.

Under the "Decision:" heading a list may be led into by a line naming the
decider with the marker inside it ("The Executive Mayor in Cabinet Resolved
to:", "The Leader of the Council resolved that:").  The whole line is the
list's preamble, not only the bare "to:" or "that:" after the marker.
"""

from __future__ import annotations

import re

# A bare lead-in left after the marker: "to:", "that:-", "that –".
_BARE = re.compile(r"(?:to|that) ?[:\-\u2013\u2014]{1,2}", re.I)
# Words naming the decider: "The Executive Mayor in Cabinet", not "It was".
_DECIDER = re.compile(r"(?:the )?[A-Z][\w'-]*(?: [\w'&,-]+){0,10}")


def whole(line: str, rest: str, under_heading: bool) -> str:
    """The lead-in to keep: the whole line when, first under a "Decision:" heading, it names the
    decider before its marker and leaves only a bare "to:" or "that:" after it; else ``rest``."""
    if not under_heading or not _BARE.fullmatch(rest) or line.lower().startswith(("it ", "resolved", "agreed")):
        return rest
    before = line[: len(line) - len(rest)].rstrip()
    words = before.split()
    return line if len(words) >= 3 and _DECIDER.fullmatch(" ".join(words[:-1])) else rest
