"""
When the database goes away (a restart, a failover), a page answers 503
with a page that says so, never a bare 500; and a clerk's change that met
the lost connection half-way saved nothing, as that page tells them.
"""

from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError, connection
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.utils import CursorWrapper
from django.test import Client
from django.urls import reverse
from simple_history.models import HistoricalRecords

from meetings.models import Committee
from tests.factories import AgendaItemFactory
from tests.test_clerk_committees import committee_data
from tests.test_item_editor import page_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_public_page_answers_503_while_the_database_is_away(public_client, error):
    item = AgendaItemFactory()
    url = reverse("agenda:item", args=[item.meeting_id, item.pk])

    with mock.patch.object(CursorWrapper, "execute", side_effect=error("server closed the connection unexpectedly")):
        response = public_client.get(url)

    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    page = page_text(response)
    assert "The database is restarting or cannot be reached." in page
    assert "Try again in 5 seconds." in page
    assert "not saved" not in page


def test_clerk_change_cut_off_half_way_saved_nothing(clerk_client):
    # The committee's row is written; then the connection is lost while its
    # audit history is being written.
    lost = OperationalError("terminating connection due to administrator command")
    with mock.patch.object(HistoricalRecords, "create_historical_record", side_effect=lost):
        response = clerk_client.post(reverse("clerk:committee_create"), committee_data())

    assert response.status_code == 503
    assert "Your change was not saved." in page_text(response)
    assert not Committee.objects.filter(slug="adult-social-care").exists()


def test_clerk_change_while_the_database_is_down_says_it_was_not_saved(clerk_client):
    refused = OperationalError("connection to server at 127.0.0.1, port 5432 failed: Connection refused")
    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", side_effect=refused):
        response = clerk_client.post(reverse("clerk:committee_create"), committee_data())

    assert response.status_code == 503
    assert "Your change was not saved." in page_text(response)
    assert not Committee.objects.filter(slug="adult-social-care").exists()


def test_clerk_change_that_fails_otherwise_is_rolled_back_too(clerk_client):
    client = clerk_client
    client.raise_request_exception = False
    with mock.patch.object(HistoricalRecords, "create_historical_record", side_effect=RuntimeError("bug")):
        response = client.post(reverse("clerk:committee_create"), committee_data())

    assert response.status_code == 500
    assert not Committee.objects.filter(slug="adult-social-care").exists()


@pytest.mark.django_db(transaction=True)
def test_page_is_answered_on_a_new_connection_after_a_restart_killed_the_old_one():
    if connection.vendor == "sqlite":
        pytest.skip("closing the test database's only connection would destroy the in-memory database")
    item = AgendaItemFactory(title="Fostering service review")
    url = reverse("agenda:item", args=[item.meeting_id, item.pk])
    assert Client().get(url).status_code == 200
    connection.connection.close()  # as a database restart does to an idle persistent connection

    response = Client().get(url)

    assert response.status_code == 200
    assert "Fostering service review" in page_text(response)
