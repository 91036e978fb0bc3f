"""A quote found by a rule, before its speaker is resolved against the rest of the article."""

from __future__ import annotations

from dataclasses import dataclass

from quotes.extract.mentions import Mention
from quotes.records import QuoteKind, Relay, Span


@dataclass(frozen=True)
class Candidate:
    span: Span
    kind: QuoteKind
    rule: str
    confidence: float
    cue: Span | None = None
    mention: Mention | None = None
    via: tuple[Relay, ...] = ()
    addressee: Span | None = None
    inherits: bool = False
    """No attribution of its own: the speaker is the previous quote's (a continuation)."""
    sentence: tuple[int, int] | None = None
