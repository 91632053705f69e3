"""
Rules about signed-in sessions that hold for every page: a clerk's session
ends after a spell of idleness, and the back office and the admin need a
session that passed the two-factor code step whenever its user has a device
(or, with REQUIRE_TWO_FACTOR, a device at all).
"""

from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.timesince import timesince

from . import two_factor
from .roles import has_back_office

LAST_ACTIVITY_KEY = "last_activity"
# Save the time of a request only when the saved one is older than this, so
# that a clerk's clicks do not each write the session.
ACTIVITY_RESOLUTION_SECONDS = 60


def note_sign_in_time(sender, request, user, **kwargs):
    """Start the idle clock at sign-in (connected to user_logged_in)."""
    if request is not None and hasattr(request, "session"):
        request.session[LAST_ACTIVITY_KEY] = timezone.now().timestamp()


def _sign_in_again(request, message):
    logout(request)
    messages.info(request, message)
    path = request.get_full_path() if request.method == "GET" else request.path
    return redirect_to_login(path)


class ClerkSessionIdleMiddleware:
    """
    Sign a clerk or admin out when CLERK_SESSION_IDLE_SECONDS have passed
    since their last request, and say so on the next page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_back_office(request.user):
            now = timezone.now().timestamp()
            last = request.session.get(LAST_ACTIVITY_KEY)
            idle_limit = settings.CLERK_SESSION_IDLE_SECONDS
            if last is not None and now - last > idle_limit:
                # The request goes on as a visitor's: a back-office page then
                # sends them to the sign-in page, which shows this message.
                then = timezone.now() - timedelta(seconds=idle_limit)
                logout(request)
                messages.info(
                    request,
                    f"You were signed out because you had not used the site for {timesince(then)}. "
                    "Sign in again to carry on.",
                )
            elif last is None or now - last > ACTIVITY_RESOLUTION_SECONDS:
                request.session[LAST_ACTIVITY_KEY] = now
        return self.get_response(request)


class TwoFactorRequiredMiddleware:
    """
    Guard the back office and the admin. A session of a user who has a
    device but did not enter a code (it began before the device was set up)
    must sign in again; with REQUIRE_TWO_FACTOR, a clerk or superuser with no
    device is sent to set one up first.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._is_guarded(request.path) and request.user.is_authenticated and not request.user.is_verified():
            if two_factor.has_device(request.user):
                return _sign_in_again(request, "Sign in again with the code from your authenticator app.")
            if settings.REQUIRE_TWO_FACTOR and has_back_office(request.user):
                messages.info(request, "Set up two-factor sign-in before you use the back office.")
                query = urlencode({"next": request.get_full_path()})
                return redirect(f"{reverse('account:two_factor_set_up')}?{query}")
        return self.get_response(request)

    @staticmethod
    def _is_guarded(path):
        prefixes = []
        for name in ("clerk:dashboard", "admin:index"):
            try:
                prefixes.append(reverse(name))
            except NoReverseMatch:  # a URL configuration without the back office
                pass
        return path.startswith(tuple(prefixes))
