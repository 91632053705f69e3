"""What a clerk pastes to name a ModernGov meeting: addresses of every page shape, or a number."""

import pytest

from moderngov.references import Reference, ReferenceError, read_reference

SITE = "https://democracy.example.gov.uk"


@pytest.mark.parametrize(
    "pasted, expected",
    [
        (f"{SITE}/ieListDocuments.aspx?CId=412&MId=8135", Reference(SITE, "meeting", 8135)),
        (f"{SITE}/ieListDocuments.aspx?CId=412&MId=8135&Ver=4", Reference(SITE, "meeting", 8135)),
        (f"  {SITE}/IELISTDOCUMENTS.ASPX?cid=412&mid=8135  ", Reference(SITE, "meeting", 8135)),
        (f"{SITE}/mgMeetingAttendance.aspx?ID=8135", Reference(SITE, "meeting", 8135)),
        (f"{SITE}/mgChooseDocPack.aspx?ID=8135", Reference(SITE, "meeting", 8135)),
        (f"{SITE}/mgCommitteeDetails.aspx?ID=412", Reference(SITE, "committee", 412)),
        (f"{SITE}/ieListMeetings.aspx?CommitteeId=412", Reference(SITE, "committee", 412)),
        (f"{SITE}/ieListMeetings.aspx?CId=412&Year=0", Reference(SITE, "committee", 412)),
        (
            "http://www.council.gov.uk/democracy/ieListDocuments.aspx?CId=1&MId=2",
            Reference("http://www.council.gov.uk/democracy", "meeting", 2),
        ),
        ("8135", Reference(SITE, "meeting", 8135)),
    ],
)
def test_addresses_and_numbers_name_a_meeting_or_committee(pasted, expected):
    assert read_reference(pasted, default_site=SITE + "/") == expected


@pytest.mark.parametrize(
    "pasted, message",
    [
        ("", "Enter the address"),
        ("8135", "not enough"),
        ("democracy.example.gov.uk/ieListDocuments.aspx?MId=1", "starting with https://"),
        ("javascript:alert(1)", "starting with https://"),
        (f"{SITE}/ieListDocuments.aspx?CId=412", "no meeting number"),
        (f"{SITE}/ieListDocuments.aspx?CId=412&MId=abc", "no meeting number"),
        (f"{SITE}/mgCommitteeDetails.aspx?ID=", "no committee number"),
        (f"{SITE}/mgMemberIndex.aspx", "not a ModernGov meeting"),
        ("https://example.org/" + "a" * 3000, "too long"),
    ],
)
def test_anything_else_gets_a_plain_message(pasted, message):
    with pytest.raises(ReferenceError, match=message):
        read_reference(pasted)


def test_a_user_name_and_password_in_the_address_are_dropped():
    assert read_reference("https://user:secret@democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=2") == (
        Reference(SITE, "meeting", 2)
    )
