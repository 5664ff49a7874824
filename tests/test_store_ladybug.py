"""What only the embedded store does: files, locking, schema, its Cypher dialect."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from graph.model import Meeting, Person
from graph.stores import cypher
from graph.stores.base import ReadOnlyViolation, StoreError, StoreUnavailable
from graph.stores.ladybug_store import DB_FILE_NAME, LadybugStore

if TYPE_CHECKING:
    from conftest import SampleGraph


def test_creates_the_folder_and_keeps_one_file_inside(tmp_path: Path) -> None:
    folder = tmp_path / "nested" / "kg.db"
    with LadybugStore(folder) as store:
        store.ensure_schema()
        assert store.location == str(folder / DB_FILE_NAME)
    assert (folder / DB_FILE_NAME).is_file()


def test_data_survives_reopening(tmp_path: Path, sample: SampleGraph) -> None:
    with LadybugStore(tmp_path / "db") as store:
        store.ensure_schema()
        store.write(sample.nodes, sample.relationships)
    with LadybugStore(tmp_path / "db") as store:
        store.ensure_schema()  # idempotent on an existing database
        assert len(list(store.iter_nodes())) == len(sample.nodes)
        assert len(list(store.iter_relationships())) == len(sample.relationships)


def test_read_only_open(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailable, match="no graph database"):
        LadybugStore(tmp_path / "missing", read_only=True)
    with LadybugStore(tmp_path / "db") as store:
        store.ensure_schema()
        store.write([Person(key="person:x", name="X")], [])
    with LadybugStore(tmp_path / "db", read_only=True) as store:
        assert store.query("MATCH (p:Person) RETURN p.name").rows == [["X"]]
        with pytest.raises(StoreError, match="read-only"):
            store.write([Person(key="person:y", name="Y")], [])


def test_a_second_process_gets_a_clear_error(ladybug_store: LadybugStore) -> None:
    folder = Path(ladybug_store.location).parent
    script = textwrap.dedent(
        f"""
        from graph.stores.base import StoreUnavailable
        from graph.stores.ladybug_store import LadybugStore
        try:
            LadybugStore({str(folder)!r})
        except StoreUnavailable as e:
            print(e)
        """
    )
    output = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert str(folder / DB_FILE_NAME) in output
    assert "is another kg process using it?" in output


def test_schema_matches_the_models(ladybug_store: LadybugStore) -> None:
    columns = ladybug_store.query("CALL table_info('Meeting') RETURN name, type").rows
    assert columns == [[n, cypher.ladybug_type(*t)] for n, t in cypher.node_property_types("Meeting").items()]


def test_ensure_schema_adds_columns_for_new_model_fields(tmp_path: Path) -> None:
    with LadybugStore(tmp_path / "db") as store:
        store.query("CREATE NODE TABLE Article(key STRING PRIMARY KEY, name STRING)", write=True)
        store.ensure_schema()
        columns = [row[0] for row in store.query("CALL table_info('Article') RETURN name").rows]
        assert set(columns) == set(cypher.node_property_types("Article"))


def test_neo4j_type_function_works(ladybug_store: LadybugStore, sample: SampleGraph) -> None:
    ladybug_store.write(sample.nodes, sample.relationships)
    result = ladybug_store.query("MATCH ()-[r]->() RETURN DISTINCT type(r) AS t ORDER BY t")
    assert [row[0] for row in result.rows] == sorted({r.type for r in sample.relationships})


def test_several_statements_are_refused(ladybug_store: LadybugStore) -> None:
    with pytest.raises(StoreError, match="one statement"):
        ladybug_store.query("MATCH (n) RETURN n; MATCH (n) RETURN n")


def test_transaction_control_is_refused_in_user_queries(ladybug_store: LadybugStore) -> None:
    with pytest.raises(ReadOnlyViolation, match="COMMIT"):
        ladybug_store.query("COMMIT")
    with pytest.raises(ReadOnlyViolation, match="BEGIN"):
        ladybug_store.query("BEGIN TRANSACTION", write=True)


def test_paths_are_plain_values(ladybug_store: LadybugStore, sample: SampleGraph) -> None:
    ladybug_store.write(sample.nodes, sample.relationships)
    (row,) = ladybug_store.query("MATCH p = (:Person)-[:MET]->(:Person) RETURN p").rows
    path = row[0]
    assert [n["properties"]["key"] for n in path["nodes"]] == ["person:vladimir-putin", "person:ali-khamenei"]
    assert [r["type"] for r in path["relationships"]] == ["MET"]
    assert "_ID" not in path["nodes"][0]["properties"]


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_a_failed_write_leaves_the_connection_usable(ladybug_store: LadybugStore) -> None:
    """LadybugDB rolls back by itself on error; our ROLLBACK must not then fail or leave a transaction open."""
    fields = {"key": "meeting:x", "name": "M", "title": "M", "kind": "meeting", "status": "held"}
    broken = Meeting.model_construct(**fields, date="not a date", datePrecision="day")  # skips validation
    with pytest.raises(StoreError, match="not a date"):
        ladybug_store.write([Person(key="person:y", name="Y"), broken], [])
    assert ladybug_store.write([Person(key="person:x", name="X")], []).nodesCreated == 1
    assert ladybug_store.query("MATCH (n) RETURN count(n)").rows == [[1]]


def test_writes_go_on_across_the_periodic_reopening(tmp_path: Path) -> None:
    """The store closes and reopens the database every few transactions to give memory back."""
    from graph.stores.ladybug_store import REOPEN_EVERY

    with LadybugStore(tmp_path / "db") as store:
        store.ensure_schema()
        for i in range(REOPEN_EVERY * 2 + 1):
            person = Person(key=f"person:p{i}", name=f"Person {i}", aliases=[f"Person {i}"])
            counts = store.write([person], [])
            assert counts.nodesCreated == 1
        assert store.query("MATCH (p:Person) RETURN count(p) AS n").rows == [[REOPEN_EVERY * 2 + 1]]
