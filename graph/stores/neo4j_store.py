"""The Neo4j store, on the official driver (v5 or v6).

Neo4j notes: writes run in one managed transaction (``execute_write``), so a failed batch leaves
nothing behind; read-only user queries run through ``execute_read``, where the server itself refuses
writes; the password is only ever handed to the driver, never to a message or a repr.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import neo4j
from neo4j import GraphDatabase, ManagedTransaction
from neo4j.exceptions import (
    AuthError,
    ClientError,
    DriverError,
    IncompleteCommit,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)
from neo4j.graph import Node as Neo4jNode
from neo4j.graph import Path as Neo4jPath
from neo4j.graph import Relationship as Neo4jRelationship

from graph.model import ENTITY_LABELS, NODE_LABELS, Entity, Node, Relationship, WriteCounts
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

_ACCESS_MODE_ERROR = "Neo.ClientError.Statement.AccessMode"
# The server went away (stopped, restarted, network lost) rather than refusing what was sent: the
# caller should stop and rerun later, not try the next batch. IncompleteCommit is among them: the
# connection dropped during a commit, and only a rerun (writes are idempotent) makes sure.
_CONNECTION_LOST = (ServiceUnavailable, SessionExpired, IncompleteCommit)


def _plain_scalar(value: Any) -> Any:
    """Neo4j temporal values as python ones (a Neo4j Date becomes a ``datetime.date``)."""
    to_native = getattr(value, "to_native", None)
    if isinstance(value, neo4j.time.Date | neo4j.time.DateTime | neo4j.time.Time) and to_native:
        return to_native()
    if isinstance(value, neo4j.time.Duration):
        return value.iso_format()
    return value


def _plain_properties(items: Any) -> dict[str, Any]:
    return {k: _plain_value(v) for k, v in dict(items).items()}


def _node_label(labels: Any) -> str:
    """The model label of a node; a node with labels of its own (added by a user) keeps the first."""
    known = [label for label in labels if label in NODE_LABELS]
    return known[0] if known else sorted(labels)[0]


def _plain_value(value: Any) -> Any:
    """A query result value as plain python, in the shape every store returns (base.node_value)."""
    if isinstance(value, Neo4jNode):
        return node_value(_node_label(value.labels), _plain_properties(value.items()))
    if isinstance(value, Neo4jRelationship):
        return relationship_value(value.type, _plain_properties(value.items()))
    if isinstance(value, Neo4jPath):
        return path_value(_plain_value(list(value.nodes)), _plain_value(list(value.relationships)))
    if isinstance(value, list):
        return [_plain_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain_value(v) for k, v in value.items()}
    return _plain_scalar(value)


def _error_text(error: Exception) -> str:
    """The server's message on one line; never holds credentials (the server does not echo them).

    Only server errors (Neo4jError) have a useful ``message``: on driver errors v6 puts a generic GQL
    status description there ("50N42: Unexpected error") and the real reason in ``str()``.
    """
    text = (error.message if isinstance(error, Neo4jError) else None) or str(error)
    return " ".join(text.split())


class Neo4jStore(GraphStore):
    """A Neo4j database; ``database=None`` uses the server's default database."""

    def __init__(self, uri: str, username: str, password: str, database: str | None = None) -> None:
        self.uri = uri
        self.username = username
        self.database = database
        self.location = uri if database is None else f"{uri} (database {database})"
        self._driver = self._connect(uri, username, password)

    def _connect(self, uri: str, username: str, password: str) -> neo4j.Driver:
        try:
            driver = GraphDatabase.driver(uri, auth=(username, password))
        except (ValueError, DriverError) as e:
            raise StoreUnavailable(f"invalid Neo4j URI {uri!r}: {_error_text(e)}") from None
        try:
            driver.verify_connectivity()
        except AuthError as e:
            driver.close()
            raise StoreUnavailable(f"Neo4j at {uri} refused user {username!r}: {_error_text(e)}") from None
        except (ServiceUnavailable, DriverError, Neo4jError, OSError) as e:
            driver.close()
            raise StoreUnavailable(f"cannot reach Neo4j at {uri}: {_error_text(e)}") from None
        return driver

    @contextmanager
    def _errors(self, action: str, aftermath: str = "") -> Iterator[None]:
        """Driver errors as store errors, so callers see one hierarchy and a message naming the server."""
        try:
            yield
        except StoreError:
            raise
        except _CONNECTION_LOST as e:
            message = f"lost the connection to Neo4j at {self.location} while {action}{aftermath}"
            raise StoreUnavailable(f"{message}: {_error_text(e)}") from e
        except (Neo4jError, DriverError) as e:
            raise StoreError(f"{action} in Neo4j at {self.location} failed{aftermath}: {_error_text(e)}") from e

    def _session(self, *, read: bool = False) -> neo4j.Session:
        mode = neo4j.READ_ACCESS if read else neo4j.WRITE_ACCESS
        return self._driver.session(database=self.database, default_access_mode=mode)

    # ---- GraphStore ----------------------------------------------------------------------------

    def ensure_schema(self) -> None:
        """Key constraints; relationship keys get a uniqueness constraint, or an index where unsupported."""
        with self._errors("creating the schema"), self._session() as session:
            for label in NODE_LABELS:
                session.run(cypher.neo4j_node_constraint(label)).consume()
            for rel_type in cypher.REL_ENDPOINTS:
                try:
                    session.run(cypher.neo4j_rel_constraint(rel_type)).consume()
                except ClientError:
                    session.run(cypher.neo4j_rel_index(rel_type)).consume()

    def existing_article_keys(self, keys: Sequence[str]) -> set[str]:
        if not keys:
            return set()
        with self._errors("looking up loaded articles"), self._session(read=True) as session:
            records = session.run(cypher.existing_node_keys("Article"), keys=list(keys))
            return {record["key"] for record in records}

    def load_entities(self) -> list[Entity]:
        entities: list[Entity] = []
        with self._errors("loading known entities"), self._session(read=True) as session:
            for label in ENTITY_LABELS:
                for record in session.run(cypher.neo4j_nodes_of(label)):
                    model = StoredNode(label=label, properties=_plain_properties(record["props"])).to_model()
                    assert isinstance(model, Entity)
                    entities.append(model)
        return entities

    def write(self, nodes: Sequence[Node], relationships: Sequence[Relationship]) -> WriteCounts:
        """One transaction for the whole call: on any failure nothing of the batch stays."""
        with self._errors("writing", "; nothing of the batch was committed"), self._session() as session:
            return session.execute_write(_write_all, nodes, relationships)

    def query(self, cypher_text: str, params: dict[str, Any] | None = None, *, write: bool = False) -> QueryResult:
        """User Cypher; read-only runs are read transactions, which the server refuses to write in."""
        if not write and (clauses := cypher.write_clauses(cypher_text)):
            raise ReadOnlyViolation(f"the query writes ({', '.join(clauses)}); pass write=True (--write) to allow it")
        try:
            with self._session(read=not write) as session:
                run = session.execute_write if write else session.execute_read
                return run(_collect, cypher_text, params or {})
        except ClientError as e:
            if e.code == _ACCESS_MODE_ERROR:
                raise ReadOnlyViolation(f"the query writes; pass write=True (--write) to allow it: {e.message}") from e
            raise StoreError(f"query failed: {_error_text(e)}") from e
        except (Neo4jError, DriverError) as e:
            raise StoreError(f"query failed: {_error_text(e)}") from e

    def iter_nodes(self) -> Iterator[StoredNode]:
        """Streamed from the server as the caller consumes them."""
        with self._session(read=True) as session:
            for record in session.run(cypher.NEO4J_ALL_NODES):
                yield StoredNode(label=_node_label(record["labels"]), properties=_plain_properties(record["props"]))

    def iter_relationships(self) -> Iterator[StoredRelationship]:
        with self._session(read=True) as session:
            for record in session.run(cypher.NEO4J_ALL_RELATIONSHIPS):
                yield StoredRelationship(
                    type=record["type"],
                    start=record["start"],
                    startLabel=_node_label(record["startLabels"]),
                    end=record["end"],
                    endLabel=_node_label(record["endLabels"]),
                    properties=_plain_properties(record["props"]),
                )

    def close(self) -> None:
        self._driver.close()

    def __repr__(self) -> str:
        return f"Neo4jStore(uri={self.uri!r}, username={self.username!r}, database={self.database!r})"


# ---- transaction functions: module level, so the driver can retry them as a whole ------------


def _collect(tx: ManagedTransaction, text: str, params: dict[str, Any]) -> QueryResult:
    result = tx.run(text, params)
    columns = list(result.keys())
    rows = [[_plain_value(v) for v in record.values()] for record in result]
    return QueryResult(columns=columns, rows=rows)


def _write_all(tx: ManagedTransaction, nodes: Sequence[Node], relationships: Sequence[Relationship]) -> WriteCounts:
    return _write_nodes(tx, nodes) + _write_relationships(tx, relationships)


def _write_nodes(tx: ManagedTransaction, nodes: Sequence[Node]) -> WriteCounts:
    """Every label in one statement (``cypher.neo4j_merge_all_nodes``)."""
    params = cypher.neo4j_node_params(nodes)
    rows = sum(len(group) for group in params["nodes"].values())
    created = tx.run(cypher.neo4j_merge_all_nodes(), params).consume().counters.nodes_created
    return WriteCounts(nodesCreated=created, nodesUpdated=rows - created)


def _write_relationships(tx: ManagedTransaction, relationships: Sequence[Relationship]) -> WriteCounts:
    """Every relationship group in one statement; a row whose endpoint is missing merges nothing, so count."""
    params = cypher.neo4j_rel_params(relationships)
    rows = sum(len(group) for group in params["rels"].values())
    result = tx.run(cypher.neo4j_merge_all_relationships(), params)
    written = result.single(strict=True)["written"]
    created = result.consume().counters.relationships_created
    if written != rows:
        raise StoreError(_missing_endpoints_message(tx, relationships))
    return WriteCounts(relationshipsCreated=created, relationshipsUpdated=rows - created)


def _missing_endpoints_message(tx: ManagedTransaction, group: Sequence[Relationship]) -> str:
    """MATCH finds nothing for a missing endpoint and the row silently drops out: say which."""
    missing = [
        f"{label} {key}"
        for label, wanted in cypher.endpoint_keys(group).items()
        for key in sorted(set(wanted) - {rec["key"] for rec in tx.run(cypher.existing_node_keys(label), keys=wanted)})
    ]
    return cypher.missing_endpoints_message(missing)
