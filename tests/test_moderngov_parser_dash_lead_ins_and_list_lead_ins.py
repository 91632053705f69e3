"""
A lead-in ending in a dash ("That the Committee agreed \u2013", "RESOLVED that -")
over a labelled list is the list's preamble, as one ending in ":" is: it is
never read as a resolution of its own, whether the decision is printed once
or both under "Decision:" and in the minutes.

A decision whole by itself that ends in ":" ("That the report be accepted and
the recommendations supported, as follows:-") over bulleted or labelled rows
naming what it accepts, none of them telling what to do, is one decision, its
rows printed under it; a bare lead-in ("that Council approve:") over the same
rows stays the list's preamble, each row a resolution.

An issue's summary leading into the proposals it asks to be resolved ("... and
resolve:" over "1) That ...;", "2) Agree ...", "3) Delegate ...") keeps the whole
list: no item after the first is cut from it.  Every case is written here and
checks the whole record.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

for name, lead, first, second in [
    ("en-dash-roman", "That the Board agreed \u2013", "i.", "ii."),
    ("hyphen-lettered", "That the Board agreed -", "(a)", "(b)"),
    ("em-dash-numbered", "That the Board \u2014", "1.", "2."),
]:
    case(name, f"""
        Agenda item - Review of Library Opening Hours

        Agenda item

        Review of Library Opening Hours

        - Meeting of Leisure Services Board, Tuesday, 3rd May, 2033 6.00pm (Item 7.)

        Report of the Head of Libraries.

        Decision:

        RESOLVED: {lead}

        {first} To extend Saturday opening hours at the central library as set out in the report.

        {second} To review the change after twelve months.

        Minutes:

        7.1 The Head of Libraries introduced the report on opening hours.

        7.2 RESOLVED: {lead}

        {first} To extend Saturday opening hours at the central library as set out in the report.

        {second} To review the change after twelve months.
        """,
        "Review of Library Opening Hours",
        description="Report of the Head of Libraries.",
        resolutions=[(first.strip("().").rstrip("."), "To extend Saturday opening hours at the central library as set out in the report."),
                     (second.strip("().").rstrip("."), "To review the change after twelve months.")],
        preamble=lead,
    )

for name, lead, rows in [
    (
        "bullets-under-accepted-as-follows",
        "That the annual report be accepted and the recommendations for the Tree Strategy and the Verge Policy"
        " supported, as follows:-",
        ["- the Tree Strategy (Appendix 1), and the approach to be put to the Executive (Option 1a); and",
         "- the Verge Policy (Appendix 2), recommended to the Executive for adoption (Option 2a)."],
    ),
    (
        "lettered-under-agreed-as-set-out-below",
        "That the fees and charges for 2034/35 be agreed as set out below:",
        ["(a) the allotment rent of \u00a342 a plot;", "(b) the burial fee of \u00a3610; and",
         "(c) the pitch hire fee of \u00a318 an hour."],
    ),
    (
        "bullets-under-approved-as-follows",
        "That the Treasury Management Strategy documents be approved as follows:",
        ["- the Annual Investment Strategy for 2034/35;", "- the Prudential Indicators for 2034/35; and",
         "- the Minimum Revenue Provision Statement, as set out in the appendix."],
    ),
]:
    body = "\n".join(f"        {row}" for row in rows)
    case(f"whole-decision-over-rows-{name}", f"""
        Issue - decisions

        Annual Review

        14/03/2034 - Annual Review

        {lead}
{body}
        """,
        "Annual Review",
        resolutions=[("", "\n".join([lead, *rows]))],
    )

# A bare lead-in over the same kind of rows: the rows are the resolutions.
case("bare-lead-in-over-bullets", """
    Issue - decisions

    Annual Review

    14/03/2034 - Annual Review

    that Council approve:
    - the Annual Investment Strategy for 2034/35;
    - the Prudential Indicators for 2034/35; and
    - the Minimum Revenue Provision Statement, as set out in the appendix.
    """,
    "Annual Review",
    resolutions=[("", "the Annual Investment Strategy for 2034/35;"), ("", "the Prudential Indicators for 2034/35; and"),
                 ("", "the Minimum Revenue Provision Statement, as set out in the appendix.")],
)

for name, marks in [("closing-brackets", ("1)", "2)", "3)")), ("lettered", ("(a)", "(b)", "(c)")),
                    ("dotted", ("1.", "2.", "3."))]:
    rows = [f"{marks[0]} That a joint committee would be likely to improve the running of the service;",
            f"{marks[1]} Agree the draft terms of reference for consultation; and",
            f"{marks[2]} Delegate authority to officers to consult partner councils on the draft terms"]
    body = "\n".join(f"        {row}" for row in rows)
    case(f"proposals-in-an-issue-summary-{name}", f"""
        The Board will be asked to consider the findings of a review of shared waste services and resolve:
{body}
        Decision type: Key Decision
        Decision status: Recommendations Approved
        Decision due: 12 June 2034 by Executive Board
        """,
        "",
        description="\n".join(["The Board will be asked to consider the findings of a review of shared waste"
                               " services and resolve:", *rows]),
        details=[("Decision type", "Key Decision"), ("Decision status", "Recommendations Approved"),
                 ("Decision due", "12 June 2034 by Executive Board")],
    )


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
