"""
An item cut from a meeting page whose table layout was kept: the row's cells
run on one line, set apart by a space, and the row may end with the table's
" |".  "Additional documents:" after other text on a line marks such a row;
its "Decision:" and "Minutes:" headings then start lines of their own, the
title ends at its link's size ("PDF 246 KB") or where the agenda text opens
("... Policy To consider the report ..."), and the bars are dropped.  A
"Decision:" heading with a marked decision on its line ("Decision: Cabinet
RESOLVED that ...") is read as the heading over that decision, on any page.
Every case is written here and checks the whole record.
"""

import pytest

from agenda.importers.moderngov import parse_record
from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, count_regex_work

CASES = CaseTable()
case = CASES.case


# --- a table's row run into one line ---------------------------------------------------

case("row-with-size-agenda-text-decision-and-minutes-and-bar", """
    Minutes of the Last Meeting PDF 310 KB To agree the minutes of the meeting held on Tuesday 4 March 2025 as a correct record. Additional documents: Decision: Cabinet RESOLVED that the minutes of the meeting held on Tuesday 4 March 2025 be agreed as a correct record. Minutes: RESOLVED that the minutes of the meeting held on Tuesday 4 March 2025 be agreed as a correct record. |
    """,
    "Minutes of the Last Meeting",
    description="To agree the minutes of the meeting held on Tuesday 4 March 2025 as a correct record.",
    resolutions=[("", "that the minutes of the meeting held on Tuesday 4 March 2025 be agreed as a correct record.")],
)
case("row-title-in-capitals-with-size-then-minutes", """
    RIVERSIDE DISTRICT COUNCIL'S ANNUAL PERFORMANCE REPORT FOR 2023-24 PDF 212 KB Additional documents: Minutes: The Cabinet considered the draft annual performance report.
    The report set out progress against the five corporate priorities.
    UNANIMOUSLY RESOLVED TO RECOMMEND TO COUNCIL that the Annual Performance Report for 2023-24 be approved.
    """,
    "RIVERSIDE DISTRICT COUNCIL'S ANNUAL PERFORMANCE REPORT FOR 2023-24",
    resolutions=[("", "TO RECOMMEND TO COUNCIL that the Annual Performance Report for 2023-24 be approved.")],
    minutes=("The Cabinet considered the draft annual performance report.\n"
             "The report set out progress against the five corporate priorities."),
)
case("row-title-then-to-consider-wrapped-over-the-documents-cell", """
    Adoption of Allotment Rules To consider the report of the Head
    of Parks and Open Spaces. Additional documents:
    Minutes: Consideration was given to the report of the Head of Parks and Open Spaces.
    RESOLVED that the report be accepted, and the Allotment Rules be adopted as set out at Appendix 2 (Option 2).
    """,
    "Adoption of Allotment Rules",
    description="To consider the report of the Head of Parks and Open Spaces.",
    resolutions=[("", "that the report be accepted, and the Allotment Rules be adopted as set out at Appendix 2 (Option 2).")],
    minutes="Consideration was given to the report of the Head of Parks and Open Spaces.",
)

case("row-title-then-bare-to-receive-then-minutes", """
    Forward Work Programme \u2013 9th March 2025 To receive Additional documents: Minutes: Consideration was given to the report of the Scrutiny Officer.
    RESOLVED that the Forward Work Programme be agreed.
    """,
    "Forward Work Programme \u2013 9th March 2025",
    description="To receive",
    resolutions=[("", "that the Forward Work Programme be agreed.")],
    minutes="Consideration was given to the report of the Scrutiny Officer.",
)

# --- "Decision:" with a marked decision on its line, on an ordinary page ------------------

case("decision-heading-with-body-and-marker-on-its-line", """
    Agenda item

    Street Naming Policy

    To approve the revised street naming policy.

    Decision: The Committee RESOLVED that the revised street naming policy be approved.

    Minutes:

    The Committee RESOLVED that the revised street naming policy be approved.
    """,
    "Street Naming Policy",
    description="To approve the revised street naming policy.",
    resolutions=[("", "that the revised street naming policy be approved.")],
)

# --- must not change ------------------------------------------------------------------

# a heading in two languages is one heading, not a row's cells
case("bilingual-documents-heading-is-not-a-row", """
    Agenda item

    Play Areas / Ardaloedd Chwarae

    Minutes:

    RESOLVED: That the play area programme be approved.

    Dogfennau ategol / Supporting documents:

    Adroddiad / Report PDF 120 KB
    """,
    "Play Areas / Ardaloedd Chwarae",
    resolutions=[("", "That the play area programme be approved.")],
    documents=["Adroddiad / Report"],
)
# without a documents cell on a line, a title with "To" and a verb stays whole
case("title-with-to-and-a-verb-outside-a-row-stays", """
    Agenda item

    Proposal To close the Old Depot

    Minutes:

    RESOLVED: That the depot be closed.

    Supporting documents:
    """,
    "Proposal To close the Old Depot",
    resolutions=[("", "That the depot be closed.")],
)
# "Decision:" over a decision unmarked on its line is read as before
case("decision-heading-with-unmarked-text-on-its-line", """
    Agenda item

    Grants Round

    Decision: That the grants in Appendix A be awarded.

    Minutes:

    Members welcomed the grants.
    """,
    "Grants Round",
    resolutions=[("", "That the grants in Appendix A be awarded.")],
    minutes="Members welcomed the grants.",
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


REPEATED = [
    lambda n: "T PDF 1 KB To x. Additional documents: Decision: A RESOLVED that y. Minutes: z. |\n" * n,
    lambda n: "Additional documents: " * n + "\n",
    lambda n: "Decision: The Committee RESOLVED that x.\n" * n,
    lambda n: "A " * n + "To consider x Additional documents:\n",
    lambda n: "| " * n + "\n",
    lambda n: "| " * n + "x\n",
    lambda n: "x PDF 1 KB " * n + "\n",
]


@pytest.mark.parametrize("body", REPEATED, ids=range(len(REPEATED)))
def test_repeated_shapes_cost_work_in_proportion_to_their_size(body, monkeypatch):
    scanned = count_regex_work(monkeypatch)

    def work(n):
        scanned[0] = 0
        try:
            parse_record("Title X Additional documents:\n" + body(n))
        except Exception:
            pass
        return scanned[0]

    small, large = work(500), work(2_000)
    assert large <= 5 * small
