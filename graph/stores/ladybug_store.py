"""The embedded store: LadybugDB (the maintained fork of Kùzu), one file inside the ``--db`` folder.

LadybugDB quirks handled here, each verified against ladybug 0.22:

- node and relationship tables need a schema; it is generated from the models (``cypher.py``);
- a parameter's type is inferred from its values, so an all-None column would be typed STRING and
  an empty list ANY: every written value is wrapped in ``CAST(... AS <column type>)``;
- ``end`` is a keyword even after a dot (``row.end`` does not parse);
- an error inside ``BEGIN TRANSACTION`` rolls the transaction back by itself, after which an explicit
  ``ROLLBACK`` fails with "No active transaction": rollback here tolerates that;
- ``BEGIN TRANSACTION READ ONLY`` exists and refuses writes, which is the read-only guarantee;
- ``type(r)`` is ``label(r)``; returned nodes and relationships are dicts carrying internals
  (``_ID``, ``_LABEL``, ``_SRC``, ``_DST``) and None for columns never set;
- one process holds the file lock; a second gets "Could not set lock on file";
- an open database keeps the memory its writes touched (a few hundred MB within the first
  thousand articles, and more as the file grows) until it is closed; closing and reopening it,
  a tenth of a second, gives it back, so a long ingest reopens it every few transactions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import ladybug

from graph.model import ENTITY_LABELS, NODE_LABELS, REL_TYPES, Entity, Node, Relationship, WriteCounts
from graph.stores import cypher
from graph.stores.base import (
    GraphStore,
    QueryResult,
    ReadOnlyViolation,
    StoredNode,
    StoredRelationship,
    StoreError,
    StoreUnavailable,
    node_value,
    path_value,
    relationship_value,
)

DB_FILE_NAME = "graph.lbug"
#: Write transactions between two reopenings of the database (see the module docstring).
REOPEN_EVERY = 4
_INTERNAL_KEYS = frozenset({"_ID", "_LABEL", "_SRC", "_DST"})
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "ROLLBACK"})
_LOCK_ERROR = re.compile(r"could not set lock", re.IGNORECASE)


_LABEL_COLUMN = re.compile(r"^LABEL\((\w+)\._ID,\[.*\]\)$", re.DOTALL)


def _column_name(name: str) -> str:
    """LadybugDB names an unaliased ``label(r)`` column after its internals; show what the user wrote."""
    match = _LABEL_COLUMN.match(name)
    return f"label({match.group(1)})" if match else name


def _plain_properties(value: dict[str, Any]) -> dict[str, Any]:
    """Stored properties only: internals dropped, and None (a column of another table, or unset)."""
    return {k: v for k, v in value.items() if k not in _INTERNAL_KEYS and v is not None}


def _plain_value(value: Any) -> Any:
    """A LadybugDB result value as plain python, in the shape every store returns (base.node_value)."""
    if isinstance(value, dict):
        if "_NODES" in value and "_RELS" in value:
            return path_value(_plain_value(value["_NODES"]), _plain_value(value["_RELS"]))
        if "_LABEL" in value and "_SRC" in value:
            return relationship_value(value["_LABEL"], _plain_properties(value))
        if "_LABEL" in value and "_ID" in value:
            return node_value(value["_LABEL"], _plain_properties(value))
        return {k: _plain_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain_value(v) for v in value]
    return value


class LadybugStore(GraphStore):
    """A LadybugDB database kept as ``<folder>/graph.lbug``; the folder is created when missing."""

    def __init__(self, folder: str | Path, *, read_only: bool = False) -> None:
        self.folder = Path(folder)
        self.path = self.folder / DB_FILE_NAME
        self.location = str(self.path)
        self._read_only = read_only
        self._writes = 0
        self._db, self._conn = self._open(read_only)

    def _open(self, read_only: bool) -> tuple[ladybug.Database, ladybug.Connection]:
        if read_only and not self.path.exists():
            raise StoreUnavailable(f"no graph database at {self.path}: run `kg ingest` first")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            database = ladybug.Database(str(self.path), read_only=read_only)
            return database, ladybug.Connection(database)
        except RuntimeError as e:
            if _LOCK_ERROR.search(str(e)):
                raise StoreUnavailable(
                    f"the graph database {self.path} is locked: is another kg process using it?"
                ) from e
            raise StoreUnavailable(f"cannot open the graph database {self.path}: {e}") from e
        except OSError as e:
            raise StoreUnavailable(f"cannot create {self.folder}: {e.strerror or e}") from e

    # ---- low level ---------------------------------------------------------------------------

    def _execute(self, query: str, params: dict[str, Any] | None = None) -> ladybug.QueryResult:
        result = self._conn.execute(query, params or {})
        if isinstance(result, list):  # several statements: only ever from user text, refused earlier
            raise StoreError("one statement per query, please")
        return result

    def _run(self, query: str, params: dict[str, Any] | None = None) -> None:
        """A statement whose result is not read: closed at once, so LadybugDB frees it now, not at GC."""
        self._execute(query, params).close()

    def _rows(self, query: str, params: dict[str, Any] | None = None) -> Iterator[list[Any]]:
        """Rows one at a time, so an export does not hold the whole graph in memory."""
        result = self._execute(query, params)
        try:
            while result.has_next():
                yield result.get_next()
        finally:
            result.close()

    def _rollback(self) -> None:
        """An error has already rolled LadybugDB back by itself; then ROLLBACK has nothing to do."""
        try:
            self._run("ROLLBACK")
        except RuntimeError as e:
            if "no active transaction" not in str(e).lower():
                raise

    # ---- GraphStore ----------------------------------------------------------------------------

    def ensure_schema(self) -> None:
        """Tables for every label and type, and columns for model fields added since the file was made."""
        try:
            for statement in cypher.ladybug_schema_statements():
                self._run(statement)
            for table in (*NODE_LABELS, *REL_TYPES):
                present = {row[0] for row in self._rows(cypher.ladybug_table_info(table))}
                for name, column_type in cypher.ladybug_table_columns(table).items():
                    if name not in present:
                        self._run(cypher.ladybug_add_column(table, name, column_type))
        except RuntimeError as e:
            raise StoreError(f"cannot create the schema in {self.path}: {e}") from e

    def existing_article_keys(self, keys: Sequence[str]) -> set[str]:
        return self._existing(cypher.existing_node_keys("Article"), keys)

    def _existing(self, query: str, keys: Sequence[str]) -> set[str]:
        if not keys:
            return set()
        return {row[0] for row in self._rows(query, {"keys": list(keys)})}

    def load_entities(self) -> list[Entity]:
        entities: list[Entity] = []
        for label in ENTITY_LABELS:
            for node in self._iter_label(label):
                model = node.to_model()
                assert isinstance(model, Entity)
                entities.append(model)
        return entities

    def write(self, nodes: Sequence[Node], relationships: Sequence[Relationship]) -> WriteCounts:
        """One transaction: on any failure nothing of the batch stays, and StoreError names the cause."""
        try:
            self._run("BEGIN TRANSACTION")
        except RuntimeError as e:
            raise StoreError(f"cannot write to {self.path}: {e}") from e
        try:
            counts = self._write_nodes(nodes) + self._write_relationships(relationships)
            self._run("COMMIT")
        except Exception as e:
            self._rollback()
            if isinstance(e, StoreError):
                raise
            raise StoreError(f"write to {self.path} failed, nothing written: {e}") from e
        self._writes += 1
        if self._writes % REOPEN_EVERY == 0:
            self._reopen()
        return counts

    def _reopen(self) -> None:
        """Close and open the database again: LadybugDB frees what an open database holds only on close."""
        self._conn.close()
        self._db.close()
        self._db, self._conn = self._open(self._read_only)

    def _write_nodes(self, nodes: Sequence[Node]) -> WriteCounts:
        counts = WriteCounts()
        for label, group in cypher.group_nodes(nodes).items():
            keys = [n.key for n in group]
            existing = self._existing(cypher.existing_node_keys(label), keys)
            rows = [cypher.ladybug_node_row(n) for n in group]
            self._run(cypher.ladybug_merge_nodes(label), {"rows": rows})
            counts += WriteCounts(nodesCreated=len(keys) - len(existing), nodesUpdated=len(existing))
        return counts

    def _write_relationships(self, relationships: Sequence[Relationship]) -> WriteCounts:
        counts = WriteCounts()
        for (rel_type, start_label, end_label), group in cypher.group_relationships(relationships).items():
            query = cypher.existing_rel_keys_from(rel_type, start_label)
            existing = {
                row[0] for row in self._rows(query, {"rows": [{"start": r.start, "key": r.key} for r in group]})
            }
            rows = [cypher.ladybug_rel_row(r) for r in group]
            query = cypher.ladybug_merge_relationships(rel_type, start_label, end_label)
            (written,) = (row[0] for row in self._rows(query, {"rows": rows}))  # read to the end: closes
            if written != len(rows):
                raise StoreError(self._missing_endpoints_message(group))
            counts += WriteCounts(relationshipsCreated=len(rows) - len(existing), relationshipsUpdated=len(existing))
        return counts

    def _missing_endpoints_message(self, group: list[Relationship]) -> str:
        """MATCH finds nothing for a missing endpoint and MERGE then silently skips the row: say which."""
        missing = [
            f"{label} {key}"
            for label, wanted in cypher.endpoint_keys(group).items()
            for key in sorted(set(wanted) - self._existing(cypher.existing_node_keys(label), wanted))
        ]
        return cypher.missing_endpoints_message(missing)

    def query(self, cypher_text: str, params: dict[str, Any] | None = None, *, write: bool = False) -> QueryResult:
        """User Cypher; read-only runs go through a READ ONLY transaction that is always rolled back."""
        if cypher.statement_count(cypher_text) > 1:
            raise StoreError("one statement per query, please (found a ';' between statements)")
        if control := _TRANSACTION_CONTROL.intersection(cypher.write_clauses(cypher_text)):
            raise ReadOnlyViolation(f"transactions are managed by the store: {', '.join(sorted(control))} refused")
        if not write and (clauses := cypher.write_clauses(cypher_text)):
            raise ReadOnlyViolation(f"the query writes ({', '.join(clauses)}); pass write=True (--write) to allow it")
        text = cypher.translate_type_function(cypher_text)
        if write:
            return self._run_user_query(text, params)
        self._run("BEGIN TRANSACTION READ ONLY")
        try:
            return self._run_user_query(text, params)
        finally:
            self._rollback()

    def _run_user_query(self, text: str, params: dict[str, Any] | None) -> QueryResult:
        try:
            result = self._execute(text, params)
            columns = [_column_name(c) for c in result.get_column_names()]
            rows: list[list[Any]] = []
            while result.has_next():
                rows.append([_plain_value(v) for v in result.get_next()])
            result.close()
        except RuntimeError as e:
            if "read-only transaction" in str(e):
                raise ReadOnlyViolation(f"the query writes; pass write=True (--write) to allow it: {e}") from e
            raise StoreError(f"query failed: {e}") from e
        return QueryResult(columns=columns, rows=rows)

    def iter_nodes(self) -> Iterator[StoredNode]:
        for label in NODE_LABELS:
            yield from self._iter_label(label)

    def _iter_label(self, label: str) -> Iterator[StoredNode]:
        for (value,) in self._rows(cypher.ladybug_nodes_of(label)):
            yield StoredNode(label=label, properties=_plain_properties(value))

    def iter_relationships(self) -> Iterator[StoredRelationship]:
        for rel_type in REL_TYPES:
            for start_label, start, value, end_label, end in self._rows(cypher.ladybug_relationships_of(rel_type)):
                yield StoredRelationship(
                    type=rel_type,
                    start=start,
                    startLabel=start_label,
                    end=end,
                    endLabel=end_label,
                    properties=_plain_properties(value),
                )

    def close(self) -> None:
        self._conn.close()
        self._db.close()

    def __repr__(self) -> str:
        return f"LadybugStore({str(self.path)!r})"
