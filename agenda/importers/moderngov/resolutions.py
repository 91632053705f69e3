"""The resolutions of a decision block, and where a block's decision ends.

A block is the text after one marker (RESOLVED, AGREED, DECISION...).  It
holds one resolution, or a lead-in ("That the Committee:") followed by
labelled or bulleted items.  A list nested under an item ("(a)" lines under
"1.", "o" bullets under "•") stays in that item's text.  Decisions whose
marker was lost are found in :mod:`.unmarked`.
"""

from __future__ import annotations

import re

from .lines import (
    ROMAN_RE, THAT_FIRST, carries_on, decided, label, past_tense, render, rows_below, rows_together, subjunctive, table_header,
    unlabelled,
)
from . import condition_rows, dotted_lists, lost_markers, nested_rows
from .list_lead_ins import is_lead_in, opens_list
from .results import ParsedResolution

_THAT = re.compile(r"that\b", re.I)
# A decision of its own after another: the committee's recommendation to a body above it.
_RECOMMENDS = re.compile(r"(?:it was )?(?:further |also )?recommended,? (?:that|to)\b", re.I)
# "The Leader of the Council approved ...": someone, then what they decided, in the past tense.
DECIDED_BY = re.compile(
    r"(?:the )?[A-Z][\w'-]*(?: (?:of|for|the|and|[A-Z][\w'-]*)){0,8}"
    r" (?:also |further |formally )?(?:approved|agreed|noted|delegated|endorsed|authori[sz]ed|adopted"
    r"|resolved|decided|recommended|accepted|awarded|confirmed)\b"
)
# "... be noted and: -": a lead-in deciding something of its own, run on into the items with "and".
_DECIDES_AND = re.compile(r"\b(?:be|is|are) \w+ and ?(?::|-|\u2013|: ?[-\u2013])$")
_DECISION_OF_ITS_OWN = lambda text: bool(DECIDED_BY.match(text) or _THAT.match(text))  # noqa: E731


def is_sibling(first: tuple[str, str], prev: str, found: str, style: str) -> bool:
    """Is a line labelled ``found`` the next item of the list begun by ``first``?

    "i", "v" and "x" are letters and roman numerals: in a lettered list each
    is a sibling only straight after "h", "u" or "w" (so "v." under "a." ends
    a roman sub-list "i." to "v."); in a list starting at "i" it is roman.
    """
    first_label, first_style = first
    if first_style in ("bullet", "bullet2", "dotted") or first_style.endswith("digit"):
        return style == first_style
    if style.split(":")[0] != first_style.split(":")[0] or style.endswith("digit"):
        return False
    roman_list = first_label.lower() == "i" or first_style.endswith("roman")
    if roman_list:
        return ROMAN_RE.fullmatch(found) is not None
    letter = found.lower()
    return len(found) == 1 and (letter not in "ivx" or len(prev) == 1 and ord(prev.lower()) == ord(letter) - 1)


def items(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line index, label, text) of each top-level item in a block, up to a restart."""
    return _listed(lines)[0]


def restart(lines: list[str]) -> int:
    """Where a second list begins, numbered from its first label again straight after the last
    item and worded otherwise, or worded as reasons ("1. That ..." to "5. That ...", or "1. To
    approve ...", then "1. To enable ..." after a lost "Reasons" heading), or the end.  A list
    numbered "1. 2. 1. 2." by a slip keeps its wording."""
    return _listed(lines)[1]


# How a reason is worded: "To ensure ...", "To enable ...", "To comply with ...".
_REASON_WORDING = re.compile(
    r"to (?:ensure|enable|comply|allow|meet|provide|support|contribute|secure|achieve|maintain|improve"
    r"|reduce|help|protect|promote|fulfil|satisfy|respond|reflect)\b",
    re.I,
)


def worded_as_reason(text: str) -> bool:
    """Is the text worded as a reason ("To ensure ...", "To enable ...")?"""
    return _REASON_WORDING.match(text) is not None


def _first_word(text: str) -> str:
    return text.split(" ", 1)[0].lower()


def _listed(lines: list[str]) -> tuple[list[tuple[int, str, str]], int]:
    if (dotted := dotted_lists.listed(lines)) is not None:
        return dotted  # "2.1" over "2.1.1", "2.1.2": rows numbered under an item stay in it
    found: list[tuple[int, str, str]] = []
    first: tuple[str, str] | None = None
    previous = ""  # the last line with text
    for index, line in enumerate(lines):
        parsed = label(line)
        if not parsed:
            previous = line or previous
            continue
        name, style, text = parsed
        if first is None:
            first = (name, style)
        elif (name, style) == first and not style.startswith("bullet") and label(previous) and (
            (_first_word(text) != _first_word(found[0][2]) or _REASON_WORDING.match(text))
            and not previous.rstrip(" -\u2013").endswith(":")
        ):
            return found, index  # numbered afresh, worded otherwise, no lead-in of its own: another list
        elif not is_sibling(first, found[-1][1], name, style):
            previous = line
            continue
        found.append((index, name, text))
        previous = line
    return found, len(lines)


# "RECOMMENDED TO COUNCIL", "RECOMMENDED TO FULL COUNCIL:": the marker of a recommendation on its own line.
RECOMMENDED_LINE = re.compile(r"(?:IT WAS )?RECOMMENDED(?: TO(?: [A-Z][A-Z'-]*){1,4})? ?:?")


# "that (1) the report be noted;", "RECOMMENDED: 1) That ...": a short lead-in with the list's
# first label on its line.
_INLINE_FIRST = re.compile(
    r"(?P<lead>.{0,60}?\b(?:that|to|as follows)[:\-\u2013]{0,2}|[^:]{1,60}:[\-\u2013]?)"
    r" (?P<item>(?:\((?:1|a|i)\)|(?:1|a|i)[.)]) \S.*)",
    re.I,
)


def split_inline_first_item(lines: list[str]) -> list[str]:
    """Put a first item written on the lead-in's line on a line of its own, when its next item follows."""
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is None or label(lines[first]):
        return lines
    m = _INLINE_FIRST.fullmatch(lines[first])
    if not m:
        return lines
    opened = label(m["item"])
    later = (label(line) for line in lines[first + 1 : first + _LOOK_AHEAD] if line)
    if opened and any(p and p[1] == opened[1] for p in later):
        return [*lines[:first], m["lead"], m["item"], *lines[first + 1 :]]
    return lines


#: How many lines after a lead-in its list's next item is looked for.
_LOOK_AHEAD = 20


# "1. " inside a line, after a space or a colon: a numbered list flattened onto one line.
_RUN_IN_NUMBER = re.compile(r"(?:^|(?<=[\s:;]))(?P<number>\d{1,2})[.)] (?=[A-Za-z(])")


def _split_run_in_list(lines: list[str]) -> list[str] | None:
    """A one-line block holding a numbered list run together ("RESOLVED to: 1. Note the
    outcome 2. Agree the priorities 3. ..."), as one line per item, or None.

    Only numbers counting up from 1 start items, so "paragraph 4. The ..." does not."""
    filled = [line for line in lines if line]
    if len(filled) != 1:
        return None
    line, starts, expected = filled[0], [], 1
    for m in _RUN_IN_NUMBER.finditer(line):
        if int(m["number"]) == expected:
            starts.append(m.start())
            expected += 1
    if len(starts) < 2:
        return None
    pieces = [line[:starts[0]].strip()] if line[:starts[0]].strip() else []
    pieces += [line[a:b].strip() for a, b in zip(starts, [*starts[1:], len(line)])]
    return pieces


def parse_block(lines: list[str]) -> tuple[str | None, list[ParsedResolution]]:
    """The lead-in and resolutions of one decision block.

    Without labels or bullets the block is one resolution (it may run to
    several paragraphs), unless it opens with a lead-in ending in ":" or a
    bare "THAT", or every paragraph is a "That ..." sentence or says who
    decided what ("The Leader approved ..."): then each paragraph is a
    resolution whose bullet was lost in copying.
    """
    lines = split_inline_first_item(lines)
    if (whole := _over_table(lines)) is not None:
        return None, [ParsedResolution("", whole)]
    found = items(lines)
    if (lost := lost_markers.last_item(lines, found)) is not None:  # "(1) Endorsed ...;" over "Approved ..."
        lead_in, parsed = parse_block(lines[:lost])
        return lead_in, [*parsed, ParsedResolution("", render(lines[lost:]))]
    if not found and (run_in := _split_run_in_list(lines)) is not None:
        lines, found = run_in, items(run_in)
    if not found:
        text = render(lines)
        filled = [line for line in lines if line]
        if len(filled) > 1 and (is_lead_in(filled[0]) or RECOMMENDED_LINE.fullmatch(filled[0])):
            rest = render(lines[lines.index(filled[0]) + 1 :])
            if _whole_sentence(filled[0], filled[1:]):  # its lines are part of it, set off below it
                return None, [ParsedResolution("", f"{filled[0]}\n\n{rest}")]
            if _over_rows(filled[1], filled[2:]):  # "THAT:" over "... as follows:" and its rows
                return filled[0], [ParsedResolution("", "\n".join(filled[1:]))]
            return filled[0], [ParsedResolution("", p) for p in rest.replace("\n\n", "\n").split("\n")]
        if len(filled) > 1 and all(_THAT.match(line) for line in filled):
            return None, [ParsedResolution("", line) for line in filled]
        paragraphs = text.split("\n\n")
        if len(paragraphs) > 1 and all(DECIDED_BY.match(p) for p in paragraphs):
            return None, [ParsedResolution("", p) for p in paragraphs]  # each says who decided what
        if len(paragraphs) > 1 and all(_RECOMMENDS.match(p) for p in paragraphs[1:]) and (
                decided(paragraphs[0]) or DECIDED_BY.match(paragraphs[0])):
            return None, [ParsedResolution("", p) for p in paragraphs]  # "That ...", then "Recommended that ..."
        return None, [ParsedResolution("", text)] if text else []
    if (below := _lone_lead_in(lines, found)) is not None:
        return found[0][2], parse_block(below)[1]
    above = [line for line in lines[: found[0][0]] if line]
    rows = [line for line in lines[found[0][0] :] if line]
    if len(above) == 1 and condition_rows.qualified(above[0], rows):
        return None, [ParsedResolution("", "\n".join([above[0], *rows]))]  # "... subject to the following conditions:"
    if len(above) == 1 and condition_rows.amended(above[0], rows):
        # "That the policy be adopted, subject to the following amendments:" over "(a) ...; and"
        return None, [ParsedResolution("", above[0]), *parse_block(lines[found[0][0] :])[1]]
    if len(above) == 1 and condition_rows.completed(above[0], rows):
        # "That the report be accepted ..., as follows:-" over "- the Tree Strategy; and": one decision
        return None, [ParsedResolution("", "\n".join([above[0], *rows]))]
    if len(above) == 2 and is_lead_in(above[0]) and _over_rows(above[1], [text for _, _, text in found]):
        # "THAT:" over "... approves the base as follows:" and its numbered amounts: one decision
        return above[0], [ParsedResolution("", "\n".join([above[1], *(line for line in lines[found[0][0] :] if line)]))]
    lead_ins = [_lead_in(render(lines[: found[0][0]]))]
    resolutions = []
    if _DECIDES_AND.search(lead_ins[0]) and decided(lead_ins[0]) and "\n" not in lead_ins[0]:
        resolutions, lead_ins = [ParsedResolution("", lead_ins[0])], []  # "that the report be noted and: -"
    for n, (index, name, text) in enumerate(found):
        end = found[n + 1][0] if n + 1 < len(found) else len(lines)
        if n + 1 < len(found) and (between := _lead_in_between([text, *lines[index + 1 : end]])):
            lead_ins.append(lines[end - between])  # "and recommended to full Council:" over the next items
            end -= between
        standing = _that_lead_in_between([text, *lines[index + 1 : end]]) if n + 1 < len(found) else 0
        body = rows_together([text, *lines[index + 1 : end - standing]])  # a list pasted under "as follows:"
        closing = nested_rows.decision_after_rows(body, _DECISION_OF_ITS_OWN) if n + 1 == len(found) else None
        resolutions.append(ParsedResolution(name, render(body[:closing], sublist=True)))
        if closing is not None:  # "The Cabinet Member noted the report." after the item's rows
            resolutions.append(ParsedResolution("", render(body[closing:])))
        if standing:  # "That Cabinet recommend that Council;" over the next items, kept where it stands
            resolutions.append(ParsedResolution("", render(lines[end - standing : end])))
    return "\n\n".join(lead_in for lead_in in lead_ins if lead_in) or None, resolutions


def _lead_in_between(body: list[str]) -> int:
    """How many lines at the end of an item's lines are a lead-in into the items below it (with the
    blank lines after it), or 0: one unlabelled line ending in ":", set apart below the item's
    whole sentence ("...;" / "and recommended to full Council:")."""
    trailing = 0
    while trailing < len(body) and not body[-1 - trailing]:
        trailing += 1
    filled = body[: len(body) - trailing]
    if len(filled) < 3 or filled[-2] or not filled[-1].rstrip(" -\u2013\u2014").endswith(":") or label(filled[-1]):
        return 0
    above = next((line for line in reversed(filled[:-2]) if line), "")
    return trailing + 1 if above.endswith((";", ".", "; and", "; or")) else 0


def _that_lead_in_between(body: list[str]) -> int:
    """How many lines at the end of an item's lines are a "That ..." sentence of its own leading
    into the items below, ended by ";" where ":" was meant ("That Cabinet recommend that
    Council;"), with the blank lines after it; 0 unless it is set apart below the item's
    sentence closed by its full stop."""
    trailing = 0
    while trailing < len(body) and not body[-1 - trailing]:
        trailing += 1
    filled = body[: len(body) - trailing]
    if len(filled) < 3 or filled[-2] or not filled[-1].endswith(";") or label(filled[-1]):
        return 0
    if not _THAT.match(filled[-1]):
        return 0
    above = next((line for line in reversed(filled[:-2]) if line), "")
    return trailing + 1 if above.endswith(".") else 0


#: A paragraph of fewer words is a heading ("RECOMMENDED to Council"), not a broken line.
_BROKEN_LINE_WORDS = 8


def _lead_in(text: str) -> str:
    """The text above a decision's list as one lead-in, when a page copied with a blank line
    after every line broke its sentence ("... and a presentation by the Cabinet" / "Member for
    Housing, ..., the Mayor agreed that"): each paragraph above the last is a long line without
    closing punctuation, and the next opens as no new sentence does."""
    paragraphs = text.split("\n\n")
    if len(paragraphs) < 2 or "\n" in text.replace("\n\n", "") or not _leads_into_list(paragraphs[-1]):
        return text
    for above, below in zip(paragraphs, paragraphs[1:]):
        opening = below.split(" ", 1)[0]
        if (above.endswith((".", "!", "?", ":", ";", ")")) or len(above.split()) < _BROKEN_LINE_WORDS
                or opening in _NEW_SENTENCE or _THAT.match(below) or label(below)):
            return text
    return " ".join(paragraphs)


# Words a sentence, not the rest of one, opens with.
_NEW_SENTENCE = frozenset("The A An This These Those It There They We He She Members Councillor Cabinet".split())


def _leads_into_list(paragraph: str) -> bool:
    bare = paragraph.rstrip(" -\u2013\u2014")
    return bare.endswith(":") or bare.lower().endswith((" that", " to"))


def _lone_lead_in(lines: list[str], found: list[tuple[int, str, str]]) -> list[str] | None:
    """The lines under a decision's only numbered item when that item just leads into a list of
    its own ("2.1 Cabinet:" over "(a) Noted ...", "(b) Agreed ..."), or None.

    A minute numbering its paragraphs gives the decision's paragraph a number, and its
    lead-in then carries the list: the lettered items are the resolutions and the lead-in
    the preamble.  An item among siblings keeps a list nested under it, and a whole sentence
    ending in ":" keeps the lines under it."""
    if len(found) != 1 or not is_lead_in(found[0][2]):
        return None
    index = found[0][0]
    below = lines[index + 1 :]
    filled = [line for line in below if line]
    if any(line for line in lines[:index]) or not filled or not label(filled[0]) or len(items(below)) < 2:
        return None
    return None if _whole_sentence(found[0][2], filled) else below


def _over_rows(sentence: str, below: list[str]) -> bool:
    """Is the line under a lead-in a decision ending in ":" ("... approves the base as follows:")
    over lines that are its rows ("1)For the whole borough 12,345.67"), none of them a decision of
    its own, so that they are part of it, as a list nested under an item is?"""
    return (bool(below) and sentence.rstrip(" -\u2013\u2014").endswith(":")
            and len(sentence.split()) > _LONG_LEAD_IN_WORDS // 2
            and not any(decided(unlabelled(line)) or line.rstrip(" -\u2013\u2014").endswith(":") for line in below))


def _over_table(lines: list[str]) -> str | None:
    """The text of a decision that ends in ":" over a pasted table ("Minute No.  Report title",
    then a row a line), or None: the table's rows are the decision's, never resolutions."""
    filled = [line for line in lines[:_LOOK_AHEAD] if line]
    if len(filled) < 3 or not filled[0].rstrip(" -\u2013\u2014").endswith(":") or not table_header(filled[1]):
        return None
    return filled[0] + "\n\n" + "\n".join(line for line in lines[lines.index(filled[1]) :] if line)


#: A lead-in longer than this, in words, that neither dangles nor names its subject alone, is
#: a sentence of its own.
_LONG_LEAD_IN_WORDS = 20
_DANGLING = {"to", "that", "namely", "follows", "following", "below", "including", "and", "or", "by"}


def _whole_sentence(lead: str, below: list[str]) -> bool:
    """Is the line ending in ":" a whole decision of its own ("That the public be excluded ...
    on the grounds that ...:"), so that the unlabelled lines under it are part of it, not a
    lead-in's resolutions ("That the Committee:")?  Lines that each read as a decision
    ("That ...") are resolutions whatever leads into them."""
    if all(decided(line) for line in below):
        return False
    text = lead.rstrip(" :-\u2013\u2014")
    if that := THAT_FIRST.match(text):
        text = text[that.end() :]
    words = text.split()
    return subjunctive(text) or len(words) > _LONG_LEAD_IN_WORDS and words[-1].lower() not in _DANGLING


def closed_extent(lines: list[str], is_decision: bool) -> int:
    """Where a decision block or reason stops when another decision follows.

    Narrative between two decisions belongs in the minutes, so an earlier
    block keeps only its items (through the paragraph holding the last one)
    or, when unlabelled, its first paragraph.
    """
    first = next((i for i, line in enumerate(lines) if line), 0)
    listed = is_decision and lines and (label(lines[first]) or opens_list(lines, first))
    found = items(lines) if listed else []
    if found:
        start = found[-1][0]
        return next((i for i in range(start, len(lines)) if not lines[i]), len(lines))
    # unlabelled: its first paragraph, which a labelled line ("(b) Next part") also ends
    end = _paragraph_end(lines, first)
    if is_decision and end < len(lines) and is_lead_in(lines[end - 1]):
        # "It was resolved to:" leads into the paragraph below it, which is the decision
        below = next((i for i in range(end, len(lines)) if lines[i]), len(lines))
        end = _paragraph_end(lines, below) if below < len(lines) else end
    return end


def _paragraph_end(lines: list[str], start: int) -> int:
    return next((i for i in range(start + 1, len(lines)) if not lines[i] or label(lines[i])), len(lines))


def narrative_line(lines: list[str]) -> int:
    """Where narrative written straight under an unlabelled resolution begins, or the block's end.

    Pages copied one paragraph to a line put "That X be elected.", then "X
    signed the declaration." on the next line: a line after a full stop,
    opening with a capital, in the past tense of the minutes ("signed",
    "was"), and neither "That ..." nor a decision in the subjunctive ("... be
    sent"), is narrative.
    """
    if items(lines):
        return len(lines)
    first = next((i for i, line in enumerate(lines) if line), len(lines))
    for index in range(first + 1, len(lines)):
        line = lines[index]
        if not line:
            break
        if lines[index - 1].endswith(".") and line[:1].isupper() and not decided(line) and past_tense(line):
            return index
    return len(lines)


def list_end(lines: list[str]) -> int:
    """Where narrative after a block's labelled list begins, or the block's end.

    A paragraph after the last item, set off by a blank line, unlabelled and
    opening with a capital ("The Chair thanked officers."), is minuted
    narrative, unless it goes on with the item's sentence ("... to Mayor and
    Cabinet in" / "November 2015."); a lead-in ending in ":" keeps what follows
    it, and a last item ending in ":" the rows pasted under it.  A second list
    numbered afresh (see :func:`restart`) is not the decision's either.
    """
    found, end = _listed(lines)
    if not found:
        return len(lines)
    previous, above = "", lines[found[-1][0]]
    lost = lost_markers.last_item(lines[:end], found)  # the last item, its label lost
    for index in range(rows_below(lines, found[-1][0]), end):  # the rows the last item leads into
        line = lines[index]
        if line and not lines[index - 1] and not label(line) and line[:1].isupper():
            if not (previous.endswith(":") or carries_on(above, line) or index == lost):
                return index
        if line:
            previous = above = line
    return end


# How an item of a punctuated list closes before the next: "...;", "...; and", "..., and".
_ITEM_CLOSED = (";", "; and", ";and", "; or", ";or", ",", ", and")
#: Words in the rest of a last item's sentence, broken from it by a blank line.
_MAX_REST_WORDS = 10


def open_item_joined(lines: list[str]) -> list[str]:
    """The lines with a punctuated list's last item joined to the rest of its sentence.

    Pages that break every line with a blank one leave a last item open ("(3) the
    updated Guides to Adoption and Adoption Support", blank, "Services be received."):
    in a list whose items close with ";" or "; and", a last item ending without
    punctuation goes on in the short line after the blank that ends with a full stop,
    when only with that line does the item say what shall be done ("... be received.").
    """
    found, _ = _listed(lines)
    if len(found) < 2 or not found[-2][2].lower().endswith(_ITEM_CLOSED):
        return lines
    last = found[-1][0]
    while last + 1 < len(lines) and lines[last + 1]:
        last += 1  # the item's wrapped lines
    if lines[last].endswith((".", "!", "?", ":", ";", ",")):
        return lines
    rest = last + 1
    while rest < len(lines) and not lines[rest] and rest - last <= 2:
        rest += 1
    if rest == last + 1 or rest >= len(lines) or (rest + 1 < len(lines) and lines[rest + 1]):
        return lines
    line = lines[rest]
    if not line.endswith(".") or label(line) or ":" in line or len(line.split()) > _MAX_REST_WORDS:
        return lines
    item = " ".join([found[-1][2], *lines[found[-1][0] + 1 : last + 1]])
    if subjunctive(item) or not subjunctive(f"{item} {line}"):
        return lines  # only the line ending the item's "... be received" is its rest, no new sentence
    return [*lines[:last], f"{lines[last]} {line}", *lines[rest + 1 :]]
