"""
The ModernGov reader on further shapes of council pages: decisions written
without a RESOLVED marker ("Issue - decisions" pages that show only what was
decided, "NOTED" / "RECOMMENDED" items), lists whose heading was lost,
agenda text that does not open with "To ...", and item lines repeated on
issue pages.  Every case is written here and checks the whole record.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case


# --- "Issue - decisions" pages: the body is the decision ----------------------------

case("decision-page-body-is-one-decision-paragraph", """
    Issue - decisions

    Hybrid meetings of the Executive

    12/01/2022 - Hybrid meetings of the Executive

    The Executive will continue to meet in the council chamber with remote attendance for those advised to shield, until the audio system is replaced.
    """,
    "Hybrid meetings of the Executive",
    resolutions=[("", "The Executive will continue to meet in the council chamber with remote "
                      "attendance for those advised to shield, until the audio system is replaced.")],
    preamble=None,
)
case("decision-page-narrative-then-decision-sentence", """
    Issue - decisions

    Civic Calendar

    02/04/2019 - Calendar of Meetings 2019/20

    The Deputy Leader introduced the draft calendar, which followed the pattern of previous years.

    The Executive agreed the calendar of meetings for 2019/20 as set out in the appendix.
    """,
    "Civic Calendar",
    resolutions=[("", "The Executive agreed the calendar of meetings for 2019/20 as set out in the appendix.")],
    minutes="The Deputy Leader introduced the draft calendar, which followed the pattern of previous years.",
)
case("decision-page-body-name-then-noted-and-recommended-items", """
    Issue - decisions

    Housing Rents 2024/25

    07/02/2024 - HOUSING RENTS AND SERVICE CHARGES 2024/25

    Executive

    1)    NOTED the revised charges for communal cleaning under the tenancy agreement;

    2)    RECOMMENDED to Council that:
                 i.    rents rise by 5% from 1 April 2024;
                ii.    the garage charges be frozen.
    """,
    "Housing Rents 2024/25",
    preamble="Executive",
    resolutions=[
        ("1", "NOTED the revised charges for communal cleaning under the tenancy agreement;"),
        ("2", "RECOMMENDED to Council that:\ni. rents rise by 5% from 1 April 2024;\n"
              "ii. the garage charges be frozen."),
    ],
)
case("decision-page-narrative-ending-agreed-that-then-roman-list", """
    Issue - decisions

    Treasury Management Mid-Year Review

    14/11/2018 - Treasury Management Mid-Year Review

    The Board reviewed treasury activity in the first half of the year and agreed that:-

    (i)    the prudential indicators be revised as set out in the report;

    (ii)   the lending list be noted.
    """,
    "Treasury Management Mid-Year Review",
    preamble="The Board reviewed treasury activity in the first half of the year and agreed that:-",
    resolutions=[("i", "the prudential indicators be revised as set out in the report;"),
                 ("ii", "the lending list be noted.")],
)
case("decision-page-recommend-lead-in-then-numbered-items", """
    Issue - decisions

    Fees and Charges

    03/03/2015 - Fees and Charges 2015/16

    RECOMMEND to Council that

    1)   the fees in Appendix A be adopted; and

    2)   the car park tariffs remain unchanged.
    """,
    "Fees and Charges",
    preamble="RECOMMEND to Council that",
    resolutions=[("1", "the fees in Appendix A be adopted; and"),
                 ("2", "the car park tariffs remain unchanged.")],
)
case("decision-page-bare-lettered-fragments", """
    Issue - decisions

    Corporate Risks

    05/06/2023 - Corporate Risks

    (a)  noted;

    (b)  agreed to raise the score for the data centre risk to high; and

    (c)  noted, with a request for a briefing on cyber security.
    """,
    "Corporate Risks",
    preamble=None,
    resolutions=[("a", "noted;"),
                 ("b", "agreed to raise the score for the data centre risk to high; and"),
                 ("c", "noted, with a request for a briefing on cyber security.")],
)
case("decision-page-that-lead-in-ending-and-then-numbered-items", """
    Issue - decisions

    Councillors' Allowances

    20/02/2024 - Councillors' Allowances

    That the Council receives the panel's report and


    1.     adopts the scheme in Appendix 2;


    2.     asks the Monitoring Officer to publish it.
    """,
    "Councillors' Allowances",
    preamble="That the Council receives the panel's report and",
    resolutions=[("1", "adopts the scheme in Appendix 2;"),
                 ("2", "asks the Monitoring Officer to publish it.")],
)
case("decision-page-that-list-followed-by-a-flattened-table", """
    Issue - decisions

    Local Code of Governance

    22/07/2016 - Local Code of Governance

    1.  That the Local Code of Governance at Appendix 1 be adopted.

    2.  That the following action be added to the improvement plan:-

    Issue

    Action

    Deadline

    Information governance

    That a records retention schedule is agreed for every service.

    That staff complete data protection training.

    By March 2017
    """,
    "Local Code of Governance",
    preamble=None,
    resolutions=[
        ("1", "That the Local Code of Governance at Appendix 1 be adopted."),
        ("2", "That the following action be added to the improvement plan:-\n\nIssue\n\nAction\n\n"
              "Deadline\n\nInformation governance\n\n"
              "That a records retention schedule is agreed for every service.\n\n"
              "That staff complete data protection training.\n\nBy March 2017"),
    ],
)
case("decision-page-narrative-paragraph-above-the-list-stays-minutes", """
    Issue - decisions

    Pensions Investment Update

    02/12/2013 - Pensions Investment Update

    The Director of Finance presented the quarterly review of the fund's investments, which showed returns above the benchmark.

    (1)  the review be noted; and

    (2)  the fund's bond allocation be reduced by 5%.
    """,
    "Pensions Investment Update",
    preamble=None,
    resolutions=[("1", "the review be noted; and"),
                 ("2", "the fund's bond allocation be reduced by 5%.")],
)

case("decision-details-page-purpose-and-decision-headings-lost", """
    Decision details

    Medium Term Financial Plan 2022-2027

    Decision Maker: Cabinet

    This report sets out the updated financial plan for Cabinet to consider before recommending it to Council.

    1. Cabinet noted the economic outlook set out in the plan.

    2. Cabinet noted the savings proposals.

    3. Cabinet recommended the plan to Council for approval.

    Publication date: 10/02/2022
    """,
    "Medium Term Financial Plan 2022-2027",
    description=("This report sets out the updated financial plan for Cabinet to consider "
                 "before recommending it to Council."),
    resolutions=[("1", "Cabinet noted the economic outlook set out in the plan."),
                 ("2", "Cabinet noted the savings proposals."),
                 ("3", "Cabinet recommended the plan to Council for approval.")],
    details=[("Decision Maker", "Cabinet"), ("Publication date", "10/02/2022")],
)
case("lead-in-typed-with-semicolon-then-noted-and-agreed-items", """
    Outside Bodies Appointments
    Minutes:
    Members discussed the vacancies on outside bodies and the process for nominations.
    The committee formally;
    1. Noted the list of outside bodies.
    2. Agreed to let each group nominate its own representatives.
    2.1. Nominations to be sent to the clerk by Friday.
    """,
    "Outside Bodies Appointments",
    preamble="The committee formally;",
    resolutions=[("1", "Noted the list of outside bodies."),
                 ("2", "Agreed to let each group nominate its own representatives.\n"
                       "2.1. Nominations to be sent to the clerk by Friday.")],
    minutes="Members discussed the vacancies on outside bodies and the process for nominations.",
)
case("the-reason-for-the-decision-heading-before-the-decision", """
    Issue - decisions

    Garden Waste Charges

    15/09/2020 - Garden Waste Charges

    The reason for the decision:

    The Executive was satisfied that the charge covers the cost of the service.

    THE DECISION:

    That the garden waste charge be set at £40 a year.
    """,
    "Garden Waste Charges",
    resolutions=[("", "That the garden waste charge be set at £40 a year.")],
    reason="The Executive was satisfied that the charge covers the cost of the service.",
)

case("recommended-to-council-after-the-narrative-is-the-decision", """
    Draft Budget 2025/26
    To consider the draft budget.
    RECOMMENDED: That the Committee comments on the draft budget.
    Minutes:
    The Committee considered the draft budget and the Cabinet Member answered questions.
    RECOMMENDED to Council that the budget be approved.
    """,
    "Draft Budget 2025/26",
    description="To consider the draft budget.\nRECOMMENDED: That the Committee comments on the draft budget.",
    resolutions=[("", "RECOMMENDED to Council that the budget be approved.")],
    minutes="The Committee considered the draft budget and the Cabinet Member answered questions.",
)
case("noted-in-capitals-after-the-narrative-is-the-decision", """
    Annual Report of the Committee
    Minutes:
    The Chair introduced the annual report.
    NOTED the annual report of the Committee.
    """,
    "Annual Report of the Committee",
    resolutions=[("", "NOTED the annual report of the Committee.")],
    minutes="The Chair introduced the annual report.",
)
case("numbered-items-opening-with-verbs-in-capitals-keep-their-labels", """
    Work Programme
    Minutes:
    The Chair introduced the work programme.
    1) NOTED the items carried forward;
    2) AGREED that the housing review be added.
    """,
    "Work Programme",
    resolutions=[("1", "NOTED the items carried forward;"),
                 ("2", "AGREED that the housing review be added.")],
    minutes="The Chair introduced the work programme.",
)
case("council-resolved-to-in-running-prose", """
    Appointments to Outside Bodies
    Minutes:
    Nominations had been received from each group. The Council resolved to note the appointments in the annex;
    """,
    "Appointments to Outside Bodies",
    resolutions=[("", "to note the appointments in the annex;")],
    minutes="Nominations had been received from each group.",
)

case("decision-page-note-after-the-decision-is-minutes", """
    Issue - decisions

    Parking Charges

    04/03/2022 - Parking Charges

    That the revised parking charges be approved.

    (Councillor Hart declared an interest and left the room.)

    Reasons for decision:

    To balance the parking account.
    """,
    "Parking Charges",
    resolutions=[("", "That the revised parking charges be approved.")],
    reason="To balance the parking account.",
    minutes="(Councillor Hart declared an interest and left the room.)",
)
case("list-under-the-committee-lead-in-is-the-decision-whatever-its-verbs", """
    Agenda item

    Budget Monitoring

    Report of the Director of Finance

    Minutes:

    The Director presented the report. Members asked about the overspend in children's services.

    The Committee:

    (a) noted the forecast overspend;

    (b) asked for a recovery plan at the next meeting.
    """,
    "Budget Monitoring",
    description="Report of the Director of Finance",
    preamble="The Committee:",
    resolutions=[("a", "noted the forecast overspend;"),
                 ("b", "asked for a recovery plan at the next meeting.")],
)

case("action-for-a-named-officer-after-a-lost-heading-list-is-minutes", """
    Representatives on Outside Bodies
    Minutes:
    Members discussed the nominations received from the groups.



    The panel formally;


    1.   Noted the list of current representatives.


    2.   Agreed the following nominations:

    2.1.  River Trust - Cllr Ann Bell

    2.2.  Rural Forum - Cllr Omar Rai



    Priya Das (Democratic Services Officer) to write to each body with the names.
    """,
    "Representatives on Outside Bodies",
    preamble="The panel formally;",
    resolutions=[("1", "Noted the list of current representatives."),
                 ("2", "Agreed the following nominations:\n\n2.1. River Trust - Cllr Ann Bell\n"
                       "2.2. Rural Forum - Cllr Omar Rai")],
    minutes=("Members discussed the nominations received from the groups.\n\n"
             "Priya Das (Democratic Services Officer) to write to each body with the names."),
)

case("decision-page-several-that-paragraphs-after-narrative", """
    Issue - decisions

    Play Areas

    04/03/2022 - Play Areas

    The Cabinet Member introduced the report on play area investment.

    That the investment programme in Appendix 1 be approved.

    That the Director be authorised to let the contracts.
    """,
    "Play Areas",
    resolutions=[("", "That the investment programme in Appendix 1 be approved."),
                 ("", "That the Director be authorised to let the contracts.")],
    minutes="The Cabinet Member introduced the report on play area investment.",
)

case("lost-heading-list-copied-with-blank-lines-between-every-line", """
    Agenda item

    Scrutiny Work Programme

    Report of the Head of Democratic Services

    The officer presented the draft programme.



    Members suggested a review of bus services.



    1.  That the work programme be agreed;



    2.  That the bus services review be added to it; and



    3.  That officers scope the review for the next meeting.
    """,
    "Scrutiny Work Programme",
    description="Report of the Head of Democratic Services",
    resolutions=[("1", "That the work programme be agreed;"),
                 ("2", "That the bus services review be added to it; and"),
                 ("3", "That officers scope the review for the next meeting.")],
)

case("decision-page-narrative-and-decision-without-a-blank-line", """
    Issue - decisions
    Civic Calendar
    02/04/2019 - Calendar of Meetings 2019/20
    The Deputy Leader introduced the draft calendar, which followed the pattern of previous years.
    The Executive agreed the calendar of meetings for 2019/20 as set out in the appendix.
    """,
    "Civic Calendar",
    resolutions=[("", "The Executive agreed the calendar of meetings for 2019/20 as set out in the appendix.")],
    minutes="The Deputy Leader introduced the draft calendar, which followed the pattern of previous years.",
)

case("decision-page-list-directly-under-narrative-without-a-blank-line", """
    Issue - decisions
    Pensions Investment Update
    02/12/2013 - Pensions Investment Update
    The Director of Finance presented the quarterly review of the fund's investments, which showed returns above the benchmark.
    (1)  the review be noted; and
    (2)  the fund's bond allocation be reduced by 5%.
    """,
    "Pensions Investment Update",
    preamble=None,
    resolutions=[("1", "the review be noted; and"),
                 ("2", "the fund's bond allocation be reduced by 5%.")],
)

case("presenter-line-without-brackets", """
    Agenda item
    Leisure Contract
    Councillor Dee Shah, Cabinet Member for Leisure, to present the report.
    The Cabinet Member presented the report.
    RESOLVED: That the contract be extended.
    """,
    "Leisure Contract",
    presenter="Councillor Dee Shah, Cabinet Member for Leisure, to present the report",
    resolutions=[("", "That the contract be extended.")],
    minutes="The Cabinet Member presented the report.",
)
case("narrative-about-presenting-is-not-a-presenter", """
    Agenda item
    Leisure Contract
    Councillor Dee Shah was invited to present the report and outlined the options.
    RESOLVED: That the contract be extended.
    """,
    "Leisure Contract",
    minutes="Councillor Dee Shah was invited to present the report and outlined the options.",
    resolutions=[("", "That the contract be extended.")],
)
case("agenda-text-straight-under-a-one-line-field", """
    Agenda item
    Leisure Contract
    Lead officer: Sam Lee
    To consider extending the contract.
    Minutes:
    The Cabinet Member presented the report.
    RESOLVED: That the contract be extended.
    """,
    "Leisure Contract",
    description="To consider extending the contract.",
    resolutions=[("", "That the contract be extended.")],
    details=[("Lead officer", "Sam Lee")],
)

case("numbered-list-run-together-on-one-line", """
    Agenda item
    Carers Strategy
    To agree the carers strategy.
    Minutes:
    The Cabinet Member introduced the strategy. RESOLVED to: 1. Note the consultation results 2. Agree the six priorities in the strategy. 3. Agree that progress is reported each year.
    """,
    "Carers Strategy",
    description="To agree the carers strategy.",
    preamble="to:",
    resolutions=[("1", "Note the consultation results"),
                 ("2", "Agree the six priorities in the strategy."),
                 ("3", "Agree that progress is reported each year.")],
)
case("numbers-inside-a-sentence-do-not-split-it", """
    Agenda item
    Constitution Update
    Minutes:
    RESOLVED: That the change in paragraph 4. of the rules be made and section 2. be reviewed.
    """,
    "Constitution Update",
    resolutions=[("", "That the change in paragraph 4. of the rules be made and section 2. be reviewed.")],
)


# --- labels -------------------------------------------------------------------------

case("resolved-that-with-first-label-on-the-marker-line", """
    Street Trading Policy
    Minutes:
    The Committee considered the consultation responses.
    RESOLVED that (1) the revised policy be adopted;
    (2) the fees be reviewed in two years;
    (3) the Head of Licensing publish the policy.
    """,
    "Street Trading Policy",
    preamble="that",
    resolutions=[("1", "the revised policy be adopted;"),
                 ("2", "the fees be reviewed in two years;"),
                 ("3", "the Head of Licensing publish the policy.")],
)
case("label-typed-with-two-dots", """
    Depot Relocation
    Minutes:
    The Executive considered the business case.
    RESOLVED: That the Executive
    1. notes the business case;
    2. approves the capital budget.
    3.. delegates the contract award to the Director.
    """,
    "Depot Relocation",
    preamble="That the Executive",
    resolutions=[("1", "notes the business case;"),
                 ("2", "approves the capital budget."),
                 ("3", "delegates the contract award to the Director.")],
)

# --- issue pages: the item line under "Meeting: ..." --------------------------------

case("issue-page-item-line-numbered-without-link-size", """
    Issue - meetings

    Council Tax Reduction Scheme

    Meeting: 09/01/2019 - Executive (Item 112)

    112 Council Tax Reduction Scheme

    Report of the Head of Revenues

    Minutes:

    The Executive considered the scheme.

    RESOLVED: That the scheme be recommended to Council.
    """,
    "Council Tax Reduction Scheme",
    description="Report of the Head of Revenues",
    resolutions=[("", "That the scheme be recommended to Council.")],
)
case("issue-page-item-line-worded-differently-from-issue", """
    Issue - meetings

    Questions from the Public (max. 20 mins)

    Meeting: 03/10/2022 - Scrutiny Board (Item 5)

    Questions from the Public (20 minutes)

    To answer questions submitted by residents in advance.

    Minutes:

    No questions had been received.
    """,
    "Questions from the Public (max. 20 mins)",  # the item's title, as the meeting considered it
    description="To answer questions submitted by residents in advance.",
    minutes="No questions had been received.",
)
case("purpose-in-square-brackets-is-not-a-presenter", """
    Issue - meetings

    Sale of Land at Mill Lane

    Meeting: 11/03/2021 - Cabinet (Item 9)

    Land at Mill Lane

    [To approve the disposal of surplus land at Mill Lane to the housing company]

    Decision:

    That the disposal be approved.
    """,
    "Sale of Land at Mill Lane",  # the issue's own title
    description="To approve the disposal of surplus land at Mill Lane to the housing company",
    resolutions=[("", "That the disposal be approved.")],
)
case("presenter-in-square-brackets-still-read", """
    Annual Complaints Report
    To note the annual report on complaints.
    [Sam Okafor, Customer Services Manager, to present report]
    Minutes:
    The Committee noted the report.
    """,
    "Annual Complaints Report",
    description="To note the annual report on complaints.",
    presenter="Sam Okafor, Customer Services Manager, to present report",
)


# --- decisions whose RESOLVED heading was lost --------------------------------------

case("lost-heading-before-closing-list-of-to-items", """
    Issue - meetings

    Business Rates Pool

    Meeting: 15/01/2020 - Executive (Item 88)

    88 Business Rates Pool

    Report of the Chief Finance Officer

    Supporting documents:


    The Portfolio Holder for Finance introduced the report on joining the county pool.


    Members asked about the risk of a loss and were told it would be shared across the pool.




    1.    To join the business rates pool for 2020/21.


    2.    To note that the pool's gains will be shared as set out in the report.
    """,
    "Business Rates Pool",
    description="Report of the Chief Finance Officer",
    resolutions=[("1", "To join the business rates pool for 2020/21."),
                 ("2", "To note that the pool's gains will be shared as set out in the report.")],
)
case("moved-and-seconded-then-lettered-passive-items", """
    14 Pay Policy Statement 2021/22 PDF 88 KB
    Report of the Head of Paid Service
    Additional documents:
    The Council considered the annual pay policy statement, which it must publish by 31 March.
    It was moved by Councillor Byrne, seconded by Councillor Shah and
    (a) The report be noted; and
    (b) The Pay Policy Statement for 2021/22 be approved and published.
    """,
    "Pay Policy Statement 2021/22",
    description="Report of the Head of Paid Service",
    preamble=None,
    resolutions=[("a", "The report be noted; and"),
                 ("b", "The Pay Policy Statement for 2021/22 be approved and published.")],
)
case("closing-numbered-list-of-questions-is-not-a-decision", """
    Public Questions
    Minutes:
    The following questions were put:
    1. Mrs Hale asked when the play area would reopen.
    2. Mr Dutt asked about parking at the station.
    """,
    "Public Questions",
    minutes=("The following questions were put:\n1. Mrs Hale asked when the play area would reopen."
             "\n2. Mr Dutt asked about parking at the station."),
)
case("decision-heading-repeated-in-minutes-with-a-typing-slip-read-once", """
    32 Capital Strategy PDF 120 KB
    To agree the capital strategy for submission to Council.
    Decision:
    It was resolved:
    That the Committee:
    (1) Recomended the capital strategy to Council for approval.
    Minutes:
    The Committee received the capital strategy.
    It was resolved:
    That the Committee:
    (1) Recommended the capital strategy to Council for approval.
    """,
    "Capital Strategy",
    description="To agree the capital strategy for submission to Council.",
    preamble="That the Committee:",
    resolutions=[("1", "Recomended the capital strategy to Council for approval.")],
)

# --- agenda text that does not open with "To ..." -----------------------------------

case("agenda-text-in-the-future-tense-is-the-description", """
    Agenda item
    Declarations of Interest
    The Chair will ask whether any member has an interest in any item on the agenda.
    12.1 Councillor Reid declared an interest in item 6 as a governor of the school.
    12.2 RESOLVED: That the declaration be noted.
    """,
    "Declarations of Interest",
    description="The Chair will ask whether any member has an interest in any item on the agenda.",
    resolutions=[("", "That the declaration be noted.")],
)
case("agenda-text-body-to-receive-is-the-description", """
    Agenda item
    Task Group Progress
    The Board to receive a progress report from the task group chair.
    The task group chair reported that evidence sessions had finished.
    RESOLVED: That the update be noted.
    """,
    "Task Group Progress",
    description="The Board to receive a progress report from the task group chair.",
    minutes="The task group chair reported that evidence sessions had finished.",
    resolutions=[("", "That the update be noted.")],
)
case("item-link-wrapped-with-its-size-on-the-next-line", """
    Issue - meetings

    Appointments to Joint Committees

    Meeting: 21/05/2024 - Council (Item 14)

    14 Appointments to Joint Committees
    PDF 71 KB
    To appoint members to the joint committees for the year.

    Minutes:

    The Council considered the nominations.
    """,
    "Appointments to Joint Committees",
    description="To appoint members to the joint committees for the year.",
    minutes="The Council considered the nominations.",
)
case("item-link-run-into-the-purpose-on-one-line", """
    Issue - meetings

    Polling District Review

    9 Polling District Review PDF 212 KB This report sets out the proposed polling districts.

    Minutes:

    The Committee agreed the districts.
    """,
    "Polling District Review",
    description="This report sets out the proposed polling districts.",
    minutes="The Committee agreed the districts.",
)
case("title-given-as-dated-item-line", """
    Issue - decisions

    02/03/2021 - Youth Offending Plan

    That the Youth Offending Plan be endorsed.
    """,
    "Youth Offending Plan",
    resolutions=[("", "That the Youth Offending Plan be endorsed.")],
)
case("document-size-wrapped-onto-its-own-line-is-not-a-document", """
    Issue - meetings

    Appointments to Outside Bodies

    Meeting: 21/05/2024 - Council (Item 15)

    15 Appointments to Outside Bodies PDF 80 KB

    Additional documents:

    - Annex A Outside Bodies list, item 15
    PDF 310 KB

    Minutes:

    RESOLVED: That the appointments be approved.
    """,
    "Appointments to Outside Bodies",
    documents=["Annex A Outside Bodies list"],
    resolutions=[("", "That the appointments be approved.")],
)
case("voting-record-after-the-resolution-is-minutes", """
    Annual Appointments
    Minutes:
    The Mayor invited nominations. The Council resolved to confirm the appointments listed in the schedule;

    Voting record – For 38, against 0, abstain 2
    """,
    "Annual Appointments",
    resolutions=[("", "to confirm the appointments listed in the schedule;")],
    minutes="The Mayor invited nominations.\n\nVoting record – For 38, against 0, abstain 2",
)

case("short-line-naming-the-papers-is-the-description", """
    Agenda item
    Call-in of Library Hours Decision
    The call-in notice and the decision report.
    Councillor Amos explained why the decision had been called in.
    The Committee agreed to take no further action.
    """,
    "Call-in of Library Hours Decision",
    description="The call-in notice and the decision report.",
    minutes=("Councillor Amos explained why the decision had been called in.\n"
             "The Committee agreed to take no further action."),
)
case("short-narrative-line-about-the-papers-is-minutes", """
    Agenda item
    Late Papers
    Papers were tabled.
    The Chair agreed to take them as urgent business.
    """,
    "Late Papers",
    minutes="Papers were tabled.\nThe Chair agreed to take them as urgent business.",
)

case("opening-motion-followed-by-past-tense-narrative-is-the-agenda-text", """
    Agenda item
    Exclusion of the Press and Public
    That the press and public be excluded for the next item under paragraph 3 of the access to information rules.
    Members did not exclude the press and public, as the confidential appendix was not discussed.
    """,
    "Exclusion of the Press and Public",
    description=("That the press and public be excluded for the next item under paragraph 3 "
                 "of the access to information rules."),
    minutes="Members did not exclude the press and public, as the confidential appendix was not discussed.",
)

case("reviewer-comment-copied-from-word-is-dropped", """
    Annual Appointments
    Minutes:
    The Mayor invited nominations.
    The Council resolved to confirm the appointments listed in the schedule;
    Voting record [JS2] – For 38, against 0, abstain 2
    [JS2]Please confirm these figures with the clerk.
    """,
    "Annual Appointments",
    resolutions=[("", "to confirm the appointments listed in the schedule;")],
    minutes="The Mayor invited nominations.\n\nVoting record [JS2] – For 38, against 0, abstain 2",
)


# --- documents and reasons ----------------------------------------------------------

case("webcast-link-listed-as-a-document-is-dropped", """
    Issue - meetings

    Treasury Outturn

    Meeting: 20/07/2022 - Audit Committee (Item 7)

    7 Treasury Outturn PDF 61 KB

    Additional documents:

    - Appendix A Prudential Indicators, item 7 PDF 140 KB
    - Webcast for Treasury Outturn

    Decision:

    That the outturn be noted.
    """,
    "Treasury Outturn",
    documents=["Appendix A Prudential Indicators"],
    resolutions=[("", "That the outturn be noted.")],
)
case("alternative-options-in-capitals-with-dash-ends-the-reason", """
    Issue - decisions

    Quarter 2 Monitoring

    10/11/2021 - Budget Monitoring Quarter 2

    RESOLVED – That the monitoring position be noted.

    REASONS FOR DECISION – To keep the Executive informed of spending against budget.

    ALTERNATIVE OPTIONS CONSIDERED BUT REJECTED – None, as the report was for information.

    Please note that this decision may be implemented at once.
    """,
    "Quarter 2 Monitoring",
    resolutions=[("", "That the monitoring position be noted.")],
    reason="To keep the Executive informed of spending against budget.",
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


# --- the decision-page readings stay linear -----------------------------------------

DECISION_PAGE = "Issue - decisions\n\nIssue\n\n01/02/2024 - Item\n\n"
PATHOLOGICAL = {
    "paragraphs": lambda n: "The Board noted it.\n\n" * n,
    "fields-then-text": lambda n: "Decision Maker: Cabinet\n\nText follows.\n\n" * n,
    "lettered-fragments": lambda n: "(a) noted;\n\n" * n,
    "decision-headings-repeated": lambda n: "Decision:\n\nThat x be noted.\n\n" * n,
    "lead-ins": lambda n: "The Committee:\n\n" * n + "(a) x\n",
    "verb-items": lambda n: "1) NOTED x;\n" * n,
    "size-lines": lambda n: "PDF 5 KB\n" * n,
    "run-in-numbers": lambda n: "RESOLVED to: " + " ".join(f"{i}. Agree item" for i in range(1, n)),
}




@pytest.mark.parametrize("body", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_decision_page_costs_work_in_proportion_to_its_size(body, monkeypatch):
    """Four times the page makes the patterns scan about four times the text, not sixteen."""
    assert_work_in_proportion(monkeypatch, lambda n: DECISION_PAGE + body(n))
