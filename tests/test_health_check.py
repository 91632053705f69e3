"""
/health/ tells a load balancer whether this server can answer: 200 when the
database answers, 503 when it cannot be reached. It is never cached, and
answers over plain HTTP although the site redirects everything else to HTTPS.
"""

from unittest import mock

import pytest
from django.db import OperationalError, connection
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_health_is_ok_when_the_database_answers(client):
    response = client.get(reverse("health"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-store" in response["Cache-Control"]


def test_health_is_503_when_the_database_cannot_be_reached(client):
    with mock.patch.object(connection, "cursor", side_effect=OperationalError("could not connect to server")):
        response = client.get(reverse("health"))
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "error"}
    assert "no-store" in response["Cache-Control"]


def test_health_really_asks_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(1) as queries:
        client.get(reverse("health"))
    assert queries.captured_queries[0]["sql"] == "SELECT 1"


def test_health_answers_only_reads(client):
    assert client.post(reverse("health")).status_code == 405
    assert client.head(reverse("health")).status_code == 200


def test_health_answers_over_plain_http_while_pages_redirect_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

    assert client.get(reverse("health")).status_code == 200
    page = client.get(reverse("home"))
    assert page.status_code == 301
    assert page["Location"] == "https://testserver/"
    assert client.get(reverse("home"), HTTP_X_FORWARDED_PROTO="https").status_code == 200
