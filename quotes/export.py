"""Writers at the edges: extraction output (FORMAT.md section 2) and fact-checker exports (section 4)."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any, Literal, TextIO

from quotes.queries import AppearanceRow, QuoteResult
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


# --- Fact-checker exports (FORMAT.md section 4) -------------------------------------------------------

ExportFormat = Literal["jsonl", "csv", "jsonld"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("jsonl", "csv", "jsonld")

CSV_COLUMNS = (
    "quote_id",
    "quote_text",
    "speaker",
    "speaker_type",
    "first_seen",
    "n_appearances",
    "article_id",
    "url",
    "outlet",
    "published",
    "start",
    "end",
    "text",
    "kind",
    "cue",
    "via",
    "similarity",
)
# A spreadsheet runs a cell starting with one of these as a formula (CSV injection, OWASP); such text
# cells get a leading apostrophe, which spreadsheets show as text and do not display.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
VIA_SEPARATOR = " > "

# schema.org type of a Claim's author, by speaker type.
_AUTHOR_TYPE = {
    "person": "Person",
    "organization": "Organization",
    "media": "Organization",
    "group": "Organization",
    "unknown": "Person",
}


def _day(value: datetime | None) -> str | None:
    return value.date().isoformat() if value else None


def appearance_json(app: AppearanceRow) -> dict[str, Any]:
    return {
        "article_id": app.article_id,
        "url": app.url,
        "outlet": app.outlet,
        "published": _day(app.published),
        "start": app.start,
        "end": app.end,
        "text": app.text,
        "kind": app.kind,
        "cue": app.cue,
        "via": list(app.via),
        "similarity": app.similarity,
    }


def quote_result_json(result: QuoteResult) -> dict[str, Any]:
    """One line of ``quotes export --format jsonl``; ``quotes lookup --format json`` adds ``similarity``."""
    return {
        "quote_id": result.quote_id,
        "text": result.text,
        "speaker": {"name": result.speaker, "type": result.speaker_type} if result.speaker else None,
        "first_seen": _day(result.first_seen),
        "n_appearances": len(result.appearances),
        "appearances": [appearance_json(app) for app in result.appearances],
    }


def csv_rows(result: QuoteResult) -> Iterator[list[Any]]:
    """The CSV rows (one per appearance, quote columns repeated) of one quote, in CSV_COLUMNS order."""
    head = [
        result.quote_id,
        result.text,
        result.speaker,
        result.speaker_type,
        _day(result.first_seen),
        len(result.appearances),
    ]
    for app in result.appearances:
        yield [
            _cell(value)
            for value in (
                *head,
                app.article_id,
                app.url,
                app.outlet,
                _day(app.published),
                app.start,
                app.end,
                app.text,
                app.kind,
                app.cue,
                VIA_SEPARATOR.join(app.via),
                app.similarity,
            )
        ]


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _creative_work(app: AppearanceRow) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "NewsArticle", "identifier": app.article_id}
    if app.url:
        work["url"] = app.url
    if app.title:
        work["headline"] = app.title
    if app.outlet:
        work["publisher"] = {"@type": "Organization", "name": app.outlet}
    if app.published:
        work["datePublished"] = _day(app.published)
    return work


def claim_jsonld(result: QuoteResult) -> dict[str, Any]:
    """A schema.org ``Claim`` for one canonical quote, to be the ``itemReviewed`` of a ``ClaimReview``."""
    claim: dict[str, Any] = {
        "@type": "Claim",
        "@id": f"#quote-{result.quote_id}",
        "identifier": str(result.quote_id),
        "text": result.text,
    }
    if result.speaker:
        claim["author"] = {
            "@type": _AUTHOR_TYPE.get(result.speaker_type or "", "Person"),
            "name": result.speaker,
        }
    if result.first_seen:
        claim["datePublished"] = _day(result.first_seen)
    if result.appearances:
        claim["firstAppearance"] = _creative_work(result.appearances[0])
        claim["appearance"] = [_creative_work(app) for app in result.appearances]
    return claim


def write_export(
    results: Iterable[QuoteResult],
    out: TextIO,
    *,
    fmt: ExportFormat,
    on_appearances: Callable[[int], None] | None = None,
) -> int:
    """Write ``results`` to ``out`` as jsonl, csv or jsonld, one quote at a time; returns quotes written.

    ``on_appearances`` is told how many appearances each written quote had (for a progress bar).
    """
    written = 0
    writer = csv.writer(out) if fmt == "csv" else None
    if writer is not None:
        writer.writerow(CSV_COLUMNS)
    elif fmt == "jsonld":
        out.write('{"@context": "https://schema.org", "@graph": [')
    for result in results:
        if writer is not None:
            writer.writerows(csv_rows(result))
        elif fmt == "jsonl":
            out.write(json.dumps(quote_result_json(result), ensure_ascii=False) + "\n")
        else:
            out.write(("," if written else "") + "\n" + json.dumps(claim_jsonld(result), ensure_ascii=False))
        written += 1
        if on_appearances:
            on_appearances(len(result.appearances))
    if fmt == "jsonld":
        out.write("\n]}\n")
    return written
