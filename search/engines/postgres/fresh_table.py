"""
A table written afresh and put in place of the one it copies, keeping its
name and the names of its indexes and constraints.

A rebuild writes every entry of the index again. Written into the live
table, each row updates its thirteen indexes as it goes (four of them GIN
indexes of whole texts) and queues five foreign-key checks for the commit,
and the GIN indexes come out larger and slower than ones built in one go,
so they had to be built again afterwards. Written into a table of the
same shape that has no indexes yet, the rows go in at the speed of the
table alone; each index is then built once, the foreign keys checked in
one pass each, and the new table takes the old one's place in the same
transaction. Searches read the old table until then.

The indexes and constraints are copied from the catalogue, so a migration
that adds one to the model needs nothing here.

Shared, the new table is created and committed on a connection of its own,
so that several connections can write its rows at once, each in its own
transaction, while the transaction that puts it in place holds the lock
that keeps writes to the old table waiting. What a failed rewrite leaves
behind is dropped by ``discard``, once that transaction has been rolled
back, or by the next rewrite.
"""

import re
from contextlib import contextmanager

from django.db import DEFAULT_DB_ALIAS, connection, connections

# "CREATE [UNIQUE] INDEX name ON [ONLY] schema.table USING method (...) [WHERE ...]"
INDEX_DEFINITION = re.compile(r"^CREATE (?P<unique>UNIQUE )?INDEX \S+ ON (?:ONLY )?\S+ USING (?P<rest>.+)$", re.S)


def fresh_name(table):
    """The name of the copy of ``table`` being written."""
    return f"{table}_fresh"


def on_own_connection(*statements):
    """Run ``statements`` on a connection of their own, each committed at once."""
    other = connections.create_connection(DEFAULT_DB_ALIAS)
    try:
        with other.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
    finally:
        other.close()


def discard(*tables):
    """
    Drop what a shared rewrite of ``tables`` left behind: call it outside
    the transaction that failed, after its rollback; once a copy is in
    place there is nothing of that name left to drop.
    """
    on_own_connection(*(f"DROP TABLE IF EXISTS {fresh_name(table)}" for table in tables))


@contextmanager
def swapped_in(table, stage=None, shared=False):
    """
    Create an empty copy of ``table`` without its indexes and give its name
    to the block, which writes the rows; then build the indexes, add the
    foreign keys and put the copy in the table's place. Call it inside a
    transaction, so that an error leaves the table as it was.

    Writes to ``table`` wait until the transaction ends (they would be lost
    from the copy otherwise); searches go on reading it until the copy
    replaces it, which takes a moment at the end. ``stage`` is called with
    a line telling each step after the block, which can take minutes.

    ``shared``: the copy is committed as it is created, so that other
    connections can write to it (see the module's note).
    """
    stage = stage or (lambda text: None)
    fresh = fresh_name(table)
    create = (
        f"CREATE TABLE {fresh} (LIKE {table} INCLUDING DEFAULTS INCLUDING IDENTITY "
        "INCLUDING CONSTRAINTS INCLUDING STORAGE)"
    )
    with connection.cursor() as cursor:
        # Writes wait, and so does another rewrite (this mode conflicts with itself).
        cursor.execute(f"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE")
        if shared:
            on_own_connection(f"DROP TABLE IF EXISTS {fresh}", create)
        else:
            cursor.execute(create)
    yield fresh
    with connection.cursor() as cursor:
        indexes = _indexes(cursor, table)
        for number, (name, definition, _, _) in enumerate(indexes):
            stage(f"Building index {number + 1} of {len(indexes)}: {name}")
            cursor.execute(_index_on(definition, f"{fresh}_{number}", fresh))
        foreign_keys = _foreign_keys(cursor, table)
        stage("Checking the links to the records")
        for name, definition in foreign_keys:
            cursor.execute(f"ALTER TABLE {fresh} ADD CONSTRAINT {name} {definition}")
        sequence = _identity_sequence(cursor, table)
        stage("Putting the new index in place")
        # Rows written to the old table earlier in the transaction have
        # their checks waiting for the commit: made now, so it can go.
        names = ", ".join(name for name, _ in foreign_keys)
        if names:
            cursor.execute(f"SET CONSTRAINTS {names} IMMEDIATE")
        cursor.execute(f"DROP TABLE {table}")
        if names:
            cursor.execute(f"SET CONSTRAINTS {names} DEFERRED")
        cursor.execute(f"ALTER TABLE {fresh} RENAME TO {table}")
        for number, (name, _, constraint, deferrable) in enumerate(indexes):
            built = f"{fresh}_{number}"
            if constraint:
                cursor.execute(
                    f"ALTER TABLE {table} ADD CONSTRAINT {name} {constraint} USING INDEX {built}"
                    + (" DEFERRABLE INITIALLY DEFERRED" if deferrable else "")
                )
            else:
                cursor.execute(f"ALTER INDEX {built} RENAME TO {name}")
        if sequence:
            cursor.execute(f"ALTER SEQUENCE {_identity_sequence(cursor, table)} RENAME TO {sequence.split('.')[-1]}")


def _indexes(cursor, table):
    """(name, definition, "PRIMARY KEY" / "UNIQUE" / None, deferrable) of the table's indexes."""
    cursor.execute(
        "SELECT c.relname, pg_get_indexdef(i.indexrelid), k.contype, coalesce(k.condeferrable, false) "
        "FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "LEFT JOIN pg_constraint k ON k.conindid = i.indexrelid AND k.conrelid = i.indrelid "
        "AND k.contype IN ('p', 'u') "
        "WHERE i.indrelid = %s::regclass ORDER BY i.indisprimary DESC, c.relname",
        [table],
    )
    kinds = {"p": "PRIMARY KEY", "u": "UNIQUE"}
    return [(name, definition, kinds.get(kind), deferrable) for name, definition, kind, deferrable in cursor.fetchall()]


def _index_on(definition, name, table):
    """The index of ``definition`` (as ``pg_get_indexdef`` gives it) named ``name``, on ``table``."""
    found = INDEX_DEFINITION.match(definition)
    if found is None:
        raise ValueError(f"Cannot copy the index {definition!r}.")
    return f"CREATE {found['unique'] or ''}INDEX {name} ON {table} USING {found['rest']}"


def _foreign_keys(cursor, table):
    cursor.execute(
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE conrelid = %s::regclass AND contype = 'f' ORDER BY conname",
        [table],
    )
    return cursor.fetchall()


def _identity_sequence(cursor, table):
    cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [table])
    return cursor.fetchone()[0]
