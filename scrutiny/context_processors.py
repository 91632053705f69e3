from django.conf import settings

from meetings.roles import is_clerk


def council(request):
    """The council's name and the visitor's role, for the page frame."""
    # A request refused before the auth middleware ran (a bad Host header)
    # has no user, and its error page must still render.
    return {
        "council_name": settings.COUNCIL_NAME,
        # The first part of the path names the section of the site, for the navigation.
        "nav_section": request.path.split("/")[1] if request.path.count("/") > 1 else "",
        "is_clerk": is_clerk(getattr(request, "user", None)),
    }
