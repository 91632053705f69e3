"""
Vote figures that cannot be right are refused until the clerk confirms
them, and a named (recorded) vote is entered per member present, from the
attendance, with its totals counted from the names.
"""

from datetime import timedelta

import pytest
from django.urls import reverse

from agenda import services
from agenda.models import RecordedVote
from agenda.votes import named_votes_fingerprint, record_named_votes, vote_problems
from meetings.models import Attendance, Person
from tests.factories import AgendaItemFactory, AttendanceFactory, MeetingFactory, PersonFactory, ResolutionFactory
from tests.test_item_editor import item_form_data, page_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting():
    return MeetingFactory()


@pytest.fixture
def item(meeting):
    return AgendaItemFactory(meeting=meeting, number="4", title="Library opening hours")


def present(meeting, count, **kwargs):
    return [AttendanceFactory(meeting=meeting, **kwargs).person for _ in range(count)]


def post_vote(clerk_client, item, *, outcome, votes_for, votes_against, votes_abstained=0, **extra):
    row = {"text": "That the library open on Sundays.", "outcome": outcome, "votes_for": votes_for,
           "votes_against": votes_against, "votes_abstained": votes_abstained, **extra}
    data = item_form_data(item, resolutions=[row])
    return clerk_client.post(reverse("clerk:item_update", args=[item.pk]), data)


# --- Figures that cannot be right ----------------------------------------------------


@pytest.mark.parametrize(
    "outcome, votes_for, votes_against, message",
    [
        ("lost", 6, 3, "The vote is recorded as lost, but more voted for (6) than against (3)."),
        ("carried", 2, 5, "The vote is recorded as carried, but more voted against (5) than for (2)."),
    ],
)
def test_an_outcome_against_the_figures_needs_confirming(clerk_client, item, outcome, votes_for, votes_against,
                                                          message):
    response = post_vote(clerk_client, item, outcome=outcome, votes_for=votes_for, votes_against=votes_against)

    assert response.status_code == 200
    errors = response.context["formset"].forms[0].errors
    assert errors == {"votes_for": [f"{message} Correct the figures, or tick “These figures are right”."]}
    assert 'name="resolutions-0-figures_confirmed"' in response.content.decode()
    assert not item.resolutions.exists()

    response = post_vote(clerk_client, item, outcome=outcome, votes_for=votes_for, votes_against=votes_against,
                         figures_confirmed="on")

    assert response.status_code == 302
    assert item.resolutions.get().votes_for == votes_for


def test_more_votes_than_members_present_needs_confirming(clerk_client, meeting, item):
    present(meeting, 5)
    AttendanceFactory(meeting=meeting, status=Attendance.Status.SUBSTITUTE,
                      substitute_for=PersonFactory())
    AttendanceFactory(meeting=meeting, status=Attendance.Status.APOLOGIES)
    AttendanceFactory(meeting=meeting, person=PersonFactory(kind=Person.Kind.OFFICER))

    response = post_vote(clerk_client, item, outcome="carried", votes_for=5, votes_against=1, votes_abstained=1)

    assert response.status_code == 200
    assert response.context["formset"].forms[0].errors["votes_for"] == [
        "7 votes are recorded, but only 6 members were present. "
        "Correct the figures, or tick “These figures are right”."
    ]
    assert "7 votes are recorded, but only 6 members were present." in page_text(response)

    response = post_vote(clerk_client, item, outcome="carried", votes_for=4, votes_against=1, votes_abstained=1)
    assert response.status_code == 302


def test_without_attendance_the_total_is_not_checked(clerk_client, item):
    response = post_vote(clerk_client, item, outcome="carried", votes_for=40, votes_against=1)
    assert response.status_code == 302


def test_a_tie_is_not_questioned():
    """A tie is settled by the chair's casting vote, either way."""
    assert vote_problems(outcome="carried", votes_for=4, votes_against=4, votes_abstained=0,
                         members_present=8) == []
    assert vote_problems(outcome="lost", votes_for=4, votes_against=4, votes_abstained=0,
                         members_present=8) == []


# --- Named votes -------------------------------------------------------------------------


@pytest.fixture
def resolution(item):
    return ResolutionFactory(item=item, label="a", text="That the library open on Sundays.")


def named_votes_url(resolution):
    return reverse("clerk:named_votes", args=[resolution.pk])


def named_vote_data(resolution, votes, outcome="carried", **extra):
    data = {"fingerprint": named_votes_fingerprint(resolution), "outcome": outcome, **extra}
    data.update({f"vote_{person.pk}": vote for person, vote in votes.items()})
    return data


def test_the_page_lists_members_present_and_substitutes_only(clerk_client, meeting, resolution):
    ann = AttendanceFactory(meeting=meeting, person=PersonFactory(name="Ann Able")).person
    member = PersonFactory(name="Ben Busy")
    AttendanceFactory(meeting=meeting, person=member, status=Attendance.Status.APOLOGIES)
    AttendanceFactory(meeting=meeting, person=PersonFactory(name="Sam Sub"),
                      status=Attendance.Status.SUBSTITUTE, substitute_for=member)
    AttendanceFactory(meeting=meeting, person=PersonFactory(name="Olly Officer", kind=Person.Kind.OFFICER))
    RecordedVote.objects.create(resolution=resolution, person=ann, vote="against")

    response = clerk_client.get(named_votes_url(resolution))

    assert response.status_code == 200
    page = page_text(response)
    assert "Ann Able" in page and "Sam Sub" in page and "Substitute for Ben Busy" in page
    assert "Olly Officer" not in page
    assert page.count("Ben Busy") == 1
    assert response.context["form"][f"vote_{ann.pk}"].value() == "against"


def test_named_votes_fill_in_the_totals(clerk_client, clerk, meeting, resolution):
    ann, bob, cat, dan = present(meeting, 4)

    response = clerk_client.post(named_votes_url(resolution), named_vote_data(
        resolution, {ann: "for", bob: "for", cat: "abstained", dan: ""}))

    assert response.status_code == 302
    resolution.refresh_from_db()
    assert (resolution.outcome, resolution.votes_for, resolution.votes_against, resolution.votes_abstained) == (
        "carried", 2, 0, 1)
    assert dict(resolution.recorded_votes.values_list("person_id", "vote")) == {
        ann.pk: "for", bob.pk: "for", cat.pk: "abstained"}
    assert resolution.recorded_votes.get(person=ann).history.first().history_user == clerk

    # Changed later: a vote moves, another is taken away.
    response = clerk_client.post(named_votes_url(resolution), named_vote_data(
        resolution, {ann: "against", bob: "for", cat: "", dan: "against"}, outcome="lost"))

    assert response.status_code == 302
    resolution.refresh_from_db()
    assert (resolution.outcome, resolution.votes_for, resolution.votes_against, resolution.votes_abstained) == (
        "lost", 1, 2, 0)
    assert not resolution.recorded_votes.filter(person=cat).exists()


def test_a_stale_named_vote_is_refused_and_keeps_what_was_typed(clerk_client, clerk, meeting, resolution):
    ann, bob = present(meeting, 2)
    data = named_vote_data(resolution, {ann: "for", bob: "against"})
    RecordedVote.objects.create(resolution=resolution, person=bob, vote="for")  # someone else saved meanwhile

    response = clerk_client.post(named_votes_url(resolution), data)

    assert response.status_code == 409
    assert "Someone else saved this vote after you opened it." in page_text(response)
    assert response.context["form"][f"vote_{ann.pk}"].value() == "for"
    assert dict(resolution.recorded_votes.values_list("person_id", "vote")) == {bob.pk: "for"}


def test_named_votes_against_the_outcome_need_confirming(clerk_client, meeting, resolution):
    ann, bob, cat = present(meeting, 3)
    votes = {ann: "for", bob: "for", cat: "against"}

    response = clerk_client.post(named_votes_url(resolution), named_vote_data(resolution, votes, outcome="lost"))

    assert response.status_code == 200
    assert response.context["form"].errors["outcome"] == [
        "The vote is recorded as lost, but more voted for (2) than against (1). "
        "Correct the figures, or tick “These figures are right”."
    ]
    assert not resolution.recorded_votes.exists()

    response = clerk_client.post(named_votes_url(resolution), named_vote_data(
        resolution, votes, outcome="lost", figures_confirmed="on"))
    assert response.status_code == 302


def test_a_vote_needs_an_outcome_and_a_person_not_present_cannot_vote(clerk_client, meeting, resolution):
    (ann,) = present(meeting, 1)
    stranger = PersonFactory()

    response = clerk_client.post(named_votes_url(resolution), named_vote_data(resolution, {ann: "for"}, outcome=""))
    assert response.context["form"].errors["outcome"] == ["Say whether the vote was carried or lost."]

    response = clerk_client.post(named_votes_url(resolution), named_vote_data(
        resolution, {ann: "for", stranger: "for"}))
    assert response.status_code == 302
    assert list(resolution.recorded_votes.values_list("person_id", flat=True)) == [ann.pk]


def approve(meeting, clerk):
    meeting.items.update(minutes="The committee discussed the matter.")
    later = MeetingFactory(committee=meeting.committee, start=meeting.start + timedelta(days=3))
    services.publish_draft_minutes(meeting=meeting, user=clerk)
    services.approve_minutes(meeting=meeting, approving_meeting=later, user=clerk)


def test_named_votes_of_approved_minutes_are_locked(clerk_client, clerk, meeting, resolution):
    (ann,) = present(meeting, 1)
    data = named_vote_data(resolution, {ann: "for"})
    approve(meeting, clerk)

    response = clerk_client.post(named_votes_url(resolution), data)

    assert response.status_code == 200
    assert "can no longer be changed" in page_text(response)
    assert not resolution.recorded_votes.exists()


def test_the_item_editor_links_each_saved_resolution_to_its_named_vote(clerk_client, item, resolution):
    response = clerk_client.get(reverse("clerk:item_update", args=[item.pk]))
    assert named_votes_url(resolution) in response.content.decode()


# --- Named votes on the public record ----------------------------------------------------


def test_named_votes_are_shown_with_the_published_decision(client, clerk, meeting, resolution):
    ann = AttendanceFactory(meeting=meeting, person=PersonFactory(name="Ann Able")).person
    bob = AttendanceFactory(meeting=meeting, person=PersonFactory(name="Bob Bold")).person
    cat = AttendanceFactory(meeting=meeting, person=PersonFactory(name="Cat Calm")).person
    record_named_votes(resolution=resolution, user=clerk, fingerprint=named_votes_fingerprint(resolution),
                                outcome="carried", votes={ann.pk: "for", bob.pk: "against", cat.pk: "for"})
    decision_url = reverse("agenda:resolution", args=[resolution.pk])
    minutes_url = reverse("agenda:minutes", args=[meeting.pk])
    assert client.get(decision_url).status_code == 404  # not published yet

    resolution.item.minutes = "Discussed."
    resolution.item.save()
    services.publish_draft_minutes(meeting=meeting, user=clerk)

    for url in (decision_url, minutes_url, reverse("agenda:item", args=[meeting.pk, resolution.item_id])):
        page = page_text(client.get(url))
        assert "Carried: 2 for, 1 against, 0 abstained" in page, url
        assert "Recorded vote: For: Councillor Ann Able, Councillor Cat Calm Against: Councillor Bob Bold" in page, url


def test_named_votes_on_an_exempt_item_stay_with_it(client, councillor, clerk, meeting, item, resolution):
    item.is_exempt, item.exempt_paragraph, item.minutes = True, 3, "Discussed."
    item.save()
    ann = AttendanceFactory(meeting=meeting, person=PersonFactory(name="Ann Able")).person
    record_named_votes(resolution=resolution, user=clerk, fingerprint=named_votes_fingerprint(resolution),
                                outcome="carried", votes={ann.pk: "for"})
    services.publish_draft_minutes(meeting=meeting, user=clerk)

    assert "Recorded vote" not in page_text(client.get(reverse("agenda:minutes", args=[meeting.pk])))
    client.force_login(councillor)
    assert "Recorded vote" in page_text(client.get(reverse("agenda:minutes", args=[meeting.pk])))


def test_figures_counted_from_a_named_vote_are_not_typed_over(clerk_client, clerk, meeting, item, resolution):
    ann, bob = present(meeting, 2)
    record_named_votes(resolution=resolution, user=clerk, fingerprint=named_votes_fingerprint(resolution),
                       outcome="carried", votes={ann.pk: "for", bob.pk: "for"})
    resolution.refresh_from_db()
    item.refresh_from_db()
    row = {"id": resolution.pk, "label": "a", "text": resolution.text, "outcome": "carried",
           "votes_for": 2, "votes_against": 0, "votes_abstained": 0}

    response = clerk_client.post(reverse("clerk:item_update", args=[item.pk]),
                                 item_form_data(item, resolutions=[dict(row, votes_for=1, votes_against=1)]))

    assert response.status_code == 200
    assert response.context["formset"].forms[0].errors["votes_for"] == [
        "A named vote is recorded for this resolution: 2 for, 0 against, 0 abstained. "
        "Change how each member voted instead of these figures."
    ]
    response = clerk_client.post(reverse("clerk:item_update", args=[item.pk]),
                                 item_form_data(item, resolutions=[row]))
    assert response.status_code == 302
