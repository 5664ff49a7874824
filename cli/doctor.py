"""``kg doctor``: each check says what it found and, when it fails, the command that fixes it."""

from __future__ import annotations

import platform
from collections.abc import Callable

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from cli.stores import StoreSettings

Check = tuple[str, Callable[[], str]]


class CheckFailed(Exception):
    def __init__(self, found: str, fix: str) -> None:
        super().__init__(found)
        self.found, self.fix = found, fix


def _python() -> str:
    version = platform.python_version()
    if not version.startswith("3.11"):
        raise CheckFailed(f"Python {version}", "use Python 3.11 (pyproject.toml pins it)")
    return f"Python {version}"


def _model() -> str:
    from extract.nlp import ModelMissing, build_pipeline, load_model, model_name

    try:
        nlp = build_pipeline(load_model())
    except ModelMissing as exc:
        raise CheckFailed("no English model", str(exc)) from None
    return f"{model_name(nlp)} with {', '.join(nlp.pipe_names)}"


def _store(settings: StoreSettings) -> Callable[[], str]:
    def check() -> str:
        from graph.stats import graph_stats
        from graph.stores.base import StoreError

        try:
            with settings.open(read_only=not settings.uri) as store:
                stats = graph_stats(store)
        except StoreError as exc:
            fix = (
                'start Neo4j (`docker compose up -d` or `eval "$(scripts/neo4j-local start)"`) and check '
                "NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD"
                if settings.uri
                else "run `kg ingest PATH` to create it, or point --db / KG_DB at an existing store"
            )
            raise CheckFailed(str(exc), fix) from None
        return f"{settings.describe}: {stats.articles} articles, {sum(stats.nodes.values())} nodes"

    return check


def run_checks(settings: StoreSettings, console: Console) -> bool:
    checks: list[Check] = [("python", _python), ("spaCy model", _model), ("store", _store(settings))]
    table = Table("check", "status", "found", "fix", title="kg doctor")
    ok = True
    for name, check in checks:
        try:
            table.add_row(name, "[green]ok[/]", check(), "")
        except CheckFailed as failed:
            ok = False
            table.add_row(name, "[red]failed[/]", escape(failed.found), escape(failed.fix))
    console.print(table)
    return ok
