"""
OParl 1.1 (https://oparl.org/) at /oparl/v1/: the System, the council as
its one Body, the Body's lists, and each object at its own address.

Answers are JSON, for anyone (CORS allows every origin) and the same for
everyone: see ``records`` for what is shown and ``objects`` for how. A bad
query string answers 400 and an unknown or never-public object 404, each
with a ``message``.
"""

from functools import wraps

from django.conf import settings
from django.db.models import Min
from django.http import JsonResponse

from meetings.models import Committee

from . import lists, objects, records
from .objects import OPARL_VERSION, Links

LIST_NAMES = {
    # URL name: the kind of object listed, and the Body's property that links to it.
    "organization_list": ("organization", "organization"),
    "person_list": ("person", "person"),
    "meeting_list": ("meeting", "meeting"),
    "paper_list": ("paper", "paper"),
    "membership_list": ("membership", "membership"),
    "agenda_item_list": ("agenda_item", "agendaItem"),
    "consultation_list": ("consultation", "consultation"),
    "file_list": ("file", "file"),
}


def answer(data, status=200):
    return JsonResponse(data, status=status, content_type="application/json; charset=utf-8",
                        json_dumps_params={"ensure_ascii": False})


def error(message, status):
    return answer({"message": message}, status=status)


def require_safe(view):
    """
    GET and HEAD only: anything else answers 405 in JSON, saying so (not the
    CSRF check's HTML page: these views change nothing, whatever is sent).
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            response = error("OParl is read-only: use GET.", 405)
            response["Allow"] = "GET, HEAD"
            return response
        return view(request, *args, **kwargs)

    wrapper.csrf_exempt = True
    return wrapper


def record_began():
    """
    When the System and Body were created (and last changed: neither changes
    but for the lists they link to): the first entry of the committees'
    history, when the record began.
    """
    first = records.history(Committee).aggregate(first=Min("history_date"))["first"]
    stamp = objects.moment(first or records.EPOCH)
    return {"created": stamp, "modified": stamp}


@require_safe
def system(request):
    """Where a client starts: the OParl version and the list of bodies."""
    links = Links(request)
    return answer({
        "id": links.path("oparl:system"),
        "type": f"{OPARL_VERSION}System",
        "oparlVersion": OPARL_VERSION,
        "name": f"{settings.COUNCIL_NAME}: committee record",
        "body": links.path("oparl:body_list"),
        "website": links.path("home"),
        "product": links.path("developers"),
        "contactName": settings.DEMOCRATIC_SERVICES_CONTACT,
        "web": links.path("home"),
        **record_began(),
    })


def body_object(links):
    data = {
        "id": links.path("oparl:body"),
        "type": f"{OPARL_VERSION}Body",
        "system": links.path("oparl:system"),
        "name": settings.COUNCIL_NAME,
        "website": links.path("home"),
        "contactName": settings.DEMOCRATIC_SERVICES_CONTACT,
        # The council's terms are not recorded here; OParl asks for the list all the same.
        "legislativeTerm": [],
        "classification": "Council",
        "web": links.path("home"),
        **record_began(),
    }
    for url_name, (_, prop) in LIST_NAMES.items():
        data[prop] = links.path(f"oparl:{url_name}")
    return data


@require_safe
def body_list(request):
    """The one body: the council."""
    links = Links(request)
    first = links.path("oparl:body_list")
    return answer({
        "data": [body_object(links)],
        "pagination": {"totalElements": 1, "elementsPerPage": 1, "currentPage": 1, "totalPages": 1},
        "links": {"first": first, "self": first, "last": first},
    })


@require_safe
def body(request):
    return answer(body_object(Links(request)))


def object_list(request, url_name):
    kind_name, _ = LIST_NAMES[url_name]
    kind = records.KINDS[kind_name]
    queryset, write = objects.WRITERS[kind_name]
    try:
        live, deleted, pagination = lists.page_of(kind, queryset(), request.GET)
    except lists.BadQuery as exc:
        return error(f"The query string has an error: {exc}", 400)
    except lists.NoSuchPage as exc:
        return error(str(exc), 404)
    links = Links(request)
    return answer({
        "data": [write(links, record) for record in live] + [objects.deleted(links, kind, row) for row in deleted],
        "pagination": pagination,
        "links": lists.page_links(request, pagination),
    })


def object_detail(request, kind_name, pk):
    kind = records.KINDS[kind_name]
    queryset, write = objects.WRITERS[kind_name]
    links = Links(request)
    record = queryset().filter(pk=pk).first()
    if record is not None:
        return answer(write(links, record))
    row = kind.deleted().filter(id=pk).first()
    if row is not None:
        return answer(objects.deleted(links, kind, row))
    return error(f"There is no {kind.type} {pk}, or it is not public.", 404)


def meeting_file_view(prop):
    @require_safe
    def view(request, pk):
        event = records.MEETING.annotated().select_related("committee").filter(pk=pk).first()
        data = objects.meeting_file(Links(request), event, prop) if event is not None else None
        if data is None:
            return error(f"Meeting {pk} has no published {prop}, or is not public.", 404)
        return answer(data)

    view.__name__ = prop
    view.__doc__ = "A meeting's agenda pack or minutes, once published, as an OParl File."
    return view


@require_safe
def meeting_location(request, pk):
    """A meeting's venue as an OParl Location, while the meeting is public."""
    event = records.MEETING.annotated().filter(pk=pk).first()
    data = objects.location(Links(request), event) if event is not None else None
    if data is None:
        return error(f"Meeting {pk} has no venue recorded, or is not public.", 404)
    return answer(data)


def list_view(url_name):
    @require_safe
    def view(request):
        return object_list(request, url_name)

    view.__name__ = url_name
    view.__doc__ = f"The OParl list of {LIST_NAMES[url_name][0]} objects."
    return view


def detail_view(kind_name):
    @require_safe
    def view(request, pk):
        return object_detail(request, kind_name, pk)

    view.__name__ = kind_name
    view.__doc__ = f"One OParl {records.KINDS[kind_name].type}, or what is kept of it once deleted."
    return view
