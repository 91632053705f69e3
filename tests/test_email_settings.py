"""
Email is configured from EMAIL_URL (or the separate EMAIL_ variables): an
SMTP server with or without TLS, or the console, which is the default.
"""

import pytest
from django.core.exceptions import ImproperlyConfigured

import scrutiny.settings as scrutiny_settings
from scrutiny.settings import email_settings_from_url


def test_smtp_with_starttls_and_an_encoded_password():
    assert email_settings_from_url("smtp+tls://clerks%40council.example:p%40ss:word@mail.example.org") == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "mail.example.org",
        "EMAIL_PORT": 587,
        "EMAIL_HOST_USER": "clerks@council.example",
        "EMAIL_HOST_PASSWORD": "p@ss:word",
        "EMAIL_USE_TLS": True,
        "EMAIL_USE_SSL": False,
    }


def test_smtp_over_ssl_and_plain_smtp_with_a_port():
    ssl = email_settings_from_url("smtp+ssl://user:secret@mail.example.org")
    assert (ssl["EMAIL_PORT"], ssl["EMAIL_USE_SSL"], ssl["EMAIL_USE_TLS"]) == (465, True, False)
    plain = email_settings_from_url("smtp://relay.internal:2525")
    assert (plain["EMAIL_HOST"], plain["EMAIL_PORT"], plain["EMAIL_HOST_USER"]) == ("relay.internal", 2525, "")
    assert not plain["EMAIL_USE_SSL"] and not plain["EMAIL_USE_TLS"]


def test_console():
    assert email_settings_from_url("console://") == {
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"
    }


@pytest.mark.parametrize("url", ["imap://mail.example.org", "smtp://mail.example.org:port"])
def test_a_url_that_cannot_be_used_stops_the_site_starting(url):
    with pytest.raises(ImproperlyConfigured):
        email_settings_from_url(url)


def test_the_default_prints_emails_to_the_console():
    # The tests swap in Django's in-memory backend, so read the settings module itself.
    assert scrutiny_settings.EMAIL_BACKEND == "django.core.mail.backends.console.EmailBackend"
    assert scrutiny_settings.EMAIL_TIMEOUT == 10
