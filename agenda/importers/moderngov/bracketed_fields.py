"""The page's fields set in round brackets after a decision.

Some councils print a decision's other options and reasons inside one pair of
round brackets under it::

    DECISION:
    That the recommendations be agreed.
    (Other options considered:
    · As detailed within the exempt report;
    Reasons for decision:
    · As detailed within the exempt report).

The brackets hold the fields, not the decision's text: the opening bracket
before a field's heading and the closing one at the end of the last field are
dropped, and each field is read as if printed without them.  A reason given as
one bullet alone is that bullet's text.
"""

from __future__ import annotations

from . import markers
from .lines import SUB, unlabelled


def opened(line: str) -> str | None:
    """The line without the bracket opening it before a field's heading ("(Other options
    considered:", "(Reasons for decision:"), or None."""
    if not line.startswith("(") or line.count("(") <= line.count(")"):
        return None
    rest = line[1:].lstrip()
    headed = markers.detail(rest) is not None or markers.reason_heading(rest) is not None
    return rest if headed else None


def closed(line: str) -> str | None:
    """The line without the bracket closing the fields at its end ("... report).", "...)"), or
    None when no unmatched bracket closes it."""
    text = line.rstrip(" .;")
    if not text.endswith(")") or text.count(")") <= text.count("("):
        return None
    return text[:-1].rstrip()


def single_bullet(reason: str) -> str:
    """A reason given as one bullet alone ("- The site is surplus."): the bullet's text."""
    lines = [line for line in reason.split("\n") if line.strip()]
    if len(lines) == 1 and lines[0].lstrip(SUB).startswith("- "):
        return unlabelled(lines[0])
    return reason
