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
