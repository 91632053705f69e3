"""
``/mgWebService.asmx/<method>``: ModernGov's web service over HTTP GET, as
its clients call it (see ``service.py`` for what each answer holds).
A parameter that cannot be read gets a 400 with a plain message; an unknown
method or meeting a 404; never a page of HTML.
"""

from django.http import HttpResponse
from django.views.decorators.http import require_safe

from . import service

XML = "text/xml; charset=utf-8"


def _answer(root, status=200):
    return HttpResponse(service.to_bytes(root), content_type=XML, status=status)


def _message(text, status):
    return HttpResponse(text + "\n", content_type="text/plain; charset=utf-8", status=status)


def _get_committees(request):
    return _answer(service.committees(request.user))


def _get_councillors_by_ward(request):
    return _answer(service.councillors_by_ward(request.user))


def _get_meetings(request):
    committee_id = service.read_id("lCommitteeId", request.GET.get("lCommitteeId"))
    return _answer(service.meetings(request.user, committee_id, *_dates(request)))


def _get_all_meetings_by_date(request):
    return _answer(service.all_meetings_by_date(request.user, *_dates(request)))


def _get_meeting(request):
    meeting_id = service.read_id("lMeetingId", request.GET.get("lMeetingId"))
    site_url = request.build_absolute_uri("/").rstrip("/")
    root = service.meeting(request.user, meeting_id, site_url=site_url)
    if root is None:
        return _message(f"There is no meeting {meeting_id}.", 404)
    return _answer(root)


def _dates(request):
    date_from = service.read_day("sFromDate", request.GET.get("sFromDate"))
    date_to = service.read_day("sToDate", request.GET.get("sToDate"))
    if date_from and date_to and date_to < date_from:
        raise service.BadRequest("sToDate must not be before sFromDate.")
    return date_from, date_to


METHODS = {
    "getcommittees": _get_committees,
    "getcouncillorsbyward": _get_councillors_by_ward,
    "getmeetings": _get_meetings,
    "getallmeetingsbydate": _get_all_meetings_by_date,
    "getmeeting": _get_meeting,
}


@require_safe
def web_service(request, method):
    handler = METHODS.get(method.lower())
    if handler is None:
        names = ", ".join(["GetCommittees", "GetCouncillorsByWard", "GetMeetings", "GetAllMeetingsByDate", "GetMeeting"])
        return _message(f"This web service has no method {method[:60]!r}; it answers {names}.", 404)
    try:
        return handler(request)
    except service.BadRequest as exc:
        return _message(str(exc), 400)
