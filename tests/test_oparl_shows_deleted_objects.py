"""
OParl keeps a record the public has seen as a deleted object once it is
deleted or hidden again: its id, type, created and modified, and
``deleted: true``, nothing more. A record the public never saw (a draft
meeting, an unpublished or exempt item, an exempt paper) never shows, not
even as deleted.
"""

from datetime import datetime, timedelta

import pytest
import time_machine
from django.utils import timezone

from meetings.models import Person
from oparl import records
from tests import factories
from tests.oparl_schema import errors_in

pytestmark = pytest.mark.django_db

DELETED_KEYS = {"id", "type", "created", "modified", "deleted"}


def ids_in(client, url):
    return {obj["id"]: obj for obj in client.get(url).json()["data"]}


def oparl(kind, pk):
    return f"http://testserver/oparl/v1/{kind}/{pk}/"


def test_a_deleted_meeting_and_its_items_and_papers_are_kept_as_deleted(client):
    item = factories.AgendaItemFactory(title="Fostering service review")
    document = factories.DocumentFactory(item=item)
    meeting = item.meeting
    pks = {"meeting": meeting.pk, "item": item.pk, "document": document.pk}
    created = client.get(oparl("meeting", meeting.pk)).json()["created"]
    with time_machine.travel(timezone.now() + timedelta(days=1)):
        deleted_at = timezone.now()
        meeting.delete()

    for kind, pk, list_name in [("meeting", pks["meeting"], "meetings"), ("agenda-item", pks["item"], "agenda-items"),
                                ("paper", pks["document"], "papers"), ("consultation", pks["document"], "consultations"),
                                ("file", pks["document"], "files")]:
        listed = ids_in(client, f"/oparl/v1/body/{list_name}/")
        shown = listed[oparl(kind, pk)]
        assert set(shown) == DELETED_KEYS and shown["deleted"] is True
        response = client.get(oparl(kind, pk))
        assert response.status_code == 200
        assert response.json() == shown
        assert not errors_in(shown)
    meeting_shown = client.get(oparl("meeting", pks["meeting"])).json()
    assert meeting_shown["created"] == created
    assert datetime.fromisoformat(meeting_shown["modified"]) >= deleted_at.replace(microsecond=0)


def test_a_deleted_meeting_is_listed_by_modified_since_its_deletion(client):
    meeting = factories.MeetingFactory()
    factories.MeetingFactory(committee=meeting.committee)
    pk, later = meeting.pk, timezone.now() + timedelta(days=1)
    with time_machine.travel(later):
        meeting.delete()
    since = (later - timedelta(minutes=1)).isoformat().replace("+", "%2B")

    listed = ids_in(client, f"/oparl/v1/body/meetings/?modified_since={since}")
    assert list(listed) == [oparl("meeting", pk)]
    assert listed[oparl("meeting", pk)]["deleted"] is True


@pytest.mark.parametrize("announced", [False, True])
def test_a_deleted_draft_meeting_never_shows(client, announced):
    """A meeting never announced was never public: its deletion tells nothing."""
    meeting = factories.MeetingFactory(agenda_published_at=None, announced_at=None)
    draft_item = factories.AgendaItemFactory(meeting=meeting, published_at=None)
    meeting_pk, item_pk = meeting.pk, draft_item.pk
    meeting.delete()

    assert client.get("/oparl/v1/body/meetings/").json()["data"] == []
    assert client.get("/oparl/v1/body/agenda-items/").json()["data"] == []
    assert client.get(oparl("meeting", meeting_pk)).status_code == 404
    assert client.get(oparl("agenda-item", item_pk)).status_code == 404


def test_a_deleted_item_never_published_never_shows(client):
    meeting = factories.MeetingFactory()
    late = factories.AgendaItemFactory(meeting=meeting, published_at=None, title="Late item")
    document = factories.DocumentFactory(item=late)
    item_pk, document_pk = late.pk, document.pk
    late.delete()

    assert client.get(oparl("agenda-item", item_pk)).status_code == 404
    assert client.get(oparl("paper", document_pk)).status_code == 404
    assert client.get("/oparl/v1/body/agenda-items/").json()["data"] == []


def test_an_item_made_exempt_is_shown_as_deleted_without_its_content(client):
    item = factories.AgendaItemFactory(title="Placement contract")
    document = factories.DocumentFactory(item=item, title="Contract report")
    item.is_exempt, item.exempt_paragraph = True, 3
    item.save()

    for kind, pk in [("agenda-item", item.pk), ("paper", document.pk), ("file", document.pk)]:
        shown = client.get(oparl(kind, pk)).json()
        assert set(shown) == DELETED_KEYS, kind
    meeting = client.get(oparl("meeting", item.meeting_id)).json()
    assert "agendaItem" not in meeting
    assert b"Placement contract" not in client.get("/oparl/v1/body/agenda-items/").content
    assert b"Contract report" not in client.get("/oparl/v1/body/files/").content


def test_an_item_always_exempt_never_shows(client):
    item = factories.AgendaItemFactory(is_exempt=True, exempt_paragraph=3)
    document = factories.DocumentFactory(item=item)
    item_pk, document_pk = item.pk, document.pk
    item.delete()

    assert client.get(oparl("agenda-item", item_pk)).status_code == 404
    assert client.get(oparl("paper", document_pk)).status_code == 404


def test_a_paper_always_exempt_never_shows_when_deleted(client):
    document = factories.DocumentFactory(is_exempt=True)
    pk = document.pk
    document.delete()

    assert client.get(oparl("paper", pk)).status_code == 404
    assert client.get("/oparl/v1/body/papers/").json()["data"] == []


def test_a_paper_made_exempt_is_shown_as_deleted(client):
    document = factories.DocumentFactory(title="Provider prices")
    document.is_exempt = True
    document.save()

    shown = client.get(oparl("paper", document.pk)).json()
    assert set(shown) == DELETED_KEYS


def test_a_councillor_recorded_as_an_officer_is_shown_as_deleted(client):
    membership = factories.MembershipFactory()
    person = membership.person
    person.kind = Person.Kind.OFFICER
    person.save()

    assert set(client.get(oparl("person", person.pk)).json()) == DELETED_KEYS
    assert set(client.get(oparl("membership", membership.pk)).json()) == DELETED_KEYS


def test_an_officer_never_shows(client):
    officer = factories.PersonFactory(kind=Person.Kind.OFFICER)
    membership = factories.MembershipFactory(person=officer)
    person_pk, membership_pk = officer.pk, membership.pk
    membership.delete()
    officer.delete()

    assert client.get(oparl("person", person_pk)).status_code == 404
    assert client.get(oparl("membership", membership_pk)).status_code == 404


def test_a_deleted_committee_is_kept_as_deleted(client):
    committee = factories.CommitteeFactory(name="Task group")
    pk = committee.pk
    committee.delete()

    shown = client.get(oparl("organization", pk)).json()
    assert set(shown) == DELETED_KEYS


def test_the_hidden_records_are_exactly_those_not_live():
    """
    The deleted objects are looked for among the records removed and those
    hidden (records.Kind.hidden): every record of a table is either live or
    hidden, never both, in every state that makes it public or not.
    """
    draft = factories.MeetingFactory(agenda_published_at=None, announced_at=None)
    announced = factories.MeetingFactory(agenda_published_at=None)
    public = factories.MeetingFactory()
    # An item's own row may say published while its meeting's agenda is not.
    items = [
        factories.AgendaItemFactory(meeting=draft, published_at=None),
        factories.AgendaItemFactory(meeting=draft, published_at=timezone.now()),
        factories.AgendaItemFactory(meeting=announced, published_at=timezone.now()),
        factories.AgendaItemFactory(meeting=public, published_at=None),
        factories.AgendaItemFactory(meeting=public, is_exempt=True, exempt_paragraph=3),
        factories.AgendaItemFactory(meeting=public),
    ]
    for item in items:
        factories.DocumentFactory(item=item)
        factories.DocumentFactory(item=item, is_exempt=True)
        factories.DocumentFactory(item=item, file="", source_url="https://example.org/report.pdf")
        factories.DocumentFactory(item=item, file="")
    for kind in Person.Kind.values:
        factories.MembershipFactory(person=factories.PersonFactory(kind=kind))

    for kind in records.KINDS.values():
        table = set(kind.model.objects.values_list("pk", flat=True))
        live = set(kind.live().values_list("pk", flat=True))
        hidden = [set(part.values_list("pk", flat=True)) for part in kind.hidden()]
        assert not live & set().union(*hidden), kind.name
        assert live | set().union(*hidden) == table, kind.name
        assert kind.live_count() == len(live), kind.name
