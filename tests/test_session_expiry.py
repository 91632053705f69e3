"""
Sessions end when the browser closes. A clerk's (or an admin's) session also
ends after CLERK_SESSION_IDLE_SECONDS without a request, and the sign-in page
says why.
"""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.conf import settings

from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_password_hashing")]

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock():
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


def is_signed_in(client):
    return "_auth_user_id" in client.session


def test_the_session_cookie_lasts_until_the_browser_closes(client):
    factories.ClerkFactory(username="dana")
    response = client.post("/sign-in/", {"username": "dana", "password": "correct horse battery staple"})
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie.value
    assert cookie["expires"] == "" and cookie["max-age"] == ""


def test_a_clerk_idle_for_longer_than_the_limit_is_signed_out(clock, clerk_client):
    assert settings.CLERK_SESSION_IDLE_SECONDS == 8 * 60 * 60
    assert clerk_client.get("/clerk/").status_code == 200
    clock.shift(timedelta(hours=8, minutes=1))
    response = clerk_client.get("/clerk/committees/")
    assert response.status_code == 302
    assert response["Location"] == "/sign-in/?next=/clerk/committees/"
    assert not is_signed_in(clerk_client)
    page = clerk_client.get(response["Location"]).content.decode()
    assert "You were signed out because you had not used the site for 8\xa0hours" in page


def test_a_clerk_idle_for_less_than_the_limit_stays_signed_in(clock, clerk_client):
    clock.shift(timedelta(hours=7, minutes=59))
    assert clerk_client.get("/clerk/").status_code == 200
    assert is_signed_in(clerk_client)


def test_each_request_restarts_the_idle_clock(clock, clerk_client):
    for _ in range(3):
        clock.shift(timedelta(hours=6))
        assert clerk_client.get("/clerk/").status_code == 200
    assert is_signed_in(clerk_client)


def test_the_idle_clock_starts_at_sign_in(clock, client):
    factories.ClerkFactory(username="dana")
    client.post("/sign-in/", {"username": "dana", "password": "correct horse battery staple"})
    clock.shift(timedelta(hours=8, minutes=1))
    response = client.get("/")
    assert response.status_code == 200
    assert not is_signed_in(client)
    # A public page goes on for the visitor, with the reason.
    assert "You were signed out because" in response.content.decode()


def test_the_idle_limit_comes_from_the_setting(clock, clerk_client, settings):
    settings.CLERK_SESSION_IDLE_SECONDS = 15 * 60
    clock.shift(timedelta(minutes=16))
    assert clerk_client.get("/clerk/").status_code == 302
    assert not is_signed_in(clerk_client)


def test_a_superuser_idle_too_long_is_signed_out_of_the_admin(clock, client):
    client.force_login(factories.UserFactory(is_staff=True, is_superuser=True))
    assert client.get("/admin/").status_code == 200
    clock.shift(timedelta(hours=9))
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0] == "/sign-in/?next=/admin/"
    assert "You were signed out because" in response.content.decode()


def test_a_councillor_is_not_signed_out_for_idleness(clock, councillor_client):
    clock.shift(timedelta(hours=9))
    assert councillor_client.get("/").status_code == 200
    assert is_signed_in(councillor_client)
