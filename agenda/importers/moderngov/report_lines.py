"""The agenda's "Report of <post>" line where the title should be.

A page copied without its title may open at the line saying whose report the
item is ("Report of the Head of Housing", "Report by the Director of
Finance."), straight over the "Minutes:" heading, the decision marker or the
"Additional documents:" list, or closed by its full stop.  A
title does not stand so over the minutes: the line is the item's purpose, its
title lost.  Under the page's "Agenda item" heading the line is in the
title's place and stays the title.
"""

from __future__ import annotations

import re

from . import markers

#: A report line naming its author is short: a post, not a paragraph.
MAX_WORDS = 16
_REPORT_OF = re.compile(r"reports? (?:of|by|from) (?:the )?[A-Z][^.:;!?]*\.?", re.I)


def opens_untitled(lines: list[str], index: int, under_item_heading: bool) -> bool:
    """Is the line at ``index`` a "Report of <post>" line standing first, the "Minutes:" heading or
    a decision marker or the documents' heading the next line with text, or the line closed by its
    full stop?"""
    line = lines[index]
    if under_item_heading or len(line.split()) > MAX_WORDS or not _REPORT_OF.fullmatch(line):
        return False
    below = next((other for other in lines[index + 1 :] if other), "")
    # "Report of the Director." closed by its full stop, or over the item's "Additional documents:"
    return (line.endswith(".") or markers.minutes_heading(below, strict=True) is not None
            or markers.decision(below) is not None or markers.documents_heading(below) is not None)
