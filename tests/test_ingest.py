"""Ingesting the five seed articles (../shared/corpus/seeds) into both stores, through graph.ingest.

Each store gets the seeds three times (a first run, a plain re-run, a ``force`` re-run) once per
module; the tests then compare what each run reported and left behind. Nothing here depends on
what extraction finds in a given sentence, only on the shape of the graph the model promises.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import Snapshot, graph_snapshot

from extract.pipeline import Extractor
from graph.ingest import IngestReport, ingest
from graph.model import WriteCounts
from graph.stores.base import GraphStore
from graph.stores.ladybug_store import LadybugStore

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"

LABELS = ("Person", "Country", "Organization", "Meeting", "Deal", "Article")
REL_TYPES = ("HOLDS_ROLE", "ATTENDED", "MET", "HELD_IN", "VISITED", "PARTY_TO", "BASED_IN", "MENTIONS", "REPORTS")
EVENT_TYPES = ("ATTENDED", "MET", "VISITED", "PARTY_TO", "HELD_IN")
DATE_PRECISIONS = {"day", "month", "year"}
DATE_SOURCES = {"explicit", "relative", "article"}


def seed_files() -> list[Path]:
    files = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if len(files) != 5:
        pytest.fail(
            f"expected the five seed articles in {SEEDS}, found {len(files)}: these tests need the shared "
            "corpus checked out as ../shared beside the repository",
            pytrace=False,
        )
    return files


@dataclass
class SeedRuns:
    """Reports and snapshots of: the first ingest, the same again, and a ``force`` re-ingest."""

    first: IngestReport
    first_graph: Snapshot
    again: IngestReport
    again_graph: Snapshot
    forced: IngestReport
    forced_graph: Snapshot


def run_seeds(store: GraphStore, extractor: Extractor) -> SeedRuns:
    inputs = [str(p) for p in seed_files()]
    first = ingest(inputs, store, extractor=extractor)
    first_graph = graph_snapshot(store)
    again = ingest(inputs, store, extractor=extractor)
    again_graph = graph_snapshot(store)
    forced = ingest(inputs, store, extractor=extractor, force=True)
    return SeedRuns(first, first_graph, again, again_graph, forced, graph_snapshot(store))


@pytest.fixture(scope="module")
def ladybug_seeds(tmp_path_factory: pytest.TempPathFactory, extractor: Extractor) -> SeedRuns:
    with LadybugStore(tmp_path_factory.mktemp("seeds") / "kg.db") as store:
        return run_seeds(store, extractor)


@pytest.fixture(scope="module")
def neo4j_seeds(_neo4j_connection: GraphStore, extractor: Extractor) -> Iterator[SeedRuns]:
    _neo4j_connection.query("MATCH (n) DETACH DELETE n", write=True)
    yield run_seeds(_neo4j_connection, extractor)
    _neo4j_connection.query("MATCH (n) DETACH DELETE n", write=True)


@pytest.fixture(params=["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def seeds(request: pytest.FixtureRequest) -> SeedRuns:
    """The seed runs of each store in turn, like conftest's ``store``."""
    return request.getfixturevalue(f"{request.param}_seeds")


def nodes_of(graph: Snapshot, label: str) -> list[dict[str, Any]]:
    return [props for node_label, props in graph[0] if node_label == label]


def rels_of(graph: Snapshot, rel_type: str) -> list[tuple[str, str, dict[str, Any]]]:
    return [(start, end, props) for t, start, end, props in graph[1] if t == rel_type]


def dates_in(graph: Snapshot) -> list[Any]:
    nodes, rels = graph
    values = [props.get(name) for _, props in nodes for name in ("date", "published")]
    values += [props.get("date") for *_, props in rels]
    return [v for v in values if v is not None]


# --- the same graph in both stores --------------------------------------------------------------


@pytest.mark.neo4j
def test_both_stores_hold_the_same_graph(ladybug_seeds: SeedRuns, neo4j_seeds: SeedRuns) -> None:
    embedded, server = ladybug_seeds.first_graph, neo4j_seeds.first_graph
    assert [(label, props["key"]) for label, props in server[0]] == [(label, p["key"]) for label, p in embedded[0]]
    assert [(*r[:3], r[3]["key"]) for r in server[1]] == [(*r[:3], r[3]["key"]) for r in embedded[1]]
    assert server == embedded
    assert ladybug_seeds.first.counts == neo4j_seeds.first.counts


def test_dates_are_dates(seeds: SeedRuns) -> None:
    values = dates_in(seeds.first_graph)
    assert values, "the seeds gave no dated node or relationship"
    assert all(type(v) is dt.date for v in values), {type(v) for v in values}


# --- idempotence --------------------------------------------------------------------------------


def test_first_run_writes_every_seed(seeds: SeedRuns) -> None:
    report = seeds.first
    assert (report.read, report.written, report.skipped, report.failed) == (5, 5, 0, 0), report.errors
    nodes, rels = seeds.first_graph
    assert report.counts == WriteCounts(nodesCreated=len(nodes), relationshipsCreated=len(rels))
    assert len(nodes_of(seeds.first_graph, "Article")) == 5


def test_second_run_skips_every_seed_and_changes_nothing(seeds: SeedRuns) -> None:
    report = seeds.again
    assert (report.read, report.written, report.skipped, report.failed) == (5, 0, 5, 0), report.errors
    assert report.counts == WriteCounts()
    assert seeds.again_graph == seeds.first_graph


def test_forced_run_re_extracts_and_leaves_the_same_graph(seeds: SeedRuns) -> None:
    report = seeds.forced
    assert (report.read, report.written, report.skipped, report.failed) == (5, 5, 0, 0), report.errors
    nodes, rels = seeds.first_graph
    assert report.counts.nodesCreated == report.counts.relationshipsCreated == 0
    assert report.counts.nodesUpdated == len(nodes)
    assert report.counts.relationshipsUpdated == len(rels)
    assert seeds.forced_graph == seeds.first_graph


# --- the shape of the graph ---------------------------------------------------------------------


def test_every_label_and_relationship_type_is_present(seeds: SeedRuns) -> None:
    nodes, rels = seeds.first_graph
    labels, types = Counter(label for label, _ in nodes), Counter(t for t, *_ in rels)
    assert [label for label in LABELS if not labels[label]] == []
    assert [t for t in REL_TYPES if not types[t]] == []


def test_event_edges_carry_provenance_and_time(seeds: SeedRuns) -> None:
    graph = seeds.first_graph
    articles = {a["key"] for a in nodes_of(graph, "Article")}
    dated = 0
    for rel_type in EVENT_TYPES:
        for start, end, props in rels_of(graph, rel_type):
            where = f"{rel_type} {start} -> {end}"
            assert props.get("source") in articles, where
            assert set(props.get("sources", [])) <= articles and props["source"] in props["sources"], where
            assert isinstance(props.get("evidence"), str) and props["evidence"].strip(), where
            assert isinstance(props.get("confidence"), float) and 0 <= props["confidence"] <= 1, where
            if "date" in props:
                dated += 1
                assert props.get("datePrecision") in DATE_PRECISIONS, where
                assert props.get("dateSource") in DATE_SOURCES, where
    assert dated > 0, "no event edge has a date"


def test_relationship_sources_are_articles_in_the_store(seeds: SeedRuns) -> None:
    graph = seeds.first_graph
    articles = {a["key"] for a in nodes_of(graph, "Article")}
    for rel_type, start, end, props in graph[1]:
        if "source" in props:
            assert props["source"] in articles, (rel_type, start, end)
    for start, _, _ in rels_of(graph, "MENTIONS") + rels_of(graph, "REPORTS"):
        assert start in articles


# --- one entity, one node -----------------------------------------------------------------------


def people_in_several_articles(graph: Snapshot) -> dict[str, set[str]]:
    people = {p["key"] for p in nodes_of(graph, "Person")}
    mentioned_in: dict[str, set[str]] = defaultdict(set)
    for article, entity, _ in rels_of(graph, "MENTIONS"):
        if entity in people:
            mentioned_in[entity].add(article)
    return {key: found for key, found in mentioned_in.items() if len(found) >= 2}


def test_a_person_in_several_articles_is_one_node(seeds: SeedRuns) -> None:
    people = nodes_of(seeds.first_graph, "Person")
    keys = Counter(p["key"] for p in people)
    assert [key for key, n in keys.items() if n > 1] == []
    names = Counter(p["name"].casefold() for p in people)
    assert [name for name, n in names.items() if n > 1] == []
    shared = people_in_several_articles(seeds.first_graph)
    assert shared, "no person is named in two or more seed articles"
    for key in shared:
        assert keys[key] == 1


def test_separate_runs_resolve_to_the_same_people(
    ladybug_seeds: SeedRuns, extractor: Extractor, tmp_path: Path
) -> None:
    """One seed per ingest run: a person named in several seeds is still one node, with the same mentions."""
    with LadybugStore(tmp_path / "kg.db") as store:
        for path in seed_files():
            report = ingest([str(path)], store, extractor=extractor)
            assert report.written == 1, report.errors
        separate = graph_snapshot(store)
    keys = Counter(p["key"] for p in nodes_of(separate, "Person"))
    assert [key for key, n in keys.items() if n > 1] == []
    together = people_in_several_articles(ladybug_seeds.first_graph)
    assert {key: people_in_several_articles(separate).get(key) for key in together} == together


class CountingStore(LadybugStore):
    """The embedded store, counting write transactions and the articles in each."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.transactions: list[int] = []

    def write(self, nodes, relationships):  # type: ignore[no-untyped-def]
        self.transactions.append(sum(1 for n in nodes if n.label == "Article"))
        return super().write(nodes, relationships)


def test_articles_are_extracted_in_small_batches_and_written_in_fuller_transactions(
    extractor: Extractor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import graph.ingest

    monkeypatch.setattr(graph.ingest, "EXTRACTION_BATCH", 2)
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(7):
        (folder / f"{i}.txt").write_text(f"Brief {i}\n\nMinister Anna Kovalenko{i} visited Oslo on day {i}.\n")
    progress: list[int] = []
    store = CountingStore(tmp_path / "kg.db")
    with store:
        report = ingest(
            [str(folder)], store, extractor=extractor, batch_size=3, on_progress=lambda b: progress.append(len(b))
        )
        assert report.written == 7 and report.failed == 0
        # batches of two are resolved and queued; a transaction is written once three are waiting
        assert progress == [2, 2, 2, 1]
        assert store.transactions == [4, 3]
        assert store.query("MATCH (a:Article) RETURN count(a) AS n").rows == [[7]]
