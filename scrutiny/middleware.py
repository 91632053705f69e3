"""
Middleware for running in production: one log line per request, and the
Permissions-Policy header. (The Content-Security-Policy header comes from
django-csp, configured in settings.)
"""

import json
import logging
import re
import time
import uuid
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.db import DatabaseError

logger = logging.getLogger("scrutiny.requests")

# A request ID from the proxy is kept when it looks like one (a UUID, a hex
# or base64 token); anything else is replaced, so that the log line and the
# header cannot carry arbitrary text.
REQUEST_ID = re.compile(r"[A-Za-z0-9._:+/=-]{1,128}")

# Query parameters and URL parts whose values must never reach the logs:
# tokens in password reset links, one-time codes, keys and the like.
SECRET_NAME = re.compile(r"token|pass|pwd|secret|key|sig|auth|session|otp|code", re.IGNORECASE)
REDACTED = "[redacted]"


class RequestLogMiddleware:
    """
    Logs each request as one JSON line on the "scrutiny.requests" logger:
    method, path, query string (secret-looking values redacted), status,
    duration in milliseconds, user id, remote address and request id. Request
    bodies are never logged, so a password posted to the sign-in form is not.

    The request id is the X-Request-ID header the proxy sent, when it has
    one, or a new one; it is set on the request (``request.request_id``) and
    returned in the response's X-Request-ID header, so a visitor's report of
    a failed page can be matched to its log line. The duration of a streamed
    file is the time to start sending it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        incoming = request.headers.get("X-Request-ID", "")
        request.request_id = incoming if REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
        response = self.get_response(request)
        duration_ms = round((time.perf_counter() - started) * 1000, 1)
        response["X-Request-ID"] = request.request_id
        logger.info(
            json.dumps(
                {
                    "method": request.method,
                    "path": _loggable_path(request),
                    "query": _loggable_query(request.META.get("QUERY_STRING", "")),
                    "status": response.status_code,
                    "duration_ms": duration_ms,
                    "user_id": _user_id(request),
                    "remote_addr": request.META.get("REMOTE_ADDR"),
                    "forwarded_for": request.headers.get("X-Forwarded-For"),
                    "request_id": request.request_id,
                },
                separators=(",", ":"),
            )
        )
        return response


def _loggable_path(request):
    """The path, with any secret-looking part the URL pattern names redacted."""
    path = request.path
    match = getattr(request, "resolver_match", None)
    if match is not None:
        for name, value in match.kwargs.items():
            if SECRET_NAME.search(name) and isinstance(value, str) and value:
                path = path.replace(value, REDACTED)
    return path


def _loggable_query(query_string):
    """The query string with the values of secret-looking parameters redacted."""
    if not query_string:
        return ""
    pairs = parse_qsl(query_string, keep_blank_values=True)
    return urlencode(
        [(name, REDACTED if SECRET_NAME.search(name) else value) for name, value in pairs],
        safe="[]",
    )


def _user_id(request):
    """The signed-in user's id, or None; a log line never fails a request."""
    user = getattr(request, "user", None)
    try:
        return user.pk if user is not None and user.is_authenticated else None
    except DatabaseError:
        return None


class PermissionsPolicyMiddleware:
    """Sends settings.PERMISSIONS_POLICY as the Permissions-Policy header on every response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
