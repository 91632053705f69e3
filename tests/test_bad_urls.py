"""
A mistyped, made-up or mangled public URL gets a readable 404 or 400, never
a server error (500).

Ids and slugs that do not exist answer 404. A query string that does not
make sense answers 400 with a plain message, or 404 for a page number past
the end; a page that takes no query string simply ignores it. The list pages
are found by reading the URL configuration, as in the no-leak walk, so a
list page added later is covered too.
"""

import re

import pytest
from django.conf import settings
from django.urls import reverse

from tests import factories
from tests.test_nothing_unpublished_leaks import PUBLIC_PATTERNS

pytestmark = pytest.mark.django_db

HUGE_NUMBER = "9" * 21  # beyond a 64-bit integer
LONG_TEXT = "overview-and-scrutiny-" * 400  # about 9,000 characters

# The public pages that take no parameters (home, lists, feeds, sitemap).
LIST_PAGES = ["/" + pattern.route for pattern in PUBLIC_PATTERNS if not pattern.kwargs]


@pytest.fixture
def meeting(db):
    """A committee with a published meeting, an item, a decision and a paper."""
    meeting = factories.MeetingFactory(committee=factories.CommitteeFactory(slug="children-young-people"))
    item = factories.AgendaItemFactory(meeting=meeting)
    factories.ResolutionFactory(item=item)
    factories.DocumentFactory(item=item)
    return meeting


def assert_readable_refusal(response, url, allowed=(400, 404)):
    """A 400 or 404 that a person can read: the site's own page for HTML, some words otherwise."""
    assert response.status_code in allowed, f"{url} answered {response.status_code}"
    content_type = response.get("Content-Type", "")
    body = response.content.decode("utf-8", "replace")
    if content_type.startswith("text/html"):
        assert "<h1" in body and settings.COUNCIL_NAME in body, f"{url}: the refusal is not the site's page"
    else:
        assert len(body.strip()) >= 10, f"{url}: the refusal says nothing: {body!r}"


# --- Records that do not exist ------------------------------------------------------


def _with_placeholders_filled(route, value_for):
    return "/" + re.sub(r"<(?:(\w+):)?(\w+)>", lambda m: value_for(m.group(1) or "str", m.group(2)), route)


ID_PATTERNS = [p for p in PUBLIC_PATTERNS if any(f"<int:{name}>" in p.route for name in p.kwargs)]
SLUG_PATTERNS = [p for p in PUBLIC_PATTERNS if re.search(r"<(?:slug|str):\w+>", p.route)]


@pytest.mark.parametrize("pattern", ID_PATTERNS, ids=str)
@pytest.mark.parametrize("unknown_id", ["999999", HUGE_NUMBER], ids=["unknown", "beyond-64-bits"])
def test_unknown_id_is_404(meeting, client, pattern, unknown_id):
    url = _with_placeholders_filled(
        pattern.route, lambda converter, name: unknown_id if converter == "int" else meeting.committee.slug
    )
    assert_readable_refusal(client.get(url), url, allowed=(404,))


@pytest.mark.parametrize("pattern", SLUG_PATTERNS, ids=str)
@pytest.mark.parametrize("unknown_slug", ["no-such-committee", LONG_TEXT[:250]], ids=["unknown", "overlong"])
def test_unknown_slug_is_404(meeting, client, pattern, unknown_slug):
    url = _with_placeholders_filled(
        pattern.route, lambda converter, name: str(meeting.pk) if converter == "int" else unknown_slug
    )
    assert_readable_refusal(client.get(url), url, allowed=(404,))


def test_item_of_another_meeting_is_404(meeting, client):
    other = factories.MeetingFactory(committee=meeting.committee)
    item = meeting.items.get()
    url = reverse("agenda:item", kwargs={"meeting_pk": other.pk, "pk": item.pk})
    assert_readable_refusal(client.get(url), url, allowed=(404,))


@pytest.mark.parametrize("path", [f"/meetings/{HUGE_NUMBER}/", f"/decisions/{HUGE_NUMBER}/", "/meetings/-1/"])
def test_huge_or_negative_id_is_404(meeting, client, path):
    assert_readable_refusal(client.get(path), path, allowed=(404,))


# --- Calendar dates -------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/calendar/2026/13/",
        "/calendar/2026/0/",
        "/calendar/0/1/",
        "/calendar/10000/1/",
        f"/calendar/{HUGE_NUMBER}/1/",
        f"/calendar/2026/{HUGE_NUMBER}/",
        "/calendar/2026/february/",
        "/calendar/-2026/1/",
    ],
)
def test_calendar_month_that_is_not_a_month_is_404(meeting, client, path):
    assert_readable_refusal(client.get(path), path)


# --- Query strings --------------------------------------------------------------------


@pytest.mark.parametrize("path", LIST_PAGES)
@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=0",
        "page=-1",
        f"page={HUGE_NUMBER}",
        "page=1.5",
        "page=%00",
        f"q={LONG_TEXT}",
        f"committee={LONG_TEXT}",
        "q=%00",
        "committee=%00",
        "date_from=%00",
        "page=1&page=2",
    ],
)
def test_list_page_refuses_a_mangled_query_string_readably(meeting, client, path, query):
    """
    The page may ignore a parameter it does not take (200), but a page
    number or filter it does take must be refused with 400 or 404.
    """
    url = f"{path}?{query}"
    response = client.get(url)
    if response.status_code == 200:
        paginated = response.context is not None and response.context.get("is_paginated")
        assert not (paginated and query.startswith("page=") and query != "page=1&page=2"), (
            f"{url} quietly showed a page for a page number that does not exist"
        )
    else:
        assert_readable_refusal(response, url)


DECISIONS_BAD_QUERIES = [
    "date_from=2026-02-30",
    "date_from=30/02/2026",
    "date_from=yesterday",
    "date_to=2026-13-01",
    f"date_from={HUGE_NUMBER}",
    "date_from=0001-01-01&date_to=0000-12-31",
    "date_from=2026-03-01&date_to=2026-01-01",
    "committee=no-such-committee",
    f"committee={LONG_TEXT}",
    "committee=%00",
    "date_from=%00",
]


@pytest.mark.parametrize("query", DECISIONS_BAD_QUERIES)
def test_decisions_filter_that_makes_no_sense_is_400(meeting, client, query):
    url = f"{reverse('agenda:decisions')}?{query}"
    response = client.get(url)
    assert_readable_refusal(response, url, allowed=(400,))


@pytest.mark.parametrize(
    "name, kwargs",
    [
        ("agenda:decisions", {}),
        ("meetings:calendar", {}),
        ("meetings:calendar_month", {"year": 2026, "month": 1}),
    ],
)
@pytest.mark.parametrize("committee", ["no-such-committee", "%00", LONG_TEXT])
def test_filter_by_unknown_committee_is_400(meeting, client, name, kwargs, committee):
    url = f"{reverse(name, kwargs=kwargs)}?committee={committee}"
    assert_readable_refusal(client.get(url), url, allowed=(400,))


def test_decisions_filter_that_makes_sense_is_200(meeting, client):
    url = f"{reverse('agenda:decisions')}?committee={meeting.committee.slug}&date_from=2020-01-01"
    assert client.get(url).status_code == 200


def test_overlong_path_is_404(client):
    path = "/meetings/" + "a" * 5000 + "/"
    assert_readable_refusal(client.get(path), path, allowed=(404,))
