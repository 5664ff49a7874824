"""Which store a command talks to: Neo4j when a URI is given, otherwise the embedded LadybugDB folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer

from graph.stores.base import GraphStore

DEFAULT_DB = "newsgraph.db"

DbOption = Annotated[
    Path,
    typer.Option("--db", envvar="KG_DB", help="Embedded store folder (LadybugDB), used when no Neo4j URI is given."),
]
UriOption = Annotated[
    str | None,
    typer.Option(
        "--neo4j-uri",
        envvar="NEO4J_URI",
        help="Neo4j URI, e.g. bolt://localhost:7687 or neo4j+s://x.databases.neo4j.io.",
    ),
]
UserOption = Annotated[str, typer.Option("--neo4j-username", envvar="NEO4J_USERNAME", help="Neo4j user.")]
PasswordOption = Annotated[
    str | None,
    typer.Option(
        "--neo4j-password",
        envvar="NEO4J_PASSWORD",
        help="Neo4j password (better: the NEO4J_PASSWORD variable).",
        show_default=False,
    ),
]
DatabaseOption = Annotated[
    str | None,
    typer.Option("--neo4j-database", envvar="NEO4J_DATABASE", help="Neo4j database (default: the server's)."),
]


@dataclass(frozen=True)
class StoreSettings:
    db: Path
    uri: str | None
    username: str
    password: str | None
    database: str | None

    def __repr__(self) -> str:  # never show the password, even in a traceback
        return f"StoreSettings(db={str(self.db)!r}, uri={self.uri!r}, database={self.database!r})"

    @property
    def describe(self) -> str:
        return f"Neo4j at {self.uri}" if self.uri else f"embedded store {self.db}"

    def open(self, *, read_only: bool = False) -> GraphStore:
        if self.uri:
            from graph.stores.neo4j_store import Neo4jStore

            return Neo4jStore(self.uri, self.username, self.password or "", self.database)
        from graph.stores.base import StoreUnavailable
        from graph.stores.ladybug_store import LadybugStore

        if read_only and not self.db.exists():
            raise StoreUnavailable(f"no graph at {self.db}: run `kg ingest PATH` first, or give --db / KG_DB")
        return LadybugStore(self.db, read_only=read_only)
