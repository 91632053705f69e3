"""Where a decision block ends: the minutes' own text printed after it.

A decision is followed on the page by more of the minutes: a heading of
their own ("Matters arising:") over a paragraph, or a note set off with
asterisks ("*** The meeting went into private session ***").  What follows
such a heading is not part of the decision.
"""

from __future__ import annotations

import re

from .lines import PAST, decided, label, paragraphs, past_tense, rows_below
from .unmarked import opens_decision

# "Matters arising:", "Public questions:": a short heading of the minutes, not a lead-in.
_HEADING = re.compile(r"[A-Z][\w'()/,&-]*(?: [\w'()/,&-]+){0,3} ?:")
# Headings that lead into a decision's items rather than end it.
_LEAD_IN_WORDS = {
    "that", "to", "the", "it", "we", "members", "cabinet", "committee", "council", "board", "panel",
    "executive", "forum", "commission", "resolved", "agreed", "decision", "decisions", "recommendations",
    "recommended", "recommendation", "approved", "noted",
}


# "Matters Arising", "Public Question Time": a heading in title case, without its colon.
_TITLE_HEADING = re.compile(r"[A-Z][\w'&-]*(?: [\w'&/-]+){1,4}")


def _title_case(line: str) -> bool:
    return _TITLE_HEADING.fullmatch(line) is not None and all(
        word[:1].isupper() or len(word) <= 3 for word in line.split()
    )


def minutes_heading_after(lines: list[str]) -> int:
    """Where a heading of the minutes below a decision's first paragraph begins, or the block's end.

    The heading stands alone after a blank line, is a few words ending in ":" (or in title case),
    follows no line leading into it ("... as follows:") nor is one of the rows pasted under such a
    line, and does not lead into a list (a list under it would be the decision's).
    """
    first = next((i for i, line in enumerate(lines) if line), len(lines))
    end = next((i for i in range(first, len(lines)) if not lines[i]), len(lines))
    above = lines[end - 1] if end > first else ""
    rows = rows_below(lines, end - 1) if end > first else end  # rows under "... as follows:" are no heading
    for index in range(end + 1, len(lines)):
        line = lines[index]
        if not line:
            continue
        if index >= rows and not lines[index - 1] and not above.endswith(":") and _minutes_heading(lines, index):
            return index
        rows = max(rows, rows_below(lines, index))
        above = line
    return len(lines)


# "This decision is not subject to call in as:": why the decision may not be called in, leading into
# reasons of its own, never into decisions
_CALL_IN_LEAD = re.compile(r"[^:]{0,200}\bcall(?:ed)?[- ]?in\b[^:]{0,120}:[-\u2013]?", re.I)


def _minutes_heading(lines: list[str], index: int) -> bool:
    """Is the line at ``index`` a heading of the minutes over a paragraph of their own, or a lead-in
    telling why the decision may not be called in?"""
    line = lines[index]
    if len(line) <= 300 and _CALL_IN_LEAD.fullmatch(line) and not label(line):
        return True
    headed = _HEADING.fullmatch(line) is not None or _title_case(line)
    if label(line) or not headed or line.split()[0].lower().rstrip(":") in _LEAD_IN_WORDS:
        return False
    following = next((lines[i] for i in range(index + 1, len(lines)) if lines[i]), "")
    return bool(following) and not label(following)


# "The Committee also agreed to write to the Minister.": who decided what, part of the decision.
_DECIDED = re.compile(
    r"(?:[\w'-]+ ){0,5}?(?:agreed|approved|resolved|noted|endorsed|decided|adopted|authori[sz]ed|delegated"
    r"|recommended)\b",
    re.I,
)


# "The report sets out the options considered ...": what the paper holds, in the present tense.
_REPORT_HOLDS = re.compile(
    r"(?:the|this|that|the attached|the accompanying) report (?:also )?(?:sets|set out|details|describes"
    r"|summarises|summarizes|outlines|explains|contains|includes|gives|provides|lists)\b",
    re.I,
)


# "Arising from minute 94", "With reference to minute 7(b),", "Minute 33/24 -": a paragraph citing a minute.
_CITES_MINUTE = re.compile(r"(?:[A-Za-z]+ ){0,3}minutes? (?:no\.? ?)?\d{1,4}(?:[/.]\d{1,4})?(?:\([a-z0-9]{1,4}\))?\b", re.I)


def _matters_arising(line: str) -> bool:
    """Does the paragraph open by citing a minute and tell, in its first sentence, what was done
    or reported in the past tense ("Arising from minute 12 the Clerk reported that ...")?"""
    cited = _CITES_MINUTE.match(line)
    if not cited:
        return False
    words = [word.strip(",;:()") for word in line[cited.end() :].split(". ", 1)[0].split()]
    return any(word in PAST or word.islower() and len(word) > 4 and word.endswith("ed") for word in words)


def narrative_paragraph(lines: list[str]) -> int:
    """Where a paragraph of the minutes' narrative after an unlabelled decision begins, or the end.

    "That the report be noted." then, after a blank line, "The Chair thanked
    the officers." : a paragraph after one closing with a full stop, opening
    with a capital, in the past tense of the minutes, and neither "That ..."
    nor a decision in the subjunctive ("A copy be sent ..."; "A Member asked that a copy be
    sent ..." reports a request), nor saying who decided what ("The Committee also agreed ..."),
    is the minutes' again; so is a paragraph telling what the report holds ("The report sets
    out the options considered ..."), and one citing a minute to tell what was reported of it
    ("Arising from minute 12 the Clerk reported ...": the matters arising).
    """
    if any(label(line) for line in lines if line):
        return len(lines)
    above = ""
    for index, line in enumerate(lines):
        if not line:
            continue
        if (index and not lines[index - 1] and above.endswith(".") and line[:1].isupper()
                and not decided(line) and (past_tense(line) and not _DECIDED.match(line)
                                           or _REPORT_HOLDS.match(line) or _matters_arising(line))):
            return index
        above = line
    return len(lines)


def _key(lines: list[str]) -> str:
    return " ".join(" ".join(lines).lower().split())


def narrative_keys(lines: list[str]) -> set[str]:
    """The paragraphs of the narrative, to know a copy of one again."""
    return {_key(lines[start:end]) for start, end in paragraphs(lines)}


def without_copies(lines: list[str], narrative: set[str]) -> list[str]:
    """A decision block without the copy of the narrative pasted at its head, and without a
    paragraph printed twice in a row: a decision is recorded once.

    "Resolved:" followed by the minutes' paragraphs again, then the decision,
    is a slip in the published page; the copied paragraphs are already in the minutes.
    A motion quoted in the narrative and then resolved in the same words is the decision.
    """
    kept: list[str] = []
    dropped = False
    previous = None
    heading = True  # still among the paragraphs that copy the narrative
    for start, end in paragraphs(lines):
        key = _key(lines[start:end])
        if heading and key in narrative and not opens_decision(lines[start:end]) or key == previous:
            dropped = True
            continue
        heading = False
        previous = key
        kept += [*lines[start:end], ""]
    if not dropped or not any(kept):
        return lines  # nothing repeated, or the whole block repeats the narrative: keep it
    return kept[:-1]
