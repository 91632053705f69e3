"""
Clerks can see who changed what, when and why: for an item (with its
resolutions and documents) and for a whole meeting, removed records included.
"""

import pytest

from tests.test_documents import blank_pdf
from django.core.files.uploadedfile import SimpleUploadedFile

from agenda import services
from agenda.models import AgendaItem
from meetings.models import Attendance
from meetings.services import set_attendance
from tests import factories

pytestmark = pytest.mark.django_db

ARROW = ' <span aria-hidden="true">→</span><span class="govuk-visually-hidden">changed to</span> '
LONG_MINUTES = "The Committee discussed the review at length. " * 20


@pytest.fixture
def meeting():
    return factories.MeetingFactory()


@pytest.fixture
def item(meeting, clerk):
    """A draft item added, edited twice and given a document, all through the services."""
    item = services.create_item(
        meeting=meeting,
        user=clerk,
        fields={"number": "7", "title": "Fostering review"},
        resolutions=[{"label": "a", "text": "That the report be noted.", "kind": "noted"}],
    )
    item = services.update_item(
        item=item, user=clerk, version=item.version,
        fields={"title": "Fostering service review", "minutes": LONG_MINUTES},
    )
    services.update_item(item=item, user=clerk, version=item.version, fields={"is_exempt": False})
    services.add_document(
        item=item, user=clerk, title="Old appendix",
        uploaded_file=SimpleUploadedFile("a.pdf", blank_pdf()),
    )
    return item


def test_item_history_shows_who_changed_what_and_why(clerk_client, item):
    response = clerk_client.get(f"/clerk/items/{item.pk}/history/")

    assert response.status_code == 200
    text = response.text
    assert "Chris Clerk" in text
    assert "Item added" in text
    assert "Document uploaded" in text
    assert "Document “Old appendix”" in text
    assert "Resolution (a)" in text
    assert text.count(">Created<") == 3
    assert ">Changed<" in text
    # The edit shows the old and the new value of each field changed.
    assert ARROW.join(["Fostering review", "Fostering service review"]) in text
    assert "<dt class=\"govuk-summary-list__key\">Minutes</dt>" in text
    # Long text is shown as what was added.
    assert f"<ins>{LONG_MINUTES.strip()}" in text


def test_the_newest_change_comes_first(clerk_client, item, clerk):
    services.update_item(item=item, user=clerk, version=3, fields={"presenter": "Director of Children's Services"})

    text = clerk_client.get(f"/clerk/items/{item.pk}/history/").text

    assert text.index("Director of Children&#x27;s Services") < text.index("Document uploaded") < text.index("Item added")


def test_removed_documents_and_resolutions_stay_in_the_item_history(clerk_client, clerk, item):
    services.delete_document(document=item.documents.get(), user=clerk)
    services.update_item(item=item, user=clerk, version=3, fields={}, resolutions=[])

    text = clerk_client.get(f"/clerk/items/{item.pk}/history/").text

    assert "Document removed" in text
    assert "Resolution removed" in text
    assert text.count(">Deleted<") == 2


def test_a_removed_item_keeps_its_history(clerk_client, clerk, item):
    services.remove_item(item=item, user=clerk)

    response = clerk_client.get(f"/clerk/items/{item.pk}/history/")

    assert response.status_code == 200
    assert "(removed)" in response.text
    assert "Item removed" in response.text


def test_meeting_history_covers_its_attendance_declarations_and_items(clerk_client, clerk, meeting, item):
    person = factories.PersonFactory(name="Priya Shah")
    set_attendance(meeting=meeting, user=clerk, rows=[{"person": person, "status": Attendance.Status.PRESENT}])
    services.add_declaration(meeting=meeting, user=clerk, person=person, kind="pecuniary", text="Owns a nursery.")
    removed = services.create_item(meeting=meeting, user=clerk, fields={"number": "8", "title": "Youth clubs"})
    services.remove_item(item=removed, user=clerk)

    response = clerk_client.get(f"/clerk/meetings/{meeting.pk}/history/")

    assert response.status_code == 200
    text = response.text
    assert "Attendance: Councillor Priya Shah" in text
    assert "Declaration: Councillor Priya Shah" in text
    assert "Item 7: Fostering service review" in text
    assert "Item 8: Youth clubs" in text
    assert "Item removed" in text
    assert "Resolution (a) on item 7" in text
    assert "Document “Old appendix” on item 7" in text
    assert f'href="/clerk/items/{item.pk}/history/"' in text


def test_meeting_history_names_people_in_changes(clerk_client, clerk, meeting):
    factories.AgendaItemFactory(meeting=meeting)
    services.publish_draft_minutes(meeting=meeting, user=clerk)

    text = clerk_client.get(f"/clerk/meetings/{meeting.pk}/history/").text

    assert "Draft minutes published" in text
    assert "<dt class=\"govuk-summary-list__key\">Minutes published by</dt>" in text
    assert ARROW.join(["(blank)", "Chris Clerk"]) in text


def test_history_is_paginated_fifty_to_a_page(clerk_client, clerk, meeting):
    item = factories.AgendaItemFactory(meeting=meeting, published_at=None)
    for n in range(60):
        item = services.update_item(item=item, user=clerk, version=item.version, fields={"presenter": f"Officer {n}"})
    url = f"/clerk/meetings/{meeting.pk}/history/"

    first = clerk_client.get(url)
    second = clerk_client.get(url, {"page": 2})

    assert first.text.count(">Changed<") == 50
    assert "Showing changes 1 to 50 of 62" in first.text
    assert 'rel="next"' in first.text
    # The rest: ten changes, and the creation of the item and of the meeting.
    assert second.text.count(">Changed<") == 10
    assert second.text.count(">Created<") == 2


@pytest.mark.parametrize("page", ["abc", "99999", "-1", "0", ""])
def test_a_bad_page_number_never_fails(clerk_client, meeting, item, page):
    response = clerk_client.get(f"/clerk/meetings/{meeting.pk}/history/", {"page": page})

    assert response.status_code == 200


def test_unknown_records_have_no_history_page(clerk_client):
    assert clerk_client.get("/clerk/items/999999/history/").status_code == 404
    assert clerk_client.get("/clerk/meetings/999999/history/").status_code == 404


def test_history_pages_run_a_fixed_number_of_queries(clerk_client, clerk, meeting, django_assert_num_queries):
    for n in range(10):
        item = services.create_item(meeting=meeting, user=clerk, fields={"title": f"Item {n}"},
                                    resolutions=[{"text": "That the report be noted."}])
        services.add_declaration(meeting=meeting, user=clerk, person=factories.PersonFactory(),
                                 kind="pecuniary", text="Owns land.")
        services.update_item(item=item, user=clerk, version=1, fields={"title": f"Item {n} (revised)"})

    # session, user, permissions (2), two-factor device check, meeting, 7 kinds
    # of history, people named
    with django_assert_num_queries(14):
        clerk_client.get(f"/clerk/meetings/{meeting.pk}/history/")
    url = f"/clerk/items/{AgendaItem.objects.last().pk}/history/"
    # session, user, permissions (2), two-factor device check, item, 3 kinds of history
    with django_assert_num_queries(9):
        clerk_client.get(url)
