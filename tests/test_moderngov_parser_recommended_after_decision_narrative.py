"""
A "Decisions:" section that first tells what the body considered, then
gives its recommendation with the verb in capitals ("RECOMMENDED to Council
that ..."): the recommendation is the decision, as a RESOLVED one would be,
and the paragraphs above it are minutes.  Every case is written here and
checks the whole record.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

NARRATIVE = ("The Committee considered the Garden Waste Charging Scheme 2032/33. "
             "It was noted that the current charge covers the cost of collection.")

for name, recommendation in [
    ("recommended-to-council-after-the-narrative", "RECOMMENDED to Council that the current charge remains in place for 2032/33."),
    ("recommended-to-full-council-after-the-narrative", "RECOMMENDED to Full Council that the current charge remains in place for 2032/33."),
    ("recommended-in-capitals-throughout", "RECOMMENDED TO COUNCIL THAT the current charge remains in place for 2032/33."),
    ("it-was-recommended-after-the-narrative", "It was RECOMMENDED to the Executive that the current charge remains in place for 2032/33."),
]:
    case(name, f"""
        Decision details

        GARDEN WASTE CHARGING SCHEME 2032/33

        Decision Maker: Environment Committee

        Decision status: Recommendations Approved

        Decisions:

        {NARRATIVE}

        \u00a0

        {recommendation}

        \u00a0

        Publication date: 02/02/2032
        """,
        "GARDEN WASTE CHARGING SCHEME 2032/33",
        resolutions=[("", recommendation)],
        minutes=NARRATIVE,
    )
# must not change: a recommendation in lower case is told, not decided
case("recommended-in-lower-case-stays-with-the-narrative", """
    Decision details

    Garden Waste Charging Scheme

    Decision Maker: Environment Committee

    Decisions:

    The Committee considered the scheme. The officers recommended to Council that the charge remain.

    That the charge remains in place for 2032/33.
    """,
    "Garden Waste Charging Scheme",
    resolutions=[("", "That the charge remains in place for 2032/33.")],
    minutes="The Committee considered the scheme. The officers recommended to Council that the charge remain.",
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_long_narrative_over_a_recommendation_costs_work_in_proportion(monkeypatch):
    unit = "The Committee considered the report.\n\n"
    assert_work_in_proportion(
        monkeypatch,
        lambda n: "Decision details\nBig\nDecisions:\n" + unit * n + "RECOMMENDED to Council that it be adopted.\n",
    )
