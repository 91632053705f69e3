"""
The API's documentation page (/api/docs/, Swagger UI from the vendored
drf-spectacular-sidecar files, no CDN) works under the site's
Content-Security-Policy: it loads the schema, lists every endpoint and
can run a request, with no violation reported (start_browser fails the
test on any).
"""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DESKTOP = {"width": 1280, "height": 900}


def test_api_docs_render_every_endpoint_under_the_policy(demo, start_browser, screenshots_dir):
    page = start_browser(DESKTOP)
    requested = []
    page.on("request", lambda request: requested.append(request.url))

    response = page.goto(f"{demo.url}/api/docs/")
    page.wait_for_selector(".opblock-summary-path", timeout=15000)

    assert "script-src 'self'" in response.headers["content-security-policy"]
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    for expected in ["/api/v1/committees/", "/api/v1/meetings/{id}/", "/api/v1/resolutions/", "/api/v1/search/"]:
        assert any(expected in text for text in paths), expected
    assert all(url.startswith(demo.url) or url.startswith("data:") for url in requested), requested

    page.screenshot(path=str(screenshots_dir / "api-docs.png"))

    # Try one request from the page, as a reader would.
    page.locator(".opblock-summary-path", has_text="/api/v1/committees/").first.click()
    page.get_by_role("button", name="Try it out").click()
    page.get_by_role("button", name="Execute").click()
    page.wait_for_selector(".responses-table .response .response-col_status", timeout=15000)
    assert "Cabinet" in page.locator(".highlight-code").first.inner_text()

    page.screenshot(path=str(screenshots_dir / "api-docs-try-it-out.png"))
    assert start_browser.csp_violations == []
