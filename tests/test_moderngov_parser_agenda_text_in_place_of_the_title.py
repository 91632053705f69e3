"""
A page copied without its title, opening with the agenda's text: a whole
sentence that points at the item's papers or at the heading above it ("To
consider a report by the Parks Manager (copy enclosed) ...", "The report of
the Head of Planning is attached.", "To determine the above application.")
is the item's agenda text, not its title: the title was lost, and is left
empty for the clerk to give.  A title worded like agenda text that points at
nothing ("To consider whether the press and public be excluded.") is still
the title.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

case("item-page-opening-with-a-purpose-naming-its-enclosed-report", """
    Agenda item

    Agenda item


    To consider a report by the Parks Manager (copy enclosed) on the future of the Elmfield bowling greens.



    The Parks Manager presented the report and answered questions from members.


    RESOLVED that the greens be leased to the Elmfield Bowls Club for ten years.
    """,
    "",
    description="To consider a report by the Parks Manager (copy enclosed) on the future of the Elmfield "
                "bowling greens.",
    resolutions=[("", "that the greens be leased to the Elmfield Bowls Club for ten years.")],
)
case("attached-report-and-a-second-agenda-line-above-the-minutes-heading", """
    The report of the Head of Regulatory Services is attached.
    A note on how the hearing will be run follows.
    Minutes:
    The Chair welcomed the applicant and the objectors to the hearing.
    The Licensing Officer summarised the application for a late night licence.
    Resolved to grant the licence subject to the conditions agreed at the hearing.
    Supporting documents:
    """,
    "",
    description="The report of the Head of Regulatory Services is attached.\n"
                "A note on how the hearing will be run follows.",
    resolutions=[("", "to grant the licence subject to the conditions agreed at the hearing.")],
)
case("purpose-pointing-at-the-application-above", """
    To determine the above application for planning permission.
    Minutes:
    Note: Mr P Yates (applicant) addressed the Committee on this matter.
    The Committee considered a report on the application.
    RESOLVED – That the application be REFUSED for the reasons set out in the report.
    """,
    "",
    description="To determine the above application for planning permission.",
    resolutions=[("", "That the application be REFUSED for the reasons set out in the report.")],
)
case("circulated-draft-named-in-the-first-sentence", """
    A copy of the draft Allotments Strategy has been circulated to members.

    Minutes:

    The Allotments Officer introduced the draft strategy.

    AGREED: That the draft Allotments Strategy be approved for consultation.
    """,
    "",
    description="A copy of the draft Allotments Strategy has been circulated to members.",
    resolutions=[("", "That the draft Allotments Strategy be approved for consultation.")],
)
# worded like agenda text, but pointing at nothing: still the title
case("title-worded-as-a-purpose-pointing-at-nothing", """
    To consider whether the press and public be excluded from the meeting.
    Minutes:
    RESOLVED: That the press and public be excluded for the next item.
    """,
    "To consider whether the press and public be excluded from the meeting.",
    resolutions=[("", "That the press and public be excluded for the next item.")],
)
case("title-pointing-at-a-report-without-a-full-stop", """
    To receive the Annual Report of the Audit Committee attached
    Minutes:
    RESOLVED: That the annual report be received.
    """,
    "To receive the Annual Report of the Audit Committee attached",
    resolutions=[("", "That the annual report be received.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
