"""The developers' page lists every way to read the record, with requests that work."""

import re

import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


def test_developers_page_gives_working_example_requests(client):
    committee = factories.CommitteeFactory(slug="children")
    meeting = factories.MeetingFactory(committee=committee)
    page = client.get(reverse("developers"))
    assert page.status_code == 200
    text = page.content.decode()
    for address in (
        "/api/v1/", "/api/docs/", "/api/schema/", f"GetMeeting?lMeetingId={meeting.pk}",
        f"GetMeetings?lCommitteeId={committee.pk}", "/feeds/decisions.atom", "/feeds/meetings.ics",
        "/decisions.csv?committee=children", "/meetings.csv?committee=children", "export_record",
        "/oparl/v1/", f"/oparl/v1/meeting/{meeting.pk}/", "/oparl/v1/body/meetings/?modified_since=",
    ):
        assert address in text, address
    examples = re.findall(r'href="http://testserver([^"]+)"', text)
    assert len(examples) >= 16
    for path in examples:
        response = client.get(path.replace("&amp;", "&"))
        assert response.status_code == 200, path


def test_every_page_links_to_the_developers_page(client):
    assert reverse("developers") in client.get(reverse("home")).content.decode()


def test_developers_page_works_on_an_empty_site(client):
    assert client.get(reverse("developers")).status_code == 200
