"""
Anyone with an account and an email address can reset a forgotten password
through an emailed link. The form never says whether an address has an
account, and a reset also lifts a lockout of the account.
"""

import re

import pytest
from django.conf import settings
from django.core import mail

from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_password_hashing")]

NEW_PASSWORD = "marble otter lantern quay"


@pytest.fixture
def dana(db):
    return factories.ClerkFactory(username="dana", email="dana@council.example")


def reset_link(client, email):
    client.post("/account/password-reset/", {"email": email})
    (message,) = mail.outbox
    return re.search(r"http://testserver(/account/password-reset/\S+/)", message.body).group(1)


def choose_password(client, link, password=NEW_PASSWORD, confirm=None):
    form_url = client.get(link)["Location"]  # Django moves the token out of the URL first
    return client.post(form_url, {"new_password1": password, "new_password2": confirm or password})


def test_sign_in_page_links_to_password_reset(client):
    html = client.get("/sign-in/").content.decode()
    assert 'href="/account/password-reset/"' in html
    assert "Forgotten your password?" in html


def test_reset_form_is_in_the_site_design(client):
    response = client.get("/account/password-reset/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 class="govuk-heading-l">Reset your password</h1>' in html
    assert 'class="govuk-input' in html and 'name="email"' in html


def test_emailed_link_sets_a_new_password(client, dana):
    link = reset_link(client, "dana@council.example")
    assert mail.outbox[0].to == ["dana@council.example"]
    assert mail.outbox[0].subject == f"Reset your password for {settings.COUNCIL_NAME}"
    response = choose_password(client, link)
    assert response.status_code == 302
    assert response["Location"] == "/account/password-reset/complete/"
    assert "Your password has been changed" in client.get(response["Location"]).content.decode()
    response = client.post("/sign-in/", {"username": "dana", "password": NEW_PASSWORD})
    assert response["Location"] == "/clerk/"


def test_the_form_does_not_say_whether_an_address_has_an_account(client, dana):
    known = client.post("/account/password-reset/", {"email": "dana@council.example"})
    unknown = client.post("/account/password-reset/", {"email": "nobody@council.example"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"] == "/account/password-reset/sent/"
    assert len(mail.outbox) == 1
    page = client.get("/account/password-reset/sent/").content.decode()
    assert "If the address you entered belongs to an account" in page


def test_a_link_works_only_once(client, dana):
    link = reset_link(client, "dana@council.example")
    choose_password(client, link)
    response = client.get(link, follow=True)
    assert response.status_code == 200
    assert "This link does not work" in response.content.decode()


def test_a_made_up_link_does_not_work(client, dana):
    response = client.get("/account/password-reset/MQ/abc-123/")
    assert response.status_code == 200
    assert "This link does not work" in response.content.decode()


def test_a_password_reset_unlocks_a_locked_account(client, dana):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/sign-in/", {"username": "dana", "password": "not the password"})
    locked = client.post("/sign-in/", {"username": "dana", "password": "correct horse battery staple"})
    assert locked.status_code == 429
    assert "reset your password" in locked.content.decode()

    choose_password(client, reset_link(client, "dana@council.example"))

    response = client.post("/sign-in/", {"username": "dana", "password": NEW_PASSWORD})
    assert response["Location"] == "/clerk/"


def test_a_mistyped_confirmation_is_shown_beside_the_field(client, dana):
    link = reset_link(client, "dana@council.example")
    response = choose_password(client, link, confirm="marble otter lantern quays")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_new_password2_error"' in html
    assert "The two password fields didn" in html
