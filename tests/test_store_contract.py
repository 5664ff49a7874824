"""The GraphStore contract, run against every store (LadybugDB, and Neo4j under the ``neo4j`` mark)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from graph import export
from graph.model import Person, Relationship, WriteCounts
from graph.stores import cypher
from graph.stores.base import GraphStore, ReadOnlyViolation, StoreError
from graph.stores.ladybug_store import LadybugStore

if TYPE_CHECKING:
    from conftest import SampleGraph, Snapshot

INJECTION = "O'Brien'); MATCH (n) DETACH DELETE n //"


def write_sample(store: GraphStore, sample: SampleGraph) -> WriteCounts:
    return store.write(sample.nodes, sample.relationships)


def test_first_write_counts_everything_as_created(store: GraphStore, sample: SampleGraph) -> None:
    counts = write_sample(store, sample)
    assert counts == WriteCounts(nodesCreated=len(sample.nodes), relationshipsCreated=len(sample.relationships))


def test_upsert_is_idempotent(
    store: GraphStore, sample: SampleGraph, snapshot: Callable[[GraphStore], Snapshot]
) -> None:
    write_sample(store, sample)
    before = snapshot(store)
    counts = write_sample(store, sample)
    assert counts == WriteCounts(nodesUpdated=len(sample.nodes), relationshipsUpdated=len(sample.relationships))
    assert snapshot(store) == before


def test_node_properties_are_replaced(store: GraphStore) -> None:
    store.write([Person(key="person:x", name="X", titles=["General"])], [])
    store.write([Person(key="person:x", name="X Y", aliases=["X"])], [])
    (node,) = store.iter_nodes()
    assert node.properties == {"key": "person:x", "name": "X Y", "aliases": ["X"], "titles": []}


def test_same_fact_from_second_article_grows_sources(store: GraphStore, sample: SampleGraph) -> None:
    write_sample(store, sample)
    met = next(r for r in sample.relationships if r.type == "MET")
    again = met.model_copy(update={"source": sample.second_article.key, "sources": [sample.second_article.key]})
    again = again.model_copy(update={"confidence": 0.95, "evidence": "other sentence"})
    counts = store.write([], [again])
    assert counts == WriteCounts(relationshipsUpdated=1)
    store.write([], [again])  # a third time from the same article adds nothing
    (stored,) = [r for r in store.iter_relationships() if r.type == "MET"]
    assert stored.properties["sources"] == [sample.article.key, sample.second_article.key]
    assert stored.properties["confidence"] == 0.95  # the highest seen
    assert stored.properties["evidence"] == met.evidence  # the first kept


def test_duplicates_within_one_batch_merge_into_one_edge(store: GraphStore, sample: SampleGraph) -> None:
    met = next(r for r in sample.relationships if r.type == "MET")
    twin = met.model_copy(update={"source": "article:two", "sources": ["article:two"], "confidence": 0.5})
    counts = store.write(sample.nodes, [*sample.relationships, twin])
    assert counts.relationshipsCreated == len(sample.relationships)
    (stored,) = [r for r in store.iter_relationships() if r.type == "MET"]
    assert stored.properties["sources"] == [sample.article.key, "article:two"]
    assert stored.properties["confidence"] == 0.8


def test_dates_round_trip_as_dates(store: GraphStore, sample: SampleGraph) -> None:
    write_sample(store, sample)
    nodes = {n.key: n for n in store.iter_nodes()}
    assert nodes["meeting:m1"].properties["date"] == dt.date(2022, 7, 19)
    assert nodes["article:one"].properties["published"] == dt.date(2022, 7, 20)
    (met,) = [r for r in store.iter_relationships() if r.type == "MET"]
    assert met.properties["date"] == dt.date(2022, 7, 19)
    result = store.query("MATCH (m:Meeting) WHERE m.date = $d RETURN m.date AS date", {"d": dt.date(2022, 7, 19)})
    assert result.rows == [[dt.date(2022, 7, 19)]]


def test_numbers_and_booleans_keep_their_types(store: GraphStore, sample: SampleGraph) -> None:
    write_sample(store, sample)
    nodes = {n.key: n for n in store.iter_nodes()}
    assert nodes["deal:d1"].properties["valueUsd"] == 40e9
    assert nodes["meeting:m1"].properties["durationMinutes"] == 90
    (role,) = [r for r in store.iter_relationships() if r.type == "HOLDS_ROLE"]
    assert role.properties["current"] is True


def test_read_only_query_refuses_a_write(store: GraphStore, sample: SampleGraph, snapshot) -> None:
    write_sample(store, sample)
    before = snapshot(store)
    with pytest.raises(ReadOnlyViolation, match="CREATE"):
        store.query("CREATE (n:Person {key:'x'})")
    assert snapshot(store) == before


def test_read_only_holds_even_when_the_keyword_check_misses(
    store: GraphStore, sample: SampleGraph, snapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The keyword check is for the message; the read-only transaction is the guarantee."""
    write_sample(store, sample)
    before = snapshot(store)
    monkeypatch.setattr(cypher, "write_clauses", lambda text: [])
    with pytest.raises(ReadOnlyViolation):
        store.query("MATCH (n:Person) SET n.name = 'hacked'")
    with pytest.raises(ReadOnlyViolation):
        store.query("CREATE (n:Person {key:'x'})")
    assert snapshot(store) == before


def test_write_query_when_asked(store: GraphStore) -> None:
    store.query("CREATE (n:Person {key: $k, name: $n})", {"k": "person:x", "n": "X"}, write=True)
    assert [n.key for n in store.iter_nodes()] == ["person:x"]


def test_injection_values_are_stored_verbatim(store: GraphStore, sample: SampleGraph, snapshot) -> None:
    write_sample(store, sample)
    odd = ['"quoted"', "back\\slash", "new\nline", "`tick`", "{curly}", "$param", "ünïcødé 北京"]
    person = Person(key=f"person:{INJECTION}", name=INJECTION, aliases=[INJECTION, *odd], titles=odd)
    rel = Relationship(
        type="MENTIONS", start=sample.article.key, startLabel="Article", end=person.key, endLabel="Person",
        source=sample.article.key, evidence=INJECTION, count=1,
    )  # fmt: skip
    store.write([person], [rel])
    nodes = {n.key: n for n in store.iter_nodes()}
    assert len(nodes) == len(sample.nodes) + 1
    assert nodes[person.key].properties == person.properties()
    result = store.query("MATCH (p:Person) WHERE p.name = $name RETURN p.key AS key", {"name": INJECTION})
    assert result.rows == [[person.key]]
    (mention,) = [r for r in store.iter_relationships() if r.end == person.key]
    assert mention.properties["evidence"] == INJECTION


def test_write_is_atomic_when_an_endpoint_is_missing(store: GraphStore, sample: SampleGraph, snapshot) -> None:
    write_sample(store, sample)
    before = snapshot(store)
    newcomer = Person(key="person:new", name="New Person")
    dangling = Relationship(
        type="MET", start=newcomer.key, startLabel="Person", end="person:nobody", endLabel="Person", source="a"
    )
    good = Relationship(
        type="MET", start=newcomer.key, startLabel="Person", end="person:ali-khamenei", endLabel="Person"
    )
    with pytest.raises(StoreError, match="person:nobody"):
        store.write([newcomer], [good, dangling])
    assert snapshot(store) == before


def test_write_is_atomic_when_a_later_group_fails(store: GraphStore, sample: SampleGraph, snapshot) -> None:
    """Nodes and the first relationship groups are written before the failing group: all must go."""
    write_sample(store, sample)
    before = snapshot(store)
    newcomer = Person(key="person:new", name="New Person")
    rels = [
        Relationship(type="VISITED", start=newcomer.key, startLabel="Person", end="country:IRN", endLabel="Country"),
        Relationship(type="MET", start=newcomer.key, startLabel="Person", end="person:putin", endLabel="Person"),
    ]
    with pytest.raises(StoreError):
        store.write([newcomer], rels)
    assert snapshot(store) == before
    # the store is still usable after the rollback
    assert store.write([newcomer], rels[:1]) == WriteCounts(nodesCreated=1, relationshipsCreated=1)


def test_existing_article_keys(store: GraphStore, sample: SampleGraph) -> None:
    write_sample(store, sample)
    assert store.existing_article_keys(["article:one", "article:zzz"]) == {"article:one"}
    assert store.existing_article_keys([]) == set()


def test_load_entities_returns_models(store: GraphStore, sample: SampleGraph) -> None:
    write_sample(store, sample)
    entities = {e.key: e for e in store.load_entities()}
    expected = {n.key: n for n in sample.nodes if n.label in ("Person", "Country", "Organization")}
    assert entities == expected


def test_query_returns_plain_values(store: GraphStore, sample: SampleGraph) -> None:
    write_sample(store, sample)
    result = store.query(
        "MATCH (p:Person {key: $k})-[r:MET]->(q:Person) RETURN p, type(r) AS t, r, q.name AS name",
        {"k": "person:vladimir-putin"},
    )
    assert result.columns == ["p", "t", "r", "name"]
    (row,) = result.rows
    person, rel_type, rel, name = row
    assert person == {"labels": ["Person"], "properties": sample.nodes[2].properties()}
    assert rel_type == "MET"
    assert rel["type"] == "MET" and rel["properties"]["date"] == dt.date(2022, 7, 19)
    assert name == "Ali Khamenei"


def test_bad_query_is_a_store_error(store: GraphStore) -> None:
    with pytest.raises(StoreError):
        store.query("MATCH (n RETURN n")


def test_jsonl_round_trip(store: GraphStore, sample: SampleGraph, snapshot) -> None:
    write_sample(store, sample)
    lines = list(export.iter_jsonl(store))
    before = snapshot(store)
    store.query("MATCH (n) DETACH DELETE n", write=True)
    assert snapshot(store) == ([], [])
    counts = export.load_jsonl(store, lines)
    assert counts.nodesCreated == len(sample.nodes)
    assert counts.relationshipsCreated == len(sample.relationships)
    assert snapshot(store) == before
    assert list(export.iter_jsonl(store)) == lines


def test_jsonl_round_trip_into_a_fresh_embedded_store(
    store: GraphStore, sample: SampleGraph, snapshot, tmp_path: Path
) -> None:
    """An export loads into a new, empty store: how a graph moves between backends."""
    write_sample(store, sample)
    with LadybugStore(tmp_path / "fresh") as fresh:
        fresh.ensure_schema()
        export.load_jsonl(fresh, export.iter_jsonl(store))
        assert snapshot(fresh) == snapshot(store)
