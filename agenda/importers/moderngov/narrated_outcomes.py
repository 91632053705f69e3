"""An "Issue - decisions" page telling its decision inside a sentence of narrative.

Such a page may open its text with whose report the item was, in round
brackets ("(Report of the Director of Finance)"): that is the item's purpose,
read without the brackets.  Its decision, no marker heading it, may be told
in a sentence naming who decided: "Following consideration by the Advisory
Board, the Cabinet Member for Housing resolved that the plan be adopted."
The decision is what follows "resolved" ("that the plan be adopted."); the
words before it are narrative.
"""

from __future__ import annotations

import re

from .lines import label

# "(Report of the Director of Central Services)", "(Report by Head of Finance)."
_BRACKETED_REPORT = re.compile(r"\((?P<report>reports? (?:of|by|from) (?:the )?[A-Z][^()]{2,150})\)\.?", re.I)
# "... the Cabinet Member for Housing resolved that ...", "... the Leader resolved to ..."
_RESOLVED = re.compile(r" resolved (?=(?:that|to) [a-z])")
#: Words a sentence gives the narrative before the decider's "resolved" at least ("the Leader").
_MIN_WORDS_BEFORE = 2


def report_line(lines: list[str]) -> tuple[str, list[str]] | None:
    """(purpose, remaining lines) of text opening with a bracketed "(Report of X)" line, or None."""
    first = next((index for index, line in enumerate(lines) if line), None)
    if first is None or (m := _BRACKETED_REPORT.fullmatch(lines[first])) is None:
        return None
    return m["report"], [*lines[:first], "", *lines[first + 1 :]]


def decision_in_sentence(lines: list[str]) -> tuple[str, list[str]] | None:
    """(narrative, decision) of a decision block that is one unlabelled paragraph telling the
    decision inside its last sentence ("..., the Cabinet Member resolved that X be endorsed."),
    or None."""
    text = [line for line in lines if line]
    if len(text) != 1 or label(text[0]):
        return None
    line = text[0]
    found = None
    for found in _RESOLVED.finditer(line):
        pass
    if found is None:
        return None
    before = line[: found.start()]
    sentence = before[max(before.rfind(". "), before.rfind("; ")) + 2 :] if ". " in before or "; " in before else before
    if len(sentence.split()) < _MIN_WORDS_BEFORE or not sentence[:1].isupper():
        return None
    return before.strip(), [line[found.end() :]]


# "The recommendations in the report were considered and agreed.", "The recommendation was approved."
_OUTCOME_SENTENCE = re.compile(
    r"(?:the |all )?(?:[\w'\u2019-]+ ){0,6}?(?:recommendations?|proposals?|report)\b[^.]{0,120}?"
    r"\b(?:was|were|be|been) (?:(?:duly|unanimously|considered and|noted and) )?"
    r"(?:agreed|approved|adopted|endorsed|accepted|noted|supported)\b[^.]{0,120}\.",
    re.I,
)
# "Cabinet considered a report of ...", "The Executive received a report ...": how it came to decide.
_CONSIDERED = re.compile(
    r"(?:the )?(?:[\w'-]+ ){0,3}?(?:cabinet|committee|panel|board|council|executive|sub-committee|members)"
    r" (?:considered|received|discussed) (?:a|an|the)\b",
    re.I,
)


def outcome_after_report(body: list[str], start: int, end: int) -> tuple[list[str], int, int] | None:
    """(body, start, end) with the decision found at ``start`` on a decision's page that lost its
    headings moved to the outcome sentence below it, when the text found opens by telling how the
    body came to decide ("Cabinet considered a report of ...") and a line below it, before
    ``end``'s notes, states the outcome in a sentence of its own ("The recommendations in the
    report were considered and agreed."): that sentence is the decision; a note after it on its
    line ("A decision record is attached ...") is not.  None when the shape is not there."""
    above = start - 1
    while above >= 0 and not body[above]:
        above -= 1
    if _CONSIDERED.match(body[start]) is None:
        # the outcome found already, under the narrative: only the note after it to leave out
        if above < 0 or _CONSIDERED.match(body[above]) is None:
            return None
        start -= 1
    for index in range(start + 1, min(end, len(body))):
        line = body[index]
        if not line or label(line):
            continue
        found = _OUTCOME_SENTENCE.match(line)
        if found is None:
            return None
        rest = line[found.end() :].strip()
        return [*body[:index], found.group(0), *([""] if rest else []), *([rest] if rest else []), *body[index + 1 :]], index, index + 1
    return None
