"""
A first import saves each meeting's new items, resolutions, papers and
attendance together: each still gets its one "created" history row holding
its values as saved, and the search index holds exactly what a rebuild from
the records would write.
"""

import pytest
from django.db import connection

from agenda.models import AgendaItem, Resolution, SupportingDocument
from meetings.models import Attendance
from search import indexing
from search.models import SearchEntry
from tests.moderngov_site import EXAMPLESHIRE, run_import

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", [AgendaItem, Resolution, SupportingDocument, Attendance])
def test_each_imported_record_has_one_created_history_row_with_its_values(model):
    run_import(EXAMPLESHIRE)

    records = list(model.objects.all())
    assert records
    for record in records:
        rows = list(record.history.all())
        assert len(rows) == 1
        row = rows[0]
        assert (row.history_type, row.history_change_reason, row.history_user_id) == (
            "+", "Imported from ModernGov", None)
        for field in model.history.model.tracked_fields:
            assert getattr(row, field.attname) == getattr(record, field.attname), field.name


def _index():
    entries = sorted(SearchEntry.objects.values_list(
        "kind", "item_id", "resolution_id", "document_id", "meeting_id", "committee_id", "held_on", "is_exempt"))
    words = []
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT e.kind, e.item_id, e.resolution_id, e.document_id, f.title, f.resolutions, f.minutes, "
                "f.documents FROM search_fts f JOIN search_searchentry e ON e.id = f.rowid")
            words = sorted(cursor.fetchall(), key=repr)
    return entries, words


def test_the_search_index_after_an_import_is_the_one_a_rebuild_writes():
    run_import(EXAMPLESHIRE)
    imported = _index()
    assert imported[0]

    indexing.rebuild()

    assert _index() == imported
