"""
The API answers every mistake with JSON and a message a person can read:
400 for a query string that makes no sense, 404 for an unknown record or
address, 429 with Retry-After past the anonymous limit; never an HTML page
and never a 500.
"""

from base64 import b64encode
from urllib.parse import urlencode

import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db

BAD_QUERIES = [
    ("api:resolution-list", "date_from=31/31/2026", "date_from"),
    ("api:resolution-list", "date_from=2026-05-01&date_to=2026-04-01", "date_to"),
    ("api:resolution-list", "committee=no-such-committee", "committee"),
    ("api:resolution-list", "kind=verdict", "kind"),
    ("api:meeting-list", "status=adjourned", "status"),
    ("api:meeting-list", "modified_since=last+tuesday", "modified_since"),
    ("api:item-list", "meeting=twelve", "meeting"),
    ("api:document-list", "date_to=tomorrow", "date_to"),
    ("api:correction-list", "resolution=%00", "resolution"),
    ("api:committee-list", "kind=council", "kind"),
    ("api:membership-list", "person=nobody-at-all", "person"),
    ("api:search", "type=minutes", "type"),
    ("api:search", "committee=nope", "committee"),
]


@pytest.mark.parametrize("name, query, field", BAD_QUERIES)
def test_bad_filter_answers_400_with_a_message_naming_it(client, name, query, field):
    response = client.get(f"{reverse(name)}?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert field in body["errors"]
    assert body["message"].startswith("The query string has errors:")


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/meetings/999999/",
        "/api/v1/meetings/99999999999999999999999/",
        "/api/v1/committees/no-such-committee/",
        "/api/v1/people/no-such-person/",
        "/api/v1/meetings/abc/",
        "/api/v1/nowhere/",
        "/api/v2/",
        "/api/v1/meetings/?cursor=not-a-cursor",
        "/api/v1/committees/?page=99",
        "/api/v1/search/?q=budget&page=99",
    ],
)
def test_unknown_record_or_address_answers_404_in_json(client, url):
    factories.MeetingFactory()
    response = client.get(url)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["message"]


def test_request_for_a_host_not_allowed_answers_400_in_json(client):
    response = client.get("/api/v1/meetings/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert response.json() == {"message": "Bad request."}


@pytest.mark.parametrize(
    "query",
    ["date_from=0001-01-01", "date_to=9999-12-31", "page_size=0", "page_size=-5", "page_size=99999",
     "modified_since=9999-12-31T23:59:59Z", "q=%00%01", "committee=", "meeting=99999999999999999999999"],
)
def test_odd_but_harmless_values_are_not_errors(client, query):
    factories.ResolutionFactory()
    for name in ("api:meeting-list", "api:item-list", "api:resolution-list", "api:search"):
        response = client.get(f"{reverse(name)}?{query}")
        assert response.status_code in (200, 400), (name, query)
        assert response["Content-Type"] == "application/json"


def test_anonymous_program_over_the_limit_gets_429_with_retry_after(client, settings):
    settings.API_ANON_RATE = "3/minute"
    # Different addresses, so the page cache serves none of them.
    statuses = [client.get(f"/api/v1/committees/?page_size={n}").status_code for n in range(1, 5)]
    assert statuses == [200, 200, 200, 429]
    response = client.get("/api/v1/committees/?page_size=9")
    assert response.status_code == 429
    assert response["Content-Type"] == "application/json"
    assert 0 < int(response["Retry-After"]) <= 60
    assert response.json()["message"].startswith("Too many requests: try again in")


def test_writing_is_refused_in_json(client):
    response = client.post("/api/v1/committees/", {"name": "New"})
    assert response.status_code in (403, 405)
    assert response.json()["message"]


@pytest.mark.parametrize(
    "name, position",
    [("api:meeting-list", "yesterday"), ("api:item-list", "abc"), ("api:resolution-list", "9" * 30),
     ("api:meeting-list", "2026-99-99T10:00:00")],
)
def test_made_up_cursor_answers_404_in_json(client, name, position):
    factories.ResolutionFactory()
    cursor = b64encode(urlencode({"p": position}).encode()).decode()
    response = client.get(f"{reverse(name)}?cursor={cursor}")
    assert response.status_code == 404
    assert "cursor" in response.json()["message"]


@pytest.mark.parametrize(
    "moment", ["0804-04-18T12:52:14-18:02", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"]
)
def test_modified_since_at_odd_offsets_and_far_years_is_answered(client, moment):
    response = client.get("/api/v1/committees/", {"modified_since": moment})
    assert response.status_code == 200
