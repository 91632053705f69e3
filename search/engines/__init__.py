"""
The two search engines behind one interface: PostgreSQL full-text search
for production, SQLite FTS5 for the embedded default.

Both index the same four weighted parts of each entry: the title above
the resolutions above the purpose and minutes above the papers, and
both read the query the same way (``search.query``).

- ``base``: the filters, the shared engine base and the date facet words;
- ``sqlite``: the SQLite FTS5 engine;
- ``postgres``: the PostgreSQL engine, with its search strategies in
  ``postgres.strategies``.
"""

from django.db import connection

from .base import ENTRY_COLUMNS, MARK_END, MARK_START, WEIGHTS, Engine, Filters, Kind, date_cover
from .postgres import LEXEME, PHRASE_QUERY, PostgresEngine, _fed, _phrase, _PostgresSearch, _quoted, _unquoted
from .sqlite import SqliteEngine

__all__ = [
    "ENTRY_COLUMNS", "LEXEME", "MARK_END", "MARK_START", "PHRASE_QUERY", "WEIGHTS", "Engine", "Filters", "Kind",
    "PostgresEngine", "SqliteEngine", "_PostgresSearch", "_fed", "_phrase", "_quoted", "_unquoted", "date_cover",
    "get",
]


def get():
    return PostgresEngine() if connection.vendor == "postgresql" else SqliteEngine()
