"""The first line of a page copied without its title: the minutes' narrative or the agenda's
purpose, which the reader must not take for the title."""

from __future__ import annotations

import re

from . import decision_pages, markers, unmarked
from . import purpose as agenda_text
from .lines import THAT, label, past_tense

#: A first line of narrative this long or longer is a sentence of the minutes, not a title.
MIN_NARRATIVE_WORDS = 20
# "..., the group had recommended that ...": a verb in the past tense of the minutes
_FINITE_PAST = re.compile(r"\b(?:had|was|were)\b", re.I)
# "The Board to receive ...", "The Committee to consider ...": a body, then what it is to do
_BODY_TO = re.compile(
    r"(?:the )?(?:[\w'-]+ ){0,3}?(?:cabinet|committee|panel|board|council|executive|sub-committee|members)"
    r" to (?:receive|consider|note|approve|agree|review|discuss|endorse|comment|scrutinise)\b",
    re.I,
)
# "To approve as a correct record ...", "To note the report ...": the agenda's purpose, in the infinitive
_INFINITIVE = re.compile(
    r"to (?:receive|consider|note|approve|agree|review|discuss|endorse|comment|scrutinise|adopt|confirm"
    r"|determine|elect|appoint|authorise)\b",
    re.I,
)


def broken_narrative(lines: list[str], index: int) -> bool:
    """Is the line the narrative's opening ("The Board considered a report of ...") broken
    mid-sentence, the sentence going on straight below it?"""
    line, below = lines[index], lines[index + 1] if index + 1 < len(lines) else ""
    return (bool(below) and not line.endswith((".", "!", "?", ":", ";")) and decision_pages.narrated([line])
            and heading_name(below) is None)


def narrative_sentence(lines: list[str], index: int) -> bool:
    """Is the line a whole sentence of the minutes' narrative ("Councillor X introduced the report
    of ..., which sought approval of:", "Arising from a report ..., the group had recommended
    ..."), too long to be a title, with more text below it?"""
    line = lines[index]
    told = decision_pages.narrated([line]) or past_tense(line) or _FINITE_PAST.search(line) is not None
    return (told and line.endswith((".", ":")) and len(line.split()) >= MIN_NARRATIVE_WORDS
            and any(lines[index + 1 :]))


def purpose_line(lines: list[str], index: int) -> bool:
    """Is the line the agenda's one sentence of purpose ("The Panel to receive the report.", "To
    approve as a correct record the minutes of ..."), or a long sentence of agenda text of any
    wording ("The Director to submit a report to approve ... .", "The report is to be considered by
    the Cabinet on ... ."), a whole sentence set apart, with paragraphs of the minutes below it?"""
    line, below = lines[index], lines[index + 1 : index + 2]
    purpose = _BODY_TO.match(line) is not None or _INFINITIVE.match(line) is not None or (
        len(line.split()) >= MIN_NARRATIVE_WORDS and agenda_text.opens(line))  # "The Director to submit a report ..."
    return (line.endswith(".") and purpose and below == [""]
            and any(lines[index + 2 :]))


# "(copy enclosed)", "is attached", "the above application": agenda text pointing at the item's
# papers or at the heading above it, as a title never does
_POINTS_AT_PAPERS = re.compile(
    r"\b(?:attached|enclosed|appended|circulated|herewith|to follow)\b|\bthe above\b", re.I
)


def agenda_sentence(lines: list[str], index: int) -> bool:
    """Is the line a whole sentence of the agenda's text that points at the item's papers or at
    the title above it ("To consider a report by ... (copy enclosed) ...", "The report of the
    Director is attached.", "To determine the above application."), with more text below it?"""
    line = lines[index]
    return (line.endswith(".") and _POINTS_AT_PAPERS.search(line) is not None and not THAT.match(line)
            and not decision_pages.narrated([line]) and not past_tense(line) and _FINITE_PAST.search(line) is None
            and any(lines[index + 1 :]))


# "A report providing the Panel with ...", "The Director's report set out ...": what the report does,
# told in a sentence, as a title never is
_REPORT_DOES = re.compile(
    r"(?:an? |the |this )(?:[\w'\u2019-]+ ){0,3}?report (?:provid|set|seek|sought|present|outlin|inform|updat"
    r"|ask|request|invit|propos|giv|gave|detail|describ|explain|summaris|summariz|recommend)\w{0,4}\b",
    re.I,
)


def report_sentence(lines: list[str], index: int) -> bool:
    """Is the line a whole sentence telling what the report does ("A report providing the Panel
    with a response to ... .", "The Director's report set out a proposal ... ."), with more text
    below it?  A title never tells what a report does: the title was lost."""
    line = lines[index]
    return line.endswith(".") and _REPORT_DOES.match(line) is not None and any(lines[index + 1 :])


#: A first line ending in a full stop, this many words or more, with a paragraph under it, is text.
MIN_UNHEADED_SENTENCE_WORDS = 6
#: A paragraph under it has at least this many words.
MIN_PARAGRAPH_WORDS = 8


def unheaded_sentence(lines: list[str], index: int, headed: bool) -> bool:
    """Is the line, on a page copied without its "Agenda item" heading (``headed``), a sentence ending in a full
    stop ("To receive and consider a letter from ... .") with a paragraph of text straight under
    it ("The County Council has made an order ...")?  The page's text starts at the line; its
    title was lost.  A title over the "Minutes:" heading or a list keeps its full stop."""
    line = lines[index]
    below = lines[index + 1] if index + 1 < len(lines) else ""
    return (not headed and line.endswith(".") and not line.endswith(("etc.", "Ltd.", "Co.", "St."))
            and len(line.split()) >= MIN_UNHEADED_SENTENCE_WORDS and not THAT.match(line)
            and len(below.split()) >= MIN_PARAGRAPH_WORDS and below[:1].isupper()
            and below.endswith((".", ":")) and heading_name(below) is None and label(below) is None)


#: Each sentence of a paragraph where the title should be has at least this many words.
MIN_SENTENCE_WORDS = 8
# a sentence's full stop, then the next sentence's capital: not "St. Anne's" nor "No. 5"
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)\u2019'])\. (?=[A-Z])")


def paragraph(lines: list[str], index: int) -> bool:
    """Is the line a paragraph of two whole sentences or more ("This report sets out ... .
    Members are asked to ..."), with more text below it?  A title is never two sentences."""
    line = lines[index]
    sentences = _SENTENCE_BREAK.split(line)
    return (line.endswith(".") and len(sentences) > 1 and not THAT.match(line)
            and all(len(sentence.split()) >= MIN_SENTENCE_WORDS for sentence in sentences)
            and any(lines[index + 1 :]))


def presenter_line(line: str) -> bool:
    """Is the line the agenda's note of who presents the item ("[Jo Bell, Head of Finance, to
    present report]", "Gwen Pryce, Head of Legal Services to present the report.")?  A title never
    is: the line is the page's text, its title lost."""
    return "to present" in line.lower() and markers.presenter(line) is not None


def lead_in(lines: list[str], index: int) -> bool:
    """Does the line lead into a list below it ("To receive the notes of the following
    meetings:" over bullets, "The Executive has:" over "(a) approved ...")?  A title never does:
    the line is the page's text, its title lost."""
    line = lines[index]
    below = next((other for other in lines[index + 1 :] if other), "")
    return (line.endswith(":") and line[:1].isalpha() and label(line) is None and len(line.split()) > 1
            and label(below) is not None)


def narrated_decision(line: str) -> bool:
    """Is the line the minutes' sentence telling the decision ("The Executive considered the
    report and RESOLVED to ..."), its narrative before the marker, not a heading?"""
    found = markers.decision(line)
    if found is None or not found[1] or line.rfind(found[1]) <= 0:
        return False
    # the words before the marker, without an "and it was" leading into it
    words = line[: line.rfind(found[1])].split()[:-1]
    while words and words[-1].lower().strip(",") in ("it", "was", "and", "whereupon", "then"):
        words.pop()
    before = " ".join(words)
    return len(words) >= 3 and (decision_pages.narrated([before]) or past_tense(before))


def minutes_then_decision(lines: list[str], index: int) -> bool:
    """Is the line the item's "Minutes:" heading with a decision below it ("Decisions:", RESOLVED,
    AGREED): the item's page copied from its minutes down, its title and agenda text lost?"""
    return (markers.minutes_heading(lines[index], strict=True) is not None
            and any(markers.decision(line) is not None for line in lines[index + 1 :] if line))


def minutes_without_decision(body: list[str], resolutions: list) -> bool:
    """Was a text taken for an item copied from its "Minutes:" heading down read without a decision
    in words of its own (only a marker's "that" left), so no item after all?"""
    return (bool(body) and minutes_then_decision(body, 0)
            and not any(len(resolution.text.split()) > 1 for resolution in resolutions))


def heading_name(line: str) -> str | None:
    """What a heading or field where the title should be is ("'Minutes:' heading"), or None."""
    minutes = markers.minutes_heading(line, strict=True)
    if minutes is not None:
        return "'Minutes:' heading"
    if markers.decision(line) is not None:
        return "decision marker"
    if markers.reason_heading(line) is not None:
        return "'Reason for Decision:' heading"
    if markers.documents_heading(line) is not None:
        return "'Supporting documents:' heading"
    if markers.detail(line) is not None:
        return f"'{line.split(':')[0]}:' field"
    return None


# "Endorses the revised policy ...", "Approves ...": what the body decides, in the present tense
_DECIDES = re.compile(unmarked.PRESENT_DECIDING_VERB, re.I)
# How a list item closes, where a title never does: "...;", "...; and", "..., and", "... ."
_ITEM_CLOSES = (";", "; and", ";and", "; or", ", and", ".")


def decision_list(lines: list[str], index: int) -> bool:
    """Does the page open inside its decision list ("i. Endorses the revised policy ...; and" over
    "ii. Approves ...")?  The labelled item is not a title: the page's title was lost."""
    found = label(lines[index])
    if found is None or not lines[index].endswith(_ITEM_CLOSES):
        return False
    below = next((other for other in lines[index + 1 :] if other), "")
    following = label(below) if below else None
    text = found[2]
    return (following is not None and following[1].split(":")[0] == found[1].split(":")[0]
            and (bool(THAT.match(text)) or _DECIDES.match(text) is not None))


# Words a sentence runs on from, as a title never ends: "To consider the report of the Head of".
_RUNS_ON = frozenset("of to the a an and or for in on by with from at as that".split())
#: How many lines a sentence broken after every few words may run over.
_MAX_BROKEN_LINES = 10


def broken_sentence(lines: list[str], index: int) -> int | None:
    """Where the sentence ends that the line starts, broken mid-way ("Approval to" / "passport the
    additional monies ... ."), ending on a word a title never ends on, the sentence going on
    below it to its full stop; or None."""
    line = lines[index]
    if not line.split() or line.split()[-1].lower() not in _RUNS_ON or line.endswith((".", ":", ";")):
        return None
    for end, below in enumerate(lines[index + 1 : index + 1 + _MAX_BROKEN_LINES], start=index + 2):
        if not below or heading_name(below) is not None or label(below) or markers.detail(below) is not None:
            return None
        if below.endswith("."):
            return end
    return None
