"""Rows that qualify one decision ("... be APPROVED subject to the following conditions:").

A decision whole by itself that ends in ":" may list what it is subject to or
made for: conditions, reasons, a time limit, each a noun phrase on a numbered
or lettered row ("1. Time limit", "(b) Loss of amenity").  Such rows decide
nothing by themselves and are part of the decision, as printed.  A lead-in
whose subject is the list ("That the following be approved:"), or rows that
each decide or tell what to do ("That ...", "Note the report", "Agreed the
fees"), keep the rows as resolutions.  Under a whole decision ("That the policy
be adopted, subject to the following amendments:") rows that run as the clauses
of one list ("(a) clause 4 to be deleted; and") are decisions of their own, and
so is the lead-in: it decides, where a bare "That Cabinet:" only leads in.
Rows under a whole decision that only name what it accepts ("That the report be
accepted ..., as follows:-" over "- the Tree Strategy (Appendix 1); and")
finish its sentence, and stay in it.
"""

from __future__ import annotations

import re

from .lines import THAT_FIRST, decided, label, subjunctive

# "... be APPROVED subject to the following conditions", "... be refused for the reasons below".
_ONE_DECISION = re.compile(r"(?P<subject>.+?) be (?P<rest>.+)", re.I)
_POINTS_BELOW = re.compile(r"\b(?:following|below|as follows|set out)\b", re.I)
_LIST_WORDS = {"following", "below", "these", "list", "listed"}
# What a row that tells what to do opens with.
_VERBS = {
    "to", "note", "approve", "agree", "endorse", "accept", "adopt", "receive", "request", "ask", "recommend",
    "support", "welcome", "delegate", "authorise", "authorize", "refer", "defer", "confirm", "instruct",
    "consider", "continue", "establish", "invite", "seek", "thank", "reject", "refuse", "grant", "appoint",
    "nominate", "elect", "agreed", "noted", "approved", "endorsed", "resolved", "requested", "asked",
}
# A row closing as a clause of a running list does ("... be deleted; and"), where a condition is named.
_CLAUSE_END = re.compile(r";(?: ?(?:and|or))?$", re.I)
#: A row longer than this, in words, is a sentence, not a noun phrase.
_MAX_ROW_WORDS = 25


def qualified(lead: str, rows: list[str]) -> bool:
    """Is ``lead`` one whole decision ending in ":" and every line of ``rows`` a labelled row
    that qualifies it?"""
    if not _whole_decision(lead, rows) or any(_CLAUSE_END.search(line) for line in rows):
        return False  # "(a) clause 2(c) to be deleted; and": clauses of a list, each telling what to do
    return all(_row(line) for line in rows)


def amended(lead: str, rows: list[str]) -> bool:
    """Is ``lead`` one whole decision ending in ":" ("That the policy be adopted, subject to the
    following amendments:") over rows running as the clauses of one list ("(a) clause 2(c) to be
    deleted; and")?  The lead-in is then a decision of its own, and each row another."""
    return _whole_decision(lead, rows) and all(label(line) for line in rows) and any(
        _CLAUSE_END.search(line) for line in rows
    ) and any(_tells_what_to_do(line) for line in rows)


def completed(lead: str, rows: list[str]) -> bool:
    """Is ``lead`` one whole decision ending in ":" ("That the report be accepted and the
    recommendations supported, as follows:-") over labelled or bulleted rows naming what it
    accepts ("- the Tree Strategy (Appendix 1); and"), none of them telling what to do?  The rows
    then finish its sentence: one decision, printed with its rows."""
    return _whole_decision(lead, rows) and all(label(line) for line in rows) and not any(
        _tells_what_to_do(line) for line in rows
    )


# "paragraph 4(b) to be deleted", "rule 9 to apply": a subject, then what shall be done to it.
_TO_BE_DONE = re.compile(r"\bto (?!the\b|a\b|an\b)[a-z]|\bbe [a-z]")


def _tells_what_to_do(line: str) -> bool:
    """Does a row say what shall be done: "That ...", "Note ...", or a subject then "to ..." or
    "be ..." before its first comma ("the limit in section 3 to be raised to ...")?"""
    parsed = label(line)
    text = parsed[2] if parsed else line
    words = text.split()
    if not words or decided(text) or words[0].lower() in _VERBS:
        return True
    return _TO_BE_DONE.search(re.split(r"[,;]", text, maxsplit=1)[0]) is not None


def _whole_decision(lead: str, rows: list[str]) -> bool:
    bare = lead.rstrip(" -\u2013\u2014")
    if not bare.endswith(":") or label(lead) or len(rows) < 2:
        return False
    text = bare.rstrip(":")
    if that := THAT_FIRST.match(text):
        text = text[that.end() :]
    m = _ONE_DECISION.match(text)
    if not m or not subjunctive(text) or " be " in f" {m['rest']} ".lower():
        return False
    return not _LIST_WORDS.intersection(m["subject"].lower().split()) and _POINTS_BELOW.search(m["rest"]) is not None


def _row(line: str) -> bool:
    parsed = label(line)
    if not parsed or parsed[1].startswith("bullet"):
        return False
    text = parsed[2]
    words = text.split()
    if not words or len(words) > _MAX_ROW_WORDS or decided(text) or text.rstrip(" -\u2013").endswith(":"):
        return False
    first = words[0].lower()
    if first in _VERBS and not (len(words) > 1 and words[1][:1].isupper()):
        return False  # "Approved the fees", not "Approved Drawings"
    return True
