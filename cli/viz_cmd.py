"""``kg viz``: one offline HTML page of the ties around chosen entities (see graph/viz.py for the why)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from cli.stores import StoreSettings, store_options
from graph.stores.base import StoreError

console = Console(stderr=True, soft_wrap=True)  # paths and counts stay on one line


def parse_types(types: str | None) -> tuple[str, ...] | None:
    """``MET,PARTY_TO`` as a tuple; upper-cased so ``met,party_to`` works too."""
    if not types:
        return None
    return tuple(t.strip().upper() for t in types.split(",") if t.strip())


@store_options
def viz(
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path("ties.html"),
    focus: Annotated[
        list[str] | None,
        typer.Option("--focus", "-f", help="Show only what is within --hops of this entity (name, alias or key)."),
    ] = None,
    hops: Annotated[int, typer.Option(min=0, help="How many ties away from a focus entity to go.")] = 2,
    since: Annotated[str | None, typer.Option(help="Ties dated on or after: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Ties dated on or before (a year means its end).")] = None,
    types: Annotated[
        str | None,
        typer.Option(
            help="Comma-separated relationship types, e.g. MET,PARTY_TO (default: all but MENTIONS, REPORTS)."
        ),
    ] = None,
    title: Annotated[str, typer.Option(help="Title shown on the page.")] = "newsgraph ties",
    *,
    settings: StoreSettings,
) -> None:
    """Write the graph (or the ties around --focus entities) as one HTML page that works offline.

    Nodes are coloured by label and sized by their number of ties; click one, or a tie, to read its
    date and the sentence it comes from with the source article. A year range filters ties by date;
    undated ties (roles, BASED_IN) always show.

    Examples:

      kg viz -o ties.html

      kg viz --focus Russia --focus Iran --hops 2 -o russia-iran.html

      kg viz --types MET,VISITED,PARTY_TO --since 2020 --until 2022-12-31
    """
    from graph.subgraph import DEFAULT_TYPES, Selection, load_graph, parse_bound, select
    from graph.viz import VizError, write_html

    try:
        selection = Selection(
            focus=tuple(focus or ()),
            hops=hops,
            since=parse_bound(since) if since else None,
            until=parse_bound(until, end=True) if until else None,
            types=parse_types(types) or DEFAULT_TYPES,
        )
        with settings.open(read_only=True) as store:
            graph = load_graph(store)
        shown = select(graph, selection)
        write_html(shown, output, selection, title)
    except (StoreError, VizError) as exc:
        console.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2) from None
    console.print(f"wrote {output}: {len(shown.nodes)} nodes, {len(shown.relationships)} ties")
