"""Exports of any store, and the jsonl import back, through ``iter_nodes``/``iter_relationships`` only.

Formats: ``jsonl`` (APOC ``apoc.export.json``, GRAPH_MODEL.md), ``graphml`` (Gephi, yEd, APOC),
``cypher`` (a script that recreates the graph in an empty Neo4j) and ``csv`` (a folder for
``neo4j-admin database import full``). Everything streams: a store yields, a line is written.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO
from xml.sax.saxutils import escape, quoteattr

from graph.model import NODE_LABELS, Node, Relationship, WriteCounts
from graph.stores import cypher
from graph.stores.base import GraphStore, StoredNode, StoredRelationship, check_label

TEXT_FORMATS = ("jsonl", "graphml", "cypher")
FORMATS = (*TEXT_FORMATS, "csv")

# ---------------------------------------------------------------------------------------------
# Property order and types, from the models, so every store exports byte-identical files
# ---------------------------------------------------------------------------------------------


def _node_fields(label: str) -> dict[str, tuple[type, bool]]:
    return cypher.node_property_types(label)


def _rel_fields() -> dict[str, tuple[type, bool]]:
    return cypher.rel_property_types()


def _ordered(properties: dict[str, Any], fields: dict[str, tuple[type, bool]]) -> dict[str, Any]:
    """Model field order first, then anything else (added by a user's own Cypher) by name."""
    known = [name for name in fields if name in properties]
    extra = sorted(name for name in properties if name not in fields)
    return {name: properties[name] for name in known + extra}


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_json_value(v) for v in value]
    return value


def _json_properties(properties: dict[str, Any], fields: dict[str, tuple[type, bool]]) -> dict[str, Any]:
    return {k: _json_value(v) for k, v in _ordered(properties, fields).items()}


# ---------------------------------------------------------------------------------------------
# jsonl (APOC)
# ---------------------------------------------------------------------------------------------


def node_json(node: StoredNode) -> dict[str, Any]:
    return {
        "type": "node",
        "id": node.key,
        "labels": [node.label],
        "properties": _json_properties(node.properties, _node_fields(node.label)),
    }


def relationship_json(rel: StoredRelationship) -> dict[str, Any]:
    return {
        "type": "relationship",
        "id": rel.properties.get("key", ""),
        "label": rel.type,
        "start": {"id": rel.start, "labels": [rel.startLabel]},
        "end": {"id": rel.end, "labels": [rel.endLabel]},
        "properties": _json_properties(rel.properties, _rel_fields()),
    }


def _dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def iter_jsonl(store: GraphStore) -> Iterator[str]:
    """The jsonl export as lines (no newline), e.g. to pipe into ``load_jsonl`` of another store."""
    for node in store.iter_nodes():
        yield _dumps(node_json(node))
    for rel in store.iter_relationships():
        yield _dumps(relationship_json(rel))


def write_jsonl(store: GraphStore, out: TextIO) -> None:
    for line in iter_jsonl(store):
        out.write(line + "\n")


def iter_records(lines: Iterable[str]) -> Iterator[tuple[int, StoredNode | StoredRelationship]]:
    """(line number, record) for the nodes and relationships of an APOC jsonl export, as a store
    would give them back. Raises ValueError naming the line of a record that is not APOC jsonl.
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if obj["type"] == "node":
                (label,) = obj["labels"]
                yield number, StoredNode(label=label, properties={**obj["properties"], "key": obj["id"]})
            elif obj["type"] == "relationship":
                yield (
                    number,
                    StoredRelationship(
                        type=obj["label"],
                        start=obj["start"]["id"],
                        startLabel=obj["start"]["labels"][0],
                        end=obj["end"]["id"],
                        endLabel=obj["end"]["labels"][0],
                        properties=obj.get("properties") or {},
                    ),
                )
            else:
                raise ValueError(f"unknown record type {obj['type']!r}")
        except (ValueError, KeyError, TypeError, IndexError) as e:
            raise ValueError(f"line {number}: not a newsgraph jsonl record: {e}") from e


def load_jsonl(store: GraphStore, lines: Iterable[str], batch_size: int = 2000) -> WriteCounts:
    """Read an APOC jsonl export into a store, in batches; nodes are flushed before any relationship.

    Every record is validated into the models, so an export edited by hand cannot smuggle in labels
    or properties the graph model does not know.
    """
    counts = WriteCounts()
    nodes: list[Node] = []
    rels: list[Relationship] = []
    for number, record in iter_records(lines):
        try:
            model = record.to_model()
        except (ValueError, KeyError) as e:
            raise ValueError(f"line {number}: not a newsgraph jsonl record: {e}") from e
        if isinstance(model, Relationship):
            rels.append(model)
        else:
            nodes.append(model)
        if len(nodes) >= batch_size:
            counts += store.write(nodes, [])
            nodes = []
        if len(rels) >= batch_size:
            counts += store.write(nodes, rels)
            nodes, rels = [], []
    return counts + store.write(nodes, rels) if nodes or rels else counts


# ---------------------------------------------------------------------------------------------
# GraphML
# ---------------------------------------------------------------------------------------------

_GRAPHML_TYPES: dict[type, str] = {str: "string", float: "double", int: "long", bool: "boolean", dt.date: "string"}
# XML 1.0 forbids most control characters even escaped; they cannot come from article text anyway.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _graphml_keys(fields: dict[str, tuple[type, bool]]) -> dict[str, str]:
    """Property name -> GraphML type; lists are JSON strings, as GraphML has no list type."""
    return {name: "string" if is_list else _GRAPHML_TYPES[typ] for name, (typ, is_list) in fields.items()}


def _all_node_fields() -> dict[str, tuple[type, bool]]:
    merged: dict[str, tuple[type, bool]] = {}
    for label in NODE_LABELS:
        for name, typ in _node_fields(label).items():
            merged.setdefault(name, typ)
    return merged


def _graphml_text(value: Any) -> str:
    if isinstance(value, list):
        text = json.dumps(_json_value(value), ensure_ascii=False)
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, dt.date):
        text = value.isoformat()
    else:
        text = str(value)
    return escape(_XML_INVALID.sub("", text))


def _graphml_data(prefix: str, properties: dict[str, Any], fields: dict[str, tuple[type, bool]]) -> str:
    return "".join(
        f'<data key="{prefix}{name}">{_graphml_text(value)}</data>'
        for name, value in _ordered(properties, fields).items()
        if name in fields
    )


def _attr(value: str) -> str:
    return quoteattr(_XML_INVALID.sub("", value))


def write_graphml(store: GraphStore, out: TextIO) -> None:
    """GraphML with a ``<key>`` per property, ``labels`` as APOC writes it (":Person"), edges ``label``."""
    node_fields, rel_fields = _all_node_fields(), _rel_fields()
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    out.write('<key id="labels" for="node" attr.name="labels" attr.type="string"/>\n')
    for name, typ in _graphml_keys(node_fields).items():
        out.write(f'<key id="n_{name}" for="node" attr.name="{name}" attr.type="{typ}"/>\n')
    out.write('<key id="label" for="edge" attr.name="label" attr.type="string"/>\n')
    for name, typ in _graphml_keys(rel_fields).items():
        out.write(f'<key id="e_{name}" for="edge" attr.name="{name}" attr.type="{typ}"/>\n')
    out.write('<graph id="G" edgedefault="directed">\n')
    for node in store.iter_nodes():
        data = _graphml_data("n_", node.properties, node_fields)
        out.write(f'<node id={_attr(node.key)} labels=":{node.label}"><data key="labels">:{node.label}</data>')
        out.write(f"{data}</node>\n")
    for rel in store.iter_relationships():
        key = str(rel.properties.get("key", ""))
        data = _graphml_data("e_", rel.properties, rel_fields)
        out.write(f'<edge id={_attr(key)} source={_attr(rel.start)} target={_attr(rel.end)} label="{rel.type}">')
        out.write(f'<data key="label">{rel.type}</data>{data}</edge>\n')
    out.write("</graph>\n</graphml>\n")


# ---------------------------------------------------------------------------------------------
# Cypher script
# ---------------------------------------------------------------------------------------------

_SIMPLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def cypher_literal(value: Any) -> str:
    """A value as a Cypher literal. Strings use JSON escaping, which is a subset of Cypher's."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value} has no Cypher literal")
        return repr(value)
    if isinstance(value, dt.date):
        return f'date("{value.isoformat()}")'
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    raise TypeError(f"no Cypher literal for {type(value).__name__}")


def cypher_name(name: str) -> str:
    """A property name, backtick-quoted unless it is a plain identifier."""
    return name if _SIMPLE_NAME.match(name) else "`" + name.replace("`", "``") + "`"


def cypher_map(properties: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{cypher_name(k)}: {cypher_literal(v)}" for k, v in properties.items()) + "}"


def node_statement(node: StoredNode) -> str:
    label = check_label(node.label)
    props = _ordered(node.properties, _node_fields(node.label))
    return f"MERGE (n:{label} {{key: {cypher_literal(node.key)}}}) SET n = {cypher_map(props)};"


def relationship_statement(rel: StoredRelationship) -> str:
    start, end = check_label(rel.startLabel), check_label(rel.endLabel)
    props = _ordered(rel.properties, _rel_fields())
    return (
        f"MATCH (a:{start} {{key: {cypher_literal(rel.start)}}}), (b:{end} {{key: {cypher_literal(rel.end)}}}) "
        f"MERGE (a)-[r:{check_label(rel.type)} {{key: {cypher_literal(props.get('key', ''))}}}]->(b) "
        f"SET r = {cypher_map(props)};"
    )


def write_cypher(store: GraphStore, out: TextIO) -> None:
    """Constraints first (MERGE on key needs them to be fast), then nodes, then relationships.

    Statements MERGE on key, so running the script twice leaves the same graph.
    """
    out.write("// newsgraph export: run with cypher-shell -f on an empty Neo4j 5 database\n")
    for statement in cypher.neo4j_schema_statements():
        out.write(statement + ";\n")
    for node in store.iter_nodes():
        out.write(node_statement(node) + "\n")
    for rel in store.iter_relationships():
        out.write(relationship_statement(rel) + "\n")


# ---------------------------------------------------------------------------------------------
# CSV for neo4j-admin database import
# ---------------------------------------------------------------------------------------------

ARRAY_DELIMITER = ";"
_ADMIN_TYPES: dict[type, str] = {str: "string", float: "double", int: "long", bool: "boolean", dt.date: "date"}


def _admin_column(name: str, typ: tuple[type, bool]) -> str:
    scalar, is_list = typ
    suffix = _ADMIN_TYPES[scalar] + ("[]" if is_list else "")
    return name if suffix == "string" else f"{name}:{suffix}"


def node_csv_header(label: str) -> list[str]:
    """``key:ID(Label)`` keeps the key as a property and gives every label its own id space."""
    fields = _node_fields(label)
    return [f"key:ID({label})"] + [_admin_column(n, t) for n, t in fields.items() if n != "key"] + [":LABEL"]


def relationship_csv_header(start_label: str, end_label: str) -> list[str]:
    fields = _rel_fields()
    columns = [_admin_column(n, t) for n, t in fields.items()]
    return [f":START_ID({start_label})", f":END_ID({end_label})", ":TYPE", *columns]


def _csv_text(value: Any) -> str:
    """Empty means absent to neo4j-admin; lists are joined with the array delimiter."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(_csv_text(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def node_csv_row(node: StoredNode) -> list[str]:
    fields = _node_fields(node.label)
    return [node.key] + [_csv_text(node.properties.get(n)) for n in fields if n != "key"] + [node.label]


def relationship_csv_row(rel: StoredRelationship) -> list[str]:
    values = [_csv_text(rel.properties.get(n)) for n in _rel_fields()]
    return [rel.start, rel.end, rel.type, *values]


class _CsvFiles:
    """One open CSV writer per file name: a file per label and per relationship endpoint pair."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._files: dict[str, tuple[TextIO, Any]] = {}

    def __contains__(self, name: str) -> bool:
        return name in self._files

    def open(self, name: str, header: list[str]) -> None:
        handle = (self.directory / name).open("w", newline="", encoding="utf-8")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        self._files[name] = (handle, writer)

    def write(self, name: str, row: list[str]) -> None:
        self._files[name][1].writerow(row)

    def names(self) -> list[str]:
        return list(self._files)

    def close(self) -> None:
        for handle, _ in self._files.values():
            handle.close()


def import_command(node_files: list[str], rel_files: list[str], database: str = "neo4j") -> str:
    args = [f"--nodes={name}" for name in node_files] + [f"--relationships={name}" for name in rel_files]
    options = f'--array-delimiter="{ARRAY_DELIMITER}" --multiline-fields=true --overwrite-destination'
    return f"neo4j-admin database import full {options} {' '.join(args)} {database}"


def write_csv(store: GraphStore, directory: Path) -> list[Path]:
    """A folder of CSV files plus ``IMPORT.txt`` with the neo4j-admin command that loads them.

    Lists use ``;`` as array delimiter (neo4j-admin's default); an empty list reads back as absent.
    """
    directory.mkdir(parents=True, exist_ok=True)
    files = _CsvFiles(directory)
    try:
        for node in store.iter_nodes():
            name = f"nodes_{node.label}.csv"
            if name not in files:
                files.open(name, node_csv_header(node.label))
            files.write(name, node_csv_row(node))
        node_files = files.names()
        for rel in store.iter_relationships():
            name = f"rels_{rel.type}_{rel.startLabel}_{rel.endLabel}.csv"
            if name not in files:
                files.open(name, relationship_csv_header(rel.startLabel, rel.endLabel))
            files.write(name, relationship_csv_row(rel))
        rel_files = [n for n in files.names() if n not in node_files]
    finally:
        files.close()
    (directory / "IMPORT.txt").write_text(
        "# run from this folder, with the Neo4j server stopped:\n" + import_command(node_files, rel_files) + "\n",
        encoding="utf-8",
    )
    return [directory / name for name in [*node_files, *rel_files, "IMPORT.txt"]]


# ---------------------------------------------------------------------------------------------
# Dispatch
# ---------------------------------------------------------------------------------------------

_TEXT_WRITERS: dict[str, Callable[[GraphStore, TextIO], None]] = {
    "jsonl": write_jsonl,
    "graphml": write_graphml,
    "cypher": write_cypher,
}


def export(store: GraphStore, fmt: str, target: Path | TextIO) -> None:
    """Write ``store`` as ``fmt`` to a path (a folder for csv) or an open text stream such as stdout."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "csv":
        if not isinstance(target, Path):
            raise ValueError("csv export writes a folder of files: give a path, not a stream")
        write_csv(store, target)
        return
    if isinstance(target, Path):
        with target.open("w", encoding="utf-8", newline="\n") as out:
            _TEXT_WRITERS[fmt](store, out)
    else:
        _TEXT_WRITERS[fmt](store, target)
