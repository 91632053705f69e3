"""
The public work programme: a section of the committee's page for the
current municipal year, and a page for each year with links to the others.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, render

from agenda.views.public import private_when_signed_in
from meetings.models import Committee
from scrutiny.page_sections import Section

from .. import dates, programme

FIRST_YEAR, LAST_YEAR = 1900, 2100


def committee_section(request, *, committee):
    """
    The committee page's work programme: this municipal year's, in one
    query; its own page links the earlier years.
    """
    year = programme.current_year()
    entries = programme.topics(committee, year, request.user)
    if not entries:
        return None
    return Section(
        "recommendations/public/_committee_work_programme.html",
        {
            "committee": committee,
            "year": year,
            "year_label": dates.municipal_year_label(year),
            "groups": programme.grouped(entries),
        },
    )


@private_when_signed_in
def work_programme(request, slug, year):
    committee = get_object_or_404(Committee, slug=slug)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise Http404("There is no such municipal year.")
    years = programme.years_of(committee)
    current = programme.current_year()
    if year not in years and year != current:
        raise Http404("This committee has no work programme for that year.")
    entries = programme.topics(committee, year, request.user)
    return render(
        request,
        "recommendations/public/work_programme.html",
        {
            "committee": committee,
            "year": year,
            "year_label": dates.municipal_year_label(year),
            "is_current": year == current,
            "groups": programme.grouped(entries),
            "earlier_years": programme.year_links([y for y in years if y < year], year),
            "later_years": programme.year_links([y for y in years if y > year], year),
        },
    )
