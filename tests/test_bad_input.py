"""Bad input never stops an ingest and never leaves half an article behind, through the library and the CLI.

The inputs mix two good text files and a .jsonl with two good records around one malformed line with
seven kinds of bad input. Each bad one must be reported once, naming the file and the reason; the
good articles must all be in the store, and nothing else.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import Snapshot, graph_snapshot
from typer.testing import CliRunner

from cli.main import app
from extract.pipeline import Extractor
from extract.readers import read_articles
from graph.ingest import ingest
from graph.model import Article
from graph.stores.base import GraphStore
from graph.stores.ladybug_store import LadybugStore

GOOD_TEXTS = {
    "kenya-port.txt": (
        "Kenya and Tanzania agree on port cooperation\n\n"
        "Published 4 May 2022\n\n"
        "Kenyan President Uhuru Kenyatta met Tanzanian President Samia Suluhu Hassan in Nairobi on May 3, 2022. "
        "The two presidents agreed to share customs data at their ports to cut waiting times for lorries.\n"
    ),
    "chile-lithium.txt": (
        "Chile signs lithium deal with Germany\n\n"
        "Published 20 June 2023\n\n"
        "Chilean President Gabriel Boric visited Germany on June 19, 2023. Chile and Germany signed a "
        "memorandum on lithium mining and green hydrogen during the visit to Berlin.\n"
    ),
}
GOOD_RECORDS = [
    {
        "title": "Norway and Poland discuss gas",
        "date": "2021-10-01",
        "body": "Norwegian Prime Minister Erna Solberg met Polish Prime Minister Mateusz Morawiecki in Oslo "
        "on September 30, 2021, to discuss the new gas pipeline between the two countries.",
    },
    {
        "title": "Vietnam minister visits Australia",
        "date": "2020-02-11",
        "body": "Vietnamese Foreign Minister Pham Binh Minh visited Australia on February 10, 2020, "
        "and met Australian Foreign Minister Marise Payne in Canberra to talk about trade in rice and coal.",
    },
]
NUL_TEXT = b"Argentina and Brazil held talks on Monday about a shared currency.\x00 The talks ended early.\n"
LATIN1_TEXT = "Ministers from Peru and Ecuador met in Lima on Tuesday. The caf\u00e9 outside was full.\n"


@dataclass
class Inputs:
    """What to pass to ingest, the error each bad input should give, and the articles that should land."""

    paths: list[str]
    errors: dict[str, tuple[str, ...]]  # path -> words the reason must contain
    good_keys: set[str]
    good_files: set[str]


@pytest.fixture
def inputs(tmp_path: Path) -> Inputs:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in GOOD_TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    lines = [json.dumps(GOOD_RECORDS[0]), '{"title": "Cut short", "body": "The line ends', json.dumps(GOOD_RECORDS[1])]
    jsonl = folder / "wire.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    good = [str(folder / name) for name in GOOD_TEXTS]
    good_articles = [a for a in read_articles([*good, str(jsonl)]) if isinstance(a, Article)]
    assert len(good_articles) == len(GOOD_TEXTS) + len(GOOD_RECORDS)

    (folder / "empty.txt").write_bytes(b"")
    (folder / "noise.txt").write_bytes(random.Random(20240601).randbytes(3000))
    (folder / "latin1.txt").write_bytes(LATIN1_TEXT.encode("latin-1"))
    (folder / "nul.txt").write_bytes(NUL_TEXT)
    odd = tmp_path / "notes.xyz"
    odd.write_text(GOOD_TEXTS["kenya-port.txt"], encoding="utf-8")
    missing = tmp_path / "missing.txt"
    errors = {
        str(folder / "empty.txt"): ("empty",),
        str(folder / "noise.txt"): ("binary",),
        str(folder / "latin1.txt"): ("UTF-8",),
        str(folder / "nul.txt"): ("NUL",),
        str(jsonl): ("line 2", "JSON"),
        str(odd): ("unsupported", ".xyz"),
        str(missing): ("no such file",),
    }
    return Inputs(
        paths=[str(folder), str(odd), str(missing)],
        errors=errors,
        good_keys={a.key for a in good_articles},
        good_files={*good, str(jsonl)},
    )


def error_lines(messages: list[str], inputs: Inputs) -> None:
    """Each bad input is named by exactly one message, which gives its reason."""
    for path, words in inputs.errors.items():
        naming = [m for m in messages if f"{path}:" in m or f"{path} line" in m]
        assert len(naming) == 1, (path, messages)
        assert all(word in naming[0] for word in words), (naming[0], words)


def assert_only_good_articles_written(graph: Snapshot, inputs: Inputs) -> None:
    nodes, rels = graph
    articles = {props["key"]: props for label, props in nodes if label == "Article"}
    assert set(articles) == inputs.good_keys
    assert {str(a.get("path", "")).split("#", 1)[0] for a in articles.values()} == inputs.good_files
    touched: set[str] = set()
    for rel_type, start, end, props in rels:
        where = (rel_type, start, end)
        if "source" in props:
            assert props["source"] in articles, where
        assert set(props.get("sources", [])) <= set(articles), where
        if rel_type in ("MENTIONS", "REPORTS"):
            assert start in articles, where
        touched |= {start, end}
    orphans = [(label, props["key"]) for label, props in nodes if label != "Article" and props["key"] not in touched]
    assert orphans == []


def test_library_reports_each_bad_input_and_writes_the_good(
    inputs: Inputs, store: GraphStore, snapshot: Callable[[GraphStore], Snapshot]
) -> None:
    reported: list[str] = []
    report = ingest(inputs.paths, store, extractor=Extractor(), on_error=reported.append)
    assert report.failed == len(inputs.errors)
    assert report.errors == reported
    error_lines(report.errors, inputs)
    assert report.read == report.written == len(inputs.good_keys)
    assert report.skipped == 0
    assert_only_good_articles_written(snapshot(store), inputs)


def test_cli_reports_each_bad_input_exits_1_and_writes_the_good(inputs: Inputs, tmp_path: Path) -> None:
    db = tmp_path / "kg.db"
    runner = CliRunner(env={"NEO4J_URI": None, "KG_DB": None, "COLUMNS": "400"})
    result = runner.invoke(app, ["ingest", *inputs.paths, "--db", str(db)])
    assert result.exit_code == 1, result.output
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    assert len(skipped) == len(inputs.errors), result.stderr
    error_lines(skipped, inputs)
    with LadybugStore(db, read_only=True) as store:
        assert_only_good_articles_written(graph_snapshot(store), inputs)
