"""
What the ModernGov import saves shows on the public pages as the council
published it there: restricted items and papers stay exempt, unpublished
meetings and decisions stay hidden, and Word's markup leaves no debris.
"""

import pytest
from django.urls import reverse

from agenda.models import AgendaItem
from meetings.models import Meeting
from tests.moderngov_site import EXAMPLESHIRE, run_import

pytestmark = pytest.mark.django_db

SECRETS = ["WALRUSEXEMPT", "SEALDOCUMENT", "HEDGEHOGDRAFT", "PUFFINUNPUBLISHED"]
WORD_DEBRIS = ["MsoNormal", "MsoList", "o:p", "mso-", "&nbsp;", "\u00a0", "\u00b7", "font-family", "style=", "<span>",
               "WordSection", "supportLists", "<![", "&amp;nbsp;", "&lt;"]


@pytest.fixture
def imported(db):
    run_import(EXAMPLESHIRE)
    return {item.external_id: item for item in AgendaItem.objects.all()}


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def public_urls():
    urls = [reverse("agenda:meeting", args=[m.pk]) for m in Meeting.objects.public()]
    urls += [reverse("agenda:item", args=[i.meeting_id, i.pk]) for i in AgendaItem.objects.published()]
    urls += [reverse("agenda:minutes", args=[m.pk])
             for m in Meeting.objects.public().exclude(minutes_status=Meeting.MinutesStatus.NONE)]
    return urls


def test_restricted_unpublished_and_draft_content_is_on_no_public_page(client, imported):
    urls = public_urls()
    assert len(urls) >= 12
    for url in urls:
        text = page(client, url)
        for secret in SECRETS:
            assert secret not in text, (secret, url)


def test_a_restricted_item_shows_its_title_and_that_it_is_exempt(client, imported):
    contract = imported["5014"]
    text = page(client, reverse("agenda:item", args=[contract.meeting_id, contract.pk]))
    assert "Home to School Transport Contract" in text
    assert "WALRUSEXEMPT" not in text


def test_a_meeting_not_published_in_moderngov_is_not_public(client, imported):
    draft = imported["5031"]
    assert client.get(reverse("agenda:meeting", args=[draft.meeting_id])).status_code == 404
    assert client.get(reverse("agenda:item", args=[draft.meeting_id, draft.pk])).status_code == 404


def test_word_markup_leaves_no_debris_on_the_item_page(client, imported):
    report = imported["5013"]
    text = page(client, reverse("agenda:item", args=[report.meeting_id, report.pk]))
    text = text[text.index("<main"):text.index("</main>")]
    assert "Persistent absence had fallen by 2 per cent." in text
    assert "<li>Transport to rural schools remained a concern.</li>" in text
    assert "<table" in text
    assert "notes the report on school attendance" in text
    assert "To consider the annual report on school attendance and persistent absence." in text
    for debris in WORD_DEBRIS:
        assert debris not in text, debris


def test_a_paper_without_a_file_links_to_the_council_site(client, imported):
    report = imported["5013"]
    text = page(client, reverse("agenda:item", args=[report.meeting_id, report.pk]))
    assert 'href="https://democracy.exampleshire.gov.uk/mgConvert2PDF.aspx?ID=9001"' in text


def test_imported_items_are_found_by_search_and_restricted_text_is_not(client, imported):
    found = page(client, reverse("search") + "?q=attendance")
    assert "School Attendance Report" in found
    # "tender" is only in the restricted item's minutes.
    assert "Home to School Transport Contract" not in page(client, reverse("search") + "?q=tender")


def test_a_clerk_finds_the_restricted_item_by_its_minutes(clerk_client, imported):
    assert "Home to School Transport Contract" in page(clerk_client, reverse("search") + "?q=tender")
