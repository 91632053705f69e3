"""Headings and decision markers, recognised on one normalised line.

A decision marker may open a line ("RESOLVED:", "RESOLVED (unanimously)
that", "AGREED -", "Decision:") or sit inside it ("After discussion it was
RESOLVED that ...", "The Committee RESOLVED to ...").  Inside a line it is
not a marker when quoted (an amendment quoting an earlier minute) or when
the words before it report an earlier decision ("minute 23, which RESOLVED
that ...").  RECOMMENDED and RECOMMENDATION never mark a decision here: an
agenda's "RECOMMENDED: That the Committee ..." is the officers' advice (a
closing "RECOMMENDED to Council ..." in the minutes is read as a decision by
``unmarked.closing_decision``).
"""

from __future__ import annotations

import re

from . import label_marks

_SEP = r" ?[:\-\u2013\u2014]{1,2} ?"
_MINUTES = re.compile(rf"(?:minutes|cofnodion)(?:{_SEP}(?P<rest>.*))?", re.I)
_REASON = re.compile(
    r"(?:(?:alternative |other )?options considered ?(?:/|and|&) ?)?(?:the )?reasons?(?:\(s\))?"
    r"(?: for (?:(?:making|taking|reaching) )?(?:the )?(?:decisions?|recommendations?|resolutions?))?"
    rf"(?P<sep>{_SEP}(?P<rest>.*))?",
    re.I,
)
# "The above decision has been made for the following reasons:": the heading over the reasons.
_REASONS_FOLLOW = re.compile(
    r"(?:the )?(?:above |this |these )?(?:decisions?|resolutions?) (?:has|have) been (?:made|taken|reached)"
    r" for the following reasons? ?: ?(?P<rest>.*)",
    re.I,
)
_DOCUMENTS = re.compile(
    rf"(?:supporting|accompanying|additional|background) (?:documents?|papers?)(?:{_SEP}(?P<rest>.*))?"
    rf"|dogfennau ategol(?:{_SEP}(?P<wrest>.*))?",
    re.I,
)
# "Purpose:", and "The subject of the decision:", the heading some sites give a decision's purpose.
_PURPOSE = re.compile(
    rf"(?:purpose(?: of (?:the |this )?(?:report|item|paper))?|(?:the )?subject of (?:the |this )?decision)"
    rf"(?:{_SEP}(?P<rest>.*))?",
    re.I,
)
_DECISION = re.compile(
    r"(?:the )?(?:decisions?|resolutions?|penderfyniad)(?: (?:taken|made|agreed))?"
    rf"(?:(?P<sep>{_SEP})(?P<rest>.*))?",
    re.I,
)
# "Outcome:", the heading some ModernGov sites give the decision; only with its colon, as the
# word alone or with a dash opens ordinary sentences ("Outcome - the Board then ...").
_OUTCOME = re.compile(r"outcome ?: ?(?P<rest>.*)", re.I)
# "DETERMINATION:", a licensing committee's heading over its decision; only with its colon, as
# "Determination of the application" titles an item.
_DETERMINATION = re.compile(r"determination ?: ?(?P<rest>.*)", re.I)
# Labelled fields of ModernGov's decision and issue pages, kept as details.
_DETAIL = re.compile(
    r"(?P<label>decision makers?|decision (?:status|type)|(?:is )?key decision\??"
    r"|(?:is )?subject to call[- ]in\??|(?:is )?eligible for call[- ]in\??|call[- ]in (?:deadline|expiry(?: date)?|period)"
    r"|(?:any )?alternative options?(?: considered| rejected)?(?: (?:and|but) rejected)?|other options?(?: considered)?(?: (?:and|but) rejected)?"
    r"|interests and nature of interests declared|dispensations? granted"
    r"|conflicts? of interests?(?: ?(?:/|and|or) ?dispensations?(?: granted)?)?"
    r"|declarations? of interests?(?: by decision makers?)?"
    r"|publication date|date of publication|date of decision|decision date|decided at meeting"
    r"|effective from|implementation date|lead officers?|lead members?|portfolio holders?|portfolios?"
    r"|report authors?|wards? affected|status|forward plan reference|reference|reason key"
    r"|consultees|notice of proposed decision first published|anticipated restriction|restriction"
    r"|urgent item\??|exempt|department|directorate|decision due|originating officer"
    r"|implemented by|implementation timetable|report title|action by"
    r"|(?:responsible |lead )?(?:cabinet|executive) (?:members?|portfolio holders?)(?: responsible)?)"
    r"(?:(?P<sep> ?[:\-\u2013\u2014] ?)(?P<rest>.*))?",
    re.I,
)
# Labels too common as ordinary words to be read without their colon.
_DETAIL_NEEDS_COLON = {
    "status", "reference", "report title", "exempt", "department", "directorate", "portfolio", "portfolios",
    "restriction", "consultees", "urgent item", "conflict of interest", "conflicts of interest",
    "declaration of interest", "declarations of interest", "declaration of interests", "declarations of interests",
    "other option", "other options", "urgent item?", "key decision", "key decision?",
    "action by",
}
_PRESENTER = re.compile(
    r"\[(?P<who>[^\[\]]+)\]"
    # "Report to be presented by Jo Bell, Chair of ...", "To be presented by ...": the agenda's own words
    r"|(?P<intro>(?:(?:report|item|paper|presentation|update) )?(?:to be )?presented by|presenters?"
    r"|presenting officers?|officers? presenting)(?P<colon> ?: ?| )(?P<named>.+)"
    # "Reporting Person – Jo Bloggs", "Reporting Officer: Head of Housing": who reports the item
    r"|reporting (?:person|officer|member|councillor)s?(?: ?[:\-\u2013\u2014] ?)(?P<reporting>\S.*)"
    # "Councillor Dee Shah, Cabinet Member for Leisure, to present the report." without its brackets
    r"|(?P<listed>(?:councillor|cllr|the|mr|mrs|ms|miss|dr|professor)\b[^\[\]]{1,150}?, to present"
    r"(?: (?:the|this|their|his|her) (?:report|item|update|presentation))?)\.?"
    # "Gwen Pryce, Head of Legal Services to present the report.": a name, then the person's post
    r"|(?P<posted>(?-i:[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,3}), [^\[\],.;:]{2,100}?,? to present"
    r"(?: (?:the|this|their|his|her) (?:report|item|update|presentation))?)\.?",
    re.I,
)
# "[Report to follow]", "[Pages 5 - 20]", "[See also under Part B]", "[Call-in does not apply]"
# are notes in brackets, not who presents; "[To approve the sale of ...]" is the item's purpose.
_NOT_A_PRESENTER = re.compile(
    r"(?:report|pages?|appendi(?:x|ces)|to follow|exempt|verbal|papers?|items?|attached|to be"
    r"|copy|minutes|presentation|enclosures?|restricted|private|not for publication|part|see|call[- ]?in"
    r"|to (?!present)[a-z]+)\b",
    re.I,
)

# "[The decisions on this item can be called in by the Scrutiny Panel]": who may call it in, not who presents.
_CALL_IN = re.compile(r"\[[^\[\]]{0,300}?\bcall(?:ed)?[- ]in\b[^\[\]]{0,300}\]\.?", re.I)
# "[Local Government Act 1972: Schedule 2, Paragraph 3(1)]": a citation of the law, not who presents.
_STATUTE = re.compile(r"\b(?:act|regulations|order|rules|measure) \d{4}\b", re.I)
# "(Head of Planning) To consider ...": the role in brackets that opens agenda text.
_BRACKETED_ROLE = re.compile(r"\((?P<who>[A-Z][^()\d]{2,100}?)\) (?P<rest>\S.*)")
_ROLE_JOINER = {"of", "and", "for", "the", "&", "to"}
# The word that makes it a person's role: "(Key Decision) To approve ..." names no one.
_ROLE_WORD = re.compile(
    r"\b(?:manager|officer|director|head|chief|members?|councillor|cllr|leader|clerk|solicitor|secretary"
    r"|chair(?:man|person)?|mayor|holder|treasurer|accountant|advis[eo]r|co-?ordinator|lawyer|inspector"
    r"|commissioner|controller|planner|engineer|surveyor|auditor|analyst|lead)\b",
    re.I,
)

_MAX_CANDIDATES = 3
_WORD = re.compile(r"\b(?:resolved|agreed|decided|penderfynwyd|cytunwyd)\b", re.I)
_AFTER = re.compile(
    # "(unanimously)", "(on a motion from Cllr X, seconded by Cllr Y and carried nem con)" qualify
    # the marker; "(A)" or "(1)" is the first resolution's label.
    r" ?(?:\((?!(?:[a-z]|\d{1,3}|[ivx]{1,6})\))(?P<qual>[^()]{1,200})\) ?"
    r"|(?P<adv>unanimously|by consensus|nem\.? ?con\.?|by (?:a )?majority"
    r"|by \d{1,3} votes? to \d{1,3}(?: with \d{1,3} abstentions?)?) ?)?"
    r"(?P<sep>[:\-\u2013\u2014.,;]{1,2})? ?(?P<rest>.*)",
    re.I,
)
# A minute's paragraph number ("17.4") before its text.
_PARAGRAPH_NUMBER = re.compile(r"\d{1,3}\.\d{1,3}\.?")
_LEADING_QUALIFIER = re.compile(r"\((?:unanimously|by consensus|nem\.? ?con\.?)\) ?", re.I)
_THAT_DASH = re.compile(r"(that) ?[\-\u2013\u2014] ?", re.I)
_THAT_OR_TO = re.compile(r"(?:that|to|as follows)\b", re.I)
# Words before a mid-line marker that report someone else's or an earlier decision.
_REPORTED = {
    "which", "had", "has", "have", "minute", "minutes", "previously", "been", "when", "where",
    "if", "whether", "not", "would", "could", "should", "earlier", "originally", "last", "quoted",
    "once", "already", "formerly", "being", "were",
}
# Who may resolve in lower case ("the Panel resolved to ..."); anything else is prose.
_BODIES = {
    "was", "committee", "sub-committee", "subcommittee", "panel", "cabinet", "board", "council",
    "members", "forum", "commission", "executive", "group", "meeting", "councillors", "governors",
    "partnership", "assembly", "it", "authority", "we",
}
_ADVERBS = {"unanimously", "further", "also", "then", "therefore", "accordingly", "thereupon", "duly"}


def minutes_heading(line: str, strict: bool) -> str | None:
    """The text after a "Minutes:" heading ("" when none), or None.

    Once the narrative has begun (``strict``) only "Minutes:" with its colon
    counts: a bare "Minutes" line is then ordinary text.
    """
    m = _MINUTES.fullmatch(line)
    if not m or (strict and m["rest"] is None):
        return None
    return m["rest"] or ""


def reason_heading(line: str) -> str | None:
    """The text after "Reason for Decision:" ("" when none), or None.

    "Reasons" needs a colon, or a line to itself (a licensing decision's heading);
    in capitals a dash will do ("REASON – To comply with the Constitution.").
    """
    follow = _REASONS_FOLLOW.fullmatch(line)
    if follow:
        return follow["rest"]
    m = _REASON.fullmatch(line)
    alone = line.lower() in ("reason", "reasons", "reason(s)")
    headed = m and m["sep"] and (":" in m["sep"] or line[:6].isupper())
    if not m or (" for " not in line[:40].lower() and not headed and not alone):
        return None
    return m["rest"] or ""


# "Implementation of Decisions:", "Conflict of Interest:": a section heading in title case.
_SECTION = re.compile(r"(?P<name>[A-Z][\w'()/,&-]*(?: [\w'()/,&-]+){0,5}) ?:")


def section_heading(line: str) -> str | None:
    """The name of a short title-case heading ending in ":" (not a "That ...:" lead-in), or None."""
    m = _SECTION.fullmatch(line)
    if not m or m["name"].split()[0].lower() in ("that", "to", "the", "it", "we"):
        return None
    if any(len(word) > 3 and not word[:1].isupper() for word in m["name"].split()):
        return None
    return m["name"]


def documents_heading(line: str) -> str | None:
    m = _DOCUMENTS.fullmatch(line)
    if not m:
        return None
    return m["rest"] or m["wrest"] or ""


def purpose_heading(line: str) -> str | None:
    m = _PURPOSE.fullmatch(line)
    bare = ("purpose", "purpose of report", "purpose of the report")
    if not m or (m["rest"] is None and line.lower() not in bare):
        return None
    return m["rest"] or ""


# "Cabinet Member: Councillor X": the member responsible for the item, a field only with its
# colon, and only among a page's opening fields ("Cabinet Member: ..." in the minutes answers a question).
_MEMBER_FIELD = re.compile(r"(?:responsible |lead )?(?:cabinet|executive) ", re.I)


# "(Relevant Portfolio Holder: Councillor X)" on a line of its own under an item's title: the member
# who leads on the item, the agenda's furniture.
_MEMBER_NOTE = re.compile(
    r"\((?:relevant |lead )?(?:portfolio holders?|lead members?|(?:cabinet|executive) members?)"
    r"(?: for [^:()]{1,120})? ?: ?(?P<who>[^()]{1,200})\)\.?",
    re.I,
)


def member_note(line: str) -> bool:
    """Is the line a note in round brackets naming the member who leads on the item?"""
    return _MEMBER_NOTE.fullmatch(line) is not None


def member_named(line: str) -> str | None:
    """The member a note in round brackets names as leading on the item ("(Relevant Portfolio
    Holder: Councillor K Wright)" gives "Councillor K Wright"), or None."""
    m = _MEMBER_NOTE.fullmatch(line)
    return m["who"].strip() if m else None


def opening_field(name: str) -> bool:
    """Is the field one read only among the page's opening text, before the minutes?"""
    return _MEMBER_FIELD.match(name) is not None


def detail(line: str, dash: bool = False) -> tuple[str, str] | None:
    """(label, inline value) of a decision page's labelled field ("Label:", or "LABEL –").

    With ``dash`` (after a "Reason for decision – ..." line) "Label – value" will do too.
    """
    m = _DETAIL.fullmatch(line)
    if not m and (plain := label_marks.unqualified(line)) is not None:
        m = _DETAIL.fullmatch(plain)  # "Decision Maker (Name and Title):", the plain label's field
    if not m or (m["rest"] is None and m["label"].lower() in _DETAIL_NEEDS_COLON):
        return None
    if opening_field(m["label"]) and ":" not in (m["sep"] or ""):
        return None
    if m["sep"] and ":" not in m["sep"] and not m["label"].isupper() and not dash:
        return None  # a dash ends only a label in capitals ("ALTERNATIVE OPTIONS CONSIDERED –")
    return m["label"], m["rest"] or ""


# "Consultation" alone on its line: a decision page's field that follows the decision.
_CLOSING_FIELD = re.compile(r"consultations?(?: undertaken| carried out)?|consultees", re.I)


def closing_field(line: str) -> str | None:
    """The name of a decision page's field written after the decision without its colon, or None."""
    return line if _CLOSING_FIELD.fullmatch(line) and line[:1].isupper() else None


def call_in_note(line: str) -> bool:
    """Is the line a note in square brackets telling who may call the decision in ("[The decisions
    on this item can be called in by the Scrutiny Panel]")?"""
    return _CALL_IN.fullmatch(line) is not None


def presenter(line: str) -> str | None:
    m = _PRESENTER.fullmatch(line)
    if not m or call_in_note(line) or (m["who"] and (_NOT_A_PRESENTER.match(m["who"].strip()) or _STATUTE.search(m["who"]))):
        return None
    if m["named"] and ":" not in m["colon"] and m["intro"].lower().endswith("presented by"):
        return m["named"].strip()  # "Presented by the Portfolio Holder": who presents, without the words leading in
    if m["posted"] and not _ROLE_WORD.search(m["posted"].split(",", 1)[1]):
        return None  # "Gwen Pryce, a friend of the museum, to present": no post named
    return (m["who"] or m["named"] or m["listed"] or m["reporting"] or m["posted"]).strip()


def role_in_brackets(line: str) -> tuple[str, str] | None:
    """(role, text after) of a line opening with a role in round brackets ("(Democratic Services
    Manager) To confirm ..."), every word of the role capitalised but its joining words and one
    naming a person's post ("Officer", "Head", "Director" ...), or None."""
    m = _BRACKETED_ROLE.match(line)
    if m is None or _NOT_A_PRESENTER.match(m["who"]) or _STATUTE.search(m["who"]):
        return None
    words = m["who"].replace(",", " ").split()
    if not all(word[:1].isupper() or word.lower() in _ROLE_JOINER for word in words) or not _ROLE_WORD.search(m["who"]):
        return None
    return m["who"].strip(), m["rest"]


# "Decision \u2013 (a) That ...", "Decision - That ...": the heading joined by a dash to the decision's
# first item or its "That ...".
_DASHED_DECISION = re.compile(r"\((?:[a-z]|\d{1,3}|[ivx]{1,6})\) |that\b", re.I)


# "Decision of Executive Councillor for Finance": the heading over an executive councillor's decision,
# the post's name often broken over the next line ("and Resources").
_DECISION_OF = re.compile(
    r"(?:the )?decision of (?:the )?(?:executive councillor|cabinet member|portfolio holder|leader)"
    r"(?: (?:for|of) [^:.;]{1,120})?",
    re.I,
)


def decision_of(line: str) -> bool:
    """Is the line the heading "Decision of (the) Executive Councillor for ..." over a decision?"""
    return line[:1].isupper() and _DECISION_OF.fullmatch(line) is not None


def decision_heading(line: str) -> str | None:
    """The text after ModernGov's "Decision:" or "Outcome:" heading ("" when none), or None."""
    if decision_of(line):
        return ""
    m = _DECISION.fullmatch(line)
    if m and (m["sep"] and ":" in m["sep"] or m["sep"] and m.group(0)[:8].isupper() or m["rest"] is None
              or m["sep"] and line[:1].isupper() and _DASHED_DECISION.match(m["rest"])):
        return m["rest"] or ""
    outcome = _OUTCOME.fullmatch(line) or _DETERMINATION.fullmatch(line)
    return outcome["rest"] if outcome else None


def decision(line: str) -> tuple[str, str] | None:
    """(narrative before, text after) a decision marker or heading in the line, or None."""
    heading = decision_heading(line)
    if heading is not None:
        return "", heading
    first = None
    for count, found in enumerate(_WORD.finditer(line)):
        if count == _MAX_CANDIDATES:  # each candidate rereads the line: a few keep this linear
            break
        result = _marker_at(line, found.start(), found.end())
        if result is None:
            continue
        formal = found.group(0).lower() in ("resolved", "penderfynwyd")
        if count and formal:
            # "The report was AGREED by 42 votes to 1 and it was RESOLVED:": the vote, then the decision
            return _IT_WAS.sub("", line[: found.start()]).strip(), result[1]
        if first is None and (formal or _THAT_OR_TO.match(result[1])):
            return result
        first = first or result
    return first


# "... (see division 3) and it was", "... and" before a formal RESOLVED later in the line.
_IT_WAS = re.compile(
    r"(?:,? (?:and|whereupon))?(?:,? ?it was(?: (?:therefore|then|unanimously|duly|also|further))?)?,? ?$",
    re.I,
)


def _marker_at(line: str, start: int, end: int) -> tuple[str, str] | None:
    word = line[start:end]
    after = _AFTER.match(line, end)
    rest, sep, qual = after["rest"], after["sep"], after["qual"] or after["adv"]
    upper = word.isupper()
    # "." and "," end a marker in capitals ("RESOLVED. That ..."); in prose they end a sentence.
    strong = bool(sep) and (upper or sep.strip(".,;") != "")
    follows = bool(strong or qual or _THAT_OR_TO.match(rest))
    resolved = word.lower() in ("resolved", "penderfynwyd")
    prefix = line[:start]
    lead_qualifier = _LEADING_QUALIFIER.match(rest)
    if lead_qualifier:
        rest = rest[lead_qualifier.end() :]
    that_dash = _THAT_DASH.match(rest)
    if that_dash and sep and sep.strip() in (",", ":"):
        rest = rest[that_dash.end() :].strip()  # "RESOLVED, that – Members:": the dash opens the decision
    elif that_dash:  # "Agreed that – the report be noted"
        rest = (that_dash[1] + " " + rest[that_dash.end() :]).strip()
    if not prefix.strip() or _PARAGRAPH_NUMBER.fullmatch(prefix.strip()):
        # "RESOLVED the report be noted", "17.4 Resolved – That ..." after a minute's paragraph
        # number; but "AGREED SYLLABUS CONFERENCE" is a heading
        if follows or not rest or (upper and not rest.isupper()):
            return "", rest
        return None
    if (quoted := _quoted_decision(prefix, rest)) is not None and upper and resolved:
        return quoted
    if _quoted(prefix):
        return None
    cut = max(prefix.rfind(". "), prefix.rfind("? "), prefix.rfind("! "), prefix.rfind("; "))
    before, lead = (prefix[: cut + 1], prefix[cut + 2 :]) if cut >= 0 else ("", prefix)
    for earlier in _WORD.finditer(lead):  # words before it are another marker's ("AGREED by 30 votes")
        if earlier.group(0).isupper():
            lead = lead[earlier.end() :]
    words = [w.strip(",()").lower() for w in lead.split()]
    if len(words) > (30 if upper else 8) or _REPORTED.intersection(words):
        return None
    spoken = bool(words)
    while words and words[-1] in _ADVERBS:
        words.pop()
    # "it was", "the Committee", "Members"; or only an adverb opening the line ("Unanimously resolved")
    opening_adverb = spoken and not words and not before.strip()
    body = bool(words) and words[-1] in _BODIES or opening_adverb
    if upper:  # "The Panel AGREED the work programme", "it was RESOLVED that"
        is_marker = follows or not rest or body
    else:  # "the Panel resolved to", "Unanimously agreed to"; "agreed" and "decided" in prose are narrative
        # "The Executive resolved" alone on its line, whatever its case, leads into the decision below
        is_marker = (resolved or opening_adverb) and body and (follows or resolved and not rest.strip() and not sep)
    if not is_marker:
        return None
    return before.strip(), rest


_QUOTE_OPENS = re.compile(r"[\u201c\"] ?$")
# Words just before a quotation that show it is read out from elsewhere ("the minute read").
_QUOTING = {"read", "reads", "stated", "states", "said", "says", "recorded", "records", "quoted", "wording"}


def _quoted_decision(prefix: str, rest: str) -> tuple[str, str] | None:
    """The decision a motion carried, set in quotation marks from its marker to the line's end
    ("... was declared to be CARRIED and \u201cRESOLVED that the minutes be agreed.\u201d"): (the
    narrative before it, the decision without its marks), or None.  A quotation read out from
    elsewhere ("the minute read \u201cRESOLVED ...\u201d") is not the meeting's decision."""
    opened = _QUOTE_OPENS.search(prefix)
    if opened is None or not rest.endswith(("\u201d", '"')) or _quoted(prefix[: opened.start()]):
        return None
    before = prefix[: opened.start()]
    tail = {word.strip(",:").lower() for word in before.split()[-4:]}
    if tail & (_QUOTING | _REPORTED):
        return None
    return _IT_WAS.sub("", before).strip(), rest[:-1].rstrip()


def _quoted(prefix: str) -> bool:
    """Is the end of ``prefix`` inside quotation marks?"""
    return prefix.count("\u201c") > prefix.count("\u201d") or prefix.count('"') % 2 == 1


def opens_quote(line: str) -> bool:
    """Does the line open a quotation it leaves open (an amendment quoted over several lines)?

    Only a line that starts with the quote mark counts: a stray mark inside a
    sentence is more often a typo, and must not hide the decisions below it.
    """
    return line[:1] in ("\u201c", '"') and (
        line.count("\u201c") > line.count("\u201d") or line.count('"') % 2 == 1
    )


def closes_quote(line: str) -> bool:
    return "\u201d" in line or '"' in line or said_by(line)


# "Jo Bright, Cabinet Member for Transport": the line naming who said the quotation above it.
_SAID_BY = re.compile(r"(?-i:[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019.-]+){1,3}), [^.;:]{2,100}")


def said_by(line: str) -> bool:
    """Does the line name a person and their post, as under a quotation whose closing mark was lost?"""
    return _SAID_BY.fullmatch(line) is not None and _ROLE_WORD.search(line.split(",", 1)[1]) is not None



# "... the Chair reported that:-", "The officer explained:": a lead-in to what someone said.
_REPORTED_SPEECH = re.compile(
    r".{0,300}?\b(?:reported|stated|said|explained|advised|informed|commented|highlighted|outlined"
    r"|confirmed|added|mentioned|told|responded|replied|queried|asked|raised)\b(?: [^.:]{0,80}?)?"
    r"(?: that)?[:;,]?-? ?(?:-|\u2013)?",
    re.I,
)


def reports_speech(line: str) -> bool:
    """Does the line lead into a list of what someone said, not of what was decided?"""
    bare = line.rstrip(" -\u2013\u2014")
    return (bare.endswith((":", "that")) and len(line) <= 400 and decision(line) is None
            and _REPORTED_SPEECH.fullmatch(line) is not None)


# "Rheswm dros y penderfyniad / Reason for decision:", "Cofnodion: / Minutes:": a Welsh
# council's heading in both languages, one half of which names a heading read here.
_BILINGUAL = re.compile(r"(?P<first>[^/:]{2,60}?) ?:? ?/ ?(?P<second>[^/:]{2,60}?) ?(?P<rest>:.*)")


def one_language(line: str) -> str:
    """A heading written in Welsh and English as the half this reader knows ("Reason for
    decision: ..."); any other line as it is.  The half must be a heading by itself: in
    "RESOLVED that the 2024/25 budget: ..." neither side of the slash is one."""
    m = _BILINGUAL.fullmatch(line)
    if not m:
        return line
    for half in (m["second"].strip(), m["first"].strip()):
        alone = f"{half}:"
        if (minutes_heading(alone, strict=True) is not None or reason_heading(alone) is not None
                or documents_heading(alone) is not None or decision_heading(alone) is not None
                or purpose_heading(alone) is not None or detail(alone) is not None
                or decision(alone) == ("", "")):
            return f"{half}{m['rest']}"  # "PENDERFYNWYD / RESOLVED:": the marker, without its other half
    return line
