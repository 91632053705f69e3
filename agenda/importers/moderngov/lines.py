"""Text to clean lines, lines back to paragraphs, and list labels.

Every pattern here is applied to one line and has no nested quantifiers.
"""

from __future__ import annotations

import re

from .cells import bars_apart
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
# "68/2017 The Cabinet agreed ...": a decision number, printed before the decision it numbers.
_LABEL_CORE = (
    rf"(?:(?P<decnum>\d{{1,3}}/(?:19|20)\d{{2}})"
    rf"|\((?P<paren>\d{{1,3}}|[a-z]|{ROMAN})\)"
    rf"|(?P<dotted>\d{{1,3}}(?:\.\d{{1,3}})+)\.?"
    rf"|(?P<plain>\d{{1,3}}|[a-z]|{ROMAN})(?P<punct>[.)])\.?)"
)
_LABEL = re.compile(_LABEL_CORE + r" (?P<rest>\S.*)", re.I)
_LABEL_ONLY = re.compile(_LABEL_CORE, re.I)

# "45<tab>Title": a number before a tab is a label, however many spaces a word processor padded it with.
_NUMBER_TAB = re.compile(r" {0,8}(\d{1,3}[a-z]?)\t")
# "A    Note the report.": a letter or number with no punctuation, set off from its text by a tab
# or a run of spaces (Word's hanging indent); "A review will follow." has one space and is prose.
_SPACED_LABEL = re.compile(r"[ \t\u00a0]{0,8}(?P<label>[A-Za-z]|\d{1,3})(?:\t|[ \u00a0]{2})[ \t\u00a0]*(?P<rest>\S.*)")
# "A Subject to ...": a capital and one space where copying collapsed the tab (see :func:`_spaced_labels`).
_SINGLE_SPACED_LABEL = re.compile(r"[ \t\u00a0]{0,8}(?P<label>[A-Z]) (?P<rest>[A-Z].*)")
#: How many lines apart two items of one spaced list may be (wrapped text, blank lines between).
_SPACED_ITEMS_WITHIN = 30
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
    raws = bars_apart(text.split("\n"))  # a table's cells closed by " |"
    spaced = _spaced_labels(raws)
    in_table = False  # under a pasted table's header row, where "54<tab>Title" is a row, not a label
    for index, raw in enumerate(raws):
        numbered = _NUMBER_TAB.match(raw)
        if numbered and (in_table or "\t" in raw[numbered.end() :].strip()):
            numbered = None  # "14<tab>Acquisition<tab>3": a table's row
        if index in spaced:
            raw = spaced[index]
        elif numbered:
            raw = numbered[1] + ". " + raw[numbered.end() :]
        line = _SPACES.sub(" ", raw).strip()
        in_table = table_header(line) or in_table and (not line or "\t" in raw or "  " in raw)
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


def _spaced_labels(raws: list[str]) -> dict[int, str]:
    """{line index: the line with its label punctuated ("A. Note ...")} for the items of lists
    labelled without punctuation ("A    Note the report.", "B    Agree the timetable.").

    A line so set off is an item only in a list counting up from "A", "a" or "1", each item
    within a few lines of the one before; or alone, as an "A" or "1" opening a capitalised
    sentence straight under a lead-in ending in ":" ("It was resolved to:").  Capital letters
    set off by one space ("A Subject to ...", "B Subject to ...", the tab lost in copying) are
    items only as a run of two or more from "A" under such a lead-in: "A Member asked ..." is prose.
    """
    runs: list[tuple[bool, bool, list[tuple[int, str, str]]]] = []  # (under a lead-in, one space, items)
    above = ""  # the last line with text
    for index, raw in enumerate(raws):
        m = _SPACED_LABEL.match(raw)
        single = m is None
        m = m or _SINGLE_SPACED_LABEL.match(raw)
        if m:
            name, last = m["label"], runs[-1][2][-1] if runs else None
            if (last and index - last[0] <= _SPACED_ITEMS_WITHIN and _counts_on(last[1], name)
                    and runs[-1][1] == single):
                runs[-1][2].append((index, name, m["rest"]))
            elif name in ("A", "a", "1"):
                lead_in = above.rstrip(" -\u2013\u2014").endswith(":") and m["rest"][:1].isupper()
                runs.append((lead_in, single, [(index, name, m["rest"])]))
        if raw.strip():
            above = raw.strip()
    return {
        index: f"{name}. {rest}"
        for lead_in, single, found in runs if lead_in and len(found) > 1 or not single and (lead_in or len(found) > 1)
        for index, name, rest in found
    }


def _counts_on(previous: str, name: str) -> bool:
    """Does the label ``name`` come next after ``previous`` ("A" then "B", "2" then "3")?"""
    if previous.isdigit():
        return name.isdigit() and int(name) == int(previous) + 1
    return len(name) == 1 and ord(name) == ord(previous) + 1 and name.isupper() == previous.isupper()


def render(lines: list[str], sublist: bool = False) -> str:
    """Join lines into paragraphs separated by a blank line.

    Bullets separated only by blank lines form one list (one bullet per line),
    and a non-bullet line directly under a bullet is that bullet's wrapped text.
    With ``sublist`` (the text of one resolution) labelled lines are listed so
    too: "i." to "v." under "a. Approval of ... including:" are one item per line.
    """
    blocks: list[list[list[str]]] = []  # paragraphs, of lines, of pieces joined by a space
    in_list = after_blank = False
    for line in lines:
        if not line:
            after_blank = True
            continue
        line = line.lstrip(SUB)
        item = sublist and label(line) is not None  # a sub-item: listed, though not bulleted
        if after_blank and blocks and carries_on(blocks[-1][-1][-1], line):
            blocks[-1][-1].append(line)  # a sentence broken by a blank line: "... Audit Plan" / "during ..."
        elif line.startswith("- ") or item and (in_list or after_blank):
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
                in_list = item  # "(a)" straight under "That the committee:" opens its list
        else:
            blocks.append([[line]])
            in_list = False
        after_blank = False
    return "\n\n".join(_paragraph(block) for block in blocks)


_SENTENCE_END = (".", "!", "?")


# "... be noted; and": a clause closed by its semicolon, the conjunction only joining it to the next.
_CLOSED_CLAUSE = ("; and", ";and", "; or", ";or")


# Words no sentence ends on: a line ending in one ("... as defined in Part I of") is broken mid-sentence.
_OPEN_ENDINGS = frozenset(
    "a an the of to in on at by for from with within under into onto upon between via and or nor than".split()
)


# Words a new sentence opens with: "... listed on the" / "The Clerk said ..." is a line cut short.
_SENTENCE_OPENINGS = frozenset("The A An This These Those It There They We He She".split())


# "2017/18 as set out ...", "4 of the report": a number, then a word in lower case.
_NUMBER_THEN_WORD = re.compile(r"\d[\d/.,%]{0,12} [a-z]")


def carries_on(above: str, line: str) -> bool:
    """Does the line go on with the sentence the line above left open (not a list item)?

    It does when it opens in lower case, or with a number that is no label followed by a
    word in lower case ("... as set out in section" / "4 of the report"), or when the line
    above ends on a word no sentence ends on ("of", "the", "to" ...): what follows is the
    same sentence, even when it opens with a name in capitals ("... as defined in Part I of" /
    "Schedule 12A of the Act."), unless it opens as a new sentence does ("The", "It", "There"
    ...): the line above was cut short.
    """
    if above.endswith((*_SENTENCE_END, ":", ";")) or above.lower().endswith(_CLOSED_CLAUSE):
        return False
    if label(line) is not None or _BULLET.match(line) is not None:
        return False
    if line[:1].islower() or _NUMBER_THEN_WORD.match(line):
        return True
    words, opening = above.rsplit(" ", 1), line.split(" ", 1)[0]
    return (line[:1].isupper() and len(words) == 2 and words[1].lower() in _OPEN_ENDINGS
            and opening not in _SENTENCE_OPENINGS)


def _paragraph(block: list[list[str]]) -> str:
    """
    One paragraph's lines. A paragraph hard-wrapped at a fixed width (copied from a page
    that breaks its lines with <br>: "... to rule 3.5.20" / "to cover the ...") is one run
    of prose: it is joined with spaces when some line carries the sentence above it on in
    lower case and every other break falls at a sentence's end. Lists, and lines ending in
    ":" or ";", keep their lines.
    """
    lines = [" ".join(pieces) for pieces in block]
    if len(lines) < 2 or any(label(line) or _BULLET.match(line) for line in lines[1:]):
        return "\n".join(lines)
    carried = False
    for above, line in zip(lines, lines[1:]):
        if carries_on(above, line):
            carried = True
        elif not (above.endswith(_SENTENCE_END) and line[:1].isupper()):
            return "\n".join(lines)
    return " ".join(lines) if carried else "\n".join(lines)


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
    if m["decnum"]:
        return m["decnum"], "number:digit", m["rest"]
    found = m["paren"] or m["plain"]
    shape = "paren" if m["paren"] else m["punct"]
    kind = "digit" if found.isdigit() else "alpha" if len(found) == 1 else "roman"
    return found, f"{shape}:{kind}", m["rest"]


def unlabelled(line: str) -> str:
    """The line's text without its label or bullet."""
    parsed = label(line)
    return parsed[2] if parsed else line


PAST = {"was", "were", "had", "did", "gave", "took", "left", "made", "said", "spoke", "thanked"}


def past_tense(line: str) -> bool:
    """Does the sentence's verb, among its first words, read as past tense ("X signed ...")?"""
    words = line.split()[1:6]
    return any(w in PAST or (w.islower() and len(w) > 4 and w.endswith("ed")) for w in words)


# A decision is "That ...", or the subjunctive "the plan be agreed": a subject then "be",
# which narrative never uses bare ("was agreed", "would be", "asked that it be").
_SUBJUNCTIVE = re.compile(r"(?P<subject>[^.;:]{1,300}?) be \w", re.I)
# Words that make "be" part of narrative: right before it ("would be", "to be") ...
_NOT_BARE_BEFORE = {
    "to", "will", "would", "could", "should", "may", "might", "must", "can", "cannot", "shall", "not",
    "also", "never",
}
# ... or anywhere before it ("asked that it be", "Councillor X proposed the item be deferred").
_REPORTED = {
    "that", "whether", "if", "it", "there", "was", "were", "had",
    "suggested", "asked", "proposed", "moved", "requested", "recommended", "agreed", "urged", "insisted",
}
#: A decision's subject is a noun phrase, not a whole clause.
MAX_SUBJECT_WORDS = 25


THAT = re.compile(r"that\b", re.I)
# "That", "that," or "that " opening a decision, to take off its text.
THAT_FIRST = re.compile(r"that\b,? ?", re.I)


def decided(text: str) -> bool:
    """Does the text read as a decision: "That ...", or "the report be noted" / "The plan be agreed"?"""
    return bool(THAT.match(text)) or subjunctive(text)


def subjunctive(text: str) -> bool:
    """Does the text say what shall be done in the subjunctive ("the public be excluded ...")?"""
    m = _SUBJUNCTIVE.match(text)
    if not m:
        return False
    words = m["subject"].lower().replace(",", " ").split()
    return (bool(words) and len(words) <= MAX_SUBJECT_WORDS and words[-1] not in _NOT_BARE_BEFORE
            and not _REPORTED.intersection(words))


# The names of a small table's columns pasted under a decision: "Minute No.  Report title",
# "Item No. Subject Paragraph".
_COLUMN_WORDS = {
    "no", "no.", "number", "minute", "item", "agenda", "title", "subject", "report", "paragraph",
    "description", "reason", "category", "ref", "reference", "exempt", "ward", "page", "appendix", "schedule",
}
#: A header row names a few columns.
_MAX_COLUMNS_WORDS = 8


def table_header(line: str) -> bool:
    """Is the line the header row of a pasted table ("Minute No.  Report title"): a few words,
    capitalised, without digits or a sentence's punctuation, at least two of them column names?"""
    words = line.split()
    if not 2 <= len(words) <= _MAX_COLUMNS_WORDS or not line[:1].isupper():
        return False
    if any(not word.rstrip(".").isalpha() or word.endswith(".") and word.lower() != "no." for word in words):
        return False
    return sum(word.lower() in _COLUMN_WORDS for word in words) >= 2


#: How many rows of a pasted table are looked through for its header row.
_MAX_TABLE_ROWS = 40


def table_start(lines: list[str], end: int) -> int:
    """Where a table pasted under a line ending in ":" and running to ``end`` begins (its header
    row), or ``end`` when the lines before ``end`` are no such table."""
    for index in range(end - 1, max(end - _MAX_TABLE_ROWS, 0) - 1, -1):
        if lines[index] and table_header(lines[index]):
            above = next((lines[i] for i in range(index - 1, -1, -1) if lines[i]), "")
            return index if above.rstrip(" -\u2013\u2014").endswith(":") else end
    return end


#: A row of a list pasted under a resolution is a few words, never a sentence.
_MAX_ROW_WORDS = 15


def row(line: str) -> bool:
    """Is the (non-blank) line a row of a list pasted without labels: a few words with no
    sentence's closing stop, and no label of its own?"""
    return not label(line) and not line.endswith((".", "!", "?", ":")) and len(line.split()) <= _MAX_ROW_WORDS


def rows_below(lines: list[str], index: int) -> int:
    """Where the rows under the line at ``index`` end, when it ends in ":" and the lines below
    it are a pasted list or table without labels ("allocated as follows:", then "Overview &
    Scrutiny - Leader", "Executive Member for Resources", ... one a line, blank lines between):
    each a few words with no sentence's closing stop.  ``index + 1`` when there are no such rows.

    Rows belong to the line leading into them, not to the narrative that may follow the list.
    """
    if not lines[index].rstrip(" -\u2013\u2014").endswith(":"):
        return index + 1
    end = found = index + 1
    for at in range(index + 1, len(lines)):
        line = lines[at]
        if not line:
            continue
        if not row(line):
            break
        found += 1
        end = at + 1
    return end if found - index > 2 else index + 1


def rows_together(lines: list[str]) -> list[str]:
    """The lines with the blank line between rows under a line ending in ":" taken out, so
    that the rows read one a line; a wider gap (two blank lines or more) still parts two
    groups of rows.  Only rows that end the text are a list of its own: rows with sentences
    among them are a table flattened, kept as they were copied."""
    kept: list[str] = []
    last = max((i for i, line in enumerate(lines) if line), default=-1)
    index = 0
    while index < len(lines):
        end = rows_below(lines, index) if lines[index] else index + 1
        if end > index + 1 and end > last:
            kept += [lines[index], ""]
            for at in range(index + 1, end):
                if lines[at]:
                    kept.append(lines[at])
                elif not lines[at - 1] and kept[-1]:
                    kept.append("")  # the second blank line in a row: a new group
            index = end
        else:
            kept.append(lines[index])
            index += 1
    return kept


def paragraphs(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of non-blank lines."""
    found, start = [], None
    for index, line in enumerate([*lines, ""]):
        if line and start is None:
            start = index
        elif not line and start is not None:
            found.append((start, index))
            start = None
    return found


# "Further Action Required:", "Next Steps:": a short heading in title case over a section of its own
_SECTION_HEADING = re.compile(r"[A-Z][a-z'-]+(?: [A-Za-z'-]+){1,4}:")
# Words opening a heading that leads into the decision instead ("Decision:", "Recommendations Agreed:")
_LEADING_WORDS = {"decision", "decisions", "resolved", "resolution", "resolutions", "recommendation",
                  "recommendations", "agreed", "approved", "that", "the", "it", "cabinet", "council", "committee"}


def section_heading(line: str) -> bool:
    """Is the line a title-case heading ending in ":" that opens a section after the decision?"""
    words = line[:-1].split()
    return (_SECTION_HEADING.fullmatch(line) is not None and words[0].lower() not in _LEADING_WORDS
            and all(word[:1].isupper() or len(word) <= 3 for word in words))
