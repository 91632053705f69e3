"""
A page copied without its title, opening on the agenda's line naming who
presents the item ("Gwen Pryce, Head of Legal Services to present the
report.", "[Owain Rees, Democratic Services Manager, to present report]"):
the line is the presenter, kept as worded, and the title was lost.  Named
without a post, a line is not taken for the presenter.
"""

import pytest

from agenda.importers.moderngov import ParseError, parse_record
from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

_BELOW = """
    Additional documents:
    Decision:
    The calendar of meetings was approved for the period up to May 2032.
    Minutes:
    The report was presented by {who}.
    RESOLVED:
    The calendar of meetings was approved for the period up to May 2032.
    """

for name, line, who in [
    ("name-and-post-to-present-the-report", "Gwen Pryce, Head of Legal Services to present the report.",
     "Gwen Pryce, Head of Legal Services to present the report"),
    ("name-and-post-to-present-without-the-report", "Dafydd Morgan, Monitoring Officer to present.",
     "Dafydd Morgan, Monitoring Officer to present"),
    ("name-and-post-with-a-comma-before-to-present", "Elin Hughes, Finance Manager, to present the report.",
     "Elin Hughes, Finance Manager, to present the report"),
    ("bracketed-presenter-opening-the-page", "[Owain Rees, Democratic Services Manager, to present report]",
     "Owain Rees, Democratic Services Manager, to present report"),
]:
    case(name, "\n    " + line + _BELOW.format(who=who.split(",")[0]), "",
         presenter=who,
         minutes=f"The report was presented by {who.split(',')[0]}.",
         resolutions=[("", "The calendar of meetings was approved for the period up to May 2032.")])

# a title that names someone but no post is still the title
case("title-naming-a-person-without-a-post", """
    Agenda item
    Tribute to Gwen Pryce
    Minutes:
    Members paid tribute to Gwen Pryce, who retired in May.
    """,
    "Tribute to Gwen Pryce",
    minutes="Members paid tribute to Gwen Pryce, who retired in May.",
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


@pytest.mark.parametrize("text", [
    "Gwen Pryce, Head of Legal Services to present the report.\n",
    "[Owain Rees, Democratic Services Manager, to present report]\n\nMinutes:\n\nThe report was discussed.\n",
])
def test_a_text_with_only_who_presents_it_is_refused(text):
    with pytest.raises(ParseError, match="no title was found"):
        parse_record(text)
