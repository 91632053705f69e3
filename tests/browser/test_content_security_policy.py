"""
Pages work under their Content-Security-Policy in a real browser: the page
frame's scripts, now static files, still mark the page as running
JavaScript and start GOV.UK Frontend, the GOV.UK styles apply, and the
browser reports no violation (the start_browser fixture fails a test on
any). An inline script, such as one injected into a page, is blocked.
"""

import pytest
from django.urls import reverse

from meetings.models import Meeting

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DESKTOP = {"width": 1280, "height": 800}


def test_meeting_page_runs_its_scripts_and_styles_under_the_policy(demo, start_browser):
    meeting = Meeting.objects.get(items__is_exempt=True)
    path = reverse("agenda:meeting", args=[meeting.pk])
    page = start_browser(DESKTOP)

    response = page.goto(f"{demo.url}{path}")
    page.wait_for_load_state("networkidle")

    assert "script-src 'self'" in response.headers["content-security-policy"]
    body_classes = page.evaluate("document.body.className").split()
    assert {"js-enabled", "govuk-frontend-supported"} <= set(body_classes)
    # initAll() marks each component it starts.
    assert page.locator("[data-module='govuk-service-navigation'][data-govuk-service-navigation-init]").count() == 1
    # GOV.UK Frontend's stylesheet applies: the header's dark background.
    header_colour = page.evaluate("getComputedStyle(document.querySelector('.govuk-header')).backgroundColor")
    assert header_colour not in ("rgba(0, 0, 0, 0)", "transparent")
    # The schema.org Event is data, which the policy does not block.
    assert page.locator("script[type='application/ld+json']").count() == 1
    assert start_browser.csp_violations == []


def test_an_inline_script_is_blocked_and_reported(demo, start_browser):
    page = start_browser(DESKTOP)
    page.goto(f"{demo.url}{reverse('home')}")

    with page.expect_console_message(lambda message: "Content Security Policy" in message.text):
        page.evaluate(
            """() => {
                const script = document.createElement('script');
                script.textContent = 'window.injectedScriptRan = true;';
                document.body.appendChild(script);
            }"""
        )

    assert page.evaluate("window.injectedScriptRan") is None
    assert any("script-src" in violation for violation in start_browser.csp_violations)
    # Seen and expected: the fixture need not fail the test for it.
    start_browser.csp_violations.clear()
