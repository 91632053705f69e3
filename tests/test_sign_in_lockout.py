"""
Repeated failed sign-ins lock signing in for a while (django-axes), counted
for each username and for each address, so that one account tried from many
addresses and many accounts tried from one address are both stopped. The
admin signs in through the same page, so it is covered too. A superuser
unlocks from the admin or with `manage.py axes_reset_username`.
"""

from datetime import timedelta

import pytest
import time_machine
from axes.models import AccessAttempt
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_password_hashing")]

PASSWORD = "correct horse battery staple"


def sign_in(client, username, password=PASSWORD, path="/sign-in/", **extra):
    return client.post(path, {"username": username, "password": password}, **extra)


def fail(client, username, times, **extra):
    for _ in range(times):
        response = sign_in(client, username, "not the password", **extra)
    return response


def assert_locked_out_page(response):
    assert response.status_code == 429
    html = response.content.decode()
    assert "<h1 class=\"govuk-heading-l\">Signing in is locked for now</h1>" in html
    assert "try again in 1\xa0hour" in html
    assert "ask a clerk" in html
    assert settings.COUNCIL_NAME in html  # the site's own page frame


@pytest.fixture
def dana(db):
    return factories.ClerkFactory(username="dana")


def test_failures_below_the_limit_show_the_form_again(client, dana):
    response = fail(client, "dana", settings.AXES_FAILURE_LIMIT - 1)
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert sign_in(client, "dana")["Location"] == "/clerk/"


def test_the_fifth_failure_locks_signing_in_with_a_clear_page(client, dana):
    assert settings.AXES_FAILURE_LIMIT == 5
    response = fail(client, "dana", 5)
    assert_locked_out_page(response)


def test_a_locked_account_is_refused_even_with_the_right_password(client, dana):
    fail(client, "dana", settings.AXES_FAILURE_LIMIT)
    response = sign_in(client, "dana")
    assert_locked_out_page(response)
    assert "_auth_user_id" not in client.session


def test_one_account_tried_from_many_addresses_is_locked(client, dana):
    for n in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "dana", "not the password", REMOTE_ADDR=f"198.51.100.{n + 1}")
    response = sign_in(client, "dana", REMOTE_ADDR="203.0.113.50")
    assert_locked_out_page(response)


def test_many_accounts_tried_from_one_address_lock_that_address(client, dana):
    for n in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, f"guess{n}", "not the password", REMOTE_ADDR="198.51.100.7")
    assert_locked_out_page(sign_in(client, "dana", REMOTE_ADDR="198.51.100.7"))
    # The account itself is not locked: from elsewhere it signs in.
    assert sign_in(client, "dana", REMOTE_ADDR="203.0.113.50").status_code == 302


def test_a_forwarded_for_header_is_not_believed_without_a_trusted_proxy(client, dana):
    assert settings.TRUSTED_PROXY_COUNT == 0
    for n in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, f"guess{n}", "not the password", HTTP_X_FORWARDED_FOR=f"192.0.2.{n + 1}")
    assert_locked_out_page(sign_in(client, "dana", HTTP_X_FORWARDED_FOR="203.0.113.50"))


def test_behind_a_trusted_proxy_the_visitor_is_the_address_the_proxy_added(client, dana, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for n in range(settings.AXES_FAILURE_LIMIT):
        # The attacker puts someone else's address first; the proxy adds theirs at the end.
        sign_in(
            client, f"guess{n}", "not the password", HTTP_X_FORWARDED_FOR="203.0.113.50, 198.51.100.7", **proxy
        )
    assert_locked_out_page(sign_in(client, "dana", HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy))
    # Another visitor behind the same proxy is not locked out.
    response = sign_in(client, "dana", HTTP_X_FORWARDED_FOR="203.0.113.50", **proxy)
    assert response.status_code == 302
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.7"}


def test_the_lock_ends_after_the_cool_off_time(client, dana):
    fail(client, "dana", settings.AXES_FAILURE_LIMIT)
    assert settings.AXES_COOLOFF_TIME == timedelta(hours=1)
    with time_machine.travel(timezone.now() + timedelta(minutes=30), tick=False):
        assert_locked_out_page(sign_in(client, "dana"))
    with time_machine.travel(timezone.now() + timedelta(minutes=95), tick=False):
        assert sign_in(client, "dana")["Location"] == "/clerk/"


def test_the_admin_has_no_sign_in_form_of_its_own(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    response = client.get(response["Location"])
    assert response.status_code == 302
    assert response["Location"] == "/sign-in/?next=/admin/"
    factories.UserFactory(username="root", is_staff=True, is_superuser=True)
    response = client.post("/admin/login/?next=/admin/", {"username": "root", "password": PASSWORD})
    assert response["Location"].startswith("/sign-in/")
    assert "_auth_user_id" not in client.session


def test_the_admin_is_locked_out_like_the_site(client):
    factories.UserFactory(username="root", is_staff=True, is_superuser=True)
    fail(client, "root", settings.AXES_FAILURE_LIMIT)
    assert_locked_out_page(sign_in(client, "root", path="/sign-in/?next=/admin/"))
    assert client.get("/admin/").status_code == 302


def test_axes_reset_username_unlocks_an_account(client, dana):
    fail(client, "dana", settings.AXES_FAILURE_LIMIT)
    assert_locked_out_page(sign_in(client, "dana"))
    call_command("axes_reset_username", "dana")
    assert sign_in(client, "dana")["Location"] == "/clerk/"


def test_a_superuser_unlocks_an_account_in_the_admin(client, dana):
    fail(client, "dana", settings.AXES_FAILURE_LIMIT)
    attempt = AccessAttempt.objects.get(username="dana")

    admin_client = type(client)()
    admin_client.force_login(factories.UserFactory(username="root", is_staff=True, is_superuser=True))
    listing = admin_client.get("/admin/axes/accessattempt/")
    assert listing.status_code == 200
    assert "dana" in listing.content.decode()
    response = admin_client.post(f"/admin/axes/accessattempt/{attempt.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302

    assert sign_in(client, "dana")["Location"] == "/clerk/"


def test_a_clerk_who_is_not_an_admin_cannot_unlock(dana):
    from django.test import Client

    clerk = Client()
    clerk.force_login(dana)
    assert clerk.get("/admin/axes/accessattempt/").status_code in (302, 403)
