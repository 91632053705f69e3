"""
Resolution labels: "(a)", "1.", "ii" and the like. A label is part of the
decision's citation (CYP/2026-27/12(a)), so labels are unique within an
item, and the item editor suggests the next one in the sequence the clerk
started.
"""

import re

from django.core.exceptions import ValidationError

# A label's parts: what comes before the sequence mark, the mark, what after.
_PARTS = re.compile(r"^(?P<before>[(\[]?)(?P<mark>[0-9]+|[A-Za-z]+)(?P<after>[)\].]?)$")
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def to_roman(number):
    out = []
    for value, numeral in _ROMAN:
        count, number = divmod(number, value)
        out.append(numeral * count)
    return "".join(out)


def from_roman(text):
    """The value of a lower-case roman numeral written the usual way, or None."""
    text = text.lower()
    total, rest = 0, text
    for value, numeral in _ROMAN:
        while rest.startswith(numeral):
            total += value
            rest = rest[len(numeral):]
    return total if total and not rest and to_roman(total) == text else None


def to_letters(number):
    """1 → a, 26 → z, 27 → aa: as councils go on after (z)."""
    letters = ""
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("a") + remainder) + letters
    return letters


def from_letters(text):
    value = 0
    for char in text.lower():
        value = value * 26 + ord(char) - ord("a") + 1
    return value


def _is_sequence_mark(mark):
    """A number, a roman numeral or a letter or two ("aa" follows "z"); not a word like "Note"."""
    if mark.isdigit() or from_roman(mark) is not None:
        return True
    return len(mark) <= 2 and (mark.islower() or mark.isupper())


def _style(mark):
    """The kind of sequence a first label starts: digits, roman numerals or letters."""
    if mark.isdigit():
        return "digits"
    # "i", "ii", "iv"... are roman; a single "v", "x", "c"... is a letter.
    if from_roman(mark) is not None and (mark.lower() == "i" or len(mark) > 1):
        return "roman"
    return "letters"


def _value(mark, style):
    if style == "digits":
        return int(mark) if mark.isdigit() else None
    if mark.isdigit():
        return None
    if style == "roman":
        return from_roman(mark)
    return from_letters(mark)


def _write(value, style, upper):
    if style == "digits":
        text = str(value)
    elif style == "roman":
        text = to_roman(value)
    else:
        text = to_letters(value)
    return text.upper() if upper else text


def next_labels(labels, count=1):
    """
    The next `count` labels after `labels` (in order, blanks allowed), in
    the style of the first label: its brackets or full stop, its case and
    its kind of sequence, counting on from the highest of that style.
    Labels in another style are passed over. With no label to follow,
    the sequence is (a), (b)… written as "a", "b", since pages print the
    brackets.
    """
    parsed = [
        match for match in (_PARTS.match(label.strip()) for label in labels if label.strip())
        if match and _is_sequence_mark(match["mark"])
    ]
    if not parsed:
        return [to_letters(n) for n in range(1, count + 1)]
    first = parsed[0]
    mark = first["mark"]
    style = _style(mark)
    upper = mark.isupper()
    values = [
        _value(match["mark"], style)
        for match in parsed
        if (match["before"], match["after"]) == (first["before"], first["after"])
    ]
    highest = max((value for value in values if value is not None), default=0)
    taken = {label.strip() for label in labels}
    found = []
    value = highest
    while len(found) < count:
        value += 1
        label = f"{first['before']}{_write(value, style, upper)}{first['after']}"
        if len(label) <= 10 and label not in taken:
            found.append(label)
        elif len(label) > 10:
            break
    return found


def next_label(labels):
    """The one next label after `labels`; see next_labels."""
    found = next_labels(labels, 1)
    return found[0] if found else ""


def label_key(label):
    """
    What makes two labels the same citation: "(a)", "a" and "A." are all
    printed as (a) by some page or other.
    """
    match = _PARTS.match(label.strip())
    mark = match["mark"] if match else label.strip()
    return mark.lstrip("0").lower() or mark


def check_labels_unique(rows):
    """Refuse two resolutions of one item with one label (the form says which row)."""
    seen = set()
    for row in rows:
        key = label_key(row.get("label") or "")
        if not key:
            continue
        if key in seen:
            raise ValidationError(
                f"Two resolutions of this item have the label \u201c{row['label']}\u201d: "
                "give each its own label, or leave it blank."
            )
        seen.add(key)
