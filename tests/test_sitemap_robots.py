"""
/sitemap.xml lists the public pages and nothing the public may not see;
/robots.txt keeps crawlers out of the back office and points to the sitemap.
"""

from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from agenda.models import ExemptParagraph
from meetings.models import Person
from tests import factories

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_entries(client):
    """{path: lastmod or None} of every URL in the sitemap."""
    response = client.get(reverse("sitemap"))
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    entries = {}
    for url in root.findall("s:url", NS):
        loc = url.find("s:loc", NS).text
        assert loc.startswith("http://testserver/")
        lastmod = url.find("s:lastmod", NS)
        entries[loc.removeprefix("http://testserver")] = None if lastmod is None else lastmod.text
    return entries


def decided_meeting(**fields):
    return factories.MeetingFactory(decisions_published_at=timezone.now() - timedelta(days=1), **fields)


def test_sitemap_lists_the_public_pages(public_client):
    committee = factories.CommitteeFactory(slug="children")
    meeting = decided_meeting(committee=committee)
    item = factories.AgendaItemFactory(meeting=meeting)
    resolution = factories.ResolutionFactory(item=item, reference="CYP/2026/1")
    councillor = factories.PersonFactory(slug="cllr-ada-jones")
    co_opted = factories.PersonFactory(slug="rev-sam-brown", kind=Person.Kind.CO_OPTED)

    entries = sitemap_entries(public_client)

    for path in [
        reverse("agenda:decisions"),
        reverse("meetings:committee_list"),
        reverse("meetings:calendar"),
        reverse("meetings:committee", args=["children"]),
        reverse("agenda:meeting", args=[meeting.pk]),
        reverse("agenda:item", args=[meeting.pk, item.pk]),
        reverse("agenda:resolution", args=[resolution.pk]),
        reverse("agenda:councillor", args=[councillor.slug]),
        reverse("agenda:councillor", args=[co_opted.slug]),
    ]:
        assert path in entries
    meeting_lastmod = entries[reverse("agenda:meeting", args=[meeting.pk])]
    assert meeting_lastmod == timezone.localtime(meeting.decisions_published_at).date().isoformat()


def test_sitemap_leaves_out_what_the_public_may_not_see(clerk_client):
    meeting = decided_meeting()
    draft = factories.AgendaItemFactory(meeting=meeting, published_at=None)
    exempt = factories.AgendaItemFactory(
        meeting=meeting, is_exempt=True, exempt_paragraph=ExemptParagraph.INDIVIDUAL
    )
    exempt_resolution = factories.ResolutionFactory(item=exempt, reference="CYP/2026/2")
    undecided = factories.ResolutionFactory(item__meeting=factories.MeetingFactory())
    unpublished_agenda = factories.MeetingFactory(
        start=timezone.now() + timedelta(days=20), agenda_published_at=None
    )
    unpublished_item = factories.AgendaItemFactory(meeting=unpublished_agenda)
    officer = factories.PersonFactory(slug="officer-jo", kind=Person.Kind.OFFICER)

    entries = sitemap_entries(clerk_client)

    assert reverse("agenda:item", args=[meeting.pk, draft.pk]) not in entries
    assert reverse("agenda:item", args=[unpublished_agenda.pk, unpublished_item.pk]) not in entries
    assert reverse("agenda:resolution", args=[exempt_resolution.pk]) not in entries
    assert reverse("agenda:resolution", args=[undecided.pk]) not in entries
    assert reverse("agenda:councillor", args=[officer.slug]) not in entries
    # An exempt item's title is public, so its page is listed.
    assert reverse("agenda:item", args=[meeting.pk, exempt.pk]) in entries


def _add_records(n):
    for _ in range(n):
        meeting = decided_meeting()
        item = factories.AgendaItemFactory(meeting=meeting)
        factories.ResolutionFactory(item=item)
        factories.PersonFactory()


def test_sitemap_runs_a_fixed_number_of_queries(public_client, django_assert_max_num_queries):
    _add_records(1)
    with CaptureQueriesContext(connection) as one:
        sitemap_entries(public_client)

    _add_records(29)
    with django_assert_max_num_queries(len(one)):
        entries = sitemap_entries(public_client)

    assert len(entries) == 3 + 30 * 5


def test_robots_txt_keeps_crawlers_out_of_the_back_office(public_client):
    response = public_client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Allow: /" in lines
    for path in ["/clerk/", "/admin/", "/sign-in/", "/account/"]:
        assert f"Disallow: {path}" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
