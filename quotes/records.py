"""Frozen records passed between stages: reading, extraction, storage, export.

Offsets are Python ``str`` indices (code points) into ``Article.text`` exactly as read, end-exclusive.
Nothing in the pipeline ever rewrites that text; normalisation happens on copies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

QuoteKind = Literal["direct", "indirect", "mixed"]
SpeakerType = Literal["person", "organization", "media", "group", "unknown"]

QUOTE_KINDS: tuple[QuoteKind, ...] = ("direct", "indirect", "mixed")
SPEAKER_TYPES: tuple[SpeakerType, ...] = ("person", "organization", "media", "group", "unknown")


@dataclass(frozen=True)
class Article:
    """One input document, unmodified."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    lang: str | None = None
    source: str | None = None
    """Where it was read from (``file:line``), for error messages."""


@dataclass(frozen=True)
class Span:
    """A piece of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class SpeakerRef:
    """Who said a quote: the canonical name and the mention as written in this sentence."""

    name: str | None
    type: SpeakerType = "unknown"
    mention: Span | None = None


@dataclass(frozen=True)
class Relay:
    """One link of a relay chain: an outlet the statement came through."""

    name: str
    mention: Span | None = None


@dataclass(frozen=True)
class Quote:
    """One quote found in one article (stored as an *appearance*)."""

    span: Span
    kind: QuoteKind
    speaker: SpeakerRef | None
    cue: Span | None
    rule: str
    confidence: float
    addressee: Span | None = None
    via: tuple[Relay, ...] = ()


@dataclass(frozen=True)
class Dateline:
    """The ``TRIBUNNEWS.COM -`` / ``Liputan6.com, Moskow -`` opening of an article."""

    span: Span
    outlet: str | None
    place: str | None


@dataclass(frozen=True)
class Extraction:
    """Everything the extractor found in one article."""

    article_id: str
    quotes: tuple[Quote, ...]
    extractor: str
    """Extractor and model version, stored with every appearance."""
    lang: str = "id"
    dateline: Dateline | None = None
    skipped: tuple[str, ...] = field(default=())
    """Human-readable reasons for ambiguous parts that were skipped rather than guessed."""
