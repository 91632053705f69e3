"""
The ways a search on PostgreSQL reads its page of results, each from a
``_PostgresSearch`` (``plan``). ``PostgresEngine.search`` chooses one:

- ``title_first``: a search of several words (not a short phrase), by relevance;
- ``ranked_in_one_query``: newest first, or a one-word search with few matches;
- ``one_word_by_score``: a one-word search with many matches, by relevance;
- ``short_phrase_by_score``: a phrase of two to four words, by relevance;
- ``either_word_by_score`` (``either_word``): the matches of "a OR b"
  with either word in the title, or with neither, by relevance (for
  ``title_first``).

All of them give the order ranking every match one by one would give.
"""

from ..base import DATE_ORDERS
from .either_word import either_word_by_score
from .plan import _unquoted


def title_first(plan, offset, cap, either=None):
    """
    The page of a search of several words, and the count: the entries
    whose title has the query first, ranked, then the rest, ranked. With
    ``either``, the two words of "a OR b", the rest are read by
    ``either_word_by_score``.
    """
    if either is not None:
        # Each word's scores, read once for both parts.
        either = [(word, plan.engine._scores(plan.cursor, word)) for word in either]
        ids = either_word_by_score(plan, either, plan.wanted, in_title=True)
    else:
        ids = [
            row[0] for row in plan._fetch(
                f"SELECT id FROM search_searchentry "
                f"WHERE title_vector @@ {plan.rank_and_facets}{plan.in_table}{plan.excluding} "
                f"ORDER BY {plan.RANK} DESC, held_on DESC, id DESC LIMIT {int(plan.wanted)}"
            )
        ]
    if len(ids) >= plan.wanted:
        return ids[offset:], plan.count(cap)
    # Less than the pages asked for among the title matches: they are
    # all in hand, so the rest are ranked and counted in one go.
    above = len(ids)
    if either is not None:
        ids.extend(either_word_by_score(plan, either, plan.wanted - above, in_title=False))
        return ids[offset:], plan.count(cap)
    rows = plan._fetch(
        f"SELECT id, count(*) OVER () FROM search_searchentry "
        f"WHERE {plan.matches} AND NOT title_vector @@ %(rq)s::tsquery "
        f"ORDER BY {plan.RANK} DESC, held_on DESC, id DESC LIMIT {int(plan.wanted - above)}"
    )
    ids.extend(row[0] for row in rows)
    if rows:
        return ids[offset:], above + rows[0][1]
    # Nothing beyond the title matches (or the page asked for lies past
    # them all): count them.
    return ids[offset:], plan.count(cap)


# A search sorted by date with at most this many matches sorts them all,
# found through the GIN index. With more, PostgreSQL may walk the date index
# instead, testing entries newest (or oldest) first until the page is full,
# which is quick when matches are many and slow when they are few: it would
# choose that walk for a rare word too, as it cannot tell how rare it is.
SORT_ALL_MATCHES_UP_TO = 2_000
# DATE_ORDERS, written so that no index can give them.
SORTED_DATE_ORDERS = {"newest": "held_on + 0 DESC, id + 0 DESC", "oldest": "held_on + 0, id + 0"}


def ranked_in_one_query(plan, sort, offset, limit, count):
    """
    One page, ranked (or by date) in one query: for searches with few
    matches, and sorts by date. ``count`` is the number of matches (capped).
    """
    order = DATE_ORDERS.get(sort) or f"title_vector @@ %(rq)s::tsquery DESC, {plan.RANK} DESC, held_on DESC, id DESC"
    if sort in DATE_ORDERS and count <= SORT_ALL_MATCHES_UP_TO:
        order = SORTED_DATE_ORDERS[sort]
    rows = plan._fetch(
        f"SELECT id FROM search_searchentry WHERE {plan.matches} "
        f"ORDER BY {order} LIMIT {int(limit)} OFFSET {int(offset)}"
    )
    return [row[0] for row in rows]


def one_word_by_score(plan, rq, offset):
    """
    The page of a one-word search from ``offset`` on: the word's scores
    from the list of scores, read best first (``read_by_score``). ``rq``
    is the query's tsquery text, the one quoted lexeme.
    """
    return read_by_score(plan, plan.engine._scores(plan.cursor, _unquoted(rq[1:-1])), offset)


def short_phrase_by_score(plan, phrase, offset):
    """
    The page of a search for a phrase of two to four words ("care
    leaver", "care of leavers") from ``offset`` on, read from the phrase
    vector as one word occurring where the phrase does: its scores read
    best first (``read_by_score``).
    """
    return read_by_score(plan, plan.engine._scores(plan.cursor, phrase), offset)


def read_by_score(plan, scores, offset):
    """
    The page of a one-word search (or a short phrase) from ``offset``
    on, in ts_rank's order (ties newest first), read a score at a time,
    best first.

    The groups of entries with a score from the rank (or phrase) vector are counted
    a few at a time (four, then eight...), up to what is still wanted:
    those wholly before the page are skipped, a group smaller than that
    is read whole, and a larger one newest first, a span of years at a
    time. The three large groups of entries having the word once are
    counted only when they might lie wholly before the page.
    """
    groups = [
        group for _, group in scores
        if not isinstance(group, int) or plan.filters.kind in (None, group)
    ]
    ids, position, skipped, sizes, batch_size = [], 0, 0, {}, plan.FIRST_BATCH
    for number, group in enumerate(groups):
        cap = plan.wanted - position
        if group not in sizes and (not isinstance(group, int) or position < offset):
            batch = [group] if isinstance(group, int) else [
                later for later in groups[number:number + batch_size] if not isinstance(later, int)
            ]
            batch_size *= 2
            sizes.update(zip(batch, plan._sizes(batch, cap)))
        size = sizes.get(group)
        if size is not None and position + size <= offset:  # empty, or wholly before the page
            position += size
            skipped += size
            continue
        where, params = plan._group(group, 0)
        where, params = where + plan.excluding, {**plan.params, **params}
        if size is not None and size < cap and size <= plan.SMALL_GROUP:
            found = [row[0] for row in plan._fetch(
                f"SELECT id FROM search_searchentry WHERE {where} "
                f"ORDER BY held_on + 0 DESC, id DESC LIMIT {int(cap)}",
                params,
            )]
        else:
            found = plan.newest(where, params, cap, plan.index if isinstance(group, int) else plan.scored)
        ids.extend(found)
        position += len(found)
        if position >= plan.wanted:
            break
    return ids[offset - skipped:]
