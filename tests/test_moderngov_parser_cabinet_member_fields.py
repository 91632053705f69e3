"""
The member responsible for an item, as an agenda or issue page labels it
("Cabinet Member: Councillor ...", "Responsible Cabinet Member: ...",
"Executive Member: ...", "Lead Cabinet Member: ..."), is one of the page's
details: neither the item's purpose nor who presents it.  Only among the
page's opening text: in the minutes, "Cabinet Member:" opens an answer given
at the meeting, which stays in the narrative.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case


case("cabinet-member-line-under-the-title", """
    Agenda item
    Local Toilet Strategy Review
    PDF 240 KB
    Cabinet Member: Councillor Nigel Smith
    Minutes:
    Councillor Nigel Smith presented the report.
    RESOLVED: That the revised strategy be approved.
    """,
    "Local Toilet Strategy Review",
    resolutions=[("", "That the revised strategy be approved.")],
    details=[("Cabinet Member", "Councillor Nigel Smith")],
)
case("responsible-cabinet-member-after-the-purpose", """
    Agenda item
    Library Opening Hours
    To consider the results of the consultation on opening hours.
    Responsible Cabinet Member: Cllr Ruth Adams, Communities
    Minutes:
    The Committee considered the consultation results.
    RESOLVED – That the new opening hours be recommended to Cabinet.
    """,
    "Library Opening Hours",
    description="To consider the results of the consultation on opening hours.",
    resolutions=[("", "That the new opening hours be recommended to Cabinet.")],
    details=[("Responsible Cabinet Member", "Cllr Ruth Adams, Communities")],
)
case("executive-member-and-lead-cabinet-member-among-other-fields", """
    Agenda item
    Home to School Transport Policy
    Executive Member: Councillor Tom Reid
    Lead Cabinet Member: Councillor Asha Patel
    Report author: Lee Grant, Transport Manager
    Minutes:
    Members noted the changes to the policy.
    RESOLVED: That the policy be noted.
    """,
    "Home to School Transport Policy",
    resolutions=[("", "That the policy be noted.")],
    details=[("Executive Member", "Councillor Tom Reid"), ("Lead Cabinet Member", "Councillor Asha Patel"),
             ("Report author", "Lee Grant, Transport Manager")],
)
case("cabinet-member-answer-in-the-minutes-stays-narrative", """
    Agenda item
    Public Questions
    Minutes:
    Question from Mr Hill: When will the Mill Lane crossing be installed?
    Cabinet Member: The crossing will be installed in the summer.
    RESOLVED: That the questions and answers be noted.
    """,
    "Public Questions",
    resolutions=[("", "That the questions and answers be noted.")],
    details=[],
    minutes="Question from Mr Hill: When will the Mill Lane crossing be installed?\n"
            "Cabinet Member: The crossing will be installed in the summer.",
)


@pytest.mark.parametrize("text, expected", CASES)
def test_cabinet_member_fields_are_details(text, expected):
    assert_read_exactly(text, expected)
