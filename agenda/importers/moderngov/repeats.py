"""A decision an item's page prints twice, read once.

An agenda item's page shows the decision under ModernGov's "Decision:"
heading and again as RESOLVED in the minutes: sometimes word for word,
sometimes with a typing slip corrected, sometimes reworded ("That the plan
be approved" / "That Cabinet approved the plan as set out in the report"),
and sometimes only saying that the recommendations were agreed ("AGREED
RECOMMENDATIONS": the minutes' decision and reasons are then the record's),
and sometimes with its heading lost in copying, so that the first copy
stands bare above the minutes' narrative, or, both headings lost, the same
paragraph stands twice in a row.  Copies are compared on their
words alone (case, punctuation and a leading "That" aside), after the vote's
"Carried" has gone to the minutes.  Each is read once, with its reasons once.  Two parts of an item may each resolve the same words, and
both are kept.
"""

from __future__ import annotations

import re
from collections import Counter

from .lines import label, paragraphs, unlabelled
from .markers import decision as marked
from .resolutions import parse_block
from .results import ParsedResolution
from .unmarked import decided

#: How many earlier blocks a block is compared with for a repeat; the repeat is close by.
_MAX_COMPARED = 10

Block = tuple[list[str], bool]  # (lines, under a "Decision:" heading)


def read_once(blocks: list[Block]) -> tuple[str | None, list[ParsedResolution], bool]:
    """(preamble, resolutions, whether a copy of a heading's decision was left out)."""
    preambles: list[str] = []
    resolutions: list[ParsedResolution] = []
    read: set[tuple] = set()
    seen_lead_ins: set[str] = set()
    read_under_heading: set[tuple] = set()
    recent: list[tuple[list[str], list[Counter], bool]] = []  # (labels, words of each, under heading)
    repeated = False
    for lines, under_heading in blocks:
        lead_in, parsed = parse_block(lines)
        key = tuple((r.label, _plain(r.text)) for r in parsed)
        if key in (read if under_heading else read_under_heading):
            repeated = True
            continue
        labels = [r.label for r in parsed]
        words = [Counter(_plain(r.text).split()) for r in parsed]
        if parsed and any(
            (under_heading or heading) and labels == others and _same_words(words, their_words, under_heading != heading)
            for others, their_words, heading in recent[-_MAX_COMPARED:]
        ):
            repeated = True
            continue
        read.add(key)
        recent.append((labels, words, under_heading))
        if under_heading:
            read_under_heading.add(key)
        if lead_in and lead_in not in seen_lead_ins:
            seen_lead_ins.add(lead_in)
            preambles.append(lead_in)
        resolutions += parsed
    return "\n\n".join(preambles) or None, resolutions, repeated


def _plain(text: str) -> str:
    """The words of a resolution, for comparing its copies: "That"/"that", punctuation, quotes and
    brackets ("the ‘Fair Tax’ motion (as amended)"), spacing, and a plural's or possessive's "s"
    ("members questions" / "a member's question") left out."""
    words = "".join(c if c.isalnum() else " " for c in text.lower()).split()
    words = [_singular(word) for word in (words[1:] if words[:1] == ["that"] else words) if word != "s"]
    return " ".join(words)


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


# "AGREED RECOMMENDATIONS", "Recommendations approved.", "As recommended in the report": a
# "Decision:" section saying only that the report's recommendations were agreed.
_RECOMMENDATIONS_AGREED = re.compile(
    r"(?:(?:agreed|approved|accepted|endorsed|adopted) (?:the |all )?recommendations?"
    r"|(?:the )?recommendations? (?:(?:was|were) )?(?:agreed|approved|accepted|endorsed|adopted)"
    r"(?: as (?:set out|specified) in the report)?"
    r"|as recommended(?: in the report)?)\.?",
    re.I,
)
# "to approve the recommendations.", "that the recommendations be agreed": the report's
# recommendations taken up as a whole.
_RECOMMENDATIONS_TAKEN = re.compile(
    r"(?:that )?(?:to )?(?:agree|approve|accept|endorse|adopt)d? (?:all )?(?:of )?(?:the )?"
    r"(?:report'?s?\u2019?s? )?recommendations?(?: (?:as )?(?:set out|contained|specified) in the report)?\.?"
    r"|(?:that )?(?:the |all )?recommendations? (?:be|were|was) (?:agreed|approved|accepted|endorsed|adopted)\.?",
    re.I,
)


def deferred_to_minutes(blocks: list[Block], reasons: list[tuple[str, bool]]) -> tuple[list[Block], list[tuple[str, bool]]]:
    """The blocks and reasons without a "Decision:" section that only says the recommendations were
    agreed, when the minutes below give the decision itself: the minutes' decision and reasons
    are the record's.  The other way about, the minutes' "resolved:- to approve the
    recommendations." under a "Decision:" section giving the decision is that decision told again."""
    kept, decided_above = [], False
    for block in blocks:
        if not (decided_above and _told_again(block)):
            kept.append(block)
        decided_above = decided_above or block[1] and _RECOMMENDATIONS_AGREED.fullmatch(
            " ".join(" ".join(block[0]).split())
        ) is None
    blocks = kept
    placeholders = [
        under_heading and _RECOMMENDATIONS_AGREED.fullmatch(" ".join(" ".join(lines).split())) is not None
        for lines, under_heading in blocks
    ]
    if not any(placeholders) or all(placeholders):
        return blocks, reasons
    kept = [block for block, placeholder in zip(blocks, placeholders) if not placeholder]
    if any(not in_decision for _, in_decision in reasons):
        reasons = [(reason, in_decision) for reason, in_decision in reasons if not in_decision]
    return kept, reasons


def _told_again(block: Block) -> bool:
    """Is the block the minutes' decision only taking up the recommendations ("to approve the
    recommendations."), not under a "Decision:" heading?"""
    lines, under_heading = block
    if under_heading:
        return False
    _, parsed = parse_block(lines)
    return len(parsed) == 1 and not parsed[0].label and _RECOMMENDATIONS_TAKEN.fullmatch(
        " ".join(parsed[0].text.split())
    ) is not None


def _same_words(block: list[Counter], earlier: list[Counter], reworded: bool) -> bool:
    """Do two blocks' resolutions share their words, but for a word in five (a typing slip)?
    The minutes' copy of a heading's decision may be reworded ("That Cabinet approved the plan
    as set out in the report"): then the shorter's words, but for one in four, will do."""
    for words, others in zip(block, earlier):
        sizes = sorted((sum(words.values()), sum(others.values())))
        shared = sum((words & others).values())
        if sizes[1] and (shared * 4 < sizes[0] * 3 if reworded else shared * 5 < sizes[1] * 4):
            return False
    return True


def joined_once(reasons: list[str]) -> str | None:
    """The reasons given, each once: a Decision block repeated in the minutes repeats its REASON."""
    seen: set[str] = set()
    kept = []
    for reason in reasons:
        key = " ".join(reason.lower().split()).rstrip(" .;")
        if key and key not in seen:
            seen.add(key)
            kept.append(reason)
    return "\n\n".join(kept) or None


def printed_first(minutes: list[str], blocks: list[Block]) -> tuple[list[str], list[Block]]:
    """The minutes and blocks, taking a decision printed bare above the narrative as the Decision
    block whose heading copying lost, when a later RESOLVED block repeats it."""
    if not blocks or any(heading for _, heading in blocks):
        return minutes, blocks
    start = next((i for i, line in enumerate(minutes) if line), None)
    if start is None or not decided(unlabelled(minutes[start])):
        return minutes, blocks
    end = start + 1
    while end < len(minutes) and minutes[end] and (label(minutes[end]) or decided(minutes[end])):
        end += 1
    first = [(minutes[start:end], True), blocks[0]]
    if not read_once(first)[2]:
        return minutes, blocks  # not the same decision: narrative that happens to open with "That"
    return [*minutes[:start], *minutes[end:]], [first[0], *blocks]


def once_in_a_row(lines: list[str]) -> list[str]:
    """The lines without a paragraph holding a decision that repeats, word for word (its spacing
    aside), the paragraph just above it: the "Decision:" and "Minutes:" copies of one decision
    whose headings copying lost.  Only the two copies' own words are compared: the same words
    resolved in two parts of an item, each after its own narrative, are both kept."""
    kept: list[str] = []
    above: list[str] | None = None  # the words of the last paragraph kept
    done = 0
    for start, end in paragraphs(lines):
        gap, paragraph, done = lines[done:start], lines[start:end], end
        words = " ".join(paragraph).split()
        if words == above and (decided(unlabelled(paragraph[0])) or any(marked(line) for line in paragraph)):
            continue  # the copy goes with the gap above it
        kept += [*gap, *paragraph]
        above = words
    return [*kept, *lines[done:]]
