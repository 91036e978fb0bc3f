"""Near-duplicate matching of quotes: the same statement trimmed, re-punctuated or slightly reworded.

Matching works on a normalised copy (quote marks, case, whitespace, punctuation, ellipses); stored text
is never changed. Only quotes of the same speaker are ever compared (the caller guarantees it).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

# Whole-statement similarity (rapidfuzz ``ratio`` on normalised text, 0-100) at or above which two
# quotes of one speaker are the same statement. Chosen on the seed and dev articles: re-punctuated and
# retyped copies score 95-100, one-word edits of a 10-word sentence about 90, while different sentences of
# one speaker in one story stay below 75.
SAME_STATEMENT_MIN = 88.0
# Fragment joining: a shorter quote whose every word appears, in order, in a longer one of the same
# speaker (``partial_ratio`` >= this) joins it, provided it is long enough not to be a stock phrase.
FRAGMENT_MIN = 95.0
FRAGMENT_MIN_WORDS = 6

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower-case, accents folded, punctuation and quote marks removed, whitespace collapsed."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _SPACE.sub(" ", _PUNCT.sub(" ", folded.lower())).strip()


@dataclass(frozen=True)
class Match:
    quote_id: int
    similarity: float
    """0-1: how close the new wording is to the matched quote's canonical text."""


def best_match(text: str, candidates: Sequence[tuple[int, str]]) -> Match | None:
    """The candidate quote that ``text`` repeats, fully or as a fragment, or None."""
    if not candidates:
        return None
    query = normalise(text)
    if not query:
        return None
    choices = {quote_id: candidate for quote_id, candidate in candidates}
    found = process.extractOne(
        query, choices, scorer=fuzz.ratio, processor=normalise, score_cutoff=SAME_STATEMENT_MIN
    )
    if found is not None:
        return Match(int(found[2]), round(found[1] / 100, 4))
    if len(query.split()) >= FRAGMENT_MIN_WORDS:
        found = process.extractOne(
            query, choices, scorer=fuzz.partial_ratio, processor=normalise, score_cutoff=FRAGMENT_MIN
        )
        if found is not None and len(normalise(choices[found[2]])) >= len(query):
            return Match(int(found[2]), round(found[1] / 100, 4))
    return None


def is_fuller(new: str, canonical: str) -> bool:
    """True when ``new`` is a longer, more complete wording than the current canonical text."""
    return len(normalise(new)) > len(normalise(canonical))
