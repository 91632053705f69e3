from django.core.paginator import InvalidPage
from django.http import Http404
from django.shortcuts import render

from agenda.views.public import private_when_signed_in
from meetings.roles import can_see_exempt

from . import service
from .forms import SearchForm


@private_when_signed_in
def search(request):
    """
    The search page. Everything is in the query string, so a search can be
    shared and bookmarked. Filters that make no sense are shown as errors
    beside the field (with a 400); a query with nothing to search for gets
    a hint, never an error page.
    """
    form = SearchForm(request.GET)
    context = {"form": form, "can_see_exempt": can_see_exempt(request.user)}
    if not form.is_valid():
        return render(request, "search/search.html", context, status=400)
    page_number = request.GET.get("page", "1")
    try:
        outcome = service.search(
            form.cleaned_data["q"], user=request.user, page_number=page_number, **form.search_arguments()
        )
    except InvalidPage:
        raise Http404("There is no such page of results.")
    # Something typed that holds no word at all (only punctuation, or
    # control characters from a crafted link) still gets the hint.
    searched = bool(request.GET.get("q", "").strip())
    context.update(outcome=outcome, query=outcome.query, searched=searched)
    return render(request, "search/search.html", context)
