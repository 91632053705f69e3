"""Synthetic corpus of council scrutiny-committee records for a search benchmark.

Pure standard library (Python 3.11), deterministic for a given seed, streaming.

    corpus = Corpus(n_resolutions=100_000, seed=1)
    for m in corpus.meetings():     {"key", "committee", "start"}
    for i in corpus.items():        {"key", "meeting", "number", "order", "title",
                                     "description", "minutes"}
    for r in corpus.resolutions():  {"key", "item", "order", "label", "text"}
    queries(corpus) -> {"rare": [...], "common": [...], "phrase": [...], "exclusion": [...]}

Keys count from 1 in each stream; ``committee`` is an index into ``COMMITTEES``;
``start`` is a naive local datetime at 18:00 on a weekday between 2006-07-01
and 2026-06-30. The three generators can be consumed independently and in any
order; each rebuilds the same records every time.

Text: words are drawn from ``Corpus.vocabulary`` (ranked, most frequent first)
with frequency proportional to 1/rank**1.05, and about 30% of sentences are
real sentences from the seed minutes in ``agenda/fixtures/seeds`` (half of
them with one word swapped). On top of that some words and phrases are planted
so that the benchmark's query classes are guaranteed:

* ``RARE_WORDS``: word -> number of records (items + resolutions) it is planted
  in at n_resolutions=100,000 (scaled linearly with n, at least 1). These words
  appear nowhere else: not in the seeds, not in the vocabulary, and no
  vocabulary word shares their first five letters (so stemming cannot merge
  them with anything).
* ``COMMON_WORDS``: word -> share of items and of resolutions it is planted in
  (exact over every 100,000 consecutive records, a uniform sample below that);
  the words also occur naturally, so real shares are higher.
* ``PHRASES``: adjacent word sequences planted at the given share of records.

Run ``python bench/corpus.py --n 10000`` for counts, timing and the share of
records that contain each query term.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import time
from array import array
from collections import Counter
from operator import itemgetter
from pathlib import Path
from random import Random

SEED_DIR = Path(__file__).resolve().parent.parent / "agenda/fixtures/seeds"

COMMITTEES: list[tuple[str, str]] = [
    ("Children and Young People Scrutiny Committee", "CYP"),
    ("Overview and Scrutiny Management Board", "OSMB"),
    ("Health Overview and Scrutiny Committee", "HOSC"),
    ("Adult Social Care Scrutiny Committee", "ASC"),
    ("Housing and Regeneration Scrutiny Committee", "HRS"),
    ("Environment and Climate Change Scrutiny Committee", "ECC"),
    ("Economy, Skills and Transport Scrutiny Committee", "EST"),
    ("Communities and Neighbourhoods Scrutiny Committee", "CAN"),
    ("Corporate Resources Scrutiny Committee", "CRS"),
    ("Community Safety Scrutiny Panel", "CSP"),
    ("Budget and Performance Scrutiny Panel", "BPP"),
    ("Culture, Leisure and Tourism Scrutiny Panel", "CLT"),
]

FIRST_DAY = dt.date(2006, 7, 1)
LAST_DAY = dt.date(2026, 6, 30)

ZIPF_EXPONENT = 1.05
SEED_SENTENCE_SHARE = 0.30  # share of sentences taken from the seed minutes
# In the minutes, seed sentences (about 27 words) that would overrun the length
# budget are replaced by generated ones, so they are tried a little more often.
_MINUTES_SEED_CHANCE = 0.40
VOCABULARY_SIZE = 22_000  # pseudo-words + seed words (at least 20,000)

# word -> records it is planted in at n_resolutions = 100,000 (no natural occurrences).
RARE_WORDS: dict[str, int] = {
    "defibrillators": 3,
    "ombudsman": 4,
    "almshouses": 5,
    "crematorium": 6,
    "allotments": 8,
    "bandstand": 10,
    "cemetery": 12,
    "beekeeping": 15,
    "graffiti": 20,
    "lido": 30,
}
# How a rare word is worded when planted.
_RARE_FORMS = {
    "defibrillators": "public defibrillators",
    "ombudsman": "the ombudsman",
    "almshouses": "the almshouses",
    "crematorium": "the crematorium",
    "allotments": "allotments",
    "bandstand": "the bandstand",
    "cemetery": "the cemetery",
    "beekeeping": "beekeeping",
    "graffiti": "graffiti",
    "lido": "the lido",
}

# word -> share of records it is planted in, and the wordings used.
COMMON_WORDS: dict[str, float] = {
    "council": 0.20,
    "report": 0.16,
    "children": 0.15,
    "services": 0.14,
    "budget": 0.12,
    "housing": 0.12,
}
_COMMON_FORMS = {
    "council": ["the council", "council officers", "the wider council", "council policy"],
    "report": ["the report", "a further report", "the annual report", "the officer report"],
    "children": ["children and families", "vulnerable children", "disabled children", "children in need"],
    "services": ["local services", "support services", "commissioned services", "frontline services"],
    "budget": ["the budget", "budget pressures", "the revenue budget", "budget monitoring"],
    "housing": ["housing need", "the housing register", "housing repairs", "temporary housing"],
}

# phrase -> share of records it is planted in (verbatim, words adjacent).
PHRASES: dict[str, float] = {
    "social care": 0.06,
    "foster carers": 0.02,
    "early intervention": 0.015,
    "affordable housing": 0.01,
    "care leavers": 0.008,
    "special educational needs": 0.005,
    "air quality": 0.004,
    "youth offending team": 0.003,
    "street lighting": 0.001,
    "library opening hours": 0.0005,
}

_PLANT_PERIOD = 100_000

# Snowball English stop words (the list PostgreSQL's english configuration uses).
STOP_WORDS = frozenset(
    """i me my myself we our ours ourselves you your yours yourself yourselves he him
    his himself she her hers herself it its itself they them their theirs themselves
    what which who whom this that these those am is are was were be been being have
    has had having do does did doing a an the and but if or because as until while of
    at by for with about against between into through during before after above below
    to from up down in out on off over under again further then once here there when
    where why how all any both each few more most other some such no nor not only own
    same so than too very s t can will just don should now""".split()
)

# Sentences built around a planted phrase ({p}) in the minutes.
_PLANT_SENTENCES = [
    "Members discussed {p} in some detail.",
    "The committee asked about {p} and the timetable for improvement.",
    "Questions were raised about {p}.",
    "The chair welcomed the update on {p}.",
    "Officers agreed to circulate further information on {p}.",
    "A member asked how {p} would be monitored.",
    "It was noted that {p} remained a priority for members.",
    "The lead member gave an update on {p}.",
    "Members sought assurance on {p}.",
]
_BULLET_INTROS = [
    "The following points were raised:",
    "The principal points below were raised in the debate:",
    "During the course of debate the following points were noted:",
    "Members made the following comments:",
    "In response to questions, officers reported that:",
]
_DESCRIPTION_LEADS = [
    "To consider", "To review", "To receive", "To note", "To scrutinise", "To comment on",
    "To receive an update on", "To consider the findings of", "To review progress against",
    "To advise the committee of",
]
_RESOLUTION_LEADS = [
    "That the committee", "That", "That officers be asked to", "That the panel",
    "That the cabinet member be asked to", "The committee agreed that",
    "That the committee recommends that", "Notes", "Requests", "Agrees", "Recommends that",
    "That a further update be provided on", "That the executive be advised that",
]
# Seed sentences naming real people are left out.
_SKIP_NAMES = ("Wolverson", "Sitram", "Hughes")

_TOKEN = re.compile(r"[a-z]+")


def _words_of(text: str) -> int:
    return sum(1 for w in text.split() if w != "•")


# --------------------------------------------------------------------------- seeds


def _read_seeds(seed_dir: Path = SEED_DIR):
    """(sentences, resolution sentences, bullet intros, descriptions, all text)."""
    sentences: list[str] = []
    resolved: list[str] = []
    intros: list[str] = []
    descriptions: list[str] = []
    texts: list[str] = []
    bullet = re.compile(r"^(?:[-·•\u2022]+|\(?[0-9]{1,2}[.)]|\(?[a-h][.)])\s*")
    split = re.compile(r"(?<=[.!?;])\s+(?=[A-Z\u2018\u201c(])")
    for path in sorted(seed_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8").replace("\xa0", " ")
        texts.append(text)
        lines = [" ".join(line.split()) for line in text.splitlines()]
        lines = [line for line in lines if line]
        section = "head"
        for line in lines:
            low = line.lower()
            if low in ("agenda item", "supporting documents:") or low.startswith("reason for decision"):
                section = "skip" if low != "agenda item" else "head"
                continue
            if low.startswith("minutes:"):
                section = "minutes"
                continue
            if low.startswith("resolved"):
                section = "resolved"
                line = line.split(":", 1)[1].strip() if ":" in line else ""
                if not line:
                    continue
            if section == "skip" or line.upper() == "THAT":
                continue
            if line.endswith(":") and section != "minutes":
                continue
            line = bullet.sub("", line).strip()
            if not line:
                continue
            for sentence in split.split(line):
                sentence = sentence.strip().rstrip(";:, ")
                if sentence.endswith(("; and", " and")):
                    sentence = sentence.rsplit(" ", 1)[0].rstrip(";, ")
                if not sentence or any(name in sentence for name in _SKIP_NAMES):
                    continue
                n = len(sentence.split())
                if line.endswith(":") and section == "minutes":
                    if 3 <= n <= 14:
                        intros.append(sentence + ":")
                    continue
                sentence = sentence[0].upper() + sentence[1:]
                if sentence[-1] not in ".!?":
                    sentence += "."
                if section == "head":
                    if sentence.startswith("To ") and 5 <= n <= 45:
                        descriptions.append(sentence)
                    continue
                if section == "resolved":
                    if 4 <= n <= 45:
                        resolved.append(sentence)
                    continue
                if 5 <= n <= 60:
                    sentences.append(sentence)
    if not sentences:
        raise RuntimeError(f"no seed sentences found in {seed_dir}")
    return sentences, resolved, intros, descriptions, "\n".join(texts)


# --------------------------------------------------------------------------- vocabulary


def _pseudo_words(rng: Random, n: int, taken: set[str], banned_prefixes: tuple[str, ...]) -> list[str]:
    onsets = ("", "", "b", "br", "c", "ch", "cl", "cr", "d", "dr", "f", "fl", "fr", "g", "gl",
              "gr", "h", "j", "k", "l", "m", "n", "p", "pl", "pr", "r", "s", "sc", "sh", "sl",
              "sp", "st", "str", "t", "th", "tr", "v", "w", "wh", "y", "z")
    nuclei = ("a", "a", "e", "e", "i", "i", "o", "o", "u", "ai", "ea", "ee", "ie", "oa", "ou",
              "oo", "ay", "ey")
    codas = ("", "", "", "", "n", "n", "r", "r", "l", "s", "s", "t", "t", "m", "nd", "nt",
             "st", "rk", "ck", "ng", "x", "th", "ll", "ss", "rd", "ld", "mp", "nce", "ge")
    syllables = (1, 2, 2, 2, 2, 3, 3, 3, 4)
    out: list[str] = []
    seen = set(taken)
    choice = rng.choice
    while len(out) < n:
        word = "".join(choice(onsets) + choice(nuclei) + choice(codas) for _ in range(choice(syllables)))
        if len(word) < 3 or word in seen or word.startswith(banned_prefixes):
            continue
        seen.add(word)
        out.append(word)
    return out


def _rank_vocabulary(rng: Random, seed_counts: Counter, pseudo: list[str]) -> list[str]:
    """Seed words take the top ranks (by seed frequency), then mix with pseudo-words.

    Shorter pseudo-words get higher ranks (frequent words are short).
    """
    seed_words = [w for w, _ in seed_counts.most_common()]
    pseudo = sorted(pseudo, key=lambda w: len(w) + 3 * rng.random())
    head, rest = seed_words[:200], seed_words[200:]
    ranked = list(head)
    # Spread the remaining seed words over the next ~6,000 ranks.
    gap = max(1, 6000 // max(1, len(rest)))
    it = iter(pseudo)
    for word in rest:
        ranked.extend(itertools.islice(it, gap - 1))
        ranked.append(word)
    ranked.extend(it)
    return ranked


# --------------------------------------------------------------------------- corpus


class Corpus:
    """Deterministic streaming generator of meetings, agenda items and resolutions."""

    POOLS = 16  # Zipf sample pools of 65,536 words each (indexed by 16-bit random numbers)

    def __init__(self, n_resolutions: int, seed: int = 1):
        if n_resolutions < 0:
            raise ValueError("n_resolutions must be >= 0")
        self.n_resolutions = n_resolutions
        self.seed = seed
        rng = Random(f"corpus:{seed}:setup")

        # Seeds -----------------------------------------------------------
        sentences, resolved, intros, descriptions, seed_text = _read_seeds()
        tokens = [t for t in _TOKEN.findall(seed_text.lower()) if len(t) > 1 or t == "a"]
        seed_counts = Counter(tokens)
        reserved = tuple(sorted({w[:5] for w in RARE_WORDS}))
        clash = sorted(w for w in seed_counts if w.startswith(reserved))
        if clash:
            raise RuntimeError(f"rare words occur in the seeds: {clash}")

        # Vocabulary ------------------------------------------------------
        n_pseudo = max(VOCABULARY_SIZE - len(seed_counts), 20_000 - len(seed_counts))
        pseudo = _pseudo_words(rng, n_pseudo, set(seed_counts) | STOP_WORDS, reserved)
        self.vocabulary: list[str] = _rank_vocabulary(rng, seed_counts, pseudo)
        weights = [1.0 / (r ** ZIPF_EXPONENT) for r in range(1, len(self.vocabulary) + 1)]
        cum = list(itertools.accumulate(weights))
        self._pools = [tuple(rng.choices(self.vocabulary, cum_weights=cum, k=65536))
                       for _ in range(self.POOLS)]
        # Content words (no stop words) for titles and for varying seed sentences.
        content = [(w, wt) for w, wt in zip(self.vocabulary, weights) if w not in STOP_WORDS and len(w) > 2]
        ccum = list(itertools.accumulate(wt for _, wt in content))
        cwords = [w for w, _ in content]
        self._content_pools = [tuple(rng.choices(cwords, cum_weights=ccum, k=65536)) for _ in range(4)]

        # Seed sentences, split once: (text, words, replaceable positions) --
        def prepared(sentence_list):
            out = []
            for s in sentence_list:
                words = s.split()
                positions = tuple(
                    i for i, w in enumerate(words)
                    if i > 0 and w.isalpha() and w.islower() and len(w) > 3 and w not in STOP_WORDS
                )
                out.append((s, len(words), words, positions))
            return out

        self._seed = prepared(sentences)
        self._seed_short = [s for s in self._seed if s[1] <= 30]  # for resolutions
        self._seed_resolved = prepared(resolved) or self._seed_short
        self._seed_descriptions = descriptions or [s[0] for s in self._seed if s[0].startswith("To ")]
        self._intros = _BULLET_INTROS + intros
        self.seed_sentences = sentences

        # Structure: items per meeting, resolutions per item --------------
        srng = Random(f"corpus:{seed}:structure")
        res_per_item = bytearray()
        items_per_meeting = bytearray()
        left = n_resolutions
        res_sizes = (1, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5)  # mean 3
        while left > 0:
            n_items = 6 + int(srng.random() * 9)  # 6..14, mean 10
            made = 0
            while made < n_items and left > 0:
                k = min(res_sizes[int(srng.random() * len(res_sizes))], left)
                res_per_item.append(k)
                left -= k
                made += 1
            items_per_meeting.append(made)
        self._res_per_item = res_per_item
        self._items_per_meeting = items_per_meeting
        self.n_meetings = len(items_per_meeting)
        self.n_items = len(res_per_item)

        # Planting tables --------------------------------------------------
        prng = Random(f"corpus:{seed}:plants")
        self._plant_table = {}  # (stream, residue) -> [(kind, word)]
        for stream in ("items", "resolutions"):
            table: dict[int, list] = {}
            for word, share in COMMON_WORDS.items():
                for r in prng.sample(range(_PLANT_PERIOD), round(share * _PLANT_PERIOD)):
                    table.setdefault(r, []).append(("common", word))
            for phrase, share in PHRASES.items():
                for r in prng.sample(range(_PLANT_PERIOD), round(share * _PLANT_PERIOD)):
                    table.setdefault(r, []).append(("phrase", phrase))
            self._plant_table[stream] = table
        # Rare words: exact record numbers (items first, then resolutions).
        total = self.n_items + self.n_resolutions
        self.rare_counts: dict[str, int] = {}
        self._rare = {"items": {}, "resolutions": {}}
        for word, base in RARE_WORDS.items():
            count = min(total, max(1, round(base * n_resolutions / 100_000))) if total else 0
            self.rare_counts[word] = count
            for r in sorted(prng.sample(range(total), count)):
                if r < self.n_items:
                    self._rare["items"].setdefault(r, []).append(word)
                else:
                    self._rare["resolutions"].setdefault(r - self.n_items, []).append(word)

    # ------------------------------------------------------------------ text

    def _zipf(self, rng: Random, k: int, pools=None) -> tuple:
        """k words (k >= 2) drawn by Zipf's law."""
        pool = (pools or self._pools)[rng.getrandbits(4) % len(pools or self._pools)]
        return itemgetter(*array("H", rng.randbytes(2 * k)))(pool)

    def _generated(self, rng: Random, k: int) -> str:
        s = " ".join(self._zipf(rng, max(k, 2)))
        return s[0].upper() + s[1:] + "."

    def _seed_sentence(self, rng: Random, choices) -> tuple[str, int]:
        text, n, words, positions = choices[int(rng.random() * len(choices))]
        if positions and rng.random() < 0.5:
            words = list(words)
            pool = self._content_pools[rng.getrandbits(2)]
            words[positions[int(rng.random() * len(positions))]] = pool[rng.getrandbits(16)]
            text = " ".join(words)
        return text, n

    def _plants(self, stream: str, index: int, rng: Random) -> list[str]:
        out = []
        for kind, word in self._plant_table[stream].get(index % _PLANT_PERIOD, ()):
            if kind == "common":
                forms = _COMMON_FORMS[word]
                out.append(forms[int(rng.random() * len(forms))])
            else:
                out.append(word)
        for word in self._rare[stream].get(index, ()):
            out.append(_RARE_FORMS[word])
        return out

    def _title(self, rng: Random) -> str:
        s = " ".join(self._zipf(rng, 4 + int(rng.random() * 6), self._content_pools))
        if rng.random() < 0.3:
            return s.title()
        return s[0].upper() + s[1:]

    def _description(self, rng: Random) -> str:
        if rng.random() < SEED_SENTENCE_SHARE and self._seed_descriptions:
            return self._seed_descriptions[int(rng.random() * len(self._seed_descriptions))]
        lead = _DESCRIPTION_LEADS[int(rng.random() * len(_DESCRIPTION_LEADS))]
        return lead + " " + " ".join(self._zipf(rng, 5 + int(rng.random() * 12))) + "."

    def _minutes(self, rng: Random, plants: list[str]) -> str:
        target = 85 + int(rng.random() * 106)  # 85..190 words; result 85..~197
        sentences: list[str] = []
        words = 0
        for p in plants:
            s = _PLANT_SENTENCES[int(rng.random() * len(_PLANT_SENTENCES))].format(p=p)
            sentences.append(s[0].upper() + s[1:])
            words += len(s.split())
        n_bullets = 2 + int(rng.random() * 3) if rng.random() < 0.6 else 0
        intro = ""
        if n_bullets:
            intro = self._intros[int(rng.random() * len(self._intros))]
            words += len(intro.split())
        seed, random_ = self._seed, rng.random
        while words < target:
            remaining = target - words
            if random_() < _MINUTES_SEED_CHANCE:
                # Seed sentences run long; retry a couple of times to keep their share.
                for _ in range(3):
                    text, n = self._seed_sentence(rng, seed)
                    if n <= remaining + 6:
                        break
                if n <= remaining + 6:
                    sentences.append(text)
                    words += n
                    continue
            n = min(8 + int(random_() * 21), max(remaining, 4))
            sentences.append(self._generated(rng, n))
            words += n
        # Planted sentences go anywhere, not just first.
        for i in range(len(plants)):
            j = int(random_() * len(sentences))
            sentences[i], sentences[j] = sentences[j], sentences[i]
        n_bullets = min(n_bullets, len(sentences) - 1)
        body = sentences[: len(sentences) - n_bullets] if n_bullets else sentences
        paras = []
        i = 0
        while i < len(body):
            step = 1 + int(random_() * 3)
            paras.append(" ".join(body[i : i + step]))
            i += step
        if n_bullets > 0:
            bullets = "\n".join("• " + s for s in sentences[len(sentences) - n_bullets :])
            paras.insert(min(len(paras), 1 + int(random_() * len(paras))), intro + "\n" + bullets)
        return "\n\n".join(paras)

    def _resolution_text(self, rng: Random, plants: list[str]) -> str:
        target = 15 + int(rng.random() * 31)  # 15..45
        pw = sum(len(p.split()) for p in plants)
        if rng.random() < SEED_SENTENCE_SHARE:
            choices = self._seed_resolved if rng.random() < 0.3 else self._seed_short
            text, n = self._seed_sentence(rng, choices)
            rest = target - n
            if not plants and 15 <= n <= 45 and rest < 5:
                return text
            if n + pw + 4 <= 45:
                k = max(rest - pw - 2, 2)
                extra = list(self._zipf(rng, k))
                for p in plants:
                    extra.insert(int(rng.random() * (len(extra) + 1)), p)
                tail = " ".join(extra)
                return text + " Officers to " + tail + "."
        lead = _RESOLUTION_LEADS[int(rng.random() * len(_RESOLUTION_LEADS))]
        k = max(target - len(lead.split()) - pw, 2)
        words = list(self._zipf(rng, k))
        for p in plants:
            words.insert(int(rng.random() * (len(words) + 1)), p)
        return lead + " " + " ".join(words) + "."

    # ------------------------------------------------------------------ streams

    def meetings(self):
        """{"key", "committee", "start"}: 18:00 on weekdays, spread over 20 years."""
        rng = Random(f"corpus:{self.seed}:meetings")
        span = (LAST_DAY - FIRST_DAY).days + 1
        m = self.n_meetings
        n_committees = len(COMMITTEES)
        order: list[int] = []
        for i in range(m):
            if i % n_committees == 0:
                order = list(range(n_committees))
                rng.shuffle(order)
            lo, hi = i * span // m, (i + 1) * span // m
            day = FIRST_DAY + dt.timedelta(days=lo + int(rng.random() * max(1, hi - lo)))
            wd = day.weekday()
            if wd >= 5:  # Saturday -> Monday, Sunday -> Monday (2026-06-30 is a Tuesday)
                day += dt.timedelta(days=7 - wd)
            yield {
                "key": i + 1,
                "committee": order[i % n_committees],
                "start": dt.datetime(day.year, day.month, day.day, 18, 0),
            }

    def items(self):
        """{"key", "meeting", "number", "order", "title", "description", "minutes"}."""
        rng = Random(f"corpus:{self.seed}:items")
        key = 0
        for meeting, n_items in enumerate(self._items_per_meeting, 1):
            for order in range(1, n_items + 1):
                plants = self._plants("items", key, rng)
                key += 1
                yield {
                    "key": key,
                    "meeting": meeting,
                    "number": str(order),
                    "order": order,
                    "title": self._title(rng),
                    "description": self._description(rng),
                    "minutes": self._minutes(rng, plants),
                }

    def resolutions(self):
        """{"key", "item", "order", "label", "text"}; exactly n_resolutions of them."""
        rng = Random(f"corpus:{self.seed}:resolutions")
        key = 0
        letters = "abcdefghij"
        for item, n_res in enumerate(self._res_per_item, 1):
            for order in range(1, n_res + 1):
                plants = self._plants("resolutions", key, rng)
                key += 1
                yield {
                    "key": key,
                    "item": item,
                    "order": order,
                    "label": letters[order - 1] if n_res > 1 else "",
                    "text": self._resolution_text(rng, plants),
                }


# --------------------------------------------------------------------------- queries


def queries(corpus: Corpus | None = None) -> dict[str, list[str]]:
    """Benchmark queries in websearch_to_tsquery syntax, by class."""
    rare = list(RARE_WORDS)
    if corpus is not None:
        rare = [w for w in rare if corpus.rare_counts.get(w)]
    return {
        "rare": rare,
        "common": [
            "council", "report", "children", "services", "budget", "housing",
            "council report", "children services",
        ],
        "phrase": [f'"{p}"' for p in PHRASES],
        "exclusion": [
            "council -budget",
            "children -housing",
            "services -children",
            "report -council",
            "budget -report",
            "housing -children",
            "council -ombudsman",
            'housing -"affordable housing"',
        ],
    }


# --------------------------------------------------------------------------- check


_TERM = re.compile(r'(-?)"([^"]+)"|(-?)(\S+)')


def _parse(query: str) -> list[tuple[bool, str]]:
    """[(negated, term)], a term being a word or a space-separated phrase."""
    out = []
    for m in _TERM.finditer(query):
        if m.group(2) is not None:
            out.append((m.group(1) == "-", " ".join(_TOKEN.findall(m.group(2).lower()))))
        else:
            out.append((m.group(3) == "-", m.group(4).lower()))
    return out


def _main(argv=None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="number of resolutions")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=0, help="print this many sample records")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    corpus = Corpus(args.n, args.seed)
    t1 = time.perf_counter()
    n_meetings = sum(1 for _ in corpus.meetings())
    n_items = sum(1 for _ in corpus.items())
    n_res = sum(1 for _ in corpus.resolutions())
    t2 = time.perf_counter()
    print(f"meetings {n_meetings:,}  items {n_items:,}  resolutions {n_res:,}  "
          f"records (items+resolutions) {n_items + n_res:,}")
    print(f"vocabulary {len(corpus.vocabulary):,} words; seed sentences {len(corpus.seed_sentences)}")
    print(f"setup {t1 - t0:.2f}s, generation {t2 - t1:.2f}s, total {t2 - t0:.2f}s")

    # Second pass: checks and term shares (not timed above).
    qs = queries(corpus)
    terms = sorted({t for qlist in qs.values() for q in qlist for _, t in _parse(q)})
    words_only = [t for t in terms if " " not in t]
    phrases = [t for t in terms if " " in t]
    parsed = {q: _parse(q) for qlist in qs.values() for q in qlist}
    term_hits = Counter()
    query_hits = Counter()
    bad = Counter()
    first = min(m["start"] for m in corpus.meetings())
    last = max(m["start"] for m in corpus.meetings())
    for m in corpus.meetings():
        s = m["start"]
        if s.weekday() >= 5 or (s.hour, s.minute) != (18, 0):
            bad["meeting time"] += 1

    def records():
        for it in corpus.items():
            n = len(it["title"].split())
            bad["title words"] += not 4 <= n <= 9
            bad["minutes words"] += not 80 <= _words_of(it["minutes"]) <= 200
            yield " ".join((it["title"], it["description"], it["minutes"]))
        for r in corpus.resolutions():
            bad["resolution words"] += not 15 <= len(r["text"].split()) <= 45
            yield r["text"]

    shown = 0
    for text in records():
        if shown < args.show:
            print("---\n" + text)
            shown += 1
        toks = _TOKEN.findall(text.lower())
        present = set(toks)
        joined = " " + " ".join(toks) + " "
        hit = {w for w in words_only if w in present}
        hit.update(p for p in phrases if " " + p + " " in joined)
        for t in hit:
            term_hits[t] += 1
        for q, parts in parsed.items():
            if all((t in hit) != neg for neg, t in parts):
                query_hits[q] += 1
    total = n_items + n_res
    print(f"meetings from {first:%Y-%m-%d %a %H:%M} to {last:%Y-%m-%d %a %H:%M}")
    print("range violations:", {k: v for k, v in bad.items() if v} or "none")
    print(f"\nshare of {total:,} records (plain lowercase token match, no stemming):")
    for cls, qlist in qs.items():
        print(f"[{cls}]")
        for q in qlist:
            detail = "  ".join(
                f"{'-' if neg else ''}{t}={term_hits[t] / total:.4%}({term_hits[t]})"
                for neg, t in parsed[q]
            )
            print(f"  {q:32} matches {query_hits[q] / total:8.4%} ({query_hits[q]:>7,})   {detail}")


if __name__ == "__main__":
    _main()
