"""Put one item's segments together into a ParsedRecord."""

from __future__ import annotations

import re

from . import bracketed_fields, carried, cells, decision_pages, furniture, markers, purpose, repeats, segments, votes
from . import documents as documents_read
from .endings import minutes_heading_after, narrative_keys, narrative_paragraph, without_copies
from .lines import SUB, normalise, render, unlabelled
from .notes import closing_label, trailing_notes
from .resolutions import (
    closed_extent, list_end, narrative_line, open_item_joined, restart, split_inline_first_item,
)
from .unmarked import closing_decision, lost_heading, opens_decision, page_decision
from . import (
    issue_fields, issue_meetings, label_marks, narrated_outcomes, reference_fields, report_lines, sub_headings,
    title_tags, untitled,
)
from .outcome_lists import closing_outcomes
from .results import LOOKED_FOR, NOT_A_RECORD, ParsedRecord, ParsedResolution, ParseError

#: A first line longer than this is a paragraph, not a title.
MAX_TITLE_CHARS = 500

_AGENDA_ITEM_PREFIX = re.compile(r"agenda item ?[:\-\u2013\u2014] ?", re.I)



def parse_record(text: str | bytes) -> ParsedRecord:
    """Parse one agenda item's text, raising :class:`ParseError` if it is not one."""
    page = cells.split_row(furniture.without_site_help(furniture.without_page_breaks(normalise(text))))
    number, title, body, decision_page = _split_title(page)
    later: list[str] = []  # an "Issue - decisions" page's earlier decisions, each under its dated line
    if decision_page and (cut := furniture.later_decision(body)) is not None:
        body, later = body[:cut], body[cut:]
    opened = body  # the text under the title, or where a lost title's text begins
    parts = segments.split(repeats.once_in_a_row(body), purpose_first=issue_fields.details_page(page))
    kinds = [part.kind for part in parts]
    has_minutes = any(part.kind == "minutes" and part.label != "after" for part in parts)
    # ModernGov's "Decision:" heading, like "Minutes:", ends the purpose, though the item's
    # "Additional documents:" list stand between them.
    # On a decision's page the text above its "Decision:" heading, after the opening fields, is the purpose.
    following = next((part for part in parts[1:] if part.kind != "documents"), None)
    purpose_ends = has_minutes or (following is not None and following.label == "heading") or (
        decision_pages.opens_with_fields(parts) and any(part.label == "heading" for part in parts)
    )
    # an "Issue details" page's text is the issue's purpose, its decisions on pages of their own
    issue_page = issue_fields.details_page(page)
    purpose_ends = purpose_ends or issue_page
    # an issue page listing the item at two meetings prints the same agenda text under each
    pre, meeting_number, considered = _without_meeting_lines(issue_meetings.entries_once(parts[0].lines), title)
    # an issue page's record is the issue's, titled as the issue: the item's line under "Meeting: ..."
    # words the agenda's heading for it, not the issue
    number, title = number or meeting_number, title_tags.without_tags(title or considered or "")
    lost: list[str] = []  # a decision found by the gap its lost RESOLVED heading left
    looks_for_lost = not (purpose_ends or decision_page) and "resolved" not in kinds
    if looks_for_lost and (found := lost_heading(pre)) is not None:
        start, end = found
        lost, pre = pre[start:end], [*pre[:start], "", *pre[end:]]
    if purpose_ends:
        presenter, description = purpose.take_presenter(pre)
        minutes: list[str] = []
        if decision_page and not presenter:
            # an "Issue - decisions" page shows what was decided: the text above its "Decision"
            # heading tells how ("The Manager took the committee through ..."), never the purpose
            description, minutes = [], description
    else:
        description, presenter, minutes = purpose.split(pre)
        if not any(description) and decision_pages.opens_with_fields(parts) and decision_pages.states_purpose(minutes):
            description, minutes = minutes, []  # "... The purpose of this report is to ...", its headings lost
    blocks: list[tuple[list[str], bool]] = []  # (lines, under a "Decision:" heading)
    reasons: list[tuple[str, bool]] = []  # (reason, given in the "Decision:" section above the minutes)
    documents: list[list[str]] = []  # each documents list on the page
    details: list[tuple[str, str]] = []
    narrative: set[str] = set()  # the minutes' paragraphs so far, to know a copy of one
    keyed = 0
    last_decision = max((i for i, kind in enumerate(kinds) if kind == "resolved"), default=-1)
    in_minutes = heading_above = False
    closed = _closed_by_minutes(parts)
    for position, part in enumerate(parts[1:], start=1):
        # "(3) ... Adoption Support" / "Services be received.": a last item a blank line broke
        lines = open_item_joined(part.lines) if part.kind == "resolved" else part.lines
        in_minutes = in_minutes or part.kind == "minutes"
        # a decision marked inside ModernGov's "Decision:" section ("... the Mayor agreed that:"),
        # before the "Minutes:" heading, is that section's decision
        under_heading = part.kind == "resolved" and (part.label == "heading" or heading_above and not in_minutes)
        # a decision opening the text, above any narrative, stands where its lost "Decision:" heading was
        under_heading = under_heading or part.kind == "resolved" and position == 1 and not (has_minutes or any(pre))
        heading_above = heading_above or part.kind == "resolved" and part.label == "heading"
        if part.label == "heading" and position < last_decision and not (opens_decision(lines) or closed[position]):
            # "Decisions:" over the narrative that leads to RESOLVED; a "Decision:" section that a
            # "Minutes:" heading ends is the decision however worded ("Recommendations agreed nem con")
            minutes += ["", *lines]
            continue
        if part.kind in ("resolved", "reason") and position < last_decision and not (
            part.kind == "reason" and (parts[position + 1].kind, parts[position + 1].label) == ("resolved", "heading")
        ):  # the "Decision:" heading straight below ends the reasons, however many paragraphs they run to
            cut = closed_extent(lines, part.kind == "resolved")
            lines, overflow = lines[:cut], lines[cut:]
            minutes += ["", *overflow]
        if part.kind == "purpose":
            if presenter is None:  # "Purpose: ..." then "Presented by: ..." on the agenda's text
                presenter, lines = purpose.take_presenter(lines)
            description += ["", *lines]
        elif part.kind == "minutes" and issue_meetings.earlier_entry(part.label, lines):
            later += ["", *lines]  # an issue page's earlier meeting: its record, never read for a decision
        elif part.kind == "minutes":
            minutes += ["", *lines]
        elif part.kind == "resolved":
            narrative |= narrative_keys(minutes[keyed:])  # each line of the minutes read once
            keyed = len(minutes)
            lines = votes.result_apart(without_copies(lines, narrative))
            vote = votes.table_before(lines)  # "Recorded Vote" and its counts, above the decision
            minutes += ["", *lines[:vote]]
            lines = lines[vote:]
            if part.label == "heading":  # a "Decision:" section telling what happened before the decision
                head = decision_pages.narrative_above(lines)
                minutes, lines = [*minutes, "", *lines[:head]], lines[head:]
            # where the notes, narrative or a heading of the minutes below the decision begin
            below = min(trailing_notes(lines), narrative_line(lines), minutes_heading_after(lines),
                        narrative_paragraph(lines))
            cut = min(list_end(lines), below)
            # headings lost on a decision's page: the line over the options rejected is the reasons
            optioned = "reason" not in kinds and decision_pages.decided(details) and (
                decision_pages.reasons_above_options(lines, cut))
            cut, reason_end = optioned or (cut, cut)
            blocks.append((lines[:cut], under_heading))
            if optioned:
                reasons.append((render(lines[cut:reason_end]), not in_minutes))
            elif part.label == "heading" and position == last_decision and "reason" not in kinds:
                # "Decision number:" and "Decision:" over the decision, then its reasons without their heading
                reason_end = decision_pages.reasons_under_headings(parts[position - 1].lines, lines, cut)
                if reason_end > below:
                    reason_end = cut  # the minutes' own paragraph, not reasons
                if reason_end > cut:
                    reasons.append((render(lines[cut:reason_end]), not in_minutes))
            minutes += ["", *lines[reason_end:]]
        elif part.kind == "reason":
            # "Councillor X left the meeting." after the reason; "Senior Officer Decision" under it
            cut = min(trailing_notes(lines), closing_label(lines))
            reason = bracketed_fields.without_paragraph_number(bracketed_fields.single_bullet(render(lines[:cut])))
            reasons.append((reason, not in_minutes))
            minutes += ["", *lines[cut:]]
        elif part.kind == "detail":
            details.append((part.label, render(lines)))
        else:
            documents.append([name for line in lines if line and (name := documents_read.document_name(line))])
    if lost:
        blocks = [(lost, False)]
        if not any(description) and decision_pages.decided(details) and decision_pages.only_paragraph(minutes):
            description, minutes = minutes, []  # a decision's page: the one paragraph above it is the purpose
    elif issue_page:
        pass  # an "Issue details" page: no decision is read from it
    elif not blocks and decision_page and not presenter and (
        headed := sub_headings.read([*description, "", *minutes])
    ) is not None:
        # an "Issue - decisions" page setting each decision under a short heading of its own
        description, (minutes, decisions) = [], headed
        blocks = [(decision, False) for decision in decisions]
    elif not blocks and decision_page and not presenter:
        # an "Issue - decisions" page shows what was decided, never the agenda's purpose
        # "RECOMMENDED: 1) That ...": the first item on the marker's line, the next below it
        body, description = split_inline_first_item([*description, "", *minutes]), []
        notes = trailing_notes(body)  # "(Councillor X left the room.)" after the decision
        start = page_decision(body[:notes])
        if start is not None:
            start, end = decision_pages.before_reasons(body, start, notes)
            end = start + narrative_paragraph(body[start:end])  # "Councillor X then raised ..." after it
            if (gap := decision_pages.reasons_after_list(body, start, end)) is not None:
                reasons.append((render(body[gap:end]), False))  # the reasons, their heading lost
            minutes, blocks = [*body[:start], "", *body[end:]], [(body[start : gap or end], False)]
            if (told := narrated_outcomes.decision_in_sentence(blocks[0][0])) is not None:
                # "Following consideration by ..., the Cabinet Member resolved that ...": after "resolved"
                minutes, blocks = [*body[:start], "", told[0], "", *body[end:]], [(told[1], False)]
        else:
            minutes = body
    elif not (blocks or presenter or has_minutes or "purpose" in kinds) and decision_pages.decided(details):
        # a "Decision details" page that lost its "Purpose:" and "Decision:" headings: its text
        # is the purpose, then the decision
        body = [*description, "", *minutes]
        notes = trailing_notes(body)
        start, end = page_decision(body[:notes]), notes
        if start is not None:
            start, end = decision_pages.before_reasons(body, start, notes)
            if (outcome := narrated_outcomes.outcome_after_report(body, start, notes)) is not None:
                body, start, end = outcome  # "Cabinet considered a report ..." over "... were agreed."
            elif (spaced := decision_pages.reasons_after_gap(body, start, end)) is not None:
                body, end, reasons = spaced  # the reasons and the options rejected, their headings lost
        if start is not None and (reasoned := decision_pages.reasoned_below(body, start)) is not None:
            description, blocks, reasons, minutes = reasoned  # "To adopt ..." over "It is right ...": its reasons
        elif start is not None and (any(body[:start]) or not purpose.opens(body[start])):
            description, minutes = body[:start], body[end:]
            blocks = [(body[start:end], False)]
            if (stop := decision_pages.reasons_before_options(minutes)) is not None:  # "Do nothing - ..." below
                reasons, minutes = [(render(minutes[:stop]), False)], minutes[stop:]
            if decision_pages.narrated(description):
                # "The Cabinet considered a report of ...": how the decision was reached, not its purpose
                description, minutes = [], [*description, "", *minutes]
    elif not blocks and not reasons and (numbered := decision_pages.numbered_decision(minutes)) is not None:
        # "Decision number:" over a decision and its reasons whose headings copying lost
        number, field, start, end, reason_end = numbered
        decision = [f"{number} {minutes[start]}" if number else minutes[start], *minutes[start + 1 : end]]
        blocks = [(decision, False)]
        if reason_end > end:
            reasons.append((render(minutes[end:reason_end]), False))
        minutes = [*minutes[:field], "", *minutes[reason_end:]]
    elif not blocks and (found := lost_heading(minutes)) is not None:
        start, end = found
        minutes, blocks = [*minutes[:start], "", *minutes[end:]], [(minutes[start:end], False)]
    elif not blocks and (start := closing_decision(minutes)) is not None:
        notes = start + trailing_notes(minutes[start:])
        minutes, blocks = [*minutes[:start], "", *minutes[notes:]], [(minutes[start:notes], False)]
    elif not blocks and (start := carried.carried_list(minutes)) is not None:
        # "The recommendation ... was moved, seconded, voted on and carried." over what it recommended
        minutes, blocks = minutes[:start], [(minutes[start:], False)]
    elif not blocks and (start := closing_outcomes(minutes)) is not None:
        # "1. Rejected ...", "2. Deferred ...": a closing list of outcomes, its heading lost
        minutes, blocks = minutes[:start], [(minutes[start:], False)]
    if len(blocks) == 1 and "resolved" not in kinds:
        # a decision found without its marker ends where a list numbered afresh begins (its reasons)
        lines, under_heading = blocks[0]
        cut = restart(lines)
        blocks, minutes = [(lines[:cut], under_heading)], [*minutes, "", *lines[cut:]]

    if not (blocks or reasons or has_minutes or presenter) and any(description) and _item_page(page) and (
        _spaced_paragraphs(text)
    ):
        # an agenda item's page without minutes or a decision, its paragraphs set apart by empty ones
        # as the agenda's text prints them, shows only what the agenda says of the item
        description, minutes = [*description, "", *minutes], []
    elif not (blocks or reasons or has_minutes or presenter or any(description)) and (
        purpose.present_only(minutes) or purpose.sought_only(minutes)
    ):
        description, minutes = minutes, []  # the issue's text saying what the report is for, nothing minuted
    if decision_page and not presenter and not any(description) and (
        report := narrated_outcomes.report_line(minutes)
    ) is not None:
        description, minutes = [report[0]], report[1]  # "(Report of the Director)" opening its text
    elif decision_page and (report := narrated_outcomes.report_line(description)) is not None and not any(report[1]):
        description = [report[0]]
    minutes = [*minutes, "", *later] if later else minutes
    minutes, blocks = repeats.printed_first(minutes, blocks)
    blocks, reasons = repeats.deferred_to_minutes(blocks, reasons)
    preamble, resolutions, repeated = repeats.read_once(blocks)
    if repeated and any(in_decision for _, in_decision in reasons):
        reasons = [(reason, True) for reason, in_decision in reasons if in_decision]  # the minutes' copy
    record = ParsedRecord(
        title=title,
        description=render(bracketed_fields.unbracketed_purpose(description)),
        presenter=presenter,
        minutes=render(minutes),
        preamble=preamble,
        resolutions=resolutions,
        reason_for_decision=repeats.joined_once([reason for reason, _ in reasons]),
        documents=documents_read.listed_once(documents),
        number=number,
        details=details,
    )
    if len(parts) == 1 and not (record.description or record.minutes or record.presenter or resolutions):
        shown = title if len(title) <= 80 else title[:79] + "\u2026"
        raise ParseError(
            f"{NOT_A_RECORD}: only a title was found (\u201c{shown}\u201d); {LOOKED_FOR} after it."
        )
    if not title and record.presenter and not (record.description or resolutions or record.details):
        raise ParseError(f"{NOT_A_RECORD}: no title was found, only who presents the item; {LOOKED_FOR}.")
    if not title and untitled.minutes_without_decision(opened, resolutions):
        raise ParseError(f"{NOT_A_RECORD}: no title was found before the 'Minutes:' heading; {LOOKED_FOR}.")
    return record


def parse_decision(text: str) -> tuple[str | None, list[ParsedResolution], str | None]:
    """(preamble, resolutions, reason) of a decision or minutes body already turned into text.

    Reads RESOLVED / AGREED / DECISION blocks (without the record of their
    vote), or else a closing "That ..." paragraph or list, or a closing list of outcomes
    ("1. Rejected ...", "2. Deferred ..."); finds ``(None, [], None)`` rather than raising when
    there is none (or the text is empty, binary or too long).
    """
    try:
        lines = normalise(text)
    except ParseError:
        return None, [], None
    parts = segments.split(repeats.once_in_a_row(lines))
    blocks = [(_without_vote(part.lines), part.label == "heading") for part in parts if part.kind == "resolved"]
    reasons = [render(part.lines) for part in parts if part.kind == "reason"]
    if not blocks:
        narrative = [line for part in parts if part.kind in ("pre", "minutes") for line in ["", *part.lines]]
        found = lost_heading(narrative)
        start = closing_decision(narrative) if found is None else found[0]
        end = trailing_notes(narrative) if found is None else found[1]
        blocks = [(narrative[start:end], False)] if start is not None else []
        if not blocks and (start := closing_outcomes(narrative)) is not None:
            blocks = [(narrative[start:], False)]  # "1. Rejected ...", "2. Deferred ..."
    preamble, resolutions, _ = repeats.read_once(blocks)
    return preamble, resolutions, repeats.joined_once(reasons)


def _closed_by_minutes(parts: list[segments.Segment]) -> list[bool]:
    """For each section, does a "Minutes:" heading follow it, after only its reasons and the
    page's other fields ("Other options considered - none.")?"""
    closed, following = [False] * len(parts), False
    for position in range(len(parts) - 1, -1, -1):
        closed[position] = following
        if parts[position].kind not in ("reason", "detail"):
            following = parts[position].kind == "minutes"
    return closed


def _without_vote(lines: list[str]) -> list[str]:
    """A decision block without the record of its vote ("Recorded Vote" above it, "Carried" below)."""
    lines = votes.result_apart(lines)
    lines = lines[votes.table_before(lines) :]
    end = len(lines)
    while end and (not lines[end - 1] or votes.is_note(lines[end - 1])):
        end -= 1
    return lines[:end] if end else lines


def _split_title(lines: list[str]) -> tuple[str | None, str, list[str], bool]:
    """(item number, title, remaining lines, is an "Issue - decisions" page) after any
    page furniture and number.

    A heading with punctuation ("Minutes:", "RESOLVED", ...) where the title
    should be means the title is missing.  A bare "Minutes" is a real title:
    it is how councils name the item approving the previous meeting's minutes.
    """
    number = None
    first = furniture.page_start(lines)
    if first:
        number = furniture.number_only(lines[first - 1])[1]
    # Copied from an agenda item's page, its "Agenda item" heading above the title.
    item_page = bool(first) and furniture.is_item_page_heading(lines[first - 1])
    for index, line in enumerate(lines[first:], start=first):
        if not line or furniture.is_furniture(line):
            continue
        is_meeting, meeting_number = furniture.meeting_line(line)
        alone, alone_number = furniture.number_only(line)
        if is_meeting or alone:
            number = meeting_number or alone_number or number
            continue
        heading = None if furniture.is_link(line) else untitled.heading_name(line)
        # an item page prints its title first, even one worded like a field ("Key Decision: X")
        titled = _is_field_only(line) and item_page
        if heading and not titled and reference_fields.opens_decision_fields(lines, index):
            # a "Decision details" page copied from its opening fields down: only its title was lost
            return number, "", lines[index:], False
        if heading and not titled and untitled.minutes_then_decision(lines, index):
            # "Minutes:" over the narrative and "RESOLVED: ...": the item copied from its minutes down
            return number, "", lines[index:], False
        if heading and not titled and untitled.narrated_decision(line):
            # "The Executive considered the report and RESOLVED ...": the minutes, their title lost
            return number, "", lines[index:], False
        if heading and not titled:
            raise ParseError(
                f"{NOT_A_RECORD}: no title was found before the {heading}; {LOOKED_FOR}."
            )
        if (end := untitled.broken_sentence(lines, index)) is not None:
            # "Approval to" / "passport the monies ... .": one sentence, its lines broken, its title lost
            return number, "", [" ".join(lines[index:end]), *lines[end:]], False
        if untitled.broken_narrative(lines, index) or untitled.narrative_sentence(lines, index):
            # "The Board considered a report of the Director of" / "Finance which ...": the minute's
            # first sentence, broken mid-line or whole; the title above it was lost in copying
            return number, "", lines[index:], False
        if report_lines.opens_untitled(lines, index, item_page):  # "Report of X" over "Minutes:"
            return number, "", lines[index:], False
        if untitled.paragraph(lines, index):
            # "This report sets out ... . Members are asked to ...": the agenda's text, its title lost
            return number, "", lines[index:], False
        if untitled.decision_list(lines, index):
            # "i. Endorses the revised policy ...; and" over "ii. Approves ...": the decision, its title lost
            return number, "", lines[index:], False
        if untitled.lead_in(lines, index):
            # "The Executive has:" over "(a) approved ...": the page's text leading into its list
            return number, "", lines[index:], False
        if untitled.agenda_sentence(lines, index):
            # "The report of the Director is attached.": the agenda's text, its title lost
            return number, "", lines[index:], False
        if untitled.report_sentence(lines, index) or untitled.unheaded_sentence(lines, index, item_page):
            # "A report providing the Panel with ... .", or a sentence over a paragraph with no
            # "Agenda item" heading above it: the page's text, its title lost
            return number, "", lines[index:], False
        if untitled.presenter_line(line):
            # "Gwen Pryce, Head of Legal Services to present the report.": who presents it, its title lost
            return number, "", lines[index:], False
        if item_page and untitled.purpose_line(lines, index):
            # "Agenda item" over "The Board to receive the strategy.": the agenda's text, its title lost
            return number, "", lines[index:], False
        if len(line) > MAX_TITLE_CHARS:
            raise ParseError(
                f"{NOT_A_RECORD}: its first line is too long to be a title "
                f"({len(line)} characters); {LOOKED_FOR}."
            )
        title = unlabelled(line) if line.lstrip(SUB).startswith("- ") else line
        title = _AGENDA_ITEM_PREFIX.sub("", title, count=1)
        title = label_marks.unstarred(title)  # "**Closure of Parks": the asterisks mark the title
        # "DD/MM/YYYY - <item>" as the first line: an "Issue - decisions" page without the issue's title
        dated = furniture.dated_item(title)
        following = next((line for line in lines[index + 1 :] if line), "")
        if not dated and following and furniture.is_size_only(following) and not furniture.is_link(title):
            # "12 Title" over its link's size alone ("PDF 241 KB"): the title was the item's link
            numbered, title = furniture.item_title(f"{title} {following}")
        else:
            numbered, title = furniture.item_title(dated or title)
        # "Chairman (Agenda item 2)": the title's "(Agenda item N)" is the item's number
        referenced, named = furniture.item_reference(title)
        if dated or "agenda" in title[len(named) :].lower():  # a bare "(Item 5)" stays an item title's
            title, numbered = named, numbered or (referenced if dated or not number else None)
        if number and not numbered and title.startswith(f"{number} ") and len(title) > len(number) + 1:
            # "Meeting: ... (Item 4)" then "4 Minutes": the number the meeting line announced
            numbered, title = number, title[len(number) + 1 :]
        rest = lines[index + 1 :]
        after = next((i for i, line in enumerate(rest) if line), None)
        decided = after is not None and (item := furniture.dated_item(rest[after])) is not None
        if decided:
            # "Issue - decisions": the issue's title, then "DD/MM/YYYY - <the item decided>"
            numbered = _numbered_by_reference(*furniture.item_title(label_marks.unstarred(item)))[0]
            rest = rest[after + 1 :]
        return numbered or number, title, rest, decided or dated is not None
    raise ParseError(f"{NOT_A_RECORD}: the text is empty or holds only page navigation; {LOOKED_FOR}.")


def _item_page(lines: list[str]) -> bool:
    """Was the text copied from an agenda item's page, its "Agenda item" heading above the title?"""
    first = furniture.page_start(lines)
    return bool(first) and furniture.is_item_page_heading(lines[first - 1])


def _spaced_paragraphs(text: str | bytes) -> bool:
    """Does the text hold an empty paragraph, a line with only a non-breaking space on it?"""
    if isinstance(text, bytes):
        text = text.decode("utf-8-sig", errors="replace")
    return any(line.strip(" \t\r") and not line.strip() for line in text.split("\n"))


def _numbered_by_reference(number: str | None, title: str) -> tuple[str | None, str]:
    """A dated decision's (number, title), its "(Agenda Item 14)" giving the number."""
    referenced, title = furniture.item_reference(title)
    return number or referenced, title


def _is_field_only(line: str) -> bool:
    """Is the line a labelled field ("Key decision: Yes") and no other heading?"""
    return markers.detail(line) is not None and untitled.heading_name(line).endswith("field")


def _without_meeting_lines(lines: list[str], title: str) -> tuple[list[str], str | None, str | None]:
    """(lines, item number, item title) without "Meeting: ..." lines, nor the item line an issue
    page shows under one; the item title is that line's ("73 Treasury Report 2022/23 pdf icon
    PDF 57 KB" under the issue "Treasury Report"), when it words the item otherwise."""
    kept, number, item = [], None, None
    after_meeting = first = sized = False
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
            if (furniture.repeats_title(line, title) and not purpose.opens(line)
                    or issue_meetings.is_item_line(line, title, number)):
                numbered, name = furniture.item_title(line)
                if not numbered and number and name.startswith(f"{number} "):
                    numbered, name = number, name[len(number) + 1 :]  # "157 Council Tax Base" under "(Item 157)"
                number = number or numbered
                item = item or (name if name.lower() != title.lower() else None)
                continue
        if line and not sized and furniture.is_size_only(line) and issue_meetings.link_above(kept):
            # "PDF 66 KB" wrapped under the item's link line: both are the link
            kept, sized = [kept_line for kept_line in kept if not kept_line], True
            continue
        if line and not first:
            first = True  # the item's link may run into its purpose on the first line
            line = furniture.after_item_link(line) or line
        kept.append(line)
    return kept, number, item
