"""
The ModernGov reader on narrative printed with a decision, and on a few smaller shapes:

* a "Decision:" section that tells first what happened ("(Report of the
  Director)", the decision's reference "(CAB 21/22 1234)", paragraphs in the
  past tense) keeps only its decision: the paragraphs above it are minutes;
* on an "Issue - decisions" page the text above its "Decision" heading tells
  how the decision was reached: minutes, never the purpose;
* "Meeting: ... (Item 19:)" and "19: Title" give the number without its colon;
* "A report setting out ...", "Report seeking approval of ..." open agenda text;
* a "Recommended that Council ..." paragraph after a resolution is a decision
  of its own.

Every case is written here and checks the whole record.
"""

import pytest

from agenda.importers.moderngov import parse_record
from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case


# --- narrative above the decision in a "Decision:" section ----------------------------------

case("decision-section-narrative-then-lead-in-with-its-list", """
    Decision details

    Play Areas Action Plan Update

    Decision Maker: Portfolio Holder for Leisure

    Decision status: Recommendations Approved

    Is Key decision?: No

    Decision:

    (Report of the Director of Street Scene)

    The report gave an update on the play areas action plan. A map was attached at Annex 1.

    Members welcomed the new equipment installed at three sites since the spring.

    Following consideration by the Communities Scrutiny Panel, the Portfolio Holder for Leisure resolved that:

    (1) the progress made against the action plan be noted; and

    (2) a further update be brought in six months.

    Reasons for the decision:

    As set out in the report to the Communities Scrutiny Panel.

    Publication date: 02/02/2024
    """,
    "Play Areas Action Plan Update",
    preamble=("Following consideration by the Communities Scrutiny Panel, the Portfolio Holder for Leisure "
              "resolved that:"),
    resolutions=[("1", "the progress made against the action plan be noted; and"),
                 ("2", "a further update be brought in six months.")],
    reason="As set out in the report to the Communities Scrutiny Panel.",
    minutes=("(Report of the Director of Street Scene)\n\n"
             "The report gave an update on the play areas action plan. A map was attached at Annex 1.\n\n"
             "Members welcomed the new equipment installed at three sites since the spring."),
)
case("decision-made-heading-with-its-reference-then-lead-in", """
    Agenda item

    Capital Programme Update

    Report of the Cabinet Member for Finance on the capital programme.

    DECISION MADE: (CAB 21/22 40123)

    Having considered the report, Cabinet agreed the following recommendations:

    i) Note the revised capital programme.

    ii) Approve the additions set out in paragraph 12.

    Supporting documents:
    """,
    "Capital Programme Update",
    description="Report of the Cabinet Member for Finance on the capital programme.",
    preamble="Having considered the report, Cabinet agreed the following recommendations:",
    resolutions=[("i", "Note the revised capital programme."), ("ii", "Approve the additions set out in paragraph 12.")],
    minutes="(CAB 21/22 40123)",
)
case("decision-section-note-in-brackets-then-that-sentence", """
    Decision details

    Tree Planting Strategy

    Decision Maker: Cabinet

    Decision status: Recommendations Approved

    Decision:

    (Ref: D240117CAB)

    That the tree planting strategy be adopted.

    Publication date: 10/01/2024
    """,
    "Tree Planting Strategy",
    resolutions=[("", "That the tree planting strategy be adopted.")],
    minutes="(Ref: D240117CAB)",
)
case("decision-section-opening-with-who-decided-stays-whole", """
    Decision details

    Car Park Charges

    Decision Maker: Cabinet

    Decision status: Recommendations Approved

    Decision:

    The Cabinet approved the revised tariffs.

    The Cabinet also agreed that:

    (a) the tariffs start on 1 April; and

    (b) they be reviewed after a year.

    Publication date: 10/01/2024
    """,
    "Car Park Charges",
    preamble="The Cabinet approved the revised tariffs.\n\nThe Cabinet also agreed that:",
    resolutions=[("a", "the tariffs start on 1 April; and"), ("b", "they be reviewed after a year.")],
    minutes="",
)
case("decision-section-present-tense-opening-stays-whole", """
    Decision details

    Community Grants

    Decision Maker: Cabinet

    Decision status: Recommendations Approved

    Decision:

    The Council supports community groups through an annual grants round.

    Cabinet agreed that:

    (a) the grants be awarded as set out in Appendix A; and

    (b) the scheme be reviewed next year.

    Publication date: 10/01/2024
    """,
    "Community Grants",
    preamble="The Council supports community groups through an annual grants round.\n\nCabinet agreed that:",
    resolutions=[("a", "the grants be awarded as set out in Appendix A; and"), ("b", "the scheme be reviewed next year.")],
    minutes="",
)
case("resolved-marker-over-narrative-lead-in-is-unchanged", """
    Agenda item

    Grants Review

    Minutes:

    RESOLVED:

    The Committee considered the report of the Director and its three appendices.

    The Committee agreed that:

    (a) the grants be awarded; and

    (b) the scheme be reviewed.
    """,
    "Grants Review",
    preamble="The Committee considered the report of the Director and its three appendices.\n\nThe Committee agreed that:",
    resolutions=[("a", "the grants be awarded; and"), ("b", "the scheme be reviewed.")],
)

# --- an "Issue - decisions" page's narrative above its "Decision" heading ------------------------

case("issue-decisions-narrative-above-decision-heading-without-colon", """
    Issue - decisions

    PARKING REVIEW

    03/05/2023 - PARKING REVIEW

    The Parking Manager took the committee through a report on the review of parking charges to date and the consultation still to come.

    Decision

    The Committee:

    1. Noted the report; and

    2. Agreed the recommendation at section 4 of the report.
    """,
    "PARKING REVIEW",
    preamble="The Committee:",
    resolutions=[("1", "Noted the report; and"), ("2", "Agreed the recommendation at section 4 of the report.")],
    minutes=("The Parking Manager took the committee through a report on the review of parking charges to date "
             "and the consultation still to come."),
)
case("issue-decisions-narrative-above-decision-heading-with-colon", """
    Issue - decisions

    Cemetery Fees

    14/02/2024 - Cemetery Fees 2024/25

    The Head of Bereavement Services presented the proposed fees.

    Decision:

    That the fees set out in Appendix 1 be approved.
    """,
    "Cemetery Fees",
    resolutions=[("", "That the fees set out in Appendix 1 be approved.")],
    minutes="The Head of Bereavement Services presented the proposed fees.",
)
case("decision-details-purpose-above-decision-heading-is-unchanged", """
    Decision details

    Cemetery Fees

    Decision Maker: Cabinet

    Decision status: Recommendations Approved

    To set the cemetery fees for 2024/25.

    Decision:

    That the fees set out in Appendix 1 be approved.

    Publication date: 14/02/2024
    """,
    "Cemetery Fees",
    description="To set the cemetery fees for 2024/25.",
    resolutions=[("", "That the fees set out in Appendix 1 be approved.")],
)
case("issue-meetings-purpose-above-decision-heading-is-unchanged", """
    Issue - meetings

    Cemetery Fees

    Meeting: 14/02/2024 - Cabinet (Item 9)

    9 Cemetery Fees 2024/25 pdf icon PDF 90 KB

    To set the cemetery fees for 2024/25.

    Decision:

    That the fees set out in Appendix 1 be approved.
    """,
    "Cemetery Fees",
    description="To set the cemetery fees for 2024/25.",
    resolutions=[("", "That the fees set out in Appendix 1 be approved.")],
)

# --- an item number printed with a colon --------------------------------------------------------

case("item-number-with-colon-in-meeting-line-and-item-line", """
    Issue - meetings

    Future Museum Provision

    Meeting: 21/06/2022 - Cabinet (Item 19:)

    19: Museum Service Review pdf icon PDF 1 MB

    To consider the outcome of the museum service review.

    Minutes:

    RESOLVED - That the outcome of the review be noted.
    """,
    "Future Museum Provision",
    number="19",
    description="To consider the outcome of the museum service review.",
    resolutions=[("", "That the outcome of the review be noted.")],
)
case("item-number-with-colon-and-letter", """
    Issue - meetings

    Leisure Contract

    Meeting: 21/06/2022 - Cabinet (Item 7a:)

    7a: Leisure Contract Extension

    Minutes:

    RESOLVED - That the contract be extended for two years.
    """,
    "Leisure Contract",
    number="7a",
    resolutions=[("", "That the contract be extended for two years.")],
)
case("item-number-with-full-stop-is-unchanged", """
    Issue - meetings

    Leisure Contract

    Meeting: 21/06/2022 - Cabinet (Item 7.)

    7. Leisure Contract Extension

    Minutes:

    RESOLVED - That the contract be extended for two years.
    """,
    "Leisure Contract",
    number="7",
    resolutions=[("", "That the contract be extended for two years.")],
)

# --- a report doing what the agenda says ----------------------------------------------------

case("report-setting-the-outcome-is-agenda-text", """
    Issue - meetings

    Future Museum Provision

    Meeting: 21/06/2022 - Cabinet (Item 12)

    12 Museum Service Review pdf icon PDF 1 MB

    A report setting the outcome of the consultation on future museum provision.


    That the outcome of the consultation be noted.
    """,
    "Future Museum Provision",
    number="12",
    description="A report setting the outcome of the consultation on future museum provision.",
    resolutions=[("", "That the outcome of the consultation be noted.")],
)
case("report-seeking-approval-is-agenda-text", """
    Agenda item

    Housing Enforcement Policy

    Report seeking approval of the revised housing enforcement policy.

    The Cabinet Member introduced the policy and answered questions on fines.

    RESOLVED: That the revised policy be approved.
    """,
    "Housing Enforcement Policy",
    description="Report seeking approval of the revised housing enforcement policy.",
    resolutions=[("", "That the revised policy be approved.")],
)
case("update-providing-figures-is-agenda-text", """
    Agenda item

    Recycling Performance

    An update providing the latest recycling figures for the district.

    Members discussed contamination rates in the blue bins.

    RESOLVED: That the update be noted.
    """,
    "Recycling Performance",
    description="An update providing the latest recycling figures for the district.",
    resolutions=[("", "That the update be noted.")],
)
case("report-setting-out-options-was-considered-is-narrative", """
    Agenda item

    Recycling Performance

    A report setting out the options for food waste was considered by the Panel.

    RESOLVED: That the report be noted.
    """,
    "Recycling Performance",
    resolutions=[("", "That the report be noted.")],
    minutes="A report setting out the options for food waste was considered by the Panel.",
)

# --- a recommendation after a resolution ---------------------------------------------------------

case("recommended-to-council-after-resolved-that", """
    Issue - meetings

    Gambling Policy Review

    Meeting: 20/09/2023 - Licensing Committee (Item 8)

    8 Gambling Policy Review pdf icon PDF 70 KB

    Members considered the draft policy and the casino question.


    Resolved that the consultation draft of the policy be endorsed.


    Recommended that Council renew its no-casino resolution for three years.
    """,
    "Gambling Policy Review",
    number="8",
    resolutions=[("", "that the consultation draft of the policy be endorsed."),
                 ("", "Recommended that Council renew its no-casino resolution for three years.")],
)
case("recommended-to-council-in-capitals-after-resolved", """
    Agenda item

    Members' Allowances

    Minutes:

    The Panel's report was presented.

    RESOLVED - That the report be received.

    RECOMMENDED to Council that the scheme in Appendix A be adopted.
    """,
    "Members' Allowances",
    resolutions=[("", "That the report be received."),
                 ("", "RECOMMENDED to Council that the scheme in Appendix A be adopted.")],
)
case("it-was-further-recommended-after-decision-sentence", """
    Agenda item

    Street Trading Policy

    Minutes:

    Members debated the consultation responses.

    RESOLVED: The Committee approved the street trading policy.

    It was further recommended that the fees be reviewed by Council in April.
    """,
    "Street Trading Policy",
    resolutions=[("", "The Committee approved the street trading policy."),
                 ("", "It was further recommended that the fees be reviewed by Council in April.")],
)
case("paragraph-naming-recommendations-stays-with-resolution", """
    Agenda item

    Street Trading Policy

    Minutes:

    RESOLVED: That the policy be approved.

    Recommendations on fees will follow in the spring.
    """,
    "Street Trading Policy",
    resolutions=[("", "That the policy be approved.\n\nRecommendations on fees will follow in the spring.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_decision_narrative_and_recommendations(text, expected):
    assert_read_exactly(text, expected)


def test_decision_section_narrative_is_not_the_decision_on_an_item_page():
    record = parse_record(
        "Agenda item\nBus Shelters\nDecision:\n(Report of the Director)\n\n"
        "The Board received an update on bus shelter repairs.\n\n"
        "The Board resolved to:\n\n(a) note the update; and\n\n(b) ask for a further report.\n"
    )
    assert record.preamble == "to:"
    assert [r.label for r in record.resolutions] == ["a", "b"]
    assert "(Report of the Director)" in record.minutes


# --- reading stays linear on these shapes repeated many times -------------------------

REPEATED = [
    lambda n: "Decision:\n" + "(Report of x.)\n\nMembers asked about x.\n\n" * n + "It resolved that:\n\n(a) y\n",
    lambda n: "Decision:\n" + "Members asked about x.\n" * n + "\nThat y be z.\n",
    lambda n: "Issue - decisions\nT\n01/01/2024 - T\n" + "The Manager took us through x.\n\n" * n + "Decision\nThat y.\n",
    lambda n: "RESOLVED that x be y.\n\n" + "Recommended that z.\n\n" * n,
    lambda n: "A report setting out x.\n" * n,
]


@pytest.mark.parametrize("body", REPEATED, ids=range(len(REPEATED)))
def test_repeated_shapes_cost_work_in_proportion_to_their_size(body, monkeypatch):
    """Four times the input makes the reader's patterns scan about four times the text."""

    assert_work_in_proportion(monkeypatch, lambda n: "Agenda item\nTitle\n" + body(n))
