"""
Each request is logged as one JSON line on the "scrutiny.requests" logger,
with what an operator needs to trace it, and never a password or token: a
posted form is not logged, and secret-looking query values are redacted.
The request id comes back in the X-Request-ID header.
"""

import json
import logging

import pytest
from django.http import HttpResponse
from django.urls import path, reverse

from tests import factories

pytestmark = pytest.mark.django_db

FIELDS = {"method", "path", "query", "status", "duration_ms", "user_id", "remote_addr", "forwarded_for", "request_id"}


@pytest.fixture
def request_log(caplog):
    """The request lines logged during the test, as dicts."""
    caplog.set_level(logging.INFO, logger="scrutiny.requests")

    def lines():
        return [json.loads(record.getMessage()) for record in caplog.records if record.name == "scrutiny.requests"]

    return lines


def test_a_request_logs_one_json_line_with_its_fields(client, request_log):
    response = client.get(reverse("search") + "?q=foster+carers&type=decisions", REMOTE_ADDR="203.0.113.9")

    [line] = request_log()
    assert set(line) == FIELDS
    assert line["method"] == "GET"
    assert line["path"] == "/search/"
    assert line["query"] == "q=foster+carers&type=decisions"
    assert line["status"] == response.status_code == 200
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] >= 0
    assert line["user_id"] is None
    assert line["remote_addr"] == "203.0.113.9"
    assert line["request_id"] == response["X-Request-ID"]
    assert len(line["request_id"]) == 32


def test_signed_in_users_id_is_logged(clerk_client, clerk, request_log):
    clerk_client.get(reverse("clerk:dashboard"))
    [line] = request_log()
    assert line["user_id"] == clerk.pk


def test_not_found_and_forwarded_for_are_logged(client, request_log):
    client.get("/meetings/999999/", HTTP_X_FORWARDED_FOR="198.51.100.7, 10.0.0.2")
    [line] = request_log()
    assert line["status"] == 404
    assert line["forwarded_for"] == "198.51.100.7, 10.0.0.2"


def test_sign_in_password_never_appears_in_the_log(client, caplog, request_log):
    dana = factories.ClerkFactory(username="dana")
    client.post(reverse("login"), {"username": "dana", "password": "wrong-pa55word-attempt"})
    client.post(reverse("login"), {"username": "dana", "password": "correct horse battery staple"})

    refused, signed_in = request_log()
    assert (refused["method"], refused["path"], refused["status"], refused["user_id"]) == (
        "POST", "/sign-in/", 200, None
    )
    assert (signed_in["status"], signed_in["user_id"]) == (302, dana.pk)
    assert "correct horse" not in caplog.text and "battery staple" not in caplog.text
    assert "wrong-pa55word" not in caplog.text


def test_secret_looking_query_values_are_redacted(client, caplog, request_log):
    client.get("/sign-in/?next=/clerk/&token=abc123secret&password=hunter2&api_key=k3y&code=778899")
    [line] = request_log()
    assert line["query"] == (
        "next=%2Fclerk%2F&token=[redacted]&password=[redacted]&api_key=[redacted]&code=[redacted]"
    )
    for secret in ("abc123secret", "hunter2", "k3y", "778899"):
        assert secret not in caplog.text


def test_a_request_id_from_the_proxy_is_kept_and_returned(client, request_log):
    response = client.get("/", HTTP_X_REQUEST_ID="lb-7f3a2c1e-9b8d")
    assert response["X-Request-ID"] == "lb-7f3a2c1e-9b8d"
    assert request_log()[0]["request_id"] == "lb-7f3a2c1e-9b8d"


@pytest.mark.parametrize("bad_id", ["has spaces in it", "x" * 200, "quote\"d", "new\\nline"])
def test_a_request_id_that_is_not_an_id_is_replaced(client, request_log, bad_id):
    response = client.get("/", HTTP_X_REQUEST_ID=bad_id)
    assert response["X-Request-ID"] != bad_id
    assert len(response["X-Request-ID"]) == 32
    assert request_log()[0]["request_id"] == response["X-Request-ID"]


def test_each_request_gets_its_own_id(client, request_log):
    first = client.get("/")["X-Request-ID"]
    second = client.get("/")["X-Request-ID"]
    assert first != second


# A password reset link carries its token in the path (Django's
# PasswordResetConfirmView): a URL pattern naming a part "token" is redacted.
urlpatterns = [
    path("reset/<uidb64>/<token>/", lambda request, uidb64, token: HttpResponse("ok"), name="reset"),
]


def test_a_token_in_the_path_is_redacted(client, settings, caplog, request_log):
    settings.ROOT_URLCONF = __name__
    client.get("/reset/MQ/cb8a3f-5d1e9c0b7a2f4e6d/")
    [line] = request_log()
    assert line["path"] == "/reset/MQ/[redacted]/"
    assert "cb8a3f-5d1e9c0b7a2f4e6d" not in caplog.text
