"""
When the database goes away (restarted, failed over, out of connections),
say so plainly with a 503, and make sure a change was either saved whole or
not at all.

A request that may change something (anything but GET, HEAD, OPTIONS and
TRACE) runs in one transaction, from the first middleware that can touch
the database to the view's last query, and is rolled back whenever it ends
in a server error. A clerk's save that meets a lost connection half-way
therefore saved nothing, and the 503 page can say so. This is
ATOMIC_REQUESTS for changes only: reads are left out because the search
engine sets planner options with SET LOCAL inside its own block, and in a
request-wide transaction those would last for the rest of the request.

Connections that died while idle (a database restart) are found by
CONN_HEALTH_CHECKS at the start of the next request and opened again, so the
site answers as soon as the database does, without restarting itself.
"""

import logging

from django.db import InterfaceError, OperationalError, connection, transaction
from django.http import HttpResponse
from django.template.loader import render_to_string

SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE")
RETRY_AFTER_SECONDS = 5

logger = logging.getLogger(__name__)


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in SAFE_METHODS:
            return self.get_response(request)
        try:
            # Open the connection (or find it dead) before anything is done.
            connection.cursor().close()
        except (OperationalError, InterfaceError):
            return self.unavailable(request)
        # A COMMIT that fails is not caught: whether it took effect is then
        # unknown, and the 500 page says the change may not have been saved.
        with transaction.atomic():
            response = self.get_response(request)
            if response.status_code >= 500:
                transaction.set_rollback(True)
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, (OperationalError, InterfaceError)):
            return self.unavailable(request)
        return None

    def unavailable(self, request):
        logger.warning("Database unavailable: %s %s answered 503", request.method, request.path, exc_info=True)
        # Rendered without the request: the context processors would read
        # the session, and so the database, again.
        content = render_to_string(
            "503.html", {"was_saving": request.method not in SAFE_METHODS, "retry_after": RETRY_AFTER_SECONDS}
        )
        response = HttpResponse(content, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
