"""Text to clean lines, lines back to paragraphs, and list labels.

Every pattern here is applied to one line and has no nested quantifiers.
"""

from __future__ import annotations

import re

from .results import MAX_INPUT_CHARS, NOT_A_RECORD, TOO_LONG, ParseError

# Bullet glyphs from Word and web pages; \uf0b7 and \uf0a7 are Word's Symbol-font bullets.
_GLYPHS = "\u00b7\u2022\u25cf\u25aa\u25e6\u2023\u2219\u2043\u25a0\u25ba\u27a2\u2756\u25cb\uf0b7\uf0a7\uf0d8"
# "-", "*", an en/em dash or a lone "o" are bullets only when a space follows.
_BULLET = re.compile(f"(?:(?P<glyph>[{_GLYPHS}]) ?|(?P<char>[-\u2013\u2014*o]) )(?P<rest>\\S.*)")
# Word's second-level bullets: under a "•" list, "o" and "▪" items are sub-items.
_SECOND_LEVEL = set("o\u25e6\u25aa\u25cb\uf0a7")
#: Marks a second-level bullet inside the parser; render() writes it as an ordinary "- ".
SUB = "\x01"
_BULLET_ONLY = re.compile(f"[{_GLYPHS}]|[-*o]")
ROMAN = r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})"  # i to xxxix: enough for any resolution list
ROMAN_RE = re.compile(ROMAN, re.I)
_LABEL_CORE = (
    rf"(?:\((?P<paren>\d{{1,3}}|[a-z]|{ROMAN})\)"
    rf"|(?P<dotted>\d{{1,3}}(?:\.\d{{1,3}})+)\.?"
    rf"|(?P<plain>\d{{1,3}}|[a-z]|{ROMAN})(?P<punct>[.)]))"
)
_LABEL = re.compile(_LABEL_CORE + r" (?P<rest>\S.*)", re.I)
_LABEL_ONLY = re.compile(_LABEL_CORE, re.I)

# "45<tab>Title": a number before a tab is a label, however many spaces a word processor padded it with.
_NUMBER_TAB = re.compile(r" {0,8}(\d{1,3}[a-z]?)\t")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_LINE_BREAKS = re.compile("\r\n|[\r\v\f\x85\u2028\u2029]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def normalise(text: str | bytes) -> list[str]:
    """Return clean lines: blank ones as "", bullets as "- text", one space between words.

    Uploads arrive as bytes, so UTF-8 bytes are accepted.  Control characters
    are how binary files betray themselves: a NUL, or more than 1% of the
    text, is refused; a stray one in real text is dropped.  A bullet or label
    left alone on its line ("1." then the text below) is joined to its text.
    """
    if isinstance(text, bytes):
        if len(text) > MAX_INPUT_CHARS:
            raise ParseError(TOO_LONG)
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ParseError(
                "This file is not plain text (it is not UTF-8). Paste the agenda item's text instead."
            ) from None
    if not isinstance(text, str):
        raise TypeError(f"parse_record() expects text, not {type(text).__name__}")
    if len(text) > MAX_INPUT_CHARS:
        raise ParseError(TOO_LONG)
    if "\x00" in text or len(_CONTROL.findall(text)) * 100 > len(text):
        raise ParseError(
            f"This looks like a binary file, not the text of an agenda item. {NOT_A_RECORD}."
        )
    text = _CONTROL.sub("", _LINE_BREAKS.sub("\n", text)).translate(_INVISIBLE)
    lines: list[str] = []
    pending: str | None = None  # a lone bullet ("- ") or label ("1. ") waiting for its text
    for raw in text.split("\n"):
        numbered = _NUMBER_TAB.match(raw)
        if numbered:
            raw = numbered[1] + ". " + raw[numbered.end() :]
        line = _SPACES.sub(" ", raw).strip()
        if not line:
            lines.append("")
            continue
        if _BULLET_ONLY.fullmatch(line):
            pending = "- "
            continue
        if len(line) <= 8 and _LABEL_ONLY.fullmatch(line):
            pending = line + " "
            continue
        bullet = _BULLET.fullmatch(line)
        if bullet:
            level = SUB if (bullet["glyph"] or bullet["char"]) in _SECOND_LEVEL else ""
            line = level + "- " + bullet["rest"]
        elif pending:
            line = pending + line
        pending = None
        lines.append(line)
    if pending and pending != "- ":
        lines.append(pending.strip())
    return lines


def render(lines: list[str]) -> str:
    """Join lines into paragraphs separated by a blank line.

    Bullets separated only by blank lines form one list (one bullet per line),
    and a non-bullet line directly under a bullet is that bullet's wrapped text.
    """
    blocks: list[list[list[str]]] = []  # paragraphs, of lines, of pieces joined by a space
    in_list = after_blank = False
    for line in lines:
        if not line:
            after_blank = True
            continue
        line = line.lstrip(SUB)
        if line.startswith("- "):
            if in_list:
                blocks[-1].append([line])
            else:
                blocks.append([[line]])
            in_list = True
        elif blocks and not after_blank:
            if in_list:
                blocks[-1][-1].append(line)
            else:
                blocks[-1].append([line])
        else:
            blocks.append([[line]])
            in_list = False
        after_blank = False
    return "\n\n".join("\n".join(" ".join(pieces) for pieces in block) for block in blocks)


def label(line: str) -> tuple[str, str, str] | None:
    """(label, style, text) for a labelled or bulleted line, else None.

    The style ("paren:alpha", "punct).:digit", "bullet"...) tells sibling
    items from sub-items: under "1." items, "(a)" lines are part of item 1.
    """
    if line.startswith("- "):
        return "", "bullet", line[2:]
    if line.startswith(SUB + "- "):
        return "", "bullet2", line[3:]
    m = _LABEL.fullmatch(line)
    if not m:
        return None
    if m["dotted"]:
        return m["dotted"], "dotted", m["rest"]
    found = m["paren"] or m["plain"]
    shape = "paren" if m["paren"] else m["punct"]
    kind = "digit" if found.isdigit() else "alpha" if len(found) == 1 else "roman"
    return found, f"{shape}:{kind}", m["rest"]


def unlabelled(line: str) -> str:
    """The line's text without its label or bullet."""
    parsed = label(line)
    return parsed[2] if parsed else line


_PAST = {"was", "were", "had", "did", "gave", "took", "left", "made", "said", "spoke", "thanked"}


def past_tense(line: str) -> bool:
    """Does the sentence's verb, among its first words, read as past tense ("X signed ...")?"""
    words = line.split()[1:6]
    return any(w in _PAST or (w.islower() and len(w) > 4 and w.endswith("ed")) for w in words)
