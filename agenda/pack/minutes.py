"""
The printable minutes as a PDF: the public minutes page itself, as an
anonymous visitor is sent it, drawn by WeasyPrint with a print stylesheet
of its own (templates/agenda/pack/minutes.css) in place of the site's.
Drawing the page the public reads, rather than a copy of its template,
keeps the PDF saying exactly what the page says, and showing no more.
"""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from weasyprint import CSS

from ..views.public import minutes
from .assemble import draw

# The request headers the page needs to be rendered for the same site.
KEPT_HEADERS = ("HTTP_HOST", "SERVER_NAME", "SERVER_PORT", "wsgi.url_scheme", "HTTP_X_FORWARDED_PROTO")


def _anonymous_copy(request, path):
    """A GET of ``path`` on the same site by a visitor who is not signed in."""
    anonymous = HttpRequest()
    anonymous.method = "GET"
    anonymous.path = anonymous.path_info = path
    anonymous.META = {key: request.META[key] for key in KEPT_HEADERS if key in request.META}
    anonymous.user = AnonymousUser()
    anonymous.META["CSRF_COOKIE"] = ""  # never used: the minutes page has no form
    return anonymous


def public_minutes_html(request, meeting):
    """The minutes page's HTML as the public see it."""
    path = reverse("agenda:minutes", args=[meeting.pk])
    response = minutes(_anonymous_copy(request, path), pk=meeting.pk)
    response.render()
    return response.content.decode(response.charset), request.build_absolute_uri(path)


def build_minutes(request, meeting):
    """The minutes' PDF bytes."""
    html, page_url = public_minutes_html(request, meeting)
    stylesheet = CSS(string=render_to_string("agenda/pack/minutes.css"))
    static_url = request.build_absolute_uri(settings.STATIC_URL if settings.STATIC_URL.startswith("/")
                                            else "/" + settings.STATIC_URL)
    _, pdf = draw(html, base_url=page_url, static_url=static_url, stylesheets=[stylesheet])
    return pdf
