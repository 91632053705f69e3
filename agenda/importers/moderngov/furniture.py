"""Page furniture copied along with an item, and the title with its number.

Copying a ModernGov page takes its navigation too: "skip navigation and
tools", "You are here:" and breadcrumbs, "Agenda item", "Decision details",
"Print version", "Contact: ..." (and the agenda's "Officer Contact: ..."), "Back to ...",
"Find out more about this issue",
the "rating button" under the page, and the "Meeting: <date> -
<committee> (Item 5)" line, which is dropped but gives the item's number.
A reviewer's comment copied from Word ("[AB1]Please check") is dropped too,
and so is a colon alone on its line, left where copying lost a heading's words.
"""

from __future__ import annotations

import re

from . import markers
from .lines import label

_SEP = r"\s?[:\-\u2013\u2014]\s?"
_FURNITURE = re.compile(
    r"skip (?:navigation(?: and tools)?|to (?:main )?content|to navigation|links?)"
    r"|you are here\b.*"
    r"|(?:agenda|decision|issue|meeting|item) (?:item|details|history)"
    r"|agenda items?|eitem agenda|issue ?[-\u2013:] ?(?:meetings|decisions|details|history|items at meetings)"
    r"|print(?:er)?(?:[- ]friendly)?(?: version| this page)?"
    r"|(?:officer )?contact(?: officers?| details)?:.*"
    r"|other (?:meetings|items|decisions)(?: (?:of|at|for) this (?:committee|meeting|body))?"
    r"|webcast for\b.{0,120}"
    r"|back to (?:(?:the )?top(?: of (?:the )?page)?|(?:the )?(?:agenda|meeting|committee|list|previous page|search results|decisions?))\b[^.]{0,60}|top of page|related (?:links|pages)"
    r"|share this (?:page|item|decision|meeting)|find out more about this (?:issue|decision|item|meeting)"
    r"|agenda(?:, (?:reports|decisions))? and (?:draft )?(?:minutes|decisions)"
    r"|rating button"  # the page's rating widget, copied as its label
    r"|view (?:the )?(?:background|reasons?|decisions?|minutes|agenda|webcast|issue|item"
    r"|declarations?|recorded votes?)\b.{0,100}"
    r"|\(?pages? \d{1,4} ?(?:-|\u2013|to) ?\d{1,4}\)?"
    r"|page \d{1,4}(?: of \d{1,4})?"  # a printed page's number, where the minutes ran over a page break
    r"|(?:\u00a9|\(c\)|copyright|powered by) ?(?:\d{4} )?modern\.?gov\b.{0,60}|link to (?:the )?report"
    r"|\[[a-z]{1,4}\d{1,3}\]\S.{0,250}"  # a reviewer's comment copied from Word: "[AB1]Please check"
    # The meeting page's own heading: "Cabinet - Thursday, 22nd October, 2026 6.30 pm".
    r"|[^-\n]{3,200} [-\u2013] (?:mon|tues|wednes|thurs|fri|satur|sun)day,? \d{1,2}(?:st|nd|rd|th)? [a-z]{3,9},? \d{4}"
    r"(?: \d{1,2}[.:]\d{2} ?[ap]\.?m\.?)?",
    re.I,
)
#: A page footer strings its address and links together with this many " | " bars at least.
_FOOTER_BARS = 3
_FOOTER_WORDS = re.compile(
    r"\b(?:tel|telephone|phone|e-?mail|mail|contact us|find us|complaints|accessibility|privacy|cookies)\b"
    r"|\u00a9|@",
    re.I,
)
# "Meeting: 12/03/2024 - Children's Scrutiny Committee (Item 5)"; listed as a link, "- Meeting of
# Full Council, Council, Tuesday 4 March 2031 6.00 pm (Item 52.)": the meeting, its date and the item
_MEETING = re.compile(
    r"(?:- )?(?:meeting: .{0,300}?\((?:agenda )?item (?P<num>[^()]{1,12})\)|meeting: .{0,300}"
    r"|meeting of [^()]{3,300}? \d{1,2}(?:st|nd|rd|th)? [a-z]{3,9},? \d{4}\b[^()]{0,40}"
    r"\((?:agenda )?item (?P<of_num>[^()]{1,12})\))",
    re.I,
)
_NUMBER = r"(?P<num>\d{1,3}(?:\.\d{1,3})*[a-z]?)"
# "78/21", "1/16", "112/2023": a minute numbered within its year, as whole-meeting pages print it.
_YEAR_NUMBER = r"\d{1,3}/(?:\d{2}|(?:19|20)\d{2})"
# "23/7": the year first, then the minute's number within it, as some councils print it alone above
# the title (never read from a title's opening, where "24/7 Helpline" is a title's own words).
_YEAR_FIRST_NUMBER = r"\d{2}/\d{1,3}"
# "Agenda item", "Agenda item 5", "Item 5:", "12.", "12a" alone on a line
_NUMBER_ONLY = re.compile(
    r"(?:agenda )?(?:item|minute)"
    r"(?:(?: ?[-\u2013\u2014:] ?| )(?:no\.? ?)?(?P<num>\d{1,3}(?:\.\d{1,3})*[a-z]?))?[:.]?"
    r"|(?P<bare>\d{1,4}(?:\.\d{1,3})*[a-z]?)[.:)]?"
    # "CM 26", "IMD14": a minute's reference, its committee's capitals then the number;
    # "P/142", "CA.212": the capitals joined to the number by a slash or a full stop; "CA/22/15":
    # the year, then the minute's number within it
    r"|(?-i:(?P<ref>[A-Z]{2,5}(?: \d{1,4}| ?\d{2,4})|[A-Z]{1,5}[/.]\d{1,4}(?:/\d{1,4})?))[.:]?"
    rf"|(?:(?:agenda )?(?:item|minute) (?:no\.? ?)?)?(?P<ynum>{_YEAR_NUMBER}|{_YEAR_FIRST_NUMBER})[.:)]?",
    re.I,
)
# "5.1 Minutes": a sub-item's dotted number before a space is its number, never "5." then "1 Minutes".
_TITLE_NUMBER = re.compile(
    rf"(?:(?i:agenda )?(?i:item|minute)(?: (?i:no\.? ?)?| ?[:.] ?))?{_NUMBER}"
    r"(?:[:)] ?|\.(?!\d) ?| [-\u2013\u2014] )(?P<rest>\S.*)"
    r"|(?P<dnum>\d{1,3}(?:\.\d{1,3})+) (?P<drest>\S.*)"
    r"|\((?P<pnum>\d{1,3}[a-z]?)\) (?P<prest>\S.*)"
    r"|(?P<lnum>\d{1,3}[a-z]) (?P<lrest>\S.*)"
    r"|(?i:(?:agenda )?item) (?P<inum>\d{1,3}[a-z]?) (?P<irest>\S.*)"
    rf"|(?:(?i:minute) )?(?P<ynum>{_YEAR_NUMBER})[.:)]? (?:[-\u2013\u2014] )?(?P<yrest>\S.*)"
)
_FILE_SIZE = re.compile(
    r"\(?\b(?:(?:pdf|docx?|xlsx?|pptx?|rtf|odt|html?|csv|txt) ?,? ?)?"
    r"\d{1,6}(?:[.,]\d{1,3})? ?(?:bytes|[kmg]b)\)?$",
    re.I,
)


# The page's own heading, above the title: whatever was copied before it is navigation.
_PAGE_HEADING = re.compile(
    r"agenda item(?: ?[-\u2013:]? ?(?:no\.? ?)?\d{1,3}[a-z]?\.?)?|eitem agenda|decision details"
    r"|issue ?[-\u2013:] ?(?:meetings|decisions|details|history|items at meetings)|issue details"
    r"|agenda(?:, (?:reports|decisions))? and (?:draft )?(?:minutes|decisions)",
    re.I,
)
#: How far down a page its heading is looked for.
PAGE_HEADING_WITHIN = 40


_ITEM_PAGE_HEADING = re.compile(r"agenda item(?: ?[-\u2013:]? ?(?:no\.? ?)?\d{1,3}[a-z]?\.?)?|eitem agenda", re.I)


def is_item_page_heading(line: str) -> bool:
    """Is the line an agenda item page's own heading ("Agenda item", "Agenda item 14.")?
    Such a page always prints the item's title next."""
    return _ITEM_PAGE_HEADING.fullmatch(line.strip()) is not None


def page_start(lines: list[str]) -> int:
    """The index after the page's "Agenda item" or "Decision details" heading, or 0.

    Breadcrumbs copied one to a line ("Home", "Council and democracy", ...)
    sit above it.  The last such heading near the top counts, as the
    breadcrumb trail often ends with the same words.  A trail copied as one
    line ("Home > Your council > Meetings") is where the page's own
    text starts too: the lines above it are the site's header.
    """
    start = seen = 0
    for index, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen > PAGE_HEADING_WITHIN or markers.minutes_heading(line, strict=True) is not None:
            break
        if _PAGE_HEADING.fullmatch(line) or _TRAIL.fullmatch(line):
            start = index + 1
    return start


# "Home > Your council > Meetings", "You are here: Home » Meetings": a breadcrumb trail on one line.
_TRAIL = re.compile(r"(?:you are here ?:? ?)?home ?(?:>|\u00bb|\u203a) ?\S.{0,300}", re.I)


_PAGE_NUMBER = re.compile(r"page \d{1,4}(?: of \d{1,4})?", re.I)


def without_page_breaks(lines: list[str]) -> list[str]:
    """The lines without a printed page's number ("Page 6") on a line of its own.

    A sentence the page broke ("... with effect from", "Page 6", "1 April 2025.") is joined
    again into one line when the text after the break goes on in lower case or with a number
    that is not a list label; otherwise the break is only a paragraph's end."""
    kept: list[str] = []
    above = -1  # the index of the last line kept that is not blank
    joining = False
    for line in lines:
        if _PAGE_NUMBER.fullmatch(line):
            joining = above >= 0 and not kept[above].endswith((".", ":", ";", "!", "?"))
            continue
        if joining and not line:
            continue
        if joining and (line[:1].islower() or line[:1].isdigit()) and label(line) is None:
            del kept[above + 1 :]
            kept[above] = f"{kept[above]} {line}"
        elif joining and kept and kept[-1]:
            kept += ["", line]
        else:
            kept.append(line)
        above = len(kept) - 1 if line else above
        joining = False
    return kept


def is_furniture(line: str) -> bool:
    """Navigation and page chrome, never part of the record; and a colon alone on its line, left
    where copying lost a heading's words."""
    if not line or len(line) > 300:
        return False
    if not line.strip(":"):
        return True
    if _FURNITURE.fullmatch(line[2:] if line.startswith("- ") else line):  # also as a listed link
        return True
    if line.count(" | ") >= _FOOTER_BARS and _FOOTER_WORDS.search(line):
        return True  # "Borough Council | Town Hall | ... | Tel: ... | contact us": the page's footer
    crumbs = line.count(" > ") + line.count(" \u00bb ") + line.count(" \u203a ")
    if line.lower().startswith("home "):
        return crumbs + line.count(" / ") >= 1
    return crumbs >= 2


def meeting_line(line: str) -> tuple[bool, str | None]:
    """(is it a "Meeting: ..." line, the item number it gives)."""
    m = _MEETING.fullmatch(line)
    if not m:
        return False, None
    number = (m["num"] or m["of_num"] or "").strip().rstrip(".:") or None  # "(Item 19:)", "(Item 7.)"
    return True, number


_ICON_FIRST = re.compile(r"(?:pdf|word|doc) icon ", re.I)
_PAGE_REF = re.compile(r" ?\(pages? \d{1,4} ?(?:-|\u2013|to) ?\d{1,4}\)$", re.I)


def without_size(name: str) -> str:
    """A name without a trailing file size such as "PDF 245 KB" or page range "(Pages 5 - 20)"."""
    page_ref = _PAGE_REF.search(name)
    if page_ref and page_ref.start() > 0:
        name = name[: page_ref.start()]
    size = _FILE_SIZE.search(name)
    if size and size.start() > 0:
        name = name[: size.start()].rstrip(" ,.-\u2013")
    return name


def is_link(line: str) -> bool:
    """Does the line end in a link's file size ("... pdf icon PDF 253 KB"), so that it names a
    paper or an item, whatever its first word?  "Minutes - Scrutiny Panel - 19 July 2023 pdf
    icon PDF 253 KB" is the title of the item approving those minutes, never a "Minutes" heading."""
    size = _FILE_SIZE.search(line)
    return size is not None and size.start() > 0


def is_size_only(line: str) -> bool:
    """Is the line only a file size ("PDF 525 KB", "pdf icon PDF 525 KB"), perhaps with the link to
    another format of the same paper ("PDF 310 KB View as DOCX (41/2) 18 KB"), the wrapped end of a
    document's link?"""
    icon = _ICON_FIRST.match(line)
    line = without_other_format(line[icon.end() :] if icon else line)
    if not line:
        return True  # "View as DOCX (41/2) 18 KB" alone
    size = _FILE_SIZE.search(line)
    return size is not None and size.start() == 0


# "View as DOCX (41/2) 18 KB": the link to the same paper in another format, after its own size;
# the item's number may keep its full stop or sub-number ("View as HTML (74./1) 159 KB").
_OTHER_FORMAT = re.compile(
    r" ?\bview as (?:docx?|html?|pdf|odt|rtf|xlsx?|text)\b"
    r"(?: ?\(\d{1,6}(?:\.\d{1,3})?\.? ?/\d{1,6}\))?"
    r"(?: ?\d{1,6}(?:[.,]\d{1,3})? ?(?:bytes|[kmg]b))?$",
    re.I,
)


def without_other_format(name: str) -> str:
    """A document's link without the link to its other format ("... View as DOCX (41/2) 18 KB")."""
    found = _OTHER_FORMAT.search(name)
    return name[: found.start()] if found else name


# "20 Annual Report PDF 66 KB To note the report.": the item's link run into its purpose.
_LINK_THEN_TEXT = re.compile(
    r"\d{1,3}[a-z]? \S.{0,200}? (?:pdf|docx?) \d{1,6}(?:[.,]\d{1,3})? ?[kmg]b (?P<rest>\S.*)", re.I
)


def after_item_link(line: str) -> str | None:
    """The purpose run on after an item's link on the same line, or None."""
    m = _LINK_THEN_TEXT.fullmatch(line)
    return m["rest"] if m else None


def number_only(line: str) -> tuple[bool, str | None]:
    """Is the line only an item number or "Agenda item" header, and which number."""
    m = _NUMBER_ONLY.fullmatch(line)
    if m and m["ynum"] and _years(m["ynum"]):
        return False, None
    return (True, m["num"] or m["bare"] or m["ynum"] or m["ref"]) if m else (False, None)


def _years(number: str) -> bool:
    """Is "24/25" a financial year rather than minute 24 of 2025?  Two two-digit years in a row are."""
    first, second = number.split("/")
    return len(first) == len(second) == 2 and (int(first) + 1) % 100 == int(second)


def split_number(title: str) -> tuple[str | None, str]:
    """(item number, title) from "5. Title", "Item 5: Title", "12a Title", "(3) Title", "5.1 Title".

    A bare number followed by a space stays in the title, so "10 Year Plan"
    and "20 mph zones" survive intact.  A dotted number ("5.1", "12.3.2")
    is only ever an item's number: a whole meeting's page prints a sub-item's
    number alone on its line above the title, and the two are read as one line.
    """
    m = _TITLE_NUMBER.fullmatch(title)
    if not m:
        return None, title
    if m["ynum"] and _years(m["ynum"]):
        return None, title  # "23/24 Budget Consultation": the year is the title's
    for num, rest in (("num", "rest"), ("dnum", "drest"), ("pnum", "prest"), ("lnum", "lrest"), ("inum", "irest"),
                      ("ynum", "yrest")):
        if m[num]:
            return m[num], m[rest]
    return None, title  # pragma: no cover - one branch always matched


# "11/03/2022 - Item title": an "Issue - decisions" page's line naming the item decided.
_DATED_ITEM = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4} ?[-\u2013\u2014] ?(?P<title>\S.{0,300})")
# The link an item line carried: "86 Minutes of the last meeting pdf icon PDF 94 KB".
_LINK_ICON = re.compile(r" ?\b(?:pdf|word|doc) icon$", re.I)
#: How many of the issue title's first words an agenda's fuller item title shares with it.
_SAME_OPENING_WORDS = 3
_LINKED_NUMBER = re.compile(r"(?P<num>\d{1,3}[a-z]?) (?P<rest>\S.*)")


# "(Agenda Item 14)" after the title of a decision: the item's number at the meeting.
_ITEM_REFERENCE = re.compile(r" ?\((?:agenda )?item (?:no\.? ?)?(?P<num>\d{1,3}(?:\.\d{1,3})?[a-z]?)\)$", re.I)


def dated_item(line: str) -> str | None:
    """The item title on a "DD/MM/YYYY - Title" line, or None."""
    m = _DATED_ITEM.fullmatch(line)
    return m["title"] if m else None


def later_decision(lines: list[str]) -> int | None:
    """Where an "Issue - decisions" page's next decision begins, under its own "DD/MM/YYYY -
    Title" line ("14/09/2009 - Waste Policies"), or None: the decision above ends there."""
    for index, line in enumerate(lines):
        title = dated_item(line) if line else None
        if title and title[:1].isupper() and not title.endswith((".", ";", ":", ",")):
            return index
    return None


def item_reference(title: str) -> tuple[str | None, str]:
    """(number, title) of a decision's title that ends by naming its agenda item
    ("Allocations Policy (Agenda Item 14)"); (None, title) when it names none."""
    m = _ITEM_REFERENCE.search(title)
    if m is None or m.start() == 0:
        return None, title
    return m["num"], title[: m.start()]


def item_title(line: str) -> tuple[str | None, str]:
    """(number, title) of an item line, without its link's size and icon.

    A line ending in a file size was the item's link, so a number before a
    space there is the item number ("73 Treasury Report PDF 57 KB"), unlike
    "10 Year Plan" in a title without a link.
    """
    number, title = split_number(line)
    sized = without_size(title)
    if sized == title:
        return number, title
    title = _LINK_ICON.sub("", sized).rstrip(" ,.-\u2013")  # as without the icon: "Plan. pdf icon PDF 5 KB"
    if number is None and (m := _LINKED_NUMBER.fullmatch(title)):
        number, title = m["num"], m["rest"]
    return number, title


def repeats_title(line: str, title: str) -> bool:
    """Is this the item line an issue page shows under "Meeting: ...": the item's title again,
    its link ("73 Title pdf icon PDF 57 KB"), or the agenda's fuller wording of the same title
    (its first words the issue title's, and no full stop)?
    """
    number, name = item_title(line)
    if number is None and (m := _LINKED_NUMBER.fullmatch(name)):
        name = m["rest"]  # "157 Council Tax Base": the number before the repeated title
    if name.lower() == title.lower() or (number is not None and without_size(line) != line):
        return True
    opening = " ".join(title.lower().split()[:_SAME_OPENING_WORDS])
    if len(name) <= 300 and not name.endswith((".", ":")) and name.lower().startswith(opening):
        return True
    # the agenda's shorter wording, the issue title's opening words ("Declarations of interest."
    # under "Declarations of interest in respect of items on the agenda.")
    short, full = name.lower().rstrip(".").split(), title.lower().rstrip(".").split()
    return len(short) >= _SAME_OPENING_WORDS and len(short) < len(full) and full[: len(short)] == short


# The council site's footer, copied under the documents list: its links, copyright and address.
_SITE_FOOTER = re.compile(
    r"(?:contact us|accessibility(?: statement)?|privacy(?: notice| policy| statement)?|cookies?(?: policy| settings)?"
    r"|terms(?: and conditions| of use)?|site ?map|disclaimer|feedback|follow us\b.{0,60}|jobs|newsletters?)"
    r"|(?:\u00a9|copyright\b).{0,120}"
    r"|.{0,200}\b(?:tel|telephone|phone)\b[:.]? ?\(?0\d.{0,100}",
    re.I,
)


def is_site_footer(name: str) -> bool:
    """Is a line under the documents list the site's footer rather than a document's name?"""
    return len(name) <= 300 and _SITE_FOOTER.fullmatch(name) is not None


# ModernGov's social-bookmarking panel and its help text, printed at the foot of the page.
_BOOKMARKING = re.compile(
    r"bookmark (?:this|the) (?:page|item|decision|issue|meeting)(?: (?:using|with))? ?:?"
    r"|(?:find out more about|what is|about) social bookmarking\??",
    re.I,
)


def without_site_help(lines: list[str]) -> list[str]:
    """The page above ModernGov's social-bookmarking panel: the panel and the help text under
    it are the site's, never the record's."""
    for index, line in enumerate(lines):
        if len(line) <= 80 and _BOOKMARKING.fullmatch(line):
            return lines[:index]
    return lines
