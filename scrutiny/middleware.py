"""
Middleware for running in production: the Permissions-Policy header. (The
Content-Security-Policy header comes from django-csp, configured in settings.)
"""

from django.conf import settings


class PermissionsPolicyMiddleware:
    """Sends settings.PERMISSIONS_POLICY as the Permissions-Policy header on every response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
