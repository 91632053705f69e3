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


# "141 *Closure of Parks": the item's number, then the asterisks marking the title
_NUMBER_STARS = re.compile(r"(?P<num>\d{1,3}[a-z]?\.?) \*{1,5} ?(?P<title>[^*\s][^*]*)")


def unstarred(title: str) -> str:
    """The title without the run of asterisks marking it ("**Closure of Parks"), also after the
    item's number, which the marker sets apart from the title as a full stop would ("141 *Closure of
    Parks" is "141. Closure of Parks")."""
    m = _STARS.fullmatch(title)
    if m:
        return m["title"]
    numbered = _NUMBER_STARS.fullmatch(title)
    return f"{numbered['num'].rstrip('.')}. {numbered['title']}" if numbered else title
