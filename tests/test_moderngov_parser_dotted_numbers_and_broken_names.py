"""
Two shapes of copied pages:

* a sub-item's dotted number ("5.1", "12.3") printed alone on its line above
  the title on a whole meeting's page, or before the title on the item's own
  line: it is the item's number, never "5." followed by a title "1 ...", and a
  title opening with a decimal ("2.5% Rent Increase") is not numbered at all;
* a sentence broken by a blank line (or a hard wrap) after a word no sentence
  ends on ("... as defined in Part 1 of" / "Schedule 12A to the Act."), the
  next line opening with a name in capitals: it is one sentence, as when the
  next line opens in lower case.  A line that then opens as a new sentence does
  ("The Clerk reported ...") was cut short, and stays apart.

Every case is written here and checks the whole record.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case


# --- dotted item numbers -----------------------------------------------------------

case("sub-item-number-alone-above-a-linked-title", """
    5.1

    14TH MARCH, 2023; pdf icon PDF 120 KB

    Additional documents:

    Minutes:

    RESOLVED that the minutes of the meeting held on the 14th March, 2023 be signed as a correct record.
    """,
    "14TH MARCH, 2023;",
    resolutions=[("", "that the minutes of the meeting held on the 14th March, 2023 be signed as a correct record.")],
    number="5.1",
)
case("sub-item-number-alone-above-a-plain-title", """
    3.2

    Housing Allocations Policy

    To consider the revised allocations policy.

    Minutes:

    Members welcomed the clearer banding.

    RESOLVED: That the revised policy be approved.
    """,
    "Housing Allocations Policy",
    description="To consider the revised allocations policy.",
    resolutions=[("", "That the revised policy be approved.")],
    number="3.2",
)
case("dotted-number-on-the-item-link-line", """
    12.4 Parking Charges Review pdf icon PDF 80 KB

    Report of the Head of Transport

    Minutes:

    RESOLVED: That the charges be held at this year's level.
    """,
    "Parking Charges Review",
    description="Report of the Head of Transport",
    resolutions=[("", "That the charges be held at this year's level.")],
    number="12.4",
)
case("decimal-opening-a-title-is-not-a-number", """
    2.5% Rent Increase for Council Garages

    To set garage rents for next year.

    Minutes:

    RESOLVED: That garage rents rise by 2.5% from April.
    """,
    "2.5% Rent Increase for Council Garages",
    description="To set garage rents for next year.",
    resolutions=[("", "That garage rents rise by 2.5% from April.")],
    number=None,
)

# --- sentences broken before a name in capitals -------------------------------------

case("resolution-broken-by-blank-lines-before-a-name", """
    Agenda item

    Exclusion of the Press and Public

    Minutes:

    RESOLVED \u2013 That under Section 100A of the Local Government Act 1972, the

    press and public be excluded for the next item on the grounds that it involves

    exempt information as defined in Part 1 of

    Schedule 12A to the Act.
    """,
    "Exclusion of the Press and Public",
    resolutions=[("", "That under Section 100A of the Local Government Act 1972, the press and public be "
                      "excluded for the next item on the grounds that it involves exempt information as "
                      "defined in Part 1 of Schedule 12A to the Act.")],
)
case("resolution-broken-after-and-before-a-councillor", """
    Appointments to the Fostering Panel

    Minutes:

    RESOLVED: That the Head of Children's Services and

    Councillor Okafor be appointed to the Fostering Panel.
    """,
    "Appointments to the Fostering Panel",
    resolutions=[("", "That the Head of Children's Services and Councillor Okafor be appointed to the "
                      "Fostering Panel.")],
)
case("purpose-hard-wrapped-before-a-name", """
    Corporate Parenting Annual Report
    To receive the annual report of the
    Corporate Parenting Board for 2023/24.
    Minutes:
    RESOLVED: That the annual report be noted.
    """,
    "Corporate Parenting Annual Report",
    description="To receive the annual report of the Corporate Parenting Board for 2023/24.",
    resolutions=[("", "That the annual report be noted.")],
)
case("line-cut-short-before-a-new-sentence-stays-apart", """
    Late Papers
    To note any papers circulated after the agenda, listed on the
    The Clerk will report any that arrive on the day.
    Minutes:
    There were no late papers.
    """,
    "Late Papers",
    description=("To note any papers circulated after the agenda, listed on the\n"
                 "The Clerk will report any that arrive on the day."),
)


@pytest.mark.parametrize("text, expected", CASES)
def test_dotted_numbers_and_broken_sentences(text, expected):
    assert_read_exactly(text, expected)
