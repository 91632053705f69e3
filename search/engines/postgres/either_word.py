"""
The matches of "a OR b" of two words, read by score rather than ranked one
by one (``either_word_by_score``, for ``strategies.title_first``).
"""

import struct

from .plan import _quoted


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
    return plan.best_of(found, wanted)
