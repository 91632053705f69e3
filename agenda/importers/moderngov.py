"""Parse the text of one ModernGov "Agenda item" record.

ModernGov publishes each agenda item as loosely structured text::

    Agenda item
    <title>
    <purpose paragraph(s)>  or  [<presenter>, to present report]
    Minutes:
    <narrative, often with bullets pasted from Word>
    RESOLVED: <one resolution, or a lead-in followed by numbered/lettered/bulleted items>
    Reason for Decision: <text>
    Supporting documents:
    <one document name per line>

Councils vary the case and punctuation of every marker, and the text carries
Word debris (non-breaking spaces, "·" bullets padded with spaces, indented
"THAT" lines).  This module turns that into a :class:`ParsedRecord`.  It is
pure Python with no Django imports, so it can be tested and reused on its own.

Every regular expression is anchored to a single, already whitespace-collapsed
line and has no nested quantifiers, so parsing is linear in the input size.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

__all__ = ["ParseError", "ParsedRecord", "ParsedResolution", "parse_record"]

#: Larger input is refused: a single agenda item is a few kilobytes, so
#: megabytes mean the wrong file was chosen (a whole minutes book, a PDF...).
MAX_INPUT_CHARS = 2_000_000

NOT_A_RECORD = (
    "This does not look like a ModernGov agenda item: expected a title "
    "followed by 'Minutes:' and/or 'RESOLVED:'."
)
TOO_LONG = (
    "This text is too long to be one agenda item (over 2 MB). "
    "Paste a single item, from its title to 'Supporting documents:'."
)


class ParseError(ValueError):
    """The text is not an agenda item; the message is written for a clerk."""


@dataclass
class ParsedResolution:
    label: str  # "" when unlabelled; otherwise "1", "a", "ii", "2.1" without punctuation
    text: str


@dataclass
class ParsedRecord:
    title: str
    description: str
    presenter: str | None
    minutes: str
    preamble: str | None
    resolutions: list[ParsedResolution]
    reason_for_decision: str | None
    documents: list[str]
    number: str | None = None  # item number taken off the title; not part of to_dict()

    def to_dict(self) -> dict:
        """The eight public keys, JSON-serialisable (``number`` is left out)."""
        data = asdict(self)
        del data["number"]
        return data


# --- line-level patterns (applied to one normalised line) -----------------

_SEP = r"\s?[:\-\u2013\u2014]\s?"  # colon, hyphen, en dash or em dash
_HEADER = re.compile(r"agenda item(?: (?:no\.? ?)?(?P<num>\d{1,3}[a-z]?))?[:.]?", re.I)
_TITLE_NUMBER = re.compile(
    r"(?i:item )?(?P<num>\d{1,3}(?:\.\d{1,3})*[a-z]?)"
    r"(?:[.:)] ?| [-\u2013\u2014] )(?P<rest>\S.*)"
)
_MINUTES = re.compile(rf"minutes(?:{_SEP}(?P<rest>.*))?", re.I)
_RESOLVED = re.compile(
    r"(?:it was (?:\w+ )?)?(?P<word>resolved)\b ?(?:\((?P<qual>[^()]{1,80})\) ?)?"
    r"(?P<sep>[:\-\u2013\u2014])? ?(?P<rest>.*)",
    re.I,
)
_REASON = re.compile(
    rf"reason(?:s|\(s\))? for (?:the )?decisions?(?:{_SEP}(?P<rest>.*))?", re.I
)
_DOCUMENTS = re.compile(rf"supporting documents?(?:{_SEP}(?P<rest>.*))?", re.I)
_PRESENTER = re.compile(r"\[(?P<who>[^\[\]]+)\]")
# Bullet glyphs from Word and web pages; \uf0b7 and \uf0a7 are Word's Symbol-font bullets.
_GLYPHS = "\u00b7\u2022\u25cf\u25aa\u25e6\u2023\u2219\u2043\u25a0\u25ba\u27a2\uf0b7\uf0a7"
# "-", "*", an en/em dash or a lone "o" are bullets only when a space follows.
_BULLET = re.compile(f"(?:[{_GLYPHS}] ?|[-\u2013\u2014*o] )(?P<rest>\\S.*)")
_BULLET_ONLY = re.compile(f"[{_GLYPHS}]")
_ROMAN = r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})"  # i to xxxix: enough for any resolution list
_ROMAN_RE = re.compile(_ROMAN, re.I)
_LABEL = re.compile(
    rf"(?:\((?P<paren>\d{{1,3}}|[a-z]|{_ROMAN})\)"
    rf"|(?P<dotted>\d{{1,3}}(?:\.\d{{1,3}})+)\.?"
    rf"|(?P<plain>\d{{1,3}}|[a-z]|{_ROMAN})(?P<punct>[.)]))"
    r" (?P<rest>\S.*)",
    re.I,
)
_FILE_SIZE = re.compile(
    r"\(?\b(?:(?:pdf|docx?|xlsx?|pptx?|rtf|odt|html?|csv|txt) ?,? ?)?"
    r"\d{1,6}(?:[.,]\d{1,3})? ?(?:bytes|[kmg]b)\)?$",
    re.I,
)

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_LINE_BREAKS = re.compile("\r\n|[\r\v\f\x85\u2028\u2029]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


# --- normalisation ---------------------------------------------------------


def _normalise(text: str | bytes) -> list[str]:
    """Return clean lines: blank ones as "", bullets as "- text", one space between words.

    Uploads arrive as bytes, so UTF-8 bytes are accepted.  Control characters
    are how binary files betray themselves: a NUL, or more than 1% of the
    text, is refused; a stray one in real text is dropped.
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
            "This looks like a binary file, not the text of an agenda item. " + NOT_A_RECORD
        )
    text = _CONTROL.sub("", _LINE_BREAKS.sub("\n", text)).translate(_INVISIBLE)
    lines = []
    for raw in text.split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        bullet = _BULLET.fullmatch(line)
        if bullet:
            line = "- " + bullet["rest"]
        elif _BULLET_ONLY.fullmatch(line):
            line = ""
        lines.append(line)
    return lines


def _render(lines: list[str]) -> str:
    """Join lines into paragraphs separated by a blank line.

    Bullets separated only by blank lines form one list (one bullet per line),
    and a non-bullet line directly under a bullet is that bullet's wrapped text.
    """
    blocks: list[list[str]] = []
    in_list = after_blank = False
    for line in lines:
        if not line:
            after_blank = True
            continue
        if line.startswith("- "):
            if in_list:
                blocks[-1].append(line)
            else:
                blocks.append([line])
            in_list = True
        elif blocks and not after_blank:
            if in_list:
                blocks[-1][-1] += " " + line
            else:
                blocks[-1].append(line)
        else:
            blocks.append([line])
            in_list = False
        after_blank = False
    return "\n\n".join("\n".join(block) for block in blocks)


# --- markers ---------------------------------------------------------------


def _resolved_rest(line: str) -> str | None:
    """The text after a RESOLVED marker, or None if the line is not one.

    "Resolved" in ordinary prose ("Resolved issues were...") is not a marker:
    it must be written in capitals, or be followed by punctuation, a
    qualifier such as "(unanimously)", "that"/"to", or nothing at all.
    """
    m = _RESOLVED.fullmatch(line)
    if not m:
        return None
    rest = m["rest"]
    plain_prose = not (m["word"].isupper() or m["sep"] or m["qual"] or not rest)
    if plain_prose and not re.match(r"(?:that|to)\b", rest, re.I):
        return None
    return rest


@dataclass
class _Segment:
    kind: str  # "pre", "minutes", "resolved", "reason", "documents"
    lines: list[str]


def _segment(body: list[str]) -> list[_Segment]:
    """Split the lines after the title at each marker; inline text starts the new segment.

    "Minutes" is only a heading before the narrative starts; once the documents
    list begins every later line is a document name.
    """
    segments = [_Segment("pre", [])]

    def start(kind: str, rest: str | None) -> None:
        segments.append(_Segment(kind, [rest] if rest else []))

    for line in body:
        current = segments[-1].kind
        if current == "documents":
            segments[-1].lines.append(line)
        elif m := _DOCUMENTS.fullmatch(line):
            start("documents", m["rest"])
        elif current == "pre" and (m := _MINUTES.fullmatch(line)):
            start("minutes", m["rest"])
        elif (rest := _resolved_rest(line)) is not None:
            start("resolved", rest)
        elif m := _REASON.fullmatch(line):
            start("reason", m["rest"])
        else:
            segments[-1].lines.append(line)
    return segments


# --- resolutions -----------------------------------------------------------


def _label(line: str) -> tuple[str, str, str] | None:
    """(label, style, text) for a labelled or bulleted line, else None.

    The style ("paren:alpha", "punct).:digit", "bullet"...) tells sibling
    items from sub-items: under "1." items, "(a)" lines are part of item 1.
    """
    if line.startswith("- "):
        return "", "bullet", line[2:]
    m = _LABEL.fullmatch(line)
    if not m:
        return None
    if m["dotted"]:
        return m["dotted"], "dotted", m["rest"]
    label = m["paren"] or m["plain"]
    shape = "paren" if m["paren"] else m["punct"]
    kind = "digit" if label.isdigit() else "alpha" if len(label) == 1 else "roman"
    return label, f"{shape}:{kind}", m["rest"]


def _is_sibling(first: tuple[str, str], prev: str, label: str, style: str) -> bool:
    """Is a line labelled ``label`` the next item of the list begun by ``first``?

    "i", "v" and "x" are letters and roman numerals: in a lettered list "i"
    is a sibling only straight after "h"; in a list starting at "i" it is roman.
    """
    first_label, first_style = first
    if first_style in ("bullet", "dotted") or first_style.endswith("digit"):
        return style == first_style
    if style.split(":")[0] != first_style.split(":")[0] or style.endswith("digit"):
        return False
    roman_list = first_label.lower() == "i" or first_style.endswith("roman")
    if roman_list:
        return _ROMAN_RE.fullmatch(label) is not None
    return len(label) == 1 and (label.lower() != "i" or prev.lower() == "h")


def _items(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line index, label, text) of each top-level item in a resolution block."""
    items: list[tuple[int, str, str]] = []
    first: tuple[str, str] | None = None
    for index, line in enumerate(lines):
        parsed = _label(line)
        if not parsed:
            continue
        label, style, text = parsed
        if first is None:
            first = (label, style)
        elif not _is_sibling(first, items[-1][1], label, style):
            continue
        items.append((index, label, text))
    return items


def _parse_block(lines: list[str]) -> tuple[str | None, list[ParsedResolution]]:
    """The lead-in and resolutions of one RESOLVED block.

    Without labels or bullets the block is one resolution (it may run to
    several paragraphs), unless it opens with a lead-in ending in ":" or a
    bare "THAT": then each following paragraph is a resolution whose bullet
    was lost in copying.
    """
    items = _items(lines)
    if not items:
        text = _render(lines)
        paragraphs = text.split("\n\n")
        if len(paragraphs) > 1 and _is_lead_in(paragraphs[0]):
            return paragraphs[0], [ParsedResolution("", p) for p in paragraphs[1:]]
        return None, [ParsedResolution("", text)] if text else []
    preamble = _render(lines[: items[0][0]]) or None
    resolutions = []
    for n, (index, label, text) in enumerate(items):
        end = items[n + 1][0] if n + 1 < len(items) else len(lines)
        resolutions.append(ParsedResolution(label, _render([text, *lines[index + 1 : end]])))
    return preamble, resolutions


def _is_lead_in(paragraph: str) -> bool:
    return paragraph.endswith(":") or paragraph.rstrip(" -\u2013").lower() == "that"


def _closed_extent(segment: _Segment) -> int:
    """Where a RESOLVED block or reason stops when another RESOLVED block follows.

    Narrative between two decisions belongs in the minutes, so an earlier
    block keeps only its items (through the paragraph holding the last one)
    or, when unlabelled, its first paragraph.
    """
    lines = segment.lines
    items = _items(lines) if segment.kind == "resolved" else []
    start = items[-1][0] if items else next((i for i, line in enumerate(lines) if line), 0)
    return next((i for i in range(start, len(lines)) if not lines[i]), len(lines))


# --- assembly --------------------------------------------------------------


def _split_title(lines: list[str]) -> tuple[str | None, str, list[str]]:
    """(item number, title, remaining lines) after the optional "Agenda item" header.

    A heading with punctuation ("Minutes:", "RESOLVED", ...) where the title
    should be means the title is missing.  A bare "Minutes" is a real title:
    it is how councils name the item approving the previous meeting's minutes.
    A leading "5.", "Item 5:" or "5 -" is the item number. A bare number
    followed by a space stays in the title, so "10 Year Plan" and "20 mph
    zones" survive intact.
    """
    number = None
    header_allowed = True
    for index, line in enumerate(lines):
        if not line:
            continue
        header = _HEADER.fullmatch(line) if header_allowed else None
        header_allowed = False
        if header:
            number = header["num"]
            continue
        minutes = _MINUTES.fullmatch(line)
        if (
            (minutes and minutes["rest"] is not None)
            or _resolved_rest(line) is not None
            or _REASON.fullmatch(line)
            or _DOCUMENTS.fullmatch(line)
        ):
            break
        title = line[2:] if line.startswith("- ") else line
        numbered = _TITLE_NUMBER.fullmatch(title)
        if numbered:
            number, title = numbered["num"], numbered["rest"]
        return number, title, lines[index + 1 :]
    raise ParseError(NOT_A_RECORD + " No title was found before the first heading.")


def _take_presenter(lines: list[str], anywhere: bool) -> tuple[str | None, list[str]]:
    """Remove the "[Name, Role, to present report]" line from the purpose text.

    Without a Minutes heading the purpose and narrative run together, so only
    the first line is trusted: a bracketed line later on is a minuted aside.
    """
    for index, line in enumerate(lines):
        match = _PRESENTER.fullmatch(line)
        if match:
            return match["who"].strip(), [*lines[:index], "", *lines[index + 1 :]]
        if line and not anywhere:
            break
    return None, lines


def _document_name(line: str) -> str:
    """A document line without its bullet or a trailing size such as "PDF 245 KB"."""
    name = line[2:] if line.startswith("- ") else line
    size = _FILE_SIZE.search(name)
    if size and size.start() > 0:
        name = name[: size.start()].rstrip(" ,.-\u2013")
    return name


def parse_record(text: str) -> ParsedRecord:
    """Parse one agenda item's text, raising :class:`ParseError` if it is not one."""
    number, title, body = _split_title(_normalise(text))
    segments = _segment(body)
    kinds = [segment.kind for segment in segments]
    last_resolved = max((i for i, kind in enumerate(kinds) if kind == "resolved"), default=-1)
    has_minutes = "minutes" in kinds

    description: list[str] = []
    presenter = None
    minutes: list[str] = []
    blocks: list[list[str]] = []
    reasons: list[str] = []
    documents: list[str] = []
    for position, segment in enumerate(segments):
        lines = segment.lines
        if segment.kind in ("resolved", "reason") and position < last_resolved:
            cut = _closed_extent(segment)
            lines, overflow = lines[:cut], lines[cut:]
            minutes += ["", *overflow]
        if segment.kind == "pre":
            presenter, lines = _take_presenter(lines, anywhere=has_minutes)
            (description if has_minutes else minutes).extend(lines)
        elif segment.kind == "minutes":
            minutes += ["", *lines]
        elif segment.kind == "resolved":
            blocks.append(lines)
        elif segment.kind == "reason":
            reasons.append(_render(lines))
        else:
            documents += [_document_name(line) for line in lines if line]

    if not (has_minutes or blocks or presenter or "documents" in kinds):
        raise ParseError(NOT_A_RECORD)

    preambles: list[str] = []
    resolutions: list[ParsedResolution] = []
    for block in blocks:
        lead_in, parsed = _parse_block(block)
        if lead_in and lead_in not in preambles:
            preambles.append(lead_in)
        resolutions += parsed
    reason = "\n\n".join(r for r in reasons if r)
    return ParsedRecord(
        title=title,
        description=_render(description),
        presenter=presenter,
        minutes=_render(minutes),
        preamble="\n\n".join(preambles) or None,
        resolutions=resolutions,
        reason_for_decision=reason or None,
        documents=documents,
        number=number,
    )
