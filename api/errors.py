"""
Every error the API answers is JSON with a ``message`` a person can read
(and, for a bad query string, ``errors`` by parameter), never an HTML page:
see also ``scrutiny.views`` for the 404, 400 and 500 that Django itself
answers under /api/.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from rest_framework import exceptions
from rest_framework.views import exception_handler as drf_exception_handler

BAD_QUERY = "The query string has errors: "


def exception_handler(exc, context):
    if isinstance(exc, Http404):
        exc = exceptions.NotFound("There is no such record, or it is not public.")
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    response = drf_exception_handler(exc, context)
    if response is None:
        return None  # a server error: Django's handler500 answers it (as JSON under /api/)
    response.data = error_body(exc, response.data)
    return response


def error_body(exc, data):
    if isinstance(exc, exceptions.ValidationError):
        errors = data if isinstance(data, dict) else {"query": data}
        details = "; ".join(
            f"{name}: {' '.join(str(m) for m in (messages if isinstance(messages, list) else [messages]))}"
            for name, messages in errors.items()
        )
        return {"message": BAD_QUERY + details, "errors": errors}
    if isinstance(exc, exceptions.Throttled):
        wait = round(exc.wait) if exc.wait is not None else None
        when = f"in {wait} seconds" if wait is not None else "later"
        return {"message": f"Too many requests: try again {when}.", "retry_after": wait}
    detail = data.get("detail", "") if isinstance(data, dict) else data
    return {"message": str(detail)}
