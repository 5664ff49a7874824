"""The ``kg`` command: a thin layer that parses options and calls the library (graph/, extract/)."""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from cli import render
from cli.progress import ByteMeter
from cli.stores import DEFAULT_DB, StoreSettings, store_options
from graph.stores.base import DEFAULT_BATCH_SIZE, StoreError

app = typer.Typer(
    help=(
        "newsgraph: turn news articles into a dated, sourced knowledge graph of people, countries, "
        "organisations, meetings and deals.\n\nWithout a Neo4j URI (--neo4j-uri or NEO4J_URI) every command "
        f"uses the embedded store in ./{DEFAULT_DB} (or --db / KG_DB)."
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
)
console = Console(stderr=True)
out = Console()


def _fail(message: str, code: int = 2) -> typer.Exit:
    console.print(f"[bold red]error:[/] {escape(message)}")
    return typer.Exit(code)


@app.command()
@store_options
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (read recursively) or glob patterns.")],
    settings: StoreSettings,
    text_field: Annotated[str, typer.Option(help="JSON field holding the article text.")] = "body",
    title_field: Annotated[str, typer.Option(help="JSON field holding the title.")] = "title",
    date_field: Annotated[str, typer.Option(help="JSON field holding the publication date.")] = "date",
    id_field: Annotated[str | None, typer.Option(help="JSON field (dotted path) identifying an article.")] = None,
    published: Annotated[
        dt.datetime | None,
        typer.Option(formats=["%Y-%m-%d"], help="Publication date for files that state none (YYYY-MM-DD)."),
    ] = None,
    force: Annotated[bool, typer.Option(help="Re-extract articles already in the graph.")] = False,
    batch_size: Annotated[
        int, typer.Option(min=1, help="Articles per write transaction (larger: faster writes, coarser restarts).")
    ] = DEFAULT_BATCH_SIZE,
    workers: Annotated[
        int, typer.Option(min=1, help="Processes that run extraction (spaCy); the writer stays in this one.")
    ] = 1,
) -> None:
    """Read articles, extract people, countries, organisations, meetings and deals, and write the graph.

    Examples:

      kg ingest examples/

      kg ingest ../shared/corpus/reuters-21578 --id-field attrs.newid

      NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=... kg ingest 'news/**/*.html'

    Re-running on the same articles changes nothing: an article already loaded (same text) is skipped.
    Exit code 1 when any file failed; the other files are still ingested.
    """
    from extract.readers import ReadOptions
    from graph.ingest import IngestStopped
    from graph.ingest import ingest as run_ingest

    options = ReadOptions(
        text_field=text_field,
        title_field=title_field,
        date_field=date_field,
        id_field=id_field,
        published=published.date() if published else None,
    )
    meter = ByteMeter.of(paths)
    progress = Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        DownloadColumn(),
        TextColumn("{task.fields[articles]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
    )
    try:
        store = settings.open()
    except StoreError as exc:
        raise _fail(str(exc)) from None
    with store, progress:
        task = progress.add_task("ingest", total=meter.total, articles="")
        started = time.perf_counter()

        def on_progress(items: list) -> None:
            meter.advance(items)
            rate = meter.articles / max(time.perf_counter() - started, 1e-6)
            progress.update(task, completed=meter.done, articles=f"{meter.articles} articles, {rate:.1f}/s")

        def on_error(message: str) -> None:
            progress.console.print(f"[red]skipped[/] {escape(message)}")

        try:
            report = run_ingest(
                paths,
                store,
                options=options,
                force=force,
                batch_size=batch_size,
                on_progress=on_progress,
                on_error=on_error,
                workers=workers,
            )
        except IngestStopped as exc:  # what was written before the store went away is whole; say what it was
            progress.stop()
            console.print(render.ingest_summary(exc.report))
            raise _fail(f"{exc} (rerun the same command to continue)") from None
        except StoreError as exc:
            raise _fail(f"{settings.describe}: {exc}") from None
        progress.update(task, completed=meter.total)  # the last file is done once the stream ends
    console.print(render.ingest_summary(report))
    if report.interrupted:
        console.print("[yellow]interrupted:[/] the batches listed above are written whole; rerun to continue.")
        raise typer.Exit(130)
    if report.failed:
        raise typer.Exit(1)


@app.command()
@store_options
def query(
    cypher: Annotated[
        str | None, typer.Argument(help="A Cypher query; use $name for values and pass them with --param.")
    ] = None,
    saved: Annotated[
        str | None,
        typer.Option("--saved", "-s", help="Run a saved query (browser/saved_queries.cypher); `--saved list` lists."),
    ] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="name=value (JSON values such as 3 or [1,2] are parsed).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print rows as JSON.")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print rows as CSV.")] = False,
    write: Annotated[bool, typer.Option("--write", help="Allow the query to change the graph.")] = False,
    *,
    settings: StoreSettings,
) -> None:
    """Run a Cypher query, read-only unless --write.

    Examples:

      kg query "MATCH (p:Person)-[m:MET]->(q:Person) RETURN p.name, q.name, m.date ORDER BY m.date"

      kg query "MATCH (p:Person {name: \\$name})-[v:VISITED]->(c) RETURN c.name, v.date" -p name="Vladimir Putin"

      kg query --saved shortest-path -p a="Vladimir Putin" -p b="Ebrahim Raisi"
    """
    params = _parse_params(param or [])
    if saved is not None:
        from cli.saved import saved_cypher

        cypher, params = saved_cypher(saved, settings, params, out)
        if cypher is None:
            return
    if not cypher:
        raise _fail("give a Cypher query, or --saved NAME (--saved list lists them)")
    try:
        with settings.open(read_only=not write) as store:
            result = store.query(cypher, params, write=write)
    except StoreError as exc:
        raise _fail(str(exc)) from None
    render.print_result(result, "json" if as_json else "csv" if as_csv else "table", out)


def _parse_params(items: list[str]) -> dict[str, object]:
    params: dict[str, object] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.isidentifier():
            raise _fail(f"--param {item!r}: expected name=value")
        try:
            params[name] = json.loads(value)
        except json.JSONDecodeError:
            params[name] = value
    return params


@app.command()
@store_options
def export(
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="jsonl (APOC), graphml, csv (neo4j-admin import) or cypher.")
    ] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File (a folder for csv); stdout if omitted.")
    ] = None,
    *,
    settings: StoreSettings,
) -> None:
    """Write the whole graph out, from either store.

    Examples:

      kg export -f jsonl -o graph.jsonl

      kg export -f graphml -o ties.graphml   (opens in Gephi and yEd)

      kg export -f csv -o import/            (then see import/IMPORT.txt)

      kg export -f cypher > graph.cypher     (recreates the graph in an empty Neo4j)
    """
    from graph.export import FORMATS
    from graph.export import export as run_export

    if fmt not in FORMATS:
        raise _fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "csv" and output is None:
        raise _fail("csv export writes a folder of files: give one with -o, e.g. -o import/")
    try:
        with settings.open(read_only=True) as store:
            run_export(store, fmt, output if output is not None else sys.stdout)
    except StoreError as exc:
        raise _fail(str(exc)) from None
    if output is not None:
        console.print(f"wrote {fmt} to {output}")


@app.command()
@store_options
def stats(
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
    *,
    settings: StoreSettings,
) -> None:
    """Counts per label and relationship type, articles, and the date range of events.

    Example: kg stats --json
    """
    from rich.table import Table

    from graph.stats import graph_stats

    try:
        with settings.open(read_only=True) as store:
            result = graph_stats(store)
    except StoreError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        out.print_json(result.model_dump_json())
        return
    table = Table("label / type", "count", title=f"{settings.describe}")
    for name, count in {**result.nodes, **result.relationships}.items():
        table.add_row(name, str(count))
    out.print(table)
    span = f"{result.firstEvent} … {result.lastEvent}" if result.firstEvent else "no dated events"
    out.print(f"articles: {result.articles}; events dated {span}")


@app.command()
@store_options
def doctor(
    *,
    settings: StoreSettings,
) -> None:
    """Check the spaCy model, the store and the Neo4j connection, and say how to fix what fails.

    Example: NEO4J_URI=bolt://localhost:7687 kg doctor
    """
    from cli.doctor import run_checks

    ok = run_checks(settings, out)
    if not ok:
        raise typer.Exit(1)


# Commands that live in their own modules register below, one import and one line each.

from cli.eval_cmd import eval_cmd  # noqa: E402 - registered after the commands defined here

app.command("eval")(eval_cmd)
from cli.timeline_cmd import timeline  # noqa: E402
from cli.viz_cmd import viz  # noqa: E402

app.command("viz")(viz)
app.command("timeline")(timeline)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
