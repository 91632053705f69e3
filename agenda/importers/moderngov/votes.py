"""How a decision was voted on: the minutes' record, never part of the decision.

Minutes print the vote around the decision: "Carried", "Lost" or "Carried
unanimously" on the line after it (or at the end of its own line, where a
table's cells were pasted as one line), and a "Recorded Vote" or "Voting
Record" table, with its column headings and counts, before it.  These are
read as notes of the minutes.
"""

from __future__ import annotations

import re

from .lines import decided, label

# "Carried", "CARRIED UNANIMOUSLY", "(Lost)", "Motion carried.", "The amendment was lost by 20 votes to 25."
_RESULT = re.compile(
    r"\(?(?:(?:the )?(?:substantive )?(?:motion|amendment|recommendations?|proposal)(?: as amended)? (?:was |were )?)?"
    r"(?:carried|lost|defeated|fell|not carried)\b(?: (?:unanimously|nem\.? ?con\.?|by [^.()]{1,60}"
    r"|on the chair(?:man)?'s casting vote))?\)?\.?",
    re.I,
)
# "... restore the evening service. Carried": the result's cell pasted on the decision's line.
_RESULT_AFTER = re.compile(
    r"(?P<keep>.*\S) \(?(?P<result>(?:CARRIED|Carried|LOST|Lost)(?: (?:UNANIMOUSLY|unanimously))?)\)?\.?"
)
# "... the motion was LOST.": the outcome word ends the sentence telling it, after its verb
_TELLS_OUTCOME = re.compile(r"\b(?:was|were|is|are|be|been|being|declared)$", re.I)
# "Recorded Vote", "Voting Record", "Record of the vote", "Division 3"
_HEADING = re.compile(r"(?:recorded votes?|voting records?|record of (?:the )?votes?|votes?|division(?: \d{1,3})?) ?:?", re.I)
# The table's headings and counts: "Motion For Against Abstain", "For 32 Against 4 Abstain 1", "30 5 2".
_CELLS = {
    "motion", "amendment", "for", "against", "abstain", "abstained", "abstention", "abstentions", "absent",
    "result", "vote", "votes", "total", "title", "councillor", "name", "type", "recorded", "-", "\u2013",
}
#: A table's heading or counts line is a few words; a decision is longer.
_MAX_CELLS = 12


def is_result(line: str) -> bool:
    """Is the line the result of a vote ("Carried", "Lost", "Carried unanimously")?"""
    return len(line) <= 120 and _RESULT.fullmatch(line) is not None


def is_heading(line: str) -> bool:
    """Is the line the heading of a vote's record ("Recorded Vote", "Voting Record")?"""
    return len(line) <= 40 and _HEADING.fullmatch(line) is not None


def _is_cells(line: str) -> bool:
    words = line.lower().replace(":", " ").split()
    if not 0 < len(words) <= _MAX_CELLS:
        return False
    if all(word in _CELLS or word.isdigit() for word in words):
        return True
    # "For: 7; Against: 2; Abstentions: 1.", "(For 9, Against 3)": the same cells, punctuated;
    # at least one must be a word, so a bare label ("1.", "(2)") is not taken for a count.
    bare = [word.strip(",;.()") for word in words]
    return all(word in _CELLS or word.isdigit() for word in bare) and any(not word.isdigit() for word in bare)


def is_note(line: str) -> bool:
    """Is the line part of a vote's record: its result, its heading, or the table's headings or counts?"""
    return is_result(line) or is_heading(line) or _is_cells(line)


def result_apart(lines: list[str]) -> list[str]:
    """The block's lines with a result pasted at the end of its last line ("... service. Carried")
    put on a line of its own, where it reads as a note after the decision."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i]), None)
    m = _RESULT_AFTER.fullmatch(lines[last]) if last is not None and len(lines[last]) < 2000 else None
    if not m or _TELLS_OUTCOME.search(m["keep"]):
        return lines
    return [*lines[:last], m["keep"], m["result"], *lines[last + 1 :]]


def table_before(lines: list[str]) -> int:
    """Where the decision begins after a vote's record printed at the head of its block
    ("Recorded Vote", "For 32 Against 4 Abstain 1", then "That ..."), or 0."""
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is None or not is_heading(lines[first]):
        return 0
    for index in range(first + 1, len(lines)):
        line = lines[index]
        if line and not (is_heading(line) or _is_cells(line) or is_result(line)):
            return index if label(line) or decided(line) else 0
    return 0
