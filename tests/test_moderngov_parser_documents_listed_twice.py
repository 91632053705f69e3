"""
An agenda item's documents, named once.

ModernGov's item page lists the report's appendices under "Additional
documents:" beside the report's link, then every document again under
"Supporting documents:" at the foot.  Each document is read once, in the
order of the full list at the foot; a document only the earlier list names
is kept.  Two documents of one list that share a name are two documents.
"""

import pytest

from tests.moderngov_parser_cases import CaseTable, assert_read_exactly

CASES = CaseTable()
case = CASES.case

case("additional-documents-repeated-in-the-supporting-list", """
    Agenda item

    Meeting: 04/03/2025 - Cabinet (Item 12.)

    12.\tParking Charges Review

    PDF 300 KB

    To review car park charges.

    Additional documents:

        Appendix 1 - Tariffs, item 12. PDF 80 KB
        Appendix 2 - Equality Impact Assessment, item 12. PDF 95 KB

    Minutes:

    The Cabinet Member introduced the review.

    RESOLVED – That the tariffs at Appendix 1 be approved.

    Supporting documents:

        Parking Charges Review, item 12. PDF 300 KB
        Appendix 1 - Tariffs, item 12. PDF 80 KB
        Appendix 2 - Equality Impact Assessment, item 12. PDF 95 KB
    """,
    "Parking Charges Review",
    description="To review car park charges.",
    resolutions=[("", "That the tariffs at Appendix 1 be approved.")],
    documents=["Parking Charges Review", "Appendix 1 - Tariffs",
               "Appendix 2 - Equality Impact Assessment"],
)

case("issue-page-decision-with-its-documents-listed-twice", """
    Issue - meetings

    Homelessness Strategy

    Meeting: 10/06/2024 - Executive (Item 7)

    7 Homelessness Strategy

    To adopt the Homelessness Strategy 2024-29.

    Additional documents:

        Homelessness Strategy 2024-29 PDF 1 MB

    Decision:

    That the Homelessness Strategy 2024-29 be adopted.

    Supporting documents:

        Homelessness Strategy - report PDF 210 KB
        HOMELESSNESS STRATEGY 2024-29 PDF 1 MB
    """,
    "Homelessness Strategy",
    description="To adopt the Homelessness Strategy 2024-29.",
    resolutions=[("", "That the Homelessness Strategy 2024-29 be adopted.")],
    documents=["Homelessness Strategy - report", "HOMELESSNESS STRATEGY 2024-29"],
)

case("a-document-only-the-additional-list-names-is-kept", """
    Agenda item

    Allotments Policy

    To agree the allotments policy.

    Additional documents:

        Appendix A - Consultation responses PDF 120 KB

    Minutes:

    Members discussed the policy.

    RESOLVED: That the policy be agreed.

    Supporting documents:

        Allotments Policy report PDF 140 KB
    """,
    "Allotments Policy",
    description="To agree the allotments policy.",
    resolutions=[("", "That the policy be agreed.")],
    documents=["Appendix A - Consultation responses", "Allotments Policy report"],
)

# --- what is not a repeat -----------------------------------------------------------

case("two-documents-of-one-list-sharing-a-name-are-both-kept", """
    Agenda item

    Members' Allowances

    To consider the panel's recommendations.

    Minutes:

    RESOLVED: That the recommendations be accepted.

    Supporting documents:

        Appendix PDF 50 KB
        Appendix PDF 61 KB
    """,
    "Members' Allowances",
    description="To consider the panel's recommendations.",
    resolutions=[("", "That the recommendations be accepted.")],
    documents=["Appendix", "Appendix"],
)


@pytest.mark.parametrize("text, expected", CASES)
def test_documents_listed_twice_are_read_once(text, expected):
    assert_read_exactly(text, expected)
