"""
Fixtures for the browser tests: headless Chromium driven by Playwright
against pytest-django's live server.

Playwright's sync API runs an asyncio event loop in the test's thread, under
which Django refuses ORM calls (SynchronousOnlyOperation) and hands out
other connection objects than the test database's own. So a test reads the
database first and starts the browser afterwards, through ``start_browser``;
the browser is closed again before pytest-django empties the database.
"""

import os
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

SCREENSHOTS = Path(settings.BASE_DIR) / "test-artifacts" / "screenshots"

CHROMIUM = "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else shutil.which("chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def demo(live_server):
    """The demo council (`manage.py load_demo`) in the live server's test database."""
    call_command("load_demo", stdout=StringIO())
    return live_server


@pytest.fixture(scope="session")
def playwright_api():
    """Playwright's sync API, or a skip where it or Chromium is not installed."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
    if not CHROMIUM:
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    return sync_api


# Reports each Content-Security-Policy violation on the console, where the
# tab's listener below collects it. (Chromium also logs the ones it blocks
# itself, such as an inline script.) Run through the DevTools protocol, this
# is not itself governed by the page's policy.
REPORT_CSP_VIOLATIONS = """
document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
});
"""


@pytest.fixture
def start_browser(playwright_api, demo):
    """
    A function that starts headless Chromium and returns a new tab with the
    given viewport. Call it once the test has read what it needs from the
    database.

    Pages run under their Content-Security-Policy, as a visitor's browser
    runs them (no bypass). Any violation fails the test when it ends; they
    are listed in ``start.csp_violations`` as they happen.
    """
    running = []
    violations = []

    def collect(message):
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            violations.append(f"{message.text} ({message.location.get('url')})")

    def start(viewport):
        playwright = playwright_api.sync_playwright().start()
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        running.append((playwright, chromium))
        context = chromium.new_context(viewport=viewport, locale="en-GB")
        context.set_default_timeout(15_000)
        context.add_init_script(REPORT_CSP_VIOLATIONS)
        page = context.new_page()
        page.on("console", collect)
        return page

    start.csp_violations = violations
    yield start
    for playwright, chromium in running:
        chromium.close()
        playwright.stop()
    if violations:
        pytest.fail("Content-Security-Policy violations:\n" + "\n".join(violations), pytrace=False)


@pytest.fixture(scope="session")
def screenshots_dir():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
