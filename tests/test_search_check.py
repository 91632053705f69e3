"""
`manage.py check` says which search engine runs, and warns of an index an
interrupted rebuild left invalid, and of the tables of a rebuild that was stopped.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from search.checks import search_engine

pytestmark = pytest.mark.django_db


def messages(**kwargs):
    return {message.id: message for message in search_engine(**kwargs)}


def test_check_names_the_engine_this_database_runs():
    found = messages()
    assert list(found) == ["search.I001"]
    expected = "PostgreSQL full-text search" if connection.vendor == "postgresql" else "SQLite FTS5"
    assert expected in found["search.I001"].msg


def test_check_command_prints_it():
    out = StringIO()
    call_command("check", stdout=out, stderr=out)
    assert "(search.I001) Search runs on" in out.getvalue()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's indexes")
def test_with_the_database_it_says_whether_rum_is_there_and_names_invalid_indexes():
    found = messages(databases=["default"])
    assert "RUM extension is" in found["search.I001"].msg
    assert "search.W001" not in found

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.oid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "WHERE i.indrelid = 'search_searchentry'::regclass AND c.relname = 'search_date_idx'"
        )
        (oid,) = cursor.fetchone()
        # As REINDEX CONCURRENTLY leaves an index when it is interrupted.
        cursor.execute("UPDATE pg_index SET indisvalid = false WHERE indexrelid = %s", [oid])

    warning = messages(databases=["default"])["search.W001"]
    assert "search_date_idx" in warning.msg
    assert "rebuild_search_index" in warning.hint


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's rebuild")
def test_with_the_database_it_names_the_tables_a_stopped_rebuild_left():
    assert "search.W002" not in messages(databases=["default"])

    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE search_searchentry_fresh (LIKE search_searchentry)")

    warning = messages(databases=["default"])["search.W002"]
    assert "search_searchentry_fresh (0 MB)" in warning.msg
    assert "search_searchscore_fresh" not in warning.msg
    assert "rebuild_search_index" in warning.hint
