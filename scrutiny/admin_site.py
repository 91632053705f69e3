"""
Django's admin, behind the site's own sign-in.

The admin has no sign-in form of its own: /admin/login/ sends visitors to
/sign-in/, so the admin has the same lockout and two-factor code step as the
rest of the site. A user who has set up two-factor sign-in may use the admin
only from a session that passed the code step (as with django-otp's
OTPAdminSite, but without making a device compulsory unless
REQUIRE_TWO_FACTOR says so).
"""

from django.contrib import admin
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from meetings import two_factor


class AdminSite(admin.AdminSite):
    def has_permission(self, request):
        return super().has_permission(request) and two_factor.session_is_trusted(request)

    def login(self, request, extra_context=None):
        if request.user.is_authenticated:
            # Signed in, but not as someone who may use the admin.
            raise PermissionDenied
        next_url = request.GET.get(REDIRECT_FIELD_NAME) or reverse("admin:index", current_app=self.name)
        return redirect_to_login(next_url, reverse("login"))
