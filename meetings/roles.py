"""
The three kinds of visitor, told apart by Django permissions that a data
migration gives to the "Clerks" and "Councillors" groups.
"""

CLERK_PERMISSION = "meetings.manage_business"
EXEMPT_PERMISSION = "agenda.view_exempt"

CLERKS_GROUP = "Clerks"
COUNCILLORS_GROUP = "Councillors"


def is_clerk(user):
    return bool(user and user.is_authenticated and user.has_perm(CLERK_PERMISSION))


def has_back_office(user):
    """
    Clerks and Django admin users: the accounts that can change the record,
    which may (or, with REQUIRE_TWO_FACTOR, must) use two-factor sign-in and
    are signed out when idle.
    """
    return bool(user and user.is_authenticated and (user.is_staff or is_clerk(user)))


def can_see_exempt(user):
    """Councillors (and clerks) may read items the public may not."""
    return bool(user and user.is_authenticated and user.has_perm(EXEMPT_PERMISSION))


def clerk_required(view):
    """
    Only clerks may use the back office: anonymous visitors are sent to sign
    in, and anyone else signed in is refused with 403.
    """
    from django.contrib.auth.decorators import login_required, permission_required

    return login_required(permission_required(CLERK_PERMISSION, raise_exception=True)(view))


class ClerkRequiredMixin:
    """The class-based view form of `clerk_required`."""

    @classmethod
    def as_view(cls, **initkwargs):
        return clerk_required(super().as_view(**initkwargs))
