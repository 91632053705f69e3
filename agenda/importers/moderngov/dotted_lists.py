"""A decision's list numbered with dotted labels, rows nested under its items.

"2.1", "2.2", "2.3" number the items; "2.1.1", "2.1.2" under "2.1" number that
item's rows, which stay in its text.  A label breaking the sequence inside such
a run of rows (a repeated "2.1" where "2.1.2" was meant, or any other label
that is neither the next item nor a row of the current one) is a misprint: a
row of the same item, not the end of the list.  Reading goes on to the later
items in sequence.  Lists without rows numbered under an item are read as
before, one item a label.
"""

from __future__ import annotations

from .lines import label


def _parts(name: str) -> list[int]:
    return [int(part) for part in name.split(".")]


def listed(lines: list[str]) -> tuple[list[tuple[int, str, str]], int] | None:
    """(line index, label, text) of each item of a dotted list with rows numbered under its items,
    and where the list ends; None for any other list."""
    labelled = [(index, found) for index, line in enumerate(lines) if line and (found := label(line))]
    if not labelled or labelled[0][1][1] != "dotted":
        return None
    first = _parts(labelled[0][1][0])
    depth = len(first)
    if not any(found[1] == "dotted" and len(_parts(found[0])) > depth for _, found in labelled):
        return None
    items: list[tuple[int, str, str]] = []
    current: list[int] | None = None
    in_rows = False  # a row numbered under the current item was read
    for index, (name, style, text) in labelled:
        parts = _parts(name) if style == "dotted" else None
        next_item = current is None or (
            parts is not None and len(parts) == depth and parts[:-1] == current[:-1] and parts[-1] == current[-1] + 1
        )
        if next_item:
            items.append((index, name, text))
            current, in_rows = parts, False
        elif parts is None:
            continue  # "(a)" under "2.1": the item's own rows, as in any list
        elif len(parts) > depth and parts[:depth] == current:
            in_rows = True  # "2.1.1" under "2.1"
        elif not in_rows:
            return items, index  # a label out of sequence, not among rows: another list
    return items, len(lines)
