"""
A declaration names its item, so it is shown only where the item itself may
be seen: a declaration against an item not yet published (a late item, or
one still a draft) shows neither its text nor the item's title on the
public meeting page, the printable minutes or the councillor's page. The
declarations form offers only the items of the published agenda.
"""

import pytest
from django.urls import reverse
from django.utils import timezone

from agenda.models import Declaration
from meetings.models import Meeting
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting():
    now = timezone.now()
    return factories.MeetingFactory(minutes_status=Meeting.MinutesStatus.DRAFT, minutes_published_at=now)


@pytest.fixture
def draft_declaration(meeting):
    person = factories.PersonFactory(name="Pat Jones", slug="pat-jones")
    factories.AgendaItemFactory(meeting=meeting, title="Library opening hours")
    draft = factories.AgendaItemFactory(meeting=meeting, title="GIRAFFEDRAFT land sale", published_at=None)
    factories.DeclarationFactory(meeting=meeting, person=person, item=draft, text="Owns GIRAFFEDRAFT land")
    factories.DeclarationFactory(meeting=meeting, person=person, item=None, text="Is a school governor")
    return draft


@pytest.mark.parametrize("page", ["meeting", "minutes", "councillor"])
def test_a_declaration_on_an_unpublished_item_is_hidden_from_the_public(client, meeting, draft_declaration, page):
    url = {
        "meeting": reverse("agenda:meeting", args=[meeting.pk]),
        "minutes": reverse("agenda:minutes", args=[meeting.pk]),
        "councillor": reverse("agenda:councillor", args=["pat-jones"]),
    }[page]
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "GIRAFFEDRAFT" not in html
    assert "Is a school governor" in html


def test_a_councillor_does_not_see_it_either(councillor_client, meeting, draft_declaration):
    html = councillor_client.get(reverse("agenda:meeting", args=[meeting.pk])).content.decode()
    assert "GIRAFFEDRAFT" not in html


def test_the_declaration_shows_once_its_item_is_published(client, meeting, draft_declaration):
    draft_declaration.published_at = timezone.now()
    draft_declaration.save()
    html = client.get(reverse("agenda:meeting", args=[meeting.pk])).content.decode()
    assert "Owns GIRAFFEDRAFT land" in html


def test_the_declarations_form_offers_only_published_items(clerk_client, meeting, draft_declaration):
    url = reverse("clerk:declarations", args=[meeting.pk])
    html = clerk_client.get(url).content.decode()
    assert "Library opening hours" in html
    assert "GIRAFFEDRAFT land sale" not in html.split('name="item"')[1].split("</select>")[0]

    response = clerk_client.post(url, {
        "person": factories.PersonFactory().pk, "item": draft_declaration.pk,
        "kind": Declaration.Kind.OTHER_REGISTRABLE, "text": "Knows the buyer",
    })
    assert response.status_code == 200
    assert "Choose an item on this meeting" in response.content.decode()
    assert not Declaration.objects.filter(text="Knows the buyer").exists()
