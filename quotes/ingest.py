"""Ingest: read documents, extract quotes, store them; batch by batch, each batch one transaction.

A bad document is reported and skipped; the run goes on. An article already stored with the same text
and extractor version is not extracted again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from quotes.pipeline import Extractor
from quotes.readers import ReadError, read_documents
from quotes.records import Article
from quotes.store.write import content_hash, known_articles, save_extraction

# Articles per transaction: large enough to amortise commits, small enough that a crash loses little.
BATCH_SIZE = 100


@dataclass
class IngestSummary:
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    quotes_new: int = 0
    quotes_merged: int = 0
    appearances: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        return len(self.errors)


def ingest(
    engine: Engine,
    paths: Iterable[str | Path],
    *,
    extractor: Extractor,
    batch_size: int = BATCH_SIZE,
    on_error: Callable[[str], None] | None = None,
    on_article: Callable[[], None] | None = None,
) -> IngestSummary:
    summary = IngestSummary()

    def report(message: str) -> None:
        summary.errors.append(message)
        if on_error:
            on_error(message)

    batch: list[Article] = []
    for document in read_documents(paths):
        if isinstance(document, ReadError):
            report(str(document))
            continue
        batch.append(document)
        if len(batch) >= batch_size:
            _store_batch(engine, batch, extractor, summary, report, on_article)
            batch = []
    if batch:
        _store_batch(engine, batch, extractor, summary, report, on_article)
    return summary


def _store_batch(
    engine: Engine,
    batch: list[Article],
    extractor: Extractor,
    summary: IngestSummary,
    report: Callable[[str], None],
    on_article: Callable[[], None] | None,
) -> None:
    with Session(engine) as session, session.begin():
        known = known_articles(session, [a.id for a in batch])
        for article in batch:
            if on_article:
                on_article()
            lang = article.lang or "id"
            stored = known.get(article.id)
            if stored == (content_hash(article.text), extractor.version(lang)):
                summary.unchanged += 1
                continue
            try:
                extraction = extractor.extract(article)
            except Exception as exc:  # one odd article must not stop a newsroom's nightly run
                report(
                    f"{article.source}: article {article.id!r}: extraction failed: {type(exc).__name__}: {exc}"
                )
                continue
            with session.begin_nested():
                result = save_extraction(session, article, extraction)
            if result.status == "new":
                summary.new += 1
            elif result.status == "updated":
                summary.updated += 1
            else:
                summary.unchanged += 1
            summary.quotes_new += result.quotes_new
            summary.quotes_merged += result.quotes_merged
            summary.appearances += result.appearances
