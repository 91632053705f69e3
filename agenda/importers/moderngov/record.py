"""Put one item's segments together into a ParsedRecord."""

from __future__ import annotations

import re

from . import furniture, markers, purpose, segments
from .lines import SUB, normalise, render, unlabelled
from .resolutions import (
    closed_extent,
    closing_decision,
    list_end,
    lost_heading,
    narrative_line,
    opens_decision,
    parse_block,
    trailing_notes,
)
from .results import LOOKED_FOR, NOT_A_RECORD, ParsedRecord, ParsedResolution, ParseError

#: A first line longer than this is a paragraph, not a title.
MAX_TITLE_CHARS = 500

_AGENDA_ITEM_PREFIX = re.compile(r"agenda item ?[:\-\u2013\u2014] ?", re.I)


def parse_record(text: str | bytes) -> ParsedRecord:
    """Parse one agenda item's text, raising :class:`ParseError` if it is not one."""
    number, title, body = _split_title(normalise(text))
    parts = segments.split(body)
    kinds = [part.kind for part in parts]
    has_minutes = "minutes" in kinds
    # ModernGov's "Decision:" heading, like "Minutes:", ends the purpose.
    purpose_ends = has_minutes or (len(parts) > 1 and parts[1].label == "heading")

    pre, meeting_number = _without_meeting_lines(parts[0].lines, title)
    number = number or meeting_number
    lost: list[str] = []  # a decision found by the gap its lost RESOLVED heading left
    if not purpose_ends and "resolved" not in kinds and (found := lost_heading(pre)) is not None:
        start, end = found
        lost, pre = pre[start:end], [*pre[:start], "", *pre[end:]]
    if purpose_ends:
        presenter, description = purpose.take_presenter(pre)
        minutes: list[str] = []
    else:
        description, presenter, minutes = purpose.split(pre)
    blocks: list[tuple[list[str], bool]] = []  # (lines, under a "Decision:" heading)
    reasons: list[str] = []
    documents: list[str] = []
    details: list[tuple[str, str]] = []
    last_decision = max((i for i, kind in enumerate(kinds) if kind == "resolved"), default=-1)
    for position, part in enumerate(parts[1:], start=1):
        lines = part.lines
        if part.label == "heading" and position < last_decision and not opens_decision(lines):
            minutes += ["", *lines]  # "Decisions:" over the narrative that leads to RESOLVED
            continue
        if part.kind in ("resolved", "reason") and position < last_decision:
            cut = closed_extent(lines, part.kind == "resolved")
            lines, overflow = lines[:cut], lines[cut:]
            minutes += ["", *overflow]
        if part.kind == "purpose":
            description += ["", *lines]
        elif part.kind == "minutes":
            minutes += ["", *lines]
        elif part.kind == "resolved":
            cut = min(trailing_notes(lines), list_end(lines), narrative_line(lines))
            blocks.append((lines[:cut], part.label == "heading"))
            minutes += ["", *lines[cut:]]
        elif part.kind == "reason":
            reasons.append(render(lines))
        elif part.kind == "detail":
            details.append((part.label, render(lines)))
        else:
            documents += [_document_name(line) for line in lines if line]
    if lost:
        blocks = [(lost, False)]
    elif not blocks and (found := lost_heading(minutes)) is not None:
        start, end = found
        minutes, blocks = [*minutes[:start], "", *minutes[end:]], [(minutes[start:end], False)]
    elif not blocks and (start := closing_decision(minutes)) is not None:
        minutes, blocks = minutes[:start], [(minutes[start:], False)]

    preamble, resolutions = _resolutions(blocks)
    record = ParsedRecord(
        title=title,
        description=render(description),
        presenter=presenter,
        minutes=render(minutes),
        preamble=preamble,
        resolutions=resolutions,
        reason_for_decision="\n\n".join(r for r in reasons if r) or None,
        documents=[name for name in documents if name],
        number=number,
        details=details,
    )
    if len(parts) == 1 and not (record.description or record.minutes or record.presenter or resolutions):
        shown = title if len(title) <= 80 else title[:79] + "\u2026"
        raise ParseError(
            f"{NOT_A_RECORD}: only a title was found (\u201c{shown}\u201d); {LOOKED_FOR} after it."
        )
    return record


def parse_decision(text: str) -> tuple[str | None, list[ParsedResolution], str | None]:
    """(preamble, resolutions, reason) of a decision or minutes body already turned into text.

    Reads RESOLVED / AGREED / DECISION blocks, or else a closing "That ..."
    paragraph or list; finds ``(None, [], None)`` rather than raising when
    there is none (or the text is empty, binary or too long).
    """
    try:
        lines = normalise(text)
    except ParseError:
        return None, [], None
    parts = segments.split(lines)
    blocks = [(part.lines, part.label == "heading") for part in parts if part.kind == "resolved"]
    reasons = [render(part.lines) for part in parts if part.kind == "reason"]
    if not blocks:
        narrative = [line for part in parts if part.kind in ("pre", "minutes") for line in ["", *part.lines]]
        found = lost_heading(narrative)
        start = closing_decision(narrative) if found is None else found[0]
        end = len(narrative) if found is None else found[1]
        blocks = [(narrative[start:end], False)] if start is not None else []
    preamble, resolutions = _resolutions(blocks)
    return preamble, resolutions, "\n\n".join(r for r in reasons if r) or None


def _resolutions(blocks: list[tuple[list[str], bool]]) -> tuple[str | None, list[ParsedResolution]]:
    """Every block's resolutions in order.

    A page showing the decision under ModernGov's "Decision:" heading often
    repeats it as RESOLVED in the minutes: a block that repeats a heading's
    block (or is repeated by one) is read once.  Two parts of an item may
    each resolve the same words, and both are kept.
    """
    preambles: list[str] = []
    resolutions: list[ParsedResolution] = []
    read: set[tuple] = set()
    seen_lead_ins: set[str] = set()
    read_under_heading: set[tuple] = set()
    for lines, under_heading in blocks:
        lead_in, parsed = parse_block(lines)
        key = tuple((r.label, " ".join(r.text.lower().split())) for r in parsed)
        if key in (read if under_heading else read_under_heading):
            continue
        read.add(key)
        if under_heading:
            read_under_heading.add(key)
        if lead_in and lead_in not in seen_lead_ins:
            seen_lead_ins.add(lead_in)
            preambles.append(lead_in)
        resolutions += parsed
    return "\n\n".join(preambles) or None, resolutions


def _split_title(lines: list[str]) -> tuple[str | None, str, list[str]]:
    """(item number, title, remaining lines) after any page furniture and number.

    A heading with punctuation ("Minutes:", "RESOLVED", ...) where the title
    should be means the title is missing.  A bare "Minutes" is a real title:
    it is how councils name the item approving the previous meeting's minutes.
    """
    number = None
    first = furniture.page_start(lines)
    if first:
        number = furniture.number_only(lines[first - 1])[1]
    for index, line in enumerate(lines[first:], start=first):
        if not line or furniture.is_furniture(line):
            continue
        is_meeting, meeting_number = furniture.meeting_line(line)
        alone, alone_number = furniture.number_only(line)
        if is_meeting or alone:
            number = meeting_number or alone_number or number
            continue
        heading = _heading_name(line)
        if heading:
            raise ParseError(
                f"{NOT_A_RECORD}: no title was found before the {heading}; {LOOKED_FOR}."
            )
        if len(line) > MAX_TITLE_CHARS:
            raise ParseError(
                f"{NOT_A_RECORD}: its first line is too long to be a title "
                f"({len(line)} characters); {LOOKED_FOR}."
            )
        title = unlabelled(line) if line.lstrip(SUB).startswith("- ") else line
        title = _AGENDA_ITEM_PREFIX.sub("", title, count=1)
        numbered, title = furniture.item_title(title)
        rest = lines[index + 1 :]
        after = next((i for i, line in enumerate(rest) if line), None)
        if after is not None and (item := furniture.dated_item(rest[after])):
            # "Issue - decisions": the title, then "DD/MM/YYYY - <the item decided>"
            numbered, title = furniture.item_title(item)
            rest = rest[after + 1 :]
        return numbered or number, title, rest
    raise ParseError(f"{NOT_A_RECORD}: the text is empty or holds only page navigation; {LOOKED_FOR}.")


def _heading_name(line: str) -> str | None:
    minutes = markers.minutes_heading(line, strict=True)
    if minutes is not None:
        return "'Minutes:' heading"
    if markers.decision(line) is not None:
        return "decision marker"
    if markers.reason_heading(line) is not None:
        return "'Reason for Decision:' heading"
    if markers.documents_heading(line) is not None:
        return "'Supporting documents:' heading"
    if markers.detail(line) is not None:
        return f"'{line.split(':')[0]}:' field"
    return None


def _without_meeting_lines(lines: list[str], title: str) -> tuple[list[str], str | None]:
    """The lines without "Meeting: ..." lines, nor the item line an issue page repeats under one."""
    kept, number = [], None
    after_meeting = False
    for line in lines:
        is_meeting, meeting_number = furniture.meeting_line(line)
        if is_meeting:
            number = number or meeting_number
            after_meeting = True
            continue
        if line and after_meeting and (alone := furniture.number_only(line))[0]:
            number = number or alone[1]  # "73." on its own line, above the item's title
            continue
        if line and after_meeting:
            after_meeting = False
            if furniture.repeats_title(line, title) and not purpose.opens(line):
                number = number or furniture.item_title(line)[0]
                continue
        kept.append(line)
    return kept, number


def _document_name(line: str) -> str:
    """A document line without its bullet, a trailing size such as "PDF 245 KB" or link text."""
    name = unlabelled(line) if line.lstrip(SUB).startswith("- ") else line
    link = name.lower().find(" view the reasons")
    return furniture.without_size(name[:link] if link > 0 else name)
