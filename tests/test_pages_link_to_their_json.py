"""
Public pages name their data in the API with <link rel="alternate"
type="application/json">, and the link answers 200 with that record.
"""

import re

import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db

ALTERNATE = re.compile(r'<link rel="alternate" type="application/json" href="([^"]+)">')


def alternate_of(client, url):
    found = ALTERNATE.findall(client.get(url).content.decode())
    assert len(found) == 1, url
    return found[0].replace("&amp;", "&")


def test_record_pages_link_to_their_record_in_the_api(client):
    resolution = factories.ResolutionFactory(
        item__meeting__decisions_published_at="2026-01-01T10:00Z", item__meeting__committee__slug="cyp",
    )
    item = resolution.item
    person = factories.PersonFactory(slug="jo-bloggs")
    pages = {
        reverse("meetings:committee_list"): reverse("api:committee-list"),
        reverse("meetings:committee", args=["cyp"]): reverse("api:committee-detail", args=["cyp"]),
        reverse("agenda:meeting", args=[item.meeting_id]): reverse("api:meeting-detail", args=[item.meeting_id]),
        reverse("agenda:item", args=[item.meeting_id, item.pk]): reverse("api:item-detail", args=[item.pk]),
        reverse("agenda:resolution", args=[resolution.pk]): reverse("api:resolution-detail", args=[resolution.pk]),
        reverse("agenda:councillor", args=[person.slug]): reverse("api:person-detail", args=[person.slug]),
    }
    for page, api_url in pages.items():
        assert alternate_of(client, page) == api_url, page
        assert client.get(api_url).status_code == 200, api_url


def test_filtered_decisions_link_to_the_same_filter_in_the_api(client):
    factories.CommitteeFactory(slug="cyp")
    link = alternate_of(client, f"{reverse('agenda:decisions')}?committee=cyp&date_from=2026-01-01&page=2")
    assert link == f"{reverse('api:resolution-list')}?committee=cyp&date_from=2026-01-01"
    assert client.get(link).status_code == 200


def test_search_links_to_the_same_search_in_the_api(client):
    link = alternate_of(client, f"{reverse('search')}?q=budget&type=decisions")
    assert link == f"{reverse('api:search')}?q=budget&type=decisions"


def test_pages_without_json_have_no_alternate(client):
    assert not ALTERNATE.search(client.get(reverse("meetings:calendar")).content.decode())
