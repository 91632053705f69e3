"""
A clerk records one meeting from start to finish in a browser, as the demo
clerk, through the site's own forms: a new meeting, its agenda with a late
item and the reason, publication, attendance, a declaration, minutes and a
vote, the decisions and then the minutes published, their approval at the
next meeting and a correction after that. At each step a member of the
public (a second browser, not signed in) opens the public pages and sees
exactly what the step made public.

The clock is moved on between steps (time-machine, which the live server's
thread shares) so that the meeting takes place during the test. Each step is
photographed into test-artifacts/screenshots/cycle-*.png.
"""

import re
import shutil
import subprocess
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from .test_accessibility import DEMO_CLERK, DESKTOP, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PANEL = "corporate-parenting-panel"
LATE_REASON = "The fostering recruitment figures were received from the agency only this week."
WITHDRAWAL_REASON = "The report will come to the March meeting with the Ofsted findings."
SUPPLEMENTARY_REASON = "The placements report could not wait for the next meeting: the contract ends this month."


class Walk:
    """The clerk's tab, the public's tab and the photographs of both."""

    def __init__(self, clerk, public, base_url, screenshots_dir):
        self.clerk, self.public, self.base_url = clerk, public, base_url
        self.screenshots_dir = screenshots_dir
        self.step = 0
        self.problems = []

    def expect(self, condition, problem):
        """Note what the public or the clerk should have seen; the walk goes on to the end."""
        if not condition:
            self.problems.append(f"step {self.step}: {problem}")

    def photograph(self, page, name):
        self.step += 1
        page.screenshot(path=str(self.screenshots_dir / f"cycle-{self.step:02d}-{name}.png"), full_page=True)

    def goto(self, page, path, status=200):
        response = page.goto(f"{self.base_url}{path}")
        assert response.status == status, f"{path} answered {response.status}"
        return response

    def submit(self, button_name):
        """Press a button of the clerk's main form; confirm if a confirmation page or box asks."""
        self.clerk.locator("main").get_by_role("button", name=button_name).first.click()
        self.clerk.wait_for_load_state()
        assert self.clerk.locator(".govuk-error-summary").count() == 0, self.errors()

    def submit_refused_without_confirmation(self, button_name):
        """An irreversible step pressed without ticking its "Yes, …" box changes nothing."""
        self.clerk.locator("main").get_by_role("button", name=button_name).first.click()
        self.clerk.wait_for_load_state()
        refused = self.clerk.locator(".govuk-error-summary").count() == 1
        self.expect(refused, f"{button_name} went ahead without the clerk confirming it")
        return refused

    def confirm(self):
        """Tick the "Yes, …" box a confirmation asks for, where the form has one."""
        boxes = self.clerk.locator("main form input[type=checkbox]")
        for index in range(boxes.count()):
            box = boxes.nth(index)
            label = self.clerk.locator(f"label[for='{box.get_attribute('id')}']").inner_text()
            if label.startswith("Yes") and not box.is_checked():
                box.check()

    def errors(self):
        return self.clerk.locator(".govuk-error-summary").inner_text()

    def public_text(self, path):
        self.goto(self.public, path)
        return self.public.locator("main").inner_text()


def meeting_pk_from(url):
    return int(re.search(r"/clerk/meetings/(\d+)/", url).group(1))


def create_meeting(walk, when, venue):
    local = timezone.localtime(when)
    walk.goto(walk.clerk, reverse("clerk:meeting_create"))
    walk.clerk.get_by_label("Committee").select_option(label="Corporate Parenting Scrutiny Panel")
    walk.clerk.get_by_label("Date", exact=True).fill(local.strftime("%Y-%m-%d"))
    walk.clerk.get_by_label("Start time").fill(local.strftime("%H:%M"))
    walk.clerk.get_by_label("Venue").fill(venue)
    walk.submit("Add meeting")
    return meeting_pk_from(walk.clerk.url)


def add_item(walk, meeting_pk, title, purpose="", exempt_paragraph=None):
    walk.goto(walk.clerk, reverse("clerk:item_create", args=[meeting_pk]))
    walk.clerk.get_by_label("Title").fill(title)
    if purpose:
        walk.clerk.get_by_label("Purpose").fill(purpose)
    if exempt_paragraph:
        walk.clerk.get_by_label("This item is exempt from publication").check()
        walk.clerk.get_by_label("Schedule 12A paragraph").select_option(value=str(exempt_paragraph))
    walk.submit("Add item")


def publish_agenda(walk, meeting_pk, late_reason):
    walk.goto(walk.clerk, reverse("clerk:agenda_publish", args=[meeting_pk]))
    walk.clerk.locator("textarea[name=late_reason]").fill(late_reason)
    walk.submit(re.compile("^Publish (supplementary )?agenda"))


@pytest.fixture
def walk(start_browser, demo, screenshots_dir):
    clerk = start_browser(DESKTOP)
    public = clerk.context.browser.new_context(viewport=DESKTOP, locale="en-GB").new_page()
    sign_in(clerk, demo.url, *DEMO_CLERK)
    for old in screenshots_dir.glob("cycle-*.png"):
        old.unlink()
    return Walk(clerk, public, demo.url, screenshots_dir)


def test_a_clerk_records_a_meeting_from_summons_to_corrected_minutes(walk):
    now = timezone.now().replace(second=0, microsecond=0)
    traveller = time_machine.travel(now, tick=True)
    clock = traveller.start()
    try:
        _walk_the_cycle(walk, clock, now)
    except Exception:
        walk.photograph(walk.clerk, "where-the-walk-stopped-clerk")
        walk.photograph(walk.public, "where-the-walk-stopped-public")
        raise
    finally:
        traveller.stop()
    assert not walk.problems, "\n".join(walk.problems)


def _walk_the_cycle(walk, clock, now):
    # 1. A meeting in two hours' time: a draft, seen by clerks alone.
    meeting_pk = create_meeting(walk, now + timedelta(hours=2), "Committee Room 2, Town Hall")
    meeting_path = reverse("agenda:meeting", args=[meeting_pk])
    walk.goto(walk.public, meeting_path, status=404)
    add_item(walk, meeting_pk, "Apologies for absence")
    add_item(walk, meeting_pk, "Declarations of interest")
    add_item(walk, meeting_pk, "Foster carer recruitment", "To consider the recruitment figures.")
    add_item(walk, meeting_pk, "Virtual school annual report")
    walk.photograph(walk.clerk, "meeting-with-draft-agenda")
    walk.goto(walk.public, meeting_path, status=404)

    # 2. Any agenda now is late: publishing asks for the reason, and the public see it.
    publish_agenda(walk, meeting_pk, LATE_REASON)
    walk.photograph(walk.clerk, "agenda-published")
    public = walk.public_text(meeting_path)
    walk.expect("Foster carer recruitment" in public, "the published agenda is not on the public meeting page")
    walk.expect(LATE_REASON in public, "the reason for the late agenda is not on the public meeting page")
    walk.photograph(walk.public, "public-agenda")

    # A late item after that goes out as a supplementary agenda, with its own reason.
    add_item(walk, meeting_pk, "Placement sufficiency", "An urgent update on placements.")
    publish_agenda(walk, meeting_pk, SUPPLEMENTARY_REASON)
    public = walk.public_text(meeting_path)
    walk.expect("Placement sufficiency" in public, "the supplementary item is not on the public agenda")
    walk.expect(SUPPLEMENTARY_REASON in public, "the supplementary agenda's reason is not public")
    walk.expect("upplementary" in public, "the supplementary item is not marked as such")
    walk.photograph(walk.public, "public-supplementary-agenda")
    check_agenda_pack(walk, meeting_pk)

    # An item withdrawn before the meeting stays on the public agenda, marked, with the reason.
    walk.goto(walk.clerk, reverse("clerk:meeting", args=[meeting_pk]))
    # Item 4; the supplementary item is 5.
    walk.clerk.locator("main").get_by_role("link", name=re.compile(r"^Withdraw\s+item 4$")).click()
    walk.clerk.wait_for_load_state()
    walk.clerk.get_by_label("Why is this item withdrawn?").fill(WITHDRAWAL_REASON)
    walk.confirm()
    walk.submit("Withdraw item")
    public = walk.public_text(meeting_path)
    walk.expect("Virtual school annual report" in public, "a withdrawn item vanished from the public agenda")
    walk.expect(WITHDRAWAL_REASON in public and "Withdrawn" in public,
                "the public agenda does not say the item was withdrawn, and why")
    walk.photograph(walk.public, "public-agenda-with-withdrawn-item")

    # 3. The meeting takes place.
    clock.shift(timedelta(hours=3))
    public = walk.public_text(meeting_path)
    walk.expect("Held" in public, "a meeting that has taken place does not say it was held")
    walk.goto(walk.clerk, reverse("clerk:meeting_attendance", args=[meeting_pk]))
    rows = walk.clerk.locator("main form fieldset")
    for index in range(rows.count()):
        legend = rows.nth(index).locator("legend").inner_text()
        if legend != "Their attendance":
            choice = "Apologies" if "Tom Hughes" in legend else "Present"
            rows.nth(index).get_by_label(choice, exact=True).check()
    walk.submit("Save attendance")

    walk.goto(walk.clerk, reverse("clerk:declarations", args=[meeting_pk]))
    walk.clerk.get_by_label("Who declared the interest").select_option(label="Councillor Helen Morris")
    walk.clerk.get_by_label("Item").select_option(label="3. Foster carer recruitment")
    walk.clerk.get_by_label("Kind of interest").select_option(label="Non-registrable interest")
    walk.clerk.get_by_label("Nature of the interest").fill("Is an approved foster carer.")
    walk.submit("Add declaration")
    walk.photograph(walk.clerk, "declarations")

    # Minutes item by item: the standard items come filled in from the records.
    walk.goto(walk.clerk, reverse("clerk:meeting", args=[meeting_pk]))
    walk.clerk.locator("main").get_by_role("link", name="Write the minutes item by item").click()
    walk.clerk.wait_for_load_state()
    apologies = walk.clerk.locator("textarea[name=minutes]").input_value()
    walk.expect("Tom Hughes" in apologies, "the apologies item is not filled in from the attendance")
    walk.submit("Save and go to the next item")
    declarations = walk.clerk.locator("textarea[name=minutes]").input_value()
    walk.expect("foster carer" in declarations, "the declarations item is not filled in from the declarations")
    walk.submit("Save and go to the next item")
    # The minutes box is an editor: a paragraph, then a bulleted list from its toolbar.
    editor = walk.clerk.get_by_role("textbox", name="Minutes")
    editor.fill("The Head of Fostering presented the recruitment figures.")
    editor.press("End")
    editor.press("Enter")
    walk.clerk.locator("[aria-controls=id_minutes_editor]").get_by_role("button", name="Bulleted list").click()
    editor.press_sequentially("14 households were approved this year.")
    editor.press("Enter")
    editor.press_sequentially("Enquiries rose by a third.")
    row = walk.clerk.locator("#resolution-1")
    row.locator("textarea[name$=text]").fill("That the Executive be recommended to fund a recruitment campaign.")
    walk.submit("Save and go to the next item")
    walk.photograph(walk.clerk, "minutes-written")

    # A recorded vote, taken from the attendance list.
    walk.goto(walk.clerk, reverse("clerk:meeting", args=[meeting_pk]))
    walk.clerk.locator("main").get_by_role("link", name=re.compile("Foster carer recruitment")).first.click()
    walk.clerk.get_by_role("link", name=re.compile("Record how each member voted")).first.click()
    walk.clerk.wait_for_load_state()
    voters = walk.clerk.locator("main form fieldset")
    for index in range(voters.count()):
        voter = voters.nth(index)
        choice = "Against" if "Martin Clarke" in voter.locator("legend").inner_text() else "For"
        voter.get_by_label(choice, exact=True).check()
    walk.clerk.get_by_label("Outcome").select_option(label="Carried")
    walk.submit("Save named vote")
    walk.photograph(walk.clerk, "named-vote")

    # 4. The decisions first: the public see the resolution, not yet the minutes.
    walk.goto(walk.clerk, reverse("clerk:decisions_publish", args=[meeting_pk]))
    if walk.submit_refused_without_confirmation("Publish decisions"):
        walk.confirm()
        walk.submit("Publish decisions")
    decisions = walk.public_text(reverse("agenda:decisions"))
    walk.expect("fund a recruitment campaign" in decisions, "the published decision is not in the decisions list")
    public = walk.public_text(meeting_path)
    walk.expect("14 households" not in public, "minutes are public before they are published")
    walk.photograph(walk.public, "public-decisions")

    # 5. Then the draft minutes, with attendance, the declaration, the vote and the late reason.
    walk.goto(walk.clerk, reverse("clerk:minutes_publish", args=[meeting_pk]))
    walk.confirm()
    walk.submit("Publish draft minutes")
    minutes_path = reverse("agenda:minutes", args=[meeting_pk])
    minutes = walk.public_text(minutes_path)
    walk.expect("14 households" in minutes, "the published minutes do not show the item's minutes")
    bullets = walk.public.locator("main ul.govuk-list--bullet li")
    walk.expect("Enquiries rose by a third." in bullets.all_inner_texts(),
                "the minutes' bulleted list is not shown as a list")
    walk.expect("Tom Hughes" in minutes, "the minutes do not record the apologies")
    walk.expect("approved foster carer" in minutes, "the minutes do not record the declaration")
    walk.expect(LATE_REASON in minutes, "the minutes do not specify the reason for the late agenda")
    walk.expect("Martin Clarke" in minutes, "the minutes do not name how each member voted")
    walk.photograph(walk.public, "public-draft-minutes")

    # 6. The next meeting approves them from its "minutes of the previous meeting" item.
    next_pk = create_meeting(walk, timezone.now() + timedelta(hours=2), "Committee Room 2, Town Hall")
    add_item(walk, next_pk, "Minutes of the previous meeting")
    publish_agenda(walk, next_pk, "The meeting was called at short notice.")
    clock.shift(timedelta(hours=3))
    walk.goto(walk.clerk, reverse("clerk:minutes_writer", args=[next_pk]))
    walk.clerk.locator("main").get_by_role("link", name="Approve them as a correct record").click()
    walk.clerk.wait_for_load_state()
    walk.confirm()
    walk.submit("Approve the minutes")
    walk.photograph(walk.clerk, "minutes-approved")
    minutes = walk.public_text(minutes_path)
    walk.expect("correct record" in minutes, "the public minutes do not say they were approved")
    walk.photograph(walk.public, "public-approved-minutes")

    # 7. A correction to the vote reaches the decision's own page.
    walk.goto(walk.clerk, reverse("clerk:correction_create", args=[meeting_pk]))
    walk.clerk.get_by_label("Decision corrected").select_option(index=1)
    walk.clerk.get_by_label("Correction", exact=True).fill("The vote was 4 for and 0 against.")
    walk.clerk.get_by_label("Reason for the correction").fill("Councillor Clarke's vote was recorded wrongly.")
    walk.confirm()
    walk.submit("Record correction")
    walk.photograph(walk.clerk, "correction-recorded")
    walk.goto(walk.public, reverse("agenda:decisions"))
    walk.public.locator("main tr", has_text="recruitment campaign").get_by_role("link").first.click()
    decision = walk.public.locator("main").inner_text()
    walk.expect("4 for and 0 against" in decision, "the decision's own page does not show the correction")
    walk.expect("Corrected" in decision, "the decision's own page does not say it was corrected")
    walk.photograph(walk.public, "public-corrected-decision")


def check_agenda_pack(walk, meeting_pk):
    """The public meeting page links the agenda pack; it is a PDF whose first page renders."""
    link = walk.public.locator("main").get_by_role("link", name=re.compile("agenda pack", re.IGNORECASE))
    walk.expect(link.count() > 0, "the public meeting page has no link to the agenda pack")
    if not link.count():
        return
    response = walk.public.request.get(f"{walk.base_url}{link.first.get_attribute('href')}")
    walk.expect(response.status == 200 and response.body().startswith(b"%PDF"), "the agenda pack is not a PDF")
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm and response.ok:
        with tempfile.TemporaryDirectory() as folder:
            pdf = Path(folder) / "pack.pdf"
            pdf.write_bytes(response.body())
            walk.step += 1
            target = walk.screenshots_dir / f"cycle-{walk.step:02d}-agenda-pack-first-page"
            subprocess.run([pdftoppm, "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(target)], check=True)
