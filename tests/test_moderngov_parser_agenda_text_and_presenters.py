"""
What the agenda says of an item, and who presents it.  Some councils name
the presenter as a field under the item's link: "Reporting Person – Name",
"Reporting Officer: Title".  It is the presenter, never the description.

On an "Issue - meetings" page the text under the item's link line ("10.
<title> PDF 163 KB"), above its "Additional documents:" list and its
"Decision:" heading, is the agenda's: the description, however worded.  An
"Eligible for call-in: No" line after the decision is the page's field.

An agenda item's page with neither minutes nor a decision, its paragraphs
set apart by empty ones (a line holding only a non-breaking space, as the
agenda's text prints them), shows only what the agenda says: all its
paragraphs are the description, whatever their tense.  Agenda text may
open with a note in round brackets of whose report it is and who introduces
it ("(Report of the Director - To be introduced by the Cabinet Member): To
seek approval ..."): the paragraph is still agenda text.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

case("reporting-person-with-a-dash-under-the-item-link", """
    Meeting: 03/05/2031 - Executive (Item 6)

    6 Fees and Charges 2032-33 EXE31-017 pdf icon PDF 44 KB

    Reporting Person \u2013 Maren Oakes

    Additional documents:


    The Executive received a report setting out the proposed fees and charges.

    RESOLVED

    That the fees and charges be approved as set out in Appendix A.
    """,
    "Fees and Charges 2032-33 EXE31-017",
    presenter="Maren Oakes",
    resolutions=[("", "That the fees and charges be approved as set out in Appendix A.")],
)
case("reporting-officer-with-a-colon-above-the-purpose", """
    Agenda item
    Street Lighting Upgrade
    Reporting Officer: Head of Highways
    To approve the second phase of the lantern replacement programme.
    Minutes:
    The Committee discussed the timetable.
    RESOLVED: That the second phase be approved.
    """,
    "Street Lighting Upgrade",
    description="To approve the second phase of the lantern replacement programme.",
    presenter="Head of Highways",
    minutes="The Committee discussed the timetable.",
    resolutions=[("", "That the second phase be approved.")],
)
case("reporting-in-a-sentence-is-not-a-presenter", """
    Agenda item
    Performance Report
    Reporting arrangements for the new year are set out in the report.
    Minutes:
    RESOLVED: That the report be noted.
    """,
    "Performance Report",
    description="Reporting arrangements for the new year are set out in the report.",
    resolutions=[("", "That the report be noted.")],
)
case("agenda-text-above-additional-documents-and-decision", """
    Issue - meetings
    Statement of Gambling Principles
    Meeting: 08/10/2032 - Cabinet (Item 7.)
    7. Statement of Gambling Principles PDF 120 KB
    The borough as Licensing Authority must review its Statement of Gambling Principles every three years, and the current statement lapses on 31 January 2033.
    Members are asked to note the following background papers:
    \u00b7 Consultation log
    \u00b7 Equality screening
    Additional documents:
    - 7a. Appendix 1 - Revised Statement, item 7. PDF 1 MB
    - Webcast for Statement of Gambling Principles
    Decision:
    Cabinet RESOLVED:
    (1) To note the revised Statement of Gambling Principles in Appendix 1.
    (2) To refer the revised statement to Full Council on 21 October 2032 for adoption.
    Eligible for call-in: No (referred to Council)
    """,
    "Statement of Gambling Principles",
    description=(
        "The borough as Licensing Authority must review its Statement of Gambling Principles every three years, "
        "and the current statement lapses on 31 January 2033.\n"
        "Members are asked to note the following background papers:\n\n"
        "- Consultation log\n- Equality screening"
    ),
    resolutions=[
        ("1", "To note the revised Statement of Gambling Principles in Appendix 1."),
        ("2", "To refer the revised statement to Full Council on 21 October 2032 for adoption."),
    ],
    documents=["7a. Appendix 1 - Revised Statement"],
    details=[("Eligible for call-in", "No (referred to Council)")],
    minutes="",
)
case("narrative-under-the-item-link-without-documents-or-decision-heading-stays-minutes", """
    Issue - meetings
    Depot Relocation
    Meeting: 11/06/2032 - Cabinet (Item 4)
    4 Depot Relocation PDF 80 KB
    The Cabinet received a report on the depot's move and members asked about the costs.
    RESOLVED: That the relocation be approved.
    """,
    "Depot Relocation",
    resolutions=[("", "That the relocation be approved.")],
    minutes="The Cabinet received a report on the depot's move and members asked about the costs.",
)
case("agenda-paragraphs-set-apart-by-empty-paragraphs-are-one-description", """
    Agenda item

    REVIEW OF THE MARKET TRADING POLICY 2031

    \u00a0

    This report asks the Committee to endorse the Market Trading Policy 2031 before it goes to Council.

    \u00a0

    The Markets Act 2029 requires each market authority to review its trading policy every four years.

    \u00a0

    A draft policy was published for comment between 2 March and 30 April 2031, and the comments received were considered in the review.

    \u00a0

    Once adopted, the policy will replace the 2027 policy.

    \u00a0

    Supporting documents:
    """,
    "REVIEW OF THE MARKET TRADING POLICY 2031",
    description=(
        "This report asks the Committee to endorse the Market Trading Policy 2031 before it goes to Council.\n\n"
        "The Markets Act 2029 requires each market authority to review its trading policy every four years.\n\n"
        "A draft policy was published for comment between 2 March and 30 April 2031, and the comments received "
        "were considered in the review.\n\n"
        "Once adopted, the policy will replace the 2027 policy."
    ),
    minutes="",
)
case("paragraphs-set-apart-by-empty-ones-over-a-decision-keep-their-minutes", """
    Agenda item

    Market Trading Policy

    \u00a0

    To endorse the Market Trading Policy 2031.

    \u00a0

    The Committee discussed the rules on pitch sizes.

    \u00a0

    RESOLVED: That the policy be endorsed.
    """,
    "Market Trading Policy",
    description="To endorse the Market Trading Policy 2031.",
    minutes="The Committee discussed the rules on pitch sizes.",
    resolutions=[("", "That the policy be endorsed.")],
)
case("narrative-after-blank-lines-alone-stays-minutes", """
    Agenda item

    Market Trading Policy

    To endorse the Market Trading Policy 2031.


    The Chair invited comments and none were made.
    """,
    "Market Trading Policy",
    description="To endorse the Market Trading Policy 2031.",
    minutes="The Chair invited comments and none were made.",
)


# agenda text opening with a note in round brackets of whose report it is: what follows the note
# opens the agenda text, so the whole paragraph is the description
case("bracketed-report-note-then-purpose-on-an-agenda-only-page", """
    Agenda item

    School Term Dates 2031/32

    (Report of the Director of Education \u2013 To be introduced by the Cabinet Member for Schools): To seek approval to consult on the term dates for community schools for 2031/32.

    Supporting documents:
    """,
    "School Term Dates 2031/32",
    description=("(Report of the Director of Education \u2013 To be introduced by the Cabinet Member for Schools): "
                 "To seek approval to consult on the term dates for community schools for 2031/32."),
)
case("bracketed-report-note-then-purpose-over-the-narrative", """
    Agenda item

    Housing Plan Progress

    (Report of the Head of Housing) To note the progress of the housing plan.

    The Committee asked about the number of homes completed.

    RESOLVED: That the report be noted.
    """,
    "Housing Plan Progress",
    description="(Report of the Head of Housing) To note the progress of the housing plan.",
    resolutions=[("", "That the report be noted.")],
    minutes="The Committee asked about the number of homes completed.",
)
case("bracketed-note-over-narrative-stays-minutes", """
    Agenda item

    Housing Plan Progress

    (Councillor Ray left the room) The Committee asked about the number of homes completed.

    RESOLVED: That the report be noted.
    """,
    "Housing Plan Progress",
    resolutions=[("", "That the report be noted.")],
    minutes="(Councillor Ray left the room) The Committee asked about the number of homes completed.",
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_paragraphs_set_apart_by_empty_ones_cost_work_in_proportion(monkeypatch):
    unit = "\u00a0\nThe policy will apply to all markets.\n"
    assert_work_in_proportion(monkeypatch, lambda n: "Agenda item\nBig Page\nTo endorse the policy.\n" + unit * n)
