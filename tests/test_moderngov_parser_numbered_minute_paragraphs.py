"""
Some councils print an agenda item's minutes as numbered paragraphs under
the agenda text, with no "Minutes:" heading ("28.1 Councillor X introduced
the report ...", "28.2 The Chair then put ...").  A paragraph opening with
such a minute paragraph number, and telling what happened, begins the
minutes: it ends the item's purpose.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly, assert_work_in_proportion

CASES = CaseTable()
case = CASES.case

PAGE = """
    Agenda item

    Parish Polling Districts

    {purpose}


    {first}         {narrative}


    {second}         The Chair then put the recommendations to the vote, which were carried by 9 votes to 3.


    {third}         {marker}


    (1)      That the revised polling districts be approved; and


    (2)      That the Returning Officer be authorised to publish the revised scheme.

    Supporting documents:

    {documents}

    {furniture}
    """

BOOKMARKING = """Bookmark this page using:

    Find out more about social bookmarking

    These sites allow you to store and share links across the internet, to use from any computer.

    All of these sites are free to use but do require you to register."""

for name, purpose, numbers, narrative, marker, documents, furniture in [
    ("report-then-two-part-numbers", "Report of the Head of Electoral Services (to follow).", ("28.1", "28.2", "28.3"),
     "Councillor Bottom introduced the report, which followed the review of polling places.", "RESOLVED:", "", BOOKMARKING),
    ("to-consider-then-numbers", "To consider the outcome of the review of polling districts.", ("7.1", "7.2", "7.3"),
     "The Electoral Services Manager outlined the changes proposed in each ward.", "RESOLVED:", "Polling review report PDF 210 KB", ""),
    ("three-digit-minute-number", "Report of the Chief Executive.", ("104.1", "104.2", "104.3"),
     "Members discussed the proposed changes and asked about the accessibility of the new venues.", "Resolved -", "Polling review report PDF 210 KB", "Bookmark this item:\n\n    Find out more about social bookmarking"),
    ("report-then-resolved-that", "Report of the Head of Electoral Services (to follow).", ("28.1", "28.2", "28.3"),
     "Councillor Bottom introduced the report, which followed the review of polling places.", "RESOLVED that:", "Polling review report PDF 210 KB", BOOKMARKING),
]:
    case(name, PAGE.format(purpose=purpose, first=numbers[0], second=numbers[1], third=numbers[2], narrative=narrative,
                           marker=marker, documents=documents, furniture=furniture),
         "Parish Polling Districts",
         description=purpose,
         documents=["Polling review report"] if documents else [],
         resolutions=[("1", "That the revised polling districts be approved; and"),
                      ("2", "That the Returning Officer be authorised to publish the revised scheme.")],
         )

# a line ending in a colon under the documents is a heading of the page, not a document's name
for name, heading in [("related-links", "Related links:"), ("more-information", "More information on this item:"),
                      ("useful-pages", "Useful pages -:")]:
    case(f"colon-line-ends-the-documents-{name}", f"""
        Agenda item

        Street Trading Fees

        To agree the street trading fees for the coming year.

        RESOLVED: That the fees be agreed.

        Supporting documents:

        Street trading fees report PDF 95 KB

        {heading}

        Licensing Team Trading Pages
        """,
        "Street Trading Fees",
        description="To agree the street trading fees for the coming year.",
        resolutions=[("", "That the fees be agreed.")],
        documents=["Street trading fees report"],
    )

# must not change: numbered paragraphs of the agenda's own text, saying what the item is for
case("numbered-purpose-paragraphs-stay-the-purpose", """
    Agenda item

    Parish Polling Districts

    1.1 To consider the outcome of the review of polling districts.

    1.2 To agree the scheme to be published.

    RESOLVED: That the scheme be agreed.
    """,
    "Parish Polling Districts",
    description="1.1 To consider the outcome of the review of polling districts.\n\n1.2 To agree the scheme to be published.",
    resolutions=[("", "That the scheme be agreed.")],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_shape_is_read_exactly(text, expected):
    assert_read_exactly(text, expected)


def test_many_numbered_paragraphs_cost_work_in_proportion(monkeypatch):
    unit = "\n12.{n} Members discussed the report.\n"
    assert_work_in_proportion(
        monkeypatch,
        lambda n: "Agenda item\nT\nReport of the Director.\n" + "".join(unit.format(n=i) for i in range(n))
        + "\nRESOLVED: That it be noted.\n",
    )
