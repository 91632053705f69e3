"""
A clerk follows a recommendation and an action through their whole life in
a browser, as the demo clerk, through the tracker's own forms: the
recommendation made at a meeting is sent, answered, updated and closed at a
later meeting; an action taken from a sentence of the minutes is carried
forward to the next meeting and closed at the one after. At each step a
member of the public (a second browser, not signed in) reads the meeting
pages, the tracker item and the minutes. axe checks each new clerk page.

Each step is photographed into test-artifacts/screenshots/tracker-*.png.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from meetings.models import Meeting
from recommendations.tracker import TRACKER_TITLE
from tests.factories import AgendaItemFactory, CommitteeFactory, MeetingFactory, ResolutionFactory

from .test_accessibility import DEMO_CLERK, DESKTOP, describe_violations, run_axe, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SENTENCE = "A briefing note on placement stability would be circulated to members."
RECOMMENDATION = "That the Cabinet be recommended to extend the foster carers' allowance to kinship carers."


class Walk:
    def __init__(self, clerk, public, base_url, screenshots_dir):
        self.clerk, self.public, self.base_url = clerk, public, base_url
        self.screenshots_dir = screenshots_dir
        self.step = 0
        self.problems = []

    def expect(self, condition, problem):
        if not condition:
            self.problems.append(f"step {self.step}: {problem}")

    def photograph(self, page, name):
        self.step += 1
        page.screenshot(path=str(self.screenshots_dir / f"tracker-{self.step:02d}-{name}.png"), full_page=True)

    def goto(self, page, path, status=200):
        response = page.goto(f"{self.base_url}{path}")
        assert response.status == status, f"{path} answered {response.status}"

    def axe(self, what):
        violations = run_axe(self.clerk)
        self.expect(not violations, f"axe-core on {what}:\n{describe_violations(violations)}")

    def submit(self, button_name):
        self.clerk.locator("main form").get_by_role("button", name=button_name).first.click()
        self.clerk.wait_for_load_state()
        assert self.clerk.locator(".govuk-error-summary").count() == 0, self.clerk.locator("main").inner_text()

    def follow(self, link_name):
        self.clerk.locator("main").get_by_role("link", name=link_name).first.click()
        self.clerk.wait_for_load_state()

    def public_text(self, path):
        self.goto(self.public, path)
        return self.public.locator("main").inner_text()


def _records():
    """Three meetings of a committee: the recommendation made at the first; the second reviews it."""
    now = timezone.now().replace(second=0, microsecond=0)
    committee = CommitteeFactory(name="Tracker Scrutiny Committee", slug="tracker-scrutiny")
    published = dict(minutes_status=Meeting.MinutesStatus.DRAFT)
    first = MeetingFactory(committee=committee, start=now - timedelta(days=60), minutes_published_at=now, **published)
    second = MeetingFactory(committee=committee, start=now - timedelta(days=5), minutes_published_at=now, **published)
    third = MeetingFactory(committee=committee, start=now + timedelta(days=25), agenda_published_at=None)
    item = AgendaItemFactory(meeting=first, title="Placement stability",
                             minutes=f"<p>The Committee considered the report. {SENTENCE}</p>")
    resolution = ResolutionFactory(item=item, kind="recommendation", text=RECOMMENDATION)
    tracker = AgendaItemFactory(meeting=second, title=TRACKER_TITLE, minutes="<p>The Committee reviewed the tracker.</p>")
    return {
        "first": first, "second": second, "third": third, "item": item, "tracker": tracker,
        "recommendation": resolution.recommendation.pk,
        "sent_on": (timezone.localdate(first.start) + timedelta(days=2)),
        "responded_on": (timezone.localdate(first.start) + timedelta(days=20)),
        "updated_on": (timezone.localdate(first.start) + timedelta(days=40)),
    }


@pytest.fixture
def walk(start_browser, demo, screenshots_dir):
    records = _records()
    clerk = start_browser(DESKTOP)
    public = clerk.context.browser.new_context(viewport=DESKTOP, locale="en-GB").new_page()
    sign_in(clerk, demo.url, *DEMO_CLERK)
    for old in screenshots_dir.glob("tracker-*.png"):
        old.unlink()
    return Walk(clerk, public, demo.url, screenshots_dir), records


def test_a_clerk_follows_a_recommendation_and_an_action_to_their_close(walk):
    walk, records = walk
    try:
        _recommendation_life(walk, records)
        _action_life(walk, records)
    except Exception:
        walk.photograph(walk.clerk, "where-the-walk-stopped-clerk")
        walk.photograph(walk.public, "where-the-walk-stopped-public")
        raise
    assert not walk.problems, "\n".join(walk.problems)


def _recommendation_life(walk, records):
    pk = records["recommendation"]
    tracker_path = reverse("agenda:item", kwargs={"meeting_pk": records["second"].pk, "pk": records["tracker"].pk})
    minutes_path = reverse("agenda:minutes", args=[records["second"].pk])

    # The recommendation is tracked from the moment it is recorded.
    walk.goto(walk.clerk, reverse("clerk:recommendation_list"))
    walk.expect("Not yet sent (" in walk.clerk.locator("main").inner_text(), "the list does not count the recommendations not sent")
    walk.axe("the clerks' list")
    walk.photograph(walk.clerk, "clerk-list")
    walk.goto(walk.clerk, reverse("clerk:recommendation_tracker", args=[pk]))
    walk.axe("the tracker page")
    walk.photograph(walk.clerk, "tracker-page-new")

    # Sent: a mistake is shown beside the field first.
    walk.follow("Record where it was sent")
    walk.clerk.get_by_label("Date sent").fill("")
    walk.clerk.locator("main form").get_by_role("button", name="Save").click()
    walk.clerk.wait_for_load_state()
    walk.expect(walk.clerk.locator("#id_sent_on_error").count() == 1, "a missing date is not shown beside the field")
    walk.axe("the send form with errors")
    walk.photograph(walk.clerk, "send-form-errors")
    walk.clerk.get_by_label("The executive (Cabinet)").check()
    walk.clerk.get_by_label("Name").fill("Cabinet")
    walk.clerk.get_by_label("Date sent").fill(records["sent_on"].isoformat())
    walk.submit("Save")
    due = walk.clerk.locator("main").inner_text()
    walk.expect("section 9FE" in due, "the statutory due date is not shown")
    walk.photograph(walk.clerk, "sent")
    public = walk.public_text(tracker_path)
    walk.expect("Responses due" in public and "kinship carers" in public,
                "the tracker item does not show the response as due")
    walk.photograph(walk.public, "public-tracker-item-due")

    # The response.
    walk.follow("Record the response")
    walk.axe("the response form")
    walk.clerk.get_by_label("Accepted", exact=True).check()
    walk.clerk.get_by_label("Date of the response").fill(records["responded_on"].isoformat())
    walk.clerk.get_by_label("Response given by").fill("Cabinet Member for Children's Services")
    walk.clerk.get_by_label("The response", exact=True).fill("The allowance will be extended from April.")
    walk.clerk.get_by_label("Document title").fill("Cabinet report")
    walk.clerk.get_by_label("Document link").fill("https://example.gov.uk/cabinet-report.pdf")
    walk.submit("Save the response")
    walk.photograph(walk.clerk, "response-recorded")
    public = walk.public_text(tracker_path)
    walk.expect("Responses received since the last meeting" in public and "Accepted by Cabinet Member" in public,
                "the tracker item does not show the response")
    walk.photograph(walk.public, "public-tracker-item-response")

    # An update: implemented.
    walk.follow("Add an update")
    walk.axe("the update form")
    walk.clerk.get_by_label("Date of the update").fill(records["updated_on"].isoformat())
    walk.clerk.get_by_label("Implemented", exact=True).check()
    walk.clerk.get_by_label("Update", exact=True).fill("Kinship carers are paid the allowance from 1 April.")
    walk.submit("Add the update")
    walk.photograph(walk.clerk, "update-added")
    public = walk.public_text(tracker_path)
    walk.expect("Recommendations the committee may close" in public, "the tracker item does not offer it for closure")

    # The start page offers it for closure, one click from the form.
    walk.goto(walk.clerk, reverse("clerk:dashboard"))
    walk.axe("the clerks' start page")
    walk.photograph(walk.clerk, "start-page")
    walk.clerk.locator("main").locator(f"a[href='{reverse('clerk:recommendation_close', args=[pk])}']").click()
    walk.clerk.wait_for_load_state()
    walk.axe("the close form")
    walk.clerk.get_by_label("Closed at the meeting of").select_option(str(records["second"].pk))
    walk.clerk.get_by_label("Note").fill("The committee agreed no further monitoring is needed.")
    walk.submit("Close the recommendation")
    walk.expect("Closed at the meeting of" in walk.clerk.locator("main").inner_text(), "the tracker page does not say it is closed")
    walk.photograph(walk.clerk, "closed")
    public = walk.public_text(minutes_path)
    walk.expect("Closed at this meeting" in public and "kinship carers" in public,
                "the printed minutes of the closing meeting do not record the closure")
    walk.photograph(walk.public, "public-minutes-closed")


def _action_life(walk, records):
    first, second, third = records["first"], records["second"], records["third"]

    # Raised from a sentence of the minutes, without retyping it.
    walk.goto(walk.clerk, reverse("clerk:meeting", args=[first.pk]))
    walk.clerk.locator("main summary", has_text="Make an action from a sentence of the minutes").click()
    walk.photograph(walk.clerk, "clerk-meeting-sentences")
    walk.axe("the clerk's meeting page with its actions")
    walk.clerk.locator("main").get_by_role("link", name=f"Make this an action (item {records['item'].number}, sentence 2)").click()
    walk.clerk.wait_for_load_state()
    walk.expect(walk.clerk.get_by_label("What is to be done").input_value() == SENTENCE,
                "the raise-action form is not filled with the sentence")
    walk.axe("the raise-action form")
    walk.clerk.get_by_label("Owner").fill("Head of Children's Services")
    walk.clerk.get_by_label("Due by").fill((timezone.localdate(first.start) + timedelta(days=14)).isoformat())
    walk.photograph(walk.clerk, "raise-action-prefilled")
    walk.submit("Raise the action")
    walk.expect(SENTENCE in walk.clerk.locator("#actions ~ table").first.inner_text(), "the action is not listed")
    public = walk.public_text(reverse("agenda:meeting", args=[first.pk]))
    walk.expect("Actions from this meeting" in public and SENTENCE in public,
                "the public meeting page does not show the meeting's action")

    # Carried forward: the next meeting lists it as arising, and an update is recorded there.
    public = walk.public_text(reverse("agenda:meeting", args=[second.pk]))
    walk.expect("Actions arising from earlier meetings" in public and SENTENCE in public,
                "the next meeting does not show the action as arising")
    walk.photograph(walk.public, "public-next-meeting-arising")
    walk.goto(walk.clerk, reverse("clerk:meeting", args=[second.pk]))
    walk.clerk.locator("main").get_by_role("link", name="Record an update").first.click()
    walk.clerk.wait_for_load_state()
    walk.axe("the action update form")
    walk.clerk.get_by_label("Date of the update").fill(timezone.localdate(second.start).isoformat())
    walk.clerk.get_by_label("Open", exact=True).check()
    walk.clerk.get_by_label("Update", exact=True).fill("The note is being drafted.")
    walk.submit("Record the update")

    # A tracker item for the third meeting, and the action closed there.
    walk.goto(walk.clerk, reverse("clerk:meeting", args=[third.pk]))
    walk.submit("Add the tracker item")
    walk.expect(TRACKER_TITLE in walk.clerk.locator("main").inner_text(), "the tracker item was not added")
    walk.goto(walk.clerk, reverse("clerk:meeting", args=[third.pk]))
    walk.clerk.locator("main").get_by_role("button", name="Close at this meeting").first.click()
    walk.clerk.wait_for_load_state()
    walk.expect("Closed at this meeting" in walk.clerk.locator("main").inner_text(), "the action is not closed")
    walk.photograph(walk.clerk, "action-closed")
    public = walk.public_text(reverse("agenda:minutes", args=[second.pk]))
    walk.expect(SENTENCE in public, "the next meeting's minutes do not list the action arising")
    walk.photograph(walk.public, "public-minutes-actions")
