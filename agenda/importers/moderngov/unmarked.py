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

from . import discussion_lists
from .lines import carries_on, decided, label, past_tense, section_heading, table_header, table_start, unlabelled
from .markers import reports_speech
from .nested_rows import first_of_style, item_above_rows
from .notes import trailing_notes
from .resolutions import is_lead_in, items

_THAT = re.compile(r"that\b", re.I)

_BODY = r"(?:the )?(?:cabinet|committee|sub-committee|council|board|panel|executive|members|forum)"
# "Endorses", "Approves": a deciding verb in the present tense, opening a decision list's item
PRESENT_DECIDING_VERB = (
    r"(?:endorse|approve|agree|note|adopt|authori[sz]e|delegate|support|recommend|request|confirm|accept"
    r"|welcome|resolve|commend)s (?:the|that|a|an|all|its|to)\b"
)
_DECIDING_VERB = r"(?:noted|agreed|approved|recommended|resolved|endorsed|authori[sz]ed|delegated|adopted)\b"
# "Cabinet approved ...": a body and what it decided.
_BODY_VERB = re.compile(rf"{_BODY}(?: (?:also|further|formally|unanimously))? {_DECIDING_VERB}", re.I)
# A list item read as a decision: "That ...", "To approve ...", "The plan be adopted;",
# "Cabinet noted ...", "Agreed to ...".
_DECIDED_ITEM = re.compile(
    r"that\b|to (?!date\b)[a-z]{2,}\b|[^.;:]{0,300}? be [a-z]{3,}"
    rf"|(?:{_BODY}(?: (?:also|further|formally|unanimously))? )?{_DECIDING_VERB}"
    # "Endorses the revised policy ...": the body's decision in the present tense, its subject above
    rf"|{PRESENT_DECIDING_VERB}",
    re.I,
)


# "NOTED the report.", "RECOMMENDED to Council that ...": a decision opening with its verb in capitals,
# perhaps after the body that decided ("The Authority NOTED ...", "The Health and Wellbeing Board ENDORSED").
_VERB_FIRST = re.compile(
    r"(?:(?:The )?[A-Z][a-z'-]+(?: (?:and|of|[A-Z][a-z'-]+)){0,5} )?"
    r"(?:NOTED|RECOMMENDED|RECOMMEND|AGREED|APPROVED|ENDORSED)\b(?! [A-Z]{2})"
)

# "The Committee notes the report and agrees the work programme.": what the body decides, in the
# present tense some councils minute their decisions in with no marker at all.  Narrative says
# what happened, in the past tense ("The Committee noted ..."), so it never reads so.
_PRESENT_DECISION = re.compile(
    r"(?:The )?(?:[A-Z][\w'&-]* ){0,4}?(?:Committee|Sub-Committee|Panel|Board|Cabinet|Council|Executive"
    r"|Commission|Forum|Members) (?:note|agree|approve|endorse|recommend|request|support|welcome|resolve"
    r"|accept|delegate|commend|confirm|adopt)s?\b"
)


# "The Committee:", "Cabinet:" leading into what the body decided.
_BODY_LEAD_IN = re.compile(
    r"(?:the )?(?:cabinet|committee|sub-committee|council|board|panel|executive|members|forum|commission)"
    r"(?: (?:has|have|then|therefore|unanimously|formally))? ?[:\-\u2013]{1,2}",
    re.I,
)


# "... The following was agreed:", "It was agreed as follows:-": a list agreed, however it is worded.
_AGREED_FOLLOWING = re.compile(
    r"(?:the following (?:was|were|is|are|has been|have been) (?:agreed|resolved|decided)"
    r"|(?:agreed|resolved|decided) (?:the following|as follows)) ?[:\-\u2013]{1,2}$",
    re.I,
)


def closing_decision(lines: list[str]) -> int | None:
    """Where a closing decision whose marker was lost begins, or None.

    ModernGov shows RESOLVED as a heading, and copying can drop it.  What
    remains is a last decision paragraph ("That ...", "the report be noted",
    "NOTED ...", "The Committee notes the report.", or a "That ..." sentence
    hard-wrapped over several lines under the narrative), or a last numbered or
    lettered list most of whose items read as decisions ("That ...", "To approve ...", "the plan be adopted;"), with
    their sub-items, perhaps after a lead-in ending in ":"; a list under
    "The Committee:" is its decision whatever its verbs.
    """
    end = trailing_notes(lines)
    while end and not lines[end - 1]:
        end -= 1
    start = None
    index = table_start(lines, end)  # a table pasted under the decision's closing ":" is its own
    if index == end:
        index = _item_tail(lines, end)
    nested = False  # rows nested under an item above ("(b) ... appointed –" over "Housing – Cllr A")
    while index > 0:
        line = lines[index - 1]
        verb_first = _VERB_FIRST.match(line) or _PRESENT_DECISION.match(line)
        if line and not (label(line) or decided(line) or verb_first):
            if start is not None and (item := item_above_rows(lines, index)) is not None:
                index, nested = item + 1, True
                continue
            break
        index -= 1
        found = label(line) if line else None
        if line and (decided(unlabelled(line)) or verb_first or found
                     and not found[1].startswith("bullet") and _DECIDED_ITEM.match(found[2])):
            start = index
    if nested:
        index = first_of_style(lines, index, end)
    first = next((i for i in range(index, end) if lines[i]), end)
    above = first - 1
    while above >= 0 and not lines[above]:
        above -= 1
    if first < end and label(lines[first]) and above >= 0 and (
        _BODY_LEAD_IN.fullmatch(lines[above]) or _AGREED_FOLLOWING.search(lines[above])
    ):
        return above  # "The Committee:", "The following was agreed:" over a list: decisions, whatever their verbs
    if start is None:
        return _wrapped_closing(lines, end)
    if label(lines[start]):  # a list, from its first item: most items read as decisions
        listed = items(lines[index:end])
        decisions = sum(bool(decided(text) or _DECIDED_ITEM.match(text)) for _, _, text in listed)
        if decisions * 2 <= len(listed):
            return None
        start = index + listed[0][0]
        if discussion_lists.points_list(lines, start, _DECIDED_ITEM):
            return None  # "the following points were made." over the list, or its letters going on below a break
    above = start - 1
    while above >= 0 and not lines[above]:
        above -= 1
    lead_in = lines[above].rstrip(" -\u2013\u2014") if above >= 0 else ""
    if reports_speech(lead_in):
        return None  # "the Chair reported that:-" over the list: what was said
    # "The Board formally;": a short lead-in typed with a semicolon
    typed = lead_in.endswith(";") and len(lead_in) < 40 and not label(lead_in)
    if above >= 0 and (_short_lead_in(lead_in) or typed or _verb_lead_in(lead_in) or _decider_lead_in(lead_in)):
        start = above
    return start


def _wrapped_closing(lines: list[str], end: int) -> int | None:
    """Where the text's closing sentence begins when it reads as a decision ("That the Annual
    Report be noted and in particular the" / "priorities for the coming year.") and, hard-wrapped,
    runs over several lines straight under the narrative's last sentence; or None."""
    start = end - 1
    while start > 0 and lines[start - 1] and carries_on(lines[start - 1], lines[start]):
        start -= 1
    if start < 0 or start == end - 1 or label(lines[start]):
        return None  # a decision on one line is found by closing_decision's own walk
    if start and lines[start - 1] and not lines[start - 1].endswith((".", "!", "?")):
        return None  # the sentence began further up, on a line that carries it on
    return start if decided(" ".join(lines[start:end])) else None


def _item_tail(lines: list[str], end: int) -> int:
    """Where the closing words of a list's last item begin, when they stand alone under it.

    A decision listing what is approved may close with a line qualifying its
    last item, or the whole list ("... the Prudential Indicators; and" / "the
    Minimum Revenue Provision Policy" / "as set out in the Appendix to the
    report."): opening in lower case under an item left open, that line goes
    on with the item, so the list still closes the text.  ``end`` when the
    last line is no such continuation.
    """
    last = end - 1
    while last >= 0 and not lines[last]:
        last -= 1
    if last < 1 or not lines[last][:1].islower() or label(lines[last]):
        return end
    above = last - 1
    while above >= 0 and not lines[above]:
        above -= 1
    found = label(lines[above]) if above >= 0 else None
    if found and not found[2].endswith((".", "!", "?", ":")) and carries_on(found[2], lines[last]):
        return last
    return end


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
    if first is None and _proceedings_only(lines[:end]):
        return None
    if first is None:
        index = end - 1
        while index > 0 and lines[index - 1]:
            index -= 1  # the last paragraph
        if section_heading(lines[index]) and any(lines[:index]):
            index = max(i for i in range(index) if lines[i])  # "Further Action Required:" after the
            while index > 0 and lines[index - 1]:  # decision opens a section of its own
                index -= 1
        found = _decided_paragraphs(lines, index)
        if found == index and not _reads_decided(lines[index]):
            return _outcome_above(lines, index) or found
        return found
    above = first - 1
    while above >= 0 and not lines[above]:
        above -= 1
    if above < 0 or not _leads_in(lines[above]):
        return first
    # the lead-in above the list ("Cabinet", "RECOMMEND to Council that"), wrapped or not
    while above > 0 and lines[above - 1] and not lines[above - 1].endswith((".", "!", "?")):
        above -= 1
    return above


# Words that tell an outcome ("was approved", "were noted", "deferred"): narrative with one decides.
_OUTCOME_WORD = re.compile(
    r"\b(?:approved|agreed|noted|endorsed|adopted|resolved|decided|accepted|rejected|refused|granted|deferred"
    r"|authori[sz]ed|delegated|recommended|supported|confirmed|carried|withdrawn|lost|elected|appointed"
    r"|determined|upheld|dismissed)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?]) +(?=[A-Z])")


def _proceedings_only(lines: list[str]) -> bool:
    """Does an "Issue - decisions" page tell only how the meeting proceeded ("The Chair explained
    that ...", "The report was taken as the first item."): every sentence narrative in the past
    tense, and no word telling an outcome?  Such a page records no decision."""
    text = " ".join(line for line in lines if line)
    if not text.endswith((".", "!", "?")) or _OUTCOME_WORD.search(text):
        return False
    return all(past_tense(sentence) and not decided(sentence) for sentence in _SENTENCE_END.split(text))


def _outcome_above(lines: list[str], start: int) -> int | None:
    """Where the decision begins when the page's last paragraphs are narrative in the past tense
    ("Councillor X raised a point of order ...") under an outcome ("The minutes ... were approved
    as a correct record.", "That ..."): that outcome's paragraph, or None."""
    index = start
    while index > 0:
        if not past_tense(lines[index]) or decided(lines[index]):
            return None  # not narrative: the last paragraph stays the decision
        above = index - 1
        while above >= 0 and not lines[above]:
            above -= 1
        if above < 0:
            return None
        paragraph = above
        while paragraph > 0 and lines[paragraph - 1]:
            paragraph -= 1
        if _reads_decided(lines[paragraph]) or _CLOSING_OUTCOME.match(lines[paragraph]):
            return paragraph
        index = paragraph
    return None


def _decided_paragraphs(lines: list[str], start: int) -> int:
    """Where a run of decision paragraphs ending with the one at ``start`` begins
    ("That ...", "Cabinet approved ..."); narrative above them stays minutes."""
    if not _reads_decided(lines[start]):
        # no blank line between the narrative and the decision: a decision sentence on its own line
        end = next((i for i in range(start, len(lines)) if not lines[i]), len(lines))
        later = (i for i in range(start + 1, end)
                 if lines[i - 1].endswith((".", ":")) and _reads_decided(lines[i])
                 or lines[i - 1].rstrip(" -\u2013").endswith(":") and _DECIDED_ITEM.match(lines[i]))
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


# "Recommendation agreed.", "Recommendations approved as set out in the report."
_RECOMMENDATIONS_AGREED = re.compile(r"(?:the )?recommendations? (?:(?:was|were) )?(?:agreed|approved|accepted|endorsed)\b", re.I)


def _reads_decided(line: str) -> bool:
    return bool(_THAT.match(line) or _BODY_VERB.match(line) or _VERB_FIRST.match(line)
                or _RECOMMENDATIONS_AGREED.match(line))


def _leads_in(line: str) -> bool:
    """Does a paragraph's last line lead into a list ("... agreed that:-", "Cabinet", "The
    Cabinet approved the Housing Policy" without its full stop, which the list spells out)?"""
    bare = line.rstrip(" -\u2013\u2014")
    words = bare.lower().split()
    return bare.endswith(":") or words[-1:] in (["that"], ["and"]) or (
        not bare.endswith((".", "?", "!")) and (len(words) <= 6 or _BODY_VERB.match(bare) is not None)
    )


#: Blank lines in a row where ModernGov's styled RESOLVED heading stood before copying lost it.
LOST_HEADING_GAP = 3
def opens_decision(lines: list[str]) -> bool:
    """Does the block's first paragraph read as a decision (rather than narrative)?"""
    first = next((line for line in lines if line), "")
    return bool(label(first)) or decided(first) or is_lead_in(first)


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
    neither a decision nor an item of their list.  So is a list closing the
    text after the gap, however its items are worded ("(a) Standard items on
    the agenda include ...", "(b) ..."), unless one tells what was done.
    """
    start = last = closing = None
    blank = seen = 0
    for index, line in enumerate(lines):
        if not line:
            blank += 1
            continue
        if blank >= LOST_HEADING_GAP and decided(unlabelled(line)):
            start = index
        elif blank >= LOST_HEADING_GAP and seen:
            closing = index if _closing_list(lines, index) else None
        if blank:
            last = index if blank >= LOST_HEADING_GAP and seen else None
        blank, seen = 0, 1
    if start is None and last is not None and _CLOSING_OUTCOME.match(lines[last]):
        return last, len(lines)  # "To note the report." closing the minutes, after the gap
    start = closing if start is None else start
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
    above = lines[start]
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if line and not lines[index - 1] and not (label(line) or decided(line) or carries_on(above, line)):
            if not (table_header(line) and above.endswith(":")):  # a table under the decision is its
                end = index
                break
        above = line or above
    while end > start and not lines[end - 1]:
        end -= 1
    return start, end


#: Labels a list starts from.
_FIRST_LABELS = {"a", "A", "1", "i", "I"}


def _closing_list(lines: list[str], start: int) -> bool:
    """Do the lines from ``start`` to the end make one list of two items or more, opening
    at its first label, none of them told in the past tense ("(b) Members asked ...")?"""
    first = label(lines[start])
    if first is None or first[0] not in _FIRST_LABELS:
        return False
    count = 0
    for line in lines[start:]:
        found = label(line) if line else None
        if line and found is None:
            return False
        if found and found[1] == first[1]:
            count += 1
            if past_tense(found[2]) and not _PASSIVE.search(found[2]):
                return False
    return count > 1


# "A site visit is arranged", "sessions are arranged": the present passive, not the past.
_PASSIVE = re.compile(r"^(?:\S+ ){0,6}?(?:is|are|be) [a-z]+ed\b")


# The outcome a lost heading left as the minutes' last paragraph: "To note the report.",
# "The minutes of the last meeting were agreed as a correct record."
_CLOSING_OUTCOME = re.compile(
    r"to (?:note|approve|agree|adopt|endorse|accept|receive|confirm)\b"
    r"|[^.;:]{1,200}? (?:was|were) (?:(?:duly|unanimously) )?"
    r"(?:agreed|approved|noted|adopted|endorsed|confirmed|accepted|received) as\b",
    re.I,
)


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


# "Having considered the report, the Mayor agreed the recommendations set out below:": who decided
# and their verb, however long the narrative before them.
_DECIDER_VERB = re.compile(
    r"\b(?:mayor|leader|cabinet|cabinet member|portfolio holder|committee|sub-committee|council|board"
    r"|panel|executive|members|forum|commission)\b(?: [a-z]+){0,3}? (?:agreed|resolved|decided|approved)\b",
    re.I,
)


def _decider_lead_in(line: str) -> bool:
    return line.endswith(":") and len(line) < 400 and not label(line) and _DECIDER_VERB.search(line) is not None


def _short_lead_in(line: str) -> bool:
    """Is the line above a lost-heading decision its lead-in, rather than narrative ending in ":"?"""
    short = line.count(" ") < MAX_LEAD_IN_WORDS or _THAT.match(line) is not None
    return line.endswith(":") and len(line) < 200 and short and not label(line)
