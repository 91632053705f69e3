"""
A vote's tally minuted under the decision with its punctuation ("For: 7;
Against: 2; Abstentions: 1.", "(For 9, Against 3)") is a note of the
minutes, not part of the resolution, just as the bare "For 9 Against 3" is.
A line that only opens with "For" or "Against" and goes on in words is
still the decision's.
"""

import pytest

from agenda.importers.moderngov import votes
from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

case("tally-with-colons-and-semicolons-after-one-resolution", """
    Agenda item
    Youth Zone Funding
    Minutes:
    The Committee discussed the proposals.
    RESOLVED: That the funding for the Youth Zone be approved.
    For: 7; Against: 2; Abstentions: 1.
    Supporting documents:
    Youth Zone report PDF 200 KB
    """,
    "Youth Zone Funding",
    resolutions=[("", "That the funding for the Youth Zone be approved.")],
    documents=["Youth Zone report"],
)
case("bracketed-tally-with-commas-after-a-numbered-list", """
    Agenda item
    Library Opening Hours
    Minutes:
    Members debated the options.
    RESOLVED:
    1. That option B be adopted.
    2. That the hours be reviewed in a year.
    (For 9, Against 3, Abstain 0)
    """,
    "Library Opening Hours",
    resolutions=[("1", "That option B be adopted."), ("2", "That the hours be reviewed in a year.")],
)
case("tally-with-commas-after-a-blank-line", """
    Agenda item
    Street Lighting
    Minutes:
    Resolved - That the part-night lighting trial be ended.

    Votes: For 6, Against 4.
    """,
    "Street Lighting",
    resolutions=[("", "That the part-night lighting trial be ended.")],
)
case("a-decision-opening-with-for-stays-whole", """
    Agenda item
    Grants
    Minutes:
    RESOLVED: That the grants be approved.
    For 2026, the scheme be reopened in April.
    """,
    "Grants",
    resolutions=[("", "That the grants be approved.\nFor 2026, the scheme be reopened in April.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


@pytest.mark.parametrize("line", ["For: 7; Against: 2; Abstentions: 1.", "(For 9, Against 3, Abstain 0)",
                                  "For 32 Against 4 Abstain 1", "30 5 2"])
def test_tally_lines_are_vote_notes(line):
    assert votes.is_note(line)


@pytest.mark.parametrize("line", ["1.", "2)", "(iii)", "For the avoidance of doubt, 2 options remain.",
                                  "Against the advice of officers, 3 members voted."])
def test_labels_and_prose_are_not_vote_notes(line):
    assert not votes.is_note(line)
