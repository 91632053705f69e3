"""
Every kind of page, opened in headless Chromium, meets WCAG 2.2 AA as far as
axe-core can tell, can be used from the keyboard, has one h1 and a title
that names it, and reads on a phone without sideways scrolling or words
split across lines.

The pages come from the demo council (`manage.py load_demo`); the clerk's
form is reached by signing in through the sign-in form as the demo clerk.
Tests skip where Playwright or Chromium is not installed (.ci/run installs
Chromium).

Pages run under their Content-Security-Policy; a violation fails the test
(tests/browser/conftest.py).

Each page is also photographed at desktop and phone width into
test-artifacts/screenshots/ (git-ignored) for a person to look over.
"""

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from agenda.models import AgendaItem, Resolution
from meetings.models import Meeting

# The live server needs a transactional database; serialized_rollback puts
# back the groups and permissions the migrations made, which the flush after
# each test removes.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

AXE_SOURCE = (settings.BASE_DIR / "tests" / "assets" / "axe.min.js").read_text()
# WCAG 2.2 AA, which includes 2.0 and 2.1.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}

DEMO_CLERK = ("clerk", "scrutiny-demo-clerk")


# --- The pages -------------------------------------------------------------------


def _recent_meeting():
    """The demo's richest meeting: published agenda, draft minutes, an exempt item, declarations."""
    return Meeting.objects.get(items__is_exempt=True)


def _item_path(**lookups):
    item = AgendaItem.objects.filter(meeting=_recent_meeting(), **lookups).first()
    return reverse("agenda:item", kwargs={"meeting_pk": item.meeting_id, "pk": item.pk})


def _approved_minutes_path():
    meeting = Meeting.objects.get(minutes_status=Meeting.MinutesStatus.APPROVED)
    return reverse("agenda:minutes", args=[meeting.pk])


def _calendar_path():
    start = timezone.localtime(_recent_meeting().start)
    return reverse("meetings:calendar_month", kwargs={"year": start.year, "month": start.month})


def _resolution_path():
    resolution = Resolution.objects.get(text="That the work programme be agreed.")
    return reverse("agenda:resolution", args=[resolution.pk])


def _recommendation_path(**lookups):
    from recommendations.models import Recommendation

    recommendation = Recommendation.objects.filter(**lookups).order_by("pk").first()
    return reverse("recommendations:detail", args=[recommendation.pk])


def _work_programme_path():
    from recommendations.dates import municipal_year_of, today

    return reverse("recommendations:work_programme", args=["children-and-young-people", municipal_year_of(today())])


@dataclass
class PageCase:
    name: str
    path: Callable[[], str]
    signed_in_as: tuple | None = None
    submit_empty_form: bool = False
    status: int = 200
    shows_errors: bool = False

    def __str__(self):
        return self.name


PAGES = [
    PageCase("home", lambda: reverse("home")),
    PageCase("committees", lambda: reverse("meetings:committee_list")),
    PageCase("committee", lambda: reverse("meetings:committee", args=["children-and-young-people"])),
    PageCase("meeting", lambda: reverse("agenda:meeting", args=[_recent_meeting().pk])),
    PageCase("item", lambda: _item_path(title="Fostering service review")),
    PageCase("exempt-item", lambda: _item_path(is_exempt=True)),
    PageCase("printable-minutes", _approved_minutes_path),
    PageCase("councillor", lambda: reverse("agenda:councillor", args=["priya-patel"])),
    PageCase("calendar", _calendar_path),
    PageCase("decisions", lambda: reverse("agenda:decisions")),
    PageCase("resolution", _resolution_path),
    PageCase("recommendations", lambda: reverse("recommendations:list")),
    PageCase("recommendations-overdue", lambda: reverse("recommendations:list") + "?state=response_overdue"),
    PageCase("recommendation-with-updates", lambda: _recommendation_path(updates__isnull=False)),
    PageCase("committee-recommendations", lambda: reverse("recommendations:committee_list", args=["children-and-young-people"])),
    PageCase("work-programme", _work_programme_path),
    PageCase("search", lambda: reverse("search")),
    PageCase("search-results", lambda: reverse("search") + "?q=foster+carers"),
    PageCase("search-did-you-mean", lambda: reverse("search") + "?q=fostr+carers"),
    PageCase(
        "search-filter-errors",
        lambda: reverse("search") + "?q=care&date_from=31%2F2%2F2026&committee=nope",
        status=400,
        shows_errors=True,
    ),
    PageCase("not-found", lambda: "/meetings/999999/", status=404),
    PageCase("sign-in", lambda: reverse("login")),
    # The back office, whose wide tables must scroll inside their own box on a phone.
    PageCase("clerk-start", lambda: reverse("clerk:dashboard"), signed_in_as=DEMO_CLERK),
    PageCase("clerk-meeting", lambda: reverse("clerk:meeting", args=[_recent_meeting().pk]), signed_in_as=DEMO_CLERK),
    PageCase(
        "clerk-declarations", lambda: reverse("clerk:declarations", args=[_recent_meeting().pk]),
        signed_in_as=DEMO_CLERK,
    ),
    PageCase("clerk-people", lambda: reverse("clerk:person_list"), signed_in_as=DEMO_CLERK),
    PageCase("clerk-recommendations", lambda: reverse("clerk:recommendation_list"), signed_in_as=DEMO_CLERK),
    PageCase(
        "clerk-form-errors",
        lambda: reverse("clerk:meeting_create"),
        signed_in_as=DEMO_CLERK,
        submit_empty_form=True,
    ),
]


# --- Helpers ---------------------------------------------------------------------


def run_axe(page):
    """
    axe-core's violations on the page as it stands, for the WCAG 2.2 AA rules.
    axe is loaded by evaluating its source, which the page's
    Content-Security-Policy does not govern, as it would a <script> tag.
    """
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SOURCE)
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        AXE_TAGS,
    )
    return result["violations"]


def describe_violations(violations):
    """One line per rule broken, with its impact and help page, then where on the page."""
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']} "
            f"<{violation['helpUrl']}>"
        )
        for node in violation["nodes"][:10]:
            lines.append(f"    at {' '.join(str(part) for part in node['target'])}: {node['html'][:160]}")
        if len(violation["nodes"]) > 10:
            lines.append(f"    … and {len(violation['nodes']) - 10} more")
    return "\n".join(lines)


def sign_in(page, base_url, username, password):
    """Sign in through the sign-in form, as a person would."""
    page.goto(f"{base_url}{reverse('login')}")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.locator("main").get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    assert page.url.rstrip("/") != f"{base_url}{reverse('login')}".rstrip("/"), "sign-in failed"


def open_case(page, base_url, case, path):
    """Open the page of a case, signing in and submitting its form first if it asks."""
    if case.signed_in_as:
        sign_in(page, base_url, *case.signed_in_as)
    response = page.goto(f"{base_url}{path}")
    assert response.status == case.status, f"{case.name}: {path} answered {response.status}"
    if case.submit_empty_form:
        page.locator("main form[method=post] button[type=submit]").last.click()
        page.wait_for_load_state()
        assert page.locator(".govuk-error-summary").count() == 1, "the form showed no errors"


# --- The checks: each returns what is wrong, as sentences ------------------------------


def axe_problems(page, width_name):
    violations = run_axe(page)
    if not violations:
        return []
    return [f"axe-core at {width_name} width:\n" + describe_violations(violations)]


def heading_and_title_problems(page):
    problems = []
    headings = page.locator("h1").all_inner_texts()
    if len(headings) != 1:
        problems.append(f"the page has {len(headings)} h1 elements, not one: {headings}")
    title = page.title()
    page_name, _, council = title.rpartition(" – ")
    page_name = page_name.removeprefix("Error: ").strip()
    if council != settings.COUNCIL_NAME or not page_name or page_name == settings.COUNCIL_NAME:
        problems.append(f"the title {title!r} does not name the page before the council's name")
    return problems


def reflow_problems(page):
    """WCAG 1.4.10 Reflow: a wide table may scroll inside its own box, the page may not."""
    widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    if widths[0] > widths[1]:
        wide = page.evaluate(
            """() => [...document.querySelectorAll('main *')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className.split(' ').join('.') : ''))"""
        )
        return [f"the page is {widths[0]}px wide on a {widths[1]}px phone; too wide: {wide}"]
    return []


def broken_word_problems(page, width_name):
    """
    Ordinary words (up to 20 letters) are never split across lines: a table
    column squeezed narrower than a word ("Refe / rence") is unreadable.
    Hyphenated words may wrap at their hyphens, and long web addresses
    anywhere.
    """
    broken = page.evaluate(
        """() => {
            const broken = new Set();
            const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
                const node = walker.currentNode;
                if (node.parentElement.closest('.govuk-visually-hidden, script, style')) continue;
                for (const match of node.data.matchAll(/[^\\s\\-\u2010-\u2014]+/g)) {
                    if (match[0].length > 20) continue;
                    const range = document.createRange();
                    range.setStart(node, match.index);
                    range.setEnd(node, match.index + match[0].length);
                    const lines = new Set([...range.getClientRects()]
                        .filter(rect => rect.width > 0).map(rect => Math.round(rect.bottom)));
                    if (lines.size > 1) broken.add(match[0]);
                }
            }
            return [...broken].slice(0, 12);
        }"""
    )
    if broken:
        return [f"words split across lines at {width_name} width: {broken}"]
    return []


def keyboard_problems(page):
    """The first Tab on a fresh page lands on the skip link, which moves focus to <main>."""
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => [document.activeElement.textContent.trim(), document.activeElement.getAttribute('href')]"
    )
    if focused != ["Skip to main content", "#main-content"]:
        return [f"the first Tab focused {focused}, not the skip link"]
    page.keyboard.press("Enter")
    if page.evaluate("document.activeElement.id") != "main-content":
        return ["the skip link did not move focus to <main>"]
    return []


# --- The test ----------------------------------------------------------------------


@pytest.mark.parametrize("case", PAGES, ids=str)
def test_page_is_accessible_on_desktop_and_phone(demo, start_browser, case, screenshots_dir):
    """
    WCAG 2.2 AA by axe-core at both widths, one h1, a title naming the page,
    no sideways scrolling on a phone and no words split across lines, and a
    skip link reached by the first Tab.
    """
    path = case.path()
    page = start_browser(DESKTOP)
    open_case(page, demo.url, case, path)
    problems = heading_and_title_problems(page)
    for width_name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(viewport)
        page.screenshot(path=str(screenshots_dir / f"{case.name}-{width_name}.png"), full_page=True)
        problems += axe_problems(page, width_name)
        problems += broken_word_problems(page, width_name)
    problems += reflow_problems(page)
    # A form with errors moves focus to its error summary on purpose, and
    # reloading a posted form would post it again.
    if not (case.submit_empty_form or case.shows_errors):
        page.set_viewport_size(DESKTOP)
        page.reload()
        problems += keyboard_problems(page)

    assert not problems, f"{case.name} ({path}):\n" + "\n".join(problems)
