"""The names of the documents an item lists under "Supporting documents:" and "Additional documents:"."""

from __future__ import annotations

import re

from .furniture import is_site_footer, is_size_only, without_other_format, without_size
from .lines import SUB, unlabelled


# "Tariffs Report, item 12. PDF 80 KB": the link names the item the paper belongs to after its name,
# its number perhaps within the year ("..., item 67/21").
_ITEM_NOTE = re.compile(r", item \d{1,3}(?:\.\d{1,3})*(?:/\d{2}(?:\d{2})?)?[a-z]?\.?$", re.I)


def listed_once(lists: list[list[str]]) -> list[str]:
    """The documents of every list, each named once where it is last listed: an agenda item's
    "Additional documents:" under its link come again in its full "Supporting documents:" list."""
    later: set[str] = set()
    kept: list[list[str]] = []
    for names in reversed(lists):
        kept.append([name for name in names if name.lower() not in later])
        later |= {name.lower() for name in names}
    return [name for names in reversed(kept) for name in names]


def document_name(line: str) -> str:
    """A document line without its bullet, a trailing size such as "PDF 245 KB" or link text (the
    item the link names: "..., item 12")."""
    name = unlabelled(line) if line.lstrip(SUB).startswith("- ") else line
    if is_size_only(name) or is_site_footer(name):
        return ""  # the size of the document above, wrapped onto its own line; the site's footer
    link = name.lower().find(" view the reasons")
    name = without_size(without_other_format(name[:link] if link > 0 else name))
    note = _ITEM_NOTE.search(name)
    return name[: note.start()] if note and note.start() > 0 else name
