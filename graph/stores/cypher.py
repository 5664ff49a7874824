"""Cypher text and parameter rows for both stores, as small pure functions.

Every function here returns query text or parameter rows and touches no database, so the exact text
is unit-tested (``tests/test_cypher_queries.py``). Neo4j and LadybugDB agree on most of Cypher; where
they differ (LadybugDB needs explicit casts and a schema, has no list comprehensions) the function
name says which dialect it serves. Labels and types reach the text only through ``check_label``;
every value is a parameter.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import types
import typing
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel

from graph.model import NODE_CLASSES, NODE_LABELS, REL_ENDPOINTS, Node, Relationship
from graph.stores.base import check_label

#: Relationship fields that are the edge's shape, not its properties.
REL_SHAPE_FIELDS = frozenset({"type", "start", "startLabel", "end", "endLabel"})

#: (type, start label, end label): labels are fixed in a query's text, so rows are grouped by them.
RelGroup = tuple[str, str, str]
#: Every group the model allows, in a fixed order.
REL_GROUPS: tuple[RelGroup, ...] = tuple(
    (rel_type, start, end) for rel_type, (starts, ends) in REL_ENDPOINTS.items() for start in starts for end in ends
)
_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9_]*")

# --------------------------------------------------------------------------------------------
# Property types, read from the pydantic models so that a new field needs no second edit here.
# --------------------------------------------------------------------------------------------

#: LadybugDB column type of each python type a model field may have.
_LADYBUG_TYPES: dict[type, str] = {str: "STRING", dt.date: "DATE", float: "DOUBLE", int: "INT64", bool: "BOOLEAN"}


def _base_type(annotation: Any) -> tuple[type, bool]:
    """(scalar python type, is_list) of a field annotation, with Optional and Literal unwrapped."""
    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in get_args(annotation) if a is not type(None)]
        return _base_type(inner)
    if origin is Literal:
        return type(get_args(annotation)[0]), False
    if origin is list:
        scalar, _ = _base_type(get_args(annotation)[0])
        return scalar, True
    if isinstance(annotation, type):
        return annotation, False
    raise TypeError(f"unsupported field annotation {annotation!r}")


def model_property_types(model: type[BaseModel], skip: frozenset[str] = frozenset()) -> dict[str, tuple[type, bool]]:
    """Stored property -> (python type, is_list): ``key`` first, then field order; excluded fields left out."""
    stored = {
        name: _base_type(field.annotation)
        for name, field in model.model_fields.items()
        if not field.exclude and name not in skip
    }
    return {"key": stored.pop("key"), **stored} if "key" in stored else stored


def node_property_types(label: str) -> dict[str, tuple[type, bool]]:
    return model_property_types(NODE_CLASSES[check_label(label)])


def rel_property_types() -> dict[str, tuple[type, bool]]:
    """Every relationship type shares one property set: the Relationship model's fields."""
    return model_property_types(Relationship, REL_SHAPE_FIELDS)


def ladybug_type(python_type: type, is_list: bool) -> str:
    base = _LADYBUG_TYPES[python_type]
    return f"{base}[]" if is_list else base


# --------------------------------------------------------------------------------------------
# Schema
# --------------------------------------------------------------------------------------------


def neo4j_node_constraint(label: str) -> str:
    label = check_label(label)
    return f"CREATE CONSTRAINT {label}_key IF NOT EXISTS FOR (n:{label}) REQUIRE n.key IS UNIQUE"


def neo4j_rel_constraint(rel_type: str) -> str:
    """Relationship key uniqueness (Neo4j 5.7+, Community included)."""
    rel_type = check_label(rel_type)
    return f"CREATE CONSTRAINT {rel_type}_key IF NOT EXISTS FOR ()-[r:{rel_type}]-() REQUIRE r.key IS UNIQUE"


def neo4j_rel_index(rel_type: str) -> str:
    """Fallback for servers without relationship uniqueness constraints: an index still speeds MERGE."""
    rel_type = check_label(rel_type)
    return f"CREATE INDEX {rel_type}_key IF NOT EXISTS FOR ()-[r:{rel_type}]-() ON (r.key)"


def neo4j_schema_statements() -> list[str]:
    """Constraints for every label and relationship type, in the order they are created."""
    return [neo4j_node_constraint(label) for label in NODE_LABELS] + [
        neo4j_rel_constraint(rel_type) for rel_type in REL_ENDPOINTS
    ]


def ladybug_node_table(label: str) -> str:
    """``key`` is the primary key: LadybugDB then enforces uniqueness as a Neo4j constraint would."""
    columns = [
        f"{name} {ladybug_type(*typ)}{' PRIMARY KEY' if name == 'key' else ''}"
        for name, typ in node_property_types(label).items()
    ]
    return f"CREATE NODE TABLE IF NOT EXISTS {check_label(label)}({', '.join(columns)})"


def ladybug_rel_table(rel_type: str) -> str:
    """One table per type with a FROM/TO pair per allowed endpoint pair (REL_ENDPOINTS)."""
    starts, ends = REL_ENDPOINTS[check_label(rel_type)]
    pairs = [f"FROM {check_label(s)} TO {check_label(e)}" for s in starts for e in ends]
    columns = [f"{name} {ladybug_type(*typ)}" for name, typ in rel_property_types().items()]
    return f"CREATE REL TABLE IF NOT EXISTS {rel_type}({', '.join(pairs + columns)})"


def ladybug_table_columns(table: str) -> dict[str, str]:
    """Column name -> LadybugDB type the models want for a node label or relationship type."""
    typed = node_property_types(table) if table in NODE_LABELS else rel_property_types()
    return {name: ladybug_type(*typ) for name, typ in typed.items()}


def ladybug_add_column(table: str, name: str, column_type: str) -> str:
    """A field added to a model reaches databases created before it (``CREATE ... IF NOT EXISTS`` would not)."""
    if not _IDENTIFIER.fullmatch(name) or column_type not in {
        ladybug_type(t, is_list) for t in _LADYBUG_TYPES for is_list in (False, True)
    }:
        raise ValueError(f"bad column {name!r} {column_type!r}")
    return f"ALTER TABLE {check_label(table)} ADD IF NOT EXISTS {name} {column_type}"


def ladybug_table_info(table: str) -> str:
    return f"CALL table_info('{check_label(table)}') RETURN name"


def ladybug_schema_statements() -> list[str]:
    """Node tables first: a relationship table names its endpoint tables."""
    return [ladybug_node_table(label) for label in NODE_LABELS] + [ladybug_rel_table(t) for t in REL_ENDPOINTS]


# --------------------------------------------------------------------------------------------
# Writes
# --------------------------------------------------------------------------------------------


def _cast(expression: str, typ: tuple[type, bool]) -> str:
    """LadybugDB infers a parameter's type from its values, so an all-None column would be STRING."""
    return f"CAST({expression} AS {ladybug_type(*typ)})"


def existing_node_keys(label: str) -> str:
    return f"MATCH (n:{check_label(label)}) WHERE n.key IN $keys RETURN n.key AS key"


def existing_rel_keys_from(rel_type: str, start_label: str) -> str:
    """Which of ``$rows`` (start key, relationship key) exist, reached from the start node's primary key.

    Walking out of each start node touches only its own edges; filtering the whole relationship
    table by key grows with the store and, in LadybugDB, holds on to memory as it grows.
    """
    return (
        f"UNWIND $rows AS row MATCH (a:{check_label(start_label)} {{key: row.start}})"
        f"-[r:{check_label(rel_type)}]->() WHERE r.key = row.key RETURN r.key AS key"
    )


def neo4j_merge_nodes(label: str, rows: str = "$rows") -> str:
    """``SET n = props`` replaces every property, so one dropped by the new version disappears."""
    return f"UNWIND {_rows(rows)} AS row MERGE (n:{check_label(label)} {{key: row.key}}) SET n = row.props"


def ladybug_merge_nodes(label: str) -> str:
    """Every column is set, absent ones to NULL: the same replace semantics as Neo4j's ``SET n =``."""
    sets = ", ".join(
        f"n.{name} = {_cast(f'row.{name}', typ)}" for name, typ in node_property_types(label).items() if name != "key"
    )
    return f"UNWIND $rows AS row MERGE (n:{check_label(label)} {{key: row.key}}) SET {sets}"


_ROWS = re.compile(rf"\${_IDENTIFIER.pattern}(?:\.{_IDENTIFIER.pattern})?")


def _variable(name: str) -> str:
    """A name our code chose for a returned column (``written3``): checked, since it is pasted into the text."""
    if not _IDENTIFIER.fullmatch(name):
        raise ValueError(f"bad variable name {name!r}")
    return name


def _rows(expression: str) -> str:
    """A parameter (``$rows``) or a key of one (``$nodes.Person``): the rows a statement unwinds."""
    if not _ROWS.fullmatch(expression):
        raise ValueError(f"bad rows expression {expression!r}")
    return expression


def _rel_match(rel_type: str, start_label: str, end_label: str, rows: str = "$rows") -> str:
    """``end`` is a keyword in LadybugDB even after a dot, hence ``startKey``/``endKey`` in rows."""
    return (
        f"UNWIND {_rows(rows)} AS row\n"
        f"MATCH (a:{check_label(start_label)} {{key: row.startKey}})\n"
        f"MATCH (b:{check_label(end_label)} {{key: row.endKey}})\n"
        f"MERGE (a)-[r:{check_label(rel_type)} {{key: row.key}}]->(b)\n"
    )


def _max_confidence(new: str) -> str:
    return (
        f"CASE WHEN {new} IS NULL THEN r.confidence"
        f" WHEN r.confidence IS NULL OR {new} > r.confidence THEN {new} ELSE r.confidence END"
    )


def neo4j_merge_relationships(
    rel_type: str, start_label: str, end_label: str, rows: str = "$rows", written: str = "written"
) -> str:
    """A repeated fact keeps its first properties, gains the new sources, and the highest confidence."""
    return (
        _rel_match(rel_type, start_label, end_label, rows) + "ON CREATE SET r += row.props\n"
        "ON MATCH SET r.sources = coalesce(r.sources, [])"
        " + [s IN row.props.sources WHERE NOT s IN coalesce(r.sources, [])],\n"
        f"  r.confidence = {_max_confidence('row.props.confidence')}\n"
        f"RETURN count(r) AS {_variable(written)}"
    )


# One statement writes every label, one every relationship group: on a local server a statement's
# round trip and planning cost more than the few dozen rows a group holds in a batch, so fewer,
# fuller statements are what makes a batch fast. The texts are fixed (every label, every group,
# empty lists for the absent ones) so the server plans each once; and the rows travel as one map
# parameter, because the server's plan cache is keyed by parameter types too, and an empty list
# is not of the type of a full one: separate list parameters would be replanned (~0.5 s) for every
# new combination of empty groups. ``CALL () {...}`` (a scope clause) needs Neo4j 5.23 or later.


def rel_group_name(group: RelGroup) -> str:
    """``HOLDS_ROLE_Person_Country``: the key of a group's rows in the ``$rels`` map."""
    return "_".join(check_label(part) for part in group)


@functools.cache
def neo4j_merge_all_nodes() -> str:
    """Every label's MERGE in one statement, one unit subquery per label, rows from ``$nodes.<label>``."""
    return "\n".join(f"CALL () {{ {neo4j_merge_nodes(label, f'$nodes.{label}')} }}" for label in NODE_LABELS)


@functools.cache
def neo4j_merge_all_relationships() -> str:
    """Every group's MERGE in one statement, rows from ``$rels.<group>``; ``written`` counts the rows merged."""
    calls = [
        f"CALL () {{\n{neo4j_merge_relationships(*group, f'$rels.{rel_group_name(group)}', f'written{i}')}\n}}"
        for i, group in enumerate(REL_GROUPS)
    ]
    total = " + ".join(f"written{i}" for i in range(len(REL_GROUPS)))
    return "\n".join(calls) + f"\nRETURN {total} AS written"


def neo4j_node_params(nodes: Sequence[Node]) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """The parameters of ``neo4j_merge_all_nodes``: every label present, empty when the batch has none."""
    groups = group_nodes(nodes)
    return {"nodes": {label: [neo4j_node_row(n) for n in groups.get(label, [])] for label in NODE_LABELS}}


def neo4j_rel_params(relationships: Sequence[Relationship]) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """The parameters of ``neo4j_merge_all_relationships``, duplicates folded (``group_relationships``)."""
    groups = group_relationships(relationships)
    return {"rels": {rel_group_name(g): [neo4j_rel_row(r) for r in groups.get(g, [])] for g in REL_GROUPS}}


def ladybug_merge_relationships(rel_type: str, start_label: str, end_label: str) -> str:
    """As the Neo4j version; ``list_distinct`` keeps first occurrences in order, as the comprehension does."""
    typed = rel_property_types()
    creates = ", ".join(f"r.{name} = {_cast(f'row.{name}', typ)}" for name, typ in typed.items() if name != "key")
    sources = _cast("row.sources", typed["sources"])
    empty = _cast("[]", typed["sources"])
    return (
        _rel_match(rel_type, start_label, end_label) + f"ON CREATE SET {creates}\n"
        f"ON MATCH SET r.sources = list_distinct(list_concat(coalesce(r.sources, {empty}), {sources})),\n"
        f"  r.confidence = {_max_confidence(_cast('row.confidence', typed['confidence']))}\n"
        "RETURN count(r) AS written"
    )


# --------------------------------------------------------------------------------------------
# Rows: models -> parameters
# --------------------------------------------------------------------------------------------


def group_nodes(nodes: Sequence[Node]) -> dict[str, list[Node]]:
    """Nodes per label, one per key; a later version of a key replaces an earlier one, as a write would."""
    by_label: dict[str, dict[str, Node]] = {}
    for node in nodes:
        by_label.setdefault(check_label(node.label), {})[node.key] = node
    return {label: list(by_key.values()) for label, by_key in by_label.items()}


def merge_duplicate_relationships(relationships: Sequence[Relationship]) -> list[Relationship]:
    """One relationship per key, as the store would hold it after writing them one by one.

    A single UNWIND cannot be trusted to see its own earlier rows when merging, so duplicates are
    folded here: first properties kept, sources appended in order, the highest confidence.
    """
    merged: dict[str, Relationship] = {}
    for rel in relationships:
        first = merged.get(rel.key)
        if first is None:
            merged[rel.key] = rel
            continue
        confidences = [c for c in (first.confidence, rel.confidence) if c is not None]
        merged[rel.key] = first.model_copy(
            update={
                "sources": list(dict.fromkeys([*first.sources, *rel.sources])),
                "confidence": max(confidences) if confidences else None,
            }
        )
    return list(merged.values())


def group_relationships(relationships: Sequence[Relationship]) -> dict[RelGroup, list[Relationship]]:
    """Relationships per (type, startLabel, endLabel): labels are fixed in the text, keys are rows."""
    groups: dict[RelGroup, list[Relationship]] = {}
    for rel in merge_duplicate_relationships(relationships):
        groups.setdefault((rel.type, rel.startLabel, rel.endLabel), []).append(rel)
    return groups


def endpoint_keys(group: Sequence[Relationship]) -> dict[str, list[str]]:
    """Label -> the endpoint keys a group of relationships needs, to find the missing ones after a failure."""
    keys: dict[str, set[str]] = {}
    for rel in group:
        keys.setdefault(rel.startLabel, set()).add(rel.start)
        keys.setdefault(rel.endLabel, set()).add(rel.end)
    return {label: sorted(found) for label, found in sorted(keys.items())}


def missing_endpoints_message(missing: Sequence[str], shown: int = 5) -> str:
    more = f" and {len(missing) - shown} more" if len(missing) > shown else ""
    return f"relationship endpoints not in the store nor in the batch: {', '.join(missing[:shown])}{more}"


def neo4j_node_row(node: Node) -> dict[str, Any]:
    return {"key": node.key, "props": node.properties()}


def ladybug_node_row(node: Node) -> dict[str, Any]:
    """Every column present (None when unset): LadybugDB needs one struct type for all rows."""
    props = node.properties()
    return {name: props.get(name) for name in node_property_types(node.label)}


def neo4j_rel_row(rel: Relationship) -> dict[str, Any]:
    return {"startKey": rel.start, "endKey": rel.end, "key": rel.key, "props": rel.properties()}


def ladybug_rel_row(rel: Relationship) -> dict[str, Any]:
    props = rel.properties()
    row = {name: props.get(name) for name in rel_property_types()}
    return {"startKey": rel.start, "endKey": rel.end, **row}


# --------------------------------------------------------------------------------------------
# Reads
# --------------------------------------------------------------------------------------------


def ladybug_nodes_of(label: str) -> str:
    return f"MATCH (n:{check_label(label)}) RETURN n ORDER BY n.key"


def ladybug_relationships_of(rel_type: str) -> str:
    return (
        f"MATCH (a)-[r:{check_label(rel_type)}]->(b) "
        "RETURN label(a) AS startLabel, a.key AS startKey, r, label(b) AS endLabel, b.key AS endKey ORDER BY r.key"
    )


NEO4J_ALL_NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.key"
NEO4J_ALL_RELATIONSHIPS = (
    "MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a) AS startLabels, a.key AS start, "
    "labels(b) AS endLabels, b.key AS end, properties(r) AS props ORDER BY r.key"
)


def neo4j_nodes_of(label: str) -> str:
    return f"MATCH (n:{check_label(label)}) RETURN properties(n) AS props ORDER BY n.key"


# --------------------------------------------------------------------------------------------
# User queries: a small tokenizer, so checks and rewrites never look inside strings or comments
# --------------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>//[^\n]*|/\*.*?(?:\*/|\Z))
  | (?P<string>'(?:[^'\\]|\\.)*(?:'|\Z)|"(?:[^"\\]|\\.)*(?:"|\Z))
  | (?P<quoted>`(?:[^`]|``)*(?:`|\Z))
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    start: int


def tokenize(cypher: str) -> Iterator[Token]:
    """Cypher split into words, strings, quoted names, comments, spaces and single characters."""
    for match in _TOKEN.finditer(cypher):
        kind = match.lastgroup or "other"
        yield Token(kind, match.group(), match.start())


#: Clauses that change data or schema, or reach outside the database (files, extensions).
WRITE_KEYWORDS = frozenset(
    {
        "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER", "COPY", "INSTALL",
        "LOAD", "IMPORT", "EXPORT", "ATTACH", "FOREACH", "BEGIN", "COMMIT", "ROLLBACK", "CHECKPOINT",
    }
)  # fmt: skip

#: Procedure name parts that mark a CALL as writing (``apoc.create.node``, ``apoc.export.json.all``).
WRITE_PROCEDURE_PARTS = frozenset(
    {"create", "merge", "delete", "set", "remove", "drop", "refresh", "periodic", "export", "import", "load", "write"}
)


def _code_tokens(cypher: str) -> list[Token]:
    return [t for t in tokenize(cypher) if t.kind not in ("space", "comment")]


def _is_clause_word(tokens: list[Token], i: int) -> bool:
    """A word used as a keyword: not a property (``n.set``), label (``:Set``), parameter or map key."""
    before = tokens[i - 1].text if i > 0 else ""
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return before not in (".", ":", "$") and after != ":"


def _procedure_name(tokens: list[Token], i: int) -> list[str]:
    """The dotted name after CALL at ``i``: ``CALL apoc.export.json.all(...)`` -> apoc, export, json, all."""
    parts: list[str] = []
    j = i + 1
    while j < len(tokens) and tokens[j].kind in ("word", "quoted"):
        parts.append(tokens[j].text.strip("`"))
        if j + 1 < len(tokens) and tokens[j + 1].text == ".":
            j += 2
        else:
            break
    return parts


def write_clauses(cypher: str) -> list[str]:
    """The writing clauses of a query, for a clear refusal before it runs (the transaction is the guarantee)."""
    tokens = _code_tokens(cypher)
    found: list[str] = []
    for i, token in enumerate(tokens):
        if token.kind != "word" or not _is_clause_word(tokens, i):
            continue
        word = token.text.upper()
        if word in WRITE_KEYWORDS:
            found.append(word)
        elif word == "CALL":
            name = _procedure_name(tokens, i)
            if any(part.lower() in WRITE_PROCEDURE_PARTS for part in name):
                found.append("CALL " + ".".join(name))
    return list(dict.fromkeys(found))


def statement_count(cypher: str) -> int:
    """Statements separated by ``;`` outside strings; a trailing ``;`` ends the last one."""
    count, pending = 0, False
    for token in _code_tokens(cypher):
        if token.text == ";":
            count, pending = count + (1 if pending else 0), False
        else:
            pending = True
    return count + (1 if pending else 0)


def translate_type_function(cypher: str) -> str:
    """Neo4j's ``type(r)`` as LadybugDB's ``label(r)``, so saved Neo4j queries run on the embedded store."""
    tokens = list(tokenize(cypher))
    code = [i for i, t in enumerate(tokens) if t.kind not in ("space", "comment")]
    out = [t.text for t in tokens]
    for pos, i in enumerate(code):
        token = tokens[i]
        before = tokens[code[pos - 1]].text if pos > 0 else ""
        after = tokens[code[pos + 1]].text if pos + 1 < len(code) else ""
        if token.kind == "word" and token.text.lower() == "type" and after == "(" and before != ".":
            out[i] = "label"
    return "".join(out)
