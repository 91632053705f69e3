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
one bullet alone is that bullet's text, and one opening with the minute's
paragraph number ("23.3 The policies ...") is read without the number.  A purpose
wholly in square brackets ("[To approve the strategy.]") is read without them.
"""

from __future__ import annotations

import re

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


# "23.3 The policies ...": the minute's paragraph number opening the reasons.
_PARAGRAPH_NUMBER = re.compile(r"\d{1,3}\.\d{1,3}\.? +(?=[A-Z])")


def without_paragraph_number(reason: str) -> str:
    """The reasons without the minute's paragraph number opening them."""
    stripped = reason.lstrip()
    m = _PARAGRAPH_NUMBER.match(stripped)
    return stripped[m.end() :] if m else reason


def unbracketed_purpose(lines: list[str]) -> list[str]:
    """The purpose without the square brackets round it when a single line holds it wholly
    ("[To approve a new strategy.]"): the brackets set the purpose apart, they are no part of it."""
    filled = [index for index, line in enumerate(lines) if line]
    if len(filled) != 1:
        return lines
    line = lines[filled[0]].strip()
    if not (line.startswith("[") and line.endswith(("]", "].")) and line.count("[") == 1 == line.count("]")):
        return lines
    inner = line[1:].rstrip(".").rstrip("]").strip()
    if not inner[:3].lower() == "to " or markers.presenter(line) is not None:
        return lines
    return [*lines[: filled[0]], inner, *lines[filled[0] + 1 :]]
