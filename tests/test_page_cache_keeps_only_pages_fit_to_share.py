"""
The page cache keeps a page only when every anonymous visitor would be sent
the same one, answers conditional and HEAD requests from it, ignores a
change that was rolled back, and renders pages as usual when the cache
itself cannot be reached.
"""

import logging
import socket
import uuid

import pytest
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.db import connection, transaction
from django.http import HttpRequest
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from meetings import page_cache
from meetings.page_cache import record_version
from scrutiny.settings import cache_from_url
from tests.conftest import PINNED_MINUTE
from tests.factories import AgendaItemFactory
from tests.test_item_editor import page_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def item(db):
    return AgendaItemFactory(title="Fostering service review")


def item_url(item):
    return reverse("agenda:item", args=[item.meeting_id, item.pk])


def queries_for(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    return response, len(queries)


def test_kept_page_answers_if_none_match_with_304(item):
    url = item_url(item)
    first = Client().get(url)
    etag = first["ETag"]

    response, queries = queries_for(Client(), url, if_none_match=etag)

    assert response.status_code == 304
    assert queries == 1  # the record version: the page itself came from the cache


def test_kept_page_is_rendered_again_in_the_next_minute(item, monkeypatch):
    """A page that says "held" or "next meeting" is at most a minute old."""
    url = item_url(item)
    Client().get(url)
    assert queries_for(Client(), url)[1] == 1

    monkeypatch.setattr(page_cache, "current_minute", lambda: PINNED_MINUTE + 1)
    response, queries = queries_for(Client(), url)

    assert response.status_code == 200
    assert queries > 1
    assert queries_for(Client(), url)[1] == 1  # and is kept for that minute


def test_kept_page_answers_head(item):
    url = item_url(item)
    Client().get(url)

    with CaptureQueriesContext(connection) as queries:
        response = Client().head(url)

    assert response.status_code == 200
    assert len(queries) == 1


def test_visitor_with_a_flash_message_is_sent_a_page_of_their_own(item):
    url = item_url(item)
    Client().get(url)
    with_message = Client()
    with_message.cookies[CookieStorage.cookie_name] = CookieStorage(HttpRequest())._encode(
        [Message(constants.SUCCESS, "Thank you for your feedback.")]
    )

    response, queries = queries_for(with_message, url)

    assert "Thank you for your feedback." in page_text(response)
    assert queries > 1
    # The message was shown once, to that visitor, and is in no kept page.
    assert "Thank you for your feedback." not in page_text(Client().get(url))


def test_page_holding_a_csrf_token_is_not_kept(settings):
    # The sign-in form holds a CSRF token. Its address is never cached at
    # all; without that rule, the cookie the token comes with still keeps
    # it out of the cache.
    settings.PAGE_CACHE_EXCLUDED_PATHS = []
    url = reverse("login")
    first = Client().get(url)
    assert "csrfmiddlewaretoken" in first.content.decode()

    second = Client().get(url)

    assert settings.CSRF_COOKIE_NAME in second.cookies
    assert second.content != first.content  # each token is masked afresh


def test_rolled_back_change_keeps_the_record_version_and_the_kept_page(item):
    url = item_url(item)
    Client().get(url)
    before = record_version()

    with pytest.raises(RuntimeError), transaction.atomic():
        item.title = "Adoption service review"
        item.save()
        assert record_version() != before
        raise RuntimeError("the clerk's save failed")

    assert record_version() == before
    response, queries = queries_for(Client(), url)
    assert queries == 1
    assert "Fostering service review" in page_text(response)


def test_committed_change_gives_a_new_record_version(item):
    before = record_version()

    item.title = "Adoption service review"
    item.save()

    assert record_version() != before


def test_cache_outage_renders_pages_without_the_cache(item, settings, caplog):
    # Nothing listens on port 9 (discard): every cache call is refused.
    settings.CACHES = {"default": cache_from_url("redis://127.0.0.1:9/0")}
    url = item_url(item)

    with caplog.at_level(logging.WARNING, logger="meetings.page_cache"):
        first = Client().get(url)
        item.title = "Adoption service review"
        item.save()
        second = Client().get(url)

    assert first.status_code == second.status_code == 200
    assert "Fostering service review" in page_text(first)
    assert "Adoption service review" in page_text(second)
    assert "The page cache failed" in caplog.text


def test_process_serves_the_pages_it_keeps_itself_while_redis_is_away(item, settings):
    settings.CACHES = {"default": cache_from_url("redis://127.0.0.1:9/0")}
    url = item_url(item)
    visitor = Client()  # one client: one process's middleware
    visitor.get(url)

    kept, queries = queries_for(visitor, url)
    assert queries == 1
    assert "Fostering service review" in page_text(kept)

    item.title = "Adoption service review"
    item.save()

    assert "Adoption service review" in page_text(visitor.get(url))


def test_cache_error_on_a_kept_page_renders_it_afresh(item, settings, monkeypatch):
    settings.CACHES = {"default": cache_from_url("")}
    url = item_url(item)
    Client().get(url)

    def broken(*args, **kwargs):
        raise ConnectionError("cache went away")

    monkeypatch.setattr("django.core.cache.backends.locmem.LocMemCache.get", broken)
    response, queries = queries_for(Client(), url)

    assert response.status_code == 200
    assert "Fostering service review" in page_text(response)
    assert queries > 1


def redis_answers():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


@pytest.mark.skipif(not redis_answers(), reason="no Redis at 127.0.0.1:6379")
def test_pages_kept_in_redis_are_retired_by_a_change(item, settings):
    # A prefix of this test's own, so that it shares nothing with other users of the server.
    settings.CACHES = {"default": {**cache_from_url("redis://127.0.0.1:6379/0"), "KEY_PREFIX": uuid.uuid4().hex}}
    url = item_url(item)
    Client().get(url)

    kept, queries = queries_for(Client(), url)
    assert queries == 1
    assert "Fostering service review" in page_text(kept)

    item.title = "Adoption service review"
    item.save()

    assert "Adoption service review" in page_text(Client().get(url))
