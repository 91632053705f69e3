"""
A note in square brackets telling who may call the decision in ("[The
decisions on this item can be called in by the Scrutiny Panel]") is the
page's furniture: it names no presenter, and is no part of the agenda text.

Under a "Decision:" section giving the decision, the minutes' closing
"The Committee resolved:- to approve the recommendations." is that decision
told again, not a decision of its own.

An "Issue - decisions" page listing the issue's decisions one after another
sets each under its own "DD/MM/YYYY - Title" line: the first decision, the
record's, ends where the next one's dated line begins.  Such a page may
open with whose report the item was, in round brackets ("(Report of the
Director of Finance)"): that is its purpose.  With no marker heading it, its
decision may be told inside a sentence naming the decider ("Following
consideration by the Board, the Cabinet Member resolved that ..."): the
decision is what follows "resolved".
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

for name, note in (
    ("can-be-called-in-by", "[The decisions on this item can be called in by the Housing Scrutiny Panel]"),
    ("may-be-called-in", "[Decisions on this item may be called in by the Overview Committee]"),
    ("call-in-applies", "[Call-in applies to this decision: Resources Select Committee]"),
    ("subject-to-call-in", "[This item is subject to call in by the Environment Panel]"),
):
    case(f"bracketed-call-in-note-{name}", f"""
        Issue - meetings

        Library Opening Hours

        Meeting: 04/05/2021 - Cabinet Member for Culture Decisions (Item 3.)

        3. Library Opening Hours Review pdf icon PDF 98 KB

        To agree the revised opening hours for branch libraries from June 2021.

        {note}

        Additional documents:

        That the revised opening hours for branch libraries be agreed.
        """,
        "Library Opening Hours",
        description="To agree the revised opening hours for branch libraries from June 2021.",
        resolutions=[("", "That the revised opening hours for branch libraries be agreed.")],
        number="3",
    )

for name, marker, taken in (
    ("resolved-dash-to-approve", "The Committee resolved:-", "to approve the recommendations."),
    ("resolved-colon-to-agree", "The Panel RESOLVED:", "To agree the recommendations set out in the report."),
    ("resolved-that-be-approved", "RESOLVED:", "That the recommendations be approved."),
    ("agreed-to-adopt-all", "AGREED:", "to adopt all of the recommendations"),
):
    case(f"minutes-taking-up-the-recommendations-{name}", f"""
        Issue - meetings

        Street Lighting Upgrade

        Meeting: 12/02/2023 - Environment Committee (Item 6)

        6 Street Lighting LED Programme - ENV/23/014 pdf icon PDF 120 KB

        Decision:

        (i)       to note the progress of the programme; and

        (ii)       to instruct the Head of Roads to report on phase two in Spring 2024.

        Minutes:

        The Committee had before it a report by the Director of Place on the programme.

        The report recommended:-

        that the Committee -

        (a)      note the progress of the programme; and

        (b)      instruct the Head of Roads to report on phase two in Spring 2024.

        {marker}

        {taken}
        """,
        "Street Lighting Upgrade",
        resolutions=[
            ("i", "to note the progress of the programme; and"),
            ("ii", "to instruct the Head of Roads to report on phase two in Spring 2024."),
        ],
        number="6",
    )

for name, first, resolutions, dash, later in (
    (
        "paragraph-then-numbered-list",
        "That the revised charges for bulky waste collections be approved.",
        [("", "That the revised charges for bulky waste collections be approved.")],
        "-",
        "(1)        That the charges be reviewed annually; and\n\n"
        "(2)        That the concession for pensioners be retained.",
    ),
    (
        "lettered-list-then-paragraph",
        "(a)  the revised charges for bulky waste collections be approved; and\n\n"
        "(b)  the charges be reviewed in April.",
        [("a", "the revised charges for bulky waste collections be approved; and"),
         ("b", "the charges be reviewed in April.")],
        "\u2013",
        "That the bulky waste service be brought in house.",
    ),
    (
        "paragraph-then-paragraph",
        "Cabinet agreed the revised charges for bulky waste collections.",
        [("", "Cabinet agreed the revised charges for bulky waste collections.")],
        "-",
        "Cabinet noted the report on bulky waste collections.",
    ),
    (
        "numbered-list-then-numbered-list",
        "1. That the revised charges be approved;\n\n2. That the charges be reviewed in April.",
        [("1", "That the revised charges be approved;"), ("2", "That the charges be reviewed in April.")],
        "\u2014",
        "1. That the consultation be launched;\n\n2. That the results be reported to Cabinet.",
    ),
):
    case(f"next-dated-decision-ends-the-first-{name}", f"""
        Issue - decisions

        Bulky Waste Charges

        05/03/2015 - Bulky Waste Charges - Review

        {{first}}

        11/11/2014 {dash} Bulky Waste Service

        {{later}}
        """.format(first=first.replace("\n", "\n        "), later=later.replace("\n", "\n        ")),
        "Bulky Waste Charges",
        resolutions=resolutions,
    )

for name, report, sentence, decision in (
    (
        "report-of-and-resolved-that",
        "(Report of Director of Street Scene)",
        "Following consideration by the Parks Advisory Board, the Cabinet Member for Leisure resolved that "
        "the revised strategy be adopted.",
        "that the revised strategy be adopted.",
    ),
    (
        "report-by-the-and-resolved-to",
        "(Report by the Head of Housing Services)",
        "Having considered the views of the Housing Panel, the Portfolio Holder resolved to approve the "
        "allocations scheme.",
        "to approve the allocations scheme.",
    ),
    (
        "report-from-after-another-sentence",
        "(Report from the Chief Finance Officer).",
        "Members welcomed the update. After discussion, the Leader of the Council resolved that the fees "
        "and charges for 2017/18, as set out in Annex 2, be approved.",
        "that the fees and charges for 2017/18, as set out in Annex 2, be approved.",
    ),
):
    case(f"issue-decision-told-in-a-sentence-{name}", f"""
        Issue - decisions

        Annual Review

        24/10/2016 - Annual Review 2016-17

        {report}

        The report set out the progress made during the first half of the year.

        {sentence}
        """,
        "Annual Review",
        description=report.strip("().").replace(")", ""),
        resolutions=[("", decision)],
    )


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_dated_decisions_and_call_in_notes_cost_work_in_proportion(monkeypatch):
    unit = "[This decision can be called in by the Panel]\n\n01/02/2020 - Later Decision\n\nThat it be noted.\n\n"
    assert_work_in_proportion(
        monkeypatch, lambda n: "Issue - decisions\nBig Issue\n02/03/2021 - Big Item\nThat it be agreed.\n\n" + unit * n
    )
