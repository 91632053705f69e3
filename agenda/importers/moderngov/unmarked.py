"""Decisions whose RESOLVED marker was lost in copying.

ModernGov shows RESOLVED as a styled heading, and copying a page can drop
it.  What remains is found by its shape: a run of blank lines where the
heading stood (:func:`lost_heading`), a closing "That ..." paragraph or a
closing list of decisions (:func:`closing_decision`), or, on an "Issue -
decisions" page, which shows only what was decided, the page's body
(:func:`page_decision`).
"""

from __future__ import annotations

import re

from .lines import label, unlabelled
from .markers import reports_speech
from .resolutions import is_lead_in, items, trailing_notes

_THAT = re.compile(r"that\b", re.I)

_BODY = r"(?:the )?(?:cabinet|committee|sub-committee|council|board|panel|executive|members|forum)"
_DECIDING_VERB = r"(?:noted|agreed|approved|recommended|resolved|endorsed|authori[sz]ed|delegated|adopted)\b"
# "Cabinet approved ...": a body and what it decided.
_BODY_VERB = re.compile(rf"{_BODY}(?: (?:also|further|formally|unanimously))? {_DECIDING_VERB}", re.I)
# A list item read as a decision: "That ...", "To approve ...", "The plan be adopted;",
# "Cabinet noted ...", "Agreed to ...".
_DECIDED_ITEM = re.compile(
    r"that\b|to (?!date\b)[a-z]{2,}\b|[^.;:]{0,300}? be [a-z]{3,}"
    rf"|(?:{_BODY}(?: (?:also|further|formally|unanimously))? )?{_DECIDING_VERB}",
    re.I,
)


# "NOTED the report.", "RECOMMENDED to Council that ...": a decision opening with its verb in capitals.
_VERB_FIRST = re.compile(r"(?:NOTED|RECOMMENDED|RECOMMEND|AGREED|APPROVED|ENDORSED)\b(?! [A-Z]{2})")


# "The Committee:", "Cabinet:" leading into what the body decided.
_BODY_LEAD_IN = re.compile(
    r"(?:the )?(?:cabinet|committee|sub-committee|council|board|panel|executive|members|forum|commission)"
    r"(?: (?:has|have|then|therefore|unanimously|formally))? ?[:\-\u2013]{1,2}",
    re.I,
)


def closing_decision(lines: list[str]) -> int | None:
    """Where a closing decision whose marker was lost begins, or None.

    ModernGov shows RESOLVED as a heading, and copying can drop it.  What
    remains is a last decision paragraph ("That ...", "the report be noted",
    "NOTED ..."), or a last numbered or lettered list most of whose items read
    as decisions ("That ...", "To approve ...", "the plan be adopted;"), with
    their sub-items, perhaps after a lead-in ending in ":"; a list under
    "The Committee:" is its decision whatever its verbs.
    """
    end = trailing_notes(lines)
    while end and not lines[end - 1]:
        end -= 1
    start = None
    index = end
    while index > 0:
        line = lines[index - 1]
        if line and not (label(line) or _decided(line) or _VERB_FIRST.match(line)):
            break
        index -= 1
        found = label(line) if line else None
        if line and (_decided(unlabelled(line)) or _VERB_FIRST.match(line) or found
                     and not found[1].startswith("bullet") and _DECIDED_ITEM.match(found[2])):
            start = index
    first = next((i for i in range(index, end) if lines[i]), end)
    above = first - 1
    while above >= 0 and not lines[above]:
        above -= 1
    if first < end and label(lines[first]) and above >= 0 and _BODY_LEAD_IN.fullmatch(lines[above]):
        return above  # "The Committee:" over a list: the body's decisions, whatever their verbs
    if start is None:
        return None
    if label(lines[start]):  # a list, from its first item: most items read as decisions
        listed = items(lines[index:end])
        decided = sum(bool(_decided(text) or _DECIDED_ITEM.match(text)) for _, _, text in listed)
        if decided * 2 <= len(listed):
            return None
        start = index + listed[0][0]
    above = start - 1
    while above >= 0 and not lines[above]:
        above -= 1
    lead_in = lines[above].rstrip(" -\u2013\u2014") if above >= 0 else ""
    if reports_speech(lead_in):
        return None  # "the Chair reported that:-" over the list: what was said
    # "The Board formally;": a short lead-in typed with a semicolon
    typed = lead_in.endswith(";") and len(lead_in) < 40 and not label(lead_in)
    if above >= 0 and (_short_lead_in(lead_in) or typed or _verb_lead_in(lead_in)):
        start = above
    return start


def page_decision(lines: list[str]) -> int | None:
    """Where the decision begins on an "Issue - decisions" page that shows no marker.

    Such a page holds only what was decided, perhaps after a sentence of
    narrative: the decision is its closing list with the paragraph leading
    into it ("Cabinet", "RECOMMEND to Council that", "... and agreed that:-"),
    or else its last paragraph ("Cabinet agreed the programme.").
    """
    end = len(lines)
    while end and not lines[end - 1]:
        end -= 1
    if not end:
        return None
    first = next((i for i in range(end) if label(lines[i])), None)
    if first is None:
        index = end - 1
        while index > 0 and lines[index - 1]:
            index -= 1  # the last paragraph
        return _decided_paragraphs(lines, index)
    above = first - 1
    while above >= 0 and not lines[above]:
        above -= 1
    if above < 0 or not _leads_in(lines[above]):
        return first
    # the lead-in above the list ("Cabinet", "RECOMMEND to Council that"), wrapped or not
    while above > 0 and lines[above - 1] and not lines[above - 1].endswith((".", "!", "?")):
        above -= 1
    return above


def _decided_paragraphs(lines: list[str], start: int) -> int:
    """Where a run of decision paragraphs ending with the one at ``start`` begins
    ("That ...", "Cabinet approved ..."); narrative above them stays minutes."""
    if not _reads_decided(lines[start]):
        # no blank line between the narrative and the decision: a decision sentence on its own line
        end = next((i for i in range(start, len(lines)) if not lines[i]), len(lines))
        later = (i for i in range(start + 1, end)
                 if lines[i - 1].endswith((".", ":")) and _reads_decided(lines[i]))
        return next(later, start)
    index = start
    while True:
        above = index - 1
        while above >= 0 and not lines[above]:
            above -= 1
        paragraph = above
        while paragraph > 0 and lines[paragraph - 1]:
            paragraph -= 1
        if above < 0 or not _reads_decided(lines[paragraph]):
            return index
        index = paragraph


def _reads_decided(line: str) -> bool:
    return bool(_THAT.match(line) or _BODY_VERB.match(line) or _VERB_FIRST.match(line))


def _leads_in(line: str) -> bool:
    """Does a paragraph's last line lead into a list ("... agreed that:-", "Cabinet")?"""
    bare = line.rstrip(" -\u2013\u2014")
    words = bare.lower().split()
    return bare.endswith(":") or words[-1:] in (["that"], ["and"]) or (
        len(words) <= 6 and not bare.endswith((".", "?", "!"))
    )


#: Blank lines in a row where ModernGov's styled RESOLVED heading stood before copying lost it.
LOST_HEADING_GAP = 3
# A decision is "That ...", or the subjunctive "the plan be agreed": a subject then "be",
# which narrative never uses bare ("was agreed", "would be", "asked that it be").
_SUBJUNCTIVE = re.compile(r"(?P<subject>[^.;:]{1,300}?) be \w", re.I)
# Words that make "be" part of narrative: right before it ("would be", "to be") ...
_NOT_BARE_BEFORE = {
    "to", "will", "would", "could", "should", "may", "might", "must", "can", "cannot", "shall", "not",
    "also", "never",
}
# ... or anywhere before it ("asked that it be", "Councillor X proposed the item be deferred").
_REPORTED = {
    "that", "whether", "if", "it", "there", "was", "were", "had",
    "suggested", "asked", "proposed", "moved", "requested", "recommended", "agreed", "urged", "insisted",
}
#: A decision's subject is a noun phrase, not a whole clause.
MAX_SUBJECT_WORDS = 25


def _decided(text: str) -> bool:
    """Does the text read as a decision: "That ...", or "the report be noted" / "The plan be agreed"?"""
    if _THAT.match(text):
        return True
    m = _SUBJUNCTIVE.match(text)
    if not m:
        return False
    words = m["subject"].lower().replace(",", " ").split()
    return (bool(words) and len(words) <= MAX_SUBJECT_WORDS and words[-1] not in _NOT_BARE_BEFORE
            and not _REPORTED.intersection(words))


def opens_decision(lines: list[str]) -> bool:
    """Does the block's first paragraph read as a decision (rather than narrative)?"""
    first = next((line for line in lines if line), "")
    return bool(label(first)) or _decided(first) or is_lead_in(first)


def _list_start(lines: list[str], start: int) -> int | None:
    """The first item of the decision list holding the labelled line at ``start``: a page
    copied with a blank line after every line leaves gaps between the items too.  None when
    an earlier item of the list does not read as a decision: the list is narrative."""
    found = label(lines[start])
    if not found:
        return start
    above = start - 1
    while above >= 0:
        if not lines[above]:
            above -= 1
            continue
        earlier = label(lines[above])
        if earlier and earlier[1] == found[1] != "dotted" and not _DECIDED_ITEM.match(earlier[2]):
            return None  # "(b) he had written to ..." above: a list of what was said, not decided
        if not earlier or earlier[1] == found[1] and not _DECIDED_ITEM.match(earlier[2]):
            break
        if earlier[1] == found[1]:
            start = above  # an earlier item; other labels are its sub-items
        above -= 1
    return start


def lost_heading(lines: list[str]) -> tuple[int, int] | None:
    """(start, end) of a decision whose RESOLVED heading was lost, found by the gap it left.

    Copying a page turns the heading into a run of blank lines; when decision
    paragraphs follow ("That ...", "(1) the report be noted;", "the plan be
    agreed."), they are the decision, up to the first paragraph that is
    neither a decision nor an item of their list.
    """
    start = None
    blank = 0
    for index, line in enumerate(lines):
        if not line:
            blank += 1
            continue
        if blank >= LOST_HEADING_GAP and _decided(unlabelled(line)):
            start = index
        blank = 0
    if start is None:
        return None
    start = _list_start(lines, start)
    if start is None:
        return None
    above = start - 1
    while above >= 0 and not lines[above]:
        above -= 1
    if above >= 0 and reports_speech(lines[above]):
        return None  # "the Chair reported that:-" over the list: what was said
    if above >= 0 and _verb_lead_in(lines[above]):
        start = above  # "RECOMMENDED to Council" on its own line, over the list
    end = len(lines)
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if line and not lines[index - 1] and not (label(line) or _decided(line)):
            end = index
            break
    while end > start and not lines[end - 1]:
        end -= 1
    return start, end


#: A lead-in is a phrase ("That the Committee:-", "Members agreed:"), not a sentence of narrative.
MAX_LEAD_IN_WORDS = 12


# "RECOMMENDED TO COUNCIL", "RESOLVED TO RECOMMEND TO COUNCIL": a lead-in in capitals throughout.
_VERB_TO_BODY = re.compile(r"(?:RECOMMENDED|RESOLVED|AGREED) (?:TO|THAT)\b")


_IT_WAS = re.compile(r"(?i:it was (?:(?:therefore|then|further|unanimously|also) )?)(?=[A-Z]{5})")


def _verb_lead_in(line: str) -> bool:
    """A lead-in made of a decision verb in capitals, without its colon ("RECOMMENDED to Council")."""
    if it_was := _IT_WAS.match(line):  # "It was RECOMMENDED to Council"
        line = line[it_was.end() :]
    verb = _VERB_FIRST.match(line) or _VERB_TO_BODY.match(line)
    return (verb is not None and line.count(" ") < MAX_LEAD_IN_WORDS
            and not line.endswith((".", ";")) and not label(line))


def _short_lead_in(line: str) -> bool:
    """Is the line above a lost-heading decision its lead-in, rather than narrative ending in ":"?"""
    short = line.count(" ") < MAX_LEAD_IN_WORDS or _THAT.match(line) is not None
    return line.endswith(":") and len(line) < 200 and short and not label(line)
