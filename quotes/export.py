"""Writers at the edges: extraction output (FORMAT.md section 2) and fact-checker exports (section 4)."""

from __future__ import annotations

from typing import Any

from quotes.records import Extraction, Quote, Span


def _span(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"text": span.text, "start": span.start, "end": span.end}


def quote_json(quote: Quote) -> dict[str, Any]:
    speaker = None
    if quote.speaker is not None and (quote.speaker.name or quote.speaker.mention):
        mention = quote.speaker.mention
        speaker = {
            "name": quote.speaker.name,
            "text": mention.text if mention else None,
            "start": mention.start if mention else None,
            "end": mention.end if mention else None,
            "type": quote.speaker.type,
        }
    return {
        "start": quote.span.start,
        "end": quote.span.end,
        "text": quote.span.text,
        "kind": quote.kind,
        "speaker": speaker,
        "cue": _span(quote.cue),
        "addressee": _span(quote.addressee),
        "via": [
            {"name": relay.name, **({k: v for k, v in (_span(relay.mention) or {}).items()})}
            for relay in quote.via
        ],
        "confidence": round(quote.confidence, 3),
        "rule": quote.rule,
    }


def extraction_json(extraction: Extraction) -> dict[str, Any]:
    """One line of ``quotes extract`` output."""
    return {
        "id": extraction.article_id,
        "quotes": [quote_json(q) for q in extraction.quotes],
        "extractor": extraction.extractor,
    }
