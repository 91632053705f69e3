"""
``api_alternate``: the address of the API's JSON for the public page being
shown, for ``<link rel="alternate" type="application/json">`` in the page
head (templates/base.html), so that a program that finds a page finds its
data. Read from the page's URL name and arguments, so that no view of the
apps below needs to know about the API.
"""

from urllib.parse import urlencode

from django.urls import reverse

# A public page's URL name: the API's URL name, the argument it takes from
# the page's, and the query parameters passed on as they are.
ALTERNATES = {
    "meetings:committee_list": ("api:committee-list", None, ()),
    "meetings:committee": ("api:committee-detail", "slug", ()),
    "agenda:meeting": ("api:meeting-detail", "pk", ()),
    "agenda:item": ("api:item-detail", "pk", ()),
    "agenda:decisions": ("api:resolution-list", None, ("committee", "date_from", "date_to")),
    "agenda:resolution": ("api:resolution-detail", "pk", ()),
    "agenda:councillor": ("api:person-detail", "slug", ()),
    "search": ("api:search", None, ("q", "committee", "date_from", "date_to", "type", "sort", "page")),
}


def api_alternate(request):
    match = getattr(request, "resolver_match", None)
    alternate = ALTERNATES.get(match.view_name) if match else None
    if alternate is None:
        return {}
    name, argument, passed_on = alternate
    url = reverse(name, args=[match.kwargs[argument]] if argument else [])
    query = {key: request.GET[key] for key in passed_on if request.GET.get(key)}
    return {"api_alternate": f"{url}?{urlencode(query)}" if query else url}
