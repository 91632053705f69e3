"""
OParl's object lists: pages of ``data``, with ``pagination`` and ``links``,
filtered by ``created_since``, ``created_until``, ``modified_since`` and
``modified_until``, and sized by ``limit`` (or OParl's ``elementsPerPage``).

A list holds the live objects by id, then the deleted ones by id (see
``records``): a stable order. A page's queries do not grow with its
length: the counts of the live records (unfiltered items and papers as
the table's count less the hidden ones': two) and of the deleted, the ids
of the page's live records, those records with their prefetches, and the
page of deleted ones where the page reaches them.
"""

import math
import re

from django.utils.dateparse import parse_datetime

from api.filters import _in_utc

# Objects a page, unless ``limit`` asks for fewer (or more, up to the most).
DEFAULT_LIMIT, MAX_LIMIT = 100, 500
# A meeting carries its whole agenda, so its pages are shorter.
LIMITS = {"meeting": (20, 100)}
FILTERS = {
    "created_since": ("oparl_created__gte", "created__gte"),
    "created_until": ("oparl_created__lte", "created__lte"),
    "modified_since": ("oparl_modified__gte", "modified__gte"),
    "modified_until": ("oparl_modified__lte", "modified__lte"),
}
# "2026-03-27T09:30:00+01:00" sent without encoding its "+", which then reads as a space.
UNENCODED_PLUS = re.compile(r"^(.*T[\d:.]+) (\d\d(?::?\d\d)?)$")


class BadQuery(Exception):
    """A query string this list cannot answer: the message says why."""


class NoSuchPage(Exception):
    pass


def moment_parameter(name, text):
    text = UNENCODED_PLUS.sub(r"\1+\2", text.strip())
    try:
        value = parse_datetime(text)
    except ValueError:
        value = None
    if value is None:
        raise BadQuery(
            f"Enter {name} as an ISO 8601 date and time, for example 2026-03-27T09:30:00+01:00 "
            "(with the + written %2B in an address)."
        )
    return _in_utc(value)


def whole_number(name, text, *, low, high):
    if not re.fullmatch(r"\d{1,9}", text.strip()):
        raise BadQuery(f"{name} must be a whole number from {low} to {high}.")
    number = int(text)
    if not low <= number <= high:
        raise BadQuery(f"{name} must be a whole number from {low} to {high}.")
    return number


def read_query(query, kind_name=""):
    """The filters, page and page size of a list's query string; ``BadQuery`` for a value that makes no sense."""
    filters = {name: moment_parameter(name, query[name]) for name in FILTERS if name in query}
    limit, most = LIMITS.get(kind_name, (DEFAULT_LIMIT, MAX_LIMIT))
    for name in ("limit", "elementsPerPage"):
        if name in query:
            limit = whole_number(name, query[name], low=1, high=most)
    page = whole_number("page", query["page"], low=1, high=10**9) if "page" in query else 1
    return filters, limit, page


def page_of(kind, live, query):
    """
    The live records and deleted rows on the page the query string asks
    for, with the page's numbers: (live, deleted, pagination).
    """
    filters, limit, page = read_query(query, kind.name)
    deleted = kind.deleted()
    for name, value in filters.items():
        live_lookup, deleted_lookup = FILTERS[name]
        live = live.filter(**{live_lookup: value})
        deleted = deleted.filter(**{deleted_lookup: value})
    live_total = live.count() if filters else kind.live_count()
    deleted_total = deleted.count()
    total = live_total + deleted_total
    pages = max(1, math.ceil(total / limit))
    if page > pages:
        raise NoSuchPage(f"This list has {pages} page{'s' if pages != 1 else ''}: there is no page {page}.")
    start, end = (page - 1) * limit, page * limit
    live_rows = []
    if start < live_total:
        # The page's ids first, so that the database works out what each
        # object shows (its times, its prefetched parts) for this page's
        # rows alone, not for every row an offset skips.
        ids = list(live.values_list("pk", flat=True)[start:end])
        live_rows = list(live.filter(pk__in=ids))
    deleted_rows = list(deleted[max(0, start - live_total):end - live_total]) if end > live_total else []
    pagination = {"totalElements": total, "elementsPerPage": limit, "currentPage": page, "totalPages": pages}
    return live_rows, deleted_rows, pagination


def page_links(request, pagination):
    """first, prev, self, next and last, keeping the query string's filters."""
    number, pages = pagination["currentPage"], pagination["totalPages"]

    def at(n):
        query = request.GET.copy()
        query.pop("page", None)
        if n > 1:
            query["page"] = n
        encoded = query.urlencode()
        return request.build_absolute_uri(request.path + (f"?{encoded}" if encoded else ""))

    links = {"first": at(1), "self": at(number), "last": at(pages)}
    if number > 1:
        links["prev"] = at(number - 1)
    if number < pages:
        links["next"] = at(number + 1)
    return links
