"""
API answers carry an ETag, so a repeat request answers 304; any site may
read them with GET (CORS), without the visitor's cookies; and the page
cache never serves a signed-in councillor's answer (which holds exempt
business) to anyone else, nor a kept anonymous answer to a councillor.
"""

import pytest
from django.test import Client
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db

SECRET = "QUOKKAEXEMPT"


@pytest.fixture
def exempt_item(db):
    return factories.AgendaItemFactory(
        is_exempt=True, exempt_paragraph=3, title="Care home contract", minutes=f"Bids {SECRET}",
        meeting=factories.MeetingFactory(minutes_status="draft", minutes_published_at="2026-01-01T10:00Z"),
    )


@pytest.mark.parametrize("name", ["api:meeting-list", "api:item-list", "api:root", "api:search"])
def test_repeat_request_with_the_etag_answers_304(client, exempt_item, name):
    first = client.get(reverse(name))
    assert first.status_code == 200
    etag = first["ETag"]
    repeat = client.get(reverse(name), HTTP_IF_NONE_MATCH=etag)
    assert repeat.status_code == 304
    assert repeat.content == b""


def test_detail_answers_304_until_the_record_changes(client, exempt_item):
    url = reverse("api:item-detail", args=[exempt_item.pk])
    etag = client.get(url)["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    exempt_item.title = "Care home block contract"
    exempt_item.save()
    changed = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed.json()["title"] == "Care home block contract"


def test_any_site_may_read_the_api_with_get_but_not_with_cookies(client, exempt_item):
    response = client.get(reverse("api:meeting-list"), HTTP_ORIGIN="https://example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    preflight = client.options(
        reverse("api:meeting-list"), HTTP_ORIGIN="https://example.org", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert preflight.status_code == 200
    allowed = {method.strip() for method in preflight["Access-Control-Allow-Methods"].split(",")}
    assert allowed == {"GET", "HEAD", "OPTIONS"}


def test_pages_outside_the_api_are_not_opened_to_other_sites(client, exempt_item):
    response = client.get("/committees/", HTTP_ORIGIN="https://example.org")
    assert "Access-Control-Allow-Origin" not in response


def test_councillors_answer_is_private_and_never_served_to_the_public(exempt_item, councillor):
    url = reverse("api:item-detail", args=[exempt_item.pk])
    councillor_client = Client()
    councillor_client.force_login(councillor)
    theirs = councillor_client.get(url)
    assert SECRET in theirs.content.decode()
    assert "private" in theirs["Cache-Control"]

    public = Client().get(url)
    assert public.status_code == 200
    assert SECRET not in public.content.decode()


def test_kept_public_answer_is_never_served_to_a_councillor(exempt_item, councillor):
    url = reverse("api:item-detail", args=[exempt_item.pk])
    for _ in range(2):  # the second is served from the page cache
        assert SECRET not in Client().get(url).content.decode()
    councillor_client = Client()
    councillor_client.force_login(councillor)
    assert SECRET in councillor_client.get(url).content.decode()


def test_public_answer_is_kept_and_served_from_the_page_cache(client, exempt_item, django_assert_num_queries):
    url = reverse("api:item-list")
    first = client.get(url)
    # A kept answer costs one query (the record's version), and keeps its CORS header.
    with django_assert_num_queries(1):
        kept = client.get(url, HTTP_ORIGIN="https://example.org")
    assert kept.content == first.content
    assert kept["Access-Control-Allow-Origin"] == "*"
