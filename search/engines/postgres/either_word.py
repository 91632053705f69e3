"""
A search for either of two words ("foster OR adoption") on PostgreSQL,
read in the order of its ranking without ranking its matches one by one.

The rule (docs/search.md): the entries whose title has either word come
first, then the rest; within each, by the sum of the two words' own
one-word scores (``ts_rank`` of each word alone, as a double), ties newest
first. This is ``ts_rank`` of the OR (the mean of the words' scores) but
for the rounding of the last bit.

Each word's one-word score takes one of a few values per entry: one of the
word's scores from the list of scores (where it is in the title or occurs
more than once), the score of occurring once in an entry of its kind, or
none. So the matches fall into groups by the pair of their two scores,
and every entry of a pair has the same sum: the pairs are read best sum
first, pairs with equal sums as one group, each group newest first, as a
one-word search reads its scores (``strategies.read_by_score``). A word in
the title always scores at least ``ts_rank`` of one occurrence in the
title, and a word elsewhere always less (docs/search.md), so the pairs
with such a score are exactly the title matches.
"""

import re
import struct
from dataclasses import dataclass

from .plan import LEXEME, _quoted, _unquoted

# An OR of two single words, as PostgreSQL writes its tsquery.
EITHER_QUERY = re.compile(rf"{LEXEME} \| {LEXEME}")


def _either_words(tsquery):
    """The two lexemes of a tsquery that is an OR of two different single words, or None."""
    from ...query import STOP_LEXEME

    if not EITHER_QUERY.fullmatch(tsquery):
        return None
    words = [_unquoted(word) for word in re.findall(LEXEME, tsquery)]
    if words[0] == words[1] or any(word.startswith(STOP_LEXEME) for word in words):
        return None
    return words


def rank_sql(words):
    """The rule's score as SQL: the sum of each word's one-word ``ts_rank``, as a double."""
    return " + ".join(f"ts_rank(vector, {_quoted(word)}::tsquery)::float8" for word in words)


def _value(score):
    """A score as the lists keep it (the hex of a float4) as a number."""
    return struct.unpack(">f", bytes.fromhex(score))[0]


@dataclass(frozen=True)
class Pairs:
    """
    The entries sharing one sum: one or more pairs of a group of each word.
    A group is a score's token ("servic 3f2b1c4d"), a kind (the word once,
    in an entry of that kind) or None (the word is not in the entry).
    """

    pairs: tuple

    def where(self, plan, number):
        """The WHERE clause of these pairs (without the exclusions), and its parameters."""
        return where(plan, self, number)

    @property
    def large(self):
        """Whether no pair has a word in the title or repeated: a large group, read a span of years at a time."""
        return all(not isinstance(group, str) for pair in self.pairs for group in pair)


def pairs_by_sum(plan, words):
    """
    The groups of entries matching either word, best first, as ``(sum,
    Pairs)``: the title matches' groups, then the rest.
    """
    engine, cursor = plan.engine, plan.cursor
    title_score = _value(engine._title_score(cursor))
    kinds = [plan.filters.kind] if plan.filters.kind is not None else None
    lists = []
    for word in words:
        groups = [
            (_value(score), group) for score, group in engine._scores(cursor, word)
            if kinds is None or not isinstance(group, int) or group in kinds
        ]
        lists.append([*groups, (0.0, None)])
    sums = {}
    for score_a, group_a in lists[0]:
        for score_b, group_b in lists[1]:
            if group_a is None and group_b is None:
                continue
            if isinstance(group_a, int) and isinstance(group_b, int) and group_a != group_b:
                continue  # an entry is of one kind
            in_title = max(score_a, score_b) >= title_score
            sums.setdefault((in_title, score_a + score_b), []).append((group_a, group_b))
    return [
        (total, Pairs(tuple(pairs)))
        for (in_title, total), pairs in sorted(sums.items(), key=lambda item: item[0], reverse=True)
    ]


def where(plan, group, number):
    """The WHERE clause of a group of pairs (without the exclusions), and its parameters."""
    words = plan.either
    params = {f"w{number}_{side}": _quoted(word) for side, word in enumerate(words)}
    clauses = []
    for index, pair in enumerate(group.pairs):
        clause, pair_params = _pair(plan, pair, number, index)
        clauses.append(clause)
        params.update(pair_params)
    sql = clauses[0] if len(clauses) == 1 else "(" + " OR ".join(f"({clause})" for clause in clauses) + ")"
    return sql, params


def _pair(plan, pair, number, index):
    """One pair of groups as SQL: the index answers a score's token, or the words, and the rest is tested."""
    word = [f"%(w{number}_{side})s::tsquery" for side in (0, 1)]
    tokens = {
        f"t{number}_{index}_{side}": _quoted(group)
        for side, group in enumerate(pair) if isinstance(group, str)
    }
    tested = []
    for side, group in enumerate(pair):
        if group is None:
            tested.append(f"NOT vector @@ {word[side]}")
        elif isinstance(group, int):
            # "IS TRUE": tested on the entries read, never through the
            # index, which would read every entry having the word.
            tested.append(
                f"kind = {int(group)} AND (vector @@ {word[side]}) IS TRUE "
                f"AND NOT title_vector @@ {word[side]} AND NOT rank_vector @@ {word[side]}"
            )
    if tokens:
        # A score's entries are few: they are found by the score alone, and
        # the filters are tested on them (the index would intersect the long
        # lists of public entries, of a committee's or of some years').
        found = " && ".join(f"%({name})s::tsquery" for name in tokens)
        sql = f"rank_vector @@ ({found}){_tested_filters(plan)}"
    else:
        # Each word once, or one word once and the other not there: a large
        # group, whose kind and visibility are tested on the entries read.
        facets = " && %(filters)s::tsquery" if plan.filter_facets else ""
        present = " && ".join(word[side] for side, group in enumerate(pair) if group is not None)
        sql = f"vector @@ ({present}{facets}){plan.exempt}{plan.dates}"
    return " AND ".join([sql, *tested]), tokens


def _tested_filters(plan):
    """The filters and the rule on exempt entries, as tests of an entry's columns."""
    filters = plan.filters
    tests = [plan.exempt]
    if filters.committee_id is not None:
        tests.append(f" AND committee_id = {int(filters.committee_id)}")
    if filters.kind is not None:
        tests.append(f" AND kind = {int(filters.kind)}")
    for operator, day in ((">=", filters.date_from), ("<=", filters.date_to)):
        if day is not None:
            tests.append(f" AND held_on {operator} '{day.isoformat()}'")
    return "".join(tests)
