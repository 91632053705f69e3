"""
When what a visitor may see of a record last changed: the moments behind
``modified_since`` and the ``Last-Modified`` header.

The records keep their audit history (django-simple-history), one row a
save. A history row is a *public change* of its record only when it
changed something the visitor can see: each kind of record below names the
fields shown whenever the record is (``fields``), the fields shown only
under a further condition (``guarded``: an item's minutes once its
meeting's minutes are out, its report unless it is exempt), and the fields
that show or hide the record itself (``markers``). Editing draft minutes,
an exempt paper or a meeting not yet announced is no public change, so no
program can tell when it happened.

Whether a field is seen is judged by the records as they are now. That is
never too early: a change made while a field was hidden is followed by the
later, public, change that showed it (publishing the minutes), which is
newer. A change that hides a record (a paper made exempt) counts where the
record was seen just before it, and so does the deletion of a record that
was seen.

A record's answer also shows parts of other records (an item lists its
papers, a resolution links its meeting), so each API record has
``Sources``: its own kind, the records it belongs to (``parents``, by
path) and the records it lists (``children``, by their foreign key).
"""

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from datetime import timezone as dt_timezone
from typing import Callable

from django.core.cache import cache
from django.db import Error, connection
from django.db.models import BooleanField, Exists, F, Func, OuterRef, Q, Subquery
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from meetings.page_cache import record_version
from meetings.roles import can_see_exempt, is_clerk


class Same(Func):
    """``a IS NOT DISTINCT FROM b``: equal, counting two NULLs as equal."""

    template = "%(expressions)s"
    arg_joiner = " IS NOT DISTINCT FROM "
    output_field = BooleanField()


@dataclass(frozen=True)
class Kind:
    model: type
    fields: tuple
    # The live records the user may see.
    visible: Callable
    # (the live records whose fields the user may read, those fields)
    guarded: tuple = ()
    # Fields whose change shows or hides the record.
    markers: tuple = ()
    # A Q on a history row: a record like this one would be seen by the user
    # (its own fields as in the row, the records it belongs to as they are now).
    seen_as: Callable = lambda user: Q()

    @property
    def history(self):
        return self.model.history.model


def _previous(history):
    return Subquery(
        history.objects.filter(id=OuterRef("id"), history_id__lt=OuterRef("history_id"))
        .order_by("-history_id").values("history_id")[:1]
    )


def _unchanged(history, fields):
    """The row before this one exists and holds the same ``fields``."""
    return Exists(history.objects.filter(
        Q(history_id=OuterRef("previous_id")), *[Same(F(name), OuterRef(name)) for name in fields]
    ))


def public_changes(kind, user):
    """The history rows of ``kind`` that changed what ``user`` may see (deletions included)."""
    history = kind.history
    rows = history.objects.annotate(previous_id=_previous(history))
    shown = Exists(kind.visible(user).filter(pk=OuterRef("id")))
    saved = ~Q(history_type="-")
    changed = ~_unchanged(history, kind.fields)
    for readable, fields in kind.guarded:
        changed |= Exists(readable(user).filter(pk=OuterRef("id"))) & ~_unchanged(history, kind.fields + fields)
    condition = saved & shown & changed
    seen_before = Exists(history.objects.filter(history_id=OuterRef("previous_id")).filter(kind.seen_as(user)))
    if kind.markers:
        condition |= (saved & Q(previous_id__isnull=False) & ~_unchanged(history, kind.markers)
                      & (kind.seen_as(user) | seen_before))
    condition |= Q(history_type="-") & kind.seen_as(user)
    return rows.filter(condition)


@dataclass(frozen=True)
class Sources:
    """What an API record's answer shows: its own kind, and the records it belongs to and lists."""

    kind: Kind
    # {path from the record (as in a queryset filter): Kind}
    parents: dict = field(default_factory=dict)
    # ((the foreign key on the child, e.g. "item_id"), Kind), ...
    children: tuple = ()
    # Moments the answer changes by the clock alone (see ``recommendations``).
    clock: "ClockChanges | None" = None


@dataclass(frozen=True)
class ClockChanges:
    """
    A shown state that moves with the date alone (a response becomes
    overdue): ``changed_since(since)`` a Q of the records it moved for at or
    after ``since``, ``of_record(record)`` and ``of_list(user)`` the moment
    it last moved (or None).
    """

    changed_since: Callable
    of_record: Callable
    of_list: Callable


# The SQL of each kind's public changes, by kind, the columns read and the
# visitor's role: building it through the ORM costs more than running it.
# A kind's querysets must depend on the visitor's role alone (public,
# exempt business, clerk), never on the day or the visitor.
_compiled = {}


def _role(user):
    return "clerk" if is_clerk(user) else "exempt" if can_see_exempt(user) else "public"


def _changes_sql(kind, user, column):
    """SELECT ``column``, history_date of ``kind``'s public changes for ``user``, compiled once a role."""
    key = (connection.vendor, kind, _role(user), column)
    if key not in _compiled:
        rows = public_changes(kind, user).order_by().values(column, "history_date")
        _compiled[key] = rows.query.sql_with_params()
    return _compiled[key]


# Changed records named one by one in a modified_since query, at most.
LISTED_IDS = 5000


def changed_since(sources, queryset, user, since):
    """
    ``queryset`` narrowed to the records whose public part changed at or
    after ``since``.

    The ids changed by each source are gathered into one set (a UNION ALL), so
    the database works out the few changes first and then looks up their
    records by key; an OR of one test a source would have it test every
    record of the list against each source in turn. Up to ``LISTED_IDS``
    of them are read first and given as a list, whose size the planner then
    knows (it cannot foresee how few a UNION of changes holds, and would
    plan for many); more than that are left to the database as a subquery.
    """
    moment = connection.ops.adapt_datetimefield_value(since)

    def ids(kind, column="id"):
        sql, params = _changes_sql(kind, user, column)
        return f"SELECT change.{column} FROM ({sql}) change WHERE change.history_date >= %s", (*params, moment)

    parts = [ids(sources.kind)]
    for path, kind in sources.parents.items():
        sql, params = ids(kind)
        below = queryset.model._base_manager.filter(**{f"{path}__in": RawSQL(sql, params)}).order_by().values("pk")
        parts.append(below.query.sql_with_params())
    parts += [ids(kind, column) for column, kind in sources.children]
    union = " UNION ALL ".join(sql for sql, _ in parts)
    params = [param for _, params in parts for param in params]
    with connection.cursor() as cursor:
        # UNION ALL, so that the database can stop at the limit rather than
        # work out every change to drop repeats; repeats are dropped here.
        cursor.execute(f"{union} LIMIT {LISTED_IDS + 1}", params)
        rows = cursor.fetchall()
    if len(rows) <= LISTED_IDS:
        condition = Q(pk__in=list(dict.fromkeys(row[0] for row in rows)))
    else:
        condition = Q(pk__in=RawSQL(union, params))
    if sources.clock is not None:
        condition |= sources.clock.changed_since(since)
    return queryset.filter(condition)


def _newest(kind, user, column=None, value=None):
    """
    SQL for the newest public change of ``kind`` (where ``column`` is
    ``value``), ordered by the date alone so that the database can walk the
    index on it backwards and stop at the first.
    """
    sql, params = _changes_sql(kind, user, column or "id")
    where = f" WHERE change.{column} = %s" if column else ""
    return (f"SELECT change.history_date FROM ({sql}) change{where} ORDER BY change.history_date DESC LIMIT 1",
            (*params, value) if column else params)


def record_moments(sources, record, user):
    """The SQL for the newest public change of ``record`` from each source."""
    moments = [_newest(sources.kind, user, "id", record.pk)]
    for path, kind in sources.parents.items():
        value = record
        for part in path.split("__"):
            value = getattr(value, part) if value is not None else None
        if value is not None:
            moments.append(_newest(kind, user, "id", value.pk))
    for column, kind in sources.children:
        moments.append(_newest(kind, user, column, record.pk))
    return moments


def list_moments(sources, user):
    """
    The SQL for the newest public change of any record of the list's kinds.
    A whole list, not the page, and not the filtered rows: a record that
    leaves the list (deleted, hidden, or moved out of a filter's dates)
    changes the page and the count though it is no longer in it.
    """
    kinds = [sources.kind, *sources.parents.values(), *(kind for _, kind in sources.children)]
    return [_newest(kind, user) for kind in dict.fromkeys(kinds)]


def newest(moments, also=()):
    """
    The newest of ``moments`` (SQL of one row each, read in one query) and
    of the datetimes ``also``; None when there is none.
    """
    values = [value for value in also if value is not None]
    if moments:
        with connection.cursor() as cursor:
            cursor.execute("SELECT " + ", ".join(f"({sql})" for sql, _ in moments),
                           [param for _, params in moments for param in params])
            values += [_as_datetime(value) for value in cursor.fetchone() if value is not None]
    return max(values, default=None)


def _as_datetime(value):
    """A column read through a plain cursor: a datetime on PostgreSQL, text on SQLite."""
    if isinstance(value, str):
        value = parse_datetime(value)
    if timezone.is_naive(value):
        value = value.replace(tzinfo=dt_timezone.utc)
    return value


# How long a worked-out moment is kept; the key holds the record's version,
# so a change retires it at once (see meetings/page_cache.py).
KEEP_SECONDS = 90


def remembered(what, user, compute):
    """
    ``compute()`` (a moment, or None), kept in the cache under the public
    record's version, the visitor's role and the day, so that every page
    and filter of a list (and each repeat of a record) reads it once a
    change. The version is read first: a change committed meanwhile can
    only file a newer moment under the older version, never an older one
    under the newer.
    """
    try:
        token = record_version()
    except Error:
        token = None
    if token is None:
        return compute()
    key = "api-changed:" + hashlib.sha256(
        f"{token} {_role(user)} {timezone.localdate()} {what}".encode()).hexdigest()
    try:
        kept = cache.get(key)
    except Exception:
        return compute()
    if kept is not None:
        return datetime.fromtimestamp(kept, dt_timezone.utc) if kept != "" else None
    moment = compute()
    try:
        cache.set(key, moment.timestamp() if moment else "", KEEP_SECONDS)
    except Exception:
        pass  # the cache is only ever a shortcut
    return moment
