"""Shared fixtures: the two stores, a small sample graph, and a store-independent snapshot."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from graph.model import Article, Country, Deal, Meeting, Node, Organization, Person, Relationship
from graph.stores.base import GraphStore

if TYPE_CHECKING:
    from extract.pipeline import Extractor

# ---------------------------------------------------------------------------------------------
# Stores
# ---------------------------------------------------------------------------------------------

NEO4J_HOW_TO = (
    'start the local Neo4j and export its credentials first: eval "$(scripts/neo4j-local start)" '
    "(stop it afterwards with scripts/neo4j-local stop)"
)


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The default pipeline (loaded once per process, ``extract.nlp.default_pipeline``)."""
    from extract.pipeline import Extractor

    return Extractor()


@pytest.fixture
def ladybug_store(tmp_path: Path) -> Iterator[GraphStore]:
    from graph.stores.ladybug_store import LadybugStore

    store = LadybugStore(tmp_path / "kg.db")
    store.ensure_schema()
    yield store
    store.close()


def neo4j_settings() -> dict[str, str]:
    """NEO4J_URI/USERNAME/PASSWORD from the environment; a test that needs them fails without (never skips)."""
    names = {"uri": "NEO4J_URI", "username": "NEO4J_USERNAME", "password": "NEO4J_PASSWORD"}
    missing = [name for name in names.values() if not os.environ.get(name)]
    if missing:
        pytest.fail(f"{', '.join(missing)} not set: {NEO4J_HOW_TO}", pytrace=False)
    return {field: os.environ[name] for field, name in names.items()}


@pytest.fixture
def neo4j_credentials() -> dict[str, str]:
    """uri, username, password of the test server (for tests of connecting itself)."""
    return neo4j_settings()


@pytest.fixture(scope="session")
def _neo4j_connection() -> Iterator[GraphStore]:
    """One driver for the whole run: connecting and creating the constraints once is what takes time."""
    from graph.stores.neo4j_store import Neo4jStore

    store = Neo4jStore(**neo4j_settings())
    store.ensure_schema()
    yield store
    store.close()


@pytest.fixture
def neo4j_store(_neo4j_connection: GraphStore) -> GraphStore:
    """The real server, emptied before each test so tests never see each other's data."""
    _neo4j_connection.query("MATCH (n) DETACH DELETE n", write=True)
    return _neo4j_connection


@pytest.fixture(params=["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest) -> GraphStore:
    """Every store behind the one interface: contract tests take this and run once per backend."""
    return request.getfixturevalue(f"{request.param}_store")


# ---------------------------------------------------------------------------------------------
# Sample graph
# ---------------------------------------------------------------------------------------------


@dataclass
class SampleGraph:
    nodes: list[Node]
    relationships: list[Relationship]
    article: Article
    second_article: Article


def _rel(rel_type: str, start: Node, end: Node, **properties: Any) -> Relationship:
    shape = {"type": rel_type, "start": start.key, "startLabel": start.label, "end": end.key, "endLabel": end.label}
    return Relationship.model_validate({**shape, **properties})


def _sample() -> SampleGraph:
    a1 = Article(key="article:one", name="Putin in Tehran", title="Putin in Tehran", published=dt.date(2022, 7, 20))
    a2 = Article(key="article:two", name="Gas deal", published=dt.date(2022, 7, 21), url="https://example.org/2")
    putin = Person(
        key="person:vladimir-putin", name="Vladimir Putin", aliases=["Putin", "Vladimir Putin"], titles=["President"]
    )
    khamenei = Person(key="person:ali-khamenei", name="Ali Khamenei", aliases=["Khamenei"])
    rus = Country(key="country:RUS", name="Russia", aliases=["Russia", "Russian Federation"], iso3="RUS")
    irn = Country(key="country:IRN", name="Iran", aliases=["Iran"], iso3="IRN")
    nioc = Organization(key="org:nioc", name="National Iranian Oil Company", aliases=["NIOC"], kind="company")
    meeting = Meeting(
        key="meeting:m1", name="Putin-Khamenei meeting", title="Putin meets Khamenei",
        date=dt.date(2022, 7, 19), datePrecision="day", place="Tehran", durationMinutes=90,
    )  # fmt: skip
    deal = Deal(
        key="deal:d1", name="Gas deal", title="gas field development", valueUsd=40e9, valueText="$ 40 billion",
        date=dt.date(2022, 7, 1), datePrecision="month", sector="energy",
    )  # fmt: skip
    prov = {"source": a1.key, "evidence": "Putin met Khamenei in Tehran on July 19.", "confidence": 0.8}
    rels = [
        _rel("HOLDS_ROLE", putin, rus, title="President", current=True, **prov),
        _rel("ATTENDED", putin, meeting, **prov),
        _rel("MET", putin, khamenei, date=dt.date(2022, 7, 19), datePrecision="day", dateSource="explicit",
             place="Tehran", meeting=meeting.key, **prov),
        _rel("HELD_IN", meeting, irn, **prov),
        _rel("PARTY_TO", nioc, deal, role="developer", **prov),
        _rel("BASED_IN", nioc, irn, **prov),
        _rel("MENTIONS", a1, putin, count=3, source=a1.key),
        _rel("REPORTS", a1, meeting, source=a1.key),
    ]  # fmt: skip
    nodes: list[Node] = [a1, a2, putin, khamenei, rus, irn, nioc, meeting, deal]
    return SampleGraph(nodes=nodes, relationships=rels, article=a1, second_article=a2)


@pytest.fixture
def sample() -> SampleGraph:
    return _sample()


# ---------------------------------------------------------------------------------------------
# Comparing stores
# ---------------------------------------------------------------------------------------------

Snapshot = tuple[list[tuple[str, dict[str, Any]]], list[tuple[str, str, str, dict[str, Any]]]]


def graph_snapshot(store: GraphStore) -> Snapshot:
    """Every node and relationship as sorted plain data: equal snapshots mean equal graphs."""
    nodes = sorted(((n.label, n.properties) for n in store.iter_nodes()), key=lambda n: (n[0], n[1]["key"]))
    rels = sorted(
        ((r.type, r.start, r.end, r.properties) for r in store.iter_relationships()),
        key=lambda r: (r[0], r[1], r[2], str(r[3].get("key"))),
    )
    return nodes, rels


@pytest.fixture
def snapshot() -> Callable[[GraphStore], Snapshot]:
    return graph_snapshot
