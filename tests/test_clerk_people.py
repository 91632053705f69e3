"""Clerks keep the list of people who sit on or attend committees."""

import pytest
from django.urls import reverse

from meetings.models import Person
from tests.factories import PersonFactory, UserFactory

pytestmark = pytest.mark.django_db


def person_data(**overrides):
    return {
        "name": "Grace Hopper",
        "slug": "grace-hopper",
        "honorific": "Councillor",
        "kind": Person.Kind.COUNCILLOR,
        "party": "Independent",
        "ward": "Harbour",
        "user": "",
        **overrides,
    }


def test_clerk_sees_people_in_a_fixed_number_of_queries(clerk_client, django_assert_num_queries):
    for n in range(10):
        PersonFactory(name=f"Person {n:02}", user=UserFactory() if n % 2 else None)
    # Session, user, two for permissions, the two-factor device check, count,
    # people with their accounts.
    with django_assert_num_queries(7):
        response = clerk_client.get(reverse("clerk:person_list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Councillor Person 00" in html and "Councillor Person 09" in html
    assert reverse("clerk:person_update", args=[Person.objects.first().slug]) in html
    assert reverse("clerk:person_create") in html


def test_people_can_be_filtered_by_name(clerk_client):
    PersonFactory(name="Ada Lovelace")
    PersonFactory(name="Grace Hopper")
    response = clerk_client.get(reverse("clerk:person_list"), {"q": "lovel"})
    assert response.status_code == 200
    assert [person.name for person in response.context["people"]] == ["Ada Lovelace"]
    html = response.content.decode()
    assert "Grace Hopper" not in html
    assert 'value="lovel"' in html


def test_people_list_says_when_no_one_matches(clerk_client):
    PersonFactory(name="Ada Lovelace")
    response = clerk_client.get(reverse("clerk:person_list"), {"q": "nobody"})
    assert "No one’s name contains “nobody”" in response.content.decode()


def test_people_list_is_paginated_by_fifty_and_keeps_the_search(clerk_client):
    PersonFactory.create_batch(51, name="Alex Member")
    response = clerk_client.get(reverse("clerk:person_list"), {"q": "alex"})
    assert len(response.context["people"]) == 50
    assert "?q=alex&amp;page=2" in response.content.decode()
    second = clerk_client.get(reverse("clerk:person_list"), {"q": "alex", "page": 2})
    assert len(second.context["people"]) == 1


def test_page_past_the_end_is_not_found(clerk_client):
    assert clerk_client.get(reverse("clerk:person_list"), {"page": 9}).status_code == 404


def test_clerk_can_open_the_new_person_form(clerk_client):
    response = clerk_client.get(reverse("clerk:person_create"))
    assert response.status_code == 200
    assert 'name="honorific"' in response.content.decode()


def test_clerk_adds_a_person_with_a_sign_in_account(clerk_client):
    account = UserFactory(username="ghopper")
    response = clerk_client.post(reverse("clerk:person_create"), person_data(user=account.pk))
    assert response.status_code == 302
    assert response["Location"] == reverse("clerk:person_list")
    person = Person.objects.get(slug="grace-hopper")
    assert (person.name, person.ward, person.user) == ("Grace Hopper", "Harbour", account)
    assert "Grace Hopper added." in clerk_client.get(response["Location"]).content.decode()


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"name": ""}, "name", "Enter the person&#x27;s name."),
        ({"slug": ""}, "slug", "Enter a web address name."),
        ({"slug": "not a slug"}, "slug", "Enter a valid “slug”"),
        ({"name": "x" * 201}, "name", "Ensure this value has at most 200 characters"),
        ({"ward": "x" * 101}, "ward", "Ensure this value has at most 100 characters"),
        ({"kind": "monarch"}, "kind", "Select a valid choice."),
        ({"user": "999999"}, "user", "Select a valid choice."),
    ],
)
def test_bad_person_input_is_refused(clerk_client, overrides, field, message):
    response = clerk_client.post(reverse("clerk:person_create"), person_data(**overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    html = response.content.decode()
    assert message in html
    assert "There is a problem" in html
    assert not Person.objects.exists()


def test_duplicate_person_slug_is_refused_with_a_clear_message(clerk_client):
    PersonFactory(slug="grace-hopper")
    response = clerk_client.post(reverse("clerk:person_create"), person_data())
    assert response.status_code == 200
    assert "Another person already uses this web address name." in response.content.decode()
    assert Person.objects.count() == 1


def test_account_linked_to_someone_else_cannot_be_chosen(clerk_client):
    taken = UserFactory(username="taken")
    free = UserFactory(username="free")
    PersonFactory(user=taken)
    response = clerk_client.get(reverse("clerk:person_create"))
    choices = set(response.context["form"].fields["user"].queryset)
    assert free in choices and taken not in choices
    response = clerk_client.post(reverse("clerk:person_create"), person_data(user=taken.pk))
    assert response.status_code == 200
    assert "user" in response.context["form"].errors
    assert Person.objects.count() == 1


def test_person_keeps_their_own_account_when_edited(clerk_client):
    account = UserFactory(username="ghopper")
    person = PersonFactory(slug="grace-hopper", user=account)
    response = clerk_client.get(reverse("clerk:person_update", args=["grace-hopper"]))
    assert response.status_code == 200
    assert account in response.context["form"].fields["user"].queryset
    response = clerk_client.post(
        reverse("clerk:person_update", args=["grace-hopper"]),
        person_data(user=account.pk, ward="Castle", kind=Person.Kind.CO_OPTED),
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert (person.ward, person.kind, person.user) == ("Castle", Person.Kind.CO_OPTED, account)


def test_refused_person_edit_saves_nothing(clerk_client):
    person = PersonFactory(slug="grace-hopper", name="Grace Hopper")
    response = clerk_client.post(
        reverse("clerk:person_update", args=["grace-hopper"]), person_data(name="", ward="Castle")
    )
    assert response.status_code == 200
    person.refresh_from_db()
    assert (person.name, person.ward) == ("Grace Hopper", "Riverside")


def test_unknown_person_is_not_found(clerk_client):
    assert clerk_client.get(reverse("clerk:person_update", args=["nobody"])).status_code == 404
