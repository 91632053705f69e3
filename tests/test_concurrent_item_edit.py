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
    assert form["version"].value() == "1"
    assert formset.forms[0]["text"].value() == "That the report be noted, as amended."
    assert formset.forms[1]["text"].value() == "My new resolution."
    assert formset.forms[1]["votes_for"].value() == "7"
    content = response.content.decode()
    assert "My long minutes that must not be lost." in content
    assert "My new resolution." in content

    item.refresh_from_db()
    assert (item.title, item.version, item.minutes) == (
        "Library hours (their save)", 2, "The Committee welcomed the review of the fostering service."
    )
    assert list(item.resolutions.values_list("text", flat=True)) == ["That the report be noted."]
