"""Exports (jsonl, graphml, cypher, csv) and the jsonl import, on the embedded store (and Neo4j for the script)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from graph import export
from graph.model import Person, Relationship
from graph.stores.base import GraphStore

if TYPE_CHECKING:
    from conftest import SampleGraph

INJECTION = "O'Brien'); MATCH (n) DETACH DELETE n //"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


@pytest.fixture
def filled(ladybug_store: GraphStore, sample: SampleGraph) -> GraphStore:
    odd = Person(key="person:odd", name=INJECTION, aliases=['"q"', "back\\slash", "new\nline", "a;b"])
    ladybug_store.write([*sample.nodes, odd], sample.relationships)
    return ladybug_store


def two_people(store: GraphStore) -> Relationship:
    putin = Person(
        key="person:vladimir-putin", name="Vladimir Putin", aliases=["Putin", "Vladimir Putin"], titles=["President"]
    )
    khamenei = Person(key="person:ali-khamenei", name="Ali Khamenei")
    met = Relationship(
        type="MET", start=putin.key, startLabel="Person", end=khamenei.key, endLabel="Person",
        date=dt.date(2022, 7, 19), datePrecision="day", dateSource="explicit", source="article:1",
        evidence="...", confidence=0.9,
    )  # fmt: skip
    store.write([putin, khamenei], [met])
    return met


# ---- jsonl -----------------------------------------------------------------------------------


def test_jsonl_is_the_apoc_format(ladybug_store: GraphStore) -> None:
    met = two_people(ladybug_store)
    lines = list(export.iter_jsonl(ladybug_store))
    assert lines[1] == (
        '{"type":"node","id":"person:vladimir-putin","labels":["Person"],"properties":{"key":"person:vladimir-putin",'
        '"name":"Vladimir Putin","aliases":["Putin","Vladimir Putin"],"titles":["President"]}}'
    )
    assert json.loads(lines[2]) == {
        "type": "relationship",
        "id": met.key,
        "label": "MET",
        "start": {"id": "person:vladimir-putin", "labels": ["Person"]},
        "end": {"id": "person:ali-khamenei", "labels": ["Person"]},
        "properties": {
            "key": met.key, "date": "2022-07-19", "datePrecision": "day", "dateSource": "explicit",
            "source": "article:1", "sources": ["article:1"], "evidence": "...", "confidence": 0.9,
        },
    }  # fmt: skip


def test_write_jsonl_to_a_stream_and_a_path(filled: GraphStore, tmp_path: Path) -> None:
    stream = io.StringIO()
    export.export(filled, "jsonl", stream)
    export.export(filled, "jsonl", tmp_path / "out.jsonl")
    assert stream.getvalue() == (tmp_path / "out.jsonl").read_text(encoding="utf-8")
    assert stream.getvalue().splitlines() == list(export.iter_jsonl(filled))


def test_load_jsonl_reports_the_bad_line(ladybug_store: GraphStore) -> None:
    lines = ['{"type":"node","id":"person:x","labels":["Person"],"properties":{"name":"X"}}', "{not json"]
    with pytest.raises(ValueError, match="line 2"):
        export.load_jsonl(ladybug_store, lines)
    with pytest.raises(ValueError, match="line 1"):
        export.load_jsonl(ladybug_store, ['{"type":"node","id":"x","labels":["Hacker"],"properties":{}}'])


def test_load_jsonl_in_small_batches(filled: GraphStore, tmp_path: Path, snapshot) -> None:
    from graph.stores.ladybug_store import LadybugStore

    with LadybugStore(tmp_path / "copy") as copy:
        copy.ensure_schema()
        export.load_jsonl(copy, export.iter_jsonl(filled), batch_size=2)
        assert snapshot(copy) == snapshot(filled)


# ---- graphml ---------------------------------------------------------------------------------


def test_graphml_is_valid_and_declares_its_keys(filled: GraphStore, sample: SampleGraph) -> None:
    out = io.StringIO()
    export.export(filled, "graphml", out)
    root = ET.fromstring(out.getvalue())
    declared = {k.get("id") for k in root.iter(f"{GRAPHML}key")}
    used = {d.get("key") for d in root.iter(f"{GRAPHML}data")}
    assert used <= declared
    nodes = {n.get("id"): n for n in root.iter(f"{GRAPHML}node")}
    assert len(nodes) == len(sample.nodes) + 1
    assert len(list(root.iter(f"{GRAPHML}edge"))) == len(sample.relationships)
    odd = {d.get("key"): d.text for d in nodes["person:odd"]}
    assert odd["labels"] == ":Person"
    assert odd["n_name"] == INJECTION
    assert json.loads(odd["n_aliases"] or "") == ['"q"', "back\\slash", "new\nline", "a;b"]
    meeting = {d.get("key"): d.text for d in nodes["meeting:m1"]}
    assert meeting["n_date"] == "2022-07-19"


# ---- cypher script ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "literal"),
    [
        (INJECTION, "\"O'Brien'); MATCH (n) DETACH DELETE n //\""),
        ('say "hi"\\\n', '"say \\"hi\\"\\\\\\n"'),
        ("\x00", '"\\u0000"'),
        (dt.date(2022, 7, 19), 'date("2022-07-19")'),
        ([1, 2.5, True, None], "[1, 2.5, true, null]"),
        (40e9, "40000000000.0"),
    ],
)
def test_cypher_literals(value: object, literal: str) -> None:
    assert export.cypher_literal(value) == literal


def test_cypher_literal_refuses_what_cypher_cannot_say() -> None:
    with pytest.raises(ValueError):
        export.cypher_literal(float("nan"))
    with pytest.raises(TypeError):
        export.cypher_literal(object())


def test_cypher_script_shape(ladybug_store: GraphStore) -> None:
    met = two_people(ladybug_store)
    out = io.StringIO()
    export.export(ladybug_store, "cypher", out)
    lines = out.getvalue().splitlines()
    assert lines[1] == "CREATE CONSTRAINT Person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;"
    assert all(line.startswith("CREATE CONSTRAINT") for line in lines[1:17])
    assert lines[17] == (
        'MERGE (n:Person {key: "person:ali-khamenei"}) SET n = {key: "person:ali-khamenei", name: "Ali Khamenei", '
        "aliases: [], titles: []};"
    )
    assert lines[19] == (
        'MATCH (a:Person {key: "person:vladimir-putin"}), (b:Person {key: "person:ali-khamenei"}) '
        f'MERGE (a)-[r:MET {{key: "{met.key}"}}]->(b) SET r = {{key: "{met.key}", date: date("2022-07-19"), '
        'datePrecision: "day", dateSource: "explicit", source: "article:1", sources: ["article:1"], '
        'evidence: "...", confidence: 0.9};'
    )


@pytest.mark.neo4j
def test_cypher_script_recreates_the_graph_in_neo4j(filled: GraphStore, neo4j_store: GraphStore, snapshot) -> None:
    out = io.StringIO()
    export.export(filled, "cypher", out)
    for line in out.getvalue().splitlines():
        if line and not line.startswith("//"):
            neo4j_store.query(line.removesuffix(";"), write=True)
    assert snapshot(neo4j_store) == snapshot(filled)


# ---- csv for neo4j-admin ---------------------------------------------------------------------


def read_csv(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def test_csv_folder_for_neo4j_admin_import(filled: GraphStore, tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    export.export(filled, "csv", folder)
    people = read_csv(folder / "nodes_Person.csv")
    assert people[0] == ["key:ID(Person)", "name", "aliases:string[]", "titles:string[]", ":LABEL"]
    odd = next(row for row in people if row[0] == "person:odd")
    assert odd == ["person:odd", INJECTION, '"q";back\\slash;new\nline;a;b', "", "Person"]
    meetings = read_csv(folder / "nodes_Meeting.csv")
    assert meetings[0][:3] == ["key:ID(Meeting)", "date:date", "datePrecision"]
    assert "durationMinutes:long" in meetings[0]
    met = read_csv(folder / "rels_MET_Person_Person.csv")
    assert met[0][:5] == [":START_ID(Person)", ":END_ID(Person)", ":TYPE", "key", "date:date"]
    assert "confidence:double" in met[0] and "current:boolean" in met[0] and "sources:string[]" in met[0]
    assert met[1][:3] == ["person:vladimir-putin", "person:ali-khamenei", "MET"]
    command = (folder / "IMPORT.txt").read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in command
    assert "--nodes=nodes_Person.csv" in command and "--relationships=rels_MET_Person_Person.csv" in command


def test_csv_needs_a_folder(filled: GraphStore) -> None:
    with pytest.raises(ValueError, match="folder"):
        export.export(filled, "csv", io.StringIO())
    with pytest.raises(ValueError, match="unknown export format"):
        export.export(filled, "xlsx", io.StringIO())
