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

Other copies keep a table's cells on lines of their own, each closed by the
table's " |", and a row's cells set apart by " | " (see :func:`bars_apart`)::

    Decision number: |
    Decision: |
    41/2018 |
    The Cabinet agreed ... |
    <text after the table>

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
# The spaces a copy may leave around a table's bar.
_BLANKS = " \t\u00a0"
# " | " between two cells of a row on one line.
_INNER_BAR = re.compile(r"[ \t\u00a0]+\|[ \t\u00a0]+")
#: How many lines must close with " |" (when no line is a bar alone) before the bars are a table's.
_CLOSED_CELLS = 2


def bars_apart(raws: list[str]) -> list[str]:
    """Raw lines with a table's bars read as the boundaries of its cells.

    A line closed by " |" ends a table's cell (or a row of cells set apart by
    " | "), and a line of "|" alone is the table's bar between rows.  That is
    so only in a text where two lines or more close so, or a line is a bar
    alone: one line ending with "|" may be the text's own.  Then each closing
    bar (and a row's opening one) is dropped, the cells of a row are set on
    lines of their own, as when each cell was copied to its line, a line of
    "|" alone becomes a blank line, and a line no bar closes straight after a
    closed one (the text below the table, or a cell running over several
    lines) starts a paragraph of its own.  A "|" in a line no bar closes
    stays ("Council | Town Hall | contact us", "Option A | Option B"), as
    does any other text.
    """
    kinds = [_closing(raw) for raw in raws]
    if "bar" not in kinds and kinds.count("cell") < _CLOSED_CELLS:
        return raws
    out: list[str] = []
    for index, raw in enumerate(raws):
        kind = kinds[index]
        if kind == "bar":
            out.append("")
        elif kind == "cell":
            row = raw.strip(_BLANKS)[:-1].rstrip(_BLANKS)
            if row[:1] == "|" and row[1:2] and row[1:2] in _BLANKS:  # "| a | b |": the row's opening bar
                row = row[1:]
            out += [cell.strip(_BLANKS) for cell in _INNER_BAR.split(row)]
        else:
            if index and kinds[index - 1] == "cell" and raw.strip(_BLANKS):
                out.append("")  # the text after a closed cell is not that cell's
            out.append(raw)
    return out


def _closing(raw: str) -> str:
    """"bar" for a line of bars alone ("|"), "cell" for text closed by " |", else ""."""
    line = raw.rstrip(_BLANKS)
    if not line.endswith("|"):
        return ""
    if not line.strip(_BLANKS + "|"):
        return "bar"
    return "cell" if line[-2] in _BLANKS else ""


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
