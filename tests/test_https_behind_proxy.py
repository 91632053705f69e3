"""
Behind the TLS proxy, with SECURE_COOKIES=1: plain HTTP is redirected to
HTTPS, HTTPS pages carry HSTS and secure cookies, and a form may be posted
from another origin only when CSRF_TRUSTED_ORIGINS lists it.

The settings are those SECURE_COOKIES=1 gives (test_production_settings.py
checks that it does); here they are set directly, as settings are read once
at start-up.
"""

import pytest
from django.test import Client
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db

# The proxy passes on its own name for this server, so the browser's Origin
# (the public address) is not the Host Django sees.
BEHIND_PROXY = {"HTTP_HOST": "scrutiny.internal", "HTTP_X_FORWARDED_PROTO": "https"}


@pytest.fixture
def https_settings(settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.ALLOWED_HOSTS = ["scrutiny.internal"]
    return settings


def sign_in_from(origin, trusted_origins, settings):
    """Post the sign-in form, with its CSRF token, from a page served at ``origin``."""
    settings.CSRF_TRUSTED_ORIGINS = trusted_origins
    factories.ClerkFactory(username="dana")
    client = Client(enforce_csrf_checks=True)
    client.get(reverse("login"), **BEHIND_PROXY)
    token = client.cookies["csrftoken"].value
    return client.post(
        reverse("login"),
        {"username": "dana", "password": "correct horse battery staple", "csrfmiddlewaretoken": token},
        HTTP_ORIGIN=origin,
        **BEHIND_PROXY,
    )


def test_sign_in_from_a_trusted_origin_is_accepted(https_settings):
    response = sign_in_from("https://council.example", ["https://council.example"], https_settings)
    assert response.status_code == 302
    assert response["Location"] == reverse("clerk:dashboard")


def test_sign_in_from_an_origin_not_listed_is_refused(https_settings):
    response = sign_in_from("https://council.example", [], https_settings)
    assert response.status_code == 403


def test_sign_in_from_a_listed_origin_over_plain_http_is_refused(https_settings):
    response = sign_in_from("http://council.example", ["https://council.example"], https_settings)
    assert response.status_code == 403


def test_plain_http_is_redirected_to_https(client, https_settings):
    response = client.get(reverse("agenda:decisions"), HTTP_HOST="scrutiny.internal")
    assert response.status_code == 301
    assert response["Location"] == "https://scrutiny.internal/decisions/"
    # The redirect is a response like any other.
    assert "Content-Security-Policy" in response
    assert "Permissions-Policy" in response


def test_https_pages_carry_hsts_and_secure_cookies(client, https_settings):
    response = client.get(reverse("login"), **BEHIND_PROXY)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response.cookies["csrftoken"]["secure"] is True


def test_the_session_cookie_is_sent_over_https_only(https_settings):
    factories.ClerkFactory(username="dana")
    client = Client()
    response = client.post(
        reverse("login"), {"username": "dana", "password": "correct horse battery staple"}, **BEHIND_PROXY
    )
    assert response.status_code == 302
    assert response.cookies["sessionid"]["secure"] is True
    assert response.cookies["sessionid"]["httponly"] is True
