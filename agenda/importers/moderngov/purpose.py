"""An item's purpose (its agenda text) and presenter, ahead of the minutes' narrative."""

from __future__ import annotations

import re

from . import markers
from .lines import label, past_tense, unlabelled

# How a purpose opens when there is no "Minutes:" heading to end it;
# "The Committee considered ..." is narrative, not purpose, but the agenda's
# "The Panel to receive ...", "The Chair will ask ..." and "It is recommended
# that ..." are purpose.
_PURPOSE_START = re.compile(
    r"to (?!date\b|conclude\b|summari[sz]e\b|this\b|that\b|the\b|a\b|an\b|be\b|which\b)[a-z]{2,}\b"
    r"|(?:a |an |joint |verbal |oral |written |covering |annual |draft )?"
    r"(?:report|update|presentation|briefing|paper)s? (?:of|by|from|to follow|attached|on)\b"
    r"|(?:verbal|oral) (?:update|report)\b|presentation\b|purpose\b"
    r"|this (?:report|item|paper|presentation)\b|the (?:purpose|aim) of (?:this|the) (?:report|item|paper)\b"
    r"|(?:[\w'-]+ ){0,3}?(?:committee|panel|cabinet|board|sub-committee|members|council|forum|commission"
    r"|scrutiny|assembly|executive) (?:is|are|will be) (?:asked|invited|requested|recommended|reminded)\b"
    r"|(?:the )?(?:[\w'-]+ ){0,3}?(?:committee|panel|cabinet|board|sub-committee|members|council|forum"
    r"|commission|executive|chair(?:man|person)?s?|mayor|leader)(?: of the [\w-]+)? (?:to|will|shall|is to|are to)"
    r" (?:then |formally )?(?!have\b|not\b)[a-z]{2,}\b"
    r"|(?:in accordance with|under|pursuant to|in line with|as required by)\b.{0,200}?, to"
    r" (?!date\b|the\b|be\b|a\b|an\b|this\b|that\b)[a-z]{2,}\b"
    r"|(?:attached|enclosed|appended)\b"
    r"|it is (?:recommended|proposed|requested) (?:that|to)\b"
    r"|the following (?:\w+ ){0,2}?(?:is|are) (?:attached|enclosed|appended)\b"
    r"|(?:reports?|papers?|documents?) ?: ?(?:see|attached|enclosed|to follow|circulated|pages?)\b",
    re.I,
)
# "A report by the Director presented ...", "This report was considered ...": the report as
# the subject of the narrative.
_REPORT_NARRATED = re.compile(
    r"(?:a|an|the) (?:\w+ )?report (?:of|by|from) [^.]{0,200}?"
    r"\b(?:presented|outlined|set out the|gave|provided|detailed|summari[sz]ed|explained)\b"
    r"|(?:this|the|a|an) (?:\w+ )?(?:report|item|paper|presentation)s? (?:was|were|had|has been)\b"
    # "This report detailed the forecasts ...": what the report told the meeting, in the past tense
    r"|(?:this|the) (?:\w+ )?(?:report|paper|presentation)s? (?:detailed|outlined|presented|provided|gave"
    r"|summari[sz]ed|explained|sought|described|highlighted|informed|advised|updated)\b",
    re.I,
)
# Agenda text states what may or will happen ("An item may be added ...", "The report is to be
# considered by the Cabinet ..."); minutes say what did.
# "Members who wish to speak must register ...": what attendees are required to do.
_MODAL = re.compile(
    r"[^.]{0,200}?\b(?:(?:may|shall|must|can|will) (?:be|move|second|present)|(?:must|shall|should) [a-z]{3,}"
    r"|(?:is|are) to be [a-z]{3,})\b",
    re.I,
)
_PAST_ANYWHERE = re.compile(r".{0,400}?\b(?:was|were|had|did)\b", re.I)
# "A report setting out the consultation's outcome", "Report seeking approval of ...": the report
# doing what the agenda says it does, unless the sentence goes on in the past ("... was noted").
_REPORT_DOING = re.compile(
    r"(?:an? |the )?(?:[\w'-]+ )?(?:report|update|paper|briefing)s? (?!being\b)[a-z]{3,}ing\b", re.I
)
_PAPERS = re.compile(
    r"\b(?:report|pages?|attached|enclosed|appendi(?:x|ces)|circulated|to follow|agenda|papers?|copy)\b", re.I
)
_RECOMMENDATION = re.compile(r"recommendations?\b|recommended\b|recommendation\(s\)", re.I)
_THAT = re.compile(r"that\b", re.I)


def take_presenter(lines: list[str]) -> tuple[str | None, list[str]]:
    """Remove the "[Name, Role, to present report]" line from the purpose text."""
    leading, lines = member_leading(lines), without_member_note(lines)
    for index, line in enumerate(lines):
        who = markers.presenter(line)
        if who:
            return who, [*lines[:index], "", *lines[index + 1 :]]
    for index, line in enumerate(lines):
        if line:
            opening = _role_opening(line)
            return (opening[0], [*lines[:index], opening[1], *lines[index + 1 :]]) if opening else (leading, lines)
    return leading, lines


def member_leading(lines: list[str]) -> str | None:
    """The member named by the note opening the agenda text as leading on the item ("(Relevant
    Portfolio Holder: Councillor X)"): who presents it, when nothing else says so; or None."""
    first = next((line for line in lines if line), "")
    return markers.member_named(first) if first else None


def without_member_note(lines: list[str]) -> list[str]:
    """The agenda text without the note opening it that names the member leading on the item
    ("(Relevant Portfolio Holder: Councillor X)"), nor a note in square brackets telling who may
    call the decision in ("[The decisions on this item can be called in by the Scrutiny Panel]")."""
    lines = ["" if markers.call_in_note(line) else line for line in lines]
    first = next((index for index, line in enumerate(lines) if line), None)
    if first is None or not markers.member_note(lines[first]):
        return lines
    return [*lines[:first], "", *lines[first + 1 :]]


def _role_opening(line: str) -> tuple[str, str] | None:
    """(presenter, agenda text) of agenda text that opens by naming in brackets who presents it
    ("(Head of Finance) To note ..."), or None."""
    found = markers.role_in_brackets(line)
    return found if found and opens(found[1]) else None


def split(lines: list[str]) -> tuple[list[str], str | None, list[str]]:
    """(purpose, presenter, narrative) when no "Minutes:" heading divides them.

    The purpose is the opening run of lines that read as one ("To consider
    ...", "Report of the Director ..."), with any recommendations listed in
    it; a line that does not continue it starts the narrative.
    """
    leading, lines = member_leading(lines), without_member_note(lines)
    purpose: list[str] = []
    presenter = None
    mode = "start"  # "purpose", "recommendation"
    listing = None  # the style of the list the purpose's lead-in opened
    previous = last = ""  # the line just above (none after a blank line); the last one written
    for index, line in enumerate(lines):
        if not line:
            purpose.append(line)
            previous = ""
            mode = "purpose" if mode == "wrapped" else mode
            continue
        who = markers.presenter(line) if presenter is None else None
        if who is None and presenter is None and mode == "start" and (opening := _role_opening(line)):
            presenter, line = opening  # "(Head of Finance) To note ...": who presents, then the text
        text = unlabelled(line)
        if who:
            presenter = who
            purpose.append("")
        elif opens(line) or (mode == "start" and (_names_papers(text) or _motion_then_narrative(lines, index))):
            mode = "wrapped" if mode == "wrapped" else "purpose"
            purpose.append(line)
        elif mode == "start" and _wrapped_opening(lines, index):
            mode = "wrapped"  # agenda text hard-wrapped mid-sentence, its lines all capitalised
            purpose.append(line)
        elif mode == "wrapped" and previous and _still_agenda(line) and markers.decision(line) is None:
            purpose.append(line)
        elif mode == "purpose" and (_bracketed(text) or (last.endswith(":") and _THAT.match(text))):
            listing = _style(line) if label(line) else listing  # "1) That ...;" opens a list: "2) Agree ..." next
            purpose.append(line)  # "(Report attached)"; the motion a member "will move:"
        elif mode == "purpose" and label(line) and (last.endswith(":") or listing is not None and listing == _style(last)):
            listing = _style(line)  # "the following papers are attached:" then "a) ...", "b) ..."
            purpose.append(line)
        elif _RECOMMENDATION.match(text):
            mode = "recommendation"
            purpose.append(line)
        elif mode == "recommendation" and (label(line) or _THAT.match(text) or line.endswith(":")):
            purpose.append(line)
        elif mode != "start" and previous and text[:1].islower() and not previous.endswith((".", "?", "!")):
            purpose.append(line)  # the purpose's sentence wrapped onto this line
        else:
            return purpose, presenter or leading, lines[index:]
        previous = last = line
    return purpose, presenter or leading, []


#: How many lines of a hard-wrapped opening sentence are read to judge it.
_WRAPPED_LINES = 3


def _wrapped_opening(lines: list[str], index: int) -> bool:
    """Does the opening sentence, wrapped over the next lines without a blank one, read as agenda
    text ("It being a special meeting, under ... of the" / "Constitution, no other business shall
    be considered.")?"""
    if lines[index].endswith((".", "?", "!", ":")):
        return False
    sentence = [lines[index]]
    for line in lines[index + 1 : index + _WRAPPED_LINES]:
        if not line or label(line):
            break
        sentence.append(line)
        if line.endswith((".", "?", "!")):
            break
    return len(sentence) > 1 and opens(" ".join(sentence))


# "Any tabled items would only relate to ...": a conditional or future verb among the first words.
_MODAL_WORD = re.compile(r"(?:\S+ ){0,6}?(?:would|will|may|shall|can|must|should|could)\b", re.I)


def _still_agenda(line: str) -> bool:
    """Does a line of hard-wrapped agenda text go on stating what may happen, rather than
    what did ("The Chair informed members ...", "... there was ...")?"""
    if _PAST_ANYWHERE.match(line):
        return False
    return not past_tense(line) or _MODAL_WORD.match(line) is not None


def _style(line: str) -> str | None:
    found = label(line) if line else None
    return found[1] if found else None


# "(Report of the Director - To be introduced by the Cabinet Member): To seek ...": a note in round
# brackets opening the agenda text.
_NOTE_FIRST = re.compile(r"\([^()]{2,300}\)(?: ?[:\-\u2013\u2014])? (?P<rest>\S.*)")


def opens(line: str) -> bool:
    """Does the line read as the start of an item's agenda text ("To consider ...", "Report of ..."),
    perhaps after a note in round brackets ("(Report of the Director): To seek ...")?"""
    text = unlabelled(line)
    note = _NOTE_FIRST.match(text)
    return bool(note and _opens(note["rest"])) or _opens(text)


def _opens(text: str) -> bool:
    return (bool(_PURPOSE_START.match(text) and not _REPORT_NARRATED.match(text)) or _agenda_statement(text)
            or _to_present(text) or bool(_REPORT_DOING.match(text) and not _PAST_ANYWHERE.match(text)))


# "The cabinet member for housing to present the theme", "Councillor Ann Lee to introduce the
# report", "The Director for Resources to submit a report to approve ...", "The Head of Housing will give an update", "The Director will inform the Cabinet of
# ...": who will present the item, as the agenda puts it (no comma, no brackets).
_TO_PRESENT = re.compile(
    r"(?:the )?(?:(?:cabinet|executive|lead) member|portfolio holder|leader of the council|chief executive"
    r"|(?:assistant |executive |corporate |strategic )?director|head of|(?:[\w-]+ ){0,3}?(?:officer|manager)"
    r"|councillor|cllr)\b"
    r"(?P<between>[^.,;:]{0,120}?) (?:to|will)"
    r" (?:present|introduce|update|give|provide|report|inform|advise|brief|submit|bring|table)\b",
    re.I,
)


def _to_present(text: str) -> bool:
    m = _TO_PRESENT.match(text)
    return m is not None and not any(past_tense("x " + word) for word in m["between"].split())


# "(attached as item 3)": a note in round brackets pointing at the papers, no verb of the sentence's
_ROUND_NOTE = re.compile(r" ?\([^()]{0,200}\)")


def _agenda_statement(text: str) -> bool:
    """A sentence of the agenda about what may or will happen, with no past tense in it (a note in
    brackets, "(attached as item 3)", set aside)."""
    text = _ROUND_NOTE.sub("", text)
    return bool(_MODAL.match(text)) and not past_tense(text) and not _PAST_ANYWHERE.match(text)


#: A line naming the papers ("The original decision documents.") is at most this many words.
_MAX_PAPERS_WORDS = 8
_DOCUMENTS = re.compile(r"\b(?:documents?|reports?|papers?|appendi(?:x|ces)|minutes)\b", re.I)


def _names_papers(text: str) -> bool:
    """A short line naming the item's papers, with no verb of the narrative in it."""
    words = text.split()
    return (len(words) <= _MAX_PAPERS_WORDS and text.endswith(".") and _DOCUMENTS.search(text) is not None
            and not past_tense(text) and not _PAST_ANYWHERE.match(text))


#: How far below an opening motion the narrative's first line is looked for.
_LOOK_AHEAD = 4


def _motion_then_narrative(lines: list[str], index: int) -> bool:
    """Is an opening "That ..." paragraph the motion set out on the agenda, because the
    narrative in the past tense follows it ("Members did not ...")?"""
    if label(lines[index]) or not _THAT.match(lines[index]) or not lines[index].endswith("."):
        return False
    following = next((line for line in lines[index + 1 : index + _LOOK_AHEAD] if line), "")
    return bool(following) and not label(following) and not _THAT.match(following) and past_tense(following)


def _bracketed(text: str) -> bool:
    """A note in brackets about the papers ("(Report attached)", "(See pages 5-20)"); a note of
    who took the chair or left the room is the minutes'."""
    return (text.startswith("(") and text.endswith((")", ").")) and len(text) < 300
            and _PAPERS.search(text) is not None)


#: An issue's text saying what its report is for opens with a full sentence at least this long.
_MIN_ISSUE_WORDS = 12
# What such a text is about: the report or the plan the item brings
_SUBJECT = re.compile(r"\b(?:reports?|strateg(?:y|ies)|plans?|polic(?:y|ies)|proposals?|consultation|review)\b", re.I)


def present_only(lines: list[str]) -> bool:
    """Is the text about the item's report or plan and all in the present or future tense
    ("Directors of Public Health have a duty to write an annual report ..."), with no sentence
    telling what happened, as an issue's text saying what a report is for?"""
    sentences = [part for line in lines if line for part in line.split(". ")]
    first = next((line for line in lines if line), "")
    return (len(first.split()) >= _MIN_ISSUE_WORDS and _SUBJECT.search(" ".join(sentences)) is not None
            and all(_still_agenda(part) for part in sentences))


# "Approval to passport the monies ...", "Authority to enter into a contract ...": the decision an
# issue asks for, worded as what is sought.
_SOUGHT = re.compile(r"(?:approval|agreement|authority|authorisation|permission|consent) (?:to|for|of) \w", re.I)


def sought_only(lines: list[str]) -> bool:
    """Is the text one paragraph wording the decision sought ("Approval to ... ."), as an issue's
    text, with nothing minuted?"""
    filled = [line for line in lines if line]
    return len(filled) == 1 and filled[0].endswith(".") and _SOUGHT.match(filled[0]) is not None and (
        len(filled[0].split()) >= _MIN_ISSUE_WORDS
    )
