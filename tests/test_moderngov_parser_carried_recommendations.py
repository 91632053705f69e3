"""
Minutes that report the recommendation carried ("The recommendation as set
out in the report was moved, seconded, voted on and carried.") over a closing
list of what was recommended ("- To note ...", "- To approve ..."), the
RESOLVED marker absent: the list is the decision, bulleted or numbered, when
every item reads as one.  A list under that sentence telling what happened
stays in the minutes, as does a bulleted list under narrative that reports no
recommendation carried.
"""

import pytest

from agenda.importers.moderngov import ParsedResolution, parse_record

R = ParsedResolution

HEAD = (
    "Agenda item\n\nReview of the Moorland Access Strategy (HK)\n\n"
    "The report was presented by the Head of Access, who updated members on the review.\n\n"
)
DOCS = "Supporting documents:\n\n- Access Strategy report, item 41/23 PDF 210 KB\n"


@pytest.mark.parametrize(
    "sentence, rows, expected",
    [
        (
            "The recommendation as set out in the report was moved, seconded, voted on and carried.",
            "- To note the progress on the review of the Moorland Access Strategy.\n"
            "- To approve the revised timetable at Appendix 2, attached to the report.\n",
            [R("", "To note the progress on the review of the Moorland Access Strategy."),
             R("", "To approve the revised timetable at Appendix 2, attached to the report.")],
        ),
        (
            "The recommendations were moved, seconded and agreed.",
            "1. To adopt the Trails Strategy.\n2. To delegate authority to the Chief Executive to make minor changes.\n",
            [R("1", "To adopt the Trails Strategy."),
             R("2", "To delegate authority to the Chief Executive to make minor changes.")],
        ),
        (
            "The officer recommendation was put to the vote and carried.",
            "\u2022 To receive the annual report of the Access Forum.\n\u2022 To agree the work plan for 2024/25.\n",
            [R("", "To receive the annual report of the Access Forum."), R("", "To agree the work plan for 2024/25.")],
        ),
    ],
)
def test_a_list_under_the_recommendation_carried_is_the_decision(sentence, rows, expected):
    record = parse_record(f"{HEAD}{sentence}\n{rows}{DOCS}")
    assert record.resolutions == expected
    assert record.minutes.endswith(sentence)


@pytest.mark.parametrize(
    "sentence, rows",
    [
        (
            "The recommendation was moved, seconded and carried.",
            "- Members raised concerns about parking at the visitor centre.\n- The Chair thanked the officers.\n",
        ),
        (
            "Members discussed the report at length.",
            "- To note the progress on the review.\n- To approve the revised timetable.\n",
        ),
    ],
)
def test_other_lists_stay_in_the_minutes(sentence, rows):
    record = parse_record(f"{HEAD}{sentence}\n{rows}{DOCS}")
    assert record.resolutions == []
