"""
Someone with two-factor sign-in set up is signed in only after the password
and then a right code; the code step is throttled and counts towards the
lockout. The back office and the admin need a session that passed the code
step; with REQUIRE_TWO_FACTOR on, clerks and superusers without a device must
set one up before they use them.
"""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.conf import settings
from django.contrib.admin import site as admin_site
from django.test import RequestFactory
from django_otp import DEVICE_ID_SESSION_KEY

from tests import factories
from tests.otp import code_for, wrong_code_for

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_password_hashing")]

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def frozen_time():
    with time_machine.travel(datetime(2026, 3, 2, 9, 0, 5, tzinfo=UTC), tick=False) as traveller:
        yield traveller


@pytest.fixture
def dana(db):
    return factories.ClerkFactory(username="dana")


@pytest.fixture
def device(dana):
    return factories.TOTPDeviceFactory(user=dana)


def enter_password(client, username="dana", next_url="/clerk/"):
    return client.post(f"/sign-in/?next={next_url}", {"username": username, "password": PASSWORD, "next": next_url})


def is_signed_in(client):
    return "_auth_user_id" in client.session


# --- The code step ------------------------------------------------------------------


def test_the_password_alone_does_not_sign_in_someone_with_a_device(client, device):
    response = enter_password(client)
    assert response.status_code == 302
    assert response["Location"] == "/sign-in/code/"
    assert not is_signed_in(client)
    assert client.get("/clerk/")["Location"].startswith("/sign-in/")
    page = client.get("/sign-in/code/")
    assert page.status_code == 200
    assert "Enter the code from your authenticator app" in page.content.decode()


def test_the_right_code_signs_in_with_a_verified_session(client, device):
    enter_password(client)
    response = client.post("/sign-in/code/", {"code": code_for(device)})
    assert response["Location"] == "/clerk/"
    assert is_signed_in(client)
    assert client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id
    assert client.get("/clerk/").status_code == 200


def test_without_a_page_asked_for_a_clerk_starts_at_the_back_office(client, device):
    client.post("/sign-in/", {"username": "dana", "password": PASSWORD})
    assert client.post("/sign-in/code/", {"code": code_for(device)})["Location"] == "/clerk/"


def test_a_wrong_code_does_not_sign_in(client, device):
    enter_password(client)
    response = client.post("/sign-in/code/", {"code": wrong_code_for(device)})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_code_error"' in html and "That code is not right" in html
    assert not is_signed_in(client)


def test_a_code_cannot_be_used_twice(client, device):
    code = code_for(device)
    enter_password(client)
    client.post("/sign-in/code/", {"code": code})
    client.post("/sign-out/")
    enter_password(client)
    response = client.post("/sign-in/code/", {"code": code})
    assert response.status_code == 200
    assert not is_signed_in(client)


def test_the_code_step_without_a_password_goes_to_sign_in(client, device):
    response = client.post("/sign-in/code/", {"code": code_for(device)})
    assert response["Location"] == "/sign-in/"
    assert not is_signed_in(client)


def test_the_code_step_times_out(client, device, frozen_time):
    enter_password(client)
    frozen_time.shift(timedelta(seconds=settings.SIGN_IN_CODE_SECONDS + 1))
    response = client.post("/sign-in/code/", {"code": code_for(device)}, follow=True)
    assert response.redirect_chain[-1][0] == "/sign-in/"
    assert "too long passed since you entered your password" in response.content.decode()
    assert not is_signed_in(client)


def test_after_a_wrong_code_the_device_waits_before_it_takes_another(client, device, frozen_time):
    enter_password(client)
    client.post("/sign-in/code/", {"code": wrong_code_for(device)})
    response = client.post("/sign-in/code/", {"code": code_for(device)})
    assert "Too many wrong codes. Wait 1 second" in response.content.decode()
    assert not is_signed_in(client)
    frozen_time.shift(timedelta(seconds=2))
    assert client.post("/sign-in/code/", {"code": code_for(device)})["Location"] == "/clerk/"


def test_wrong_codes_lock_out_like_wrong_passwords(client, device, settings, frozen_time):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # only the lockout, not the device's own wait
    enter_password(client)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert client.post("/sign-in/code/", {"code": wrong_code_for(device)}).status_code == 200
    response = client.post("/sign-in/code/", {"code": wrong_code_for(device)})
    assert response.status_code == 429
    assert "Signing in is locked for now" in response.content.decode()
    # The half-finished sign-in is gone, and the password step is locked too.
    assert client.post("/sign-in/code/", {"code": code_for(device)})["Location"] == "/sign-in/"
    assert enter_password(client).status_code == 429
    assert not is_signed_in(client)


def test_someone_without_a_device_signs_in_with_the_password_alone(client, dana):
    assert enter_password(client)["Location"] == "/clerk/"
    assert is_signed_in(client)


# --- Sessions that did not pass the code step ----------------------------------------


def test_a_session_from_before_the_device_must_sign_in_again(client, dana):
    client.force_login(dana)
    assert client.get("/clerk/").status_code == 200
    factories.TOTPDeviceFactory(user=dana)  # set up from another computer
    response = client.get("/clerk/")
    assert response["Location"] == "/sign-in/?next=/clerk/"
    assert not is_signed_in(client)


def test_the_admin_needs_the_code_from_a_superuser_with_a_device(client):
    root = factories.UserFactory(username="root", is_staff=True, is_superuser=True)
    device = factories.TOTPDeviceFactory(user=root)
    client.force_login(root)
    assert client.get("/admin/")["Location"] == "/sign-in/?next=/admin/"

    enter_password(client, "root", next_url="/admin/")
    assert client.post("/sign-in/code/", {"code": code_for(device)})["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_the_admin_site_itself_refuses_an_unverified_session_of_a_user_with_a_device():
    root = factories.UserFactory(is_staff=True, is_superuser=True)
    request = RequestFactory().get("/admin/")
    request.user = root
    request.user.is_verified = lambda: False
    assert admin_site.has_permission(request)
    factories.TOTPDeviceFactory(user=root)
    assert not admin_site.has_permission(request)
    request.user.is_verified = lambda: True
    assert admin_site.has_permission(request)


# --- REQUIRE_TWO_FACTOR ---------------------------------------------------------------


def test_when_not_required_a_clerk_without_a_device_uses_the_back_office(clerk_client, settings):
    settings.REQUIRE_TWO_FACTOR = False
    assert clerk_client.get("/clerk/").status_code == 200


def test_when_required_a_clerk_without_a_device_is_sent_to_set_one_up(clerk_client, clerk, settings):
    settings.REQUIRE_TWO_FACTOR = True
    response = clerk_client.get("/clerk/meetings/new/")
    assert response["Location"] == "/account/two-factor/set-up/?next=%2Fclerk%2Fmeetings%2Fnew%2F"
    page = clerk_client.get(response["Location"])
    assert "Set up two-factor sign-in before you use the back office" in page.content.decode()

    device = clerk.totpdevice_set.get()
    response = clerk_client.post(response["Location"], {"code": code_for(device)})
    assert response["Location"] == "/clerk/meetings/new/"
    assert clerk_client.get("/clerk/meetings/new/").status_code == 200


def test_when_required_a_superuser_without_a_device_is_sent_to_set_one_up(client, settings):
    settings.REQUIRE_TWO_FACTOR = True
    client.force_login(factories.UserFactory(is_staff=True, is_superuser=True))
    assert client.get("/admin/")["Location"].startswith("/account/two-factor/set-up/?next=")


def test_when_required_councillors_and_the_public_are_not_asked(councillor_client, settings):
    settings.REQUIRE_TWO_FACTOR = True
    assert councillor_client.get("/").status_code == 200
    assert councillor_client.get("/account/").status_code == 200
