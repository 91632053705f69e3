"""A closing list under the sentence reporting the recommendation carried.

Minutes may record a decision by reporting its recommendation carried, then
printing what was recommended, with no RESOLVED marker::

    The recommendation as set out in the report was moved, seconded, voted on and carried.
    - To note the update on the review.
    - To approve the key milestones for the review.

The list closing the minutes under such a sentence is the decision, bulleted
though it is, when every item reads as one ("To note ...", "That ...", "the
plan be adopted"); the sentence stays in the minutes.
"""

from __future__ import annotations

import re

from .lines import decided, label

# "The recommendation as set out in the report was moved, seconded, voted on and carried.",
# "The recommendations were agreed.": the whole sentence, ending the line.
_CARRIED = re.compile(
    r"(?:^|(?<=\. ))(?:the )?(?:[\w'-]+ ){0,2}?recommendations?\b[^.]{0,200}? (?:was|were)\b[^.]{0,120}?"
    r"\b(?:carried|agreed|approved|adopted|accepted)\.$",
    re.I,
)
# An item telling what to do: "To note ...", "To approve ...".
_TO_VERB = re.compile(r"to (?!date\b)[a-z]{2,}\b", re.I)


def carried_list(lines: list[str]) -> int | None:
    """Where the closing list under the sentence reporting the recommendation carried begins, or None."""
    end = len(lines)
    while end and not lines[end - 1]:
        end -= 1
    start = end
    while start and (not lines[start - 1] or label(lines[start - 1])):
        start -= 1
    while start < end and not lines[start]:
        start += 1
    if start == end or not start or not _CARRIED.search(lines[start - 1]):
        return None
    rows = [label(line) for line in lines[start:end] if line]
    if all(row and (_TO_VERB.match(row[2]) or decided(row[2])) for row in rows):
        return start
    return None
