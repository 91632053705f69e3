"""
The engine-specific half of the search index, which Django's schema
operations do not describe:

- PostgreSQL: GIN indexes on the weighted tsvector and on the title and
  boost vectors, and pg_trgm with a trigram index on the words for
  spelling suggestions.
- SQLite: an FTS5 table whose rowid is the entry's id, with the Porter
  stemmer, and a trigger that removes an entry's words when the entry is
  deleted (entries cascade from the records they describe).
"""

from django.db import migrations

POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX search_vector_gin ON search_searchentry USING gin (vector)",
    "CREATE INDEX search_title_vector_gin ON search_searchentry USING gin (title_vector)",
    "CREATE INDEX search_boost_vector_gin ON search_searchentry USING gin (boost_vector)",
    "CREATE INDEX search_word_trgm ON search_searchword USING gin (word gin_trgm_ops)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_word_trgm",
    "DROP INDEX IF EXISTS search_vector_gin",
    "DROP INDEX IF EXISTS search_title_vector_gin",
    "DROP INDEX IF EXISTS search_boost_vector_gin",
]
SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "title, resolutions, minutes, documents, tokenize = 'porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER search_entry_deleted AFTER DELETE ON search_searchentry "
    "BEGIN DELETE FROM search_fts WHERE rowid = old.id; END",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_entry_deleted",
    "DROP TABLE IF EXISTS search_fts",
]


def run(statements):
    def operation(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        for statement in statements.get(vendor, []):
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            run({"postgresql": POSTGRES_FORWARD, "sqlite": SQLITE_FORWARD}),
            run({"postgresql": POSTGRES_BACKWARD, "sqlite": SQLITE_BACKWARD}),
        ),
    ]
