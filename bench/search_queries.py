"""
The queries bench/search.py times, sampled from the loaded archive's own
text with a seeded random generator, so that no fixed list can be tuned to.

A sample of the records (agenda items: title, purpose and minutes;
decisions: their item's title and text) is read from the database, and
each word's share of the sampled records counted. The classes, each of
``per_class`` queries:

- ``word-rare``, ``word-1%``, ``word-10%``, ``word-30%+``: one word from
  the words in at most 0.05%, 0.5–2%, 5–20% and at least 30% of the
  records (drawn again when a band has fewer words than queries);
- ``two-words``, ``three-words``: words of one record, not as a phrase;
- ``phrase``: two to four words in a row from one record, quoted;
  ``phrase-stop``: three or four, with a stop word inside ("care of
  leavers");
- ``phrase-common``, ``phrase-stop-common``: the same, from the phrases in
  at least 0.1% of the records ("care of leavers" is in about 0.8%), as
  people mostly search for phrases that are used;
- ``or``: two words of the 10% band joined by OR;
- ``exclusion``: a word of the 10% or 30% band, less one of the 1% or
  10% band.

Shares are of words as written; the engines stem them, so a stem's share
can be higher ("service" and "services"). The number of matches of each
class is printed with its times.
"""

import re
from collections import Counter

from search.query import STOP_WORDS, words_of

BANDS = {
    "word-rare": (0.0, 0.0005),
    "word-1%": (0.005, 0.02),
    "word-10%": (0.05, 0.20),
    "word-30%+": (0.30, 1.01),
}
CLASSES = [
    *BANDS, "two-words", "three-words", "phrase", "phrase-stop", "phrase-common", "phrase-stop-common", "or",
    "exclusion",
]
COMMON_PHRASE = 0.001  # share of the records a phrase is in, at least, to be common

# A stretch of words with nothing but single spaces between them: phrases
# are taken from within one, never across punctuation.
STRETCH = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


def content(word):
    """A word worth searching for alone: not a stop word, three letters or more."""
    return word not in STOP_WORDS and len(word) >= 3 and word.isalpha()


def read_sample(rng, size):
    """The text of up to ``size`` records picked at random: items and decisions in their shares."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT max(id) FROM agenda_agendaitem")
        items = cursor.fetchone()[0] or 0
        cursor.execute("SELECT max(id) FROM agenda_resolution")
        resolutions = cursor.fetchone()[0] or 0
        texts = []
        share = items / max(1, items + resolutions)
        for table, top, sql in (
            ("items", items,
             "SELECT title || ' ' || description || ' ' || minutes FROM agenda_agendaitem WHERE id IN ({}) ORDER BY id"),
            ("resolutions", resolutions,
             "SELECT i.title || ' ' || r.text FROM agenda_resolution r "
             "JOIN agenda_agendaitem i ON i.id = r.item_id WHERE r.id IN ({}) ORDER BY r.id"),
        ):
            wanted = min(top, round(size * (share if table == "items" else 1 - share)))
            # In id order, so that a seed draws the same queries on either engine.
            ids = sorted(rng.sample(range(1, top + 1), wanted)) if wanted else []
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                cursor.execute(sql.format(", ".join(["%s"] * len(chunk))), chunk)
                texts.extend(row[0] for row in cursor.fetchall())
    rng.shuffle(texts)
    return texts


def bands(texts):
    """The words of each band, from their share of ``texts``, each list sorted (so the draw is repeatable)."""
    counts = Counter(word for text in texts for word in {w for w in words_of(text) if content(w)})
    total = max(1, len(texts))
    return {
        name: sorted(word for word, count in counts.items() if low <= count / total < high)
        for name, (low, high) in BANDS.items()
    }


def _draw(rng, words, n):
    """``n`` words from ``words``: without repeats while there are enough."""
    if not words:
        return []
    if len(words) >= n:
        return rng.sample(words, n)
    return [rng.choice(words) for _ in range(n)]


def _words_together(rng, texts, n):
    """``n`` different words worth searching for, from one record."""
    for _ in range(1000):
        words = sorted({w for w in words_of(rng.choice(texts)) if content(w)})
        if len(words) >= n:
            return rng.sample(words, n)
    return None


def _phrase(rng, texts, *, stop_inside):
    """Words in a row from one record: two to four, or three or four with a stop word inside."""
    for _ in range(10_000):
        stretches = STRETCH.findall(rng.choice(texts))
        if not stretches:
            continue
        words = rng.choice(stretches).lower().split()
        length = rng.randint(3 if stop_inside else 2, 4)
        if len(words) < length:
            continue
        start = rng.randrange(len(words) - length + 1)
        phrase = words[start:start + length]
        inside = phrase[1:-1]
        if not (content(phrase[0]) and content(phrase[-1])):
            continue
        if stop_inside != any(word in STOP_WORDS for word in inside):
            continue
        if all(content(word) or word in STOP_WORDS for word in inside):
            return '"' + " ".join(phrase) + '"'
    return None


def _phrases_in(text):
    """The phrases of a record a query may be: (words, has a stop word inside), each once."""
    found = set()
    for stretch in STRETCH.findall(text):
        words = stretch.lower().split()
        for length in (2, 3, 4):
            for start in range(len(words) - length + 1):
                phrase = tuple(words[start:start + length])
                if content(phrase[0]) and content(phrase[-1]) and all(
                    content(word) or word in STOP_WORDS for word in phrase[1:-1]
                ):
                    found.add(phrase)
    return found


def common_phrases(texts):
    """The phrases in at least COMMON_PHRASE of ``texts``: (without a stop word inside, with one), each sorted."""
    counts = Counter(phrase for text in texts for phrase in _phrases_in(text))
    least = max(2, COMMON_PHRASE * len(texts))
    common = sorted(phrase for phrase, count in counts.items() if count >= least)
    stop = [phrase for phrase in common if any(word in STOP_WORDS for word in phrase)]
    plain = [phrase for phrase in common if not any(word in STOP_WORDS for word in phrase)]
    return plain, stop


def sample(rng, texts, per_class):
    """{class: [query, ...]}, ``per_class`` queries each (a class with nothing to draw from is left out)."""
    by_band = bands(texts)
    classes = {name: _draw(rng, by_band[name], per_class) for name in BANDS}
    classes["two-words"] = [" ".join(_words_together(rng, texts, 2) or []) for _ in range(per_class)]
    classes["three-words"] = [" ".join(_words_together(rng, texts, 3) or []) for _ in range(per_class)]
    classes["phrase"] = [_phrase(rng, texts, stop_inside=False) for _ in range(per_class)]
    classes["phrase-stop"] = [_phrase(rng, texts, stop_inside=True) for _ in range(per_class)]
    plain, stop = common_phrases(texts)
    for name, phrases in (("phrase-common", plain), ("phrase-stop-common", stop)):
        classes[name] = ['"' + " ".join(phrase) + '"' for phrase in _draw(rng, phrases, per_class)]
    common = by_band["word-10%"]
    classes["or"] = [" OR ".join(_draw(rng, common, 2)) for _ in range(per_class)] if len(common) >= 2 else []
    wide = by_band["word-10%"] + by_band["word-30%+"]
    narrow = by_band["word-1%"] + by_band["word-10%"]
    exclusions = []
    for _ in range(per_class if wide and narrow else 0):
        word = rng.choice(wide)
        excluded = rng.choice([other for other in narrow if other != word] or narrow)
        exclusions.append(f"{word} -{excluded}")
    classes["exclusion"] = exclusions
    return {name: [q for q in queries if q] for name, queries in classes.items() if any(queries)}, by_band
