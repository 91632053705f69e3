"""
The API never shows more than the site: with the no-leak test's drafts,
unpublished minutes and exempt records in the database, an anonymous
program walking every list and detail of /api/v1/ (every page of each list,
every link in each answer, and the detail of every record in the database,
shown or not) is sent none of their marker words, and a record the public
page would 404 is a 404 here too.
"""

import json
from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import reverse

from agenda.models import AgendaItem, MinutesCorrection, Resolution, SupportingDocument
from meetings.models import Committee, Meeting, Membership, Person
from recommendations.models import Action, Recommendation, WorkProgrammeEntry
from tests.test_nothing_unpublished_leaks import (  # noqa: F401 (records is a fixture)
    DOCUMENT,
    EXEMPT,
    SEARCH_WORD,
    VISIBLE,
    markers_in,
    records,
)

pytestmark = pytest.mark.django_db

LISTS = ["committee", "person", "membership", "meeting", "item", "resolution", "document", "correction",
         "recommendation", "action", "work-programme"]
DETAILS = {
    "committee": (Committee, "slug"),
    "person": (Person, "slug"),
    "membership": (Membership, "pk"),
    "meeting": (Meeting, "pk"),
    "item": (AgendaItem, "pk"),
    "resolution": (Resolution, "pk"),
    "document": (SupportingDocument, "pk"),
    "correction": (MinutesCorrection, "pk"),
    "recommendation": (Recommendation, "pk"),
    "action": (Action, "pk"),
    "work-programme": (WorkProgrammeEntry, "pk"),
}


def every_detail_url():
    """The detail address of every record in the database, published or not."""
    return [
        reverse(f"api:{name}-detail", args=[value])
        for name, (model, field) in DETAILS.items()
        for value in model.objects.values_list(field, flat=True)
    ]


def api_links(value):
    """Every address under /api/v1/ in a JSON answer (not the schema and docs pages it names)."""
    if isinstance(value, dict):
        for inner in value.values():
            yield from api_links(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from api_links(inner)
    elif isinstance(value, str) and value.startswith("http://testserver/api/v1/"):
        parts = urlsplit(value)
        yield parts.path + (f"?{parts.query}" if parts.query else "")


def walk_api(client, seeds):
    """Fetch the seeds and every API link found in their answers. Returns {url: (status, body)}."""
    seen = {}
    frontier = list(seeds)
    while frontier:
        url = frontier.pop()
        if url in seen:
            continue
        response = client.get(url)
        assert response.status_code < 500, f"{url} answered {response.status_code}"
        assert response["Content-Type"].startswith("application/json"), url
        seen[url] = (response.status_code, response.content)
        if response.status_code == 200:
            frontier.extend(api_links(json.loads(response.content)))
    return seen


def seeds():
    lists = [reverse(f"api:{name}-list") for name in LISTS]
    # One a page, so that following "next" walks every page of every list.
    return ([reverse("api:root")] + lists + [f"{url}?page_size=1" for url in lists]
            + every_detail_url() + [f"{reverse('api:search')}?q={SEARCH_WORD}",
                                    f"{reverse('api:search')}?q={SEARCH_WORD}&type=documents"])


def test_public_program_is_sent_nothing_unpublished_or_exempt(records):
    seen = walk_api(Client(), seeds())
    leaked = {url: markers_in(body) for url, (_, body) in seen.items() if markers_in(body)}
    assert not leaked, f"unpublished or exempt content sent by the API: {leaked}"
    everything = b"\n".join(body for status, body in seen.values() if status == 200)
    assert VISIBLE.encode() in everything, "the walk never saw the published minutes, so it proves nothing"
    walked = {url.split("?")[0] for url, (status, _) in seen.items() if status == 200}
    for name in LISTS:
        assert any(url.startswith(reverse(f"api:{name}-list")) and url != reverse(f"api:{name}-list")
                   for url in walked), f"no {name} detail answered 200: the walk proves nothing for it"


def test_api_answers_404_wherever_the_site_does(records):
    client = Client()
    hidden = {
        reverse("api:meeting-detail", args=[records["unannounced_meeting"].pk]),
        reverse("api:item-detail", args=[records["draft_item"].pk]),
        reverse("api:item-detail", args=[records["late_item"].pk]),
    }
    hidden |= {reverse("api:resolution-detail", args=[pk]) for pk in
               Resolution.objects.filter(item__in=[records["exempt_item"], records["draft_item"]]).values_list("pk", flat=True)}
    hidden |= {reverse("api:resolution-detail", args=[pk]) for pk in
               Resolution.objects.filter(item__meeting=records["unminuted_meeting"]).values_list("pk", flat=True)}
    hidden |= {reverse("api:document-detail", args=[pk]) for pk in
               SupportingDocument.objects.filter(title__contains=DOCUMENT).values_list("pk", flat=True)}
    hidden |= {reverse("api:correction-detail", args=[pk]) for pk in
               MinutesCorrection.objects.exclude(text__contains=VISIBLE).values_list("pk", flat=True)}
    for url in sorted(hidden):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.json()["message"], url


def test_exempt_item_shows_its_title_and_paragraph_but_no_content(records, client):
    item = records["exempt_item"]
    body = client.get(reverse("api:item-detail", args=[item.pk])).json()
    assert body["title"] == "Care home block contract"
    assert body["is_exempt"] is True and body["exempt_paragraph"] == 3
    assert body["description"] is None and body["minutes"] is None and body["reason_for_decision"] is None
    assert body["resolutions"] == [] and body["documents"] == []


def test_minutes_not_yet_published_are_null_though_the_item_is_public(records, client):
    item = AgendaItem.objects.get(meeting=records["unminuted_meeting"], title="Carers strategy")
    body = client.get(reverse("api:item-detail", args=[item.pk])).json()
    assert body["title"] == "Carers strategy"
    assert body["minutes"] is None and body["resolutions"] == [] and body["reason_for_decision"] is None


def test_councillor_reads_the_exempt_item_through_the_api(records, councillor_client):
    seen = walk_api(councillor_client, [reverse("api:item-detail", args=[records["exempt_item"].pk])])
    everything = b"\n".join(body for status, body in seen.values() if status == 200)
    assert EXEMPT.encode() in everything
    assert DOCUMENT.encode() in everything


def test_published_paper_links_to_its_download_on_the_site(records, client):
    document = SupportingDocument.objects.get(title="Day services report")
    body = client.get(reverse("api:document-detail", args=[document.pk])).json()
    assert body["download_url"] == f"http://testserver{reverse('agenda:document', args=[document.pk])}"
    assert client.get(body["download_url"]).status_code == 200
