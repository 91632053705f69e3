"""
The ModernGov reader on the shapes copied council pages take once their
styling is lost: issue pages with the item's link line and an empty
"Additional documents:" list, "Issue - decisions" pages, RESOLVED headings
lost in copying, bare REASON headings.  Every case is written here, and
checks the whole record (plus the minutes or preamble where they matter).
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case


# --- issue pages: the item's link line, an empty "Additional documents:" list -------

case("issue-page-empty-additional-documents-then-narrative", """
    Issue - meetings

    Capital Programme Outturn 2022/23

    Meeting: 04/07/2023 - Executive (Item 12)

    12 Capital Programme Outturn 2022/23 pdf icon PDF 210 KB

    This report sets out the final spending on the capital programme for the year.


    Additional documents:


    The Portfolio Holder for Resources introduced the report and thanked the finance team.

    On a motion from the Leader, it was

    RESOLVED (unanimously)

    (1) To NOTE the outturn for the year; and

    (2) To APPROVE the slippage of schemes into 2023/24.
    """,
    "Capital Programme Outturn 2022/23",
    description="This report sets out the final spending on the capital programme for the year.",
    resolutions=[("1", "To NOTE the outturn for the year; and"),
                 ("2", "To APPROVE the slippage of schemes into 2023/24.")],
    minutes=(
        "The Portfolio Holder for Resources introduced the report and thanked the finance team."
        "\n\nOn a motion from the Leader"
    ),
)
case("issue-page-empty-additional-documents-then-minutes-heading", """
    Issue - meetings

    Review of Polling Places

    Meeting: 21/02/2019 - Full Council (Item 58)

    58 Review of Polling Places pdf icon PDF 76 KB

    To consider the report of the Electoral Registration Officer (attached).

    Additional documents:

    Minutes:

    The Council considered the outcome of the review of polling places.

    RESOLVED that the polling places set out in the schedule be adopted.
    """,
    "Review of Polling Places",
    description="To consider the report of the Electoral Registration Officer (attached).",
    resolutions=[("", "that the polling places set out in the schedule be adopted.")],
    minutes="The Council considered the outcome of the review of polling places.",
)
case("issue-page-without-issue-title-item-line-is-title", """
    Issue - meetings


    Meeting: 11/05/2015 - Licensing Committee (Item 3)

    3 Minutes of the meeting held on 2 March 2015 pdf icon PDF 61 KB

    Additional documents:


    Councillor Patel asked that his apologies be recorded.


    RESOLVED: That the minutes be approved as a correct record, subject to that amendment.
    """,
    "Minutes of the meeting held on 2 March 2015",
    resolutions=[("", "That the minutes be approved as a correct record, subject to that amendment.")],
    minutes="Councillor Patel asked that his apologies be recorded.",
)
case("issue-page-short-past-sentence-ends-empty-documents-list", """
    Issue - meetings

    Air Quality Action Plan

    Meeting: 12/12/2019 - Environment Committee (Item 8)

    8 Air Quality Action Plan pdf icon PDF 140 KB

    Additional documents:


    The item was deferred.
    """,
    "Air Quality Action Plan",
    minutes="The item was deferred.",
)
case("issue-page-title-repeated-without-blank-lines", """
    Issue - meetings
    Election of Deputy Mayor
    Meeting: 17/05/2021 - Annual Council (Item 4)
    Election of Deputy Mayor
    To elect a Deputy Mayor for the municipal year.
    Minutes:
    Councillor Green was nominated.
    RESOLVED: That Councillor Green be elected Deputy Mayor.
    """,
    "Election of Deputy Mayor",
    description="To elect a Deputy Mayor for the municipal year.",
    resolutions=[("", "That Councillor Green be elected Deputy Mayor.")],
)
case("item-line-as-first-line-keeps-number-off-title", """
    57 Housing Revenue Account Business Plan PDF 180 KB
    Report of the Director of Housing
    Minutes:
    The Cabinet considered the updated business plan.
    RESOLVED: That the business plan be approved.
    """,
    "Housing Revenue Account Business Plan",
    description="Report of the Director of Housing",
    resolutions=[("", "That the business plan be approved.")],
    number="57",
)
case("number-in-title-without-link-stays", """
    20 mph Zones in Residential Streets

    To consider the results of the consultation.

    Minutes:

    Members discussed the proposed zones.

    RESOLVED: That the zones be introduced.
    """,
    "20 mph Zones in Residential Streets",
    description="To consider the results of the consultation.",
    resolutions=[("", "That the zones be introduced.")],
)

# --- "Issue - decisions" pages -----------------------------------------------------

case("issue-decisions-page-item-title-after-date", """
    Issue - decisions

    Leisure Centre Contract Renewal

    19/01/2023 - Award of Leisure Management Contract

    The Cabinet considered the evaluation of the tenders received.

    RESOLVED: That the contract be awarded to the preferred bidder.
    """,
    "Leisure Centre Contract Renewal",
    resolutions=[("", "That the contract be awarded to the preferred bidder.")],
    minutes="The Cabinet considered the evaluation of the tenders received.",
)

# --- reasons: bare REASON headings, one per resolution, and where a reason stops ------

case("bare-capital-reason-with-dash", """
    Agenda item

    Appointments to Outside Bodies

    Report of the Monitoring Officer


    The Monitoring Officer reported a vacancy on the Fire Authority.


    RESOLVED \u2013 That Councillor Shah be appointed to the Fire Authority.


    REASON \u2013 To fill the vacancy for the rest of the municipal year.


    Supporting documents:
    """,
    "Appointments to Outside Bodies",
    description="Report of the Monitoring Officer",
    resolutions=[("", "That Councillor Shah be appointed to the Fire Authority.")],
    reason="To fill the vacancy for the rest of the municipal year.",
)
case("interleaved-reason-after-each-resolution", """
    Issue - decisions

    Quarter 3 Capital Monitor

    14/02/2019 - Capital Programme Monitor 3

    RESOLVED: (i)   That the slippage of \u00a31.2m into next year be approved.


    REASON:   To reflect the revised delivery timetable.


    (ii)   That the additions to the programme be recommended to Council.


    REASON:   To keep the programme within the agreed budget.


    Back to the top of the page
    """,
    "Quarter 3 Capital Monitor",
    resolutions=[("i", "That the slippage of \u00a31.2m into next year be approved."),
                 ("ii", "That the additions to the programme be recommended to Council.")],
    reason="To reflect the revised delivery timetable.\n\nTo keep the programme within the agreed budget.",
    minutes="",
)
case("reason-with-its-own-lettered-list-stays-the-reason", """
    School Admissions Arrangements

    Minutes:

    The Cabinet Member presented the proposed arrangements.

    RESOLVED:

    (a) That the admission arrangements be determined.

    (b) That the Director be authorised to publish them.

    Reasons for decision:

    (a) to meet the statutory deadline; and

    (b) to ensure the scheme can be applied fairly.

    Supporting documents:

    Admission Arrangements 2025 PDF 300 KB

    Equality Impact Assessment PDF 90 KB
    """,
    "School Admissions Arrangements",
    resolutions=[("a", "That the admission arrangements be determined."),
                 ("b", "That the Director be authorised to publish them.")],
    reason="(a) to meet the statutory deadline; and\n\n(b) to ensure the scheme can be applied fairly.",
    documents=["Admission Arrangements 2025", "Equality Impact Assessment"],
)
case("reason-stops-at-next-section-heading", """
    Decision details

    Scheme of Delegation Review

    Decision Maker: Council

    Decision:

    That the revised scheme of delegation be adopted.

    Reason for Decisions:

    To keep the scheme in line with the Constitution.

    Implementation of Decisions:

    The decisions take effect from the day after the meeting.

    Publication date: 02/05/2024
    """,
    "Scheme of Delegation Review",
    resolutions=[("", "That the revised scheme of delegation be adopted.")],
    reason="To keep the scheme in line with the Constitution.",
)
case("reason-keeps-its-own-list-lead-in", """
    Parking Charges Review

    Minutes:

    The Panel reviewed the charges.

    RESOLVED: That the charges be frozen.

    Reason for decision:

    The reasons are:

    - town centre footfall has fallen;
    - the car parks are under-used.
    """,
    "Parking Charges Review",
    resolutions=[("", "That the charges be frozen.")],
    reason="The reasons are:\n\n- town centre footfall has fallen;\n- the car parks are under-used.",
)

# --- RESOLVED heading lost in copying: the gap it leaves ---------------------------

case("lost-heading-numbered-items-after-bullets", """
    Agenda item

    Forward Plan

    Report of the Head of Governance



    The Democratic Services Manager presented the forward plan. Members asked that:

    \u00b7       a briefing on the flood strategy be arranged

    \u00b7       the bus review be brought forward to June





    1.    the forward plan, as set out in the appendix, be agreed;


    2.    officers report back on the timing of the bus review;


    3.    Members send any further topics to the clerk.



    Supporting documents:
    """,
    "Forward Plan",
    description="Report of the Head of Governance",
    resolutions=[("1", "the forward plan, as set out in the appendix, be agreed;"),
                 ("2", "officers report back on the timing of the bus review;"),
                 ("3", "Members send any further topics to the clerk.")],
)
case("lost-heading-bracketed-items-after-narrative", """
    Issue - decisions

    Annual Audit Letter

    09/12/2020 - External Audit Annual Letter

    The external auditor presented the annual letter and confirmed an unqualified opinion.




    (a)  the annual audit letter be noted; and


    (b)  the action plan be monitored by the Audit Committee
    """,
    "Annual Audit Letter",
    resolutions=[("a", "the annual audit letter be noted; and"),
                 ("b", "the action plan be monitored by the Audit Committee")],
    minutes="The external auditor presented the annual letter and confirmed an unqualified opinion.",
)
case("lost-heading-single-lower-case-decision", """
    Agenda item

    Internal Audit Progress

    The Audit Manager summarised the audits completed since the last meeting.




    the progress report be noted.

    Supporting documents:
    """,
    "Internal Audit Progress",
    resolutions=[("", "the progress report be noted.")],
    minutes="The Audit Manager summarised the audits completed since the last meeting.",
)
case("lost-heading-that-then-more-narrative", """
    Election of Chair for the Meeting

    The Clerk called for nominations. Councillor Ames and Councillor Boyd were nominated and the vote was tied.




    That Councillor Boyd be elected Chair for this meeting.


    Councillor Ames left the meeting at 7.10pm


    Councillor Boyd in the Chair
    """,
    "Election of Chair for the Meeting",
    resolutions=[("", "That Councillor Boyd be elected Chair for this meeting.")],
    minutes=(
        "The Clerk called for nominations. Councillor Ames and Councillor Boyd were nominated and "
        "the vote was tied.\n\nCouncillor Ames left the meeting at 7.10pm\n\nCouncillor Boyd in the Chair"
    ),
)
case("lost-heading-capitalised-subjunctive-items", """
    Agenda item

    Risk Register

    The Risk Manager explained the changes to the register since March.




    (1) The updated risk register be noted; and


    (2) The Chief Executive be asked to report on cyber risk in the autumn.
    """,
    "Risk Register",
    resolutions=[("1", "The updated risk register be noted; and"),
                 ("2", "The Chief Executive be asked to report on cyber risk in the autumn.")],
    minutes="The Risk Manager explained the changes to the register since March.",
)
case("reported-proposal-after-gap-is-narrative", """
    Agenda item

    Allotments Review

    The Parks Manager outlined the waiting list.




    Councillor Fry suggested the review be widened to community gardens.
    """,
    "Allotments Review",
    minutes=(
        "The Parks Manager outlined the waiting list.\n\n"
        "Councillor Fry suggested the review be widened to community gardens."
    ),
)
case("closing-subjunctive-list-without-gap-or-heading", """
    Agenda item

    Treasury Management Half-Year Review

    The Section 151 Officer summarised borrowing and investment activity.

    (1) the half-year review be noted;

    (2) the proposal to extend the list of approved counterparties to include housing associations, be approved; and

    (3) officers to report again at year end.
    """,
    "Treasury Management Half-Year Review",
    resolutions=[("1", "the half-year review be noted;"),
                 ("2", "the proposal to extend the list of approved counterparties to include housing "
                       "associations, be approved; and"),
                 ("3", "officers to report again at year end.")],
    minutes="The Section 151 Officer summarised borrowing and investment activity.",
)
case("closing-numbered-narrative-points-are-not-decisions", """
    Agenda item

    Community Safety Update

    The Inspector presented the update.

    1. Anti-social behaviour had fallen by 8%.

    2. Members asked whether the new camera would be installed before Christmas.
    """,
    "Community Safety Update",
    minutes=(
        "The Inspector presented the update.\n\n1. Anti-social behaviour had fallen by 8%.\n\n"
        "2. Members asked whether the new camera would be installed before Christmas."
    ),
)
case("long-gap-before-ordinary-narrative-is-not-a-decision", """
    Agenda item

    Matters Arising

    The Chair reminded members of the site visit.













    Any changes since the last meeting were reported orally.
    """,
    "Matters Arising",
    minutes="The Chair reminded members of the site visit.\n\nAny changes since the last meeting were reported orally.",
)
case("report-as-subject-of-narrative-is-not-the-purpose", """
    Pension Fund Investments

    A report by the Treasurer presented the fund's performance for the quarter.

    RESOLVED: That the report be noted.
    """,
    "Pension Fund Investments",
    resolutions=[("", "That the report be noted.")],
    minutes="A report by the Treasurer presented the fund's performance for the quarter.",
)
case("the-report-of-which-was-circulated-is-still-agenda-text", """
    Waste Collection Contract

    A report of the Director of Environment, which was circulated separately, on the tenders received.

    Members asked about recycling rates.

    RESOLVED: That the contract be awarded.
    """,
    "Waste Collection Contract",
    description="A report of the Director of Environment, which was circulated separately, on the tenders received.",
    resolutions=[("", "That the contract be awarded.")],
)

# --- "Decisions:" over the narrative, with RESOLVED further down ------------------

case("decisions-heading-over-narrative-then-resolved", """
    Decision details

    Housing Allocations Policy

    Decision Maker: Council

    Decisions:

    Further to the Cabinet's recommendation, the Council considered the revised policy.

    It was moved by Councillor Ortiz, seconded by Councillor Lee and

    RESOLVED:

    That approval be given to:

    (1) the revised allocations policy; and

    (2) its publication on the Council's website.

    Publication date: 14/03/2024
    """,
    "Housing Allocations Policy",
    preamble="That approval be given to:",
    resolutions=[("1", "the revised allocations policy; and"),
                 ("2", "its publication on the Council's website.")],
)
case("narrative-ending-in-colon-is-not-a-lead-in", """
    Election of Vice-Chair

    Minutes:

    It was proposed by Councillor Day and seconded by Councillor Ford that Councillor Ng be elected. There being no other nominations it was:

    That Councillor Ng be elected Vice-Chair for the municipal year.
    """,
    "Election of Vice-Chair",
    preamble=None,
    resolutions=[("", "That Councillor Ng be elected Vice-Chair for the municipal year.")],
    minutes=(
        "It was proposed by Councillor Day and seconded by Councillor Ford that Councillor Ng be "
        "elected. There being no other nominations it was:"
    ),
)
case("short-lead-in-above-lost-heading-list-is-preamble", """
    Budget Consultation

    Minutes:

    Members discussed the consultation responses.

    That the Cabinet:

    (a) note the responses; and

    (b) publish a summary.
    """,
    "Budget Consultation",
    preamble="That the Cabinet:",
    resolutions=[("a", "note the responses; and"), ("b", "publish a summary.")],
)
case("one-paragraph-per-line-narrative-after-resolution", """
    Issue - meetings
    Election of Mayor
    Meeting: 15/05/2023 - Annual Council (Item 3)
    Election of Mayor
    To elect a Mayor for the municipal year.
    Minutes:
    Councillor Quinn was proposed and seconded.
    RESOLVED:
    That Councillor Quinn be elected Mayor for the 2023/24 municipal year.
    Councillor Quinn signed the declaration of acceptance of office.
    Councillor Quinn thanked the Council for the honour.
    """,
    "Election of Mayor",
    description="To elect a Mayor for the municipal year.",
    resolutions=[("", "That Councillor Quinn be elected Mayor for the 2023/24 municipal year.")],
    minutes=(
        "Councillor Quinn was proposed and seconded.\n\nCouncillor Quinn signed the declaration of "
        "acceptance of office.\nCouncillor Quinn thanked the Council for the honour."
    ),
)

# --- agenda text without a "Minutes:" heading -------------------------------------

case("agenda-text-body-is-asked", """
    Agenda item

    Council Tax Base 2024/25

    General assembly is asked to approve the council tax base for the coming year.


    The Cabinet Member for Finance introduced the report.




    That the council tax base for 2024/25 be approved.
    """,
    "Council Tax Base 2024/25",
    description="General assembly is asked to approve the council tax base for the coming year.",
    resolutions=[("", "That the council tax base for 2024/25 be approved.")],
    minutes="The Cabinet Member for Finance introduced the report.",
)
case("agenda-text-bracketed-note-then-past-narrative-about-the-report", """
    Agenda item

    Quarterly Performance Report

    To review performance against the corporate plan at the end of June.

    (Report attached)

    This report was taken after the break, by agreement of the Chair.

    Members asked about sickness absence.
    """,
    "Quarterly Performance Report",
    description="To review performance against the corporate plan at the end of June.\n\n(Report attached)",
    minutes="This report was taken after the break, by agreement of the Chair.\n\nMembers asked about sickness absence.",
)
case("bracketed-chair-note-after-agenda-text-is-minutes", """
    Election of Vice-Chair

    To elect a Vice-Chair for the year.

    (Councillor Rao in the Chair)

    Councillor Penn was nominated and elected unopposed.
    """,
    "Election of Vice-Chair",
    description="To elect a Vice-Chair for the year.",
    minutes="(Councillor Rao in the Chair)\n\nCouncillor Penn was nominated and elected unopposed.",
)
case("agenda-text-statement-of-what-may-happen", """
    Agenda item

    Late Items of Business

    Where the chair agrees, a late item may be considered at the end of the meeting.


    The chair reported that no late items had been received.
    """,
    "Late Items of Business",
    description="Where the chair agrees, a late item may be considered at the end of the meeting.",
    minutes="The chair reported that no late items had been received.",
)
case("agenda-text-under-standing-order-to-appoint", """
    Election of Chairman of the Council
    Under Council Procedure Rule 2.3, to elect a Chairman of the Council for the year.
    The retiring Chairman called for nominations and Councillor Vale was proposed.
    That Councillor Vale be elected Chairman of the Council for the year.
    """,
    "Election of Chairman of the Council",
    description="Under Council Procedure Rule 2.3, to elect a Chairman of the Council for the year.",
    resolutions=[("", "That Councillor Vale be elected Chairman of the Council for the year.")],
)
case("issue-page-agenda-wording-of-title-and-motion-to-be-moved", """
    Issue - meetings

    Appointment of Deputy Leader

    Meeting: 20/05/2019 - Council (Item 9)

    Appointment of Deputy Leader of the Council for the 2019/20 Year

    To appoint a Deputy Leader of the Council.


    Cllr Ruth Obi will move:


    That Cllr Dean Marsh be appointed Deputy Leader for the year.


    Cllr Ivan Hale will second.


    The motion will be put to the vote.



    It was moved and seconded that Cllr Marsh be appointed.




    That Cllr Marsh be appointed Deputy Leader of the Council for the year.
    """,
    "Appointment of Deputy Leader",  # the item's, as the meeting considered it
    description=(
        "To appoint a Deputy Leader of the Council.\n\nCllr Ruth Obi will move:\n\n"
        "That Cllr Dean Marsh be appointed Deputy Leader for the year.\n\nCllr Ivan Hale will second."
        "\n\nThe motion will be put to the vote."
    ),
    resolutions=[("", "That Cllr Marsh be appointed Deputy Leader of the Council for the year.")],
    minutes="It was moved and seconded that Cllr Marsh be appointed.",
)
case("issue-page-report-of-line-under-meeting-is-agenda-text", """
    Issue - meetings

    Parks Strategy

    Meeting: 03/10/2022 - Cabinet (Item 6)

    Report of the Director of Environment

    Minutes:

    The Cabinet considered the draft strategy.

    RESOLVED: That the strategy be adopted.
    """,
    "Parks Strategy",
    description="Report of the Director of Environment",
    resolutions=[("", "That the strategy be adopted.")],
)
case("issue-page-number-on-its-own-line-then-item-line", """
    Issue - meetings

    Street Trading Policy

    Meeting: 06/06/2017 - Licensing Committee (Item 21)

    21.

    Street Trading Policy PDF 130 KB

    To consider the revised street trading policy.

    Minutes:

    Members welcomed the revised policy.

    RESOLVED: That the policy be adopted.
    """,
    "Street Trading Policy",
    description="To consider the revised street trading policy.",
    resolutions=[("", "That the policy be adopted.")],
    number="21",
)
case("issue-page-other-line-under-meeting-is-kept", """
    Issue - meetings

    Library Strategy

    Meeting: 08/11/2022 - Cabinet (Item 14)

    Councillor Amy Stone, Portfolio Holder For Culture

    Minutes:

    The Portfolio Holder presented the strategy.

    RESOLVED: That the strategy be approved.
    """,
    "Library Strategy",
    description="Councillor Amy Stone, Portfolio Holder For Culture",
    resolutions=[("", "That the strategy be approved.")],
)
case("issue-decisions-page-only-a-lost-heading-list", """
    Issue - decisions

    Month 9 Revenue Monitoring

    12/02/2021 - Month 9 Revenue Monitoring




    1.   the forecast outturn be noted.

    2.   recovery plans be put in place by every directorate
    """,
    "Month 9 Revenue Monitoring",
    resolutions=[("1", "the forecast outturn be noted."),
                 ("2", "recovery plans be put in place by every directorate")],
)

# --- notes in brackets that name no one -------------------------------------------

case("issue-decisions-cross-reference-in-brackets-is-not-a-presenter", """
    Issue - decisions

    Depot Relocation

    05/05/2024 - Depot Relocation

    [Exempt details are recorded under the private part of the agenda; see also under Part 2]


    Resolved:  (i)      That the move to the new depot be approved.


    (ii)      That the lease on the old site be surrendered.
    """,
    "Depot Relocation",
    resolutions=[("i", "That the move to the new depot be approved."),
                 ("ii", "That the lease on the old site be surrendered.")],
)
case("decision-page-call-in-note-in-brackets-after-inline-reason-is-not-the-reason", """
    Decision details

    Grounds Maintenance Contract

    Decision Maker: Cabinet

    Decision:

    RESOLVED: That the contract be extended by one year.

    Reason for Decision:  To keep the service running while the new contract is procured.

    [Call-in does not apply to this decision].

    Publication date: 02/02/2024
    """,
    "Grounds Maintenance Contract",
    resolutions=[("", "That the contract be extended by one year.")],
    reason="To keep the service running while the new contract is procured.",
)

# --- a lost RESOLVED heading before the minutes' closing outcome ------------------

case("issue-page-without-title-number-from-meeting-line-and-outcome-after-gap", """
    Issue - meetings


    Meeting: 14/09/2021 - North Area Board (Item 3)

    3 Minutes

    To confirm the notes of the meeting held in July.

    Supporting documents:


    The Chair asked for any matters arising and there were none.


    Members asked that the notes list the parish representatives present.



    The notes of the meeting held in July were confirmed as a correct record, with that addition.
    """,
    "Minutes",
    description="To confirm the notes of the meeting held in July.",
    resolutions=[("", "The notes of the meeting held in July were confirmed as a correct record, with that addition.")],
    number="3",
)
case("lost-heading-infinitive-outcome-closes-the-minutes", """
    Agenda item

    Quarterly Enforcement Report


    Officers outlined the cases closed since the last meeting.


    A motion to receive the report was moved and carried.




    To receive the report.


    Supporting documents:
    """,
    "Quarterly Enforcement Report",
    resolutions=[("", "To receive the report.")],
)
case("paragraph-after-a-gap-that-is-not-an-outcome-stays-minutes", """
    Agenda item

    Ward Updates


    Councillor Brook described the new play area.




    Members thanked the volunteers who had cleared the brook.
    """,
    "Ward Updates",
)

# --- a decision written as one sentence of a narrative paragraph -----------------

case("inline-resolved-sentence-then-narrative-sentence-in-same-paragraph", """
    Agenda item

    Street Naming

    Minutes:

    The Panel heard from the ward members. The Panel resolved that the new road be named Orchard Way. Officers will write to the developer with the decision.
    """,
    "Street Naming",
    resolutions=[("", "that the new road be named Orchard Way.")],
    minutes="The Panel heard from the ward members.\n\nOfficers will write to the developer with the decision.",
)
case("marker-opening-the-line-keeps-all-its-sentences", """
    Agenda item

    Meeting Dates

    Minutes:

    RESOLVED – That the report be noted. The Committee further agrees to meet in June instead of May.
    """,
    "Meeting Dates",
    resolutions=[("", "That the report be noted. The Committee further agrees to meet in June instead of May.")],
)
case("inline-resolved-second-sentence-that-is-a-decision-stays", """
    Agenda item

    Allotment Rents

    Minutes:

    RESOLVED – That the rents be frozen for 2025. That the waiting list policy be reviewed by Cllr. Hart.
    """,
    "Allotment Rents",
    resolutions=[("", "That the rents be frozen for 2025. That the waiting list policy be reviewed by Cllr. Hart.")],
)

# --- one decision printed twice: bare above the minutes, or reworded in them ---------

case("decision-printed-bare-above-minutes-then-resolved-again-read-once", """
    305 Tree Planting Grants PDF 90 KB
    Additional documents:
    (a) That the grant scheme be launched in April; and
    (b) That parish councils be invited to bid.
    The Portfolio Holder introduced the scheme and answered questions.
    The motion to support the scheme was carried.
    RESOLVED – That (a) The grant scheme be launched in April; and
    (b) That parish councils be invited to bid.
    """,
    "Tree Planting Grants",
    resolutions=[("a", "That the grant scheme be launched in April; and"),
                 ("b", "That parish councils be invited to bid.")],
    minutes="The Portfolio Holder introduced the scheme and answered questions.\n"
            "The motion to support the scheme was carried.",
)
case("decision-block-reworded-in-minutes-read-once-with-its-own-reason", """
    Issue - meetings

    Bus Shelter Renewal

    Meeting: 03/03/2024 - Cabinet (Item 9)

    9 Bus Shelter Renewal pdf icon PDF 80 KB

    To consider renewing the bus shelters.

    Additional documents:

    Decision:

    RESOLVED: That the renewal programme be approved.

    REASON FOR DECISION: To replace shelters beyond repair.

    Minutes:

    The Cabinet Member introduced the programme.

    RESOLVED: That Cabinet approved the renewal programme as set out in the report.

    REASON FOR DECISION: To replace the shelters that are beyond economic repair.
    """,
    "Bus Shelter Renewal",
    description="To consider renewing the bus shelters.",
    resolutions=[("", "That the renewal programme be approved.")],
    reason="To replace shelters beyond repair.",
)
case("opening-that-paragraph-unlike-the-later-resolution-stays-minutes", """
    Agenda item

    Member Training

    Minutes:

    That training be offered to all members had been proposed at the last meeting.

    The Chair asked for views on the format.

    RESOLVED: That an evening session on planning law be arranged.
    """,
    "Member Training",
    resolutions=[("", "That an evening session on planning law be arranged.")],
)

# --- a narrative lead-in naming who decided ----------------------------------------

case("long-narrative-lead-in-naming-the-decider-is-the-preamble", """
    Agenda item

    Waste Collection Rounds

    Minutes:

    The Executive Member summarised the consultation.

    After weighing the responses from residents and the parish councils, the Executive approved the changes set out below:

    (a) to move collections in the north of the district to Tuesdays;

    (b) to write to every affected household a month ahead.
    """,
    "Waste Collection Rounds",
    preamble="After weighing the responses from residents and the parish councils, the Executive approved the "
             "changes set out below:",
    resolutions=[("a", "to move collections in the north of the district to Tuesdays;"),
                 ("b", "to write to every affected household a month ahead.")],
    minutes="The Executive Member summarised the consultation.",
)
case("lead-in-wrapped-onto-the-marker-line-is-one-preamble", """
    Issue - decisions

    Market Charter Fair

    20/05/2024 - Market Charter Fair

    Having heard from the traders' association and the ward councillors, the Leader
    agreed:

    1. to hold the charter fair on the first Saturday in June;

    2. to waive pitch fees for local charities.
    """,
    "Market Charter Fair",
    preamble="Having heard from the traders' association and the ward councillors, the Leader agreed:",
    resolutions=[("1", "to hold the charter fair on the first Saturday in June;"),
                 ("2", "to waive pitch fees for local charities.")],
    minutes="",
)

# --- a list introduced as agreed, whatever its items' wording -----------------------

case("list-under-the-following-was-agreed-is-the-decision", """
    Issue - meetings

    Youth Council Arrangements

    Meeting: 10/06/2022 - Youth Council (Item 4)

    4 Youth Council Arrangements pdf icon PDF 60 KB

    To settle the Youth Council's arrangements for the year.

    Minutes:

    The Youth Worker went through the options. The following was agreed:

    1.    Amira Khan was chosen as Vice Chair for the year.

    2.    Meetings would move to Thursday evenings.
    """,
    "Youth Council Arrangements",
    description="To settle the Youth Council's arrangements for the year.",
    resolutions=[("1", "Amira Khan was chosen as Vice Chair for the year."),
                 ("2", "Meetings would move to Thursday evenings.")],
)
case("list-under-narrative-that-is-not-agreed-stays-minutes", """
    Agenda item

    Youth Council Update

    Minutes:

    The Youth Worker reported the following:

    1.    Amira Khan had been chosen as Vice Chair.

    2.    Meetings had moved to Thursday evenings.
    """,
    "Youth Council Update",
)

# --- each lettered part moved, then resolved ---------------------------------------

case("lettered-parts-each-moved-then-resolved-keep-their-letters", """
    Agenda item

    Minutes of Committees

    Minutes:

    (a)   It was moved by the Chair, seconded by the Vice-Chair and

          Resolved that the minutes of the Licensing Committee of 3 March be received.

    (b)   It was moved by Councillor Ford, seconded by Councillor Lim and

    Resolved that the minutes of the Audit Committee of 9 March be received.
    """,
    "Minutes of Committees",
    resolutions=[("a", "that the minutes of the Licensing Committee of 3 March be received."),
                 ("b", "that the minutes of the Audit Committee of 9 March be received.")],
)

@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)
