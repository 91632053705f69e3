"""
What goes into the search index, and keeping it in step with the records.

An agenda item is indexed once its agenda is published; its decisions once
the meeting's decisions (or minutes) are published; its minutes once the
minutes are published; its papers with the agenda. Exempt items and exempt
papers are indexed but flagged, so that only councillors and clerks find
them. Drafts are never indexed, so nothing unpublished can be found.

``index_items`` rewrites the entries of some items from the records and is
called from the record's signals (``search.signals``), inside the
transaction that changed them: a publication, an edit, an item marked
exempt or a deletion is searchable, or not, as soon as it is committed,
and never before. ``rebuild`` writes the whole index afresh.
"""

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Prefetch
from django.utils import timezone

from agenda.models import AgendaItem, Resolution, SupportingDocument
from meetings.page_cache import bump_record_version
from scrutiny import richtext

from . import engines
from .models import SearchEntry
from .query import words_of

Kind = SearchEntry.Kind

# ts_headline and snippets read at most this much of a long paper.
MAX_DOCUMENT_TEXT = 1_000_000


@dataclass
class EntryText:
    """One index entry: where it points, and its text in four weighted parts."""

    kind: int
    item_id: int
    meeting_id: int
    committee_id: int
    held_on: object
    is_exempt: bool
    title: str
    resolutions: str = ""
    minutes: str = ""
    documents: str = ""
    resolution_id: int = None
    document_id: int = None

    @property
    def body(self):
        """The text a snippet is taken from (the title is shown on its own)."""
        return "\n".join(part for part in (self.resolutions, self.minutes, self.documents) if part)


# --- Text that apps built on the agenda add to a decision's entry ----------------

# (text_of, select_related, prefetch_related) for each app that registered.
_decision_texts = []


def register_decision_text(text_of, *, select_related=(), prefetch_related=()):
    """
    Index more text with each decision: ``text_of(resolution)`` gives it
    (or ""), reading only what ``select_related`` and ``prefetch_related``
    (lookups from the resolution) load. The text goes into the decision's
    own entry, so it is found exactly where and by whom the decision is;
    an app that registers keeps the index in step by calling
    ``index_items`` with the decision's item when its records change.
    ``search`` itself never imports the apps that register (the tracker
    adds the responses to recommendations this way).
    """
    entry = (text_of, tuple(select_related), tuple(prefetch_related))
    if entry not in _decision_texts:
        _decision_texts.append(entry)


def _decisions_queryset():
    queryset = Resolution.objects.order_by("order", "id")
    for _, select, prefetch in _decision_texts:
        if select:
            queryset = queryset.select_related(*select)
        if prefetch:
            queryset = queryset.prefetch_related(*prefetch)
    return queryset


def _decision_text(resolution):
    return _join(*(text_of(resolution) for text_of, _, _ in _decision_texts))


def _join(*parts):
    return "\n".join(part.strip() for part in parts if part and part.strip())


def entries_for(item, resolutions=None, documents=None):
    """
    The index entries an item should have now. ``item`` comes with its
    meeting, and its resolutions and documents prefetched, or given (all
    of them) as ``resolutions`` and ``documents``.
    """
    if resolutions is None:
        resolutions = item.resolutions.all()
    if documents is None:
        documents = item.documents.all()
    meeting = item.meeting
    if item.published_at is None or meeting.agenda_published_at is None or not meeting.is_announced:
        return []
    common = dict(
        item_id=item.pk,
        meeting_id=meeting.pk,
        committee_id=meeting.committee_id,
        held_on=timezone.localtime(meeting.start).date(),
    )
    decisions_published = meeting.are_decisions_published
    entries = [
        EntryText(
            kind=Kind.ITEM,
            is_exempt=item.is_exempt,
            title=item.title,
            # The words, not the stored markup: neither snippets nor suggestions learn "li" or "td".
            minutes=_join(
                richtext.to_text(item.description),
                richtext.to_text(item.minutes) if meeting.are_minutes_published else "",
                richtext.to_text(item.reason_for_decision) if decisions_published else "",
            ),
            **common,
        )
    ]
    if decisions_published:
        for resolution in resolutions:
            entries.append(
                EntryText(
                    kind=Kind.RESOLUTION,
                    resolution_id=resolution.pk,
                    is_exempt=item.is_exempt,
                    title=item.title,
                    resolutions=_join(item.preamble, resolution.text),
                    minutes=_decision_text(resolution),
                    **common,
                )
            )
    for document in documents:
        entries.append(
            EntryText(
                kind=Kind.DOCUMENT,
                document_id=document.pk,
                is_exempt=item.is_exempt or document.is_exempt,
                title=document.title,
                documents=document.extracted_text[:MAX_DOCUMENT_TEXT],
                **common,
            )
        )
    return entries


def items_with_records():
    return AgendaItem.objects.select_related("meeting").prefetch_related(
        Prefetch("resolutions", queryset=_decisions_queryset()),
        Prefetch(
            "documents",
            queryset=SupportingDocument.objects.order_by("order", "id").defer(
                "file", "original_filename", "content_type", "uploaded_by"
            ),
        ),
    )


def suggestible_words(text):
    """The words of some text that the list for suggestions keeps."""
    return {word for word in words_of(text) if 3 <= len(word) <= 40 and not word.isdigit()}


def new_words(entries):
    """The words of these entries, as (the public's, those of exempt entries only)."""
    public, exempt = set(), set()
    for entry in entries:
        words = exempt if entry.is_exempt else public
        for text in (entry.title, entry.resolutions, entry.minutes, entry.documents):
            words |= suggestible_words(text)
    return public, exempt - public


class _Pending:
    """The items changed inside ``deferred()`` blocks, waiting to be indexed at their end."""

    def __init__(self):
        self.item_ids = set()
        self.in_hand = {}


_pending = ContextVar("search_pending_items", default=None)


@contextmanager
def deferred():
    """
    Index the items changed inside the block once, when it ends. An import
    saves an item, then each of its resolutions and papers, and every save
    would otherwise rewrite the item's entries again. Use it inside the
    transaction that makes the changes, so the index is written in it too.
    """
    pending = _Pending()
    token = _pending.set(pending)
    try:
        yield
    finally:
        _pending.reset(token)
    index_items(pending.item_ids, in_hand=pending.in_hand.values())


@transaction.atomic
def index_items(item_ids, *, in_hand=()):
    """
    Rewrite the index entries of these items from the records.

    ``in_hand``: (item, resolutions, documents) of items just created, with
    their meeting and every resolution and paper they have, indexed from
    these records rather than read back: an import creates thousands. An
    item changed again afterwards in a ``deferred()`` block is read back.
    """
    item_ids = set(item_ids)
    in_hand = {item.pk: (item, resolutions, documents) for item, resolutions, documents in in_hand}
    pending = _pending.get()
    if pending is not None:
        for item_id in item_ids:
            pending.in_hand.pop(item_id, None)
        pending.item_ids.update(item_ids)
        pending.in_hand.update(in_hand)
        return
    item_ids = sorted(item_ids | in_hand.keys())
    if not item_ids:
        return
    engine = engines.get()
    engine.delete_items(item_ids)
    entries = [entry for records in _items_in_order(item_ids, in_hand) for entry in entries_for(*records)]
    if entries:
        engine.write(entries)
        engine.add_words(*new_words(entries))


def _items_in_order(item_ids, in_hand):
    """
    (item, resolutions, documents) of each item, in the order the records
    are read in, so that the entries' ids follow the agenda as before; the
    items not in hand are read with their records (and given as (item, None, None)).
    """
    to_read = [item_id for item_id in item_ids if item_id not in in_hand]
    read = items_with_records().filter(pk__in=to_read) if to_read else []
    if not in_hand:
        return [(item, None, None) for item in read]
    read = {item.pk: (item, None, None) for item in read}
    in_hand = {
        item_id: (item, sorted(resolutions, key=_by_order), sorted(documents, key=_by_order))
        for item_id, (item, resolutions, documents) in in_hand.items()
    }
    if not read and len({item.meeting_id for item, _, _ in in_hand.values()}) == 1:
        order = sorted(in_hand, key=lambda item_id: _by_order(in_hand[item_id][0]))
    else:
        order = AgendaItem.objects.filter(pk__in=item_ids).values_list("pk", flat=True)
    return [in_hand.get(item_id) or read[item_id] for item_id in order if item_id in in_hand or item_id in read]


def _by_order(record):
    """An item in its meeting, a resolution or paper in its item: as their models' ``Meta.ordering``."""
    return record.order, record.pk


# The order a rebuild writes the index in: by committee, then date, so that
# the entries of one committee's years lie together in the table, and a
# search filtered by committee and dates reads few of its pages.
REBUILD_ORDER = ("meeting__committee_id", "meeting__start", "pk")


# Threads writing a rebuild at once where the engine allows it: each keeps
# a database connection busy working out its entries' vectors.
REBUILD_WORKERS = min(4, os.cpu_count() or 1)


def rebuild(batch_size=500, progress=None, stage=None, workers=1):
    """
    Write the whole index afresh from the records, in one transaction, so
    searches see the old index until the new one is complete. ``progress``
    is called with the number of items done after each batch, and
    ``stage`` with a line telling each step after the items.

    ``workers``: where the engine lets several connections write a rewrite
    (PostgreSQL), that many threads read and write the items at once, each
    on its own connection and taking whole committees, so that a
    committee's entries still lie together. Not inside a transaction: the
    threads could not see what it has not committed.
    """
    engine = engines.get()
    shared = workers > 1 and engine.shares_rewriting and not connection.in_atomic_block
    try:
        with transaction.atomic(), engine.rewriting(stage, shared=shared) as write:
            items = list(
                AgendaItem.objects.published().order_by(*REBUILD_ORDER).values_list("pk", "meeting__committee_id")
            )
            streams = _streams(items, workers if shared else 1)
            if shared:
                words = _written_by_threads(streams, write, batch_size, progress)
            else:
                words = [_written(stream, write, batch_size, progress) for stream in streams]
            public_words = set().union(*(public for public, _ in words))
            exempt_words = set().union(*(exempt for _, exempt in words))
            engine.add_words(public_words, exempt_words - public_words)
            # The engine writes without signals: retire the kept search pages.
            bump_record_version()
    except BaseException:
        if shared:
            engine.discard_rewriting()
        raise
    engine.optimise()
    return len(items)


def _streams(items, count):
    """
    The ids of ``items`` ((id, committee id), in the rebuild's order) in
    ``count`` streams of whole committees, as even as the committees'
    sizes allow, each in the rebuild's order.
    """
    committees = {}
    for position, (item_id, committee_id) in enumerate(items):
        committees.setdefault(committee_id, []).append((position, item_id))
    streams = [[] for _ in range(max(1, count))]
    for rows in sorted(committees.values(), key=len, reverse=True):
        min(streams, key=len).extend(rows)
    return [[item_id for _, item_id in sorted(stream)] for stream in streams if stream]


def _written(item_ids, write, batch_size, progress, stop=None):
    """Write the entries of ``item_ids``, a batch at a time; their words, as ``new_words`` gives them."""
    public_words, exempt_words = set(), set()
    for start in range(0, len(item_ids), batch_size):
        if stop is not None and stop.is_set():
            break
        batch = item_ids[start : start + batch_size]
        entries = [
            entry
            for item in items_with_records().filter(pk__in=batch).order_by(*REBUILD_ORDER)
            for entry in entries_for(item)
        ]
        write(entries)
        public, exempt = new_words(entries)
        public_words |= public
        exempt_words |= exempt
        if progress:
            progress(len(batch))
    return public_words, exempt_words


def _written_by_threads(streams, write, batch_size, progress):
    """
    Write each stream in a thread of its own, in a transaction on the
    thread's own connection; the first error stops the others and is raised.
    """
    stop, lock = threading.Event(), threading.Lock()

    def told(done):
        with lock:
            progress(done)

    def work(item_ids):
        try:
            with transaction.atomic():
                return _written(item_ids, write, batch_size, progress and told, stop)
        except BaseException:
            stop.set()
            raise
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(streams)) as pool:
        futures = [pool.submit(work, stream) for stream in streams]
    return [future.result() for future in futures]
