"""
The public page of an agenda item: purpose, presenter, minute, decisions
with their references, reason and papers, for whoever may read them. An
exempt item shows the public only its number, title and Schedule 12A
paragraph; a draft item does not exist for the public.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as format_date

from agenda import services
from agenda.models import ExemptParagraph
from agenda.numbering import municipal_year
from tests import factories
from tests.test_public_meeting_page import meeting_with_record

pytestmark = pytest.mark.django_db

PUBLIC_EXEMPT_NOTICE = (
    "Exempt — not for publication (paragraph 3: Financial or business affairs of any particular person)"
)

# Session, user and the two permission queries when signed in; then the item,
# its resolutions with their corrections and named votes, papers,
# corrections, the publication that listed it, the meeting's other items and
# the declarations; and the tracker's links from its resolutions.
ITEM_PAGE_QUERIES = 14
# An anonymous visitor's request first reads the record version for the page
# cache (meetings/page_cache.py); signed-in visitors' requests do not.
PAGE_CACHE_QUERIES = 1


def url(item):
    return reverse("agenda:item", args=[item.meeting_id, item.pk])


@pytest.fixture
def published_item(clerk):
    """An item with resolutions and papers whose meeting's draft minutes are published."""
    item = factories.AgendaItemFactory(
        title="Fostering service review",
        presenter="Director of Children's Services",
        preamble="That the committee:",
        reason_for_decision="To improve placement stability.",
        minutes="The Committee welcomed the review.\n\nMembers asked about:\n- recruitment\n- <b>retention</b>",
        meeting__committee__name="Children and Young People Scrutiny Committee",
        meeting__committee__abbreviation="CYP",
    )
    factories.ResolutionFactory(item=item, label="a", order=1, text="That the report be noted.")
    factories.ResolutionFactory(item=item, label="b", order=2, text="That a progress report come back in June.")
    factories.DocumentFactory(item=item, title="Review report", size=123456)
    factories.DocumentFactory(item=item, title="Appendix B", file="", size=0, content_type="")
    services.publish_draft_minutes(meeting=item.meeting, user=clerk)
    item.refresh_from_db()
    return item


def test_public_sees_the_whole_published_item(client, published_item):
    item = published_item
    response = client.get(url(item))
    assert response.status_code == 200
    page = response.content.decode()
    year = municipal_year(timezone.localtime(item.meeting.start).date())[1]
    assert "To consider the findings of the review of the fostering service." in page
    assert "Director of Children&#x27;s Services" in page
    assert "The Committee welcomed the review." in page
    assert "<strong>RESOLVED:</strong> That the committee:" in page
    assert "(a) That the report be noted." in page
    assert "(b) That a progress report come back in June." in page
    resolution = item.resolutions.get(label="a")
    assert resolution.reference == f"CYP/{year}/{item.minute_number}(a)"
    assert f'href="{reverse("agenda:resolution", args=[resolution.pk])}">{resolution.reference}</a>' in page
    assert "To improve placement stability." in page
    assert "Review report" in page and "PDF, 120.6\xa0KB" in page
    assert "Appendix B" in page and "not available online" in page
    assert "Draft minutes, subject to approval" in page


def test_title_and_breadcrumbs_name_the_item_and_meeting(client, published_item):
    page = client.get(url(published_item)).content.decode()
    day = format_date(timezone.localtime(published_item.meeting.start), "j F Y")
    expected = f"Fostering service review – Children and Young People Scrutiny Committee, {day}"
    assert f"<title>{expected} –" in page
    assert reverse("agenda:meeting", args=[published_item.meeting_id]) in page
    assert 'class="govuk-breadcrumbs"' in page


def test_minutes_text_becomes_escaped_paragraphs_and_bullets(client, published_item):
    page = client.get(url(published_item)).content.decode()
    assert '<p class="govuk-body">Members asked about:</p>' in page
    assert (
        '<ul class="govuk-list govuk-list--bullet"><li>recruitment</li><li>&lt;b&gt;retention&lt;/b&gt;</li></ul>'
        in page
    )
    assert "<b>retention</b>" not in page


def test_draft_minutes_and_decisions_are_not_shown_before_publication(client):
    item = factories.AgendaItemFactory(minutes="Unpublished minute text.")
    factories.ResolutionFactory(item=item, text="Unpublished resolution text.")
    page = client.get(url(item)).content.decode()
    assert "Unpublished minute text." not in page
    assert "Unpublished resolution text." not in page
    assert "The minutes of this item have not been published yet." in page
    assert "The decisions on this item have not been published yet." in page


def test_decisions_published_before_the_minutes_show_without_the_minute(client, clerk):
    item = factories.AgendaItemFactory(minutes="Minute still in draft.")
    factories.ResolutionFactory(item=item, text="Published resolution text.")
    services.publish_decisions(meeting=item.meeting, user=clerk)
    page = client.get(url(item)).content.decode()
    assert "Published resolution text." in page
    assert "Minute still in draft." not in page


@pytest.fixture
def exempt_item(clerk):
    item = factories.AgendaItemFactory(
        number="9",
        title="Children's home contract award",
        is_exempt=True,
        exempt_paragraph=ExemptParagraph.FINANCIAL,
        presenter="Head of Commissioning",
        description="To award the contract for the secret home.",
        minutes="Members discussed the bidders' prices.",
        reason_for_decision="Best value tender.",
    )
    factories.ResolutionFactory(item=item, text="That the contract be awarded to Acme Care.")
    factories.DocumentFactory(item=item, title="Tender evaluation scores")
    services.publish_draft_minutes(meeting=item.meeting, user=clerk)
    return item


EXEMPT_CONTENT = [
    "To award the contract for the secret home.",
    "Head of Commissioning",
    "Members discussed the bidders",
    "That the contract be awarded to Acme Care.",
    "Best value tender.",
    "Tender evaluation scores",
]


def test_public_cannot_see_exempt_item_content(client, exempt_item):
    response = client.get(url(exempt_item))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Children&#x27;s home contract award" in page
    assert "Item 9" in page
    assert PUBLIC_EXEMPT_NOTICE in page
    for text in EXEMPT_CONTENT:
        assert text not in page


def test_councillor_sees_exempt_item_content_marked_exempt(councillor_client, exempt_item):
    response = councillor_client.get(url(exempt_item))
    page = response.content.decode()
    assert "Exempt — not for publication (paragraph 3)" in page
    for text in EXEMPT_CONTENT:
        assert text in page
    assert "private" in response["Cache-Control"]


def test_public_gets_404_for_a_draft_item(client):
    item = factories.AgendaItemFactory(published_at=None, title="Draft item")
    assert client.get(url(item)).status_code == 404


def test_public_gets_404_for_an_item_of_an_unpublished_agenda(client):
    meeting = factories.MeetingFactory(start=timezone.now() + timedelta(days=20), agenda_published_at=None)
    item = factories.AgendaItemFactory(meeting=meeting, published_at=timezone.now())
    assert client.get(url(item)).status_code == 404


def test_councillor_gets_404_for_a_draft_item(councillor_client):
    item = factories.AgendaItemFactory(published_at=None)
    assert councillor_client.get(url(item)).status_code == 404


def test_clerk_can_preview_a_draft_item(clerk_client):
    item = factories.AgendaItemFactory(published_at=None, title="Draft item title")
    response = clerk_client.get(url(item))
    assert response.status_code == 200
    assert "Only clerks can see it." in response.content.decode()


def test_item_under_another_meeting_is_404(client):
    item = factories.AgendaItemFactory()
    other = factories.MeetingFactory()
    assert client.get(reverse("agenda:item", args=[other.pk, item.pk])).status_code == 404


def test_unknown_item_is_404(client):
    meeting = factories.MeetingFactory()
    assert client.get(reverse("agenda:item", args=[meeting.pk, 999999])).status_code == 404


def test_previous_and_next_items_link_in_agenda_order(client):
    meeting = factories.MeetingFactory()
    first = factories.AgendaItemFactory(meeting=meeting, number="1", order=1, title="Apologies")
    middle = factories.AgendaItemFactory(meeting=meeting, number="2", order=2, title="Minutes")
    factories.AgendaItemFactory(meeting=meeting, number="3", order=3, title="Hidden draft", published_at=None)
    last = factories.AgendaItemFactory(meeting=meeting, number="4", order=4, title="Work programme")
    page = client.get(url(middle)).content.decode()
    assert f'href="{url(first)}" rel="prev"' in page
    assert f'href="{url(last)}" rel="next"' in page
    assert "Hidden draft" not in page
    page = client.get(url(first)).content.decode()
    assert 'rel="prev"' not in page


@pytest.mark.parametrize("size", [1, 20])
def test_item_page_runs_a_fixed_number_of_queries(client, clerk, size, django_assert_max_num_queries):
    meeting = meeting_with_record(items=size, clerk=clerk)
    item = meeting.items.order_by("order").last()
    with django_assert_max_num_queries(ITEM_PAGE_QUERIES - 4 + PAGE_CACHE_QUERIES):
        response = client.get(url(item))
    page = response.content.decode()
    assert f"Resolution {size}c." in page
    assert f"Paper {size}.1" in page


@pytest.mark.parametrize("size", [1, 20])
def test_item_page_for_a_councillor_runs_a_fixed_number_of_queries(
    councillor_client, clerk, size, django_assert_max_num_queries
):
    meeting = meeting_with_record(items=size, clerk=clerk)
    item = meeting.items.order_by("order").first()
    with django_assert_max_num_queries(ITEM_PAGE_QUERIES):
        response = councillor_client.get(url(item))
    assert "Resolution 1c." in response.content.decode()
