"""
Word-by-word differences between two versions of a text, as safe HTML with
the words taken out in ``<del>`` and the words put in in ``<ins>``.

Used where a clerk must see what changed: beside an edit that conflicts
with someone else's save, and in the audit history.

difflib compares sequences in time that grows with the product of their
lengths, so a long text is never handed to it whole: the common start and
end are set aside first (cheap), a middle still longer than
``MAX_WORDS`` is compared line by line instead, lines that changed are
compared word by word only when short, and past ``MAX_LINES`` the middle is
shown as replaced outright. The work done is therefore bounded whatever
the size of the text.
"""

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from django.utils.html import escape
from django.utils.safestring import mark_safe

# The longest sequences ever given to difflib, in words and in lines.
MAX_WORDS = 4000
MAX_LINES = 4000
# In a collapsed diff, unchanged words kept either side of a change, and
# the most characters of one run of added or removed words shown.
CONTEXT_WORDS = 12
MAX_SHOWN_CHANGE = 3000

# Words, runs of spaces, and each punctuation mark on its own ("noted." is "noted" and ".").
_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


@dataclass(frozen=True)
class Piece:
    """A run of text that is the same in both versions ("equal"), or only in the old or the new."""

    kind: str  # "equal", "delete" or "insert"
    text: str


def _tokens(text):
    return _TOKEN.findall(text or "")


def _common_prefix(a, b):
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _common_suffix(a, b, start):
    n = min(len(a), len(b)) - start
    i = 0
    while i < n and a[-1 - i] == b[-1 - i]:
        i += 1
    return i


def _match(a, b):
    """difflib's opcodes for two short sequences, whitespace never used as an anchor."""
    return SequenceMatcher(lambda token: token.isspace(), a, b, autojunk=False).get_opcodes()


def _pieces_from_opcodes(a, b, opcodes):
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            yield Piece("equal", "".join(a[i1:i2]))
            continue
        if i2 > i1:
            yield Piece("delete", "".join(a[i1:i2]))
        if j2 > j1:
            yield Piece("insert", "".join(b[j1:j2]))


def _diff_words(a, b):
    """Word tokens a and b, each at most MAX_WORDS long."""
    return _pieces_from_opcodes(a, b, _match(a, b))


def _lines(tokens):
    """Group word tokens into lines, each ending with its newline token."""
    lines, current = [], []
    for token in tokens:
        current.append(token)
        if "\n" in token:
            lines.append("".join(current))
            current = []
    if current:
        lines.append("".join(current))
    return lines


def _diff_middle(a, b):
    """The changed middle of two texts, as word tokens: bounded work whatever their size."""
    if len(a) <= MAX_WORDS and len(b) <= MAX_WORDS:
        yield from _diff_words(a, b)
        return
    old_lines, new_lines = _lines(a), _lines(b)
    if len(old_lines) > MAX_LINES or len(new_lines) > MAX_LINES:
        yield Piece("delete", "".join(a))
        yield Piece("insert", "".join(b))
        return
    for tag, i1, i2, j1, j2 in _match(old_lines, new_lines):
        old_part, new_part = "".join(old_lines[i1:i2]), "".join(new_lines[j1:j2])
        if tag == "equal":
            yield Piece("equal", old_part)
            continue
        old_words, new_words = _tokens(old_part), _tokens(new_part)
        if tag == "replace" and len(old_words) <= MAX_WORDS and len(new_words) <= MAX_WORDS:
            yield from _diff_words(old_words, new_words)
            continue
        if old_part:
            yield Piece("delete", old_part)
        if new_part:
            yield Piece("insert", new_part)


def _merge(pieces):
    """Join neighbouring pieces of the same kind, dropping empty ones."""
    merged = []
    for piece in pieces:
        if not piece.text:
            continue
        if merged and merged[-1].kind == piece.kind:
            merged[-1] = Piece(piece.kind, merged[-1].text + piece.text)
        else:
            merged.append(piece)
    return merged


def diff_pieces(old, new):
    """The differences from `old` to `new` as a list of Pieces, in reading order."""
    a, b = _tokens(old), _tokens(new)
    start = _common_prefix(a, b)
    end = _common_suffix(a, b, start)
    pieces = [Piece("equal", "".join(a[:start]))]
    pieces.extend(_diff_middle(a[start:len(a) - end], b[start:len(b) - end]))
    pieces.append(Piece("equal", "".join(a[len(a) - end:])))
    return _merge(pieces)


def _words_span(tokens, count):
    """How many leading tokens hold `count` words (spaces and punctuation ride along)."""
    words = 0
    for index, token in enumerate(tokens):
        if token[0].isalnum() or token[0] == "_":
            words += 1
            if words > count:
                return index
    return len(tokens)


def _collapsed(text, *, first, last):
    """An unchanged stretch cut to its context either side of a change, saying how much is left out."""
    if first and last:
        return escape(text)
    tokens = _tokens(text)
    head = [] if first else tokens[:_words_span(tokens, CONTEXT_WORDS)]
    tail = [] if last else tokens[len(tokens) - _words_span(tokens[::-1], CONTEXT_WORDS):]
    middle = tokens[len(head):len(tokens) - len(tail)]
    hidden = sum(1 for token in middle if token[0].isalnum())
    if hidden <= CONTEXT_WORDS:
        return escape(text)
    skipped = f'<span class="scrutiny-diff__skipped">[… {hidden} unchanged words …]</span>'
    return f"{escape(''.join(head))}{skipped}{escape(''.join(tail))}"


def _shortened(text):
    """A long run of words added or taken out: its start, and how many more words there were."""
    if len(text) <= MAX_SHOWN_CHANGE:
        return escape(text)
    shown = text[:MAX_SHOWN_CHANGE]
    more = sum(1 for token in _tokens(text[MAX_SHOWN_CHANGE:]) if token[0].isalnum())
    return f'{escape(shown)}<span class="scrutiny-diff__skipped">[… {more} more words …]</span>'


def _render(pieces, *, show, collapse=False):
    html = []
    for index, piece in enumerate(pieces):
        if piece.kind == "equal":
            if collapse:
                html.append(_collapsed(piece.text, first=index == 0, last=index == len(pieces) - 1))
            else:
                html.append(escape(piece.text))
        elif piece.kind in show:
            tag = "del" if piece.kind == "delete" else "ins"
            html.append(f"<{tag}>{_shortened(piece.text) if collapse else escape(piece.text)}</{tag}>")
    return mark_safe("".join(html))


def inline_diff(old, new, *, collapse=False):
    """
    One text with the words taken out in <del> and those put in in <ins>.
    With `collapse`, long unchanged stretches are cut to a few words of
    context either side of each change.
    """
    return _render(diff_pieces(old, new), show={"delete", "insert"}, collapse=collapse)


def side_by_side(old, new):
    """The two versions whole: (old with its removed words in <del>, new with its added words in <ins>)."""
    pieces = diff_pieces(old, new)
    return _render(pieces, show={"delete"}), _render(pieces, show={"insert"})


def comparison(rows):
    """
    For a page refusing a conflicting save: (label, their saved text, your
    text) rows as dicts with both versions marked, leaving out rows that are
    the same in both.
    """
    compared = []
    for label, theirs, mine in rows:
        theirs, mine = str(theirs or ""), str(mine or "")
        if theirs.strip() == mine.strip():
            continue
        theirs_html, mine_html = side_by_side(theirs, mine)
        compared.append({"label": label, "theirs": theirs_html, "mine": mine_html})
    return compared
