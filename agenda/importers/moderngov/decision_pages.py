"""What a decision's own page tells the reader.

ModernGov's "Decision details" page opens with fields ("Decision Maker:",
"Decision status:", "Is Key decision?:"), then shows the decision's purpose,
the decision and its reasons under headings that copying often loses.  A
forward plan's issue page looks alike but holds a decision still to be made.
"""

from __future__ import annotations

import re

from .lines import decided as reads_as_decision, label, past_tense, render, section_heading
from .markers import detail
from .resolutions import DECIDED_BY, RECOMMENDED_LINE
from .segments import Segment
from .unmarked import LOST_HEADING_GAP, opens_decision


def before_reasons(body: list[str], start: int, end: int) -> tuple[int, int]:
    """(start, end) of a decision found without its heading on a decision's page.

    When the closing paragraph does not read as a decision but one above it
    does ("That the policy be adopted." then "To ensure ..."), the closing
    paragraphs are the reasons, whose heading was lost too: the decision is
    the paragraph that reads as one, with the decision paragraphs above it.
    A page copied with single line breaks has a line for each paragraph: its
    decision ends at the first line after a full one that neither reads as a
    decision nor is an item of its list (the reasons, the options rejected).
    """
    start, end = _extent(body, start, end)
    if end - start > 1 and all(body[start:end]):
        end = next((i for i in range(start + 1, end) if body[i - 1].endswith((".", ";", ":", "!", "?"))
                    and (section_heading(body[i]) and body[i - 1].endswith(".")
                         or not (label(body[i]) or _reads_decided(body[i])))), end)  # else a wrapped line
    # "Further Action Required:" below the decision opens a section of its own
    end = next((i for i in range(start + 1, end) if section_heading(body[i])), end)
    return start, end


def _extent(body: list[str], start: int, end: int) -> tuple[int, int]:
    if label(body[start]):
        return start, end
    index = start
    while index >= 0 and not _reads_decided(body[index]):
        above = index - 1
        while above >= 0 and not body[above]:
            above -= 1
        while above > 0 and body[above - 1]:
            above -= 1  # the top of the paragraph above
        index = above
    if index < 0 or index == start:
        return _decided_above(body, start), end
    stop = next((i for i in range(index, end) if not body[i]), end)
    return _decided_above(body, index), stop


# "Approved the revised scheme.": a decision opening with its verb.
_VERB_FIRST = re.compile(r"(?:approved|agreed|noted|endorsed|adopted|authori[sz]ed|delegated|resolved)\b", re.I)


def _reads_decided(line: str) -> bool:
    return bool(opens_decision([line]) or DECIDED_BY.match(line) or _VERB_FIRST.match(line))


def _decided_above(body: list[str], start: int) -> int:
    """Where the run of decision paragraphs ending with the one at ``start`` begins: paragraphs
    above it that say who decided what ("The Leader approved ...") are the decision too."""
    while True:
        above = start - 1
        while above >= 0 and not body[above]:
            above -= 1
        paragraph = above
        while paragraph > 0 and body[paragraph - 1]:
            paragraph -= 1
        if above < 0 or not DECIDED_BY.match(body[paragraph]):
            return start
        start = paragraph


_DECISION_FIELDS = (
    "decision maker", "decision status", "is key decision", "key decision", "is subject to call",
)


def decision_field(line: str) -> bool:
    """Is the line one of a decision page's opening fields ("Decision Maker: Cabinet")?  A page
    copied from there down lost only its title."""
    found = detail(line)
    return found is not None and found[0].lower().startswith(_DECISION_FIELDS)


def opens_with_fields(parts: list[Segment]) -> bool:
    """Does the page open with a decision's fields ("Decision Maker:", "Is Key decision?:")?"""
    for part in parts[1:]:
        if part.kind != "detail":
            return False
        if part.label.lower().startswith(_DECISION_FIELDS):
            return True
    return False


_MADE = re.compile(r".{0,40}\b(?:approved|made|agreed|adopted|taken|noted|endorsed)\b", re.I)


def decided(details: list[tuple[str, str]]) -> bool:
    """Do the page's fields make it the page of a decision already made ("Decision status:
    Recommendations Approved", "Date of decision:", "Decided at meeting:")?  A forward plan's
    issue page ("Decision due:") holds only the purpose."""
    for name, value in details:
        name = name.lower()
        if name.startswith(("date of decision", "decision date", "decided at meeting")):
            return True
        if name.startswith("decision status") and _MADE.match(value):
            return True
    return False


def only_paragraph(lines: list[str]) -> bool:
    """Is the text one paragraph, neither narrative ("The Cabinet considered ...", past tense) nor
    a decision nor an item of a list?  Between a decision page's fields and its decision, whose
    headings copying lost, such a paragraph is the purpose, whatever its first word."""
    filled = [index for index, line in enumerate(lines) if line]
    if not filled or filled[-1] - filled[0] + 1 != len(filled):
        return False
    text = " ".join(lines[index] for index in filled)
    return not (label(lines[filled[0]]) or narrated([text]) or past_tense(text) or _reads_decided(text)
                or DECIDED_BY.match(text) or section_heading(text))


# "The Cabinet considered a report of ...": the body that decided, then how it came to decide.
_CONSIDERED = re.compile(
    r"(?:the )?(?:[\w'-]+ ){0,3}?(?:cabinet|committee|panel|board|council|executive|sub-committee|members)"
    r" (?:considered|received|noted|discussed)\b",
    re.I,
)


def narrated(lines: list[str]) -> bool:
    """Does the text above a decision tell how the body came to it ("The Cabinet considered a
    report of the Director ...") rather than give the item's purpose?"""
    first = next((line for line in lines if line), "")
    if states_purpose(lines):
        return False  # "... The purpose of this report is to update Cabinet ...": the purpose after all
    return bool(first) and _CONSIDERED.match(first) is not None


# "The purpose of this report is to ...": what the report is for, said in so many words.
_PURPOSE_SENTENCE = re.compile(r"\bthe (?:purpose|aim) of (?:this|the) (?:report|item|paper) is\b", re.I)


def states_purpose(lines: list[str]) -> bool:
    """Does the text say what the report is for ("The purpose of this report is to ...")?"""
    return any(_PURPOSE_SENTENCE.search(line) for line in lines)


def narrative_above(lines: list[str]) -> int:
    """Where the decision begins in a "Decision:" section that first tells what happened, or 0.

    ModernGov's "Decision:" field often holds the minute whole: a note in brackets ("(Report of
    the Director)", the decision's reference "(CAB 19/20 25459)"), paragraphs in the past tense
    ("The report provided an update ...", "Members commended ..."), then the decision: a
    sentence leading into its list ("..., the Cabinet Member resolved that:" over "(1) ...", or
    by its marker over the decision unlabelled) or
    one that reads as a decision ("That ...", "... be noted").  The paragraphs above it are the
    minutes'.  When any paragraph above is neither a note nor narrative (or one says who
    decided what: "The Cabinet approved ..."), the section is left whole.  A section told wholly
    as narrative decides in its last paragraph saying the recommendations were agreed ("Cabinet
    welcomed the report and considered and agreed the recommendations."), below the first.
    """
    if (marked := _recommended_line(lines)) is not None:
        return marked
    start, told = 0, False  # told: a paragraph of narrative was read above
    agreed = 0  # the last paragraph below the first telling that the recommendations were agreed
    while start < len(lines):
        while start < len(lines) and not lines[start]:
            start += 1
        if start == len(lines):
            return agreed
        end = next((i for i in range(start, len(lines)) if not lines[i]), len(lines))
        text = " ".join(lines[start:end])
        if told and _opens_the_decision(lines, text, end):
            return start
        if not _narrated(text):
            return 0
        if told and _AGREED_RECOMMENDATIONS.search(text):
            agreed = start
        start, told = end, True
    return agreed


def _recommended_line(lines: list[str]) -> int | None:
    """Where a "RECOMMENDED TO COUNCIL" line of its own, with the decision below it, stands after
    paragraphs that decide nothing ("Cllr X introduced the item.", "In a vote the following was
    agreed:"), or None."""
    for index, line in enumerate(lines):
        if line and RECOMMENDED_LINE.fullmatch(line.strip()):
            above = [text for text in lines[:index] if text]
            below = any(lines[index + 1 :])
            if below and above and not any(label(text) or reads_as_decision(text) or DECIDED_BY.match(text)
                                           for text in above):
                return index
            return None
    return None


# "Cabinet welcomed the report and considered and agreed the recommendations.": the decision of a
# "Decisions:" section told wholly as narrative, after the paragraphs telling what was considered.
_AGREED_RECOMMENDATIONS = re.compile(
    r"\b(?:agreed|approved|accepted|endorsed|supported|adopted) (?:all )?(?:the |its |these )?recommendations?\b"
    r"|\brecommendations?(?: (?:in|of) the report)? (?:was|were) (?:agreed|approved|accepted|endorsed|adopted)\b",
    re.I,
)


def _opens_the_decision(lines: list[str], text: str, end: int) -> bool:
    below = next((lines[i] for i in range(end, len(lines)) if lines[i]), "")
    bare = text.rstrip(" -\u2013\u2014").lower()
    leads = bare.endswith(":") or bare.endswith((" that", " to"))
    if leads and below and (label(below) or _MARKED_LEAD_IN.search(text)):
        return True  # "... resolved that:" over "(1) ..." or over the decision unlabelled
    return not label(text) and (reads_as_decision(text) or _RECOMMENDED_THAT.match(text) is not None)


# "RECOMMENDED to Council that ...", "RECOMMENDED TO FULL COUNCIL THAT ...": the body's recommendation,
# decided as RESOLVED is, its verb in capitals.
_RECOMMENDED_THAT = re.compile(r"(?:It was |IT WAS )?RECOMMENDED (?i:to (?:the )?(?:[a-z][\w'-]* ){0,3}?)?(?i:that)\b")


# "..., the Cabinet Member for Housing resolved that:" ending a paragraph: the decision is below it.
_MARKED_LEAD_IN = re.compile(r"\b(?:resolved|agreed|decided)(?: that)? ?: ?$", re.I)


def _narrated(text: str) -> bool:
    """Is the paragraph a note in brackets, or narrative: a whole sentence in the past tense that
    neither reads as a decision nor says who decided what?"""
    if text.startswith("(") and text.endswith((")", ").")):
        return True
    return (text.endswith((".", "!", "?")) and past_tense(text) and not label(text) and not reads_as_decision(text)
            and not DECIDED_BY.match(text) and not _VERB_FIRST.match(text))


# "Decision number:", "Decision number: 41/2018": the field over a decision on some councils' minutes.
_DECISION_NUMBER = re.compile(r"decision (?:number|no\.?) ?: ?(?P<number>\d{1,4}(?:/\d{2,4})?)?", re.I)


def numbered_decision(lines: list[str]) -> tuple[str, int, int, int, int] | None:
    """(number, field, start, end, reason end) of a decision under a "Decision number:" field
    whose "Decision:" and "Reasons:" headings copying lost, or None; the number is the one the
    field gives ("" when none).

    The decision is the first paragraph after the field; the paragraph after it is its
    reasons (``end`` to ``reason end``, empty when there is none) unless it is the minutes'
    narrative in the past tense ("The Chair thanked ...") or a list.
    """
    found = next(((i, m) for i, line in enumerate(lines) if (m := _DECISION_NUMBER.fullmatch(line))), None)
    if found is None:
        return None
    field, number = found[0], found[1]["number"] or ""
    start = next((i for i in range(field + 1, len(lines)) if lines[i]), None)
    if start is None or label(lines[start]) or _DECISION_NUMBER.fullmatch(lines[start]):
        return None
    end = next((i for i in range(start, len(lines)) if not lines[i]), len(lines))
    after = next((i for i in range(end, len(lines)) if lines[i]), len(lines))
    if after == len(lines) or label(lines[after]) or past_tense(lines[after]):
        return number, field, start, end, end
    return number, field, start, end, next((i for i in range(after, len(lines)) if not lines[i]), len(lines))


def reasons_under_headings(above: list[str], lines: list[str], end: int) -> int:
    """Where the reasons end after a decision (``lines[:end]``) read under a "Decision:" heading
    that follows a "Decision number:" field, the headings of a table over the decision's number
    and text whose "Reasons:" heading copying lost: the paragraph after the decision, as under
    the field alone (see :func:`numbered_decision`), unless it is the minutes' narrative in the
    past tense or a list.  ``end`` when there is none or the field is not straight ``above``."""
    field = next((line for line in reversed(above) if line), "")  # blank lines only are passed over
    if not _DECISION_NUMBER.fullmatch(field):
        return end
    after = next((i for i in range(end, len(lines)) if lines[i]), len(lines))
    if after == len(lines) or label(lines[after]) or past_tense(lines[after]):
        return end
    return next((i for i in range(after, len(lines)) if not lines[i]), len(lines))


def reasons_after_list(body: list[str], start: int, end: int) -> int | None:
    """Where a decision's list ends when its reasons, their heading lost, follow it on an
    "Issue - decisions" page: after the list's last item, closed with its full stop, a gap wider
    than any between its items (the lost heading's, of three blank lines or more) and only
    paragraphs that neither are items nor read as a decision.  None when the shape is not plain."""
    if not label(body[start]):
        return None
    widest = blank = 0
    last_item = gap_start = None
    for index in range(start, end):
        line = body[index]
        if not line:
            blank += 1
            continue
        if label(line):
            if gap_start is not None:
                return None  # an item after the gap: still the list
            if last_item is not None:
                widest = max(widest, blank)  # the gap between two items
            last_item = index
        elif blank >= max(LOST_HEADING_GAP, widest + 1) and last_item is not None and gap_start is None:
            if not body[index - blank - 1].endswith(".") or _reads_decided(line):
                return None
            gap_start = index - blank
        elif gap_start is not None and _reads_decided(line):
            return None
        blank = 0
    return gap_start


# The options rejected, their heading lost: "Do nothing - ...", "None", "There have been no
# alternative options considered."
_OPTIONS_REJECTED = re.compile(
    r"(?:do nothing|there (?:have been|has been|were|was|are|is) no (?:other |alternative |further )*options?"
    r"|no (?:other |alternative |further )+options?)\b|none\.?$",
    re.I,
)


def reasons_after_gap(body: list[str], start: int, end: int):
    """(body, decision end, reasons) of a decision's page spaced by gaps of empty lines, whose
    reasons and options rejected lost their headings after the decision's list (see
    :func:`reasons_after_list`): the options are left in the body, after the decision; or None."""
    gap = reasons_after_list(body, start, end)
    if gap is None:
        return None
    stop = gap + options_start(body[gap:end])
    return [*body[:gap], "", *body[stop:]], gap, [(render(body[gap:stop]), False)]


# "The option of keeping ... was rejected ...": the options rejected, told in a sentence.
_OPTION_TOLD = re.compile(r"the (?:other |alternative )?options? (?:of|to)\b", re.I)


def options_start(lines: list[str]) -> int:
    """Where the options rejected begin in the paragraphs read as reasons after a lost heading
    (a paragraph "The option of ... was rejected ..." or "Do nothing - ..." below the first), or
    the end."""
    for index in range(1, len(lines)):
        line = lines[index]
        if line and not lines[index - 1] and (
            _OPTIONS_REJECTED.match(line) or (_OPTION_TOLD.match(line) and "rejected" in line.lower())
        ):
            return index
    return len(lines)


def reasons_before_options(lines: list[str]) -> int | None:
    """Where the reasons end on a decision's page that lost its headings, its text copied a line
    a paragraph: the line after the decision is its reasons when the options rejected follow
    it; None otherwise."""
    filled = [index for index, line in enumerate(lines) if line][:2]
    if len(filled) < 2 or label(lines[filled[0]]) or _OPTIONS_REJECTED.match(lines[filled[0]]):
        return None
    return filled[1] if _OPTIONS_REJECTED.match(lines[filled[1]]) else None


def reasons_above_options(lines: list[str], end: int) -> tuple[int, int] | None:
    """(start, end) of the reasons of a decision ending at ``end``, on its page copied a line a
    paragraph that lost its headings: the line over the options rejected ("Do nothing - ..."),
    below a line of the decision closed by its punctuation; None otherwise."""
    options = next((i for i in range(2, min(end + 2, len(lines))) if _OPTIONS_REJECTED.match(lines[i])), None)
    if options is None or not all(lines[options - 2 : options]) or label(lines[options - 1]):
        return None
    return (options - 1, options) if lines[options - 2].endswith((".", ";", ":")) else None


# "It is right and proper ...", "It is important that ...": reasoning, never a decision.
_REASONING = re.compile(
    r"it is (?:\w+ ){0,2}?(?:right|important|necessary|essential|vital|appropriate|proper|expedient)\b", re.I
)
# "To adopt the policy ...": the decision, in the infinitive, on a page that lost its heading.
_TO_VERB = re.compile(r"To [a-z]+\b")
# "Other options considered and rejected by the Executive:": the label over the options, kept.
_OPTIONS_LABEL = re.compile(r"(?:other|alternative) options?\b.{0,80}:", re.I)


def reasoned_below(body: list[str], start: int):
    """(description, blocks, reasons, minutes) of a decision's page that lost its headings, where the
    decision found (``start``) is reasoning ("It is right and proper ..."): the one "To ..." sentence
    above it is the decision, and the paragraphs down to the options' label are its reasons; or None."""
    above = [index for index in range(start) if body[index]]
    if not _REASONING.match(body[start]) or len(above) != 1:
        return None
    decision = above[0]
    if not (_TO_VERB.match(body[decision]) and body[decision].endswith(".")):
        return None
    stop = next((i for i in range(start, len(body)) if body[i] and _OPTIONS_LABEL.fullmatch(body[i])), None)
    if stop is None and all(_REASONING.match(line) for line in body[start:] if line):
        stop = len(body)  # the options' label read as a field of its own
    if stop is None or any(label(line) for line in body[start:stop]):
        return None
    return [], [(body[decision : decision + 1], False)], [(render(body[start:stop]), False)], body[stop:]
