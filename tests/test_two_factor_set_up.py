"""
A clerk or superuser sets up two-factor sign-in from their account page: the
set-up page shows a secret as a QR code and as text, and two-factor sign-in
is on only once a code from the app has been entered. It is turned off with
a code too.
"""

import re
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests import factories
from tests.otp import code_for, wrong_code_for

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_password_hashing")]

SET_UP = "/account/two-factor/set-up/"
REMOVE = "/account/two-factor/remove/"


@pytest.fixture(autouse=True)
def frozen_time():
    with time_machine.travel(datetime(2026, 3, 2, 9, 0, 5, tzinfo=UTC), tick=False) as traveller:
        yield traveller


def test_account_page_offers_two_factor_to_a_clerk(clerk_client):
    html = clerk_client.get("/account/").content.decode()
    assert "Two-factor sign-in" in html
    assert f'href="{SET_UP}"' in html


def test_account_page_does_not_offer_two_factor_to_a_councillor(councillor_client):
    assert "Two-factor sign-in" not in councillor_client.get("/account/").content.decode()
    assert councillor_client.get(SET_UP).status_code == 403
    assert councillor_client.post(REMOVE, {"code": "123456"}).status_code == 403


def test_a_visitor_is_sent_to_sign_in(public_client):
    response = public_client.get(SET_UP)
    assert response.status_code == 302
    assert response["Location"].startswith("/sign-in/?next=")


def test_set_up_page_shows_the_secret_as_a_qr_code_and_as_text(clerk_client, clerk):
    response = clerk_client.get(SET_UP)
    assert response.status_code == 200
    device = TOTPDevice.objects.get(user=clerk)
    assert not device.confirmed
    html = response.content.decode()
    assert re.search(r'<div class="scrutiny-qr-code" role="img" aria-label="[^"]+"><svg [^>]*viewBox=', html)
    assert "<path " in html
    assert f"otpauth://totp/Demo%20Borough%20Council%3A{clerk.username}?secret=" in html
    assert "&amp;issuer=Demo%20Borough%20Council" in html
    secret = re.search(r'id="secret-key">([A-Z2-7 ]+)<', html).group(1)
    assert len(secret.replace(" ", "")) == 32
    # Drawn on the server: no inline style for the coming strict CSP, and never cached.
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    assert "style=" not in main and "<script" not in main
    assert "no-store" in response["Cache-Control"]


def test_the_secret_stays_the_same_until_it_is_confirmed(clerk_client, clerk):
    first = clerk_client.get(SET_UP).content.decode()
    second = clerk_client.get(SET_UP).content.decode()
    key = re.compile(r'id="secret-key">([A-Z2-7 ]+)<')
    assert key.search(first).group(1) == key.search(second).group(1)
    assert TOTPDevice.objects.filter(user=clerk).count() == 1


def test_the_right_code_turns_two_factor_on_and_verifies_the_session(clerk_client, clerk):
    clerk_client.get(SET_UP)
    device = TOTPDevice.objects.get(user=clerk)
    response = clerk_client.post(SET_UP, {"code": code_for(device)})
    assert response.status_code == 302
    assert response["Location"] == "/account/"
    device.refresh_from_db()
    assert device.confirmed
    assert clerk_client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id
    page = clerk_client.get("/account/").content.decode()
    assert "Two-factor sign-in is on" in page
    assert "govuk-tag--green" in page
    # The session that set it up carries on into the back office.
    assert clerk_client.get("/clerk/").status_code == 200


def test_a_code_with_spaces_is_accepted(clerk_client, clerk):
    clerk_client.get(SET_UP)
    code = code_for(TOTPDevice.objects.get(user=clerk))
    assert clerk_client.post(SET_UP, {"code": f"{code[:3]} {code[3:]}"}).status_code == 302


def test_set_up_goes_on_to_the_page_asked_for(clerk_client, clerk):
    clerk_client.get(SET_UP)
    device = TOTPDevice.objects.get(user=clerk)
    response = clerk_client.post(f"{SET_UP}?next=/clerk/", {"code": code_for(device)})
    assert response["Location"] == "/clerk/"


@pytest.mark.parametrize("code,error", [("12345", "Enter the 6 digits"), ("abcdef", "Enter the 6 digits"), (None, "That code is not right")])
def test_a_wrong_code_leaves_it_off_with_the_error_beside_the_field(clerk_client, clerk, code, error):
    clerk_client.get(SET_UP)
    device = TOTPDevice.objects.get(user=clerk)
    response = clerk_client.post(SET_UP, {"code": code or wrong_code_for(device)})
    assert response.status_code == 200
    html = response.content.decode()
    assert error in re.search(r'<p id="id_code_error" class="govuk-error-message">(.*?)</p>', html, re.S).group(1)
    device.refresh_from_db()
    assert not device.confirmed
    assert DEVICE_ID_SESSION_KEY not in clerk_client.session


def test_set_up_page_sends_someone_already_set_up_to_their_account(clerk_client, clerk):
    factories.TOTPDeviceFactory(user=clerk)
    assert clerk_client.get(SET_UP)["Location"] == "/account/"


def test_a_superuser_who_is_not_a_clerk_can_set_it_up(client):
    client.force_login(factories.UserFactory(is_staff=True, is_superuser=True))
    assert client.get(SET_UP).status_code == 200


def test_the_right_code_turns_two_factor_off(clerk_client, clerk, frozen_time):
    device = factories.TOTPDeviceFactory(user=clerk)
    response = clerk_client.post(REMOVE, {"code": code_for(device)})
    assert response["Location"] == "/account/"
    assert not TOTPDevice.objects.filter(user=clerk).exists()
    assert "Two-factor sign-in is off" in clerk_client.get("/account/").content.decode()


def test_a_wrong_code_does_not_turn_it_off(clerk_client, clerk):
    device = factories.TOTPDeviceFactory(user=clerk)
    response = clerk_client.post(REMOVE, {"code": wrong_code_for(device)})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_code_error"' in html and "That code is not right" in html
    assert TOTPDevice.objects.filter(user=clerk, confirmed=True).exists()


def test_turning_off_needs_a_post(clerk_client):
    assert clerk_client.get(REMOVE).status_code == 405


def test_after_a_wrong_code_the_device_waits_before_it_takes_another(clerk_client, clerk, frozen_time):
    clerk_client.get(SET_UP)
    device = TOTPDevice.objects.get(user=clerk)
    clerk_client.post(SET_UP, {"code": wrong_code_for(device)})
    response = clerk_client.post(SET_UP, {"code": code_for(device)})
    assert "Too many wrong codes. Wait 1 second" in response.content.decode()
    frozen_time.shift(timedelta(seconds=2))
    assert clerk_client.post(SET_UP, {"code": code_for(device)}).status_code == 302
