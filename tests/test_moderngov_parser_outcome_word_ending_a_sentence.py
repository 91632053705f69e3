"""
A decision that tells its outcome in its last sentence, the outcome word in
capitals ("On being put to the vote the motion was LOST.", "... the
amendment was CARRIED."), keeps that word: it is the end of the sentence, not
a vote's result pasted after the decision.  A result printed after a whole
sentence ("... evening service. Carried") is still the vote's note.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case


def _motion_page(title, motion, outcome):
    return f"""
    Decision details

    {title}

    Decision Maker: Council

    Decision status: Information Only

    Is Key decision?: No

    Is subject to call in?: No

    Decisions:

    The following motion was proposed by Councillor Amble and seconded by Councillor Fenwick –

    \u201c{motion}\u201d

    Members debated the motion.

    {outcome}

    Report author: Councillor Ruth Amble

    Publication date: 11/02/2031

    Date of decision: 04/02/2031
    """


def _decision(motion, outcome):
    return [("", f"The following motion was proposed by Councillor Amble and seconded by Councillor Fenwick \u2013\n\n"
                 f"\u201c{motion}\u201d\n\nMembers debated the motion.\n\n{outcome}")]


for name, title, motion, outcome in [
    ("motion-was-lost", "Motion 2", "This Council asks the Mayor to keep the Riverside library open six days a week.",
     "On being put to Council the motion was LOST."),
    ("motion-was-carried", "Motion 3", "This Council calls for a twenty mile an hour limit near every school.",
     "On being put to the vote the motion was CARRIED."),
    ("amendments-were-lost-without-a-full-stop", "Motion 4",
     "This Council resolves to plant a tree for every child born in the borough.",
     "Both amendments having been put, the motion as amended was LOST"),
]:
    case(name, _motion_page(title, motion, outcome), title,
         resolutions=_decision(motion, outcome),
         details=[("Decision Maker", "Council"), ("Decision status", "Information Only"),
                  ("Is Key decision?", "No"), ("Is subject to call in?", "No"),
                  ("Report author", "Councillor Ruth Amble"), ("Publication date", "11/02/2031"),
                  ("Date of decision", "04/02/2031")])


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
