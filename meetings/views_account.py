"""
Signing in and a person's own account: the sign-in and its code step,
password reset by email, password change, and two-factor set-up.

The lockout rules are in ``meetings.lockout`` and the two-factor ones in
``meetings.two_factor``; these views turn HTTP into calls to them.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login as auth_login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django_otp import login as otp_login

from . import lockout, two_factor
from .forms_account import CodeForm, PasswordChangeForm, PasswordResetForm, SetPasswordForm
from .roles import has_back_office, is_clerk

# --- Signing in ----------------------------------------------------------------


def _start_page(user):
    """Where a person lands after signing in when no page was asked for."""
    if is_clerk(user):
        return reverse("clerk:dashboard")
    return reverse(settings.LOGIN_REDIRECT_URL)


class SignInView(auth_views.LoginView):
    """
    Sign in; clerks then start at their back office, everyone else at the
    home page. Someone with two-factor sign-in is not signed in yet when the
    password is right: the code step does that.
    """

    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        return _start_page(self.request.user)

    def form_valid(self, form):
        user = form.get_user()
        if not two_factor.has_device(user):
            return super().form_valid(form)
        # A fresh session key, so that a key planted before the password
        # cannot be used to submit codes.
        self.request.session.cycle_key()
        self.request.session[two_factor.PENDING_KEY] = {
            "user": user.pk,
            "backend": user.backend,
            "next": self.get_redirect_url(),
            "at": timezone.now().timestamp(),
        }
        return redirect("login_code")


@sensitive_post_parameters("code")
@never_cache
def sign_in_code(request):
    """The second step of signing in: the code from the authenticator app."""
    user = two_factor.pending_user(request.session, timezone.now().timestamp(), settings.SIGN_IN_CODE_SECONDS)
    device = two_factor.confirmed_device(user) if user else None
    if device is None:
        if request.session.pop(two_factor.PENDING_KEY, None):
            messages.info(request, "Sign in again: too long passed since you entered your password.")
        return redirect("login")
    username = user.get_username()
    if lockout.is_locked(request, username):
        request.session.pop(two_factor.PENDING_KEY, None)
        return lockout.locked_out(request)

    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        result = two_factor.check_code(device, form.cleaned_data["code"])
        if result.is_right:
            pending = request.session.pop(two_factor.PENDING_KEY)
            # django-otp marks the session verified when the user carries its device.
            user.otp_device = device
            auth_login(request, user, backend=pending["backend"])
            next_url = pending.get("next")
            if not (next_url and url_has_allowed_host_and_scheme(next_url, {request.get_host()})):
                next_url = _start_page(user)
            return redirect(next_url)
        form.add_error("code", result.message)
        if lockout.record_failure(request, username):
            request.session.pop(two_factor.PENDING_KEY, None)
    return render(request, "registration/sign_in_code.html", {"form": form})


# --- Passwords -----------------------------------------------------------------


class PasswordResetView(auth_views.PasswordResetView):
    """
    Ask for a reset link by email. The page after it reads the same whether
    or not the address belongs to an account.
    """

    form_class = PasswordResetForm
    email_template_name = "registration/password_reset_email.txt"
    subject_template_name = "registration/password_reset_subject.txt"
    success_url = reverse_lazy("account:password_reset_done")

    def form_valid(self, form):
        self.extra_email_context = {"council_name": settings.COUNCIL_NAME}
        return super().form_valid(form)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """
    Choose a new password from the emailed link. It also lifts a lockout of
    the account: whoever can read its email may sign in to it again.
    """

    form_class = SetPasswordForm
    success_url = reverse_lazy("account:password_reset_complete")

    def form_valid(self, form):
        response = super().form_valid(form)
        lockout.unlock(self.user.get_username())
        return response


class PasswordChangeView(auth_views.PasswordChangeView):
    form_class = PasswordChangeForm
    success_url = reverse_lazy("account:password_change_done")


# --- Your account and two-factor sign-in ---------------------------------------


def _account_page(request, remove_form=None, status=200):
    device = two_factor.confirmed_device(request.user)
    return render(
        request,
        "registration/account.html",
        {
            "offers_two_factor": has_back_office(request.user),
            "device": device,
            "remove_form": remove_form or CodeForm(),
            "require_two_factor": settings.REQUIRE_TWO_FACTOR,
        },
        status=status,
    )


@login_required
@never_cache
def account(request):
    """A person's account: change the password and, in the back office, two-factor sign-in."""
    return _account_page(request)


def _back_office_only(request):
    if not has_back_office(request.user):
        raise PermissionDenied


@login_required
@sensitive_post_parameters("code")
@never_cache
def two_factor_set_up(request):
    """Show a new device's secret as a QR code and text, and turn it on once a code from it is right."""
    _back_office_only(request)
    if two_factor.has_device(request.user):
        return redirect("account:overview")
    device = two_factor.device_to_confirm(request.user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        result = two_factor.confirm_device(user=request.user, device=device, code=form.cleaned_data["code"])
        if result.is_right:
            device.refresh_from_db()
            otp_login(request, device)
            messages.success(request, "Two-factor sign-in is on. Signing in will now ask for a code.")
            next_url = request.GET.get("next", "")
            if url_has_allowed_host_and_scheme(next_url, {request.get_host()}):
                return redirect(next_url)
            return redirect("account:overview")
        form.add_error("code", result.message)
    return render(
        request,
        "registration/two_factor_set_up.html",
        {
            "form": form,
            "qr_code": two_factor.qr_code_svg(device.config_url),
            "otpauth_uri": device.config_url,
            "secret": two_factor.secret_for_typing(device),
        },
    )


@login_required
@require_POST
@sensitive_post_parameters("code")
@never_cache
def two_factor_remove(request):
    """Turn two-factor sign-in off; it takes a code, so that an unattended session cannot."""
    _back_office_only(request)
    form = CodeForm(request.POST)
    if form.is_valid():
        result = two_factor.remove_device(user=request.user, code=form.cleaned_data["code"])
        if result.is_right:
            messages.success(request, "Two-factor sign-in is off.")
            return redirect("account:overview")
        form.add_error("code", result.message)
    return _account_page(request, remove_form=form)
