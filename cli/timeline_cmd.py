"""``kg timeline``: the dated events between two countries on a time axis (logic in graph/timeline.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from cli.stores import StoreSettings, store_options
from graph.stores.base import StoreError

console = Console(stderr=True, soft_wrap=True)  # paths and counts stay on one line


@store_options
def timeline(
    between: Annotated[
        list[str], typer.Option("--between", "-b", help="A country (name, alias or ISO3); give exactly two.")
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="timeline.svg, .png or .html (with a table of sources).")
    ] = Path("timeline.svg"),
    *,
    settings: StoreSettings,
) -> None:
    """Draw the meetings, calls, visits and deals between two countries on a time axis.

    An event counts when both countries take part: themselves (party, host, country visited) or
    their people and organisations (HOLDS_ROLE, BASED_IN). Undated events are listed in the .html
    table and counted here, but have no place on the axis.

    Examples:

      kg timeline --between Russia --between Iran -o timeline.svg

      kg timeline -b RUS -b IRN -o timeline.html
    """
    from graph.subgraph import load_graph
    from graph.timeline import between as events_between
    from graph.timeline_plot import TimelineFormatError, write

    if len(between) != 2:
        console.print("[bold red]error:[/] give exactly two countries: --between Russia --between Iran")
        raise typer.Exit(2)
    try:
        with settings.open(read_only=True) as store:
            graph = load_graph(store)
        result = events_between(graph, between[0], between[1])
        write(result, output)
    except (StoreError, TimelineFormatError) as exc:
        console.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2) from None
    note = f" ({len(result.undated)} undated left off the axis)" if result.undated else ""
    console.print(f"wrote {output}: {len(result.events)} dated events between {result.a} and {result.b}{note}")
