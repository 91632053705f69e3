"""
Locking out repeated failed sign-ins, with django-axes.

Axes counts failures for each username and for each address (see
AXES_LOCKOUT_PARAMETERS in the settings) and refuses every sign-in that
matches a locked one until the cool-off time has passed. The password step
goes through axes' authentication backend; the code step of two-factor
sign-in reports its failures here, so that guessing codes locks out too.
"""

import ipaddress

from axes.handlers.proxy import AxesProxyHandler
from axes.utils import reset
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import render
from django.utils import timezone
from django.utils.timesince import timeuntil


def client_ip_address(request):
    """
    The visitor's address. With TRUSTED_PROXY_COUNT = n, each of our n proxies
    added one address to the end of X-Forwarded-For, so the visitor's is the
    n-th from the end; anything before it came from the visitor and is not
    believed. With no trusted proxy the header is ignored.
    """
    remote = request.META.get("REMOTE_ADDR")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if len(forwarded) < count:
        return remote
    candidate = forwarded[-count]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote


def is_locked(request, username):
    """Whether axes refuses sign-in for this username or from this address now."""
    return not AxesProxyHandler.is_allowed(request, {"username": username})


def record_failure(request, username):
    """
    Count a failed sign-in that did not go through authenticate() (a wrong
    code). Axes marks the request locked out when this was one too many.
    """
    user_login_failed.send(sender=__name__, credentials={"username": username}, request=request)
    return bool(getattr(request, "axes_locked_out", False))


def unlock(username):
    """Forget the failed sign-ins for a username, as a password reset does."""
    return reset(username=username)


def locked_out(request, original_response=None, credentials=None):
    """The page for a visitor whose sign-in is locked (AXES_LOCKOUT_CALLABLE)."""
    now = timezone.now()
    return render(
        request,
        "registration/locked_out.html",
        {"cool_off": timeuntil(now + settings.AXES_COOLOFF_TIME, now)},
        status=429,
    )
