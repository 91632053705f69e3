"""
``manage.py check`` says which search engine and plan the site runs, and,
given a database (``check --database default``, as ``migrate`` does), warns
where PostgreSQL holds a search index left invalid by an interrupted rebuild
(searches would then read the table instead, many times slower), or the new
tables of a rebuild that was stopped, which hold as much space as the index.
"""

from django.core import checks
from django.db import DatabaseError, connections

PLANS = (
    "PostgreSQL full-text search: a weighted tsvector with GIN indexes, read by the plans in "
    "search/engines/postgres/strategies.py (title_first, ranked_in_one_query, one_word_by_score, "
    "short_phrase_by_score) and search/engines/postgres/either_word.py (either_word_by_score)"
)
SQLITE = "SQLite FTS5 (Porter stemmer, bm25 ranking), search/engines/sqlite.py"


def _rum_status(cursor):
    cursor.execute("SELECT installed_version FROM pg_available_extensions WHERE name = 'rum'")
    row = cursor.fetchone()
    if row is None:
        return "the RUM extension is not installed on this server"
    return (
        "the RUM extension is installed on this server but not used: at 1,000,000 resolutions it "
        "was slower than these plans for all but rare words, and its order is not the documented "
        "ranking (docs/search.md, \"RUM\")"
    )


def _invalid_indexes(cursor):
    cursor.execute(
        "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "WHERE i.indrelid = 'search_searchentry'::regclass AND NOT i.indisvalid ORDER BY c.relname"
    )
    return [row[0] for row in cursor.fetchall()]


# The tables a rebuild writes before putting them in place (search.engines.postgres.fresh_table).
REBUILD_TABLES = ("search_searchentry_fresh", "search_searchscore_fresh")


def _rebuild_tables(cursor):
    """The tables a rebuild writes that exist now, with their size in MB."""
    cursor.execute(
        "SELECT relname, pg_total_relation_size(oid) / 1048576 FROM pg_class "
        "WHERE relname = ANY(%s) AND relkind = 'r' AND pg_table_is_visible(oid) ORDER BY relname",
        [list(REBUILD_TABLES)],
    )
    return cursor.fetchall()


@checks.register("search")
def search_engine(app_configs=None, databases=None, **kwargs):
    connection = connections["default"]
    if connection.vendor != "postgresql":
        return [checks.Info(f"Search runs on {SQLITE}.", id="search.I001")]
    if not databases or "default" not in databases:
        return [checks.Info(f"Search runs on {PLANS}.", id="search.I001")]
    messages = []
    try:
        with connection.cursor() as cursor:
            rum = _rum_status(cursor)
            cursor.execute("SELECT to_regclass('search_searchentry') IS NOT NULL")
            invalid = _invalid_indexes(cursor) if cursor.fetchone()[0] else []
            left = _rebuild_tables(cursor)
    except DatabaseError as error:
        return [checks.Info(f"Search runs on {PLANS}; the database could not be asked more ({error}).",
                            id="search.I001")]
    messages.append(checks.Info(f"Search runs on {PLANS}; {rum}.", id="search.I001"))
    if invalid:
        messages.append(checks.Warning(
            f"Search indexes left invalid, most likely by an interrupted rebuild: {', '.join(invalid)}.",
            hint="Run `python manage.py rebuild_search_index`, or REINDEX INDEX CONCURRENTLY each of them.",
            id="search.W001",
        ))
    if left:
        tables = ", ".join(f"{name} ({size:,} MB)" for name, size in left)
        messages.append(checks.Warning(
            f"Tables of a search rebuild that was stopped, or is running now: {tables}.",
            hint="The next `python manage.py rebuild_search_index` drops them; with no rebuild running, "
            "DROP TABLE them to give back the space.",
            id="search.W002",
        ))
    return messages
