"""
"Did you mean …?" offers only words the visitor could have found: never a
word seen only in an exempt paper, exempt minutes, a draft or a deleted
item, however the query is put (an OR alternative must not vouch for it).
"""

import pytest
from django.urls import reverse
from django.utils import timezone

from meetings.models import Meeting

from search.models import SearchWord
from tests import factories
from tests.test_search_visibility import client_for

pytestmark = pytest.mark.django_db


def page(client, q):
    response = client.get(reverse("search"), {"q": q})
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def record():
    now = timezone.now()
    meeting = factories.MeetingFactory(
        decisions_published_at=now, minutes_status=Meeting.MinutesStatus.DRAFT, minutes_published_at=now
    )
    public = factories.AgendaItemFactory(
        meeting=meeting, title="Foster carers allowances", minutes="The Committee discussed foster carers."
    )
    exempt = factories.AgendaItemFactory(
        meeting=public.meeting, title="Residential placements", is_exempt=True, exempt_paragraph=3,
        minutes="The preferred bidder was named.",
    )
    factories.ResolutionFactory(item=exempt, text="That the preferred provider be appointed.")
    return {"public": public, "exempt": exempt}


def test_an_or_alternative_does_not_vouch_for_an_exempt_word(record, councillor):
    public = page(client_for(), "fostr OR preferd")
    assert "preferred" not in public
    councillor_page = page(client_for(councillor), "fostr OR preferd")
    assert "Did you mean" in councillor_page and "preferred" in councillor_page


def test_the_public_word_list_holds_no_word_of_an_exempt_entry(record):
    assert SearchWord.objects.get(word="foster").is_public
    assert not SearchWord.objects.get(word="preferred").is_public
    assert not SearchWord.objects.get(word="bidder").is_public


def test_a_deleted_item_leaves_no_suggestion(record, councillor):
    item = factories.AgendaItemFactory(title="Wombatish tendencies review")
    assert "Wombatish" in page(client_for(), "wombatish")
    item.delete()
    for client in (client_for(), client_for(councillor)):
        assert "wombatish" not in page(client, "wombatsh").lower()


def test_an_item_made_exempt_leaves_no_public_suggestion(record, councillor):
    item = factories.AgendaItemFactory(title="Quagmirelike contract", minutes="Quagmirelike terms.")
    assert "Did you mean" in page(client_for(), "quagmirelke")
    item.is_exempt, item.exempt_paragraph = True, 3
    item.save()
    assert "quagmirelike" not in page(client_for(), "quagmirelke").lower()
    assert "quagmirelike" in page(client_for(councillor), "quagmirelke").lower()


def test_a_word_kept_only_by_another_spelling_is_not_offered(record):
    """The stem finds "preference" in public text; "preferred", as spelt, is only in the exempt item."""
    factories.AgendaItemFactory(title="Parking preference survey")
    assert "preferred" not in page(client_for(), "preferrd").lower()
