"""Split an item's lines at its headings and decision markers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import markers, purpose
from . import bracketed_fields, issue_fields, issue_meetings
from . import body_lead_ins
from .furniture import is_furniture, without_size
from .lines import label, past_tense, unlabelled
from .resolutions import is_sibling, worded_as_reason
from .unmarked import decided, opens_decision

# "Following questions, it was" left on the line above "RESOLVED:".
_DANGLING = re.compile(r"(?P<keep>.*?),? ?\bit was(?: (?:therefore|then|unanimously|duly|also))?,?", re.I)

# A separator line: "--o0o--", "-----", "* * *", "~~~".
_ORNAMENT = re.compile(r"[-=*~_\u2013\u2014 ]{0,20}(?:o0o|oOo|0o0)[-=*~_\u2013\u2014 ]{0,20}|[-=*~_ ]{3,40}")

# "The subject of the decision" alone on its line, without a colon: under the page's summary of the
# report, the heading over how the decision was reached.
_SUBJECT_HEADING = re.compile(r"(?:the )?subject of (?:the|this) decision", re.I)

# Where a "Purpose:" heading may start: among a decision page's opening fields.
_BEFORE_DECISION = ("pre", "detail", "purpose")

#: A document's name rarely runs to seven words closing with a full stop; narrative does.
_SENTENCE_SPACES = 6

#: How far into a decision block its first item is looked for.
_LEAD_LINES = 20

#: Lines a quotation may run over before an unbalanced quote mark is taken for a typo.
_MAX_QUOTED_LINES = 15


@dataclass
class Segment:
    kind: str  # "pre", "minutes", "purpose", "resolved", "reason", "detail", "documents"
    lines: list[str]
    label: str = ""  # a detail's label; "heading" for a decision under ModernGov's "Decision:"


def split(body: list[str], purpose_first: bool = False) -> list[Segment]:
    """Split the lines after the title at each heading; inline text starts the new segment.

    On an issue's page (``purpose_first``) whose purpose stands above its fields, text found
    after the fields (a consultation's line under its lost heading) is not the purpose.

    "Minutes" without a colon is only a heading before the narrative starts;
    in the documents list every line is a document name until a labelled
    field of a decision page.  A decision marker inside a line leaves the
    sentences before it to the current segment.  Nothing inside a quotation
    opened in the narrative is a heading or marker.
    """
    segments = [Segment("pre", [])]
    quoted = 0

    last_decision: Segment | None = None

    opening = True  # only the page's opening text and fields so far
    paragraph = ""  # the number of the paragraph holding the marker ("17.4 Resolved – ..."), if any

    def start(kind: str, rest: str | None, name: str = "") -> None:
        nonlocal last_decision, opening
        segments.append(Segment(kind, [rest] if rest else [], name))
        opening = opening and kind in ("pre", "detail")
        if kind == "resolved":
            last_decision = segments[-1]

    scanned: list = [None, 0, False]  # (segment, lines looked at, any text among them): each line once

    def has_text(segment: Segment) -> bool:
        if scanned[0] is not segment:
            scanned[:] = [segment, 0, False]
        if not scanned[2]:
            scanned[1:] = [len(segment.lines), any(segment.lines[scanned[1] :])]
        return scanned[2]

    earlier_entry = False  # past a decision, in an earlier meeting's entry of an issue page
    bracketed = False  # among the fields set in round brackets under a decision

    last_line = ""
    for line in _headings_apart(body):
        previous, last_line = last_line, line  # the line above, for a heading broken over two lines
        current = segments[-1]
        line = markers.one_language(line)
        if line and is_furniture(line):
            continue
        if earlier_entry:
            current.lines.append(line)
            continue
        # the first entry's decision, or its minutes, end at a later meeting's entry
        minuted = current.kind == "minutes" and line and has_text(current)
        if not quoted and issue_meetings.ends_decision(last_decision is not None or minuted, line):
            start("minutes", line, "after")  # an earlier meeting's entry: its record, not this decision
            earlier_entry = True
            continue
        if not (quoted or bracketed) and current.kind in ("resolved", "reason") and any(current.lines) and (
            rest := bracketed_fields.opened(line)
        ) is not None:
            line, bracketed = rest, True  # "(Other options considered:" under the decision: its fields
        elif bracketed and (rest := bracketed_fields.closed(line)) is not None:
            line, bracketed = rest, False  # "... exempt report)." the fields' closing bracket
        if _ORNAMENT.fullmatch(line):
            if current.kind in ("resolved", "reason") and any(current.lines):
                start("minutes", None, "after")  # "--o0o--" sets off what happened after the decision
            continue
        if quoted:
            current.lines.append(line)
            quoted = 0 if markers.closes_quote(line) else quoted - (1 if line else 0)
            continue
        if (rest := markers.documents_heading(line)) is not None:
            start("documents", rest)
        elif (detail := markers.detail(line)) is not None and (
            current.kind in _BEFORE_DECISION or not markers.opening_field(detail[0])
        ):
            start("detail", detail[1], detail[0])
        elif (field := issue_fields.field(line, current.kind)) is not None:
            start("detail", field[1], field[0])  # "Divisions affected:", "Consultees": an issue page's field
        elif opening and current.kind == "detail" and (field := issue_fields.labelled(line)) is not None and not (
            _heading_or_marker(line) or markers.purpose_heading(line) is not None or markers.presenter(line)
        ):
            start("detail", field[1], field[0])  # "Part 1 & 2 (Para 3): Part 1": a field among the fields
        elif opening and current.kind == "detail" and issue_fields.urgency_note(line):
            start("detail", line, "Urgency")  # "This decision will be taken under urgency procedures."
        elif _after_one_line_field(current, opening, line):
            start("pre", line)  # the page's opening text, after "Decision Maker: Cabinet"
        elif issue_meetings.later_meeting(current.kind, line):
            start("pre", line)  # an issue page's next meeting: its entry, not the documents above
        elif current.kind == "documents" and line.endswith(":") and any(current.lines) and not _heading_or_marker(line):
            start("minutes", line, "after")  # "Related links:": the page's next heading, never a document
        elif current.kind == "documents" and not _ends_documents(line):
            current.lines.append(line)
        elif current.kind == "documents" and not _heading_or_marker(line):
            start("minutes", line)  # the narrative under an empty "Additional documents:" list
        elif current.kind == "pre" and any(current.lines) and _SUBJECT_HEADING.fullmatch(line):
            start("minutes", None)  # the page's summary above it is the purpose
        elif (rest := markers.minutes_heading(line, strict=current.kind != "pre")) is not None:
            start("minutes", rest)
        elif current.kind in _BEFORE_DECISION and (rest := markers.purpose_heading(line)) is not None:
            start("purpose", rest)
        elif (rest := markers.reason_heading(line)) is not None:
            start("reason", rest)
        elif current.kind == "reason" and (field := markers.detail(line, dash=True)) is not None:
            start("detail", field[1], field[0])  # "Other options considered – none." ends the reason
        elif current.kind in ("resolved", "reason") and any(current.lines) and (
            name := markers.closing_field(line)
        ):
            start("detail", "", name)  # "Consultation" after the decision: the page's next field
        elif current.kind == "reason" and (name := markers.section_heading(line)) and (
            markers.decision_heading(line) is None or _heading_broken_above(current.lines, line) is not None
        ):  # "Decision:" alone after the reasons is the decision's own heading
            if (head := _heading_broken_above(current.lines, line)) is not None:
                del current.lines[-1]  # "Implementation of" / "Decisions:": one heading, its line broken
                name = head
            start("detail", "", name)  # "Implementation of Decisions:" ends the reason
        elif current.kind == "reason" and _resumes_decisions(line, current, last_decision):
            start("resolved", line)  # "(ii) That ..." after the REASON given for (i)
        elif current.kind == "detail" and issue_fields.told(current.label):
            current.lines.append(line)  # "The Scrutiny Committee resolved ...": what another body did
        elif current.kind == "resolved" and not any(current.lines) and markers.decision_of(previous) and (
            _HEADING_RUN_ON.fullmatch(line)
        ):
            pass  # "Decision of Executive Councillor for Finance" / "and Resources": the heading's last words
        elif (found := markers.decision(line)) is not None and not _verb_item(line, current.kind == "resolved"):
            before, rest = found
            if _numbered_minutes(current, line):
                current.kind, current.label = "minutes", ""  # "Decisions:" over numbered minutes
            numbered = label(line)
            paragraph = numbered[0] if numbered and numbered[1] == "dotted" else ""
            if before:
                current.lines += [before, ""]
            elif not rest and (wrapped := _wrapped_lead(current.lines, line)):
                rest = f"{wrapped} {line}"  # "..., the Mayor" / "agreed:": one lead-in, wrapped
            else:
                _drop_dangling_lead(current.lines)
                if rest and (moved := _moved_label(current.lines)):
                    rest = f"{moved[0]} {rest}"  # "(b) It was moved by ... and" / "Resolved that ...": (b)
                    if current.kind == "resolved":  # the moving, after the last decision: minutes
                        del current.lines[moved[1] :]
                        start("minutes", moved[2])
                        current = segments[-1]
            after = _after_sentence(rest) if rest and not _opens_with_marker(line) else None
            rest = rest[: len(rest) - len(after) - 1] if after else rest
            if current.kind == "resolved" and not any(current.lines):
                # "The Executive Mayor in Cabinet Resolved to:" under "Decision:": the whole line leads in
                current.lines = [body_lead_ins.whole(line, rest, current.label == "heading")] if rest else []
            else:
                start("resolved", rest, "heading" if markers.decision_heading(line) is not None else "")
            if after:
                start("minutes", after)  # "... resolved that X. Details are set out below."
        elif current.kind == "resolved" and paragraph and _next_paragraph(line, paragraph):
            start("minutes", line)  # "17.5 The Chair thanked officers." after "17.4 Resolved – ..."
        else:
            current.lines.append(line)
            if markers.opens_quote(line):
                quoted = _MAX_QUOTED_LINES
    for listed in segments:
        if listed.kind == "documents":
            listed.lines = issue_fields.without_none(listed.lines)  # "Background papers" / "- None"
    purposed = purpose_first and any(purpose.opens(line) for line in segments[0].lines if line)
    for later in segments[1:]:  # opening text found between fields joins the page's opening text
        if later.kind == "pre" and purposed:
            later.kind, later.label = "minutes", "after"  # below the fields, under a lost heading
        elif later.kind == "pre":
            segments[0].lines += ["", *later.lines]
    return [segments[0], *(segment for segment in segments[1:] if segment.kind != "pre")]


# "and Resources": the last words of a heading whose line was broken, in lower case.
_HEADING_RUN_ON = re.compile(r"(?:and|&|of|for) [A-Z][\w' ,&-]{0,60}")


# A heading's words a line break cut off before its last word ("Implementation of", "Matters for")
_HEADING_START = re.compile(r"[A-Z][\w'-]*(?: [\w'-]+){0,4} (?:of|for|and|to|on|in|from|by|the)", re.I)


def _heading_broken_above(lines: list[str], line: str) -> str | None:
    """The whole heading's name when the line above ("Implementation of") is the start of the
    heading the line ends ("Decisions:"), or None."""
    above = lines[-1] if lines else ""
    if not above or _HEADING_START.fullmatch(above) is None or not above[:1].isupper():
        return None
    return markers.section_heading(f"{above} {line}")


def _headings_apart(body: list[str]):
    """The lines, a "Decision:" heading set apart from a marked decision on its line
    ("Decision: Cabinet RESOLVED that ..."), read as the heading over that decision."""
    for line in body:
        rest = markers.decision_heading(line) if line else None
        if rest and markers.decision_heading(rest) is None and markers.decision(rest) is not None:
            yield line[: len(line) - len(rest)].rstrip()
            yield ""
            yield rest
        else:
            yield line


# Fields whose value may run over several paragraphs.
_LONG_FIELDS = ("alternative", "other options", "interests", "declaration", "dispensation", "consultees")


# The answers of a yes-or-no field ("Is Key decision?: Yes").
_ANSWERS = {"yes", "no", "n/a", "none"}

#: Blank lines a copied page may leave between a field and the text after it.
_MAX_FIELD_GAP = 8


def _after_one_line_field(current: Segment, opening: bool, line: str) -> bool:
    """Is this a paragraph after a one-line field ("Decision Maker: Cabinet") among a decision
    page's opening fields (``opening``), so the page's own text rather than the field's value?"""
    if not line or not opening or current.kind != "detail" or current.label.lower().startswith(_LONG_FIELDS):
        return False
    value = current.lines
    if not (1 <= len(value) <= _MAX_FIELD_GAP) or not value[0] or any(value[1:]):
        return False
    if len(value) == 1 and not purpose.opens(line) and value[0].lower().rstrip(".") not in _ANSWERS:
        # straight under the field, only agenda text ("To consider ...") leaves it; a field
        # answered "Yes" or "No" ("Is subject to call in?: No") is whole on its line
        return False
    return not _heading_or_marker(line) and markers.purpose_heading(line) is None


# "2) AGREED the work programme": a decision item whose verb is in capitals, not a marker.
_VERB_ITEM = re.compile(r"(?:NOTED|AGREED|APPROVED|ENDORSED|RECOMMENDED) [a-z]")


# "2) Cabinet AGREED to delegate ...": the next item of a decision list, naming the body that decided.
_BODY_VERB_ITEM = re.compile(
    r"(?:The )?[A-Z][a-z'-]+(?: (?:and|of|[A-Z][a-z'-]+)){0,4} (?:NOTED|AGREED|APPROVED|ENDORSED|RECOMMENDED) [a-z]"
)


def _verb_item(line: str, in_decision: bool = False) -> bool:
    """Is the line a labelled decision item whose verb is in capitals ("2) AGREED the work programme"),
    or, inside a decision already, one naming the body that decided ("2) Cabinet AGREED to ...")?"""
    found = label(line)
    return found is not None and not found[1].startswith("bullet") and (
        _VERB_ITEM.match(found[2]) is not None or in_decision and _BODY_VERB_ITEM.match(found[2]) is not None
    )


def _resumes_decisions(line: str, reason: Segment, decision: Segment | None) -> bool:
    """Is this labelled line the next item of the decision list a REASON interrupted?

    It must read as a decision, or be worded like the list's first item as what the body
    resolved to do ("1. To approve ...", then "2. To delegate ..."), though not as a reason
    ("2. To ensure ..."); and it must stand under a reason that is not itself a list.
    """
    found = label(line)
    if not found or found[1].startswith("bullet") or decision is None:
        return False
    if label(next((x for x in reason.lines[:_LEAD_LINES] if x), "")):
        return False
    first = next((x for x in decision.lines[:_LEAD_LINES] if x), "")
    earlier = label(first)
    if earlier is None or not is_sibling(earlier[:2], earlier[0], found[0], found[1]):
        return False
    return opens_decision([found[2]]) or (
        _INFINITIVE.match(earlier[2]) is not None and _INFINITIVE.match(found[2]) is not None
        and not worded_as_reason(found[2])
    )


# "To approve ...", "to delegate ...": a decision worded as what the body resolved to do.
_INFINITIVE = re.compile(r"to [a-z]{3,}\b", re.I)


# A full stop ending a sentence: after a word, before a capital ("... meeting. Details ...").
_SENTENCE_END = re.compile(r"(?P<word>[\w\u2019'%)-]+)\. (?=[A-Z\u201c\u2018\"'])")
_ABBREVIATIONS = {"no", "nos", "para", "cllr", "mr", "mrs", "ms", "dr", "st", "approx", "ref", "co", "ltd", "e.g", "i.e"}


_MARKER_FIRST = re.compile(r"(?:\(?[0-9a-z.]{1,6}\)? )?(?:resolved|agreed|decided|decisions?|recommended)\b", re.I)


def _opens_with_marker(line: str) -> bool:
    """Does the line open with its marker ("RESOLVED – That ...")? Then the marker heads the
    decision, which may run over several sentences; written after a subject ("The Panel
    resolved that ..."), the decision is one sentence of narrative."""
    return _MARKER_FIRST.match(line) is not None


def _after_sentence(rest: str) -> str | None:
    """The sentences after a decision written inside a narrative sentence ("The Committee resolved
    that X. Details of the applications are set out below."): the decision is that one sentence,
    so what follows it is narrative, unless it reads as a further decision ("That Y.")."""
    for m in _SENTENCE_END.finditer(rest):
        if m["word"].lower() in _ABBREVIATIONS or not any(c.isalpha() for c in m["word"]):
            continue  # "Cllr. Smith", "... results 2. Agree ...": no sentence ends there
        after = rest[m.end() :]
        return None if opens_decision([after]) else after
    return None


def _numbered_minutes(current: Segment, line: str) -> bool:
    """Is the marker's line a numbered paragraph ("17.4 Resolved – That ...") of minutes whose
    earlier paragraphs, numbered the same way, stand under ModernGov's "Decisions:" heading?
    Then the numbers are the minute's paragraphs, and those paragraphs its narrative."""
    found = label(line)
    if not found or found[1] != "dotted" or current.kind != "resolved" or current.label != "heading":
        return False
    first = label(next((x for x in current.lines[:_LEAD_LINES] if x), ""))
    return (first is not None and first[1] == "dotted" and first[0].split(".")[0] == found[0].split(".")[0]
            and not opens_decision([first[2]]))  # "2.1 That ..." is a decision's own item


def _next_paragraph(line: str, paragraph: str) -> bool:
    """Is the line a later paragraph of the same minute ("17.5 ..." after "17.4"), not one of
    the decision's own items ("17.4.1 ...")?"""
    found = label(line)
    if found is None or found[1] != "dotted":
        return False
    *minute, number = found[0].split(".")
    *marker_minute, marker_number = paragraph.split(".")
    return minute == marker_minute and int(number) > int(marker_number)


def _ends_documents(line: str) -> bool:
    """Does the line end a documents list? An empty list copied from an issue page is followed
    by the "Minutes:" heading, a decision marker or the narrative's first sentence ..."""
    # ... or by the decision printed without its heading ("(A) That the plan be approved; and")
    return bool(line) and (_heading_or_marker(line) or _is_sentence(line) or decided(unlabelled(line)))


def _heading_or_marker(line: str) -> bool:
    return (
        markers.minutes_heading(line, strict=True) is not None
        or markers.reason_heading(line) is not None
        or (without_size(line) == line and markers.decision(line) is not None)
    )


def _is_sentence(line: str) -> bool:
    """Narrative rather than a document's name: several words, or a short past-tense sentence
    ("The item was deferred."), closing with a full stop."""
    if not line.endswith((".", "!", "?")) or without_size(line) != line:
        return False
    return line.count(" ") >= _SENTENCE_SPACES or (line.count(" ") >= 2 and past_tense(line))


def _wrapped_lead(lines: list[str], line: str) -> str | None:
    """The start of a sentence wrapped onto the marker's line ("Having considered the report, the
    Mayor" above "agreed:"), taken off the lines; None when the marker starts its own sentence."""
    if not line[:1].islower() or not lines or not lines[-1] or lines[-1].endswith((".", ":", ";", "!", "?")):
        return None
    if _DANGLING.fullmatch(lines[-1]) or len(lines[-1]) > 300:
        return None
    start = len(lines) - 1
    # back to the sentence's start: a line above that ends a sentence is the narrative's
    while (start > 0 and lines[start - 1] and not lines[start - 1].endswith((".", "!", "?"))
           and len(lines) - start < _LEAD_LINES):
        start -= 1
    wrapped = " ".join(lines[start:])
    del lines[start:]
    return wrapped


# "(b) It was moved by Councillor X, seconded by Councillor Y and": a part of the item moved.
_MOVED = re.compile(r"it was (?:moved|proposed)\b.{0,300}\band", re.I)


def _moved_label(lines: list[str]) -> tuple[str, int, str] | None:
    """(label, index, line) of the paragraph moving the motion just resolved ("(b)"), or None."""
    index = len(lines) - 1
    while index >= 0 and not lines[index]:
        index -= 1
    found = label(lines[index]) if index >= 0 else None
    if not found or found[1].startswith("bullet") or not _MOVED.fullmatch(found[2]):
        return None
    return lines[index][: len(lines[index]) - len(found[2])].strip(), index, lines[index]


def _drop_dangling_lead(lines: list[str]) -> None:
    """Remove the "it was" that led into a marker on the next line, keeping the words before it."""
    index = len(lines) - 1
    while index >= 0 and not lines[index]:
        index -= 1
    if index < 0 or len(lines[index]) > 300:
        return
    m = _DANGLING.fullmatch(lines[index])
    if m:
        lines[index] = m["keep"].strip()
