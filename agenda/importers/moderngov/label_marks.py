"""Marks printed around a field's label or an item's title.

A decision page may qualify a field's label in round brackets ("Decision
Maker (Name and Title):", "Lead Officer (name and post):"): the row is the
plain label's field, and ends the section above it as that field does.  A
title printed after a run of asterisks ("**Closure of Parks", "* Closure of
Parks") is the title without them: the asterisks mark it, they do not name it.
"""

from __future__ import annotations

import re

# "Decision Maker (Name and Title): ...": a label of words, its qualifier in brackets, its colon.
_QUALIFIED = re.compile(r"(?P<label>[A-Za-z][A-Za-z ?'/-]{1,60}?) \([A-Za-z &,/'-]{1,40}\) ?(?P<rest>:.*)")
_STARS = re.compile(r"\*{1,5} ?(?P<title>[^*\s][^*]*)")  # "*Urgent* Item" keeps its pair


def unqualified(line: str) -> str | None:
    """The line with its label's bracketed qualifier dropped ("Decision Maker: ..."), or None."""
    m = _QUALIFIED.fullmatch(line)
    return f"{m['label']}{m['rest']}" if m else None


def unstarred(title: str) -> str:
    """The title without the run of asterisks marking it ("**Closure of Parks")."""
    m = _STARS.fullmatch(title)
    return m["title"] if m else title
