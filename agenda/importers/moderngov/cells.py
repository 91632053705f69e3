"""An item cut from a meeting page laid out as a table, its cells run into lines.

Some copies of ModernGov's "Agenda and minutes" page keep its table's layout:
each item is a row whose cells follow one another on a line, set apart only
by a space, and the row may close with the table's " |"::

    Minutes of the Previous Meeting PDF 246 KB To approve the minutes ... Additional
    documents: Decision: Cabinet RESOLVED that ... Minutes: RESOLVED that ... |

A text with ModernGov's "Additional documents:" heading after other text on a
line is such a row: its headings ("Additional documents:", "Decision:",
"Minutes:") start lines of their own, the title ends at its link's size ("PDF
246 KB") or where the agenda text begins ("... Policy To consider the report
..."), and the table's bars are dropped.  Any other text is left as it is.

Every pattern here is applied to one line and has no nested quantifiers.
"""

from __future__ import annotations

import re

# " Additional documents:" after a cell's text: the mark of a row run into one line.
# (Not after a "/": "Dogfennau ategol / Supporting documents:" is one heading in two languages.)
_DOCUMENTS_CELL = re.compile(r"[^\s/] (?=(?:Additional|Supporting) documents:)")
# The row's headings inside a line: "Additional documents:" after any text, "Decision:" and
# "Minutes:" after a heading's colon or a sentence's end.
_CELL_HEADING = re.compile(
    r"(?<=[^\s/]) (?=(?:Additional|Supporting) documents:)|(?<=[:.!?)]) (?=(?:Decision|Minutes): ?)"
)
# The title's link size, then the agenda text: "... Meeting PDF 246 KB To approve ...".
_SIZE_THEN_TEXT = re.compile(r"(?P<title>\S.*?) (?:pdf icon )?(?:pdf|docx?) \d{1,6}(?:[.,]\d{1,3})? ?[kmg]b(?: (?P<rest>\S.*))?",
                             re.I)
# A short title, then the agenda text opening with "To" and a verb: "... Bin Policy To consider the report",
# "... 21st February 2024 To receive".
_TITLE_THEN_TO = re.compile(r"(?P<title>[A-Z0-9][^.:;!?]{2,120}?[A-Za-z0-9)]) (?P<rest>To [a-z]{3,}(?: \S.*)?)")
#: How many lines into the text a row's "Additional documents:" is looked for.
_ROW_WITHIN = 12


def split_row(lines: list[str]) -> list[str]:
    """The lines with a table row's cells set on lines of their own (see the module's doc)."""
    texts = [index for index, line in enumerate(lines) if line]
    if not any(_DOCUMENTS_CELL.search(lines[index]) for index in texts[:_ROW_WITHIN]):
        return lines
    out: list[str] = []
    for index, line in enumerate(lines):
        line = line.rstrip(" |")  # the table's bar closing a row, or a line of bars
        pieces = _CELL_HEADING.split(line)
        if texts and index == texts[0]:
            pieces = [*_title_apart(pieces[0]), *pieces[1:]]
        out += [piece.strip() for piece in pieces if piece.strip()] if line else [""]
    return out


def _title_apart(cell: str) -> list[str]:
    """The row's first cell as its title, then any agenda text run on after it."""
    m = _SIZE_THEN_TEXT.fullmatch(cell)
    if m:
        return [m["title"], m["rest"] or ""]
    m = _TITLE_THEN_TO.fullmatch(cell)
    if m and len(m["title"].split()) <= 15:
        return [m["title"], m["rest"]]
    return [cell]
