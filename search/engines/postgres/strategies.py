"""
The ways a search on PostgreSQL reads its page of results, each from a
``_PostgresSearch`` (``plan``). ``PostgresEngine.search`` chooses one:

- ``title_first``: a search of several words (not a short phrase), by relevance;
- ``ranked_in_one_query``: newest first, or a one-word search with few matches;
- ``one_word_by_score``: a one-word search with many matches, by relevance;
- ``short_phrase_by_score``: a phrase of two to four words, by relevance;
- ``either_word_by_score``: the matches of "a OR b" with either word in
  the title, or with neither, by relevance (for ``title_first``).

All of them give the order ranking every match one by one would give.
"""

import struct

from ..base import DATE_ORDERS
from .plan import _quoted, _unquoted


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


def _score(hexed):
    """A score as the list of scores holds it (the hex of a float4), as a number."""
    return struct.unpack(">f", bytes.fromhex(hexed))[0]


# The least score a word in the title has (ts_rank of a word once at weight
# A, 1 / 1.6449...); a word not in the title scores less than 0.47.
IN_TITLE = 0.55
ELSEWHERE = 0.47


def _both_words_in_title(plan, words, wanted, params):
    """
    The best ``wanted`` of the matches of "a OR b" having both words, with
    either in the title, and their scores; None if there are too few with
    both in the title.

    Two common words are both in tens of thousands of entries, with either
    in the title: too many to rank one by one. Those with both words in the
    title are far fewer: their best ``wanted`` are ranked first, the last
    of them scoring ``least``. An entry with one word only in its title
    scores (s + t) / 2, t (the other word's) less than ``ELSEWHERE``, so it
    can reach ``least`` only where s is above 2 * least - ELSEWHERE: the
    word's best scores in the rank vector, read from the index. As both
    are few, the dates searched are tested on the entries read, rather than
    asking the index for the long lists of their years.
    """
    facets = plan.engine._facet_query(plan.filters)
    params = {**params, "undated": facets or ""}
    facets = " && %(undated)s::tsquery" if facets else ""
    # By committee, the dates are among what the table tests already.
    tested = plan.in_table + plan.excluding + ("" if plan.by_table else plan.dates_tested)
    both = f"vector @@ (%(both)s::tsquery{facets}){tested}"
    found = dict(plan._fetch(
        f"SELECT id, {plan.RANK} FROM search_searchentry WHERE {both} AND title_vector @@ %(both)s::tsquery "
        f"ORDER BY {plan.RANK} DESC, held_on DESC, id DESC LIMIT {int(wanted)}",
        params,
    ))
    if len(found) < wanted:
        return None
    # Scores are float4s: the margin keeps a tie from being lost.
    above = (2 * min(found.values()) - ELSEWHERE) * (1 - 1e-6)
    (first, first_scores), (second, second_scores) = words
    for (word, scores), other in (((first, first_scores), second), ((second, second_scores), first)):
        best = [group for score, group in scores if not isinstance(group, int) and _score(score) > above]
        if not best:
            continue
        found.update(plan._fetch(
            f"SELECT id, {plan.RANK} FROM search_searchentry "
            f"WHERE rank_vector @@ (%(best)s::tsquery{facets}) AND {both} "
            f"AND NOT title_vector @@ %(other)s::tsquery "
            f"ORDER BY {plan.RANK} DESC, held_on DESC, id DESC LIMIT {int(wanted)}",
            {**params, "best": " | ".join(_quoted(group) for group in best), "other": _quoted(other)},
        ))
    return found


def either_word_by_score(plan, words, wanted, in_title):
    """
    The best ``wanted`` matches of "a OR b" (``words``: each word with its
    scores, as ``PostgresEngine._scores`` gives them) whose title has either
    word (``in_title``) or neither, in ts_rank's order (ties newest first),
    without ranking most of them.

    ts_rank of "a OR b" is the mean of each word's own ts_rank (nought for
    a word the entry lacks). So the matches fall into groups, read best
    score first as ``read_by_score`` reads one word's:

    - those having both words where either is scored in the rank vector
      (in the title, repeated, or outside the kind's own text): ranked one
      by one, as their scores vary;
    - those having both words once, in the text of their kind: the kind's
      one score;
    - those having one word only: half the score of that word's group, read
      newest first.

    Once the next group's score is below that of the last entry wanted,
    the entries read are ranked together: the order ranking every match
    would give.
    """
    first, second = (_quoted(word) for word, _ in words)
    facets = " && %(fq)s::tsquery" if plan.facets else ""
    part = f"{plan.in_table}{plan.excluding} AND {'' if in_title else 'NOT '}title_vector @@ %(rq)s::tsquery"
    params = {**plan.params, "both": f"{first} & {second}", "either": f"{first} | {second}"}
    both = f"vector @@ (%(both)s::tsquery{facets}){part}"
    found = _both_words_in_title(plan, words, wanted, params) if in_title else None
    if found is None:
        found = dict(plan._fetch(
            f"SELECT id, {plan.RANK} FROM search_searchentry WHERE {both}"
            f"{'' if in_title else ' AND rank_vector @@ %(either)s::tsquery'} "
            f"ORDER BY {plan.RANK} DESC, held_on DESC, id DESC LIMIT {int(wanted)}",
            params,
        ))
    # The other groups: (score, kind or None, WHERE clause, its parameters,
    # the vector its dates are looked up in).
    groups = []
    for (word, other), (_, scores) in zip(((first, second), (second, first)), words):
        alone = f"{part} AND NOT vector @@ {other}::tsquery"
        for score, group in scores:
            if (_score(score) > IN_TITLE) != in_title:
                continue
            if not isinstance(group, int):
                name = f"group{len(groups)}"
                groups.append((_score(score) / 2, None, f"rank_vector @@ (%({name})s::tsquery{facets}){alone}",
                               {name: _quoted(group)}, "rank_vector"))
                continue
            kind = f"vector @@ ({word}::tsquery{facets}) AND kind = {int(group)}"
            groups.append((_score(score) / 2, group, f"{kind}{alone} AND NOT rank_vector @@ {word}::tsquery",
                           {}, "vector"))
            if word == first:  # both words once, in the kind's own text: the mean of two equal scores
                groups.append((_score(score), group,
                               f"{both} AND kind = {int(group)} AND NOT rank_vector @@ %(either)s::tsquery",
                               {}, "vector"))
    groups.sort(key=lambda group: group[0], reverse=True)
    for score, kind, where, group_params, vector in groups:
        if kind is not None and plan.filters.kind not in (None, kind):
            continue
        if len(found) >= wanted:
            # Scores are float4s, halved: the margin keeps a tie from being lost.
            if score < sorted(found.values(), reverse=True)[wanted - 1] * (1 - 1e-6):
                break
        for entry in plan.newest(where, {**params, **group_params}, wanted, vector):
            found[entry] = score
    if not found:
        return []
    return [row[0] for row in plan._fetch(
        f"SELECT id FROM search_searchentry WHERE id = ANY(%(found)s) "
        f"ORDER BY {plan.RANK} DESC, held_on DESC, id DESC LIMIT {int(wanted)}",
        {**plan.params, "found": list(found)},
    )]
