"""The resolutions of a decision block, and decisions whose marker was lost.

A block is the text after one marker (RESOLVED, AGREED, DECISION...).  It
holds one resolution, or a lead-in ("That the Committee:") followed by
labelled or bulleted items.  A list nested under an item ("(a)" lines under
"1.", "o" bullets under "•") stays in that item's text.
"""

from __future__ import annotations

import re

from .lines import ROMAN_RE, label, past_tense, render, unlabelled
from .results import ParsedResolution

_THAT = re.compile(r"that\b", re.I)
_NOTE = re.compile(
    r"notes?(?: to the minutes?)? ?[:\-\u2013] "
    r"|(?:voting record|recorded vote|record of (?:the )?vote)\b|for:? \d{1,3}\b[^.;]{0,20}\bagainst\b"
    r"|[A-Z][^()]{0,60}\([^()]{1,80}\) to [a-z]{3,}\b"  # an action: "Jo Bloggs (Clerk) to write to ..."
    r"|.{0,80}\b(?:left|joined|re-?joined|arrived at|returned to) the (?:meeting|room|chamber)\b"
    r"|.{0,80}\b(?:arrived|left|returned|withdrew)(?: the (?:meeting|room|chamber))?"
    r" (?:during|for|at the start of|before|after|prior to) (?:this|the) (?:item|debate|discussion|vote)\b"
    r"|.{0,60}\b(?:adjourned|closed|ended|concluded) the meeting\b"
    r"|.{0,60}\b(?:meeting|committee|panel) (?:was )?(?:then )?(?:adjourned|ended|closed|concluded)\b",
    re.I,
)


def is_sibling(first: tuple[str, str], prev: str, found: str, style: str) -> bool:
    """Is a line labelled ``found`` the next item of the list begun by ``first``?

    "i", "v" and "x" are letters and roman numerals: in a lettered list "i"
    is a sibling only straight after "h"; in a list starting at "i" it is roman.
    """
    first_label, first_style = first
    if first_style in ("bullet", "bullet2", "dotted") or first_style.endswith("digit"):
        return style == first_style
    if style.split(":")[0] != first_style.split(":")[0] or style.endswith("digit"):
        return False
    roman_list = first_label.lower() == "i" or first_style.endswith("roman")
    if roman_list:
        return ROMAN_RE.fullmatch(found) is not None
    return len(found) == 1 and (found.lower() != "i" or prev.lower() == "h")


def items(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line index, label, text) of each top-level item in a block, up to a restart."""
    return _listed(lines)[0]


def restart(lines: list[str]) -> int:
    """Where a second list begins, numbered from its first label again straight after the last
    item and worded otherwise ("1. That ..." to "5. That ...", then "1. To enable ..." after a lost
    "Reasons" heading), or the end.  A list numbered "1. 2. 1. 2." by a slip keeps its wording."""
    return _listed(lines)[1]


def _first_word(text: str) -> str:
    return text.split(" ", 1)[0].lower()


def _listed(lines: list[str]) -> tuple[list[tuple[int, str, str]], int]:
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
            _first_word(text) != _first_word(found[0][2])
        ):
            return found, index  # numbered afresh, worded otherwise, no lead-in of its own: another list
        elif not is_sibling(first, found[-1][1], name, style):
            previous = line
            continue
        found.append((index, name, text))
        previous = line
    return found, len(lines)


def _is_lead_in(paragraph: str) -> bool:
    """ "That the Committee:", "that:-", a bare "THAT"."""
    bare = paragraph.rstrip(" -\u2013\u2014")
    return bare.endswith(":") or bare.rstrip(":").lower() == "that"


# "that (1) the report be noted;": a short lead-in with the list's first label on its line.
_INLINE_FIRST = re.compile(
    r"(?P<lead>.{0,60}?\b(?:that|to|as follows)[:\-\u2013]{0,2}) (?P<item>(?:\((?:1|a|i)\)|(?:1|a|i)[.)]) \S.*)",
    re.I,
)


def _split_inline_first_item(lines: list[str]) -> list[str]:
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
    bare "THAT", or every paragraph is a "That ..." sentence: then each
    paragraph is a resolution whose bullet was lost in copying.
    """
    lines = _split_inline_first_item(lines)
    found = items(lines)
    if not found and (run_in := _split_run_in_list(lines)) is not None:
        lines, found = run_in, items(run_in)
    if not found:
        text = render(lines)
        filled = [line for line in lines if line]
        if len(filled) > 1 and _is_lead_in(filled[0]):
            rest = render(lines[lines.index(filled[0]) + 1 :]).replace("\n\n", "\n").split("\n")
            return filled[0], [ParsedResolution("", p) for p in rest]
        if len(filled) > 1 and all(_THAT.match(line) for line in filled):
            return None, [ParsedResolution("", line) for line in filled]
        return None, [ParsedResolution("", text)] if text else []
    preamble = render(lines[: found[0][0]]) or None
    resolutions = []
    for n, (index, name, text) in enumerate(found):
        end = found[n + 1][0] if n + 1 < len(found) else len(lines)
        resolutions.append(ParsedResolution(name, render([text, *lines[index + 1 : end]])))
    return preamble, resolutions


def closed_extent(lines: list[str], is_decision: bool) -> int:
    """Where a decision block or reason stops when another decision follows.

    Narrative between two decisions belongs in the minutes, so an earlier
    block keeps only its items (through the paragraph holding the last one)
    or, when unlabelled, its first paragraph.
    """
    first = next((i for i, line in enumerate(lines) if line), 0)
    listed = is_decision and lines and (label(lines[first]) or _is_lead_in(lines[first]))
    found = items(lines) if listed else []
    if found:
        start = found[-1][0]
        return next((i for i in range(start, len(lines)) if not lines[i]), len(lines))
    # unlabelled: its first paragraph, which a labelled line ("(b) Next part") also ends
    return next((i for i in range(first + 1, len(lines)) if not lines[i] or label(lines[i])), len(lines))


_BODY = r"(?:the )?(?:cabinet|committee|sub-committee|council|board|panel|executive|members|forum)"
_DECIDING_VERB = r"(?:noted|agreed|approved|recommended|resolved|endorsed|authori[sz]ed|delegated|adopted)\b"
# "Cabinet approved ...": a body and what it decided.
_BODY_VERB = re.compile(rf"{_BODY}(?: (?:also|further|formally|unanimously))? {_DECIDING_VERB}", re.I)
# A list item read as a decision: "That ...", "To approve ...", "The plan be adopted;",
# "Cabinet noted ...", "Agreed to ...".
_DECIDED_ITEM = re.compile(
    r"that\b|to (?!date\b)[a-z]{2,}\b|[^.;:]{0,300}? be [a-z]{3,}"
    rf"|(?:{_BODY}(?: (?:also|further|formally|unanimously))? )?{_DECIDING_VERB}",
    re.I,
)


# "NOTED the report.", "RECOMMENDED to Council that ...": a decision opening with its verb in capitals.
_VERB_FIRST = re.compile(r"(?:NOTED|RECOMMENDED|RECOMMEND|AGREED|APPROVED|ENDORSED)\b(?! [A-Z]{2})")


# "The Committee:", "Cabinet:" leading into what the body decided.
_BODY_LEAD_IN = re.compile(
    r"(?:the )?(?:cabinet|committee|sub-committee|council|board|panel|executive|members|forum|commission)"
    r"(?: (?:has|have|then|therefore|unanimously|formally))? ?[:\-\u2013]{1,2}",
    re.I,
)


def closing_decision(lines: list[str]) -> int | None:
    """Where a closing decision whose marker was lost begins, or None.

    ModernGov shows RESOLVED as a heading, and copying can drop it.  What
    remains is a last decision paragraph ("That ...", "the report be noted",
    "NOTED ..."), or a last numbered or lettered list most of whose items read
    as decisions ("That ...", "To approve ...", "the plan be adopted;"), with
    their sub-items, perhaps after a lead-in ending in ":"; a list under
    "The Committee:" is its decision whatever its verbs.
    """
    end = trailing_notes(lines)
    while end and not lines[end - 1]:
        end -= 1
    start = None
    index = end
    while index > 0:
        line = lines[index - 1]
        if line and not (label(line) or _decided(line) or _VERB_FIRST.match(line)):
            break
        index -= 1
        found = label(line) if line else None
        if line and (_decided(unlabelled(line)) or _VERB_FIRST.match(line) or found
                     and not found[1].startswith("bullet") and _DECIDED_ITEM.match(found[2])):
            start = index
    first = next((i for i in range(index, end) if lines[i]), end)
    above = first - 1
    while above >= 0 and not lines[above]:
        above -= 1
    if first < end and label(lines[first]) and above >= 0 and _BODY_LEAD_IN.fullmatch(lines[above]):
        return above  # "The Committee:" over a list: the body's decisions, whatever their verbs
    if start is None:
        return None
    if label(lines[start]):  # a list, from its first item: most items read as decisions
        listed = items(lines[index:end])
        decided = sum(bool(_decided(text) or _DECIDED_ITEM.match(text)) for _, _, text in listed)
        if decided * 2 <= len(listed):
            return None
        start = index + listed[0][0]
    above = start - 1
    while above >= 0 and not lines[above]:
        above -= 1
    lead_in = lines[above].rstrip(" -\u2013\u2014") if above >= 0 else ""
    # "The Board formally;": a short lead-in typed with a semicolon
    typed = lead_in.endswith(";") and len(lead_in) < 40 and not label(lead_in)
    if above >= 0 and (_short_lead_in(lead_in) or typed):
        start = above
    return start


def page_decision(lines: list[str]) -> int | None:
    """Where the decision begins on an "Issue - decisions" page that shows no marker.

    Such a page holds only what was decided, perhaps after a sentence of
    narrative: the decision is its closing list with the paragraph leading
    into it ("Cabinet", "RECOMMEND to Council that", "... and agreed that:-"),
    or else its last paragraph ("Cabinet agreed the programme.").
    """
    end = len(lines)
    while end and not lines[end - 1]:
        end -= 1
    if not end:
        return None
    first = next((i for i in range(end) if label(lines[i])), None)
    if first is None:
        index = end - 1
        while index > 0 and lines[index - 1]:
            index -= 1  # the last paragraph
        return _decided_paragraphs(lines, index)
    above = first - 1
    while above >= 0 and not lines[above]:
        above -= 1
    if above < 0 or not _leads_in(lines[above]):
        return first
    # the lead-in above the list ("Cabinet", "RECOMMEND to Council that"), wrapped or not
    while above > 0 and lines[above - 1] and not lines[above - 1].endswith((".", "!", "?")):
        above -= 1
    return above


def _decided_paragraphs(lines: list[str], start: int) -> int:
    """Where a run of decision paragraphs ending with the one at ``start`` begins
    ("That ...", "Cabinet approved ..."); narrative above them stays minutes."""
    if not _reads_decided(lines[start]):
        # no blank line between the narrative and the decision: a decision sentence on its own line
        end = next((i for i in range(start, len(lines)) if not lines[i]), len(lines))
        later = (i for i in range(start + 1, end)
                 if lines[i - 1].endswith((".", ":")) and _reads_decided(lines[i]))
        return next(later, start)
    index = start
    while True:
        above = index - 1
        while above >= 0 and not lines[above]:
            above -= 1
        paragraph = above
        while paragraph > 0 and lines[paragraph - 1]:
            paragraph -= 1
        if above < 0 or not _reads_decided(lines[paragraph]):
            return index
        index = paragraph


def _reads_decided(line: str) -> bool:
    return bool(_THAT.match(line) or _BODY_VERB.match(line) or _VERB_FIRST.match(line))


def _leads_in(line: str) -> bool:
    """Does a paragraph's last line lead into a list ("... agreed that:-", "Cabinet")?"""
    bare = line.rstrip(" -\u2013\u2014")
    words = bare.lower().split()
    return bare.endswith(":") or words[-1:] in (["that"], ["and"]) or (
        len(words) <= 6 and not bare.endswith((".", "?", "!"))
    )


#: Blank lines in a row where ModernGov's styled RESOLVED heading stood before copying lost it.
LOST_HEADING_GAP = 3
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


def _decided(text: str) -> bool:
    """Does the text read as a decision: "That ...", or "the report be noted" / "The plan be agreed"?"""
    if _THAT.match(text):
        return True
    m = _SUBJUNCTIVE.match(text)
    if not m:
        return False
    words = m["subject"].lower().replace(",", " ").split()
    return (bool(words) and len(words) <= MAX_SUBJECT_WORDS and words[-1] not in _NOT_BARE_BEFORE
            and not _REPORTED.intersection(words))


def opens_decision(lines: list[str]) -> bool:
    """Does the block's first paragraph read as a decision (rather than narrative)?"""
    first = next((line for line in lines if line), "")
    return bool(label(first)) or _decided(first) or _is_lead_in(first)


def _list_start(lines: list[str], start: int) -> int:
    """The first item of the decision list holding the labelled line at ``start``: a page
    copied with a blank line after every line leaves gaps between the items too."""
    found = label(lines[start])
    if not found:
        return start
    above = start - 1
    while above >= 0:
        if not lines[above]:
            above -= 1
            continue
        earlier = label(lines[above])
        if not earlier or earlier[1] == found[1] and not _DECIDED_ITEM.match(earlier[2]):
            break
        if earlier[1] == found[1]:
            start = above  # an earlier item; other labels are its sub-items
        above -= 1
    return start


def lost_heading(lines: list[str]) -> tuple[int, int] | None:
    """(start, end) of a decision whose RESOLVED heading was lost, found by the gap it left.

    Copying a page turns the heading into a run of blank lines; when decision
    paragraphs follow ("That ...", "(1) the report be noted;", "the plan be
    agreed."), they are the decision, up to the first paragraph that is
    neither a decision nor an item of their list.
    """
    start = None
    blank = 0
    for index, line in enumerate(lines):
        if not line:
            blank += 1
            continue
        if blank >= LOST_HEADING_GAP and _decided(unlabelled(line)):
            start = index
        blank = 0
    if start is None:
        return None
    start = _list_start(lines, start)
    above = start - 1
    while above >= 0 and not lines[above]:
        above -= 1
    if above >= 0 and _verb_lead_in(lines[above]):
        start = above  # "RECOMMENDED to Council" on its own line, over the list
    end = len(lines)
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if line and not lines[index - 1] and not (label(line) or _decided(line)):
            end = index
            break
    while end > start and not lines[end - 1]:
        end -= 1
    return start, end


#: A lead-in is a phrase ("That the Committee:-", "Members agreed:"), not a sentence of narrative.
MAX_LEAD_IN_WORDS = 12


def _verb_lead_in(line: str) -> bool:
    """A lead-in made of a decision verb in capitals, without its colon ("RECOMMENDED to Council")."""
    return (_VERB_FIRST.match(line) is not None and line.count(" ") < MAX_LEAD_IN_WORDS
            and not line.endswith((".", ";")) and not label(line))


def _short_lead_in(line: str) -> bool:
    """Is the line above a lost-heading decision its lead-in, rather than narrative ending in ":"?"""
    short = line.count(" ") < MAX_LEAD_IN_WORDS or _THAT.match(line) is not None
    return line.endswith(":") and len(line) < 200 and short and not label(line)


def trailing_notes(lines: list[str]) -> int:
    """Where the closing notes of a block begin ("(Councillor X left the meeting.)", "Note: ...",
    "The Chair then adjourned the meeting ...", "Voting record: For 30, against 2",
    "Jo Bloggs (Clerk) to write to the bodies.").

    They record what happened after the decision, so they belong in the minutes.
    """
    cut = end = len(lines)
    for index in range(end - 1, -1, -1):
        line = lines[index]
        if not line:
            continue
        if label(line) or _THAT.match(line):
            break
        if (line.startswith("(") and line.endswith((")", ")."))) or _NOTE.match(line):
            cut = index
            continue
        break
    return cut if any(lines[:cut]) else end


def narrative_line(lines: list[str]) -> int:
    """Where narrative written straight under an unlabelled resolution begins, or the block's end.

    Pages copied one paragraph to a line put "That X be elected.", then "X
    signed the declaration." on the next line: a line after a full stop,
    opening with a capital, in the past tense of the minutes ("signed",
    "was"), and neither "That ..." nor a passive "... be ...", is narrative.
    """
    if items(lines):
        return len(lines)
    first = next((i for i, line in enumerate(lines) if line), len(lines))
    for index in range(first + 1, len(lines)):
        line = lines[index]
        if not line:
            break
        if (lines[index - 1].endswith(".") and line[:1].isupper() and not _THAT.match(line)
                and " be " not in line and past_tense(line)):
            return index
    return len(lines)


def list_end(lines: list[str]) -> int:
    """Where narrative after a block's labelled list begins, or the block's end.

    A paragraph after the last item, set off by a blank line, unlabelled and
    opening with a capital ("The Chair thanked officers."), is minuted
    narrative; a lead-in ending in ":" keeps what follows it.  A second list
    numbered afresh (see :func:`restart`) is not the decision's either.
    """
    found, end = _listed(lines)
    if not found:
        return len(lines)
    previous = ""
    for index in range(found[-1][0] + 1, end):
        line = lines[index]
        if line and not lines[index - 1] and not label(line) and line[:1].isupper():
            if not previous.endswith(":"):
                return index
        if line:
            previous = line
    return end
