"""
A new password must be at least 12 characters, not a common password, not
all digits and not like the person's name. A weak one is refused on the
reset and change forms, with the reason beside the field.
"""

import re

import pytest
from django.contrib.auth.models import User
from django.core import mail

from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_password_hashing")]

WEAK = [
    ("Otter-lamp-9", None),  # 12 characters: long enough, for the check below
    ("otter-lamp9", "This password is too short. It must contain at least 12 characters."),
    ("password1234", "This password is too common."),
    ("640192837465", "This password is entirely numeric."),
    ("danaclerkson", "The password is too similar to the username."),
]


@pytest.fixture
def dana(db):
    return factories.ClerkFactory(username="danaclerkson", email="dana@council.example")


def error_beside(html, field):
    match = re.search(rf'<p id="id_{field}_error" class="govuk-error-message">(.*?)</p>', html, re.S)
    return match.group(1) if match else ""


@pytest.mark.parametrize("password,error", WEAK)
def test_weak_password_is_refused_on_the_change_form(client, dana, password, error):
    client.force_login(dana)
    response = client.post(
        "/account/password/",
        {
            "old_password": "correct horse battery staple",
            "new_password1": password,
            "new_password2": password,
        },
    )
    dana.refresh_from_db()
    if error is None:
        assert response.status_code == 302
        assert dana.check_password(password)
        return
    assert response.status_code == 200
    assert error in error_beside(response.content.decode(), "new_password2")
    assert "There is a problem" in response.content.decode()
    assert dana.check_password("correct horse battery staple")


@pytest.mark.parametrize("password,error", WEAK[1:])
def test_weak_password_is_refused_on_the_reset_form(client, dana, password, error):
    client.post("/account/password-reset/", {"email": "dana@council.example"})
    link = re.search(r"http://testserver(\S+)", mail.outbox[0].body).group(1)
    form_url = client.get(link)["Location"]
    response = client.post(form_url, {"new_password1": password, "new_password2": password})
    assert response.status_code == 200
    assert error in error_beside(response.content.decode(), "new_password2")
    assert User.objects.get(pk=dana.pk).check_password("correct horse battery staple")


def test_the_form_says_what_makes_a_good_password(client, dana):
    client.force_login(dana)
    html = client.get("/account/password/").content.decode()
    assert 'id="id_new_password1_helptext" class="govuk-hint">At least 12 characters.' in html
