"""Speaker identity across articles: the registry data file and the name-matching rules.

An article's extractor gives each quote a canonical name *within that article* (``Putin`` becomes
``Vladimir Putin`` when the article names him in full). Across articles, a name is linked to a stored
speaker by, in order: the exact name, a known alias or role (``Presiden Rusia``, ``Kantor Berita Pusat
Korea``), a short form of one longer known name (``Putin`` -> ``Vladimir Putin``), or a spelling variant
(``Dmitri Peskov``). A short form that fits two known speakers (``Kim``) is linked only when the article
itself points to one of them (its other names or roles occur in the text); otherwise it stays apart.
The database side is :mod:`quotes.store.speakers`; this module is pure.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from rapidfuzz import fuzz

from quotes.dedup import normalise
from quotes.extract.lexicon import lexicon

LinkMethod = Literal["exact", "alias", "role", "short", "longer", "spelling", "context", "ambiguous", "new"]

# Link confidence per method, stored on every appearance (``appearance.speaker_confidence``). Set by
# hand from how often each kind of link was right among the speakers of the 54 dev articles and the
# cross-article pairs of seeds/dedup_pairs.jsonl: exact names and registry aliases were always right,
# roles are right for the registry's period, unique short forms were right except for common given names.
CONFIDENCE: dict[LinkMethod, float] = {
    "exact": 1.0,
    "alias": 0.95,
    "role": 0.85,
    "short": 0.85,  # a multi-word short form ("Jong Un") of exactly one known name
    "longer": 0.8,  # a fuller form of exactly one known multi-word name ("KPK Febri Diansyah")
    "context": 0.75,  # one of several candidates, chosen by what the article says
    "ambiguous": 0.5,  # several candidates and no evidence: kept apart as its own speaker
    "new": 1.0,
}
# A single-word short form ("Putin", "Agus") of exactly one known name: the name may belong to someone
# else not yet known, so the link is weaker than a multi-word one.
SINGLE_WORD_SHORT_CONFIDENCE = 0.7
# Spelling variants (``fuzz.ratio`` on normalised names, 0-100): transliterations such as Dmitry/Dmitri,
# Sergei/Sergey score 91-96 on two-word names; different people sharing a surname and a similar given
# name (Agus Salim/Agus Halim) score 90 and are told apart by the per-word rule below.
SPELLING_MIN = 88.0
# Every word of a spelling variant must keep its first letter and score at least this against the
# corresponding word (Dmitry/Dmitri 83, Salim/Halim rejected by the first letter).
SPELLING_WORD_MIN = 80.0
# Single-word names shorter than this are never matched by spelling (Kim/Kin, Ali/Alu).
SPELLING_MIN_SINGLE_LENGTH = 6

ENV_VAR = "QUOTES_SPEAKERS"


@dataclass(frozen=True)
class KnownSpeaker:
    """One registry entry."""

    name: str
    type: str
    description: str | None
    aliases: tuple[str, ...]
    roles: tuple[str, ...]


def registry_path() -> Path:
    """``seeds/speakers.json`` at the repository root, or the file named by ``QUOTES_SPEAKERS``."""
    override = os.environ.get(ENV_VAR)
    return Path(override) if override else Path(__file__).resolve().parents[1] / "seeds" / "speakers.json"


def load_registry(path: Path | None = None) -> tuple[KnownSpeaker, ...]:
    """The speakers of a registry file (a missing default file is an empty registry)."""
    path = path or registry_path()
    if not path.is_file():
        return ()
    raw = json.loads(path.read_text("utf-8"))
    return tuple(
        KnownSpeaker(
            s["name"],
            s.get("type", "unknown"),
            s.get("description"),
            tuple(s.get("aliases", ())),
            tuple(s.get("roles", ())),
        )
        for s in raw["speakers"]
    )


_DEMONSTRATIVES = frozenset(["itu", "tersebut", "ini"])


def plain_key(name: str) -> str:
    """Normalised, a trailing ``itu``/``tersebut`` dropped: how aliases and roles are compared."""
    words = normalise(name).split()
    while len(words) > 1 and words[-1] in _DEMONSTRATIVES:
        words = words[:-1]
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The form names are compared in: normalised, leading titles and a trailing ``itu`` dropped.

    Cached: linking a new name compares it with every stored name of the same initial."""
    words = normalise(name).split()
    titles = lexicon().titles
    while len(words) > 1 and words[0] in titles:
        words = words[1:]
    while len(words) > 1 and words[-1] in _DEMONSTRATIVES:
        words = words[:-1]
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def name_words(name: str) -> tuple[str, ...]:
    """The words of :func:`name_key` (cached: a new name is compared with many stored ones)."""
    return tuple(name_key(name).split())


def is_short_form(short: str, long: str) -> bool:
    """Every word of ``short`` is a word of ``long``, which has more words (``Putin`` / ``Vladimir Putin``)."""
    a, b = name_words(short), name_words(long)
    return 0 < len(a) < len(b) and all(word in b for word in a)


def spelling_score(a: str, b: str) -> float | None:
    """0-1 similarity when ``a`` and ``b`` are spellings of one name (word by word), else None."""
    wa, wb = name_words(a), name_words(b)
    if len(wa) != len(wb) or wa == wb:  # the same key: name_key joins its words with one space
        return None
    ka, kb = name_key(a), name_key(b)
    if len(wa) == 1 and min(len(ka), len(kb)) < SPELLING_MIN_SINGLE_LENGTH:
        return None
    whole = fuzz.ratio(ka, kb, processor=None, score_cutoff=SPELLING_MIN)
    if not whole:
        return None
    for x, y in zip(wa, wb):
        if x[0] != y[0] or not fuzz.ratio(x, y, processor=None, score_cutoff=SPELLING_WORD_MIN):
            return None
    return round(whole / 100, 4)


def evidence(text: str, names: Sequence[str]) -> bool:
    """Does the article text mention any of ``names`` (a candidate's other names and roles)?"""
    haystack = f" {normalise(text)} "
    return any(f" {key} " in haystack for key in (plain_key(n) for n in names) if key)


def short_form_confidence(short: str) -> float:
    return SINGLE_WORD_SHORT_CONFIDENCE if len(name_key(short).split()) == 1 else CONFIDENCE["short"]
