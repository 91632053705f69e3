"""
The PostgreSQL engine (``engine``), the vectors it writes (``vectors``),
the state of one search on it (``plan``) and the ways a search reads its
page (``strategies``).
"""

from .engine import PostgresEngine
from .plan import LEXEME, PHRASE_QUERY, _fed, _phrase, _PostgresSearch, _quoted, _unquoted

__all__ = [
    "LEXEME", "PHRASE_QUERY", "PostgresEngine", "_PostgresSearch", "_fed", "_phrase", "_quoted", "_unquoted",
]
