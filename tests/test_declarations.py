"""
Clerks record the declarations of interest made at a meeting, and remove
mistaken ones, until the minutes are approved.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from agenda import services
from agenda.models import Declaration
from tests import factories

pytestmark = pytest.mark.django_db


def declarations_url(meeting):
    return f"/clerk/meetings/{meeting.pk}/declarations/"


def approve_minutes(meeting, clerk):
    later = factories.MeetingFactory(committee=meeting.committee, start=timezone.now() - timedelta(hours=1))
    services.publish_draft_minutes(meeting=meeting, user=clerk)
    services.approve_minutes(meeting=meeting, approving_meeting=later, user=clerk)


@pytest.fixture
def meeting():
    meeting = factories.MeetingFactory()
    factories.AgendaItemFactory(meeting=meeting, number="4", title="School place planning")
    return meeting


def test_clerk_adds_a_declaration_on_an_item(clerk_client, clerk, meeting):
    person = factories.PersonFactory(name="Priya Shah")
    item = meeting.items.get()

    response = clerk_client.post(
        declarations_url(meeting),
        {"person": person.pk, "item": item.pk, "kind": "pecuniary", "text": "  Owns a nursery.  "},
        follow=True,
    )

    assert response.redirect_chain[-1][0] == declarations_url(meeting)
    declaration = Declaration.objects.get()
    assert (declaration.meeting, declaration.person, declaration.item) == (meeting, person, item)
    assert declaration.kind == Declaration.Kind.PECUNIARY
    assert declaration.text == "Owns a nursery."
    assert declaration.history.get().history_user == clerk
    assert "Declaration by Councillor Priya Shah added." in response.text
    assert "Owns a nursery." in response.text
    assert "Disclosable pecuniary interest" in response.text


def test_a_declaration_may_cover_all_business(clerk_client, meeting):
    person = factories.PersonFactory()

    clerk_client.post(
        declarations_url(meeting), {"person": person.pk, "item": "", "kind": "non_registrable", "text": "Friend."}
    )

    assert Declaration.objects.get().item is None


def test_the_committees_members_are_offered_first(clerk_client, meeting):
    outsider = factories.PersonFactory(name="Aaron Outsider")
    member = factories.MembershipFactory(committee=meeting.committee, person__name="Zoe Member").person

    response = clerk_client.get(declarations_url(meeting))

    assert response.text.index(member.display_name) < response.text.index(outsider.display_name)


def test_missing_answers_are_shown_beside_the_fields(clerk_client, meeting):
    response = clerk_client.post(declarations_url(meeting), {"person": "", "kind": "", "text": "   "})

    assert response.status_code == 200
    assert "There is a problem" in response.text
    for name in ("person", "kind", "text"):
        assert f'id="id_{name}_error"' in response.text
    assert not Declaration.objects.exists()


def test_an_item_of_another_meeting_is_refused(clerk_client, meeting):
    other_item = factories.AgendaItemFactory()
    person = factories.PersonFactory()

    response = clerk_client.post(
        declarations_url(meeting),
        {"person": person.pk, "item": other_item.pk, "kind": "pecuniary", "text": "Owns land."},
    )

    assert response.status_code == 200
    assert 'id="id_item_error"' in response.text
    assert not Declaration.objects.exists()


def test_an_unknown_person_is_refused(clerk_client, meeting):
    response = clerk_client.post(
        declarations_url(meeting), {"person": "999999", "kind": "pecuniary", "text": "Owns land."}
    )

    assert 'id="id_person_error"' in response.text
    assert not Declaration.objects.exists()


def test_declarations_cannot_be_added_once_the_minutes_are_approved(clerk_client, clerk, meeting):
    approve_minutes(meeting, clerk)
    person = factories.PersonFactory()

    page = clerk_client.get(declarations_url(meeting))
    response = clerk_client.post(
        declarations_url(meeting), {"person": person.pk, "kind": "pecuniary", "text": "Owns land."}
    )

    assert "can no longer be changed" in page.text
    assert "Add declaration" not in page.text
    assert response.status_code == 200
    assert "There is a problem" in response.text
    assert "approved as a correct record" in response.text
    assert not Declaration.objects.exists()


def test_clerk_removes_a_declaration(clerk_client, meeting):
    declaration = factories.DeclarationFactory(meeting=meeting, text="Governor of a school.")

    response = clerk_client.post(
        f"/clerk/declarations/{declaration.pk}/delete/", {"confirm": "on"}, follow=True
    )

    assert response.redirect_chain[-1][0] == declarations_url(meeting)
    assert "removed" in response.text
    assert not Declaration.objects.exists()
    assert declaration.history.filter(history_type="-").get().history_change_reason == "Declaration removed"


def test_removing_is_refused_once_the_minutes_are_approved(clerk_client, clerk, meeting):
    declaration = factories.DeclarationFactory(meeting=meeting)
    approve_minutes(meeting, clerk)

    response = clerk_client.post(
        f"/clerk/declarations/{declaration.pk}/delete/", {"confirm": "on", "reason": "Wrong meeting"}
    )

    assert response.status_code == 200
    assert "approved as a correct record" in response.text
    assert Declaration.objects.filter(pk=declaration.pk).exists()


def test_the_remove_link_opens_a_confirmation_page(clerk_client, meeting):
    declaration = factories.DeclarationFactory(meeting=meeting)
    url = f"/clerk/declarations/{declaration.pk}/delete/"

    assert f'href="{url}"' in clerk_client.get(declarations_url(meeting)).text
    page = clerk_client.get(url)

    assert page.status_code == 200
    assert "Yes, remove this declaration" in page.text
    assert Declaration.objects.filter(pk=declaration.pk).exists()


def test_a_removal_without_confirmation_changes_nothing_and_asks_again(clerk_client, meeting):
    declaration = factories.DeclarationFactory(meeting=meeting)

    response = clerk_client.post(f"/clerk/declarations/{declaration.pk}/delete/")

    assert response.status_code == 200
    assert "Tick the box to confirm you want to remove this declaration" in response.text
    assert "Yes, remove this declaration" in response.text
    assert Declaration.objects.filter(pk=declaration.pk).exists()


def test_a_declaration_in_published_minutes_needs_a_reason_kept_in_the_history(clerk_client, clerk):
    from django.utils import timezone

    from meetings.models import Meeting

    meeting = factories.MeetingFactory(
        minutes_status=Meeting.MinutesStatus.DRAFT, minutes_published_at=timezone.now()
    )
    declaration = factories.DeclarationFactory(meeting=meeting)
    url = f"/clerk/declarations/{declaration.pk}/delete/"

    refused = clerk_client.post(url, {"confirm": "on", "reason": "  "})
    assert "Say why you are removing this declaration: the public has seen it." in refused.text
    assert Declaration.objects.filter(pk=declaration.pk).exists()

    clerk_client.post(url, {"confirm": "on", "reason": "Recorded against the wrong councillor"})

    assert not Declaration.objects.filter(pk=declaration.pk).exists()
    removal = declaration.history.filter(history_type="-").get()
    assert removal.history_change_reason == "Declaration removed: Recorded against the wrong councillor"
    assert removal.history_user == clerk


def test_unknown_meetings_and_declarations_are_not_found(clerk_client):
    assert clerk_client.get("/clerk/meetings/999999/declarations/").status_code == 404
    assert clerk_client.post("/clerk/declarations/999999/delete/", {"confirm": "on"}).status_code == 404


def test_declarations_page_runs_a_fixed_number_of_queries(clerk_client, meeting, django_assert_num_queries):
    factories.DeclarationFactory.create_batch(10, meeting=meeting, item=meeting.items.get())

    # session, user, permissions (2), two-factor device check, meeting,
    # declarations, people and items for the form
    with django_assert_num_queries(9):
        response = clerk_client.get(declarations_url(meeting))
    assert response.text.count("Remove") == 10


def test_overlong_declaration_is_refused_next_to_the_field(clerk_client):
    from agenda.models import Declaration
    from tests import factories as f

    meeting = f.MeetingFactory()
    person = f.PersonFactory()
    response = clerk_client.post(
        f"/clerk/meetings/{meeting.pk}/declarations/",
        {"person": person.pk, "kind": "pecuniary", "text": "x" * 2001},
    )
    assert response.status_code == 200
    assert "2,000 characters or fewer" in response.content.decode()
    assert not Declaration.objects.exists()
