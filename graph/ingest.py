"""The ingest job: read → extract → resolve → write, streamed in batches.

Each batch of articles is written in one store transaction, article node last, so an article is
in the graph whole or not at all; an article whose content hash is already stored is skipped
before any NLP runs, which is what makes re-running ingest cheap and idempotent.

Why it is shaped this way:

- Memory does not grow with the corpus: articles stream from the readers in batches, at most a
  few batches are in flight, and the keys remembered to drop duplicates within a run are only
  those not yet written (the store answers for the rest). Error messages kept in the report are
  capped; the count is not.
- Extraction is the slow stage (spaCy), so with ``workers`` > 1 it runs in a pool of processes
  while this process reads, resolves and writes: resolution stays sequential and in input order,
  so the graph is the same whatever the number of workers.
- The spaCy model and the known entities are loaded only when the first new article needs them:
  a re-run over an unchanged corpus only reads files and asks the store which keys it has.
- Articles are extracted and resolved in small batches and written in larger transactions (a
  statement's round trip and a commit cost more than the rows in them). Ctrl-C (SIGINT) asks the
  run to stop: what is resolved is written, then it stops; a second Ctrl-C stops at once. Either
  way every transaction written is whole, and the report says what was written.
- A store that goes away mid-run (Neo4j stopped, network lost) stops the run with
  ``IngestStopped``, carrying the report so far; a store error tied to the data of one batch is
  isolated to the article that causes it and the run goes on.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from types import FrameType
from typing import Any, Protocol

from pydantic import BaseModel, Field

from extract.facts import ArticleFacts
from extract.pipeline import Extractor
from extract.readers import ReadError, ReadOptions, read_articles
from graph.model import Article, ArticleGraph, Node, Relationship, WriteCounts
from graph.resolve import Resolver
from graph.stores.base import DEFAULT_BATCH_SIZE, GraphStore, StoreError, StoreUnavailable

#: Error messages kept in a report; a corpus with millions of bad records must not fill memory with them.
MAX_ERRORS_KEPT = 1000
#: Articles read, extracted and resolved at a time: small enough for a smooth progress bar and little
#: text in flight, large enough for spaCy's ``pipe`` to batch well.
EXTRACTION_BATCH = 32


class IngestReport(BaseModel):
    read: int = 0
    skipped: int = 0
    failed: int = 0
    written: int = 0
    words: int = 0
    errors: list[str] = Field(default_factory=list)
    errorsNotKept: int = 0
    counts: WriteCounts = Field(default_factory=WriteCounts)
    seconds: float = 0.0
    interrupted: bool = False


class IngestStopped(StoreUnavailable):
    """The store became unreachable mid-run; ``report`` says what was written before it did.

    A subclass of StoreUnavailable, so callers that catch store errors still catch it. Batches
    written before the failure are whole; the one in flight was rolled back; a rerun continues.
    """

    def __init__(self, message: str, report: IngestReport) -> None:
        super().__init__(message)
        self.report = report


ProgressCallback = Callable[[list[Article | ReadError]], None]
"""Called with the items of each batch once it is handled (written, skipped or failed)."""


def batched(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def ingest(
    inputs: list[str],
    store: GraphStore,
    *,
    options: ReadOptions | None = None,
    extractor: Extractor | None = None,
    force: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_progress: ProgressCallback | None = None,
    on_error: Callable[[str], None] | None = None,
    workers: int = 1,
) -> IngestReport:
    """Ingest files, folders and globs into ``store``; bad files are reported and skipped, never fatal.

    ``batch_size`` articles go into one write transaction; they are extracted in batches of at most
    EXTRACTION_BATCH, and ``on_progress`` hears of each of those once it is resolved (or skipped).
    ``workers`` > 1 extracts in that many processes, each loading the default pipeline (so it
    cannot be combined with a custom ``extractor``, which lives in this process). Raises
    IngestStopped when the store becomes unreachable; returns with ``interrupted`` set on Ctrl-C.
    """
    if workers > 1 and extractor is not None:
        raise ValueError("workers > 1 loads the default pipeline in each worker; pass either extractor or workers")
    run = _Run(store, IngestReport(), force, on_error, batch_size)
    started = time.perf_counter()
    stage: _Extraction = _PoolExtraction(workers) if workers > 1 else _InlineExtraction(extractor)
    store.ensure_schema()
    try:
        with stage, _StopOnSigint() as stop:
            run.go(read_articles(inputs, options or ReadOptions()), stage, stop, on_progress)
    except StoreUnavailable as exc:
        run.report.seconds = time.perf_counter() - started
        raise IngestStopped(f"stopped: {exc}", run.report) from exc
    except KeyboardInterrupt:
        run.report.interrupted = True  # batches already written are complete; the one in flight was rolled back
    run.report.seconds = time.perf_counter() - started
    return run.report


# ---- one run --------------------------------------------------------------------------------------


@dataclass
class _Pending:
    """A batch read and sent to extraction, not yet resolved."""

    items: list[Article | ReadError]
    facts: Future[list[ArticleFacts]] | None


@dataclass
class _Run:
    store: GraphStore
    report: IngestReport
    force: bool
    on_error: Callable[[str], None] | None
    #: Articles per write transaction.
    batch_size: int
    #: Keys sent to extraction and not yet written: a duplicate of one of them is skipped.
    in_flight: set[str] = field(default_factory=set)
    #: Resolved articles waiting for the next write transaction.
    unwritten: list[ArticleGraph] = field(default_factory=list)
    #: With ``force`` the store cannot tell what this run already wrote, so written keys are
    #: remembered too, as 64-bit ints (a fifth of the size of the strings).
    forced_done: set[int] = field(default_factory=set)
    resolver: Resolver | None = None

    def go(
        self,
        items: Iterator[Article | ReadError],
        stage: _Extraction,
        stop: _StopOnSigint,
        on_progress: ProgressCallback | None,
    ) -> None:
        pending: deque[_Pending] = deque()
        for batch in batched(items, min(self.batch_size, EXTRACTION_BATCH)):
            articles = [item for item in batch if isinstance(item, Article)]
            for item in batch:
                if isinstance(item, ReadError):
                    self.fail(str(item))
            self.report.read += len(articles)
            fresh = self.fresh(articles)
            self.report.skipped += len(articles) - len(fresh)
            pending.append(_Pending(batch, stage.submit(fresh) if fresh else None))
            while pending and (len(pending) > stage.window or pending[0].facts is None or stop.requested):
                self.finish(pending.popleft(), on_progress)
                if stop.requested:
                    self.flush()
                    raise KeyboardInterrupt
        while pending:
            self.finish(pending.popleft(), on_progress)
            if stop.requested:
                self.flush()
                raise KeyboardInterrupt
        self.flush()

    def fail(self, message: str) -> None:
        self.report.failed += 1
        if len(self.report.errors) < MAX_ERRORS_KEPT:
            self.report.errors.append(message)
        else:
            self.report.errorsNotKept += 1
        if self.on_error:
            self.on_error(message)

    def fresh(self, articles: list[Article]) -> list[Article]:
        """Articles not yet in the store nor earlier in this run (the same text twice is one article)."""
        loaded = set() if self.force else self.store.existing_article_keys([a.key for a in articles])
        fresh = []
        for a in articles:
            if a.key in loaded or a.key in self.in_flight or (self.force and _short(a.key) in self.forced_done):
                continue
            self.in_flight.add(a.key)
            fresh.append(a)
        return fresh

    def finish(self, job: _Pending, on_progress: ProgressCallback | None) -> None:
        """Resolve a batch (in input order, so the graph does not depend on the workers) and queue it."""
        if job.facts is not None:
            facts = job.facts.result()
            if self.resolver is None:  # the first new article: only now are the known entities needed
                self.resolver = Resolver(self.store.load_entities())
            self.resolver.prime(facts)
            self.unwritten.extend(self.resolver.resolve(f) for f in facts)
            if len(self.unwritten) >= self.batch_size:
                self.flush()
        if on_progress:
            on_progress(job.items)

    def flush(self) -> None:
        """Write the queued articles in one transaction."""
        graphs, self.unwritten = self.unwritten, []
        if not graphs:
            return
        self.write(graphs)
        self.in_flight.difference_update(g.article.key for g in graphs)
        if self.force:
            self.forced_done.update(_short(g.article.key) for g in graphs)

    def write(self, graphs: list[ArticleGraph]) -> None:
        try:
            self.report.counts += self.store.write(*merge_graphs(graphs))
        except StoreUnavailable:
            raise
        except StoreError as exc:
            if len(graphs) == 1:
                self.fail(f"{graphs[0].article.path or graphs[0].article.key}: not written: {exc}")
                return
            for graph in graphs:  # isolate the article that fails; the others still land, each whole
                try:
                    self.report.counts += self.store.write(*merge_graphs([graph]))
                except StoreUnavailable:
                    raise
                except StoreError as single:
                    self.fail(f"{graph.article.path or graph.article.key}: not written: {single}")
                    continue
                self.report.written += 1
                self.report.words += graph.article.wordCount
            return
        self.report.written += len(graphs)
        self.report.words += sum(g.article.wordCount for g in graphs)


def _short(key: str) -> int:
    """A 64-bit stand-in for an article key (itself a content hash, so its bits are already uniform)."""
    return hash(key) & 0xFFFF_FFFF_FFFF_FFFF


# ---- extraction, in this process or in a pool ----------------------------------------------------


class _Extraction(Protocol):
    #: Batches that may wait for extraction before the oldest is written.
    window: int

    def submit(self, articles: list[Article]) -> Future[list[ArticleFacts]]: ...

    def __enter__(self) -> _Extraction: ...

    def __exit__(self, *exc: object) -> None: ...


class _InlineExtraction:
    """Extraction in this process, one batch at a time; the model loads on the first batch."""

    window = 0

    def __init__(self, extractor: Extractor | None) -> None:
        self.extractor = extractor

    def submit(self, articles: list[Article]) -> Future[list[ArticleFacts]]:
        if self.extractor is None:
            self.extractor = Extractor()
        done: Future[list[ArticleFacts]] = Future()
        done.set_result(list(self.extractor.extract_many(articles)))
        return done

    def __enter__(self) -> _InlineExtraction:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class _PoolExtraction:
    """Extraction in ``workers`` processes, started on the first batch, with a bounded queue.

    Processes are spawned, not forked: a fork would copy this process's store connection (and any
    threads the store runs) into a child that must not touch them. Each worker ignores SIGINT so
    that Ctrl-C reaches only this process, which decides how to stop.
    """

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.window = workers + 1  # every worker busy while this process writes the oldest batch
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, articles: list[Article]) -> Future[list[ArticleFacts]]:
        if self._pool is None:
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_worker_init)
        return self._pool.submit(_worker_extract, articles)

    def __enter__(self) -> _PoolExtraction:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        if self._pool is None:
            return
        if exc_type is None:
            self._pool.shutdown(wait=True)
            return
        # Stopping early: queued batches are dropped, and batches being parsed are not waited for.
        processes = list(getattr(self._pool, "_processes", {}).values())  # no public API before 3.14
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=10)


_worker_extractor: Extractor | None = None


def _worker_init() -> None:
    global _worker_extractor
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_extractor = Extractor()


def _worker_extract(articles: list[Article]) -> list[ArticleFacts]:
    assert _worker_extractor is not None
    return list(_worker_extractor.extract_many(articles))


# ---- Ctrl-C ---------------------------------------------------------------------------------------


class _StopOnSigint:
    """The first SIGINT asks the run to stop after the batch in hand is written; a second interrupts at once.

    A KeyboardInterrupt raised in the middle of a store call could leave a transaction open (the
    embedded store only rolls back on errors it sees); deferring it to a batch boundary avoids
    that. Signal handlers can only be set from the main thread; elsewhere Ctrl-C is not ours.
    """

    def __init__(self) -> None:
        self.requested = False
        self._previous: Any = None
        self._installed = False

    def __enter__(self) -> _StopOnSigint:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
            self._installed = True
        return self

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def __exit__(self, *exc: object) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)


# ---- rows -----------------------------------------------------------------------------------------


def merge_graphs(graphs: list[ArticleGraph]) -> tuple[list[Node], list[Relationship]]:
    """One row per node key (the latest state wins) and per relationship key (sources joined).

    Article nodes go last, so a reader of the rows sees an article only after its facts.
    """
    nodes: dict[str, Node] = {}
    articles: list[Node] = []
    rels: dict[str, Relationship] = {}
    for graph in graphs:
        for node in graph.nodes:
            if node.label == "Article":
                articles.append(node)
            else:
                nodes[f"{node.label}|{node.key}"] = node
        for rel in graph.relationships:
            existing = rels.get(rel.key)
            if existing is None:
                rels[rel.key] = rel.model_copy(deep=True)
            else:
                existing.sources = list(dict.fromkeys([*existing.sources, *rel.sources]))
    return [*nodes.values(), *articles], list(rels.values())
