"""An item's purpose (its agenda text) and presenter, ahead of the minutes' narrative."""

from __future__ import annotations

import re

from . import markers
from .lines import label, past_tense, unlabelled

# How a purpose opens when there is no "Minutes:" heading to end it;
# "The Committee considered ..." is narrative, not purpose.
_PURPOSE_START = re.compile(
    r"to (?!date\b|conclude\b|summari[sz]e\b|this\b|that\b|the\b|a\b|an\b|be\b|which\b)[a-z]{2,}\b"
    r"|(?:a |an |joint |verbal |oral |written |covering |annual |draft )?"
    r"(?:report|update|presentation|briefing|paper)s? (?:of|by|from|to follow|attached|on)\b"
    r"|(?:verbal|oral) (?:update|report)\b|presentation\b|purpose\b"
    r"|this (?:report|item|paper|presentation)\b|the (?:purpose|aim) of (?:this|the) (?:report|item|paper)\b"
    r"|(?:[\w'-]+ ){0,3}?(?:committee|panel|cabinet|board|sub-committee|members|council|forum|commission"
    r"|scrutiny|assembly|executive) (?:is|are|will be) (?:asked|invited|requested|recommended)\b"
    r"|(?:in accordance with|under|pursuant to|in line with|as required by)\b.{0,200}?, to"
    r" (?!date\b|the\b|be\b|a\b|an\b|this\b|that\b)[a-z]{2,}\b"
    r"|(?:attached|enclosed|appended)\b",
    re.I,
)
# "A report by the Director presented ...", "This report was considered ...": the report as
# the subject of the narrative.
_REPORT_NARRATED = re.compile(
    r"(?:a|an|the) (?:\w+ )?report (?:of|by|from) [^.]{0,200}?"
    r"\b(?:presented|outlined|set out the|gave|provided|detailed|summari[sz]ed|explained)\b"
    r"|(?:this|the|a|an) (?:\w+ )?(?:report|item|paper|presentation)s? (?:was|were|had|has been)\b",
    re.I,
)
# Agenda text states what may or will happen ("An item may be added ..."); minutes say what did.
_MODAL = re.compile(r"[^.]{0,200}?\b(?:may|shall|must|can|will) (?:be|move|second|present)\b", re.I)
_PAST_ANYWHERE = re.compile(r".{0,400}?\b(?:was|were|had|did)\b", re.I)
_PAPERS = re.compile(
    r"\b(?:report|pages?|attached|enclosed|appendi(?:x|ces)|circulated|to follow|agenda|papers?|copy)\b", re.I
)
_RECOMMENDATION = re.compile(r"recommendations?\b|recommended\b|recommendation\(s\)", re.I)
_THAT = re.compile(r"that\b", re.I)


def take_presenter(lines: list[str]) -> tuple[str | None, list[str]]:
    """Remove the "[Name, Role, to present report]" line from the purpose text."""
    for index, line in enumerate(lines):
        who = markers.presenter(line)
        if who:
            return who, [*lines[:index], "", *lines[index + 1 :]]
    return None, lines


def split(lines: list[str]) -> tuple[list[str], str | None, list[str]]:
    """(purpose, presenter, narrative) when no "Minutes:" heading divides them.

    The purpose is the opening run of lines that read as one ("To consider
    ...", "Report of the Director ..."), with any recommendations listed in
    it; a line that does not continue it starts the narrative.
    """
    purpose: list[str] = []
    presenter = None
    mode = "start"  # "purpose", "recommendation"
    previous = last = ""  # the line just above (none after a blank line); the last one written
    for index, line in enumerate(lines):
        if not line:
            purpose.append(line)
            previous = ""
            continue
        who = markers.presenter(line) if presenter is None else None
        text = unlabelled(line)
        if who:
            presenter = who
            purpose.append("")
        elif opens(line):
            mode = "purpose"
            purpose.append(line)
        elif mode == "purpose" and (_bracketed(text) or (last.endswith(":") and _THAT.match(text))):
            purpose.append(line)  # "(Report attached)"; the motion a member "will move:"
        elif _RECOMMENDATION.match(text):
            mode = "recommendation"
            purpose.append(line)
        elif mode == "recommendation" and (label(line) or _THAT.match(text) or line.endswith(":")):
            purpose.append(line)
        elif mode != "start" and previous and text[:1].islower() and not previous.endswith((".", "?", "!")):
            purpose.append(line)  # the purpose's sentence wrapped onto this line
        else:
            return purpose, presenter, lines[index:]
        previous = last = line
    return purpose, presenter, []


def opens(line: str) -> bool:
    """Does the line read as the start of an item's agenda text ("To consider ...", "Report of ...")?"""
    text = unlabelled(line)
    return bool(_PURPOSE_START.match(text) and not _REPORT_NARRATED.match(text)) or _agenda_statement(text)


def _agenda_statement(text: str) -> bool:
    """A sentence of the agenda about what may or will happen, with no past tense in it."""
    return bool(_MODAL.match(text)) and not past_tense(text) and not _PAST_ANYWHERE.match(text)


def _bracketed(text: str) -> bool:
    """A note in brackets about the papers ("(Report attached)", "(See pages 5-20)"); a note of
    who took the chair or left the room is the minutes'."""
    return (text.startswith("(") and text.endswith((")", ").")) and len(text) < 300
            and _PAPERS.search(text) is not None)
