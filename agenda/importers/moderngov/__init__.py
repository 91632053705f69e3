"""Read the text of one ModernGov agenda item, or of a decision, into plain data.

ModernGov publishes each agenda item as loosely structured text::

    Agenda item                                   (page furniture, dropped)
    <number and title>
    Meeting: 12/03/2024 - Committee (Item 5)      (dropped; gives the number)
    <purpose paragraph(s)>  or  [<presenter>, to present report]
    Minutes:                                      (sometimes missing)
    <narrative, often with bullets pasted from Word>
    RESOLVED: <one resolution, or a lead-in followed by numbered/lettered/bulleted items>
    Reason for Decision: <text>
    Supporting documents:
    <one document name per line>

Its decision pages add labelled fields ("Decision Maker:", "Purpose:",
"Decision:", "Reasons for the decision:", "Alternative options considered:",
"Publication date:" ...): the decision and reasons are read like an item's,
the purpose is its description, and the other fields are kept in
``ParsedRecord.details`` as (label, value) pairs in the order found.  When
copying lost the "Purpose:" and "Decision:" headings of a decision already
made, its text is read as the purpose, then the decision, then any reasons.
An "Issue details" page's fields under the purpose ("Divisions affected:",
"Consultation process" and "Consultees" over their paragraphs, "Democratic
Services Contact:") end it and are details too; "None" under a documents
heading ("Background papers" / "- None") is no document.  Such a page tells
the issue, whatever its status: its text is the purpose, and no decision is
read from it (its decisions are on pages of their own).
A forward plan's issue page may say among its fields "This decision will be
taken under urgency procedures.": a detail too ("Urgency").

An "Issue - decisions" page gives the issue's title, then "DD/MM/YYYY -
<item title>", then only what was decided, often with no marker at all:
that body is read as the decision (its closing list with the line leading
into it, or its last paragraph).  Set each under a short heading of its own
("Playground Repairs" over "That ...", "Date of the Next Meeting" over "It
was agreed that ..."), every paragraph under the headings is a decision of
its own, the headings the minutes'.  An "Issue - meetings" page gives the
issue's title, then "Meeting: ..." and the item's own line ("73 Treasury
Report 2022/23 pdf icon PDF 57 KB"); listing the item at a second meeting,
that meeting's "Meeting: ..." line ends the first one's "Additional
documents:" and opens its own entry, whose agenda text, where it repeats the
first's, is read once; under the first entry's decision, it ends that
decision, the earlier meeting's entry kept with the minutes.  On both the record is the issue's,
titled as the issue (the line above "Meeting: ..." or the dated line); the item's line and the
dated line give only the item's number, and the dated line the title when the issue's was lost.

An item cut out of a whole meeting's "Agenda and minutes" page starts with its
number alone on a line, often numbered within the year ("78/21", "1/16", or
year first: "24/7") or within an item ("5.1"), then its title with its link's
"pdf icon PDF 365 KB"; the page's "Share this item" is dropped.  A title
carrying its link's size is a title even when worded like a heading ("Minutes
- Housing Panel - 4 March 2024 pdf icon PDF 120 KB").  Its "Minutes:" may
print the vote around the decision ("Recorded Vote" with its counts above,
"Carried" or "Lost" below): that record stays in the minutes, and a decision
shown both under "Decision:" and in the minutes is read once, its copies
compared on their words alone; with both headings lost, a decision's
paragraph printed twice in a row, word for word, is read once.  A decision that is a whole sentence ending in
":" ("That the public be excluded ... on the grounds that ...:") keeps the
lines under it, such as a pasted table ("Minute No.  Report title", then a row
a line), as part of it; only a short lead-in ("That the Committee:") makes the
lines under it resolutions of their own, and a table's header row never is
one.  Numbered or lettered rows under a decision whole by itself that lists
what it is subject to ("That the application be APPROVED subject to the
following conditions:" over "1. Time limit", "2. Approved drawings") are part
of that one decision, as printed. Such a lead-in numbered as the decision's only paragraph ("3.2 Cabinet:"
over "(a) ...", "(b) ...") is the preamble of the list under it. A paragraph
of narrative after the decision ("A Member asked that ...") is the minutes', as
is one telling what the report holds ("The report sets out the options
considered ... and the reasons for the recommendation and the decision.").

Councils vary the case and punctuation of every marker (RESOLVED, RESOLVED
UNANIMOUSLY, It was RESOLVED that, The Committee RESOLVED to, AGREED,
DECISION), write it inside a paragraph, or lose it in copying (a closing
"That ..." paragraph or list is then the decision); the text carries Word
debris (non-breaking spaces, "·" bullets padded with tabs, labels alone on
their line, labels without punctuation set off by a tab or a run of spaces:
"A    Note the report.").  A closing numbered list whose every item opens with
the outcome in the past tense ("1. Rejected the proposed increase ...", "2.
Deferred ...") is the decision too, when nothing follows it and no line
ending in ":" leads into it.  A closing list whose marker was lost reads on
above rows nested under one of its items ("(b) the following members be
appointed –" over "Housing – Councillor A", ...): they are that item's.

Some sites head the decision "Outcome:" rather than "Decision:"; Welsh
councils may head each part in both languages ("Rheswm dros y penderfyniad /
Reason for decision:"), read as the heading either half names.  Minutes
copied from a printed copy keep the page's number ("Page 6") where a page
broke, often mid-resolution: it is dropped and the broken sentence joined.
Documents an item lists under "Additional documents:" and again under
"Supporting documents:" are read once, and a document's link naming the item
after the paper ("Tariffs Report, item 12. PDF 80 KB", or by its number
within the year: "..., item 14/23") gives the paper's name alone.

A minute's reference alone above the title ("CM 26", "2215.", "P/142",
"CA.212") is the item's number.  A motion "declared to be CARRIED and
“RESOLVED that ...”" gives its decision without the quotation marks, and a
closing sentence in the present tense ("The Committee notes the report.") is a
decision without its marker.  Rows pasted under a last item ending in ":" are
that item's, one a line, and a line in lower case under a closing list's open
last item ("as set out in the Appendix.") goes on with that item.  Capitals
set off by one space ("A Subject to ...", "B ...") under a lead-in ending in
":" are a lettered list when they run from "A" to "B" at least.

A "Decision:" section that a "Minutes:" heading ends is the decision however
worded ("Recommendations agreed nem con").  Lines broken mid-sentence go on
with it: before a number ("... in section" / "4 of the report"), and, across
a blank line, a last item's end ("... to Cabinet in" / "November 2025.") or a
lead-in's ("... by the Cabinet" / "Member for Housing, ... agreed that").  A
long note of the motion after the marker ("RESOLVED (on a motion from ...,
seconded by ... and carried nem con) to ...") is left out.  A dated title's
"(Agenda Item 14)" is the item's number; "It is recommended that ..." opens
agenda text; a decision sentence without its full stop over an "Issue -
decisions" page's closing list ("The Cabinet approved the Housing Policy")
is its lead-in; and after a lost heading's gap a closing list of two items or
more is the decision however worded, unless an item tells what was done.

A "Decision:" section that first tells what happened ("(Report of the
Director)", its reference "(CAB 19/20 25459)", paragraphs in the past tense)
keeps only its decision, from the sentence leading into its list or reading
as a decision; the paragraphs above are the minutes'.  On an "Issue -
decisions" page the text above its "Decision" heading is the minutes', never
the purpose.  "(Item 19:)" gives the number 19; "A report setting out ..."
opens agenda text; and a "Recommended that Council ..." paragraph after a
resolution is a decision of its own.

An item cut from a meeting page laid out as a table may run its row's cells
into one line ("Title PDF 246 KB To approve ... Additional documents:
Decision: ... Minutes: ... |"): its headings start lines of their own and the
table's bars are dropped.  "Decision: Cabinet RESOLVED that ..." is the
heading over that decision; a decision marked inside the "Decision:" section
("..., the Mayor" / "agreed that:") is read once with its copy in the
minutes; a punctuated list's last item a blank line broke ("... Adoption
Support" / "Services be received.") goes on in the line ending it; "The
subject of the decision:" heads the purpose; and a "Decisions:" section told
wholly as narrative decides in its paragraph agreeing the recommendations.

A licensing committee's "DETERMINATION:" heads its decision, and "The
call-in deadline is ..." after a decision is a note, not part of it, as is a
note in square brackets over several lines ("[Notes;" / "1. The vote on
the motion was ...]"); a colon alone on its line, left where copying
lost a heading's words, is dropped.  On a
"Decision details" page copied without blank lines, a field answered "Yes"
or "No" is whole on its line, and "The Cabinet considered a report ..."
above a decision found without its heading is the minutes', not the
purpose.  Under a "Decision number:" field whose "Decision:" and "Reasons:"
headings were lost, the first paragraph is the decision and the next, unless
narrative in the past tense, its reasons; "This report detailed ..." is
narrative, where "This report sets out ..." is agenda text.

"View Recorded Vote for this item" under a decision is the page's link, and a
bare "to" after the marker ("RESOLVED: to") leads into the list below it.  "...
has considered any representations received and determined to confirm the
decision" after a decision is a note.  A reference giving the year and the
number ("CA/22/15") above the title is the item's number; "Report Title:" is a
decision page's field; an issue page's item line may give the meeting line's
number before the item's name without a link ("485 Enforcement Tracker").  On
an "Issue - decisions" page, paragraphs after the decision's closed list and a
gap wider than any between its items are its reasons, their heading lost.

A copy may keep a table's cells apart with its bars: each cell on its line
closed by " |" ("Decision number: |", "Decision: |", "41/2018 |", "The
Cabinet agreed ... |"), a row's cells set apart by " | ", or a line of "|"
alone between rows.  Where two lines or more close so, or a line is a bar
alone, the bars are dropped as the cells' boundaries, each cell read as if
copied to its own line and the text below the table as a paragraph of its
own; a "|" in a line no bar closes is the text's.  Under a "Decision number:"
field and "Decision:" heading, the table's headings over the number and the
decision, the paragraph after the decision is its reasons, their heading
lost, unless it is narrative in the past tense.

A document's link may go on with its size and a link to the paper in
another format ("PDF 310 KB View as DOCX (41/2) 18 KB"), on its line or the
next: that is the link's, not a document.  A decision page's "Find out more
about this issue" under its title is a link, not its purpose.  A page copied
from the site's header down starts after its breadcrumb trail ("Home >
Your council > Meetings"): the lines above it are the site's.
"Reporting Person – <name>" (or "Reporting Officer: ...") under an
item's link names its presenter.  On an "Issue - meetings" page the text
under the item's line, above its "Additional documents:" and "Decision:",
is the agenda's, and "Eligible for call-in: No" after the decision is a field.
An agenda item's page with neither minutes nor a decision, its paragraphs set
apart by empty ones (a line holding only a non-breaking space), is all agenda
text: every paragraph is the description.  A bare lead-in ("THAT:") over one
sentence ending in ":" ("... approves the levy for 2031/32 as follows:") and
rows that decide nothing of their own ("1)For the whole borough 12,345.67")
is one resolution, the rows inside it as printed, and the lead-in its
preamble.  A marker broken from the word before it ("Unanimously" /
"resolved:") leads in from that sentence's start, not the paragraph's.

A title's closing "(Agenda item 2)", in any case, is the item's number on every
page, not part of the title; a closing "(verbal item)" or decision reference code
("(CAB04(19/20))") is dropped too, words in brackets ("(Part 2)") kept. A title over its link's size alone ("PDF 241 KB"
on the next line) was the link, so its number before a space is the item's.
Agenda text opening with a role in round brackets ("(Head of Legal Services) To
approve ...") names its presenter; opening with another note in round brackets
("(Report of the Director - To be introduced by the Cabinet Member): To seek
...") it is still agenda text. A statute cited in square brackets
("[Licensing Act 2003: section 5]") is agenda text, not a presenter. "The above
decision has been made for the following reasons:" heads the reasons: the
lettered items under it are the reasons, not resolutions. A "Decision:" section
telling what happened that leads into the decision by its marker at a
paragraph's end ("..., the Cabinet Member resolved that:") keeps only the
decision under it, even unlabelled. An "Issue - decisions" page that only tells
how the meeting proceeded (every sentence in the past tense, no word telling an
outcome such as "approved", "noted" or "deferred") records no decision.

A "Decision details" page copied from its opening fields down ("Decision
Maker:", "Decision status:", "Is Key decision?:"), its title lost, is read
as the same page with its title, the title left empty for a clerk to give;
a text opening with any other field is still refused.  A first line of
narrative broken mid-sentence ("The Board considered a report of the
Director of" / "Finance which ...") is the minute's opening, not its title:
the title was lost, and is left empty.  So is a first line that is a whole
sentence of agenda text pointing at the item's papers or at the heading above
it ("To consider a report by ... (copy enclosed) ...", "The report of the
Director is attached.", "To determine the above application."): a title
never points so, nor tells what the report does ("A report providing the Panel
with ... .", "The Director's report set out ... ."); and with no "Agenda item"
heading above it, a first line ending in a full stop with a paragraph of text
straight under it is that text's first sentence, not a title.  A text copied from the item's "Minutes:" heading down,
with a decision below it ("Decisions:", RESOLVED, AGREED), is the item with
its title and agenda text lost, read with the title left empty; "Minutes:"
over narrative alone is still refused.  A heading after the reasons broken
over two lines ("Implementation of" / "Decisions:") is one heading.
A first line leading into a list below it ("The Executive has:" over "(a)
approved ...", "To receive the notes of the following meetings:" over
bullets), or holding two whole sentences or more ("This report sets out ... .
Members are asked to ..."), is the page's text, not its title: a title never
leads into a list nor runs to two sentences, so the title was lost and is left
empty.  So is a first line telling the decision after the minutes' narrative
("The Executive considered the report and RESOLVED to ..."); a page opening at
the marker itself ("RESOLVED: That ...") is still refused.

A decision's other options and reasons set in round brackets under it
("(Other options considered:" / "· ..." / "Reasons for decision:" / "· ...).")
are the page's fields, read without their brackets; a reason given as one
bullet alone is that bullet's text.  Matters arising after a decision
approving the minutes ("Arising from minute 12 the Clerk reported ...") are
the minutes', as is all after them.
A closing list under a sentence reporting the recommendation carried ("The
recommendation ... was moved, seconded, voted on and carried." over "- To
note ...", "- To approve ...") is the decision, bulleted though it is, when
every item reads as one.

"Action by:" under a decision page's numbered decisions, with the officers'
lines under it, is a field that closes the decision list.  A note in round
brackets opening the agenda text that names the member leading on the item
("(Relevant Portfolio Holder: Councillor X)") is furniture, not the purpose.
A "That ..." paragraph ending in ";" set apart between numbered decisions,
after an item closed by its full stop ("That Cabinet recommend that
Council;"), is an unlabelled resolution of its own where it stands.  On a
decision page that lost its headings, copied a line a paragraph, the line
between the decision and the options rejected ("Do nothing - ...", "None",
"There have been no alternative options considered.") is the reasons, and
text above the decision saying what the report is for ("The purpose of this
report is to ...") is the purpose, even opening as narrative ("Cabinet
received a report ...").

A note in square brackets telling who may call the decision in ("[The
decisions on this item can be called in by the Scrutiny Panel]") is neither
the presenter nor agenda text.  Under a "Decision:" section giving the
decision, the minutes' "resolved:- to approve the recommendations." is that
decision told again.  An "Issue - decisions" page listing several decisions
sets each under its own "DD/MM/YYYY - Title" line: the first, the record's,
ends where the next one's dated line begins.  Such a page opening with
"(Report of X)" has that for its purpose, and a decision told inside a
sentence naming the decider ("Following consideration by the Board, the
Cabinet Member resolved that ...") is the words after "resolved".  On a
decision's page that lost its headings, "Cabinet considered a report of ..."
over an outcome sentence ("The recommendations in the report were considered
and agreed.") is the minutes', the outcome the decision, and a note after it
on its line ("A decision record is attached ...") no part of it.  Under a
whole decision ending in ":" ("That the policy be adopted, subject to the
following amendments:"), rows running as the clauses of one list ("(a)
clause 4 to be deleted; and") are decisions of their own, the lead-in too.

* :func:`parse_record` reads one item; it raises :class:`ParseError`, with a
  message for a clerk, only for text that is empty, binary, too long, has no
  title (a decision page that lost only its title aside), or is a title alone.
* :func:`parse_decision` reads the body of a decision or minutes already
  turned into text (the ModernGov web service gives them as HTML) and returns
  ``(preamble, resolutions, reason)``; ``(None, [], None)`` when it finds no
  decision, never raising.

The package is pure Python with no Django imports.  Every regular expression
is applied to a single, already whitespace-collapsed line and has no nested
quantifiers, and each line is looked at a fixed number of times, so reading
is linear in the size of the input.
"""

from .record import parse_decision, parse_record
from .results import MAX_INPUT_CHARS, ParsedRecord, ParsedResolution, ParseError

__all__ = [
    "MAX_INPUT_CHARS",
    "ParseError",
    "ParsedRecord",
    "ParsedResolution",
    "parse_decision",
    "parse_record",
]
