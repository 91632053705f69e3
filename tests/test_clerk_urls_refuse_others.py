"""
Every URL of the clerks' back office refuses anonymous visitors (sent to sign
in) and signed-in users who are not clerks (403), for GET and POST alike.
The URLs are read from the URL configuration, so a new clerk page is covered
the moment it is added.
"""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from tests import factories


def clerk_urls():
    for entry in get_resolver().url_patterns:
        if isinstance(entry, URLResolver) and entry.namespace == "clerk":
            for pattern in entry.url_patterns:
                assert isinstance(pattern, URLPattern)
                route = str(entry.pattern) + str(pattern.pattern)
                yield pattern.name, "/" + re.sub(r"<(?:\w+:)?(\w+)>", _example, route)


def _example(match):
    return "some-slug" if "slug" in match.group(1) else "1"


CLERK_URLS = sorted(set(clerk_urls()))


def test_the_back_office_is_walked_whole():
    names = {name for name, _ in CLERK_URLS}
    assert {"dashboard", "meeting", "item_update", "agenda_publish", "meeting_import"} <= names
    assert len(CLERK_URLS) >= 25


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("name, url", CLERK_URLS)
def test_anonymous_visitor_is_sent_to_sign_in(client, name, url, method):
    response = getattr(client, method)(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/sign-in/?next=")


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("name, url", CLERK_URLS)
def test_councillor_is_refused(councillor_client, name, url, method):
    response = getattr(councillor_client, method)(url)
    assert response.status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize("name, url", CLERK_URLS)
def test_user_without_a_role_is_refused(client, name, url):
    client.force_login(factories.UserFactory())
    assert client.get(url).status_code == 403


@pytest.mark.django_db
def test_clerk_reaches_the_start_page(clerk_client):
    assert clerk_client.get("/clerk/").status_code == 200
