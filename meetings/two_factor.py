"""
Two-factor sign-in with an authenticator app (TOTP codes, through django-otp).

A clerk or superuser sets up one device: the page shows a secret as a QR code
and as text, and the device counts only once a code from it has been
entered. From then on signing in asks for a code after the password, and the
session is marked verified (django-otp's ``otp_device_id``) only when the code
is right. Each wrong code makes the device refuse codes for a while, doubling
each time (django-otp's throttling), on top of the sign-in lockout.
"""

import math
from base64 import b32encode
from dataclasses import dataclass

import qrcode
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from qrcode.image.svg import SvgPathFillImage

DEVICE_NAME = "Authenticator app"
# The session key that holds a sign-in waiting for its code.
PENDING_KEY = "sign_in_pending"


def confirmed_device(user):
    """The user's confirmed device, or None."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def has_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def session_is_trusted(request):
    """
    Whether this session may act for its user: it passed the code step, or
    the user has no device to ask a code from.
    """
    user = request.user
    if not user.is_authenticated:
        return False
    return user.is_verified() or not has_device(user)


def device_to_confirm(user):
    """The unconfirmed device a set-up page shows, made once and kept until it is confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


@dataclass
class CodeCheck:
    is_right: bool
    message: str = ""


def check_code(device, code):
    """
    Check a code against a device, as one transaction so that two requests
    cannot both use one code or both slip past the throttle.
    """
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        is_allowed, details = device.verify_is_allowed()
        if not is_allowed:
            return CodeCheck(False, _wait_message(details))
        if device.verify_token(code):
            return CodeCheck(True)
    return CodeCheck(
        False, "That code is not right. Enter the code your authenticator app shows now."
    )


def _wait_message(details):
    locked_until = (details or {}).get("locked_until")
    seconds = 1
    if locked_until:
        seconds = max(1, math.ceil((locked_until - timezone.now()).total_seconds()))
    unit = "second" if seconds == 1 else "seconds"
    return f"Too many wrong codes. Wait {seconds} {unit}, then enter the code your app shows."


def confirm_device(*, user, device, code):
    """
    Turn two-factor sign-in on with a device whose code was entered, and
    remove any other device of the user's. Returns the CodeCheck.
    """
    with transaction.atomic():
        result = check_code(device, code)
        if result.is_right:
            TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
            TOTPDevice.objects.filter(pk=device.pk).update(confirmed=True)
    return result


def remove_device(*, user, code):
    """Turn two-factor sign-in off, if the code from the user's device is right."""
    device = confirmed_device(user)
    if device is None:
        return CodeCheck(True)
    with transaction.atomic():
        result = check_code(device, code)
        if result.is_right:
            TOTPDevice.objects.filter(user=user).delete()
    return result


def pending_user(session, now, max_age):
    """
    The user whose password was right and who still has to enter a code, or
    None when there is none or it is older than max_age seconds.
    """
    pending = session.get(PENDING_KEY)
    if not pending or now - pending["at"] > max_age:
        return None
    user = get_user_model().objects.filter(pk=pending["user"], is_active=True).first()
    if user is not None:
        user.backend = pending["backend"]
    return user


def secret_for_typing(device):
    """The device's key as an app expects it typed: base32, in groups of four."""
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(text):
    """
    A QR code as an SVG element drawn on the server, to put straight into the
    page: no script, no image service and no inline style.
    """
    image = qrcode.make(text, image_factory=SvgPathFillImage, border=2)
    svg = image.to_string(encoding="unicode")
    return svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1)
