"""
An agenda item's page lists, under its title, the meeting the item was taken
at as a link: "- Meeting of Full Council, Council, Tuesday 4 March 2031
6.00 pm (Item 52.)", beside "- View the background to item 52.".  Both are
the site's links, not the item's agenda text: neither is kept in the
description, and the meeting line's "(Item N.)" gives the item's number.
A sentence of the agenda text about a meeting, without the item reference,
is kept.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

case("meeting-of-link-beside-the-background-link", """
    Agenda item
    Capital Strategy
    - Meeting of Budget Council, Council, Tuesday 4 March 2031 6.00 pm (Item 52.)
    - View the background to item 52.
    The Director of Resources submitted a report setting out the Capital Strategy for 2031/32.
    Minutes:
    Council considered the report.
    RESOLVED: That the Capital Strategy be approved.
    """,
    "Capital Strategy",
    description="The Director of Resources submitted a report setting out the Capital Strategy for 2031/32.",
    minutes="Council considered the report.",
    resolutions=[("", "That the Capital Strategy be approved.")],
    number="52",
)
case("meeting-of-link-alone-without-a-time", """
    Agenda item
    Allotment Rents
    - Meeting of Cabinet, Wednesday 9 October 2030 (Item 14)
    To agree the allotment rents for 2031.
    Minutes:
    RESOLVED: That the rents be agreed.
    """,
    "Allotment Rents",
    description="To agree the allotment rents for 2031.",
    resolutions=[("", "That the rents be agreed.")],
    number="14",
)
case("meeting-of-link-unbulleted-with-a-lettered-item", """
    Agenda item
    Harbour Dredging
    Meeting of Harbour Board, Monday 2 June 2031 10.30 am (Item 7a.)
    To consider the dredging programme.
    Minutes:
    RESOLVED: That the programme be approved.
    """,
    "Harbour Dredging",
    description="To consider the dredging programme.",
    resolutions=[("", "That the programme be approved.")],
    number="7a",
)
# agenda text about a meeting, with no item reference: kept
case("sentence-about-a-meeting-is-kept", """
    Agenda item
    Parish Liaison
    Meeting of the parish councils held on 3 May 2031 asked for a new liaison panel.
    Minutes:
    RESOLVED: That a liaison panel be set up.
    """,
    "Parish Liaison",
    description="Meeting of the parish councils held on 3 May 2031 asked for a new liaison panel.",
    resolutions=[("", "That a liaison panel be set up.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
