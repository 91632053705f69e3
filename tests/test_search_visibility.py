"""
Nothing unpublished is found, exempt material only by those entitled to
it, and the index follows every change to the records in the same
transaction.
"""

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from agenda import services
from agenda.models import AgendaItem, Resolution, SupportingDocument
from meetings.models import Meeting
from search.models import SearchEntry
from tests import factories
from tests.test_item_editor import page_text

pytestmark = pytest.mark.django_db

RESULT_LINK = re.compile(r'<h2 class="govuk-heading-s[^"]*"><a class="govuk-link" href="([^"]+)">')


def found(client, q, **params):
    response = client.get(reverse("search"), {"q": q, **params})
    assert response.status_code == 200
    return RESULT_LINK.findall(response.content.decode())


def client_for(user=None):
    client = Client()
    if user:
        client.force_login(user)
    return client


@pytest.fixture
def visitors(clerk, councillor):
    return {"public": client_for(), "councillor": client_for(councillor), "clerk": client_for(clerk)}


def publish(meeting, *, decisions=False, minutes=False):
    now = timezone.now()
    if decisions:
        meeting.decisions_published_at = now
    if minutes:
        meeting.minutes_status = Meeting.MinutesStatus.DRAFT
        meeting.minutes_published_at = now
    meeting.save()


def item_url(item):
    return reverse("agenda:item", args=[item.meeting_id, item.pk])


# --- Who finds what ----------------------------------------------------------


def test_drafts_are_found_by_no_one(visitors):
    draft_meeting = factories.MeetingFactory(agenda_published_at=None)
    factories.AgendaItemFactory(meeting=draft_meeting, title="Zebra crossing draft")
    late_item = factories.AgendaItemFactory(title="Zebra crossing late item", published_at=None)
    factories.DocumentFactory(item=late_item, title="Zebra report", extracted_text="zebra")
    for client in visitors.values():
        assert found(client, "zebra") == []
        assert found(client, '"zebra crossing"') == []


def test_decisions_and_minutes_are_found_only_once_published(visitors):
    meeting = factories.MeetingFactory()
    item = factories.AgendaItemFactory(
        meeting=meeting, title="Parking", description="", minutes="Members raised the quokka enclosure."
    )
    factories.ResolutionFactory(item=item, text="That the wombat survey continue.")
    for client in visitors.values():
        assert found(client, "wombat") == []
        assert found(client, "quokka") == []
    publish(meeting, decisions=True)
    for client in visitors.values():
        assert len(found(client, "wombat")) == 1
        assert found(client, "quokka") == []
    publish(meeting, minutes=True)
    for client in visitors.values():
        assert found(client, "quokka") == [item_url(item)]


def test_exempt_items_are_found_by_councillors_and_clerks_only(visitors):
    meeting = factories.MeetingFactory()
    item = factories.AgendaItemFactory(
        meeting=meeting, title="Contract award for the gazebo", is_exempt=True, exempt_paragraph=3
    )
    factories.ResolutionFactory(item=item, text="That the gazebo contract be awarded.")
    factories.DocumentFactory(item=item, title="Tender scores", extracted_text="gazebo tenders")
    publish(meeting, decisions=True)
    assert found(visitors["public"], "gazebo") == []
    # A phrase is read from another index: the same rule holds there.
    assert found(visitors["public"], '"gazebo contract"') == []
    assert len(found(visitors["councillor"], '"gazebo contract"')) == 1
    assert "No results" in visitors["public"].get(reverse("search"), {"q": "gazebo"}).content.decode()
    for who in ("councillor", "clerk"):
        response = visitors[who].get(reverse("search"), {"q": "gazebo"})
        assert len(RESULT_LINK.findall(response.content.decode())) == 3
        assert "Exempt — not for publication (paragraph 3)" in response.content.decode()
        assert "private" in response["Cache-Control"]


def test_an_exempt_paper_of_a_public_item_is_hidden_from_the_public(visitors):
    item = factories.AgendaItemFactory(title="Leisure centre")
    factories.DocumentFactory(item=item, title="Appendix", extracted_text="platypus valuation", is_exempt=True)
    assert found(visitors["public"], "platypus") == []
    assert len(found(visitors["councillor"], "platypus")) == 1


def test_spelling_suggestions_never_reveal_exempt_words(visitors):
    factories.AgendaItemFactory(title="Sale of the narwhal depot", is_exempt=True, exempt_paragraph=3)
    public = visitors["public"].get(reverse("search"), {"q": "narwal"}).content.decode()
    councillor = visitors["councillor"].get(reverse("search"), {"q": "narwal"}).content.decode()
    assert "narwhal" not in public
    assert "Did you mean" in councillor and ">narwhal</a>" in councillor


@pytest.mark.parametrize("who", ["public", "councillor"])
def test_what_is_found_is_exactly_what_the_visitor_may_read(who, visitors, councillor):
    """The index agrees with the visible_to rules of every public page."""
    user = {"public": AnonymousUser(), "councillor": councillor}[who]
    states = [
        dict(agenda=False), dict(agenda=True), dict(agenda=True, decisions=True),
        dict(agenda=True, minutes=True),
    ]
    for state in states:
        for exempt in (False, True):
            meeting = factories.MeetingFactory(
                agenda_published_at=timezone.now() - timezone.timedelta(days=20) if state["agenda"] else None
            )
            for draft_item in (False, True):
                item = factories.AgendaItemFactory(
                    meeting=meeting,
                    title="Matrix item",
                    minutes="matrix minutes",
                    is_exempt=exempt,
                    exempt_paragraph=1 if exempt else None,
                    published_at=None if draft_item else meeting.agenda_published_at,
                )
                factories.ResolutionFactory(item=item, text="matrix decision")
                factories.DocumentFactory(item=item, title="Matrix paper", extracted_text="matrix")
                factories.DocumentFactory(item=item, title="Matrix paper", extracted_text="matrix", is_exempt=True)
            publish(meeting, decisions=state.get("decisions", False), minutes=state.get("minutes", False))

    def links(kind):
        first = found(visitors[who], "matrix", type=kind)
        assert len(first) < 20  # one page holds them all
        return set(first)

    readable_items = [i for i in AgendaItem.objects.visible_to(user) if i.can_read_content(user)]
    assert links("items") == {item_url(i) for i in readable_items}
    assert links("decisions") == {
        reverse("agenda:resolution", args=[r.pk]) for r in Resolution.objects.visible_to(user)
    }
    assert links("documents") == {
        reverse("agenda:document", args=[d.pk]) for d in SupportingDocument.objects.visible_to(user)
    }
    minutes_items = {i for i in readable_items if i.can_read_minutes(user)}
    assert set(found(visitors[who], '"matrix minutes"', type="items")) == {item_url(i) for i in minutes_items}
    assert set(found(visitors[who], '"matrix decision"')) == {
        reverse("agenda:resolution", args=[r.pk]) for r in Resolution.objects.visible_to(user)
    }


# --- The index follows the records, in the same transaction --------------------


def test_publishing_an_agenda_makes_its_items_findable(clerk, visitors):
    meeting = factories.MeetingFactory(start=timezone.now() + timezone.timedelta(days=30), agenda_published_at=None)
    services.create_item(meeting=meeting, user=clerk, fields={"title": "Ocelot sanctuary"})
    assert found(visitors["public"], "ocelot") == []
    services.publish_agenda(meeting=meeting, user=clerk)
    assert len(found(visitors["public"], "ocelot")) == 1


def test_publishing_decisions_makes_them_findable(clerk, visitors):
    meeting = factories.MeetingFactory()
    item = factories.AgendaItemFactory(meeting=meeting, title="Trees")
    factories.ResolutionFactory(item=item, text="That the ginkgo trees be protected.")
    assert found(visitors["public"], "ginkgo") == []
    services.publish_decisions(meeting=meeting, user=clerk)
    assert found(visitors["public"], "ginkgo") == [reverse("agenda:resolution", args=[item.resolutions.get().pk])]


def test_unpublishing_an_item_removes_it(visitors):
    item = factories.AgendaItemFactory(title="Heron survey")
    factories.DocumentFactory(item=item, title="Heron report", extracted_text="herons")
    assert len(found(visitors["public"], "heron")) == 2
    item.published_at = None
    item.save()
    assert found(visitors["councillor"], "heron") == []


def test_editing_an_item_reindexes_it(clerk, visitors):
    item = factories.AgendaItemFactory(title="Badger sett")
    services.update_item(item=item, user=clerk, version=item.version, fields={"title": "Otter holt"})
    assert found(visitors["public"], "badger") == []
    assert found(visitors["public"], "otter") == [item_url(item)]


def test_editing_resolutions_reindexes_them(clerk, visitors):
    meeting = factories.MeetingFactory()
    item = factories.AgendaItemFactory(meeting=meeting, title="Ponds")
    old = factories.ResolutionFactory(item=item, text="That the newt pond be dredged.")
    publish(meeting, decisions=True)
    services.update_item(
        item=item, user=clerk, version=item.version, fields={},
        resolutions=[{"text": "That the toad tunnel be built.", "kind": Resolution.Kind.AGREED}],
    )
    assert found(visitors["public"], "newt") == []
    assert not Resolution.objects.filter(pk=old.pk).exists()
    assert len(found(visitors["public"], "toad", type="decisions")) == 1


def test_marking_an_item_exempt_hides_it_from_the_public_at_once(clerk, visitors):
    meeting = factories.MeetingFactory()
    item = factories.AgendaItemFactory(meeting=meeting, title="Depot lease")
    factories.ResolutionFactory(item=item, text="That the falcon depot lease be renewed.")
    publish(meeting, decisions=True)
    assert len(found(visitors["public"], "falcon")) == 1
    services.update_item(
        item=item, user=clerk, version=item.version, fields={"is_exempt": True, "exempt_paragraph": 3}
    )
    assert found(visitors["public"], "falcon") == []
    assert len(found(visitors["councillor"], "falcon")) == 1


def test_deleting_a_paper_removes_it_and_a_withdrawn_item_is_still_found_marked(clerk, visitors):
    meeting = factories.MeetingFactory(start=timezone.now() + timezone.timedelta(days=30))
    item = factories.AgendaItemFactory(meeting=meeting, title="Lynx enclosure")
    kept = factories.AgendaItemFactory(meeting=meeting, title="Other")
    document = factories.DocumentFactory(item=kept, title="Lynx appendix", extracted_text="lynx")
    assert len(found(visitors["public"], "lynx")) == 2
    services.delete_document(document=document, user=clerk, reason="Published in error")
    assert found(visitors["public"], "lynx") == [item_url(item)]
    services.remove_item(item=item, user=clerk, reason="The report is not ready.")
    assert found(visitors["public"], "lynx") == [item_url(item)]
    page = page_text(visitors["public"].get(reverse("search"), {"q": "lynx"}))
    assert "Withdrawn on" in page
    assert "The report is not ready." in page


def test_a_change_rolled_back_leaves_the_index_as_it_was(clerk, visitors):
    item = factories.AgendaItemFactory(title="Beaver dam")
    with pytest.raises(RuntimeError), transaction.atomic():
        services.update_item(item=item, user=clerk, version=item.version, fields={"title": "Salmon ladder"})
        assert found(visitors["public"], "salmon") == [item_url(item)]  # seen inside the transaction
        raise RuntimeError
    assert found(visitors["public"], "salmon") == []
    assert found(visitors["public"], "beaver") == [item_url(item)]


def test_rebuild_command_rebuilds_the_same_index(capsys, visitors):
    meeting = factories.MeetingFactory()
    for n in range(3):
        item = factories.AgendaItemFactory(meeting=meeting, title=f"Kestrel nest {n}")
        factories.ResolutionFactory(item=item, text="kestrel")
    factories.AgendaItemFactory(title="Kestrel draft", published_at=None)
    publish(meeting, decisions=True)
    before = found(visitors["public"], "kestrel")
    with transaction.atomic():
        SearchEntry.objects.all().delete()
    cache.clear()  # the index was emptied behind the records' back: kept pages would not know
    assert found(visitors["public"], "kestrel") == []
    call_command("rebuild_search_index")
    assert found(visitors["public"], "kestrel") == before
    assert len(before) == 6
    assert "Indexed 3 published items: 6 entries" in capsys.readouterr().out
