"""``kg query --saved NAME``: the saved query's text for the store in use, with its default params."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from cli.stores import StoreSettings
from graph.saved_queries import SavedQueryError, get, load


def saved_cypher(
    name: str, settings: StoreSettings, params: dict[str, object], out: Console
) -> tuple[str | None, dict[str, object]]:
    """(cypher, params) to run; (None, params) after printing the list for ``--saved list``."""
    try:
        if name == "list":
            table = Table("name", "params (defaults)", "what it answers", title="saved queries")
            for query in load().values():
                defaults = " ".join(f"{k}={v}" for k, v in query.params.items())
                table.add_row(query.name, defaults, query.description)
            out.print(table)
            return None, params
        query = get(name)
        return query.cypher("neo4j" if settings.uri else "ladybug"), {**query.params, **params}
    except SavedQueryError as exc:
        Console(stderr=True, soft_wrap=True).print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2) from None
