"""Which store a command talks to: Neo4j when a URI is given, otherwise the embedded LadybugDB folder."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, TypeVar

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


_STORE_PARAMETERS = [
    inspect.Parameter("db", inspect.Parameter.KEYWORD_ONLY, default=Path(DEFAULT_DB), annotation=DbOption),
    inspect.Parameter("neo4j_uri", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=UriOption),
    inspect.Parameter("neo4j_username", inspect.Parameter.KEYWORD_ONLY, default="neo4j", annotation=UserOption),
    inspect.Parameter("neo4j_password", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=PasswordOption),
    inspect.Parameter("neo4j_database", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=DatabaseOption),
]

Command = TypeVar("Command", bound=Callable[..., Any])


def store_options(command: Command) -> Command:
    """Give a command the store options (--db, --neo4j-uri, ...) once, as one ``settings: StoreSettings``.

    Typer reads a command's options from its signature; this decorator replaces the command's
    ``settings`` parameter with the five options, so every command spells them the same way.
    """
    signature = inspect.signature(command, eval_str=True)
    own = [p for p in signature.parameters.values() if p.name != "settings"]

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        options = {p.name: kwargs.pop(p.name) for p in _STORE_PARAMETERS}
        uri = options["neo4j_uri"] or None
        if uri and options["db"] != Path(DEFAULT_DB):
            from cli.console import console

            console.print(f"[yellow]note:[/] a Neo4j URI is set: using Neo4j at {uri}, not --db {options['db']}")
        settings = StoreSettings(
            db=options["db"],
            uri=uri,
            username=options["neo4j_username"],
            password=options["neo4j_password"],
            database=options["neo4j_database"],
        )
        return command(*args, settings=settings, **kwargs)

    parameters = [*own, *_STORE_PARAMETERS]
    wrapper.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
    # typer reads the signature and the type hints: both must be the new ones, already evaluated
    wrapper.__annotations__ = {p.name: p.annotation for p in parameters}
    del wrapper.__wrapped__
    return wrapper  # type: ignore[return-value]
