"""
Two clerks editing one item: the second save is refused with 409 rather than
overwriting the first, and nothing the second clerk typed is lost.
"""

from datetime import timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.factories import AgendaItemFactory, ClerkFactory, MeetingFactory, ResolutionFactory
from tests.test_item_editor import item_form_data, page_text, resolution_row


def test_save_after_another_clerks_save_is_refused_and_keeps_what_was_typed(clerk_client):
    meeting = MeetingFactory(start=timezone.now() + timedelta(days=20), agenda_published_at=None)
    item = AgendaItemFactory(meeting=meeting, number="4", title="Library opening hours")
    resolution = ResolutionFactory(item=item, text="That the report be noted.")
    url = reverse("clerk:item_update", args=[item.pk])

    # Both clerks open the form at version 1.
    opened = clerk_client.get(url)
    assert opened.context["form"]["version"].value() == 1
    other_clerk = Client()
    other_clerk.force_login(ClerkFactory())
    other_data = item_form_data(
        item, title="Library hours (their save)", resolutions=[resolution_row(resolution)]
    )
    assert other_clerk.post(url, other_data).status_code == 302

    my_data = item_form_data(
        item,
        title="Library opening hours – my edit",
        minutes="My long minutes that must not be lost.",
        resolutions=[
            resolution_row(resolution, text="That the report be noted, as amended."),
            {"label": "b", "text": "My new resolution.", "outcome": "carried", "votes_for": 7},
        ],
    )
    response = clerk_client.post(url, my_data)

    assert response.status_code == 409
    page = page_text(response)
    assert "There is a problem" in page
    assert "Someone else saved this item after you opened it." in page
    assert page.index("Someone else saved this item") < page.index("Item number")
    form, formset = response.context["form"], response.context["formset"]
    assert form["title"].value() == "Library opening hours – my edit"
    assert form["minutes"].value() == "My long minutes that must not be lost."
    # Having seen the other version, saving again keeps this clerk's.
    assert form["version"].value() == 2
    assert formset.forms[0]["text"].value() == "That the report be noted, as amended."
    assert formset.forms[1]["text"].value() == "My new resolution."
    assert formset.forms[1]["votes_for"].value() == "7"
    content = response.content.decode()
    assert "My long minutes that must not be lost." in content
    assert "My new resolution." in content

    item.refresh_from_db()
    assert (item.title, item.version, item.minutes) == (
        "Library hours (their save)", 2, "<p>The Committee welcomed the review of the fostering service.</p>"
    )
    assert list(item.resolutions.values_list("text", flat=True)) == ["That the report be noted."]


def test_the_refused_save_shows_their_version_beside_mine_and_saving_again_keeps_mine(clerk_client):
    meeting = MeetingFactory(start=timezone.now() + timedelta(days=20), agenda_published_at=None)
    item = AgendaItemFactory(meeting=meeting, number="4", title="Library opening hours",
                             minutes="The committee noted the report.")
    url = reverse("clerk:item_update", args=[item.pk])
    other_clerk = Client()
    other_clerk.force_login(ClerkFactory())
    clerk_client.get(url)
    their_data = item_form_data(item, minutes="The committee noted the report and thanked officers.")
    assert other_clerk.post(url, their_data).status_code == 302

    my_data = item_form_data(item, minutes="The committee agreed the report.")
    response = clerk_client.post(url, my_data)

    assert response.status_code == 409
    rows = {row["label"]: row for row in response.context["comparison"]}
    assert set(rows) == {"Minutes"}  # only what differs
    assert rows["Minutes"]["theirs"] == (
        "The committee <del>noted</del> the report<del> and thanked officers</del>."
    )
    assert rows["Minutes"]["mine"] == "The committee <ins>agreed</ins> the report."
    assert 'id="conflict-comparison"' in response.content.decode()
    assert "<del>noted</del>" in response.content.decode()

    # The clerk has seen theirs and saves again: the form now carries their version number.
    again = {**my_data, "version": response.context["form"]["version"].value()}
    assert clerk_client.post(url, again).status_code == 302
    item.refresh_from_db()
    assert (item.minutes, item.version) == ("<p>The committee agreed the report.</p>", 3)
