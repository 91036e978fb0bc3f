"""Ingest: read documents, extract quotes (in worker processes), store them batch by batch.

Streaming: documents are read one at a time and at most a few batches are in flight, so memory does not
grow with the corpus. Each batch is one transaction taken under the database's writer lock, so a run
killed at any moment leaves whole batches or nothing, and a re-run completes it: articles already stored
with the same text and extractor version are not extracted again. The same id with a different text
replaces that article's appearances (counted as *updated*). A bad document is reported and skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from quotes.pipeline import Extractor
from quotes.readers import ReadError, read_documents
from quotes.records import Article, Extraction
from quotes.store import db
from quotes.store.lookups import Lookups, OutletIds
from quotes.store.write import SaveResult, content_hash, known_articles, prefetch, save_extraction
from quotes.workers import ExtractionPool, Outcome

# Articles per transaction: large enough to amortise commits and worker round trips, small enough that a
# crash loses little (at ~30 articles/s a batch is a few seconds of work).
BATCH_SIZE = 100


@dataclass
class IngestSummary:
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    quotes_new: int = 0
    quotes_merged: int = 0
    appearances: int = 0
    skipped: int = 0

    @property
    def articles(self) -> int:
        """Articles read and accounted for (stored, unchanged or updated), bad documents excluded."""
        return self.new + self.unchanged + self.updated

    def add(self, result: SaveResult) -> None:
        if result.status == "new":
            self.new += 1
        elif result.status == "updated":
            self.updated += 1
        else:
            self.unchanged += 1
        self.quotes_new += result.quotes_new
        self.quotes_merged += result.quotes_merged
        self.appearances += result.appearances


@dataclass(frozen=True)
class _Batch:
    articles: list[Article]
    """Every good document of the batch, in input order."""
    todo: list[Article]
    """The ones that need extracting (new, changed, or extracted by another version)."""


def ingest(
    engine: Engine,
    paths: Iterable[str | Path],
    *,
    extractor: Extractor,
    workers: int = 0,
    batch_size: int = BATCH_SIZE,
    on_error: Callable[[str], None] | None = None,
    on_progress: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Ingest every document under ``paths``; ``workers`` extraction processes (0: this process)."""
    summary = IngestSummary()

    def report(message: str) -> None:
        summary.skipped += 1
        if on_error:
            on_error(message)

    outlets = OutletIds()  # outlet ids committed by this run's batches, valid for the whole run
    with ExtractionPool(workers, extractor=extractor) as pool:
        batches = _batches(engine, read_documents(paths), extractor, batch_size, report)
        for batch, outcomes in pool.map((b, b.todo) for b in batches):
            extracted = dict(zip((id(a) for a in batch.todo), outcomes))
            _write_batch(engine, batch, extracted, summary, report, outlets)
            if on_progress:
                on_progress(summary)
    return summary


def _batches(
    engine: Engine,
    documents: Iterable[Article | ReadError],
    extractor: Extractor,
    batch_size: int,
    report: Callable[[str], None],
) -> Iterator[_Batch]:
    """Good documents in batches, each with the articles it still needs extracted."""
    articles: list[Article] = []
    for document in documents:
        if isinstance(document, ReadError):
            report(str(document))
            continue
        articles.append(document)
        if len(articles) >= batch_size:
            yield _plan(engine, articles, extractor)
            articles = []
    if articles:
        yield _plan(engine, articles, extractor)


def _plan(engine: Engine, articles: list[Article], extractor: Extractor) -> _Batch:
    with Session(engine) as session:
        known = known_articles(session, [a.id for a in articles])
    todo = [
        a for a in articles if known.get(a.id) != (content_hash(a.text), extractor.version(a.lang or "id"))
    ]
    return _Batch(articles, todo)


def _write_batch(
    engine: Engine,
    batch: _Batch,
    extracted: dict[int, Outcome],
    summary: IngestSummary,
    report: Callable[[str], None],
    outlets: OutletIds,
) -> None:
    """Store one batch in one transaction under the writer lock; the summary is updated after commit.

    The batch's stored articles, speakers and outlets are read up front, one query per kind
    (:func:`quotes.store.write.prefetch`), instead of once per article and quote."""
    results: list[SaveResult] = []
    problems: list[str] = []
    lookups = Lookups(outlets)
    with Session(engine) as session:
        with session.begin():
            db.lock_for_writing(session)
            to_save = [(a, o) for a in batch.articles if isinstance(o := extracted.get(id(a)), Extraction)]
            prefetch(session, lookups, to_save)
            for article in batch.articles:
                outcome = extracted.get(id(article))
                if outcome is None:
                    results.append(SaveResult("unchanged"))
                elif isinstance(outcome, str):
                    problems.append(f"{article.source}: article {article.id!r}: {outcome}")
                else:
                    saved = _save_one(session, article, outcome, lookups)
                    if isinstance(saved, str):
                        problems.append(f"{article.source}: article {article.id!r}: {saved}")
                    else:
                        results.append(saved)
        lookups.committed()
    for result in results:
        summary.add(result)
    for problem in problems:
        report(problem)


def _save_one(
    session: Session, article: Article, extraction: Extraction, lookups: Lookups
) -> SaveResult | str:
    """Save inside a savepoint; a constraint violation is retried once (a racing writer outside the
    lock may have stored the same article), then the article is skipped with the reason."""
    for attempt in range(2):
        try:
            with session.begin_nested():
                return save_extraction(session, article, extraction, lookups=lookups)
        except (sa.exc.IntegrityError, sa.exc.DataError) as exc:
            lookups.forget()  # rows read or written inside the savepoint may be gone
            if attempt == 1 or isinstance(exc, sa.exc.DataError):
                return f"cannot store: {type(exc.orig).__name__}: {str(exc.orig).splitlines()[0]}"
    raise AssertionError("unreachable")
