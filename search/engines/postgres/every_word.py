"""
The matches of a search for several words, each of them required ("foster
carers", "school transport review"), past those whose title has them all:
read by score rather than ranked one by one (``every_word_by_score``, for
``strategies.title_first``).
"""

from .either_word import _score
from .plan import _quoted

# Scores are float4s: the margin keeps a tie from being lost.
MARGIN = 1 - 1e-6


def _once_scores(plan):
    """The score of a word occurring once in the own text of each kind of entry searched, best first."""
    once = {kind: _score(hexed) for hexed, kind in plan.engine._once}
    return {kind: once[kind] for kind in sorted(once, key=once.get, reverse=True)
            if plan.filters.kind in (None, kind)}


def every_word_by_score(plan, words, wanted):
    """
    The best ``wanted`` matches of a search for each of ``words`` (each word
    with its scores, as ``PostgresEngine._scores`` gives them) whose title
    lacks one of them, in the order of the mean of each word's own ts_rank
    (ts_rank of their OR), ties newest first.

    Most matches have each word once, in the own text of their kind (a
    decision, an item's minutes, a paper): their score is that kind's one
    score, so each kind's group is read newest first, best kind first,
    until ``wanted`` are found, the last of them scoring ``least``. Every
    other match has a word scored in the rank vector (in the title,
    repeated, or outside the kind's own text). Its score is the mean of its
    words' scores, the others being its kind's one score, so it can reach
    ``least`` only where one of its scored words is at least ``least`` (in
    an entry whose kind's one score is below ``least``) or at least
    n * least - (n - 1) * the kind's one score (in one whose kind's is
    above): only those are ranked, one by one. Those read, ranked together,
    are the first ``wanted`` that ranking every match would give.
    """
    count = len(words)
    tokens = [(_score(score), group) for _, scores in words for score, group in scores if not isinstance(group, int)]
    params = {
        **plan.params,
        # Any word scored in the rank vector: each word's scores begin with the word and a space.
        "scored": " | ".join(_quoted(f"{word} ") + ":*" for word, _ in words),
    }
    rest = f"{plan.matches} AND NOT title_vector @@ %(rq)s::tsquery"
    once = _once_scores(plan)
    found = {}
    for kind, score in once.items():
        if len(found) >= wanted and score < sorted(found.values(), reverse=True)[wanted - 1] * MARGIN:
            break
        where = f"{rest} AND kind = {int(kind)} AND NOT rank_vector @@ %(scored)s::tsquery"
        for entry in plan.newest(where, params, wanted, "vector"):
            found[entry] = score
    least = sorted(found.values(), reverse=True)[wanted - 1] if len(found) >= wanted else 0.0
    # The kinds of entry reaching ``least`` through the same scores, and those scores.
    reaching = {}
    for kind, score in once.items():
        needed = least if score < least else count * least - (count - 1) * score
        best = tuple(group for token_score, group in tokens if token_score >= needed * MARGIN)
        if needed <= 0 or best:
            reaching.setdefault(best if needed > 0 else None, []).append(kind)
    if reaching:
        facets = " && %(fq)s::tsquery" if plan.facets else ""
        conditions, best_params = [], {}
        for number, (best, kinds) in enumerate(reaching.items()):
            scored = "%(scored)s::tsquery"
            if best is not None:
                scored = f"%(best{number})s::tsquery"
                best_params[f"best{number}"] = " | ".join(map(_quoted, best))
            conditions.append(f"(rank_vector @@ (({scored}){facets}) AND kind IN ({', '.join(map(str, kinds))}))")
        # One statement for every kind: the entries having any of the scores are read once.
        found.update(plan._fetch(
            f"SELECT id, {plan.RANK} FROM search_searchentry WHERE ({' OR '.join(conditions)}) AND {rest} "
            f"ORDER BY {plan.RANK} DESC, held_on DESC, id DESC LIMIT {int(wanted)}",
            {**params, **best_params},
        ))
    return plan.best_of(found, wanted)
