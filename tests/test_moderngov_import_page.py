"""
The clerk's import of one ModernGov meeting: paste an address, check the
preview (which saves nothing), import; a stale preview is refused, private
addresses are never fetched, and bad input gets a plain message.
"""

import shutil

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from agenda.models import AgendaItem
from meetings.models import Committee, Meeting
from moderngov import source as source_module
from scrutiny import richtext
from tests.moderngov_site import CHANGED, EXAMPLESHIRE, ModernGovSite, row_counts

pytestmark = pytest.mark.django_db

URL = reverse("clerk:moderngov_import")


@pytest.fixture
def site(monkeypatch, tmp_path):
    monkeypatch.setattr(source_module, "pause", lambda seconds: None)
    folder = tmp_path / "site"
    shutil.copytree(EXAMPLESHIRE, folder)
    with ModernGovSite(folder) as running, override_settings(MODERNGOV_ALLOWED_HOSTS=["127.0.0.1"]):
        yield running


def preview(clerk_client, reference, **extra):
    return clerk_client.post(URL, {"action": "preview", "reference": reference, **extra})


def token_of(response):
    page = response.content.decode()
    start = page.index('name="token" value="') + len('name="token" value="')
    return page[start : page.index('"', start)]


def test_the_page_is_for_clerks_only(client, django_user_model):
    assert client.get(URL).status_code == 302  # to sign in
    user = django_user_model.objects.create_user("councillor", password="x" * 20)
    client.force_login(user)
    assert client.get(URL).status_code == 403


def test_preview_saves_nothing_then_import_creates_the_meeting(clerk_client, site):
    before = row_counts()
    response = preview(clerk_client, f"{site.url}/ieListDocuments.aspx?CId=101&MId=501&Ver=4")

    assert response.status_code == 200
    page = response.content.decode()
    assert "Check the import" in page
    assert "School Attendance Report" in page
    assert row_counts() == before

    response = clerk_client.post(URL, {"action": "import", "token": token_of(response)})

    meeting = Meeting.objects.get(source=f"moderngov:{site.url}", external_id="501")
    assert response.status_code == 302 and response.url == reverse("clerk:meeting", args=[meeting.pk])
    assert meeting.items.filter(title="School Attendance Report").exists()
    assert Committee.objects.filter(source=f"moderngov:{site.url}", external_id="101").exists()
    # Only that meeting: the committee's other meetings are not imported.
    assert Meeting.objects.filter(source=f"moderngov:{site.url}").count() == 1


def test_importing_the_same_preview_twice_changes_nothing_the_second_time(clerk_client, site):
    response = preview(clerk_client, f"{site.url}/mgMeetingAttendance.aspx?ID=501")
    token = token_of(response)
    clerk_client.post(URL, {"action": "import", "token": token})
    after_first = row_counts()

    response = clerk_client.post(URL, {"action": "import", "token": token})

    # The meeting is here now, so the preview is stale: shown again, nothing saved.
    assert response.status_code == 200
    assert "Someone imported or changed this meeting here since your preview" in response.content.decode()
    assert row_counts() == after_first
    response = clerk_client.post(URL, {"action": "import", "token": token_of(response)})
    assert response.status_code == 302
    assert row_counts() == after_first


def test_a_meeting_changed_in_moderngov_since_the_preview_is_shown_again(clerk_client, site):
    response = preview(clerk_client, f"{site.url}/ieListDocuments.aspx?CId=101&MId=501")
    shutil.copy(CHANGED / "GetMeeting-501.xml", site.folder / "GetMeeting-501.xml")

    response = clerk_client.post(URL, {"action": "import", "token": token_of(response)})

    assert response.status_code == 200
    assert "changed in ModernGov since your preview" in response.content.decode()
    assert not Meeting.objects.filter(external_id="501").exists()


def test_a_committee_address_offers_its_meetings(clerk_client, site):
    response = preview(clerk_client, f"{site.url}/mgCommitteeDetails.aspx?ID=101")
    page = response.content.decode()
    assert response.status_code == 200
    assert f"{site.url}/ieListDocuments.aspx?CId=101&amp;MId=501" in page
    assert not Meeting.objects.exists()


def test_a_meeting_number_uses_the_site_address(clerk_client, site):
    response = preview(clerk_client, "501", site=site.url)
    assert "Check the import" in response.content.decode()

    response = preview(clerk_client, "501", site="")
    assert response.status_code == 200
    assert "enter the ModernGov site" in response.content.decode()


@pytest.mark.parametrize(
    "reference, message",
    [
        ("", "Enter the address of a ModernGov meeting page"),
        ("not an address", "Enter a full address starting with https://"),
        ("https://democracy.example.gov.uk/mgMemberIndex.aspx", "This is not a ModernGov meeting or committee page"),
        ("https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1", "has no meeting number"),
    ],
)
def test_bad_addresses_get_a_message_beside_the_field(clerk_client, reference, message):
    response = preview(clerk_client, reference)
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page and "govuk-error-summary" in page


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "10.1.2.3", "169.254.169.254", "[::1]"])
def test_private_addresses_are_never_fetched(clerk_client, host, monkeypatch):
    fetched = []
    monkeypatch.setattr(source_module.WebSource, "_get", lambda self, name, url: fetched.append(url))
    response = preview(clerk_client, f"http://{host}/ieListDocuments.aspx?CId=1&MId=2")
    assert "is not a public website" in response.content.decode()
    assert fetched == []


def test_only_the_listed_hosts_when_a_list_is_set(clerk_client, monkeypatch):
    fetched = []
    monkeypatch.setattr(source_module.WebSource, "_get", lambda self, name, url: fetched.append(url))
    with override_settings(MODERNGOV_ALLOWED_HOSTS=["democracy.example.gov.uk"]):
        response = preview(clerk_client, "https://elsewhere.example.org/ieListDocuments.aspx?CId=1&MId=2")
    assert "is not one of the ModernGov sites this council imports from" in response.content.decode()
    assert fetched == []


def test_an_unreachable_or_broken_site_gets_a_plain_message(clerk_client, site):
    site.failures["GetMeeting-501.xml"] = [503, 503, 503]
    response = preview(clerk_client, f"{site.url}/ieListDocuments.aspx?CId=101&MId=501")
    assert response.status_code == 200
    assert "Could not read the meeting from ModernGov" in response.content.decode()

    (site.folder / "GetMeeting-502.xml").write_text("<html><title>Runtime Error</title></html>")
    response = preview(clerk_client, f"{site.url}/ieListDocuments.aspx?CId=101&MId=502")
    assert "Runtime Error" in response.content.decode()
    assert not Meeting.objects.exists()


def test_a_forged_or_expired_preview_is_refused(clerk_client):
    response = clerk_client.post(URL, {"action": "import", "token": "forged"})
    assert response.status_code == 400
    assert "Preview the meeting again" in response.content.decode()
    assert clerk_client.post(URL, {"action": "nonsense"}).status_code == 400


def test_restricted_items_stay_exempt_and_off_the_public_page(clerk_client, site):
    response = preview(clerk_client, f"{site.url}/ieListDocuments.aspx?CId=101&MId=501")
    clerk_client.post(URL, {"action": "import", "token": token_of(response)})
    restricted = AgendaItem.objects.get(is_exempt=True, meeting__external_id="501")
    words = richtext.to_text(restricted.minutes or restricted.description)
    assert words

    client = Client()  # the public (clerk_client is the test's client, signed in)
    page = client.get(reverse("agenda:item", args=[restricted.meeting_id, restricted.pk]))
    meeting_page = client.get(reverse("agenda:meeting", args=[restricted.meeting_id]))

    assert words[:40] not in page.content.decode()
    assert words[:40] not in meeting_page.content.decode()
