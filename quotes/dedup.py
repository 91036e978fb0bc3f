"""Near-duplicate decisions between quotes of one speaker: merge, related, or separate.

Matching works on a normalised copy (quote marks, case, whitespace, punctuation, ellipses); stored text
is never changed. Only quotes of the same speaker are ever compared (the caller guarantees it).

Candidates come from a blocking index of *keys*: the hashed content words of a quote (numbers included,
function words left out). A repeat, a fragment, a re-punctuated or retyped copy and most paraphrases share
most of their content words, so looking up a new quote's keys finds them without scanning the speaker's
other quotes. The store keeps the keys in the ``quote_key`` table; :class:`Clusterer` keeps them in memory
for the benchmark and the evaluation on annotated pairs. Both call :func:`decide` on the candidates.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz, process

# Thresholds: rapidfuzz scores on normalised text, 0-100. Chosen on the 184 hand-labelled pairs of
# seeds/dedup_pairs.jsonl (IndoSum quotes from different articles, same speaker) and the two seed articles.
#
# Whole-statement similarity (``fuzz.ratio``) at or above which two quotes are the same statement.
# Labelled near-verbatim pairs (re-punctuated, a typo, a word added or dropped) score 90-100; the
# highest-scoring hard negative (same template, another club and score) scores 86 and is caught by the
# token guard anyway.
SAME_STATEMENT_MIN = 88.0
# Fragment joining: the shorter quote aligned inside the longer one (``fuzz.partial_ratio``) at or
# above this joins it. Labelled fragments score 96-100 (a changed quote mark or a typo costs a point or
# two); different statements of one speaker that share a phrase stay below 90.
FRAGMENT_MIN = 94.0
# ... or, word by word, this share of the fragment's words in order within a stretch of the longer
# quote at most ``FRAGMENT_MAX_GAP_WORDS`` longer than the fragment. Labelled fragments with a word
# changed, dropped or inserted reach 0.86-0.94; the closest same-speaker hard negative reaches 0.71.
FRAGMENT_WORDS_MIN = 0.85
FRAGMENT_MAX_GAP_WORDS = 3
# A fragment needs this many words, so that stock phrases ("kami akan terus berupaya") never join a
# longer statement; the shortest labelled true fragment has 7 words.
FRAGMENT_MIN_WORDS = 5
# Weaker kinship, stored as a scored "related" link and never merged: ``fuzz.token_set_ratio`` at or
# above this. On the labelled pairs, 60 / 70 / 80 link 35 / 32 / 21 of the 48 paraphrases and 16 / 9 / 3
# of the 32 same-speaker hard negatives; 70 keeps Peskov's rifle statement in the two seeds (72).
RELATED_MIN = 70.0
# ... and a related pair must share this fraction of the shorter quote's content words (keys), so
# that two short quotes sharing one rare word are not linked.
RELATED_MIN_SHARED = 0.4
# Blocking: a candidate must share this many keys with the new quote (or all of them, for a quote with
# fewer), and only the best ``MAX_CANDIDATES`` by shared keys are scored. A fraction of the new quote's
# keys would miss a long quote arriving after its short fragment. Every labelled duplicate pair shares
# >= 3 keys; 8 candidates keep scoring constant per insert.
MIN_SHARED_KEYS = 2
MAX_CANDIDATES = 8
# In-memory index only: a key whose posting list (clusters of one speaker containing the word) is
# longer than this is a stop word for that speaker and is skipped while other keys are available, and a
# new quote is looked up by its ``MAX_QUERY_KEYS`` rarest keys (shortest postings). A repeat or a
# fragment shares all or nearly all of its rare words, so neither loses a labelled pair; they keep the
# cost per quote flat as common words' postings grow (chosen on the benchmark: recall unchanged at 100k).
# The store relies on its SQL index instead.
MAX_POSTING = 500
MAX_QUERY_KEYS = 6

# A quote with at most this many content words (keys) is a stock phrase that a spokesperson repeats
# about different events ("tidak ada korban jiwa dalam peristiwa tersebut": 4); it only merges with a
# quote of the same speaker first seen within ``STOCK_PHRASE_WINDOW_DAYS``. Labelled repeats of such
# phrases across outlets were published within 2 days of each other.
STOCK_PHRASE_MAX_KEYS = 4
STOCK_PHRASE_WINDOW_DAYS = 7

Decision = Literal["merge", "related", "separate"]

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,x]\d+)*")
_CAPITALISED = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)")
# Words that change which day or time a sentence is about, so that a repeated template ("besok" vs
# "kemarin") is a different statement.
_TIME_TEXT = (
    "kemarin besok lusa tadi nanti pagi siang sore malam today yesterday tomorrow tonight "
    "pekan minggu bulan tahun week month year"
)
_TIME_WORDS = frozenset(_TIME_TEXT.split())
# Function words of Indonesian and English news quotes: never blocking keys. Listed by hand from the
# most frequent words of the extracted IndoSum quotes.
_STOP_TEXT = """yang dan di ke dari ini itu untuk dengan tidak ada akan dalam juga pada saya kami kita kamu anda
    dia ia mereka karena sudah bisa atau jadi lebih tapi tetapi namun saat sangat harus masih bahwa
    seperti kalau jika agar oleh hanya telah belum sebagai lagi semua para mau apa adalah nya pun
    itu sini sana kok ya lah kan sih dong nah the and of to in is that for it we be will on are with
    this not have was they you at as by our but from has an all he she i my can would there"""
_STOP = frozenset(_STOP_TEXT.split())


# Normalised forms, keys and signatures of recently seen texts: a stored quote's canonical text is
# compared with many new wordings. Pure functions, so caching changes nothing but time.
_CACHE_SIZE = 1 << 16
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@lru_cache(maxsize=_CACHE_SIZE)
def normalise(text: str) -> str:
    """Lower-case, accents folded, punctuation and quote marks removed, whitespace collapsed."""
    folded = text if text.isascii() else _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return _SPACE.sub(" ", _PUNCT.sub(" ", folded.lower())).strip()


def _key(word: str) -> int:
    """A stable signed 63-bit hash (Python's ``hash`` changes between processes)."""
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "big") >> 1


@lru_cache(maxsize=_CACHE_SIZE)
def keys(text: str) -> frozenset[int]:
    """Blocking keys of a quote: its content words, hashed; the whole text for a quote of only stop words."""
    words = normalise(text).split()
    content = {w for w in words if (len(w) >= 3 or w.isdigit()) and w not in _STOP}
    if not content and words:
        content = {" ".join(words)}
    return frozenset(_key(w) for w in content)


@dataclass(frozen=True)
class Signature:
    """The tokens that tell one instance of a sentence template from another: numbers, names, days."""

    numbers: frozenset[str]
    names: frozenset[str]
    times: frozenset[str]


@lru_cache(maxsize=_CACHE_SIZE)
def signature(text: str) -> Signature:
    numbers = frozenset(n.replace(".", "").replace(",", "") for n in _NUMBER.findall(text))
    names = set()
    for match in _CAPITALISED.finditer(text):
        before = text[: match.start()].rstrip(" \"'“”‘’([")
        if before and before[-1] not in ".!?:\n":  # a capital after a sentence end proves nothing
            names.add(normalise(match.group(1)))
    words = set(normalise(text).split())
    return Signature(numbers, frozenset(n for n in names if n), frozenset(words & _TIME_WORDS))


def _missing(names: Iterable[str], words: set[str]) -> set[str]:
    """Names with no close spelling (typo-tolerant) among ``words``."""
    return {
        name
        for name in names
        if name not in words
        and process.extractOne(name, words, scorer=fuzz.ratio, processor=None, score_cutoff=80.0) is None
    }


def conflict(short: str, long: str, *, fragment: bool, loose_names: bool = False) -> str | None:
    """Why ``short`` and ``long`` are different instances of one template, or None.

    Numbers and time words must agree: a fragment's must all occur in the longer quote, two whole
    statements must have the same ones. Names are compared the same way, typo-tolerant;
    with ``loose_names`` (related links: translations name things differently) one shared name suffices.
    """
    a, b = signature(short), signature(long)
    tokens_a, tokens_b = normalise(short).split(), normalise(long).split()
    words_a, words_b = set(tokens_a), set(tokens_b)
    if fragment:
        # what the longer quote says where the fragment aligns must be in the fragment too
        blocks = [
            x
            for x in difflib.SequenceMatcher(a=tokens_a, b=tokens_b, autojunk=False).get_matching_blocks()
            if x.size
        ]
        if blocks:
            stretch = set(tokens_b[blocks[0].b : blocks[-1].b + blocks[-1].size])
            inside = (b.names | b.numbers) & stretch
            extra = {w for w in inside if w not in words_a}
            if extra and _missing(extra, words_a):
                return f"{sorted(extra)[0]} where the fragment aligns"
    for what, sa, sb in (("number", a.numbers, b.numbers), ("time", a.times, b.times)):
        if fragment and sa - sb:
            return f"{what} {sorted(sa - sb)[0]} not in the longer quote"
        if not fragment and sa != sb:
            return f"{what} {' '.join(sorted(sa ^ sb))} in one wording only"
    # a name written twice in one wording and once in the other was substituted once
    count_a, count_b = Counter(tokens_a), Counter(tokens_b)
    only_a = _missing(a.names, words_b) | {n for n in a.names if 0 < count_b[n] < count_a[n]}
    only_b = _missing(b.names, words_a) | {n for n in b.names if 0 < count_a[n] < count_b[n]}
    if fragment and only_a:
        return f"name {sorted(only_a)[0]} not in the longer quote"
    if loose_names and (a.names - only_a or not a.names or not b.names):
        return None
    if not fragment and only_a and only_b:
        return f"name {sorted(only_a)[0]} vs {sorted(only_b)[0]}"
    return None


@dataclass(frozen=True)
class Verdict:
    decision: Decision
    score: float
    """0-1: the score that decided (ratio, partial_ratio or token_set_ratio)."""
    reason: str


def decide(new: str, existing: str, *, days_apart: float | None = None) -> Verdict:
    """Is ``new`` the same statement as ``existing`` (merge), a weaker kin (related), or another one?

    ``days_apart``: time between the two, when known; a short stock phrase ("tidak ada korban jiwa dalam
    peristiwa tersebut") said again weeks later is another statement, not a repeat.
    """
    a, b = normalise(new), normalise(existing)
    if not a or not b:
        return Verdict("separate", 0.0, "empty")
    if (
        days_apart is not None
        and abs(days_apart) > STOCK_PHRASE_WINDOW_DAYS
        and min(len(keys(new)), len(keys(existing))) <= STOCK_PHRASE_MAX_KEYS
    ):
        return Verdict("separate", 0.0, f"short and {abs(days_apart):.0f} days apart")
    short, long = (new, existing) if len(a) <= len(b) else (existing, new)
    n_short, n_long = (a, b) if len(a) <= len(b) else (b, a)
    whole = fuzz.ratio(a, b, processor=None, score_cutoff=SAME_STATEMENT_MIN)
    if whole:
        why = conflict(short, long, fragment=False)
        if why is None:
            return Verdict("merge", round(whole / 100, 4), "near-verbatim")
        return Verdict("separate", round(whole / 100, 4), f"template: {why}")
    if len(n_short.split()) >= FRAGMENT_MIN_WORDS:
        part = fuzz.partial_ratio(n_short, n_long, processor=None, score_cutoff=FRAGMENT_MIN)
        part = part or 100 * word_containment(n_short, n_long)
        if part:
            why = conflict(short, long, fragment=True)
            if why is None:
                return Verdict("merge", round(part / 100, 4), "fragment")
            return Verdict("separate", round(part / 100, 4), f"template: {why}")
    ka, kb = keys(new), keys(existing)
    shared = len(ka & kb) / max(1, min(len(ka), len(kb)))
    related = fuzz.token_set_ratio(a, b, processor=None, score_cutoff=RELATED_MIN)
    if related and shared >= RELATED_MIN_SHARED and min(len(ka), len(kb)) >= 3:
        why = conflict(short, long, fragment=False, loose_names=True)
        if why is None:
            return Verdict("related", round(related / 100, 4), "shared wording")
        return Verdict("separate", round(related / 100, 4), f"template: {why}")
    return Verdict("separate", round(fuzz.ratio(a, b, processor=None) / 100, 4), "different")


def word_containment(short: str, long: str) -> float:
    """Share of the words of ``short`` found in order in one tight stretch of ``long`` (normalised texts).

    Catches a fragment with a word changed or inserted ("adalah" / "merupakan"), which costs
    ``partial_ratio`` too much on short quotes; 0 when below ``FRAGMENT_WORDS_MIN`` or when the matched
    words are spread over a stretch much longer than ``short``.
    """
    a, b = short.split(), long.split()
    if not a:
        return 0.0
    present = set(b)
    if sum(word in present for word in a) < FRAGMENT_WORDS_MIN * len(a):  # cheap bound before aligning
        return 0.0
    blocks = [
        blk for blk in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_matching_blocks() if blk.size
    ]
    matched = sum(blk.size for blk in blocks)
    if not blocks or matched / len(a) < FRAGMENT_WORDS_MIN:
        return 0.0
    stretch = blocks[-1].b + blocks[-1].size - blocks[0].b
    if stretch > len(a) + FRAGMENT_MAX_GAP_WORDS:
        return 0.0
    return round(matched / len(a), 4)


def is_fuller(new: str, canonical: str) -> bool:
    """True when ``new`` is a more complete wording than the canonical text: more words, then more letters."""
    a, b = normalise(new), normalise(canonical)
    return (len(a.split()), len(a)) > (len(b.split()), len(b))


def shared_enough(shared: int, n_keys: int) -> bool:
    """Blocking filter: does a candidate share enough of the new quote's keys to be scored?"""
    return shared >= min(MIN_SHARED_KEYS, n_keys)


# --- word-level diff, for showing how a quote's wording drifted between two appearances -------------

DiffOp = Literal["equal", "replace", "delete", "insert"]


@dataclass(frozen=True)
class DiffChunk:
    op: DiffOp
    a: str
    """Words of the first variant (as written), empty for an insert."""
    b: str
    """Words of the second variant (as written), empty for a delete."""


def diff_words(a: str, b: str) -> list[DiffChunk]:
    """Word-level diff of two wordings; words are compared normalised, shown as written.

    >>> [c.op for c in diff_words("Kami siap, besok!", "kami siap bertanding besok")]
    ['equal', 'insert', 'equal']
    """
    wa, wb = a.split(), b.split()
    na, nb = [normalise(w) for w in wa], [normalise(w) for w in wb]
    matcher = difflib.SequenceMatcher(a=na, b=nb, autojunk=False)
    return [
        DiffChunk(op, " ".join(wa[i1:i2]), " ".join(wb[j1:j2]))
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
    ]


def format_diff(chunks: Sequence[DiffChunk]) -> str:
    """``[-removed-]{+added+}`` inline notation, as ``git diff --word-diff`` prints it."""
    parts = []
    for chunk in chunks:
        if chunk.op == "equal":
            parts.append(chunk.a)
            continue
        if chunk.a:
            parts.append(f"[-{chunk.a}-]")
        if chunk.b:
            parts.append(f"{{+{chunk.b}+}}")
    return " ".join(parts)


# --- in-memory clustering, the same decisions as the store ---------------------------------------


@dataclass
class Cluster:
    id: int
    speaker: str
    text: str
    members: list[int] = field(default_factory=list)
    keys: frozenset[int] = frozenset()
    """Keys already in the index for this cluster (a posting never lists a cluster twice)."""


@dataclass(frozen=True)
class Placement:
    cluster: int
    decision: Decision
    score: float
    related: tuple[tuple[int, float], ...] = ()


class Clusterer:
    """Incremental clustering over an in-memory blocking index (benchmark and pair evaluation).

    ``add`` looks up the new quote's keys among the speaker's clusters, scores the best candidates with
    :func:`decide`, and joins the best merge or starts a cluster; cost per quote does not grow with the
    number of quotes already added (postings longer than ``MAX_POSTING`` are skipped).
    """

    def __init__(self) -> None:
        self.clusters: list[Cluster] = []
        self.related: dict[tuple[int, int], float] = {}
        self._postings: dict[tuple[str, int], list[int]] = {}

    def candidates(self, speaker: str, quote_keys: frozenset[int]) -> list[int]:
        postings = sorted(filter(None, (self._postings.get((speaker, k)) for k in quote_keys)), key=len)
        usable = [p for p in postings if len(p) <= MAX_POSTING][:MAX_QUERY_KEYS] or postings[:1]
        counts = Counter(c for posting in usable for c in posting)
        return [c for c, n in counts.most_common(MAX_CANDIDATES) if shared_enough(n, len(quote_keys))]

    def add(self, speaker: str, text: str, member: int) -> Placement:
        quote_keys = keys(text)
        best: tuple[float, int] | None = None
        related: list[tuple[int, float]] = []
        for cid in self.candidates(speaker, quote_keys):
            verdict = decide(text, self.clusters[cid].text)
            if verdict.decision == "merge" and (best is None or verdict.score > best[0]):
                best = (verdict.score, cid)
            elif verdict.decision == "related":
                related.append((cid, verdict.score))
        if best is None:
            cid = len(self.clusters)
            self.clusters.append(Cluster(cid, speaker, text, [member]))
            decision: Decision = "separate"
            score = 1.0
        else:
            score, cid = best
            cluster = self.clusters[cid]
            cluster.members.append(member)
            if is_fuller(text, cluster.text):
                cluster.text = text
            decision = "merge"
        cluster = self.clusters[cid]
        for key in quote_keys - cluster.keys:
            self._postings.setdefault((speaker, key), []).append(cid)
        cluster.keys = cluster.keys | quote_keys
        for other, rscore in related:
            if other != cid:
                pair = (min(cid, other), max(cid, other))
                self.related[pair] = max(rscore, self.related.get(pair, 0.0))
        return Placement(cid, decision, score, tuple(related))
