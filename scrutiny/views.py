"""The health check, for load balancers and uptime monitors, and the pages for a refused form."""

import logging

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.template.defaultfilters import filesizeformat
from django.views.defaults import bad_request as django_bad_request
from django.views.defaults import page_not_found as django_page_not_found
from django.views.defaults import server_error as django_server_error
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@never_cache
@require_safe
def health(request):
    """
    200 {"status": "ok", "database": "ok"} when the database answers a
    ``SELECT 1``; 503 with "database": "error" when it cannot be reached, so
    the load balancer takes this server out of rotation. It answers over
    plain HTTP too (settings.SECURE_REDIRECT_EXEMPT), but the request's Host
    must be in ALLOWED_HOSTS like any other.
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database cannot be reached")
        return JsonResponse({"status": "error", "database": "error"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def csrf_failure(request, reason=""):
    """
    A form refused by the CSRF check, most often because the page was open so
    long that its session ended: the site's own page, where Django's has an
    inline style that the Content-Security-Policy blocks.
    """
    return render(request, "403_csrf.html", status=403)


def bad_request(request, exception=None):
    """
    Django's 400 page, except for a form too large to read (more than
    DATA_UPLOAD_MAX_MEMORY_SIZE): that answers 413 with a page saying the
    limit and that nothing was saved, rather than a bare "bad request". The
    request's form can no longer be read, so the page uses nothing from it.
    """
    if _is_api(request):
        return JsonResponse({"message": "Bad request."}, status=400)
    if isinstance(exception, RequestDataTooBig):
        html = loader.render_to_string(
            "413.html", {"limit": filesizeformat(settings.DATA_UPLOAD_MAX_MEMORY_SIZE),
                         "item_text_max": settings.ITEM_TEXT_MAX_CHARS}
        )
        return HttpResponse(html, status=413)
    return django_bad_request(request, exception)


# Programs reading /api/ and /oparl/ are answered in JSON even where Django
# itself answers (an address that matches no URL, a bad Host, a server error).
API_PREFIX = "/api/"
OPARL_PREFIX = "/oparl/"


def _is_api(request):
    return request.path.startswith((API_PREFIX, OPARL_PREFIX))


def page_not_found(request, exception=None):
    if request.path.startswith(OPARL_PREFIX):
        return JsonResponse({"message": "There is no such address in OParl: start at /oparl/v1/."}, status=404)
    if _is_api(request):
        return JsonResponse({"message": "There is no such address in the API: see /api/v1/."}, status=404)
    return django_page_not_found(request, exception)


def server_error(request):
    if _is_api(request):
        return JsonResponse({"message": "Something went wrong on the server; it has been logged."}, status=500)
    return django_server_error(request)
