"""The one interface every store implements: Neo4j, the embedded LadybugDB, and anything later.

Backend quirks (Cypher dialect, transactions, type names) stay inside each backend's module; the
rest of the project only sees this interface and the models of ``graph.model``.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict

from graph.model import NODE_CLASSES, NODE_LABELS, REL_TYPES, Entity, Node, Relationship, WriteCounts

#: Articles per write transaction in ``kg ingest``: a transaction of a few thousand rows costs little
#: more in round trips and commit than one of a few hundred, so fuller ones write several times
#: faster (bench/run.py); a larger one only makes the work redone after a crash larger.
DEFAULT_BATCH_SIZE = 256


class StoreError(Exception):
    """Base of every store failure; the CLI prints its message, which never holds a password."""


class StoreUnavailable(StoreError):
    """The store cannot be reached or opened (server down, file locked by another process)."""


class ReadOnlyViolation(StoreError):
    """A query tried to write while the caller asked for a read-only run."""


class QueryResult(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)
    columns: list[str]
    rows: list[list[Any]]


class StoredNode(BaseModel):
    """A node as read back from a store, independent of the backend's own types."""

    label: str
    properties: dict[str, Any]

    @property
    def key(self) -> str:
        return str(self.properties["key"])

    def to_model(self) -> Node:
        """The typed model again, e.g. to resolve new names against stored entities or to re-import."""
        return NODE_CLASSES[self.label].model_validate(self.properties)


class StoredRelationship(BaseModel):
    type: str
    start: str
    startLabel: str
    end: str
    endLabel: str
    properties: dict[str, Any]

    def to_model(self) -> Relationship:
        shape = {"type": self.type, "start": self.start, "startLabel": self.startLabel, "end": self.end}
        return Relationship.model_validate({**self.properties, **shape, "endLabel": self.endLabel})


def node_value(label: str, properties: dict[str, Any]) -> dict[str, Any]:
    """How a node returned by a user query looks, the same from every store (and JSON-friendly)."""
    return {"labels": [label], "properties": properties}


def relationship_value(rel_type: str, properties: dict[str, Any]) -> dict[str, Any]:
    """How a relationship returned by a user query looks, the same from every store."""
    return {"type": rel_type, "properties": properties}


def path_value(nodes: list[Any], relationships: list[Any]) -> dict[str, Any]:
    """How a path returned by a user query looks: its nodes and relationships as above, in order."""
    return {"nodes": nodes, "relationships": relationships}


_IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


def check_label(label: str) -> str:
    """Labels and types cannot be Cypher parameters, so only the model's own names may reach a query."""
    if (label not in NODE_LABELS and label not in REL_TYPES) or not _IDENTIFIER.match(label):
        raise StoreError(f"unknown label or relationship type: {label!r}")
    return label


class GraphStore(ABC):
    """A graph backend. ``write`` is atomic: a batch is in the store whole or not at all."""

    #: Human-readable description for messages: a path or a URI without credentials.
    location: str = ""

    @abstractmethod
    def ensure_schema(self) -> None:
        """Create constraints (Neo4j) or node/relationship tables (LadybugDB) if missing."""

    @abstractmethod
    def existing_article_keys(self, keys: Sequence[str]) -> set[str]:
        """The subset of ``keys`` already loaded: lets ingest skip unchanged articles cheaply."""

    @abstractmethod
    def load_entities(self) -> list[Entity]:
        """Every Person, Country and Organization, so a new run resolves names to existing nodes."""

    @abstractmethod
    def write(self, nodes: Sequence[Node], relationships: Sequence[Relationship]) -> WriteCounts:
        """Upsert nodes by key (properties replaced), then relationships by key (sources appended)."""

    @abstractmethod
    def query(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> QueryResult:
        """Run user Cypher; read-only unless ``write`` is True."""

    @abstractmethod
    def iter_nodes(self) -> Iterator[StoredNode]:
        """Every node, for export and comparison."""

    @abstractmethod
    def iter_relationships(self) -> Iterator[StoredRelationship]:
        """Every relationship with its endpoint keys, for export and comparison."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
