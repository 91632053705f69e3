"""
One search, from the parsed query to the page of results shown: the count,
the ranked page, the highlighted snippets and, when nothing is found, a
spelling suggestion. Engines are in ``search.engines``.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe

from agenda.models import MinutesCorrection
from meetings.roles import can_see_exempt

from . import engines
from .engines import MARK_END, MARK_START, Filters
from .indexing import entries_for, items_with_records, suggestible_words
from .models import SearchEntry, SearchWord
from .query import parse

RESULTS_PER_PAGE = 20
# Counting every match of a broad query costs more than the number is worth:
# counts are exact up to here, and "more than 10,000" beyond.
COUNT_CAP = 10_000

Kind = SearchEntry.Kind


def marked(text):
    """Escape a snippet, then turn the engine's match markers into <mark>."""
    html = escape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    return mark_safe(html)


@dataclass
class Result:
    kind: int
    kind_label: str
    url: str
    title: str
    snippet: str
    entry: SearchEntry
    # Corrections to the decision (or to the item's minutes) the visitor may read.
    corrections: list = field(default_factory=list)

    @property
    def item(self):
        return self.entry.item

    @property
    def meeting(self):
        return self.entry.meeting

    @property
    def committee(self):
        return self.entry.committee


@dataclass
class Results:
    query: object
    count: int = 0
    more_than_count: bool = False
    page: object = None
    results: list = field(default_factory=list)
    suggestion: str = ""


def search(text, *, user, committee=None, date_from=None, date_to=None, kind=None,
           sort="relevance", page_number=1):
    """
    Search what ``user`` may read. Raises django.core.paginator.InvalidPage
    for a page number that is not a page of these results.
    """
    query = parse(text)
    outcome = Results(query=query)
    if query.is_empty:
        return outcome
    engine = engines.get()
    filters = Filters(
        include_exempt=can_see_exempt(user),
        committee_id=committee.pk if committee else None,
        date_from=date_from,
        date_to=date_to,
        kind=kind,
    )
    number = Paginator(range(COUNT_CAP), RESULTS_PER_PAGE).validate_number(page_number)
    ids, count = engine.search(
        query, filters, sort=sort, offset=(number - 1) * RESULTS_PER_PAGE, limit=RESULTS_PER_PAGE,
        cap=COUNT_CAP + 1,
    )
    outcome.count = min(count, COUNT_CAP)
    outcome.more_than_count = count > COUNT_CAP
    outcome.page = Paginator(range(outcome.count), RESULTS_PER_PAGE).page(number)
    if ids:
        outcome.results = _with_corrections(_results(engine, query, ids), user)
    elif not count:
        outcome.suggestion = _suggestion(engine, query, filters)
    return outcome


def _results(engine, query, ids):
    entries = SearchEntry.objects.select_related(
        "meeting", "committee", "resolution", "document"
    ).in_bulk(ids)
    # The text of each result, read from the records by the rules that
    # indexed it: an entry whose record changed since is left out.
    texts = {}
    for item in items_with_records().filter(pk__in={entry.item_id for entry in entries.values()}):
        for text in entries_for(item):
            texts[_key(text)] = (item, text)
    shown = []
    for entry_id in ids:
        entry = entries.get(entry_id)
        key = entry and _key(entry)
        if key in texts:
            entry.item, text = texts[key]
            shown.append((entry, text))

    highlights = engine.highlight(query, shown)

    return [
        Result(
            kind=entry.kind,
            kind_label=entry.get_kind_display(),
            url=_url(entry),
            title=marked(title),
            snippet=marked(snippet),
            entry=entry,
        )
        for (entry, _), (title, snippet) in zip(shown, highlights)
    ]


def _with_corrections(results, user):
    """
    Mark what was corrected: a decision with the corrections naming it, an
    item with those to its minutes. Only corrections `user` may read.
    """
    wanted = [result for result in results if result.kind in (Kind.RESOLUTION, Kind.ITEM)]
    if not wanted:
        return results
    corrections = MinutesCorrection.objects.visible_to(user).filter(
        item_id__in={result.entry.item_id for result in wanted}
    ).order_by("recorded_at", "id")
    for result in wanted:
        if result.kind == Kind.RESOLUTION:
            result.corrections = [c for c in corrections if c.resolution_id == result.entry.resolution_id]
        else:
            result.corrections = [c for c in corrections if c.item_id == result.entry.item_id]
    return results


def _key(entry):
    """What an index entry, or the text it was made from, stands for: (kind, record id)."""
    return (entry.kind, entry.resolution_id or entry.document_id or entry.item_id)


def _url(entry):
    if entry.kind == Kind.RESOLUTION:
        return reverse("agenda:resolution", args=[entry.resolution_id])
    if entry.kind == Kind.DOCUMENT:
        return reverse("agenda:document", args=[entry.document_id])
    return reverse("agenda:item", args=[entry.meeting_id, entry.item_id])


# How many entries found by a suggested word's stem are read to find the
# word itself, as spelt, in what the visitor may read.
SUGGESTION_CHECKS = 20


def _suggestion(engine, query, filters):
    """
    A respelling of the query that finds something this visitor may read, or ''.

    Each word put in is itself checked, as spelt, against the text of
    entries the visitor may read: checking only that the whole respelt query
    finds something would let one alternative of an OR vouch for a word
    seen only in an exempt paper, a draft or a deleted item.
    """
    public_only = not filters.include_exempt
    words = {word for term in query.terms for word in term.words if len(word) >= 3 and not word.isdigit()}
    known = SearchWord.objects.filter(word__in=words)
    if public_only:
        known = known.filter(is_public=True)
    known = set(known.values_list("word", flat=True))
    corrections = {}
    for word in sorted(words - known):
        for candidate in engine.close_words(word, public_only=public_only):
            if candidate != word and _readable_word(engine, candidate, filters):
                corrections[word] = candidate
                break
    if not corrections:
        return ""
    suggestion = query.replace_words(corrections)
    respelt = parse(suggestion)
    if respelt.is_empty or not engine.count(respelt, filters, 1):
        return ""
    return suggestion


def _readable_word(engine, word, filters):
    """Whether ``word``, as spelt, is in the text of an entry the visitor may read."""
    query = parse(word)
    if query.is_empty:
        return False  # a word that is no query on its own (punctuation, a lone operator)
    ids, _ = engine.search(
        query, filters, sort="newest", offset=0, limit=SUGGESTION_CHECKS, cap=SUGGESTION_CHECKS
    )
    entries = SearchEntry.objects.filter(pk__in=ids)
    wanted = {_key(entry) for entry in entries}
    for item in items_with_records().filter(pk__in={entry.item_id for entry in entries}):
        for text in entries_for(item):
            if _key(text) in wanted and (text.is_exempt <= filters.include_exempt) and any(
                word in suggestible_words(part) for part in (text.title, text.resolutions, text.minutes, text.documents)
            ):
                return True
    return False
