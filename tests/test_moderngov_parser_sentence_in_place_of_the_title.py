"""
A page copied without its title, opening with a sentence of the agenda's text:

* a sentence telling what the report does ("A report providing the Panel with
  ...", "The Director's report set out a proposal ...") is never a title;
* with no "Agenda item" heading above it, a first line ending in a full stop
  and followed straight away by a paragraph of text ("To receive and consider
  a letter from ... ." over "The County Council has made ...") is the first
  paragraph of the page's text.

Either way the title was lost, and is left empty for the clerk to give.  A
title ending in a full stop under its "Agenda item" heading, or with the
"Minutes:" heading straight under it, is still the title.
"""

import pytest

from agenda.importers.moderngov import parse_record

REPORT_PROVIDING = """A report providing the Panel with a response to the petition asking for a crossing on Mill Lane.
Minutes:
The Panel considered the officers' response to the petition.
RESOLVED: That the report be noted.
"""

REPORT_SET_OUT = """Home > Council and Democracy > Issue
The Director's report set out a proposal for the sale of the former depot.
Minutes:
The Executive Councillor approved the recommendation.
RESOLVED: That the former depot be sold.
"""

REPORT_SEEKS = """This report seeks approval of the revised cemetery fees for 2031/32.
Minutes:
Members discussed the proposed increases.
RESOLVED: That the revised cemetery fees be approved.
"""

PURPOSE_OVER_TEXT = """To receive and consider a letter from the County Council about a bridleway diversion.
The County Council has made an order to divert the bridleway around the new quarry entrance.
The Committee received the letter and welcomed the diversion.
RESOLVED: That the letter be noted.
"""

RECOMMENDATIONS_OVER_TEXT = """Recommendations of the Scrutiny Panel of 4 March 2031.
Consideration was given to the panel's recommendation on the review of parking charges.
RESOLVED: That the recommendation be approved.
"""


@pytest.mark.parametrize("text, opening", [
    (REPORT_PROVIDING, "A report providing the Panel"),
    (REPORT_SET_OUT, "The Director's report set out"),
    (REPORT_SEEKS, "This report seeks approval"),
    (PURPOSE_OVER_TEXT, "To receive and consider a letter"),
    (RECOMMENDATIONS_OVER_TEXT, "Recommendations of the Scrutiny Panel"),
])
def test_a_sentence_where_the_title_should_be_is_the_pages_text(text, opening):
    record = parse_record(text)
    assert record.title == ""
    assert (record.description + "\n" + record.minutes).lstrip().startswith(opening)
    assert record.resolutions


@pytest.mark.parametrize("text, title", [
    ("Agenda item\n\nPetition for Residents' Parking on Elm Road.\n\nMinutes:\n\n"
     "The Panel considered the petition.\n\nRESOLVED: That the petition be noted.\n",
     "Petition for Residents' Parking on Elm Road."),
    ("To consider whether the press and public be excluded from the meeting.\nMinutes:\n"
     "RESOLVED: That the press and public be excluded for the next item.\n",
     "To consider whether the press and public be excluded from the meeting."),
])
def test_a_title_with_its_full_stop_stays_the_title(text, title):
    assert parse_record(text).title == title
