"""
A signed-in person changes their own password from their account page, and
stays signed in afterwards.
"""

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_password_hashing")]


def test_account_page_links_to_password_change(councillor_client):
    response = councillor_client.get("/account/")
    assert response.status_code == 200
    assert 'href="/account/password/"' in response.content.decode()


def test_every_page_links_to_the_account_when_signed_in(councillor_client):
    assert 'href="/account/">Your account</a>' in councillor_client.get("/").content.decode()


def test_a_visitor_is_sent_to_sign_in(public_client):
    for path in ["/account/", "/account/password/"]:
        response = public_client.get(path)
        assert response.status_code == 302
        assert response["Location"] == f"/sign-in/?next={path}"


def test_password_change_needs_the_old_password(councillor_client, councillor):
    response = councillor_client.post(
        "/account/password/",
        {"old_password": "a guess", "new_password1": "marble otter lantern quay", "new_password2": "marble otter lantern quay"},
    )
    assert response.status_code == 200
    assert 'id="id_old_password_error"' in response.content.decode()
    councillor.refresh_from_db()
    assert councillor.check_password("correct horse battery staple")


def test_password_change_keeps_the_person_signed_in(councillor_client, councillor):
    response = councillor_client.post(
        "/account/password/",
        {
            "old_password": "correct horse battery staple",
            "new_password1": "marble otter lantern quay",
            "new_password2": "marble otter lantern quay",
        },
    )
    assert response["Location"] == "/account/password/changed/"
    page = councillor_client.get("/account/password/changed/")
    assert "Your password has been changed" in page.content.decode()
    councillor.refresh_from_db()
    assert councillor.check_password("marble otter lantern quay")
