"""The ingest job: read → extract → resolve → write, streamed in batches.

Each batch of articles is written in one store transaction, article node last, so an article is
in the graph whole or not at all; an article whose content hash is already stored is skipped
before any NLP runs, which is what makes re-running ingest cheap and idempotent.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from pydantic import BaseModel, Field

from extract.pipeline import Extractor
from extract.readers import ReadError, ReadOptions, read_articles
from graph.model import Article, ArticleGraph, Node, Relationship, WriteCounts
from graph.resolve import Resolver
from graph.stores.base import GraphStore, StoreError


class IngestReport(BaseModel):
    read: int = 0
    skipped: int = 0
    failed: int = 0
    written: int = 0
    words: int = 0
    errors: list[str] = Field(default_factory=list)
    counts: WriteCounts = Field(default_factory=WriteCounts)
    seconds: float = 0.0
    interrupted: bool = False


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
    batch_size: int = 32,
    on_progress: ProgressCallback | None = None,
    on_error: Callable[[str], None] | None = None,
) -> IngestReport:
    """Ingest files, folders and globs into ``store``; bad files are reported and skipped, never fatal."""
    started = time.perf_counter()
    report = IngestReport()
    store.ensure_schema()
    resolver = Resolver(store.load_entities())
    extractor = extractor or Extractor()
    seen: set[str] = set()

    def fail(message: str) -> None:
        report.failed += 1
        report.errors.append(message)
        if on_error:
            on_error(message)

    try:
        for batch in batched(read_articles(inputs, options or ReadOptions()), batch_size):
            articles: list[Article] = []
            for item in batch:
                if isinstance(item, ReadError):
                    fail(str(item))
                else:
                    report.read += 1
                    articles.append(item)
            fresh = _fresh(articles, store, seen, force)
            report.skipped += len(articles) - len(fresh)
            if fresh:
                _write_batch(fresh, store, resolver, extractor, report, fail)
            if on_progress:
                on_progress(batch)
    except KeyboardInterrupt:
        report.interrupted = True  # batches already written are complete; the one in flight was rolled back
    report.seconds = time.perf_counter() - started
    return report


def _fresh(articles: list[Article], store: GraphStore, seen: set[str], force: bool) -> list[Article]:
    """Articles not yet in the store nor earlier in this run (the same text twice is one article)."""
    loaded = set() if force else store.existing_article_keys([a.key for a in articles])
    fresh = []
    for a in articles:
        if a.key in loaded or a.key in seen:
            continue
        seen.add(a.key)
        fresh.append(a)
    return fresh


def _write_batch(
    articles: list[Article],
    store: GraphStore,
    resolver: Resolver,
    extractor: Extractor,
    report: IngestReport,
    fail: Callable[[str], None],
) -> None:
    facts = list(extractor.extract_many(articles))
    resolver.prime(facts)
    graphs = [resolver.resolve(f) for f in facts]
    nodes, relationships = merge_graphs(graphs)
    try:
        report.counts += store.write(nodes, relationships)
    except StoreError as exc:
        if len(graphs) == 1:
            fail(f"{articles[0].path or articles[0].key}: not written: {exc}")
            return
        for graph in graphs:  # isolate the article that fails; the others still land, each whole
            try:
                report.counts += store.write(*merge_graphs([graph]))
            except StoreError as single:
                fail(f"{graph.article.path or graph.article.key}: not written: {single}")
                continue
            report.written += 1
            report.words += graph.article.wordCount
        return
    report.written += len(graphs)
    report.words += sum(a.wordCount for a in articles)


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
