"""
The publications of a meeting's agenda as the public sees them: when the
agenda and each supplementary agenda were published and, for a late one,
the reason its items are considered as a matter of urgency (Local
Government Act 1972, s.100B(4)(b)), which is published beside the agenda,
in the agendas feed and in the minutes.

A publication is shown only through the items the visitor may see, which
the caller fetched through ``AgendaItem.objects.visible_to(user)``: one whose
items have all been deleted is left out, and one of exempt items lists them
as the public agenda does (number, title, Schedule 12A paragraph). Drafts
are in no publication, since publishing is what puts an item in one.
"""

from .models import AgendaPublication

# The provision under which a late item may be considered, printed with the reason.
URGENCY_PROVISION = "Local Government Act 1972, section 100B(4)(b)"

Listing = AgendaPublication.items.through


def publications_of(items):
    """
    The publications that put these visible items on the agenda, oldest
    first, each with ``shown_items`` (those of `items` it published); each
    item gets its ``publication``, the first that listed it, or None for an
    item entered before publications were recorded. One query.
    """
    by_pk = {item.pk: item for item in items}
    if not by_pk:
        return []
    listings = (
        Listing.objects.filter(agendaitem_id__in=by_pk)
        .select_related("agendapublication")
        .order_by("agendapublication__published_at", "agendapublication_id")
    )
    publications = {}
    for listing in listings:
        publication = publications.setdefault(listing.agendapublication_id, listing.agendapublication)
        if not hasattr(publication, "shown_items"):
            publication.shown_items = []
        item = by_pk[listing.agendaitem_id]
        publication.shown_items.append(item)
        if getattr(item, "publication", None) is None:
            item.publication = publication
    for item in items:
        item.publication = getattr(item, "publication", None)
    for publication in publications.values():
        publication.shown_items.sort(key=lambda item: (item.order, item.pk))
    return list(publications.values())


def item_publication(item):
    """The publication that first put this (visible) item on the agenda, or None."""
    return item.publications.order_by("published_at", "id").first()
