"""
The search page, on whichever engine the tests run on (SQLite FTS5 or
PostgreSQL full-text search): the same tests pass on both.
"""

import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from meetings.models import Meeting
from search import engines, service
from tests import factories

pytestmark = pytest.mark.django_db

RESULT_LINK = re.compile(r'<h2 class="govuk-heading-s[^"]*"><a class="govuk-link" href="([^"]+)">')


@pytest.fixture(autouse=True, params=["small", "broad"] if connection.vendor == "postgresql" else ["fts5"])
def plan(request, monkeypatch):
    """On PostgreSQL, every test runs with the one-query plan and with the plan for broad searches."""
    if request.param == "broad":
        monkeypatch.setattr(engines.PostgresEngine, "SMALL_SEARCH", 0)
    return request.param


def search(client, q="", **params):
    response = client.get(reverse("search"), {"q": q, **params})
    return response, RESULT_LINK.findall(response.content.decode())


def decided_meeting(minutes=False, **kwargs):
    """A meeting held last week whose decisions (and, if asked, draft minutes) are published."""
    meeting = factories.MeetingFactory(**kwargs)
    meeting.decisions_published_at = timezone.now()
    if minutes:
        meeting.minutes_status = Meeting.MinutesStatus.DRAFT
        meeting.minutes_published_at = timezone.now()
    meeting.save()
    return meeting


def resolution_url(resolution):
    return reverse("agenda:resolution", args=[resolution.pk])


def item_url(item):
    return reverse("agenda:item", args=[item.meeting_id, item.pk])


def document_url(document):
    return reverse("agenda:document", args=[document.pk])


# --- Finding things ----------------------------------------------------------


def test_finds_a_decision_by_a_word_of_it(public_client):
    item = factories.AgendaItemFactory(meeting=decided_meeting(), title="Libraries")
    resolution = factories.ResolutionFactory(item=item, text="That the mobile library service continue.")
    factories.ResolutionFactory(item=item, text="That the report be noted.")
    response, links = search(public_client, "mobile")
    assert response.status_code == 200
    assert links == [resolution_url(resolution)]
    assert "1 result" in response.content.decode()


def test_words_are_stemmed(public_client):
    item = factories.AgendaItemFactory(meeting=decided_meeting(), title="Support for carers")
    resolution = factories.ResolutionFactory(item=item, text="That each foster carer be offered training.")
    _, links = search(public_client, "fostering carers", type="decisions")
    assert links == [resolution_url(resolution)]


def test_phrase_needs_the_words_together(public_client):
    meeting = decided_meeting()
    together = factories.ResolutionFactory(
        item=factories.AgendaItemFactory(meeting=meeting, title="Care"),
        text="That the review of social care be welcomed.",
    )
    factories.ResolutionFactory(
        item=factories.AgendaItemFactory(meeting=meeting, title="Care"),
        text="That social workers and care staff be thanked.",
    )
    _, both_words = search(public_client, "social care", type="decisions")
    _, phrase = search(public_client, '"social care"', type="decisions")
    assert len(both_words) == 2
    assert phrase == [resolution_url(together)]


def test_or_and_exclusion(public_client):
    meeting = decided_meeting()
    allotments = factories.ResolutionFactory(
        item=factories.AgendaItemFactory(meeting=meeting, title="Parks"), text="That allotment rents rise."
    )
    cemeteries = factories.ResolutionFactory(
        item=factories.AgendaItemFactory(meeting=meeting, title="Parks"), text="That cemetery fees rise."
    )
    _, either = search(public_client, "allotment OR cemetery", type="decisions")
    assert sorted(either) == sorted([resolution_url(allotments), resolution_url(cemeteries)])
    _, without = search(public_client, "parks -cemetery", type="decisions")
    assert without == [resolution_url(allotments)]


def test_items_are_found_by_title_purpose_and_minutes(public_client):
    meeting = decided_meeting(minutes=True)
    by_title = factories.AgendaItemFactory(meeting=meeting, title="Cemetery capacity", description="", minutes="")
    by_purpose = factories.AgendaItemFactory(
        meeting=meeting, title="Parks", description="To consider cemetery opening hours.", minutes=""
    )
    by_minutes = factories.AgendaItemFactory(
        meeting=meeting, title="Parks", description="", minutes="Members asked about the cemetery wall."
    )
    _, links = search(public_client, "cemetery", type="items")
    assert set(links) == {item_url(by_title), item_url(by_purpose), item_url(by_minutes)}
    assert links[0] == item_url(by_title)


def test_documents_are_found_by_their_text(public_client):
    item = factories.AgendaItemFactory(title="Highways")
    document = factories.DocumentFactory(
        item=item, title="Appendix A", extracted_text="Pothole repairs by ward, 2025 to 2026."
    )
    _, links = search(public_client, "potholes")
    assert links == [document_url(document)]


def test_a_document_without_text_is_still_found_by_its_title(public_client):
    document = factories.DocumentFactory(title="Scanned petition about potholes", extracted_text="")
    _, links = search(public_client, "petition", type="documents")
    assert links == [document_url(document)]


def test_title_ranks_above_decision_above_minutes_above_papers(public_client):
    meeting = decided_meeting(minutes=True)

    def item(**fields):
        return factories.AgendaItemFactory(
            meeting=meeting, **{"title": "Other business", "description": "", "minutes": "", **fields}
        )

    in_title = item(title="Allotments strategy")
    in_decision = factories.ResolutionFactory(item=item(), text="That the allotments strategy be adopted.")
    in_minutes = item(minutes="Members discussed the allotments strategy at length.")
    in_paper = factories.DocumentFactory(
        item=item(), title="Appendix", extracted_text="The allotments strategy is attached."
    )
    _, links = search(public_client, "allotments strategy")
    assert links == [
        item_url(in_title),
        resolution_url(in_decision),
        item_url(in_minutes),
        document_url(in_paper),
    ]


def test_snippets_highlight_the_words_and_escape_the_text(public_client):
    item = factories.AgendaItemFactory(
        meeting=decided_meeting(), title="Play areas", description="", minutes=""
    )
    factories.ResolutionFactory(
        item=item, text="That <script>alert(1)</script> swings be replaced in every play area."
    )
    response, _ = search(public_client, "swings", type="decisions")
    html = response.content.decode()
    assert "<mark>swings</mark>" in html
    # Escaped (FTS5) or dropped as markup (ts_headline), never live.
    assert "<script>alert" not in html


# --- Filters, sorting and pages ---------------------------------------------


def test_committee_date_and_type_filters(public_client):
    children = factories.CommitteeFactory(slug="children")
    other = factories.CommitteeFactory(slug="place")
    old = decided_meeting(committee=children, start=timezone.now() - timedelta(days=400))
    new = decided_meeting(committee=children)
    elsewhere = decided_meeting(committee=other)
    for meeting in (old, new, elsewhere):
        factories.ResolutionFactory(
            item=factories.AgendaItemFactory(meeting=meeting, title="Skate park"), text="Skate park agreed."
        )
    _, everything = search(public_client, "skate")
    assert len(everything) == 6  # an item and a decision at each meeting
    _, children_only = search(public_client, "skate", committee="children", type="decisions")
    assert len(children_only) == 2
    since = (timezone.localdate() - timedelta(days=30)).strftime("%d/%m/%Y")
    _, recent = search(public_client, "skate", committee="children", date_from=since, type="decisions")
    assert recent == [resolution_url(new.items.get().resolutions.get())]
    until = (timezone.localdate() - timedelta(days=30)).strftime("%d/%m/%Y")
    _, older = search(public_client, "skate", date_to=until)
    assert set(older) == {item_url(old.items.get()), resolution_url(old.items.get().resolutions.get())}


def test_sort_by_newest(public_client):
    meetings = [decided_meeting(start=timezone.now() - timedelta(days=days)) for days in (300, 10, 100)]
    items = [
        factories.AgendaItemFactory(meeting=meeting, title="Bus lanes " + "bus " * n, description="")
        for n, meeting in enumerate(meetings)
    ]
    _, newest = search(public_client, "bus", sort="newest")
    assert newest == [item_url(items[1]), item_url(items[2]), item_url(items[0])]
    _, oldest = search(public_client, "bus", sort="oldest")
    assert oldest == [item_url(items[0]), item_url(items[2]), item_url(items[1])]


def test_pages_of_twenty_with_links_keeping_the_query(public_client):
    meeting = factories.MeetingFactory()
    for n in range(45):
        factories.AgendaItemFactory(meeting=meeting, number=str(n + 1), title=f"Street lighting {n}")
    response, first = search(public_client, "lighting")
    html = response.content.decode()
    assert len(first) == 20
    assert "45 results, showing 1 to 20" in html
    assert "?q=lighting&amp;page=2" in html
    _, third = search(public_client, "lighting", page=3)
    assert len(third) == 5
    _, second = search(public_client, "lighting", page=2)
    assert not set(first) & set(second) and not set(second) & set(third)


def test_count_is_exact_up_to_the_cap_then_more_than(public_client, monkeypatch):
    meeting = factories.MeetingFactory()
    for n in range(7):
        factories.AgendaItemFactory(meeting=meeting, number=str(n + 1), title="Recycling")
    monkeypatch.setattr(service, "COUNT_CAP", 5)
    response, links = search(public_client, "recycling")
    assert "More than 5 results" in response.content.decode()
    monkeypatch.setattr(service, "COUNT_CAP", 7)
    cache.clear()  # the code changed under the same records: a kept page would not know
    response, _ = search(public_client, "recycling")
    assert "7 results" in response.content.decode()
    assert "More than" not in response.content.decode()


@pytest.mark.parametrize("page", ["0", "4", "x", "-1", "1.5"])
def test_a_page_that_is_not_there_is_404(public_client, page):
    factories.AgendaItemFactory(title="Recycling")
    response = public_client.get(reverse("search"), {"q": "recycling", "page": page})
    assert response.status_code == 404


@pytest.mark.parametrize(
    "params, field, message",
    [
        ({"committee": "no-such-committee"}, "committee", "There is no committee with that name."),
        ({"date_from": "31/02/2026"}, "date_from", "Enter the “from” date as day/month/year"),
        ({"date_to": "yesterday"}, "date_to", "Enter the “to” date as day/month/year"),
        ({"date_from": "2/3/2026", "date_to": "1/3/2026"}, "date_to", "must be the same as or after"),
        ({"type": "minutes"}, "type", "Choose decisions, agenda items, documents or everything."),
        ({"sort": "alphabetical"}, "sort", "Sort by most relevant, newest first or oldest first."),
    ],
)
def test_filters_that_make_no_sense_are_400_with_the_error_by_the_field(public_client, params, field, message):
    response, links = search(public_client, "care", **params)
    html = response.content.decode()
    assert response.status_code == 400
    assert links == []
    assert f'id="id_{field}_error"' in html
    assert message in html
    assert 'value="care"' in html  # what was typed is kept


# --- Queries with nothing to search for --------------------------------------


@pytest.mark.parametrize("q", ["", "   ", "!!!", "&|()", '"', "-budget", "OR", "the"])
def test_nothing_to_search_for_is_a_friendly_page(public_client, q):
    factories.AgendaItemFactory(title="The budget")
    response, links = search(public_client, q)
    assert response.status_code == 200
    assert links == []
    html = response.content.decode()
    if q.strip():
        assert "Enter a word or a phrase" in html or "are left out of searches" in html


@pytest.mark.parametrize("q", ["care & | !(", 'care "', "care AND OR NOT", "(care)", "care:*", "'care'", "care\\"])
def test_stray_operators_still_search_the_words(public_client, q):
    item = factories.AgendaItemFactory(title="Care leavers")
    response, links = search(public_client, q, type="items")
    assert response.status_code == 200
    assert item_url(item) in links


def test_a_very_long_query_is_cut_short_with_a_note(public_client):
    factories.AgendaItemFactory(title="Care leavers")
    response, _ = search(public_client, "care " + "x" * 1000)
    assert response.status_code == 200
    assert "only the first words were used" in response.content.decode()


# --- Did you mean ------------------------------------------------------------


def test_suggests_a_spelling_that_finds_something(public_client):
    factories.AgendaItemFactory(title="Allotments waiting list")
    response, links = search(public_client, "alotments")
    html = response.content.decode()
    assert links == []
    assert "Did you mean" in html
    assert ">allotments</a>" in html
    assert "q=allotments" in html


def test_no_suggestion_when_the_words_are_right_but_nothing_matches(public_client):
    factories.AgendaItemFactory(title="Allotments waiting list")
    response, _ = search(public_client, "allotments", committee=factories.CommitteeFactory().slug)
    assert "Did you mean" not in response.content.decode()


def test_title_matches_come_first_on_every_page(public_client):
    meeting = factories.MeetingFactory()
    in_title = [
        factories.AgendaItemFactory(meeting=meeting, number=f"T{n}", title=f"Verge cutting {n}", description="")
        for n in range(15)
    ]
    in_purpose = [
        factories.AgendaItemFactory(
            meeting=meeting, number=f"P{n}", title=f"Highways {n}", description="Grass verge cutting."
        )
        for n in range(15)
    ]
    _, first = search(public_client, "verge")
    _, second = search(public_client, "verge", page=2)
    assert set(first[:15]) == {item_url(item) for item in in_title}
    assert set(first[15:] + second) == {item_url(item) for item in in_purpose}
    assert len(first) == 20 and len(second) == 10


def test_a_null_character_in_a_query_is_read_as_a_space(public_client):
    item = factories.AgendaItemFactory(title="Care home fees")
    response, links = search(public_client, "care\x00home")
    assert response.status_code == 200
    assert links == [item_url(item)]

def test_phrases_with_stop_words_need_those_words_in_between(public_client):
    """
    "children and young people" finds that phrase, not "children", some
    other small word and "young people", nor the words across two sentences
    or from the title into a decision.
    """
    meeting = decided_meeting()

    def decision(text, title="Services"):
        return factories.ResolutionFactory(
            item=factories.AgendaItemFactory(meeting=meeting, title=title), text=text
        )

    wanted = decision("That the plan for children and young people be agreed.")
    decision("That the plan for children of young people be agreed.")
    decision("That support for children. The young people's panel be thanked.")
    decision("That young people be consulted.", title="Support for children")
    care = decision("That the care of leavers be reviewed.")
    decision("That the care for leavers be reviewed.")
    _, links = search(public_client, '"children and young people"')
    assert links == [resolution_url(wanted)]
    _, links = search(public_client, '"care of leavers"')
    assert links == [resolution_url(care)]
    # The words, not as a phrase, find every decision having them.
    _, links = search(public_client, "children young people", type="decisions")
    assert len(links) == 4


def test_a_phrase_with_stop_words_can_be_excluded(public_client):
    meeting = decided_meeting()
    kept = factories.ResolutionFactory(
        item=factories.AgendaItemFactory(meeting=meeting, title="Plan"), text="That the care for leavers plan be agreed."
    )
    factories.ResolutionFactory(
        item=factories.AgendaItemFactory(meeting=meeting, title="Plan"), text="That the care of leavers plan be agreed."
    )
    _, links = search(public_client, 'plan -"care of leavers"', type="decisions")
    assert links == [resolution_url(kept)]
