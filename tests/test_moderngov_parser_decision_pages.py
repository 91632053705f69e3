"""
The ModernGov reader on decision pages and minutes whose structure copying
blurred: "Decision details" pages that lost their "Purpose:" and "Decision:"
headings, RECOMMENDED lead-ins on their own line, a reasons list after the
decision list, minute paragraph numbers, the page's later fields and
attendance notes after a decision, repeated Decision blocks, vote counts
before RESOLVED, decision numbers.  Every case is written here and checks
the whole record (plus the preamble or minutes where they matter).
"""

from textwrap import dedent

import pytest

from agenda.importers.moderngov import parse_record
from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case


# --- "Decision details" pages whose "Purpose:" and "Decision:" headings were lost ----

case("decision-details-lost-headings-numbered-list", """
    Decision details

    Garden Waste Collection Charges

    Decision Maker: Executive

    Decision status: Recommendations Approved

    Is Key decision?: No

    Is subject to call in?: Yes


    The report sets out proposed charges for the garden waste service. Charges have not risen for three years.


    (1) That the annual garden waste charge be set at 52 pounds from April.


    (2) That the Head of Environment be authorised to agree concessions.

    Report author: Dana Whitfield

    Publication date: 02/02/2023

    Date of decision: 31/01/2023

    Accompanying Documents:
""",
    title="Garden Waste Collection Charges",
    description=("The report sets out proposed charges for the garden waste service. "
                 "Charges have not risen for three years."),
    resolutions=[("1", "That the annual garden waste charge be set at 52 pounds from April."),
                 ("2", "That the Head of Environment be authorised to agree concessions.")],
    preamble=None,
)

case("decision-details-lost-headings-lead-in-and-bullet", """
    Decision details

    Parking Strategy Refresh

    Decision Maker: Cabinet

    Decision status: Recommendations Approved

    Is Key decision?: Yes

    Is subject to call in?: Yes


    Review of on-street parking for 2025.


    The Cabinet agreed the following recommendations:

    \u00b7       Adopted the refreshed Parking Strategy


    Reasons for Decision

    The strategy was last reviewed a decade ago and demand has changed.


    Publication date: 03/03/2025

    Effective from: 11/03/2025

    Accompanying Documents:
""",
    title="Parking Strategy Refresh",
    description="Review of on-street parking for 2025.",
    resolutions=[("", "Adopted the refreshed Parking Strategy")],
    reason="The strategy was last reviewed a decade ago and demand has changed.",
    preamble="The Cabinet agreed the following recommendations:",
)

case("decision-details-lost-headings-decision-paragraph", """
    Decision details

    Community Grants Round 3

    Decision Maker: Cabinet Member for Communities

    Is Key decision?: No

    Is subject to call in?: Yes


    To award community grants from the third funding round.


    The Cabinet Member approved grants to the eleven groups listed in the report.

    Publication date: 12/06/2023

    Date of decision: 09/06/2023
""",
    title="Community Grants Round 3",
    description="To award community grants from the third funding round.",
    resolutions=[("", "The Cabinet Member approved grants to the eleven groups listed in the report.")],
)

case("decision-details-lost-headings-two-decision-paragraphs", """
    Decision details

    Sale of Land at Mill Lane

    Decision Maker: Leader of the Council

    Decision status: Decision Made

    Is subject to call in?: Yes


    To dispose of surplus land at Mill Lane.


    The Leader of the Council approved the sale of the land to the adjoining owner.


    The Leader of the Council delegated completion of the sale to the Head of Legal Services.

    Date of decision: 30/08/2023
""",
    title="Sale of Land at Mill Lane",
    description="To dispose of surplus land at Mill Lane.",
    resolutions=[("", "The Leader of the Council approved the sale of the land to the adjoining owner."),
                 ("", "The Leader of the Council delegated completion of the sale to the Head of "
                      "Legal Services.")],
)

case("decision-details-purpose-heading-lost-decision-heading-kept", """
    Decision details

    Cycle Parking Standards

    Decision Maker: Executive

    Is Key decision?: No

    Is subject to call in?: Yes


    Parking for bicycles in new developments.

    Decision:

    That the revised cycle parking standards be adopted.

    Reasons for the decision:

    The standards date from 2009.

    Date of decision: 16/10/2024
""",
    title="Cycle Parking Standards",
    description="Parking for bicycles in new developments.",
    resolutions=[("", "That the revised cycle parking standards be adopted.")],
    reason="The standards date from 2009.",
)

case("decision-details-lost-headings-verb-first-decision-then-reason", """
    Decision details

    Statement of Licensing Policy

    Decision Maker: Council

    Decision status: Recommendations Approved


    To review the Statement of Licensing Policy.


    Approved the revised Statement of Licensing Policy for 2025-2030.


    The Council must review its licensing policy every five years.

    Date of decision: 20/11/2024
""",
    title="Statement of Licensing Policy",
    description="To review the Statement of Licensing Policy.",
    resolutions=[("", "Approved the revised Statement of Licensing Policy for 2025-2030.")],
)

# --- a RECOMMENDED lead-in on its own line before a numbered list ----------------

case("recommended-lead-in-alone-before-numbered-list", """
    Issue - meetings

    Members' Allowances Scheme

    Meeting: 05/10/2022 - Audit and Standards Committee (Item 14)

    14 Members' Allowances Scheme pdf icon PDF 40 KB

    To recommend to Council a revised allowances scheme.

    Additional documents:

    Minutes:

    The Committee considered the report of the independent panel.

    Members noted the panel's work.



    RECOMMENDED to Council



    1.    that the revised scheme at Appendix 1 be adopted;

    2.    that the scheme take effect from 1 November.
""",
    title="Members' Allowances Scheme",
    description="To recommend to Council a revised allowances scheme.",
    resolutions=[("1", "that the revised scheme at Appendix 1 be adopted;"),
                 ("2", "that the scheme take effect from 1 November.")],
    preamble="RECOMMENDED to Council",
)

case("recommended-lead-in-in-capitals-after-a-gap", """
    Issue - meetings

    Corporate Plan Refresh

    Meeting: 02/03/2021 - Policy Committee (Item 9)

    Minutes:

    Members discussed the draft plan and its targets.



    RECOMMENDED TO COUNCIL



    (a)  that the Corporate Plan 2021-25 be adopted; and

    (b)  that the Chief Executive publish the plan.
""",
    title="Corporate Plan Refresh",
    resolutions=[("a", "that the Corporate Plan 2021-25 be adopted; and"),
                 ("b", "that the Chief Executive publish the plan.")],
    preamble="RECOMMENDED TO COUNCIL",
)

case("it-was-recommended-lead-in-before-numbered-list", """
    Agenda item

    Council Tax Base

    Minutes:

    The Head of Finance presented the report.

    It was RECOMMENDED to Council

    1. that the tax base be set at 40,100 Band D equivalents;

    2. that the collection rate be 98 per cent.
""",
    title="Council Tax Base",
    resolutions=[("1", "that the tax base be set at 40,100 Band D equivalents;"),
                 ("2", "that the collection rate be 98 per cent.")],
    preamble="It was RECOMMENDED to Council",
)

# --- a reasons list, its heading lost, after the decision list ------------------------

case("reasons-list-after-lost-heading-decision-list", """
    Issue - decisions

    Leisure Centre Fees 2024

    12/12/2023 - Leisure Centre Fees 2024/25



    1.   That the fees in Appendix A be approved from 1 April 2024.


    2.   That the concession for carers be kept.




    1.   To keep the leisure service within its budget.


    2.   To support healthy lifestyles across the district.
""",
    title="Leisure Centre Fees 2024",
    resolutions=[("1", "That the fees in Appendix A be approved from 1 April 2024."),
                 ("2", "That the concession for carers be kept.")],
)

case("reasons-list-worded-to-after-decision-list-worded-to", """
    Issue - decisions

    Local Validation List

    03/05/2022 - Local Validation List



    1.   To approve the revised Local Validation List.


    2.   To delegate minor changes to the Head of Planning.




    1.   To ensure applications arrive with the information needed to decide them.


    2.   To comply with the national validation requirements.
""",
    title="Local Validation List",
    resolutions=[("1", "To approve the revised Local Validation List."),
                 ("2", "To delegate minor changes to the Head of Planning.")],
)

case("list-numbered-afresh-by-a-slip-stays-the-decision", """
    Issue - decisions

    Cemetery Extension

    07/06/2022 - Cemetery Extension

    1. That the extension of Northfield Cemetery be approved.

    2. That the burial fees be reviewed next year.

    1. That the Head of Property be authorised to let the works contract.
""",
    title="Cemetery Extension",
    resolutions=[("1", "That the extension of Northfield Cemetery be approved."),
                 ("2", "That the burial fees be reviewed next year."),
                 ("1", "That the Head of Property be authorised to let the works contract.")],
)

case("list-numbered-afresh-under-an-item-ending-in-a-colon-is-kept", """
    Issue - meetings

    Fees Review

    Meeting: 01/03/2024 - Cabinet (Item 4)

    Minutes:

    The report was introduced.

    RESOLVED:

    1. That the following charges be approved:

    1. allotment rents;

    2. burial fees.

    2. That the charges take effect on 1 April.
""",
    title="Fees Review",
    resolutions=[("1", "That the following charges be approved:"),
                 ("1", "allotment rents;"),
                 ("2", "burial fees."),
                 ("2", "That the charges take effect on 1 April.")],
)

case("reason-paragraph-after-lost-heading-decision-paragraph", """
    Issue - decisions

    Street Trading Policy

    02/02/2022 - Street Trading Policy



    That the revised Street Trading Policy be adopted.




    To ensure street trading is regulated consistently across the borough.
""",
    title="Street Trading Policy",
    resolutions=[("", "That the revised Street Trading Policy be adopted.")],
    minutes="To ensure street trading is regulated consistently across the borough.",
)

# --- a decision's page copied with single line breaks and its headings lost -----------

case("single-line-breaks-unlabelled-decision-ends-before-the-reason-line", """
    Decision details
    Cemetery Opening Times
    Decision Maker: Cabinet Member for Environment
    Decision status: Recommendations Approved
    Is Key decision?: No
    To set the winter opening times of the cemeteries.
    That the cemeteries close at 4pm from November to February.
    So that staff can lock the gates in daylight.
    Leaving the times unchanged was considered and rejected.
    Publication date: 01/10/2024
""",
    title="Cemetery Opening Times",
    description="To set the winter opening times of the cemeteries.",
    resolutions=[("", "That the cemeteries close at 4pm from November to February.")],
    minutes="So that staff can lock the gates in daylight.\nLeaving the times unchanged was considered and rejected.",
)
case("single-line-breaks-decision-list-ends-with-its-last-item", """
    Decision details
    Play Area Review
    Decision Maker: Cabinet
    Decision status: Recommendations Approved
    To receive the review of the district's play areas.
    1. That the review be noted.
    2. That the two least used play areas be
    offered to the parish councils;
    To focus spending on the play areas most used.
    Publication date: 01/10/2024
""",
    title="Play Area Review",
    description="To receive the review of the district's play areas.",
    resolutions=[("1", "That the review be noted."),
                 ("2", "That the two least used play areas be offered to the parish councils;")],
    minutes="To focus spending on the play areas most used.",
)
case("single-line-breaks-recommendation-agreed-is-the-decision", """
    Decision details
    Library Volunteers Scheme
    Decision Maker: Cabinet
    Decision status: Recommendations Approved
    To endorse a scheme for library volunteers.
    Recommendation agreed.
    Report author: Sam Reed
    Publication date: 01/10/2024
""",
    title="Library Volunteers Scheme",
    description="To endorse a scheme for library volunteers.",
    resolutions=[("", "Recommendation agreed.")],
)

# --- minute paragraph numbers -------------------------------------------------------

case("minute-paragraph-numbers-with-resolved-in-the-last", """
    Decision details

    Review of the Petitions Scheme

    Decision status: Recommendations Approved

    Is Key decision?: No

    Decisions:

    22.1     The Committee considered a report by the Monitoring Officer on the petitions scheme.

    22.2     A member asked about the number of signatures needed and officers explained the threshold.

    22.3     Resolved \u2013 That the revised petitions scheme be recommended to Council for adoption.

    Publication date: 04/04/2024

    Accompanying Documents:
""",
    title="Review of the Petitions Scheme",
    resolutions=[("", "That the revised petitions scheme be recommended to Council for adoption.")],
)

case("minute-paragraph-after-the-resolved-paragraph-is-minutes", """
    Decision details

    Review of Polling Places

    Decision status: Recommendations Approved

    Decisions:

    31.1     The Committee considered a report by the Electoral Services Manager.

    31.2     Resolved –

    (1)  That the polling places in Appendix A be approved.

    (2)  That the next review begin in 2028.

    31.3     The Chairman thanked officers.

    Publication date: 01/02/2024
""",
    title="Review of Polling Places",
    resolutions=[("1", "That the polling places in Appendix A be approved."),
                 ("2", "That the next review begin in 2028.")],
)

case("items-numbered-under-the-resolved-paragraph-stay-the-decision", """
    Agenda item

    Review of Polling Places

    Minutes:

    5.2     The Committee considered the review.

    5.3     RESOLVED that:

    5.3.1   the polling places in Appendix A be approved;

    5.3.2   the next review begin in 2028.
""",
    title="Review of Polling Places",
    resolutions=[("5.3.1", "the polling places in Appendix A be approved;"),
                 ("5.3.2", "the next review begin in 2028.")],
)

case("dotted-decision-items-then-a-further-resolved-stay-decisions", """
    Agenda item

    Member Training

    Decision:

    2.1 That the member training plan be approved.

    2.2 That each new member attend induction.

    2.3 RESOLVED \u2013 That a budget of 5,000 pounds be set aside.
""",
    title="Member Training",
    resolutions=[("2.1", "That the member training plan be approved."),
                 ("2.2", "That each new member attend induction."),
                 ("", "That a budget of 5,000 pounds be set aside.")],
)

# --- text after the decision ---------------------------------------------------------

case("later-fields-of-a-decision-page-end-the-decision", """
    Decision details

    Equality Annual Report

    Decision Maker: Cabinet

    Is Key decision?: No

    Decision:

    To approve the equality annual report for publication.

    Consultation

    Heads of Service and the Equality Forum

    Implemented By: Head of Policy

    Implementation Timetable: Immediate

    Publication date: 01/08/2019

    Accompanying Documents:
""",
    title="Equality Annual Report",
    resolutions=[("", "To approve the equality annual report for publication.")],
)

case("attendance-note-after-decision", """
    Decision details

    Play Area Renewal

    Decision Maker: Council

    Purpose:

    To agree the play area programme.

    Decisions:

    Council resolved to adopt the play area renewal programme for 2021/22.

    Councillor Brennan arrived during this item.

    Publication date: 03/02/2021

    Accompanying Documents:
""",
    title="Play Area Renewal",
    description="To agree the play area programme.",
    resolutions=[("", "to adopt the play area renewal programme for 2021/22.")],
)

case("ornament-separated-note-after-reason", """
    Issue - meetings

    TREE PLANTING STRATEGY

    Meeting: 09/05/2019 - Cabinet (Item 412)

    412 TREE PLANTING STRATEGY pdf icon PDF 1 MB

    Minutes:

    The Portfolio Holder introduced the strategy.

    DECISION:

    Cabinet APPROVED the Tree Planting Strategy.

    Reasons for the decision

    1.    The Council declared a climate emergency in 2019.

    --o0o--

    Mrs P Okafor left the meeting.

    --o0o--
""",
    title="TREE PLANTING STRATEGY",
    resolutions=[("", "Cabinet APPROVED the Tree Planting Strategy.")],
    reason="1. The Council declared a climate emergency in 2019.",
)

case("minute-paragraph-numbers-resolved-in-capitals-with-a-list", """
    Decision details

    Audit Plan 2025/26

    Decision status: Recommendations Approved

    Decisions:

    8.1     The Committee received the draft internal audit plan.

    8.2     RESOLVED –

    (1)  That the internal audit plan be approved.

    (2)  That progress be reported each quarter.

    Publication date: 01/04/2025
""",
    title="Audit Plan 2025/26",
    resolutions=[("1", "That the internal audit plan be approved."),
                 ("2", "That progress be reported each quarter.")],
)

case("asterisk-separator-ends-the-decision", """
    Issue - meetings

    Street Naming

    Meeting: 08/08/2022 - Cabinet (Item 3)

    Minutes:

    The Leader introduced the proposals.

    RESOLVED: That the new street names in the report be approved.

    * * *

    The meeting adjourned for ten minutes.
""",
    title="Street Naming",
    resolutions=[("", "That the new street names in the report be approved.")],
)

case("attendance-note-after-reason", """
    Issue - meetings

    Annual Governance Statement

    Meeting: 25/07/2023 - Audit Committee (Item 6.)

    6. Annual Governance Statement PDF 200 KB

    Report of the Head of Audit.

    Minutes:

    The Head of Audit presented the report.

    Resolved:

    That the Annual Governance Statement be approved.

    Reason for decision: To comply with the Accounts and Audit Regulations 2015.

    Councillor Okoro left the meeting at 8.05pm.
""",
    title="Annual Governance Statement",
    description="Report of the Head of Audit.",
    resolutions=[("", "That the Annual Governance Statement be approved.")],
    reason="To comply with the Accounts and Audit Regulations 2015.",
    minutes="The Head of Audit presented the report.\n\nCouncillor Okoro left the meeting at 8.05pm.",
)

# --- a Decision block repeated in the minutes ----------------------------------------

case("repeated-decision-block-reason-once", """
    88 Allotments Policy PDF 90 KB
    To consider the recommendations in the report.
    Additional documents:
    Decision:
    RESOLVED \u2013 That the Allotments Policy be adopted.
    REASON FOR DECISION: To manage waiting lists fairly.
    Minutes:
    The Cabinet Member introduced the policy.
    - Members welcomed the new waiting list rules.
    RESOLVED \u2013 That the Allotments Policy be adopted.
    REASON FOR DECISION: To manage waiting lists fairly.
""",
    title="Allotments Policy",
    description="To consider the recommendations in the report.",
    resolutions=[("", "That the Allotments Policy be adopted.")],
    reason="To manage waiting lists fairly.",
)

case("repeated-reason-differing-in-case-and-full-stop-kept-once", """
    Agenda item

    Tree Policy

    Decision:

    RESOLVED: That the Tree Policy be adopted.

    Reason for decision: To protect the borough's trees

    Minutes:

    The Cabinet Member introduced the policy.

    RESOLVED: That the Tree Policy be adopted.

    REASON FOR DECISION: To protect the borough's trees.
""",
    title="Tree Policy",
    resolutions=[("", "That the Tree Policy be adopted.")],
    reason="To protect the borough's trees",
)

# --- a vote count with its own marker word before RESOLVED ----------------------------

case("agreed-by-votes-then-resolved", """
    Issue - meetings
    COUNCIL TAX SUPPORT SCHEME
    Meeting: 01/02/2020 - Council (Item 41)
    41 COUNCIL TAX SUPPORT SCHEME PDF 50 KB
    To consider a report of the Director of Finance (attached).
    Additional documents:
    - Council Tax Support Scheme 2020 final, item 41
    PDF 320 KB
    Decision:
    Report AGREED by 38 votes to 4.
    Minutes:
    A report of the Director of Finance set out the scheme for 2020/21.
    The report was AGREED by 38 votes to 4 (see division 2) and it was RESOLVED:
    That the Council Tax Support Scheme 2020/21 be adopted.
""",
    title="COUNCIL TAX SUPPORT SCHEME",
    description="To consider a report of the Director of Finance (attached).",
    resolutions=[("", "That the Council Tax Support Scheme 2020/21 be adopted.")],
    documents=["Council Tax Support Scheme 2020 final"],
    preamble=None,
)

case("agreed-by-votes-and-resolved-inline", """
    Agenda item

    Polling Districts Review

    Minutes:

    The Electoral Services Manager presented the review.

    The recommendations were AGREED by 30 votes to 2 and RESOLVED: That the polling districts be adopted.
""",
    title="Polling Districts Review",
    resolutions=[("", "That the polling districts be adopted.")],
    preamble=None,
    minutes=("The Electoral Services Manager presented the review.\n\n"
             "The recommendations were AGREED by 30 votes to 2"),
)

# --- titles and decision numbers ------------------------------------------------------

case("dated-line-directly-under-issue-decisions-header", """
    Issue - decisions

    14/03/2021 - Town Centre Masterplan

    That the Town Centre Masterplan be approved for consultation.
""",
    title="Town Centre Masterplan",
    resolutions=[("", "That the Town Centre Masterplan be approved for consultation.")],
)

case("decision-number-on-its-own-line", """
    Issue - meetings

    Library Opening Hours

    Meeting: 03/03/2018 - Cabinet (Item 7)

    7 Library Opening Hours pdf icon PDF 30 KB

    Minutes:

    This report set out options for library opening hours.

    Decision number:

    Decision:

    41/2018

    The Cabinet agreed to consult on the proposed opening hours.

    Reasons:

    The Council must consult before changing a statutory service.
""",
    title="Library Opening Hours",
    resolutions=[("41/2018", "The Cabinet agreed to consult on the proposed opening hours.")],
    reason="The Council must consult before changing a statutory service.",
)

case("decision-numbers-before-each-decision", """
    Decision details

    Highways Budget

    Decision Maker: Cabinet

    Purpose:

    To set the highways budget.

    Decision:

    112/2004 The Cabinet agreed the highways budget.
    113/2004 The Cabinet asked officers to report on winter gritting.

    Publication date: 01/02/2004
""",
    title="Highways Budget",
    description="To set the highways budget.",
    resolutions=[("112/2004", "The Cabinet agreed the highways budget."),
                 ("113/2004", "The Cabinet asked officers to report on winter gritting.")],
)

@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_forward_plan_issue_page_has_no_decision():
    """An issue page of the forward plan ("Decision due:") describes a decision still to be made:
    its closing paragraph is not read as the decision."""
    record = parse_record(dedent("""
        Issue details

        Waste Depot Relocation

        Decision maker: Cabinet

        Decision due: 14 Sep 2026

        Lead officer: Priya Hollis


        This report seeks approval to relocate the waste depot to the Eastfield site.


        The new site would be leased for twenty-five years.
    """).strip("\n"))
    assert record.title == "Waste Depot Relocation"
    assert record.description.startswith("This report seeks approval to relocate the waste depot")
    assert (record.preamble, record.resolutions) == (None, [])


# --- reading stays linear on these shapes repeated many times -------------------------

REPEATED = [
    lambda n: "1. That x be y.\n\n1. To z.\n\n" * n,  # lists numbered afresh
    lambda n: "Decisions:\n" + "17.1 The Committee noted x.\n17.2 Resolved \u2013 That y.\n" * n,
    lambda n: "The report was AGREED by 4 votes to 1 and it was RESOLVED: That x.\n" * n,
    lambda n: "RESOLVED: That x.\n--o0o--\nConsultation\nIt was done.\n" * n,
    lambda n: "Decision status: Approved\nDate of decision: 1/1/2024\n\n\nThe plan.\n\n" * n,
    lambda n: "RECOMMENDED to Council\n\n\n\n1. that x be y;\n" * n,
    lambda n: "Decision:\n68/2017\nThe Cabinet agreed x.\nREASON: y.\nArrived during this item.\n" * n,
]


@pytest.mark.parametrize("body", REPEATED, ids=range(len(REPEATED)))
def test_repeated_shapes_cost_work_in_proportion_to_their_size(body, monkeypatch):
    """Four times the input makes the reader's patterns scan about four times the text."""

    assert_work_in_proportion(monkeypatch, lambda n: "Agenda item\nTitle\nMinutes:\n" + body(n))
