"""
The minutes pages as a browser lays them out: the attendance radios keep
their words whole on desktop screens, the printed minutes do not print the
site's own link addresses after names, and the clerk's minutes writer is
accessible and has no split words.
"""

import pytest
from django.urls import reverse

from meetings.models import Meeting
from tests.browser.test_accessibility import (
    DEMO_CLERK,
    axe_problems,
    broken_word_problems,
    heading_and_title_problems,
    sign_in,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DESKTOPS = {"1280": {"width": 1280, "height": 900}, "1920": {"width": 1920, "height": 1080}}

# The text GOV.UK Frontend's print stylesheet puts after a link, for each link in the minutes.
LINK_SUFFIXES = """() => [...document.querySelectorAll('.scrutiny-minutes a.govuk-link')]
    .map(a => [a.getAttribute('href'), getComputedStyle(a, '::after').content])"""


def _meeting_with_minutes():
    return Meeting.objects.exclude(minutes_status=Meeting.MinutesStatus.NONE).filter(
        items__is_exempt=True).first()


def test_attendance_radio_labels_keep_their_words_whole(demo, start_browser, screenshots_dir):
    meeting = _meeting_with_minutes()
    path = reverse("clerk:meeting_attendance", args=[meeting.pk])
    page = start_browser(DESKTOPS["1280"])
    sign_in(page, demo.url, *DEMO_CLERK)
    page.goto(f"{demo.url}{path}")
    problems = []
    for name, viewport in DESKTOPS.items():
        page.set_viewport_size(viewport)
        page.screenshot(path=str(screenshots_dir / f"clerk-attendance-{name}.png"), full_page=True)
        problems += broken_word_problems(page, name)
    assert page.locator(".govuk-radios__label").count() > 4
    assert not problems, problems


def test_printed_minutes_show_no_addresses_of_the_sites_own_links(demo, start_browser):
    meeting = _meeting_with_minutes()
    page = start_browser(DESKTOPS["1280"])
    page.goto(f"{demo.url}{reverse('agenda:minutes', args=[meeting.pk])}")
    page.emulate_media(media="print")
    suffixes = page.evaluate(LINK_SUFFIXES)
    internal = [(href, content) for href, content in suffixes if href.startswith(("/", "#"))]
    assert internal, "the minutes have no links to check"
    assert all(content == "none" for _, content in internal), internal


def test_minutes_writer_is_accessible_at_desktop_widths(demo, start_browser, screenshots_dir):
    meeting = _meeting_with_minutes()
    page = start_browser(DESKTOPS["1280"])
    sign_in(page, demo.url, *DEMO_CLERK)
    page.goto(f"{demo.url}{reverse('clerk:minutes_writer', args=[meeting.pk])}")
    problems = heading_and_title_problems(page)
    for name, viewport in DESKTOPS.items():
        page.set_viewport_size(viewport)
        page.screenshot(path=str(screenshots_dir / f"clerk-minutes-writer-{name}.png"), full_page=True)
        problems += axe_problems(page, name)
        problems += broken_word_problems(page, name)
    assert not problems, "\n".join(problems)
