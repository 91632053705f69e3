"""
Sections that an app higher up adds to the pages of the apps below it.

``meetings`` and ``agenda`` must not import the apps built on them (the
tracker of recommendations and actions, say), yet a committee's page should
show its work programme and a meeting's page its actions arising. So the
lower app's view asks for the sections of a named place, and the higher app
registers, in its ``AppConfig.ready``, a provider for that place::

    page_sections.register("committee", work_programme_section)

A provider is called with the request and the place's records, as keyword
arguments, and returns a ``Section`` (a template and its context) or None
when it has nothing to show. It must read through the same ``visible_to``
querysets as the page, and in a fixed number of queries.

The places, and the records each is given:

=================  =============================================================
``committee``      ``committee`` — the public committee page
``meeting``        ``meeting`` — the public meeting page
``item``           ``item`` — the public agenda item page
``minutes``        ``meeting``, ``items`` — the printable minutes (page and PDF)
``clerk_start``    (none) — the clerks' start page
``clerk_meeting``  ``meeting`` — the clerks' page for a meeting
=================  =============================================================

A template includes them with ``{% include "_page_sections.html" %}``, which
renders each section's template with ``section`` set to its context.
"""

from collections import defaultdict
from dataclasses import dataclass, field

PLACES = {"committee", "meeting", "item", "minutes", "clerk_start", "clerk_meeting"}

_providers = defaultdict(list)


@dataclass
class Section:
    template: str
    context: dict = field(default_factory=dict)


def register(place, provider):
    if place not in PLACES:
        raise ValueError(f"No page has a place called {place!r}; the places are {sorted(PLACES)}.")
    if provider not in _providers[place]:
        _providers[place].append(provider)


def sections(place, request, **records):
    """The sections registered for ``place``, in the order their apps are installed."""
    found = []
    for provider in _providers[place]:
        section = provider(request, **records)
        if section is not None:
            found.append(section)
    return found


# --- Links beside a record -------------------------------------------------------
#
# A page that lists resolutions shows, beside each, links that a higher app
# adds (the tracked recommendation a resolution became, say)::
#
#     page_sections.register_links("resolution", recommendation_links)
#
# A provider is called with the request and the records shown, and returns
# {record pk: [Link, ...]} in ONE query for all of them, through the same
# ``visible_to`` querysets as the page; it runs no query for an empty list.

LINK_PLACES = {"resolution"}

_link_providers = defaultdict(list)


@dataclass(frozen=True)
class Link:
    text: str
    url: str


def register_links(place, provider):
    if place not in LINK_PLACES:
        raise ValueError(f"No record takes links called {place!r}; the places are {sorted(LINK_PLACES)}.")
    if provider not in _link_providers[place]:
        _link_providers[place].append(provider)


def links(place, request, records):
    """{record pk: [Link, ...]} from every provider registered for ``place``."""
    records = list(records)
    found = defaultdict(list)
    if not records:
        return found
    for provider in _link_providers[place]:
        for pk, record_links in provider(request, records).items():
            found[pk].extend(record_links)
    return found


def add_links(place, request, records, attr="extra_links"):
    """Give each record ``attr``: its links from ``links()``, for a template to loop over."""
    records = list(records)
    found = links(place, request, records)
    for record in records:
        setattr(record, attr, found.get(record.pk, []))
    return records
