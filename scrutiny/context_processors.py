from django.conf import settings


def council(request):
    """The council's name and the visitor's role, for the page frame."""
    user = request.user
    return {
        "council_name": settings.COUNCIL_NAME,
        "is_clerk": user.is_authenticated and user.has_perm("meetings.manage_business"),
    }
