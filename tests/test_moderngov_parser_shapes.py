"""
The ModernGov reader on many page shapes, each written the way a council's
site lays it out: every case checks the title, purpose, presenter,
resolutions (labels and text), reason and documents exactly.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case


# --- no "Minutes:" heading: purpose, then narrative -------------------------------

case("no-minutes-heading-to-consider", """
    Budget Monitoring Quarter 2

    To consider the budget position at the end of September.

    The Head of Finance introduced the report and explained the forecast overspend.

    RESOLVED: That the report be noted.
    """,
    "Budget Monitoring Quarter 2",
    description="To consider the budget position at the end of September.",
    resolutions=[("", "That the report be noted.")],
    minutes="The Head of Finance introduced the report and explained the forecast overspend.",
)
case("no-minutes-heading-report-of-director", """
    Adult Social Care Charging Policy

    Report of the Director of Adult Services.

    Members considered the proposed changes to the charging policy and asked about consultation.

    RESOLVED – that the revised charging policy be recommended to Cabinet.
    """,
    "Adult Social Care Charging Policy",
    description="Report of the Director of Adult Services.",
    resolutions=[("", "that the revised charging policy be recommended to Cabinet.")],
)
case("no-minutes-heading-to-receive-two-paragraphs", """
    Annual Report of the Virtual School

    To receive the annual report of the Virtual School Headteacher.

    To note the attainment of children looked after in 2023.

    The Virtual School Headteacher presented the report.

    RESOLVED: That the annual report be noted.
    """,
    "Annual Report of the Virtual School",
    description=(
        "To receive the annual report of the Virtual School Headteacher.\n\n"
        "To note the attainment of children looked after in 2023."
    ),
    resolutions=[("", "That the annual report be noted.")],
)
case("narrative-first-is-not-purpose", """
    Youth Justice Plan

    The Committee considered the Youth Justice Plan for 2024/25.

    Members welcomed the fall in first time entrants.

    RESOLVED: That the Youth Justice Plan be endorsed.
    """,
    "Youth Justice Plan",
    resolutions=[("", "That the Youth Justice Plan be endorsed.")],
    minutes=(
        "The Committee considered the Youth Justice Plan for 2024/25.\n\n"
        "Members welcomed the fall in first time entrants."
    ),
)
case("purpose-with-recommendations-is-not-a-decision", """
    Home to School Transport Policy

    To consider the outcome of consultation on the home to school transport policy.

    RECOMMENDATIONS:

    1. That the Committee notes the consultation responses.

    2. That the Committee comments on the draft policy.

    The Cabinet Member introduced the report. Members asked about the impact on rural areas.

    RESOLVED: That the comments of the Committee be forwarded to Cabinet.
    """,
    "Home to School Transport Policy",
    description=(
        "To consider the outcome of consultation on the home to school transport policy.\n\n"
        "RECOMMENDATIONS:\n\n1. That the Committee notes the consultation responses.\n\n"
        "2. That the Committee comments on the draft policy."
    ),
    resolutions=[("", "That the comments of the Committee be forwarded to Cabinet.")],
)
case("committee-is-asked-purpose", """
    Corporate Risk Register

    The Committee is asked to review the corporate risk register and agree any areas for scrutiny.

    Officers outlined the three new risks added since the last meeting.

    AGREED: That the risk register be noted and the cyber security risk be added to the work programme.
    """,
    "Corporate Risk Register",
    description="The Committee is asked to review the corporate risk register and agree any areas for scrutiny.",
    resolutions=[("", "That the risk register be noted and the cyber security risk be added to the work programme.")],
)
case("verbal-update-then-narrative-no-decision", """
    Chair's Update

    Verbal update from the Chair.

    The Chair reported on her visit to the new family hub in the north of the borough.
    """,
    "Chair's Update",
    description="Verbal update from the Chair.",
    minutes="The Chair reported on her visit to the new family hub in the north of the borough.",
)
case("presenter-after-purpose-without-minutes-heading", """
    SEND Strategy

    To consider progress against the SEND strategy.

    [Councillor Jane Green, Cabinet Member for Children, to present report]

    The Cabinet Member introduced the report.

    RESOLVED: That progress be noted.
    """,
    "SEND Strategy",
    description="To consider progress against the SEND strategy.",
    presenter="Councillor Jane Green, Cabinet Member for Children, to present report",
    resolutions=[("", "That progress be noted.")],
)

# --- numbers and page furniture ------------------------------------------------

case("item-number-with-dot", """
    12.	Work Programme

    Minutes:

    The Committee reviewed its work programme.

    RESOLVED: That the work programme be agreed.
    """,
    "Work Programme", number="12",
    resolutions=[("", "That the work programme be agreed.")],
)
case("item-number-with-letter", """
    12a Declarations of Interest

    Minutes:

    There were no declarations of interest.
    """,
    "Declarations of Interest", number="12a",
)
case("item-colon-prefix", """
    Item 5: Children's Social Care Performance

    To receive the quarterly performance report.

    Minutes:

    Members noted improvements in timeliness of assessments.

    RESOLVED: That the report be noted.
    """,
    "Children's Social Care Performance", number="5",
    description="To receive the quarterly performance report.",
    resolutions=[("", "That the report be noted.")],
)
case("number-alone-on-its-line", """
    7.

    Apologies for Absence

    Minutes:

    Apologies were received from Councillor Patel.
    """,
    "Apologies for Absence", number="7",
)
case("furniture-breadcrumbs-and-meeting-line", """
    skip navigation and tools
    You are here:
    Home > Council and democracy > Committees > Meeting > Agenda item
    Agenda item

    Fostering Annual Report

    Meeting: 12/03/2024 - Children's Scrutiny Committee (Item 5)

    To receive the annual report of the fostering service.

    Minutes:

    The Head of Service presented the report.

    RESOLVED: That the annual report be noted.

    Supporting documents:

    Fostering annual report PDF 512 KB
    Print version
    Back to agenda
    """,
    "Fostering Annual Report", number="5",
    description="To receive the annual report of the fostering service.",
    resolutions=[("", "That the annual report be noted.")],
    documents=["Fostering annual report"],
)
case("you-are-here-with-crumbs-on-the-line", """
    You are here: Home > Your council > Meetings > Agenda item
    Print friendly version
    Agenda item - 14.

    Libraries Review

    Contact: Sam Jones, Democratic Services Officer 01234 567890

    Minutes:

    Members discussed the libraries review.

    RESOLVED: That the review be noted.
    """,
    "Libraries Review", number="14",
    resolutions=[("", "That the review be noted.")],
)
case("meeting-line-with-long-date", """
    Agenda item
    Treasury Management Strategy PDF 1 MB
    Meeting: Thursday, 8th February, 2024 6.30 pm - Cabinet (Item 52.)
    Report of the Director of Finance.
    Minutes:
    The Portfolio Holder introduced the strategy.
    RESOLVED: That the Treasury Management Strategy be recommended to Council.
    """,
    "Treasury Management Strategy", number="52",
    description="Report of the Director of Finance.",
    resolutions=[("", "That the Treasury Management Strategy be recommended to Council.")],
)
case("decision-details-furniture", """
    Decision details
    Other meetings
    Extension of Leisure Contract
    Decision Maker: Cabinet
    Decision status: Recommendations Approved
    Is Key decision?: Yes
    Is subject to call in?: Yes
    Purpose:
    To extend the leisure management contract by two years.
    Decision:
    That the leisure management contract be extended to 31 March 2027.
    Reasons for the decision:
    To allow time to procure a new contract.
    Alternative options considered:
    To retender now, which was rejected as the market is weak.
    Interests and nature of interests declared:
    None.
    Publication date: 02/02/2024
    Date of decision: 30/01/2024
    Decided at meeting: 30/01/2024 - Cabinet
    Effective from: 09/02/2024
    Accompanying Documents:
    Leisure contract report PDF 300 KB
    """,
    "Extension of Leisure Contract",
    description="To extend the leisure management contract by two years.",
    resolutions=[("", "That the leisure management contract be extended to 31 March 2027.")],
    reason="To allow time to procure a new contract.",
    documents=["Leisure contract report"],
    details=[
        ("Decision Maker", "Cabinet"),
        ("Decision status", "Recommendations Approved"),
        ("Is Key decision?", "Yes"),
        ("Is subject to call in?", "Yes"),
        ("Alternative options considered", "To retender now, which was rejected as the market is weak."),
        ("Interests and nature of interests declared", "None."),
        ("Publication date", "02/02/2024"),
        ("Date of decision", "30/01/2024"),
        ("Decided at meeting", "30/01/2024 - Cabinet"),
        ("Effective from", "09/02/2024"),
    ],
)
case("decision-page-inline-fields-and-numbered-decision", """
    Decision details

    Council Tax Support Scheme 2025/26

    Decision Maker: Cabinet

    Purpose: To agree the council tax support scheme for recommendation to Council.

    Decision:

    1. That the scheme be recommended to Council for approval.

    2. That the Director of Finance be authorised to make minor changes.

    Reasons for the decision: The Council must adopt a scheme each year.

    Lead officer: Paul Reed

    Wards affected: All Wards

    Call-in deadline: 14/02/2025
    """,
    "Council Tax Support Scheme 2025/26",
    description="To agree the council tax support scheme for recommendation to Council.",
    resolutions=[
        ("1", "That the scheme be recommended to Council for approval."),
        ("2", "That the Director of Finance be authorised to make minor changes."),
    ],
    reason="The Council must adopt a scheme each year.",
    details=[("Decision Maker", "Cabinet"), ("Lead officer", "Paul Reed"),
             ("Wards affected", "All Wards"), ("Call-in deadline", "14/02/2025")],
)

# --- decision markers in every form ---------------------------------------------

MARKERS = [
    ("resolved-colon", "RESOLVED: That the report be noted.", "That the report be noted."),
    ("resolved-hyphen", "RESOLVED - That the report be noted.", "That the report be noted."),
    ("resolved-en-dash", "RESOLVED \u2013 That the report be noted.", "That the report be noted."),
    ("resolved-unanimously", "RESOLVED UNANIMOUSLY: That the report be noted.", "That the report be noted."),
    ("resolved-unanimously-brackets", "RESOLVED (unanimously) that the report be noted.", "that the report be noted."),
    ("resolved-colon-then-brackets", "RESOLVED: (unanimously) That the report be noted.", "That the report be noted."),
    ("it-was-resolved", "It was RESOLVED that the report be noted.", "that the report be noted."),
    ("it-was-resolved-lower", "It was resolved that the report be noted.", "that the report be noted."),
    ("committee-resolved-to", "The Committee RESOLVED to note the report.", "to note the report."),
    ("panel-resolved-lower", "The Panel resolved to note the report.", "to note the report."),
    ("agreed-colon", "AGREED: That the report be noted.", "That the report be noted."),
    ("agreed-that-dash", "Agreed that \u2013 the report be noted.", "that the report be noted."),
    ("decision-upper", "DECISION: That the report be noted.", "That the report be noted."),
    ("decision-title-case", "Decision: That the report be noted.", "That the report be noted."),
    ("resolved-by-votes", "RESOLVED by 7 votes to 2 that the report be noted.", "that the report be noted."),
    ("welsh-penderfynwyd", "PENDERFYNWYD: That the report be noted.", "That the report be noted."),
]
for name, line, text in MARKERS:
    case(f"marker-{name}", f"""
        Performance Report

        Minutes:

        Members asked questions about the figures.

        {line}
        """,
        "Performance Report",
        resolutions=[("", text)],
        minutes="Members asked questions about the figures.",
    )

case("marker-on-its-own-line-then-text", """
    Performance Report
    Minutes:
    Members asked questions.
    RESOLVED:
    That the report be noted.
    """,
    "Performance Report",
    resolutions=[("", "That the report be noted.")],
)
case("mid-paragraph-marker-after-narrative", """
    Scrutiny Review of Waste Collection

    Minutes:

    The Chair introduced the draft review. Members discussed the recommendations on recycling. After discussion it was RESOLVED that the review be approved for submission to Cabinet.
    """,
    "Scrutiny Review of Waste Collection",
    resolutions=[("", "that the review be approved for submission to Cabinet.")],
    minutes="The Chair introduced the draft review. Members discussed the recommendations on recycling.",
)
case("mid-paragraph-marker-whole-line-sentence", """
    Annual Complaints Report

    Minutes:

    Officers presented the annual complaints report.

    Having considered the report and the comments made, the Committee RESOLVED that the report be noted.
    """,
    "Annual Complaints Report",
    resolutions=[("", "that the report be noted.")],
    minutes="Officers presented the annual complaints report.",
)
case("two-decision-blocks-parts-a-and-b", """
    Scrutiny Matters

    Minutes:

    (a) Work Programme

    The Committee considered its work programme.

    RESOLVED: That the work programme be agreed.

    (b) Task and Finish Group

    The Committee considered the scope of the task and finish group.

    RESOLVED: That the scope be approved.
    """,
    "Scrutiny Matters",
    resolutions=[("", "That the work programme be agreed."), ("", "That the scope be approved.")],
)
case("executive-decision-heading-then-minutes", """
    Local Plan Review

    To agree the timetable for the Local Plan review.

    Decision:

    RESOLVED: That the Local Development Scheme be approved.

    Minutes:

    The Leader introduced the report.

    RESOLVED: That the Local Development Scheme be approved.

    Reason for Decision: To keep the plan up to date.
    """,
    "Local Plan Review",
    description="To agree the timetable for the Local Plan review.",
    resolutions=[("", "That the Local Development Scheme be approved.")],
    reason="To keep the plan up to date.",
)

# --- labels and bullets -----------------------------------------------------------

LISTS = [
    ("numbers-dot", "1.\tthe report be noted;\n2.\tofficers report back.", ["1", "2"]),
    ("numbers-bracket", "1)   the report be noted;\n2)   officers report back.", ["1", "2"]),
    ("numbers-parens", "(1) the report be noted;\n(2) officers report back.", ["1", "2"]),
    ("roman-parens", "(i) the report be noted;\n(ii) officers report back.", ["i", "ii"]),
    ("roman-dot", "i. the report be noted;\nii. officers report back.", ["i", "ii"]),
    ("letters-parens", "(a) the report be noted;\n(b) officers report back.", ["a", "b"]),
    ("letters-bracket", "a) the report be noted;\nb) officers report back.", ["a", "b"]),
    ("middle-dot-bullets", "\u00b7\t\tthe report be noted;\n\u00b7\t\tofficers report back.", ["", ""]),
    ("round-bullets", "\u2022 the report be noted;\n\u2022 officers report back.", ["", ""]),
    ("o-bullets", "o   the report be noted;\no   officers report back.", ["", ""]),
    ("dash-bullets", "-      the report be noted;\n-      officers report back.", ["", ""]),
    ("labels-alone-on-their-lines", "1.\n\nthe report be noted;\n\n2.\n\nofficers report back.", ["1", "2"]),
]
for name, body, labels in LISTS:
    case(f"list-{name}", f"""
        Quarterly Update
        Minutes:
        The Committee discussed the update.
        RESOLVED: That
        {body}
        Supporting documents:
        Quarterly update report
        """.replace("\n        1.\n\n", "\n        1.\n\n"),
        "Quarterly Update",
        preamble="That",
        resolutions=list(zip(labels, ["the report be noted;", "officers report back."])),
        documents=["Quarterly update report"],
    )

case("nested-list-stays-in-its-resolution", """
    Children's Centres
    Minutes:
    Discussion.
    RESOLVED:
    1. That the Cabinet be asked to:
    (a) keep all centres open;
    (b) review opening hours;
    2. That a report come back in six months.
    """,
    "Children's Centres",
    resolutions=[
        ("1", "That the Cabinet be asked to:\n(a) keep all centres open;\n(b) review opening hours;"),
        ("2", "That a report come back in six months."),
    ],
)
case("nested-bullets-under-numbers", """
    Housing Strategy
    Minutes:
    Discussion.
    RESOLVED:
    1. That the following be recommended to Cabinet:
    \u2022 more social rent homes;
    \u2022 a review of allocations;
    2. That the strategy be noted.
    """,
    "Housing Strategy",
    resolutions=[
        ("1", "That the following be recommended to Cabinet:\n\n- more social rent homes;\n- a review of allocations;"),
        ("2", "That the strategy be noted."),
    ],
)

# --- markers lost in copying --------------------------------------------------------

case("lost-marker-closing-that-paragraph", """
    Early Help Strategy

    To consider the refreshed early help strategy.

    Minutes:

    The Head of Early Help presented the strategy.

    Members asked about the role of schools.

    That the early help strategy be endorsed.

    Supporting documents:

    Early help strategy PDF 2 MB
    """,
    "Early Help Strategy",
    description="To consider the refreshed early help strategy.",
    resolutions=[("", "That the early help strategy be endorsed.")],
    documents=["Early help strategy"],
    minutes="The Head of Early Help presented the strategy.\n\nMembers asked about the role of schools.",
)
case("lost-marker-closing-numbered-that-list", """
    Highways Maintenance Programme

    Minutes:

    Members discussed the programme.

    1.    That the programme be approved.

    2.    That ward members be consulted on local schemes.

    Supporting documents:
    """,
    "Highways Maintenance Programme",
    resolutions=[
        ("1", "That the programme be approved."),
        ("2", "That ward members be consulted on local schemes."),
    ],
)
case("lost-marker-closing-that-with-sub-items", """
    Parking Review
    Minutes:
    The Committee considered the parking review.
    That the Committee:
    (a) notes the review;
    (b) asks for a further report.
    """,
    "Parking Review",
    preamble="That the Committee:",
    resolutions=[("a", "notes the review;"), ("b", "asks for a further report.")],
)
case("lost-marker-two-that-paragraphs", """
    Air Quality
    Minutes:
    Officers presented the update.

    That the update be noted.

    That air quality remain on the work programme.
    """,
    "Air Quality",
    resolutions=[("", "That the update be noted."), ("", "That air quality remain on the work programme.")],
)
case("narrative-that-bullets-are-not-a-decision", """
    Budget Consultation
    Minutes:
    Members made the following points:
    \u2022 That the consultation had been too short.
    \u2022 The survey had too few responses from young people.
    """,
    "Budget Consultation",
)

# --- things that are not decisions ---------------------------------------------------

case("quoted-resolved-in-amendment", """
    Motion on Climate Emergency

    Minutes:

    Councillor Brown moved an amendment to delete the words "RESOLVED that the Council declares a climate emergency" and insert new wording.

    Following a vote the amendment was lost.

    RESOLVED: That the motion be carried.
    """,
    "Motion on Climate Emergency",
    resolutions=[("", "That the motion be carried.")],
)
case("multi-line-quote-of-earlier-resolution", """
    Call-in of Cabinet Decision
    Minutes:
    The Committee was reminded of the Cabinet decision, as follows:
    \u201cRESOLVED:
    1. That the day centre be closed;
    2. That staff be redeployed.\u201d
    Members questioned the consultation.
    RESOLVED: That the decision be referred back to Cabinet.
    """,
    "Call-in of Cabinet Decision",
    resolutions=[("", "That the decision be referred back to Cabinet.")],
)
case("minute-which-resolved-is-reported-speech", """
    Matters Arising
    Minutes:
    Members noted minute 23 of the last meeting, which RESOLVED that a site visit be arranged, and heard that it had taken place.
    RESOLVED: That the update be noted.
    """,
    "Matters Arising",
    resolutions=[("", "That the update be noted.")],
)
case("had-resolved-is-reported-speech", """
    Budget Update
    Minutes:
    The Chair reminded members that Council had RESOLVED to freeze fees in February.
    """,
    "Budget Update",
)
case("recommended-in-purpose-with-minutes-heading", """
    Recycling Contract
    To consider the award of the recycling contract.
    RECOMMENDED: That the contract be awarded to the preferred bidder.
    Minutes:
    The Committee considered the tender evaluation.
    RESOLVED: That the contract be awarded to the preferred bidder.
    """,
    "Recycling Contract",
    description=(
        "To consider the award of the recycling contract.\n"
        "RECOMMENDED: That the contract be awarded to the preferred bidder."
    ),
    resolutions=[("", "That the contract be awarded to the preferred bidder.")],
)
case("resolved-in-prose-lower-case-is-not-marker", """
    Complaints Update
    Minutes:
    Most complaints were resolved within ten working days.
    Members agreed that the figures were encouraging.
    """,
    "Complaints Update",
)

# --- reasons and documents --------------------------------------------------------

case("reasons-for-the-decision-heading", """
    Fees and Charges
    Minutes:
    Discussion.
    RESOLVED: That the fees be approved.
    Reasons for the decision:
    To set fees for the coming year.
    """,
    "Fees and Charges",
    resolutions=[("", "That the fees be approved.")],
    reason="To set fees for the coming year.",
)
case("reason-for-recommendation", """
    Fees and Charges
    Minutes:
    Discussion.
    RESOLVED: That Cabinet be recommended to approve the fees.
    Reason for recommendation: To balance the budget.
    """,
    "Fees and Charges",
    resolutions=[("", "That Cabinet be recommended to approve the fees.")],
    reason="To balance the budget.",
)
case("documents-with-sizes-and-bullets", """
    Local Transport Plan
    Minutes:
    Discussion.
    RESOLVED: That the plan be noted.
    Supporting documents:
    \u2022 Local Transport Plan report, item 8. PDF 410 KB
    \u2022 Appendix 1 - Action Plan, item 8. PDF 1 MB
    Appendix 2 - Equality Impact Assessment (DOCX, 56 KB)
    View the background to item 8.
    """,
    "Local Transport Plan",
    resolutions=[("", "That the plan be noted.")],
    documents=[
        "Local Transport Plan report",
        "Appendix 1 - Action Plan",
        "Appendix 2 - Equality Impact Assessment",
    ],
)

# --- other councils' everyday shapes -------------------------------------------------

case("leeds-number-and-tab-minute", """
    45\tLibraries Review

    The report of the Director of Communities set out the findings of the libraries review.

    Members discussed mobile library provision.

    RESOLVED – That the report, and the information appended to it, be noted.
    """,
    "Libraries Review", number="45",
    resolutions=[("", "That the report, and the information appended to it, be noted.")],
)
case("kent-parenthesised-numbers-after-resolved-that", """
    Agenda item

    Kent Children's Services Improvement Plan

    Minutes:

    1. The Corporate Director introduced the report.

    2. Members asked about agency staff.

    3. RESOLVED that:

    (1) the improvement plan be noted; and

    (2) a further update be given in September.
    """,
    "Kent Children's Services Improvement Plan",
    preamble="that:",
    resolutions=[("1", "the improvement plan be noted; and"), ("2", "a further update be given in September.")],
)
case("welsh-it-was-resolved-to", """
    Eitem agenda
    Annual Self-Assessment
    Minutes:
    The Chief Executive presented the self-assessment.
    It was resolved to accept the report.
    """,
    "Annual Self-Assessment",
    resolutions=[("", "to accept the report.")],
)
case("presented-by-line", """
    Community Safety Partnership Plan
    Presented by: Inspector Laura Hill, South Wales Police
    Minutes:
    The Inspector summarised the plan.
    RESOLVED: That the plan be noted.
    """,
    "Community Safety Partnership Plan",
    presenter="Inspector Laura Hill, South Wales Police",
    resolutions=[("", "That the plan be noted.")],
)
case("title-with-file-size", """
    Agenda item
    Equalities Annual Report PDF 245 KB
    To note the equalities annual report.
    Minutes:
    Noted.
    RESOLVED: That the report be noted.
    """,
    "Equalities Annual Report",
    description="To note the equalities annual report.",
    resolutions=[("", "That the report be noted.")],
)
case("inline-lettered-after-lead-in-with-narrative-after-documents", """
    Dental Services
    Minutes:
    Healthwatch presented its findings.
    RESOLVED: That the Committee:
    a)\tnotes the findings;
    b)\twrites to the Integrated Care Board;
    c)\tconsiders dental access again in March.
    Supporting documents:
    Healthwatch report on dental access
    Appendix A - survey results
    """,
    "Dental Services",
    preamble="That the Committee:",
    resolutions=[
        ("a", "notes the findings;"),
        ("b", "writes to the Integrated Care Board;"),
        ("c", "considers dental access again in March."),
    ],
    documents=["Healthwatch report on dental access", "Appendix A - survey results"],
)
case("minutes-item-title-with-approval", """
    3.
    Minutes
    To approve the minutes of the meeting held on 14 November 2023.
    Minutes:
    RESOLVED: That the minutes of the meeting held on 14 November 2023 be approved as a correct record and signed by the Chair.
    """,
    "Minutes", number="3",
    description="To approve the minutes of the meeting held on 14 November 2023.",
    resolutions=[("", "That the minutes of the meeting held on 14 November 2023 be approved as a correct record and signed by the Chair.")],
)
case("no-decision-noted-in-prose", """
    Date of Next Meeting
    Minutes:
    The next meeting will be held on 4 June 2024 at 6.30 pm.
    """,
    "Date of Next Meeting",
)
case("agreed-upper-mid-line", """
    Task Group Membership
    Minutes:
    Following nominations, Members AGREED that Councillors Ahmed and Lee join the task group.
    """,
    "Task Group Membership",
    resolutions=[("", "that Councillors Ahmed and Lee join the task group.")],
)
case("resolved-with-multi-paragraph-text", """
    Call-in: Library Closures
    Minutes:
    Debate.
    RESOLVED:
    That the decision be referred back to Cabinet for reconsideration.
    The Committee asks Cabinet to consult library users first.
    """,
    "Call-in: Library Closures",
    resolutions=[("", "That the decision be referred back to Cabinet for reconsideration.\nThe Committee asks Cabinet to consult library users first.")],
)

case("closing-note-after-decision-goes-to-minutes", """
    Planning Enforcement Update
    Minutes:
    Members asked about enforcement backlogs.
    RESOLVED: That the update be noted.
    (Councillor Wright left the meeting at 8.15 pm.)
    """,
    "Planning Enforcement Update",
    resolutions=[("", "That the update be noted.")],
    minutes="Members asked about enforcement backlogs.\n\n(Councillor Wright left the meeting at 8.15 pm.)",
)
case("bracketed-last-item-stays-a-resolution", """
    Grants Programme
    Minutes:
    Discussion.
    RESOLVED: That
    (a) the grants be approved;
    (b) recipients be notified (see Appendix B).
    """,
    "Grants Programme",
    preamble="That",
    resolutions=[("a", "the grants be approved;"), ("b", "recipients be notified (see Appendix B).")],
)
case("herefordshire-resolved-then-that-lead-in", """
    Agenda item
    SCHOOL ORGANISATION PLAN
    To consider the draft school organisation plan.
    Minutes:
    Discussion.
    RESOLVED
    THAT:
    (a)	the plan be noted; and
    (b)	the consultation proceed.
    """,
    "SCHOOL ORGANISATION PLAN",
    description="To consider the draft school organisation plan.",
    preamble="THAT:",
    resolutions=[("a", "the plan be noted; and"), ("b", "the consultation proceed.")],
)
case("additional-documents-and-page-refs", """
    Agenda item
    Corporate Plan Performance
    (Pages 15 - 42)
    To scrutinise performance against the corporate plan.
    Minutes:
    Discussion.
    RESOLVED: That the report be noted.
    Additional documents:
    Corporate plan dashboard Q3 PDF 800 KB
    """,
    "Corporate Plan Performance",
    description="To scrutinise performance against the corporate plan.",
    resolutions=[("", "That the report be noted.")],
    documents=["Corporate plan dashboard Q3"],
)
case("issue-page-with-meeting-and-decision", """
    Issue - meetings
    Bus Service Improvement Plan
    Meeting: 05/03/2024 - Cabinet (Item 9)
    Purpose: To approve the bus service improvement plan.
    Decision:
    RESOLVED that Cabinet:
    (1) approves the plan;
    (2) delegates minor changes to the Director of Place.
    Reasons for the decision: To secure government funding.
    """,
    "Bus Service Improvement Plan", number="9",
    description="To approve the bus service improvement plan.",
    preamble="that Cabinet:",
    resolutions=[("1", "approves the plan;"), ("2", "delegates minor changes to the Director of Place.")],
    reason="To secure government funding.",
)
case("resolved-namely-with-bullets-and-tabs", """
    Medium Term Financial Strategy
    Minutes:
    The Section 151 Officer introduced the strategy.
    RESOLVED that the following comments be forwarded to Cabinet, namely:
    ·	that savings proposals be published earlier;
    ·	that the reserves policy be reviewed.
    """,
    "Medium Term Financial Strategy",
    preamble="that the following comments be forwarded to Cabinet, namely:",
    resolutions=[("", "that savings proposals be published earlier;"), ("", "that the reserves policy be reviewed.")],
)
case("lower-case-resolved-colon-line", """
    Homelessness Review
    Minutes:
    Members noted the rise in temporary accommodation.
    resolved: that the review be endorsed.
    """,
    "Homelessness Review",
    resolutions=[("", "that the review be endorsed.")],
)
case("decision-with-dotted-labels", """
    Capital Programme
    Minutes:
    Discussion.
    RESOLVED:
    9.1 That the capital programme be approved.
    9.2 That the Director be authorised to vire budgets.
    """,
    "Capital Programme",
    resolutions=[("9.1", "That the capital programme be approved."), ("9.2", "That the Director be authorised to vire budgets.")],
)

case("breadcrumbs-one-to-a-line-above-the-page-heading", """
    Home
    Council and Democracy
    Committee meetings
    Agenda item
    Agenda item
    15.

    Appointments to Outside Bodies PDF 120 KB

    Report of the Chief Executive

    Minutes:

    The Committee considered the report.

    RESOLVED:  That the appointments set out in the appendix be approved.

    Supporting documents:

        Appointments to Outside Bodies, item 15. PDF 120 KB
    """,
    "Appointments to Outside Bodies", number="15",
    description="Report of the Chief Executive",
    resolutions=[("", "That the appointments set out in the appendix be approved.")],
    documents=["Appointments to Outside Bodies"],
)
case("decision-page-labels-without-colons", """
    Audit Committee Annual Report
    To consider the draft annual report of the Audit Committee.
    Minutes:
    The Chair presented the draft annual report.
    RESOLVED:
    (1)    That the draft annual report be approved.
    (2)    That the report be submitted to Council.
    Reason for Decision
    To comply with CIPFA guidance.
    Alternative Options Considered
    None.
    """,
    "Audit Committee Annual Report",
    description="To consider the draft annual report of the Audit Committee.",
    resolutions=[("1", "That the draft annual report be approved."), ("2", "That the report be submitted to Council.")],
    reason="To comply with CIPFA guidance.",
    details=[("Alternative Options Considered", "None.")],
)
case("recommendation-opening-the-item-is-purpose", """
    Review of Polling Districts
    RECOMMENDATION: That the Committee approves the revised polling districts.
    The Electoral Services Manager presented the proposals.
    RESOLVED: That the revised polling districts be approved.
    """,
    "Review of Polling Districts",
    description="RECOMMENDATION: That the Committee approves the revised polling districts.",
    resolutions=[("", "That the revised polling districts be approved.")],
)
case("the-committee-resolved-colon-with-roman-list", """
    Safeguarding Adults Board Annual Report 2022/23
    [Helen Green, Independent Chair, to present]
    Minutes:
    Helen Green presented the report.
    The Committee RESOLVED:
    i.          to note the annual report;
    ii.         to request that the Board's strategic plan is circulated.
    """,
    "Safeguarding Adults Board Annual Report 2022/23",
    presenter="Helen Green, Independent Chair, to present",
    resolutions=[("i", "to note the annual report;"), ("ii", "to request that the Board's strategic plan is circulated.")],
)

case("it-was-on-the-line-above-the-marker", """
    Budget Proposals 2024/25
    Minutes:
    The Committee received a presentation on the budget proposals.
    Following questions, it was
    RESOLVED:
    That the Committee's comments, as set out below, be submitted to Cabinet:
    a)      concern at the proposed reduction in youth services;
    b)      support for the investment in road maintenance.
    """,
    "Budget Proposals 2024/25",
    preamble="That the Committee's comments, as set out below, be submitted to Cabinet:",
    resolutions=[("a", "concern at the proposed reduction in youth services;"),
                 ("b", "support for the investment in road maintenance.")],
    minutes="The Committee received a presentation on the budget proposals.\nFollowing questions",
)
case("old-style-colon-dash-marker", """
    Allotment Rents
    Minutes:
    Discussion.
    RESOLVED:- That
    (a) the rents be increased by 3%;
    (b) tenants be given notice.
    """,
    "Allotment Rents",
    preamble="That",
    resolutions=[("a", "the rents be increased by 3%;"), ("b", "tenants be given notice.")],
)
case("that-colon-dash-lead-in", """
    Allotment Rents
    Minutes:
    Discussion.
    RESOLVED that:-
    1. the rents be increased by 3%;
    2. tenants be given notice.
    """,
    "Allotment Rents",
    preamble="that:-",
    resolutions=[("1", "the rents be increased by 3%;"), ("2", "tenants be given notice.")],
)
case("recommended-to-council-at-the-end-is-the-decision", """
    Recommendations from the Licensing Sub-Committee
    Minutes:
    RECOMMENDED to Council:
    That the revised Statement of Licensing Policy be adopted.
    """,
    "Recommendations from the Licensing Sub-Committee",
    preamble="RECOMMENDED to Council:",
    resolutions=[("", "That the revised Statement of Licensing Policy be adopted.")],
)

case("bracketed-note-is-not-a-presenter", """
    Fostering Sufficiency Strategy (Pages 21 - 48)
    [Report to follow]
    Minutes:
    The report was tabled at the meeting.
    RESOLVED: That the strategy be noted.
    """,
    "Fostering Sufficiency Strategy",
    description="[Report to follow]",
    resolutions=[("", "That the strategy be noted.")],
)
case("welsh-cofnodion-and-penderfyniad", """
    Adroddiad Blynyddol / Annual Report
    Cofnodion:
    The Committee considered the annual report.
    Penderfyniad:
    That the annual report be approved.
    """,
    "Adroddiad Blynyddol / Annual Report",
    resolutions=[("", "That the annual report be approved.")],
)

case("stray-quote-mark-does-not-hide-the-decision", """
    Local Offer
    Minutes:
    Members asked whether the "Local Offer website had been updated.
    RESOLVED: That the update be noted.
    """,
    "Local Offer",
    resolutions=[("", "That the update be noted.")],
)

case("decision-heading-ends-the-purpose-like-minutes", """
    Agenda item
    Household Support Fund
    The Cabinet Member for Finance will present the proposed scheme for the next round of funding.
    Decision:
    RESOLVED: That the Household Support Fund scheme be approved.
    Reason for Decision: To distribute the grant before 31 March.
    """,
    "Household Support Fund",
    description="The Cabinet Member for Finance will present the proposed scheme for the next round of funding.",
    resolutions=[("", "That the Household Support Fund scheme be approved.")],
    reason="To distribute the grant before 31 March.",
)

case("restricted-enclosure-link-text-leaves-the-document-name", """
    Property Disposal
    Minutes:
    Discussion.
    RESOLVED: That the disposal be approved.
    Supporting documents:
    Property disposal report PDF 150 KB
    Restricted enclosure View the reasons why document 2 is restricted
    """,
    "Property Disposal",
    resolutions=[("", "That the disposal be approved.")],
    documents=["Property disposal report", "Restricted enclosure"],
)

case("licensing-decision-and-reasons-headings", """
    Licensing Act 2003 - Review of Premises Licence - The Red Lion
    Minutes:
    The Sub-Committee heard from the applicant and the police.
    DECISION
    The Sub-Committee decided to revoke the premises licence.
    REASONS
    The Sub-Committee was satisfied that the licensing objectives were undermined.
    """,
    "Licensing Act 2003 - Review of Premises Licence - The Red Lion",
    resolutions=[("", "The Sub-Committee decided to revoke the premises licence.")],
    reason="The Sub-Committee was satisfied that the licensing objectives were undermined.",
)
case("word-symbol-bullets-and-crlf", "Agenda item\r\n\r\n\u00a0\r\n6.\u00a0\u00a0\u00a0\u00a0\tHousing Revenue Account"
    " Business Plan\r\n\r\nMinutes:\r\n\r\n\u00a0\r\nThe Committee considered the plan.\r\n\r\n"
    "RESOLVED:\u00a0 That\r\n\r\n\uf0b7\u00a0\u00a0\u00a0\u00a0 the plan be endorsed;\r\n\r\n"
    "\uf0b7\u00a0\u00a0\u00a0\u00a0 rents rise by 7.7%.\r\n\r\nSupporting documents:\r\n\r\n",
    "Housing Revenue Account Business Plan", number="6",
    preamble="That",
    resolutions=[("", "the plan be endorsed;"), ("", "rents rise by 7.7%.")],
)

case("adjournment-after-the-decision-goes-to-minutes", """
    Update on Recruitment
    Minutes:
    The HR Manager gave an update.

    RESOLVED: That the update be noted.

    The Chair then adjourned the meeting for ten minutes.
    """,
    "Update on Recruitment",
    resolutions=[("", "That the update be noted.")],
    minutes="The HR Manager gave an update.\n\nThe Chair then adjourned the meeting for ten minutes.",
)
case("question-quoting-resolved-is-not-a-decision", """
    Questions to the Leader
    Minutes:
    Councillor Green asked: "Has the Council RESOLVED to sell the depot?"
    The Leader replied that no decision had been made.
    """,
    "Questions to the Leader",
)

case("two-parts-resolving-the-same-words-keep-both", """
    Annual Reports
    Minutes:
    (a) Fostering Annual Report
    The Committee considered the fostering report.
    RESOLVED: That the report be noted.
    (b) Adoption Annual Report
    The Committee considered the adoption report.
    RESOLVED: That the report be noted.
    """,
    "Annual Reports",
    resolutions=[("", "That the report be noted."), ("", "That the report be noted.")],
)

case("resolved-with-a-full-stop-and-presenting-officer", """
    Waste Strategy
    Presenting officer: Tom Hughes, Head of Waste Services
    Minutes:
    Discussion.
    RESOLVED. That the waste strategy be endorsed.
    """,
    "Waste Strategy",
    presenter="Tom Hughes, Head of Waste Services",
    resolutions=[("", "That the waste strategy be endorsed.")],
)

case("resolved-ending-a-sentence-is-prose", """
    Complaints
    Minutes:
    Members felt the matter was resolved. Officers would write to the complainant.
    Resolved, the complaint had been closed.
    """,
    "Complaints",
)

case("body-agreed-in-capitals-without-that", """
    Work Programme
    Minutes:
    Members discussed the draft programme. The Panel AGREED the work programme for 2024/25.
    """,
    "Work Programme",
    resolutions=[("", "the work programme for 2024/25.")],
    minutes="Members discussed the draft programme.",
)
case("agreed-budget-in-capitals-is-not-a-marker", """
    Budget Monitoring
    Minutes:
    Spending was within the AGREED budget for the year.
    """,
    "Budget Monitoring",
)

case("purpose-without-full-stop-then-narrative-on-the-next-line", """
    Corporate Parenting Board Update
    Report of the Director of Children's Services
    The Committee considered the update from the Corporate Parenting Board.
    RESOLVED: That the update be noted.
    """,
    "Corporate Parenting Board Update",
    description="Report of the Director of Children's Services",
    resolutions=[("", "That the update be noted.")],
)
case("purpose-wrapped-over-two-lines", """
    Corporate Parenting Board Update
    To receive an update from the Corporate Parenting Board on its
    work programme and priorities for 2024/25.
    The Committee considered the update.
    RESOLVED: That the update be noted.
    """,
    "Corporate Parenting Board Update",
    description=(
        "To receive an update from the Corporate Parenting Board on its work programme and priorities for 2024/25."
    ),
    resolutions=[("", "That the update be noted.")],
)

case("narrative-after-the-last-numbered-resolution-goes-to-minutes", """
    Scrutiny Annual Report
    Minutes:
    The Chair introduced the annual report.

    RESOLVED:

    1. That the annual report be approved.

    2. That the report be submitted to Council.

    The Chair thanked the scrutiny officers for their support during the year.

    Supporting documents:
    """,
    "Scrutiny Annual Report",
    resolutions=[("1", "That the annual report be approved."), ("2", "That the report be submitted to Council.")],
    minutes=(
        "The Chair introduced the annual report.\n\n"
        "The Chair thanked the scrutiny officers for their support during the year."
    ),
)

case("capitals-title-starting-with-agreed", """
    AGREED SYLLABUS CONFERENCE
    To receive an update on the review of the agreed syllabus.
    Minutes:
    The clerk to SACRE gave an update.
    RESOLVED: That the update be noted.
    Supporting documents:
    Agreed syllabus update PDF 90 KB
    Webcast for Standing Advisory Council on Religious Education, 5 March 2024
    """,
    "AGREED SYLLABUS CONFERENCE",
    description="To receive an update on the review of the agreed syllabus.",
    resolutions=[("", "That the update be noted.")],
    documents=["Agreed syllabus update"],
)

case("narrative-that-looks-like-navigation-is-kept", """
    Education Update
    Minutes:
    Back to school funding had risen by 4%.
    Other meetings with head teachers were planned.
    RESOLVED: That
    (a) the update be noted;
    (b) back to school support be publicised.
    """,
    "Education Update",
    preamble="That",
    resolutions=[("a", "the update be noted;"), ("b", "back to school support be publicised.")],
    minutes="Back to school funding had risen by 4%.\nOther meetings with head teachers were planned.",
)

@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_there_are_many_shapes():
    assert len(CASES) >= 60
