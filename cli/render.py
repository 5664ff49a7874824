"""Printing results: a readable table by default, JSON or CSV for scripts (one option bundle for all)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from typing import Any

from rich.console import Console
from rich.table import Table

from graph.ingest import IngestReport
from graph.stores.base import QueryResult


def json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


def cell(value: Any) -> str:
    """A compact, human form of a node, relationship or value for a table cell."""
    if isinstance(value, dict) and "labels" in value and "properties" in value:
        props = value["properties"]
        return f"(:{':'.join(value['labels'])} {props.get('name') or props.get('key')})"
    if isinstance(value, dict) and "type" in value and "properties" in value:
        props = value["properties"]
        when = (
            f" {props['date'].isoformat() if hasattr(props.get('date'), 'isoformat') else props['date']}"
            if props.get("date")
            else ""
        )
        return f"[:{value['type']}{when}]"
    if isinstance(value, dict) and "nodes" in value:
        return " → ".join(cell(n) for n in value["nodes"])
    if isinstance(value, list):
        return ", ".join(cell(v) for v in value)
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def print_result(result: QueryResult, fmt: str, console: Console) -> None:
    if fmt == "json":
        rows = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
        sys.stdout.write(json.dumps(rows, default=json_default, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow(
                [json.dumps(v, default=json_default) if isinstance(v, dict | list) else cell(v) for v in row]
            )
    else:
        table = Table(*result.columns, show_lines=False)
        for row in result.rows:
            table.add_row(*(cell(v) for v in row))
        console.print(table)
        console.print(f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}", style="dim")


def ingest_summary(report: IngestReport) -> Table:
    table = Table(title="Ingest summary", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    rate = report.written / report.seconds if report.seconds else 0.0
    for label, value in (
        ("articles read", report.read),
        ("written", report.written),
        ("skipped (already loaded)", report.skipped),
        ("failed", report.failed),
        ("nodes created", report.counts.nodesCreated),
        ("nodes updated", report.counts.nodesUpdated),
        ("relationships created", report.counts.relationshipsCreated),
        ("relationships updated", report.counts.relationshipsUpdated),
        ("time", f"{report.seconds:.1f} s ({rate:.1f} articles/s)"),
    ):
        table.add_row(label, str(value))
    return table
