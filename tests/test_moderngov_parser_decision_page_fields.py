"""
The fields of a decision's page and of an issue's page, and where each ends.

A "Decision details" page whose "Reasons" and "Alternative options" headings
copying lost, its sections set apart by wider gaps of empty lines than its
decision's items, gives after the decision's closed list first its reasons
and then the options rejected ("The option of ... was rejected ..."), never a
continuation of the list's last item.  "Decision – (a) That ..." and
"Reasons for the Decision – To ..." are headings joined to their text by a
dash; a quotation left open by its closing mark ends at the line naming who
said it ("Jo Bright, Cabinet Member for Transport").  "Decision Reference:",
"Equality and/or Environmental Impact Assessment:", "Declarations or conflicts
of Interest:" and "Other reasons / organisations consulted" over its value are
fields of the page: none of them is its text or its decision.  "Decision of
(the) Executive Councillor for ..." is the heading over the decision, the
post's name perhaps broken over two lines; "Any Alternative Options Considered
and Rejected" ends the reasons; what "Scrutiny Considerations" tells the
scrutiny committee resolved is never the decision.  "Options Considered/Reasons
for Decision" heads the reasons, which run to the "Decision:" heading below them.
"Presented by the Parks Portfolio Holder", without its colon, names who presents:
"the Parks Portfolio Holder".  A short "Label: value" line among an issue's
fields is one more field, never part of the issue's text.  Reasons opening with
the minute's paragraph number ("14.3 The policy ...") are read without it, and a
purpose wholly in square brackets without them.  On a decision's page that lost
its headings, the one paragraph between its fields and its decision is the
purpose, whatever its first word, unless it tells what happened.  On an issue's
page whose purpose stands above its fields, a line after the fields (who was
consulted, its heading lost) is not the purpose.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

_FIELDS = """
    Decision details

    {title}

    Decision Maker: Cabinet

    Decision status: Recommendations Approved

    Is Key decision?: No

    Is subject to call in?: No

"""
_TAIL = """

    Report author: Sam Lee

    Publication date: 03/03/2024

    Date of decision: 01/03/2024

    Accompanying Documents:
"""

for name, marks, options in (
    ("letters", ("a)", "b)"), "The option of keeping the old timetable was rejected because it left gaps in the service."),
    ("numbers", ("(1)", "(2)"), "The alternative option of closing the depot was rejected as too costly."),
    ("roman", ("i.", "ii."), "The options of doing nothing were rejected since the lease ends in May."),
):
    case(f"decision-page-reasons-and-options-after-gaps-{name}", _FIELDS.format(title="Bus Timetable Review") + f"""

    {marks[0]}    that the revised timetable be noted.


    {marks[1]}    that the Director reports back on the village routes in the spring.




    To consider the findings of the review panel on the rural bus routes and the timetable proposed.




    {options}
""" + _TAIL,
        "Bus Timetable Review",
        resolutions=[(marks[0].strip("().").rstrip(")"), "that the revised timetable be noted."),
                     (marks[1].strip("().").rstrip(")"),
                      "that the Director reports back on the village routes in the spring.")],
        reason="To consider the findings of the review panel on the rural bus routes and the timetable proposed.",
    )

for name, dash, quote in (
    ("en-dash-after-a-quote", "\u2013", "\u201cSafe paths matter to every village, and this plan puts money where it is needed most."),
    ("hyphen", "-", "The programme was shaped by the views of the parish councils."),
    ("em-dash-after-a-quote", "\u2014", "\u201cOur pavements carry everyone, so this programme puts them first."),
):
    case(f"decision-and-reasons-labels-joined-by-a-dash-{name}", _FIELDS.format(title="Footway Programme") + f"""
    Purpose:

    Approval of the footway programme

    Decisions:



    {quote}



    Jo Bright, Cabinet Member for Transport



    Reasons for the Decision {dash} To consider the footway programme for the coming year.



    Decision {dash} (a) That the footway programme set out in the report be approved.



    (b) That the Director reports progress to the Cabinet Member every quarter.
""" + _TAIL,
        "Footway Programme",
        description="Approval of the footway programme",
        resolutions=[("a", "That the footway programme set out in the report be approved."),
                     ("b", "That the Director reports progress to the Cabinet Member every quarter.")],
        reason="To consider the footway programme for the coming year.",
    )

for name, fields in (
    ("all", ["Equality and/or Environmental Impact Assessment: Carried out.", "Decision Reference: EX101",
             "Declarations or conflicts of Interest: None declared.", "Other reasons / organisations consulted",
             "", "Set out in the report."]),
    ("reference-and-consulted", ["Decision Reference: EX7", "Other reasons / organisations consulted", "",
                                 "Listed in the appendix."]),
    ("equality-impact", ["Equality Impact Assessment: Attached.", "Declaration of conflicts of interest: None."]),
):
    block = "\n\n    ".join(fields)
    case(f"decision-page-extra-fields-end-the-text-{name}", _FIELDS.format(title="Play Area Plan").replace(
        "Recommendations Approved", "For Determination") + f"""

    The Executive will be asked to approve the play area plan for the next five years.


    The plan sets out where the new equipment will go.


    The Executive has agreed to approve the play area plan.

    Wards Affected: (All Wards);

    {block}
""" + _TAIL,
        "Play Area Plan",
        description=("The Executive will be asked to approve the play area plan for the next five years.\n\n"
                     "The plan sets out where the new equipment will go."),
        resolutions=[("", "The Executive has agreed to approve the play area plan.")],
    )

for name, post, run_on, votes in (
    ("broken-post", "Decision of Executive Councillor for Housing", "and Communities", "(by 4 votes to 1)"),
    ("whole-post", "Decision of the Executive Councillor for Parks", "", "(unanimously)"),
    ("cabinet-member", "Decision of Cabinet Member for Transport", "and Highways", "(by 5 votes to 0)"),
):
    case(f"executive-councillor-decision-and-scrutiny-narrative-{name}", f"""
    Depot Lease Renewal
    The Officer's report set out a proposal to renew the depot lease.
    {post}
    {run_on}
    i.
    Approved
    the renewal of the depot lease for ten years
    Reason for the Decision
    As set out in the Officer's report.
    Any Alternative Options Considered and Rejected
    Not applicable.
    Scrutiny Considerations
    The Scrutiny Committee resolved {votes} to exclude the public
    from the meeting.
    The Committee resolved {votes}
    to endorse the recommendations.
    """.replace("\n    \n", "\n"),
        "Depot Lease Renewal",
        description="The Officer's report set out a proposal to renew the depot lease.",
        resolutions=[("i", "Approved the renewal of the depot lease for ten years")],
        reason="As set out in the Officer's report.",
    )

for name, heading in (
    ("slash", "Options Considered/Reasons for Decision"),
    ("spaced-slash", "Options considered / Reasons for the Decision"),
    ("and", "Options Considered and Reasons for Decision:"),
):
    case(f"options-and-reasons-heading-before-the-decision-{name}", """
    Decision details

    Allotment Rules

    Decision Maker: Cabinet

    Is Key decision?: No

    Decision:

    EX 12/24



    Allotment Rules



    """ + heading + """



    The Leader introduced the item.



    The rules had not been revised since 2009.



    Decision:



    To adopt the revised allotment rules from April.



    Publication date: 20/03/2024

    Date of decision: 18/03/2024
""",
        "Allotment Rules",
        resolutions=[("", "To adopt the revised allotment rules from April.")],
        reason="The Leader introduced the item.\n\nThe rules had not been revised since 2009.",
    )

for name, line, who in (
    ("portfolio-holder", "Presented by the Parks Portfolio Holder", "the Parks Portfolio Holder"),
    ("councillor", "Presented by Councillor Tom Hale", "Councillor Tom Hale"),
    ("director", "Presented by the Director of Place", "the Director of Place"),
):
    case(f"presented-by-without-its-colon-{name}", f"""
    Agenda item
    Parks Strategy
    To consider the draft parks strategy.
    {line}
    Minutes:
    RESOLVED: That the parks strategy be approved.
    """,
        "Parks Strategy",
        description="To consider the draft parks strategy.",
        presenter=who,
        resolutions=[("", "That the parks strategy be approved.")],
    )

for name, line in (
    ("part-and-paragraph", "Part 1 & 2 (Para 3): Part 1"),
    ("exempt-paragraph", "Exempt information (Para 5): Not exempt"),
    ("call-in-route", "Call-in route: Place Scrutiny Panel"),
):
    case(f"issue-page-unknown-field-after-the-fields-{name}", f"""
    Issue details

    Library Strategy Consultation

    To agree the start of consultation on the draft library strategy.

    Decision type: Key

    Decision status: Recommendations Approved

    Wards affected: (All Wards);

    Department: Communities

    {line}
    """,
        "Library Strategy Consultation",
        description="To agree the start of consultation on the draft library strategy.",
    )

for name, number in (("dotted", "14.3"), ("dotted-closed", "7.12."), ("tabbed", "2.1\t")):
    case(f"reasons-without-the-minute-paragraph-number-{name}", f"""
    Agenda item
    Street Lighting Policy
    Minutes:
    14.1 The Lead Member considered a report of the Director.
    14.2 The Lead Member RESOLVED to approve the revised street lighting policy.
    Reasons
    {number}    The policy has been reviewed against the latest national guidance.
    """,
        "Street Lighting Policy",
        resolutions=[("", "to approve the revised street lighting policy.")],
        reason="The policy has been reviewed against the latest national guidance.",
    )

for name, line, text in (
    ("plain", "[To approve a new ten year parks strategy.]", "To approve a new ten year parks strategy."),
    ("full-stop-outside", "[To agree the parks strategy].", "To agree the parks strategy"),
    ("no-stop", "[To note the parks strategy]", "To note the parks strategy"),
):
    case(f"purpose-in-square-brackets-{name}", f"""
    Agenda item
    Parks Strategy
    {line}
    Minutes:
    RESOLVED: That the strategy be approved.
    """,
        "Parks Strategy",
        description=text,
        resolutions=[("", "That the strategy be approved.")],
    )

for name, purpose in (
    ("subject-to", "Subject to the budget being set - School Transport Policy for the 2026/27 year"),
    ("noun-phrase", "Annual review of the school transport policy and its charges"),
    ("following", "Following consultation, the school transport policy for the coming year"),
):
    case(f"decision-page-one-paragraph-above-the-decision-is-the-purpose-{name}", _FIELDS.format(
        title="School Transport Policy") + f"""

    {purpose}




    That Cabinet


    1)    Approves the School Transport Policy as set out in Appendix 1; and


    2)    Authorises the Director of Education to make minor changes to it.
""" + _TAIL,
        "School Transport Policy",
        description=purpose,
        resolutions=[("1", "Approves the School Transport Policy as set out in Appendix 1; and"),
                     ("2", "Authorises the Director of Education to make minor changes to it.")],
        preamble="That Cabinet",
    )

for name, after in (
    ("stakeholders", "Relevant Members, Officers and Stakeholders."),
    ("carers", "Foster carers and their support groups"),
    ("public", "Public consultation over six weeks."),
):
    case(f"issue-page-line-after-the-fields-is-not-the-purpose-{name}", f"""
    Issue details

    Foster Care Allowances 2025-26

    To seek approval to raise the allowances paid to foster carers from April.

    Decision type: Non-key

    Decision status: Recommendations Approved

    Wards affected: (All Wards);

    Department: Children's Services


    {after}
    """,
        "Foster Care Allowances 2025-26",
        description="To seek approval to raise the allowances paid to foster carers from April.",
    )


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


REPEATED = [
    lambda n: "Decision Maker: Cabinet\n" + "Part 1 & 2 (Para 3): Part 1\n" * n,
    lambda n: "Decisions:\n" + "\u201cA quote.\nJo Bright, Cabinet Member for Roads\nDecision \u2013 (a) That x.\n" * n,
    lambda n: "Decision of Executive Councillor for Parks\nand Leisure\ni.\nApproved\n" * n,
    lambda n: "Reasons\n" + "23.3 The policy is sound.\n" * n,
    lambda n: "Scrutiny Considerations\n" + "The Committee resolved (by 3 votes to 0) to agree.\n" * n,
]


@pytest.mark.parametrize("body", REPEATED, ids=range(len(REPEATED)))
def test_repeated_shapes_cost_work_in_proportion_to_their_size(body, monkeypatch):
    """Four times the input makes the reader's patterns scan about four times the text."""

    assert_work_in_proportion(monkeypatch, lambda n: "Agenda item\nTitle\nMinutes:\n" + body(n))
