"""
A rebuild on PostgreSQL written by several connections at once, each taking
whole committees: it writes exactly what one connection writes, searches
read the old index until it is in place, a save made meanwhile waits for
it and is in the new index, and one that fails leaves the old index and no
table behind.
"""

import threading

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection

from agenda.models import AgendaItem
from search import indexing, service
from search.engines.postgres import PostgresEngine
from tests import factories

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's shared rebuild"),
    pytest.mark.django_db(transaction=True),
]


def _index():
    """Everything a rebuild writes: the entries with their vectors, the list of scores and the list of words."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT kind, item_id, resolution_id, document_id, meeting_id, committee_id, held_on, is_exempt, "
            "vector::text, title_vector::text, rank_vector::text, phrase_vector::text FROM search_searchentry"
        )
        entries = sorted(cursor.fetchall(), key=repr)
        cursor.execute("SELECT word, score FROM search_searchscore")
        scores = sorted(cursor.fetchall())
        cursor.execute("SELECT word, is_public FROM search_searchword")
        words = sorted(cursor.fetchall())
    return entries, scores, words


def _left_behind():
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass('search_searchentry_fresh'), to_regclass('search_searchscore_fresh')")
        return [name for name in cursor.fetchone() if name is not None]


def _found(words):
    return sorted(result.entry.item_id for result in service.search(words, user=AnonymousUser()).results)


def _committees():
    """Three committees' items, with decisions, papers and an exempt item."""
    items = []
    for title in ("Heron colony survey", "Otter holt restoration", "Kestrel nest boxes"):
        meeting = factories.MeetingFactory()
        for number in range(3):
            item = factories.AgendaItemFactory(meeting=meeting, title=f"{title} {number}")
            factories.ResolutionFactory(item=item, text=f"That the {title.lower()} continue, and care of leavers {number}.")
            factories.DocumentFactory(item=item, title=f"{title} report {number}")
            items.append(item)
    factories.AgendaItemFactory(
        meeting=items[0].meeting, title="Heron colony land purchase", is_exempt=True, exempt_paragraph=3
    )
    return items


def _threads_writing(monkeypatch):
    """The names of the threads that write entries, as they write."""
    names = set()
    original = PostgresEngine.write

    def write(self, entries, *args, **kwargs):
        names.add(threading.current_thread().name)
        return original(self, entries, *args, **kwargs)

    monkeypatch.setattr(PostgresEngine, "write", write)
    return names


def test_a_rebuild_by_several_connections_writes_what_one_connection_writes(monkeypatch):
    _committees()
    indexing.rebuild(batch_size=1)
    by_one = _index()
    assert by_one[0] and by_one[1] and by_one[2]
    writers = _threads_writing(monkeypatch)

    assert indexing.rebuild(batch_size=1, workers=3) == AgendaItem.objects.published().count()

    assert len(writers) == 3 and threading.current_thread().name not in writers
    assert _index() == by_one
    assert _left_behind() == []
    assert _found("kestrel") and _found("otter") and _found("heron")


def test_a_committee_is_written_by_one_connection_in_the_rebuilds_order():
    items = [(1, "a"), (2, "b"), (3, "a"), (4, "c"), (5, "a"), (6, "b"), (7, "d")]

    streams = indexing._streams(items, 2)

    assert streams == [[1, 3, 5, 7], [2, 4, 6]]
    assert indexing._streams(items, 1) == [[1, 2, 3, 4, 5, 6, 7]]
    # More connections than committees: one each, none empty.
    assert sorted(map(len, indexing._streams(items, 9))) == [1, 1, 2, 3]
    assert indexing._streams([], 3) == []


def test_a_shared_rebuild_that_fails_leaves_the_index_as_it_was_and_nothing_behind(monkeypatch):
    _committees()
    before = _index()
    calls, lock = [], threading.Lock()
    original = indexing.entries_for

    def failing(item, *args, **kwargs):
        with lock:
            calls.append(item.pk)
            if len(calls) == 4:
                raise RuntimeError("the disk is full")
        return original(item, *args, **kwargs)

    monkeypatch.setattr(indexing, "entries_for", failing)
    with pytest.raises(RuntimeError, match="the disk is full"):
        indexing.rebuild(batch_size=1, workers=2)

    assert _index() == before
    assert _left_behind() == []
    assert _found("otter")


def test_a_shared_rebuild_drops_a_table_a_stopped_rebuild_left_behind():
    _committees()
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE search_searchentry_fresh (id integer)")
        cursor.execute("CREATE TABLE search_searchscore_fresh (word text)")

    indexing.rebuild(batch_size=2, workers=2)

    assert _left_behind() == []
    assert _found("heron")


def _waits_for_a_lock(thread):
    """
    Whether ``thread`` comes to wait for a lock in the database: asked
    until it does, or until the thread ends without having waited.
    """
    while thread.is_alive():
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM pg_locks WHERE NOT granted")
            if cursor.fetchone()[0]:
                return True
    return False


def test_a_save_during_a_shared_rebuild_waits_for_it_and_is_in_the_new_index():
    items = _committees()
    # Changed behind the index's back: only a rebuild shows it.
    AgendaItem.objects.filter(pk=items[0].pk).update(title="Egret colony survey")
    halfway, go_on, failed = threading.Event(), threading.Event(), []

    def in_thread(work):
        def run():
            try:
                work()
            except Exception as error:  # reported below, in the test's own thread
                failed.append(error)
            finally:
                halfway.set()  # a rebuild that failed before its first batch wakes the test too
                connection.close()

        thread = threading.Thread(target=run)
        thread.start()
        return thread

    def progress(done):
        halfway.set()
        go_on.wait()

    rebuilding = in_thread(lambda: indexing.rebuild(batch_size=1, progress=progress, workers=2))
    try:
        halfway.wait()
        assert not failed
        assert _found("egret") == []  # the old index, still
        item = AgendaItem.objects.get(pk=items[1].pk)
        item.title = "Bittern reedbed survey"
        saving = in_thread(item.save)
        assert _waits_for_a_lock(saving)
        assert saving.is_alive()
    finally:
        go_on.set()
        rebuilding.join()
    saving.join()

    assert not failed
    assert _found("egret") == [items[0].pk]
    assert _found("bittern") == [items[1].pk]
    assert _left_behind() == []


def test_the_rebuild_command_refuses_fewer_than_one_worker():
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match="--workers must be 1 or more"):
        call_command("rebuild_search_index", "--workers", "0", "--no-progress")
