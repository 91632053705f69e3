"""
A page copied without its title may open with a line leading into a list
below it: the agenda's purpose over the meetings it names ("To receive the
notes of the following working group meetings:" over bullets), or a
decision page's lead-in over its lettered decisions ("The Executive has:"
over "(a) approved ...").  A title never leads into a list, so the line is
the page's text, the title lost and left empty for the clerk to give.  A
title with a colon inside it, or one over a purpose that is no list, is
still the title.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

case("purpose-leading-into-bulleted-meetings-on-an-item-page", """
    Agenda item


    To receive the notes of the following Working Group meetings:


    ·     Parks Working Group on Monday, the 3rd May 2029.

    ·     Libraries Working Group on Thursday, the 13th May 2029.


    (Notes attached)


    Minutes:


    RESOLVED that the notes of both Working Group meetings be received.
    """,
    "",
    description="To receive the notes of the following Working Group meetings:\n\n"
                "- Parks Working Group on Monday, the 3rd May 2029.\n"
                "- Libraries Working Group on Thursday, the 13th May 2029.\n\n"
                "(Notes attached)",
    resolutions=[("", "that the notes of both Working Group meetings be received.")],
)
case("decision-lead-in-over-lettered-decisions", """
    The Executive has:
    (a) approved the Harbour Walk improvement scheme;
    (b) authorised the Director of Place to let the works contract; and
    (c) noted the programme for the works.
    """,
    "",
    resolutions=[
        ("a", "approved the Harbour Walk improvement scheme;"),
        ("b", "authorised the Director of Place to let the works contract; and"),
        ("c", "noted the programme for the works."),
    ],
)
case("decision-lead-in-over-a-lettered-list-without-brackets", """
    The Joint Committee has:
    a) agreed the shared waste contract extension to March 2033; and
    b) approved the recycling targets for the autumn.
    """,
    "",
    resolutions=[
        ("a", "agreed the shared waste contract extension to March 2033; and"),
        ("b", "approved the recycling targets for the autumn."),
    ],
)
# a colon inside the title, or a purpose below that is no list: still the title
case("title-with-a-colon-inside-it", """
    Petitions: Speed Limits in Elmbridge Lane
    To consider the petition.
    Minutes:
    RESOLVED: That the petition be referred to the Highways Panel.
    """,
    "Petitions: Speed Limits in Elmbridge Lane",
    description="To consider the petition.",
    resolutions=[("", "That the petition be referred to the Highways Panel.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
