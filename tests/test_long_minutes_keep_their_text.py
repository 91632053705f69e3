"""
Long minutes: the editor says how long they may be, refuses longer ones
beside the field with the text kept, and a form too large to read at all
answers a 413 page that says the limit, never a bare 400 or a 500.
"""

from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import reverse

from agenda.models import AgendaItem
from tests.factories import AgendaItemFactory
from tests.test_item_editor import item_form_data

pytestmark = pytest.mark.django_db

FORM_ENCODED = "application/x-www-form-urlencoded"


def post_as_a_browser(client, url, data):
    """The item editor's form is sent URL-encoded, as a browser sends it."""
    return client.post(url, urlencode(data), content_type=FORM_ENCODED)


def test_the_editor_says_how_long_the_minutes_may_be(clerk_client):
    item = AgendaItemFactory()
    html = clerk_client.get(reverse("clerk:item_update", args=[item.pk])).content.decode()
    assert "What the committee heard and discussed, up to 1,000,000 characters." in html
    assert "maxlength" not in html[html.index('name="minutes"') - 300: html.index('name="minutes"') + 300]


def test_too_long_minutes_are_refused_beside_the_field_and_kept(clerk_client, settings):
    settings.ITEM_TEXT_MAX_CHARS = 60
    item = AgendaItemFactory(minutes="Short minutes.")
    typed = "The committee discussed the budget at length and in detail, line by line."

    response = post_as_a_browser(
        clerk_client, reverse("clerk:item_update", args=[item.pk]), item_form_data(item, minutes=typed)
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_minutes_error"' in html
    assert f"The minutes must be 60 characters or fewer; this is {len(typed)}." in html
    assert typed in html
    item.refresh_from_db()
    assert item.minutes == "<p>Short minutes.</p>"


def test_the_longest_minutes_in_three_byte_characters_reach_the_form_not_the_request_limit(clerk_client, settings):
    item = AgendaItemFactory(minutes="Short minutes.")
    # Curly quotes take three bytes each, nine once percent-encoded.
    typed = "’" * (settings.ITEM_TEXT_MAX_CHARS + 1)

    response = post_as_a_browser(
        clerk_client, reverse("clerk:item_update", args=[item.pk]), item_form_data(item, minutes=typed)
    )

    assert response.status_code == 200
    assert "The minutes must be 1,000,000 characters or fewer; this is 1,000,001." in response.content.decode()
    assert AgendaItem.objects.get(pk=item.pk).minutes == "<p>Short minutes.</p>"


@pytest.mark.parametrize("enforce_csrf", [False, True], ids=["read by the view", "read by the CSRF check"])
def test_a_form_too_large_to_read_answers_413_saying_the_limit(clerk, settings, enforce_csrf):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2048
    item = AgendaItemFactory(minutes="Short minutes.")
    client = Client(enforce_csrf_checks=enforce_csrf)
    client.force_login(clerk)
    client.get(reverse("clerk:item_update", args=[item.pk]))  # sets the CSRF cookie, as a browser has it

    response = post_as_a_browser(
        client, reverse("clerk:item_update", args=[item.pk]), item_form_data(item, minutes="x" * 5000)
    )

    assert response.status_code == 413
    html = response.content.decode()
    assert "What you sent is too large" in html
    assert "larger than 2.0\xa0KB" in html
    assert "nothing in it has been saved" in html
    assert AgendaItem.objects.get(pk=item.pk).minutes == "<p>Short minutes.</p>"


def test_other_bad_requests_still_get_the_400_page(client):
    response = client.get("/", HTTP_HOST="not-allowed.example")
    assert response.status_code == 400
