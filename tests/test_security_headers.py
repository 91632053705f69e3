"""
Every response carries the security headers: a Content-Security-Policy that
runs only the site's own scripts and styles, a Permissions-Policy that turns
off the camera, microphone and location, and X-Content-Type-Options. Pages
hold no inline script or style for the policy to block.
"""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from agenda import services
from tests import factories

pytestmark = pytest.mark.django_db

CONTENT_SECURITY_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}


@pytest.fixture
def record(clerk):
    """A committee with a councillor and a meeting whose minutes are published, with a paper."""
    person = factories.PersonFactory(name="Priya Patel", slug="priya-patel")
    item = factories.AgendaItemFactory(meeting__committee__slug="children")
    factories.MembershipFactory(person=person, committee=item.meeting.committee)
    factories.AttendanceFactory(meeting=item.meeting, person=person)
    resolution = factories.ResolutionFactory(item=item)
    document = factories.DocumentFactory(item=item)
    services.publish_draft_minutes(meeting=item.meeting, user=clerk)
    return {"item": item, "meeting": item.meeting, "resolution": resolution, "document": document}


def _month(meeting):
    start = timezone.localtime(meeting.start)
    return reverse("meetings:calendar_month", args=[start.year, start.month])


# (name, path from the record, expected status, signed in as a clerk)
PAGES = [
    ("home", lambda r: reverse("home"), 200),
    ("committee list", lambda r: reverse("meetings:committee_list"), 200),
    ("committee", lambda r: reverse("meetings:committee", args=["children"]), 200),
    ("meeting", lambda r: reverse("agenda:meeting", args=[r["meeting"].pk]), 200),
    ("item", lambda r: reverse("agenda:item", args=[r["meeting"].pk, r["item"].pk]), 200),
    ("decisions", lambda r: reverse("agenda:decisions"), 200),
    ("decision", lambda r: reverse("agenda:resolution", args=[r["resolution"].pk]), 200),
    ("minutes", lambda r: reverse("agenda:minutes", args=[r["meeting"].pk]), 200),
    ("councillor", lambda r: reverse("agenda:councillor", args=["priya-patel"]), 200),
    ("calendar", lambda r: _month(r["meeting"]), 200),
    ("search", lambda r: reverse("search") + "?q=fostering", 200),
    ("search with a bad filter", lambda r: reverse("search") + "?q=care&date_from=31%2F2%2F2026", 400),
    ("decisions feed", lambda r: reverse("feed_decisions"), 200),
    ("agendas feed", lambda r: reverse("feed_agendas"), 200),
    ("meetings calendar feed", lambda r: reverse("ical_meetings"), 200),
    ("sitemap", lambda r: reverse("sitemap"), 200),
    ("robots.txt", lambda r: reverse("robots_txt"), 200),
    ("sign-in", lambda r: reverse("login"), 200),
    ("not found", lambda r: "/meetings/999999/", 404),
    ("document download", lambda r: reverse("agenda:document", args=[r["document"].pk]), 200),
    ("health check", lambda r: reverse("health"), 200),
    ("static file", lambda r: "/static/css/scrutiny.css", 200),
]
CLERK_PAGES = [
    ("clerk dashboard", lambda r: reverse("clerk:dashboard"), 200),
    ("clerk meeting", lambda r: reverse("clerk:meeting", args=[r["meeting"].pk]), 200),
]


def directives(policy):
    """A Content-Security-Policy header as {directive: sources}; the order of directives does not matter."""
    return dict(part.strip().split(" ", 1) for part in policy.split(";"))


def assert_security_headers(response):
    assert directives(response["Content-Security-Policy"]) == CONTENT_SECURITY_POLICY
    assert response["Permissions-Policy"] == (
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"
    )
    assert response["X-Content-Type-Options"] == "nosniff"


def assert_no_inline_script_or_style(page):
    """Only <script src>, and JSON-LD data, which browsers do not run; no <style> or style=""."""
    for tag in re.findall(r"<script\b[^>]*>", page):
        assert " src=" in tag or 'type="application/ld+json"' in tag, tag
    assert "<style" not in page
    assert not re.search(r"""\sstyle\s*=""", page)
    assert not re.search(r"""\son[a-z]+\s*=\s*["']""", page), "an inline event handler"
    assert "javascript:" not in page


@pytest.mark.parametrize(("name", "path", "status"), PAGES, ids=[page[0] for page in PAGES])
def test_public_responses_carry_the_security_headers(client, record, name, path, status):
    response = client.get(path(record))
    assert response.status_code == status
    assert_security_headers(response)
    if response["Content-Type"].startswith("text/html"):
        assert_no_inline_script_or_style(response.content.decode())


@pytest.mark.parametrize(("name", "path", "status"), CLERK_PAGES, ids=[page[0] for page in CLERK_PAGES])
def test_clerk_pages_carry_the_security_headers(clerk_client, record, name, path, status):
    response = clerk_client.get(path(record))
    assert response.status_code == status
    assert_security_headers(response)
    assert_no_inline_script_or_style(response.content.decode())


def test_meeting_page_scripts_are_the_sites_own_files(client, record):
    """The two scripts every page runs come from static files; the JSON-LD stays in the page."""
    page = client.get(reverse("agenda:meeting", args=[record["meeting"].pk])).content.decode()
    assert '<script src="/static/js/js-enabled.js"></script>' in page
    assert '<script type="module" src="/static/js/init-govuk-frontend.js"></script>' in page
    assert '<script type="application/ld+json">' in page


def test_page_frame_scripts_set_the_classes_and_start_govuk_frontend():
    """What the inline scripts did, now in the static files."""
    from django.contrib.staticfiles import finders

    with open(finders.find("js/js-enabled.js")) as script:
        assert "document.body.className += ' js-enabled'" in script.read()
    with open(finders.find("js/init-govuk-frontend.js")) as script:
        source = script.read()
    assert "import { initAll } from '../govuk/govuk-frontend.min.js';" in source
    assert "initAll();" in source
    assert finders.find("govuk/govuk-frontend.min.js")


def test_a_refused_form_gets_the_sites_own_page_without_inline_style(record):
    """Django's own CSRF failure page has an inline <style>, which the policy would block."""
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("login"), {"username": "dana", "password": "anything"})
    assert response.status_code == 403
    assert_security_headers(response)
    page = response.content.decode()
    assert_no_inline_script_or_style(page)
    assert "<title>This form has expired – Demo Borough Council</title>" in page
    assert "Go back, reload the page and try again" in page
