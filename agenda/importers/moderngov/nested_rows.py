"""Rows nested under one item of a list ("(b) the following members be appointed –" over
"Housing – Councillor A", "Transport – Councillor B").

Unlabelled rows under an item that leads into them, with ":" or a dash, are that item's:
a list read from its end goes on above them.  Rows labelled under such an item ("1.1",
"1.2") end at the first paragraph without a label: one that is a whole decision of its
own ("The Cabinet Member noted the report.") is not the item's.
"""

from __future__ import annotations

from .lines import label, row

_LEADS_INTO_ROWS = (":", ":-", "\u2013", "\u2014", " -")


def item_above_rows(lines: list[str], end: int) -> int | None:
    """The index of the labelled item leading into the unlabelled rows that end at ``end``
    (exclusive), two rows or more, each a few words without a sentence's closing stop; or None."""
    rows = 0
    at = end - 1
    while at >= 0:
        line = lines[at]
        if line and label(line):
            break
        if line:
            if not row(line):
                return None
            rows += 1
        at -= 1
    if at < 0 or rows < 2:
        return None
    found = label(lines[at])
    if found is None or found[1].startswith("bullet") or not found[2].rstrip().endswith(_LEADS_INTO_ROWS):
        return None
    return at


def first_of_style(lines: list[str], start: int, end: int) -> int:
    """Where the list closing ``lines[start:end]`` begins: past any bullets above a list of
    another style ("- discussed ..." bullets of the narrative over "(a) ...", "(b) ...")."""
    last = next((label(lines[i]) for i in range(end - 1, start - 1, -1) if lines[i] and label(lines[i])), None)
    if last is None or last[1].startswith("bullet"):
        return start
    at = start
    while at < end and (not lines[at] or (found := label(lines[at])) is not None and found[1].startswith("bullet")):
        at += 1
    return at


def decision_after_rows(body: list[str], is_decision) -> int | None:
    """Where a closing paragraph of ``body`` (an item's lines, its text first) begins that stands
    apart after the labelled rows the item leads into and is a whole decision (``is_decision``),
    or None."""
    if not body or not body[0].rstrip().endswith(_LEADS_INTO_ROWS):
        return None
    last_row = max((i for i in range(1, len(body)) if body[i] and label(body[i])), default=None)
    if last_row is None:
        return None
    start = next((i for i in range(last_row + 1, len(body)) if body[i]), None)
    if start is None or start == last_row + 1 or "" in body[start:]:
        return None  # nothing after the rows, not set apart, or more than one paragraph
    text = " ".join(body[start:])
    return start if text.endswith(".") and is_decision(text) else None
