"""
A rebuild of the search index on PostgreSQL writes the entries into a new
table and puts it in place of the old one: the table keeps every index and
constraint under its own name, searches read the old index until the new
one is in place, and a rebuild that fails leaves the old index as it was.
"""

import threading

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.db import connection

from agenda.models import AgendaItem
from search import indexing, service
from search.models import SearchEntry
from tests import factories

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's rebuild into a new table"),
]


def _catalogue():
    """The entries' table as the catalogue describes it: indexes, constraints and identity sequence."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 'search_searchentry'::regclass"
        )
        indexes = sorted(cursor.fetchall())
        cursor.execute(
            "SELECT conname, contype, pg_get_constraintdef(oid), condeferrable, condeferred "
            "FROM pg_constraint WHERE conrelid = 'search_searchentry'::regclass"
        )
        constraints = sorted(cursor.fetchall())
        cursor.execute("SELECT pg_get_serial_sequence('search_searchentry', 'id')")
        sequence = cursor.fetchone()[0]
        cursor.execute("SELECT to_regclass('search_searchentry_fresh')")
        leftover = cursor.fetchone()[0]
    return indexes, constraints, sequence, leftover


def _found(words):
    return sorted(result.entry.item_id for result in service.search(words, user=AnonymousUser()).results)


def _items(n, title):
    meeting = factories.MeetingFactory()
    return [factories.AgendaItemFactory(meeting=meeting, title=f"{title} {number}") for number in range(n)]


@pytest.mark.django_db
def test_a_rebuild_keeps_the_tables_indexes_and_constraints_under_their_names():
    items = _items(3, "Kestrel nesting survey")
    factories.ResolutionFactory(item=items[0], text="That the kestrel survey continue.")
    before = _catalogue()
    assert len(before[0]) >= 13 and before[1] and before[2] == "public.search_searchentry_id_seq"
    assert before[3] is None
    found = _found("kestrel")
    assert set(found) == {item.pk for item in items}

    indexing.rebuild()

    assert _catalogue() == before
    assert _found("kestrel") == found
    # The constraints hold on the new table: one entry per item, checked.
    entry = SearchEntry.objects.filter(kind=SearchEntry.Kind.ITEM).first()
    with pytest.raises(Exception, match="search_one_entry_per_item"), connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO search_searchentry (kind, item_id, meeting_id, committee_id, held_on, is_exempt) "
            "SELECT kind, item_id, meeting_id, committee_id, held_on, is_exempt FROM search_searchentry "
            "WHERE id = %s",
            [entry.pk],
        )


@pytest.mark.django_db
def test_a_rebuild_that_fails_leaves_the_index_as_it_was(monkeypatch):
    items = _items(4, "Otter holt")
    before = _catalogue()
    entries = sorted(SearchEntry.objects.values_list("pk", "item_id"))
    written = []

    def failing(item, *args, **kwargs):
        if written:
            raise RuntimeError("the disk is full")
        written.append(item)
        return original(item, *args, **kwargs)

    original = indexing.entries_for
    monkeypatch.setattr(indexing, "entries_for", failing)
    with pytest.raises(RuntimeError):
        indexing.rebuild(batch_size=1)

    assert _catalogue() == before
    assert sorted(SearchEntry.objects.values_list("pk", "item_id")) == entries
    assert _found("otter") == sorted(item.pk for item in items)


@pytest.mark.django_db(transaction=True)
def test_searches_read_the_old_index_until_the_rebuild_is_in_place():
    items = _items(2, "Heron colony")
    # Titles changed behind the index's back: only a rebuild shows them.
    AgendaItem.objects.filter(pk=items[0].pk).update(title="Egret colony")
    halfway, go_on, failed = threading.Event(), threading.Event(), []

    def rebuild():
        def progress(done):
            halfway.set()
            assert go_on.wait(30)

        try:
            indexing.rebuild(batch_size=1, progress=progress)
        except Exception as error:  # reported below, in the test's own thread
            failed.append(error)
        finally:
            connection.close()

    worker = threading.Thread(target=rebuild)
    worker.start()
    try:
        assert halfway.wait(30)
        assert _found("heron") == sorted(item.pk for item in items)
        assert _found("egret") == []
    finally:
        go_on.set()
        worker.join(60)
    assert not failed
    assert _found("heron") == [items[1].pk]
    assert _found("egret") == [items[0].pk]
    assert _catalogue()[3] is None


@pytest.mark.django_db
def test_the_rebuild_command_tells_each_step_after_the_items(capsys):
    _items(2, "Dormouse boxes")
    indexes = len(_catalogue()[0])

    call_command("rebuild_search_index", "--no-progress")

    err = capsys.readouterr().err.splitlines()
    assert len([line for line in err if line.startswith("Building index")]) == indexes
    assert err[0] == f"Building index 1 of {indexes}: search_searchentry_pkey…"
    assert err[indexes - 1].startswith(f"Building index {indexes} of {indexes}: ")
    assert err[indexes:] == ["Checking the links to the records…", "Putting the new index in place…"]
    assert _found("dormouse")
