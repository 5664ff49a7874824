"""What only the Neo4j store does: connecting, credentials, constraints, native types."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from graph.stores.base import GraphStore, StoreUnavailable
from graph.stores.neo4j_store import Neo4jStore

if TYPE_CHECKING:
    from conftest import SampleGraph

pytestmark = pytest.mark.neo4j

SECRET = "not-the-password-x7Q"


def test_wrong_password_is_unavailable_without_leaking_it(neo4j_credentials: dict[str, str]) -> None:
    settings = neo4j_credentials
    with pytest.raises(StoreUnavailable) as error:
        Neo4jStore(settings["uri"], settings["username"], SECRET)
    assert settings["uri"] in str(error.value)
    assert SECRET not in str(error.value)


def test_unreachable_server_names_the_uri() -> None:
    with pytest.raises(StoreUnavailable, match=r"cannot reach Neo4j at bolt://127\.0\.0\.1:9") as error:
        Neo4jStore("bolt://127.0.0.1:9", "neo4j", SECRET)
    assert SECRET not in str(error.value)


def test_bad_uri_says_why() -> None:
    with pytest.raises(StoreUnavailable, match="URI scheme 'nope' is not supported"):
        Neo4jStore("nope://localhost", "neo4j", SECRET)


def test_repr_and_location_hold_no_password(neo4j_store: GraphStore, neo4j_credentials: dict[str, str]) -> None:
    password = neo4j_credentials["password"]
    assert password not in repr(neo4j_store)
    assert password not in neo4j_store.location


def test_constraints_for_every_label_and_type(neo4j_store: GraphStore) -> None:
    rows = neo4j_store.query("SHOW CONSTRAINTS YIELD name, type RETURN name, type ORDER BY name").rows
    constraints = dict(rows)
    assert constraints["Person_key"] == "UNIQUENESS"
    assert constraints["MET_key"] == "RELATIONSHIP_UNIQUENESS"
    assert len([n for n in constraints if n.endswith("_key")]) == 16


def test_dates_are_neo4j_dates(neo4j_store: GraphStore, sample: SampleGraph) -> None:
    neo4j_store.write(sample.nodes, sample.relationships)
    result = neo4j_store.query(
        "MATCH (m:Meeting) RETURN m.date = date('2022-07-19') AS same, valueType(m.date) AS type, m.date AS d"
    )
    assert result.rows == [[True, "DATE NOT NULL", dt.date(2022, 7, 19)]]


def test_paths_are_plain_values(neo4j_store: GraphStore, sample: SampleGraph) -> None:
    neo4j_store.write(sample.nodes, sample.relationships)
    (row,) = neo4j_store.query("MATCH p = (:Person)-[:MET]->(:Person) RETURN p").rows
    path = row[0]
    assert [n["properties"]["key"] for n in path["nodes"]] == ["person:vladimir-putin", "person:ali-khamenei"]
    assert [r["type"] for r in path["relationships"]] == ["MET"]


def test_write_counts_come_from_the_server(neo4j_store: GraphStore, sample: SampleGraph) -> None:
    """The counts match what Neo4j itself reports, not just our own arithmetic."""
    counts = neo4j_store.write(sample.nodes, sample.relationships)
    rows = neo4j_store.query("MATCH (n) RETURN count(n) AS nodes").rows
    assert rows == [[counts.nodesCreated]]
