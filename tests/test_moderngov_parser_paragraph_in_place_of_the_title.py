"""
A page copied without its title may open with a paragraph of agenda text on
one line, two whole sentences or more ("The Fire Authority is asked to ...
2031/34. The purpose of this item is to ..."): a title is never two
sentences, so the paragraph is the item's description, the title lost and
left empty for the clerk to give.  A long title of one sentence, or one with
an abbreviation's full stop inside it ("St. Anne's ..."), is still the title.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

case("two-sentences-of-purpose-over-the-minutes", """
    The Fire Authority is asked to consider the draft Community Risk Plan for 2031/34 before it goes out to consultation. The purpose of this item is to let members question the Chief Fire Officer on the plan in more detail.
    Minutes:
    The Chief Fire Officer introduced the draft plan and answered questions.
    RESOLVED: That the draft plan be approved for consultation.
    """,
    "",
    description="The Fire Authority is asked to consider the draft Community Risk Plan for 2031/34 before it "
                "goes out to consultation. The purpose of this item is to let members question the Chief Fire "
                "Officer on the plan in more detail.",
    resolutions=[("", "That the draft plan be approved for consultation.")],
)
case("report-setting-out-a-response-in-two-sentences", """
    This report sets out the draft response of the Council to the county consultation on rural bus services. Members are asked to comment on the draft response before it is sent to the county in March.
    Minutes:
    RESOLVED that the draft response be agreed and sent to the county.
    """,
    "",
    description="This report sets out the draft response of the Council to the county consultation on rural "
                "bus services. Members are asked to comment on the draft response before it is sent to the "
                "county in March.",
    resolutions=[("", "that the draft response be agreed and sent to the county.")],
)
# one sentence however long, or an abbreviation's full stop: still the title
case("long-title-of-one-sentence", """
    To receive the report of the Director of Finance on the budget monitoring position for the second quarter of 2031/32
    Minutes:
    RESOLVED: That the report be noted.
    """,
    "To receive the report of the Director of Finance on the budget monitoring position for the second quarter "
    "of 2031/32",
    resolutions=[("", "That the report be noted.")],
)
case("title-with-an-abbreviation-inside", """
    St. Anne's Community Hall lease renewal and the transfer of the car park to the parish council
    To consider the report.
    Minutes:
    RESOLVED: That the lease be renewed.
    """,
    "St. Anne's Community Hall lease renewal and the transfer of the car park to the parish council",
    description="To consider the report.",
    resolutions=[("", "That the lease be renewed.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
