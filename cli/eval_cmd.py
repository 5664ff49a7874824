"""``kg eval``: score a graph (a store or an APOC jsonl export) against hand-checked gold facts.

The command only reads the graph, calls ``graph.evaluate`` and prints; the gold format and the
scoring rules are documented at the top of ``graph/evaluate.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from cli.stores import StoreSettings, store_options
from graph.evaluate import EvaluationError, GoldError, GraphView, ScoreReport, TypeScore, evaluate, load_gold
from graph.stores.base import StoreError

console = Console(stderr=True)
out = Console()

# Issue kinds that are already visible as a precision/recall miss: listed after the ones that explain why.
_COUNTED = ("missed", "spurious")


@store_options
def eval_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold facts (JSON), e.g. tests/gold/examples.json.")],
    export: Annotated[
        Path | None,
        typer.Option("--export", "-e", help="Score this APOC jsonl export (kg export -f jsonl) instead of a store."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
    limit: Annotated[int, typer.Option(min=0, help="Issues to list in the table view (0: none).")] = 40,
    *,
    settings: StoreSettings,
) -> None:
    """Score extraction against hand-checked gold facts: precision, recall and F1 per type, and what went wrong.

    Only the articles the gold names (and what they mention or report) are scored, so one gold file
    can score a store that holds a whole corpus.

    Examples:

      kg ingest examples/ --db /tmp/ex.db && kg eval tests/gold/examples.json --db /tmp/ex.db

      kg eval tests/gold/examples.json --export graph.jsonl --json

    Exit code 0 whatever the scores (thresholds belong in tests); 2 when the gold file is invalid
    or the graph cannot be read.
    """
    try:
        gold_set = load_gold(gold)
    except GoldError as exc:
        console.print(f"[bold red]error:[/] invalid gold file: {exc}")
        raise typer.Exit(2) from None
    try:
        view = _read_graph(export, settings)
    except (StoreError, EvaluationError, OSError) as exc:
        console.print(f"[bold red]error:[/] {export if export is not None else settings.describe}: {exc}")
        raise typer.Exit(2) from None
    report = evaluate(view, gold_set)
    if as_json:
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n")
        return
    print_report(report, out, limit=limit, title=f"{gold} vs {export or settings.describe}")


def _read_graph(export: Path | None, settings: StoreSettings) -> GraphView:
    if export is not None:
        with export.open(encoding="utf-8") as lines:
            return GraphView.from_jsonl(lines)
    with settings.open(read_only=True) as store:
        return GraphView.from_store(store)


def _pct(value: float) -> str:
    return f"{value:.0%}" if value in (0.0, 1.0) else f"{value:.1%}"


def _row(name: str, score: TypeScore) -> list[str]:
    return [
        name,
        str(score.gold),
        str(score.extracted),
        str(score.matched),
        _pct(score.precision),
        _pct(score.recall),
        _pct(score.f1),
    ]


def print_report(report: ScoreReport, console: Console, *, limit: int = 40, title: str = "") -> None:
    """The score table, the issue counts, then the first ``limit`` issues (explanations before misses)."""
    table = Table("type", "gold", "extracted", "matched", "precision", "recall", "F1", title=escape(title) or None)
    for name, score in report.scores.items():
        table.add_row(*_row(name, score))
    table.add_section()
    table.add_row(*_row("all", report.overall), style="bold")
    console.print(table)
    counts = report.issue_counts()
    if counts:
        console.print("issues: " + ", ".join(f"{kind} {n}" for kind, n in counts.items()))
    missing = [a.file for a in report.articles if not a.found]
    if missing:
        console.print(f"[yellow]not in the graph:[/] {', '.join(missing)}")
    ordered = sorted(report.issues, key=lambda i: (i.kind in _COUNTED, i.file or "", i.kind))
    if limit and ordered:
        issues = Table("issue", "type", "article", "detail", show_lines=False)
        for issue in ordered[:limit]:
            # Details quote node keys in brackets ("[person:putin]"), which rich would take for markup.
            issues.add_row(
                issue.kind, issue.type or "", escape(issue.file or "(across articles)"), escape(issue.detail)
            )
        console.print(issues)
        if len(ordered) > limit:
            console.print(f"… {len(ordered) - limit} more (--limit {len(ordered)} or --json to see all)")
