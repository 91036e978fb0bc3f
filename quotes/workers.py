"""Extraction in worker processes, each with its own spaCy pipeline; results come back in input order.

spaCy's own ``nlp.pipe(n_process=...)`` cannot carry our results (the quote records on ``doc._`` are not
msgpack-serialisable) and ships whole ``Doc`` objects back; here workers return only the small frozen
:class:`Extraction` records, and the caller (the single writer) stores them batch by batch.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from quotes.nlp import cached_pipeline
from quotes.pipeline import Extractor
from quotes.records import Article, Extraction

Outcome = Extraction | str
"""An extraction, or the reason the extractor failed on that article."""

T = TypeVar("T")

# Batches queued per worker beyond the one it is working on: enough that a worker never waits for the
# writer, few enough that memory stays bounded (at most ``workers * (1 + QUEUED_PER_WORKER)`` batches of
# articles are in flight, whatever the corpus size).
QUEUED_PER_WORKER = 1
# Seconds between checks, in a worker, that the parent is still alive (a killed ``quotes ingest`` must not
# leave orphans behind).
_PARENT_CHECK_S = 1.0

_extractor: Extractor | None = None


def extract_batch(extractor: Extractor, articles: list[Article]) -> list[Outcome]:
    """Extract every article; one article's failure is recorded as its outcome and does not stop the rest."""
    outcomes: list[Outcome] = []
    for article in articles:
        try:
            outcomes.append(extractor.extract(article))
        except Exception as exc:  # one odd article must not stop a newsroom's nightly run
            outcomes.append(f"extraction failed: {type(exc).__name__}: {exc}")
    return outcomes


def _init_worker(rules_only: bool, parent_pid: int) -> None:
    global _extractor
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _extractor = Extractor(rules_only=rules_only)
    cached_pipeline("id", rules_only)  # build the pipeline now, not inside the first batch
    threading.Thread(target=_exit_with_parent, args=(parent_pid,), daemon=True).start()


def _exit_with_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(_PARENT_CHECK_S)
    os._exit(1)


def _work(articles: list[Article]) -> list[Outcome]:
    assert _extractor is not None, "worker used before its initializer ran"
    return extract_batch(_extractor, articles)


class ExtractionPool:
    """``workers`` processes extracting batches; :meth:`map` yields ``(tag, outcomes)`` in input order.

    With ``workers=0`` ``extractor`` runs in the calling process (no pickling, easiest to debug);
    otherwise each worker builds its own ``Extractor`` with the same options.
    """

    def __init__(self, workers: int, *, extractor: Extractor) -> None:
        self.workers = workers
        self.rules_only = extractor.rules_only
        self._executor: ProcessPoolExecutor | None = None
        self._local = extractor if workers == 0 else None

    def __enter__(self) -> ExtractionPool:
        if self.workers > 0:
            # "spawn": a forked child would inherit the parent's open database connections.
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(self.rules_only, os.getpid()),
            )
        return self

    def __exit__(self, *exc: object) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def _submit(self, articles: list[Article]) -> Future[list[Outcome]]:
        if articles:
            assert self._executor is not None
            return self._executor.submit(_work, articles)
        done: Future[list[Outcome]] = Future()  # nothing to extract (a re-run): no worker is started
        done.set_result([])
        return done

    def map(self, jobs: Iterable[tuple[T, list[Article]]]) -> Iterator[tuple[T, list[Outcome]]]:
        """Extract each job's articles; ``tag`` travels with its job and is never sent to a worker."""
        if self._executor is None:
            assert self._local is not None, "use ExtractionPool as a context manager"
            for tag, articles in jobs:
                yield tag, extract_batch(self._local, articles)
            return
        limit = self.workers * (1 + QUEUED_PER_WORKER)
        in_flight: deque[tuple[T, Future[list[Outcome]]]] = deque()
        for tag, articles in jobs:
            in_flight.append((tag, self._submit(articles)))
            if len(in_flight) >= limit:
                done_tag, future = in_flight.popleft()
                yield done_tag, future.result()
        while in_flight:
            done_tag, future = in_flight.popleft()
            yield done_tag, future.result()
