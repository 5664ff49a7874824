"""The ``kg`` command end to end through typer's CliRunner, on an embedded store in a temporary folder.

One small folder of news-like articles (written for these tests) is ingested once per module; tests
that change the graph work on a copy of that store. Expected values come from the store itself
(its snapshot), never from what extraction happens to find today.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import socket
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
import typer
from click.testing import Result
from conftest import Snapshot, graph_snapshot
from typer.testing import CliRunner

from cli.main import app
from graph.export import FORMATS
from graph.model import NODE_LABELS, REL_TYPES
from graph.stores.ladybug_store import LadybugStore

# Whatever the developer's shell exports, these tests talk to the embedded store they name with --db.
# A wide terminal keeps rich from wrapping long values (URIs, paths) across table lines.
CLEAN_ENV: dict[str, str | None] = {
    "NEO4J_URI": None,
    "NEO4J_USERNAME": None,
    "NEO4J_PASSWORD": None,
    "NEO4J_DATABASE": None,
    "KG_DB": None,
    "COLUMNS": "240",
}

INJECTION = "O'Brien'); MATCH (n) DETACH DELETE n //"

ARTICLES: dict[str, str] = {
    "tokyo-rail.txt": (
        "Japan and India agree to speed up rail link\n\n"
        "Published 12 March 2021\n\n"
        "Japanese Prime Minister Yoshihide Suga met Indian Prime Minister Narendra Modi in Tokyo on "
        "March 11, 2021. The two leaders spent two hours on trade and regional security.\n\n"
        "Suga said Japan would lend India money for a high-speed railway between two western cities. "
        "Modi thanked Japan for its help and invited Suga to visit New Delhi later in the year.\n"
    ),
    "paris-jets.md": (
        "# Modi visits France\n\n"
        "Published 15 July 2023\n\n"
        "Indian Prime Minister Narendra Modi visited France on July 14, 2023, and met French President "
        "Emmanuel Macron in Paris.\n\n"
        "India and France signed a $5 billion agreement on fighter jets during the visit. Macron called "
        "India a partner for the decades ahead.\n"
    ),
    "hydrogen-call.json": json.dumps(
        {
            "title": "Germany and Canada talk hydrogen",
            "date": "2022-08-23",
            "body": (
                "German Chancellor Olaf Scholz spoke by telephone with Canadian Prime Minister Justin "
                "Trudeau on August 22, 2022. The two men discussed exports of hydrogen from Canada to "
                "Germany.\n\nScholz later visited Canada, where Trudeau welcomed him in Montreal."
            ),
        }
    ),
}


@dataclass
class Loaded:
    """The module's store: its folder, the output of the ingest that made it, and its snapshot."""

    db: Path
    ingest: Result
    snapshot: Snapshot


def run(runner: CliRunner, *args: str | Path, env: dict[str, str | None] | None = None) -> Result:
    return runner.invoke(app, [str(a) for a in args], env=env)


def db_snapshot(db: Path) -> Snapshot:
    with LadybugStore(db, read_only=True) as store:
        return graph_snapshot(store)


def table_values(output: str, after: str) -> dict[str, str]:
    """The two-column rich table after the text ``after`` as {first cell: second cell}, whatever the box style."""
    assert after in output, output
    rows: dict[str, str] = {}
    for line in output.split(after, 1)[1].splitlines():
        cells = [c.strip() for c in line.replace("┃", "│").replace("|", "│").split("│")]
        cells = [c for c in cells if c]
        if len(cells) == 2:
            rows[cells[0]] = cells[1]
    return rows


def nodes_of(snapshot: Snapshot, label: str) -> list[dict]:
    return [props for node_label, props in snapshot[0] if node_label == label]


def closed_port() -> int:
    """A port nothing listens on: bound by the OS, then released."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env=CLEAN_ENV)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Loaded:
    folder = tmp_path_factory.mktemp("news")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path_factory.mktemp("store") / "kg.db"
    result = run(CliRunner(env=CLEAN_ENV), "ingest", folder, "--db", db)
    return Loaded(db=db, ingest=result, snapshot=db_snapshot(db))


@pytest.fixture
def db_copy(loaded: Loaded, tmp_path: Path) -> Path:
    """A private copy of the module's store, for tests that write."""
    return Path(shutil.copytree(loaded.db, tmp_path / "copy.db"))


# --- ingest -------------------------------------------------------------------------------------


def test_ingest_writes_every_article_and_summarises(loaded: Loaded) -> None:
    assert loaded.ingest.exit_code == 0, loaded.ingest.output
    nodes, rels = loaded.snapshot
    summary = table_values(loaded.ingest.output, "Ingest summary")
    assert summary["articles read"] == str(len(ARTICLES))
    assert summary["written"] == str(len(ARTICLES))
    assert summary["skipped (already loaded)"] == "0"
    assert summary["failed"] == "0"
    assert summary["nodes created"] == str(len(nodes))
    assert summary["relationships created"] == str(len(rels))
    assert summary["nodes updated"] == summary["relationships updated"] == "0"
    assert len(nodes_of(loaded.snapshot, "Article")) == len(ARTICLES)
    assert len(nodes) > len(ARTICLES) and rels  # the articles gave entities and relationships


def test_ingest_again_skips_everything_and_changes_nothing(
    loaded: Loaded, db_copy: Path, runner: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "again"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = run(runner, "ingest", folder, "--db", db_copy)
    assert result.exit_code == 0, result.output
    summary = table_values(result.output, "Ingest summary")
    assert summary["articles read"] == summary["skipped (already loaded)"] == str(len(ARTICLES))
    assert summary["written"] == summary["nodes created"] == summary["relationships created"] == "0"
    assert db_snapshot(db_copy) == loaded.snapshot


# --- query --------------------------------------------------------------------------------------


def test_query_prints_a_table(loaded: Loaded, runner: CliRunner) -> None:
    result = run(
        runner, "query", "MATCH (c:Country) RETURN c.key AS key, c.name AS name ORDER BY key", "--db", loaded.db
    )
    assert result.exit_code == 0, result.output
    countries = nodes_of(loaded.snapshot, "Country")
    assert countries
    lines = result.stdout.splitlines()
    for country in countries:
        assert any(country["key"] in line and country["name"] in line for line in lines), country
    assert f"{len(countries)} rows" in result.stdout


def test_query_json_is_parseable_rows(loaded: Loaded, runner: CliRunner) -> None:
    cypher = "MATCH (p:Person) RETURN p.key AS key, p.name AS name, p.aliases AS aliases ORDER BY key"
    result = run(runner, "query", cypher, "--json", "--db", loaded.db)
    assert result.exit_code == 0, result.output
    expected = sorted(
        (
            {"key": p["key"], "name": p["name"], "aliases": p.get("aliases")}
            for p in nodes_of(loaded.snapshot, "Person")
        ),
        key=lambda p: p["key"],
    )
    assert expected
    assert json.loads(result.stdout) == expected


def test_query_without_a_store_is_refused_and_creates_none(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(runner, "query", "MATCH (n) RETURN count(n)")
    assert result.exit_code != 0
    assert "newsgraph.db" in result.output and "kg ingest" in result.output
    assert list(tmp_path.iterdir()) == []


def test_query_json_writes_dates_as_iso_strings(loaded: Loaded, runner: CliRunner) -> None:
    cypher = "MATCH (a:Article) RETURN a.key AS key, a.published AS published"
    result = run(runner, "query", cypher, "--db", loaded.db, "--json")
    assert result.exit_code == 0, result.output
    got = {row["key"]: row["published"] for row in json.loads(result.stdout)}
    articles = nodes_of(loaded.snapshot, "Article")
    assert any(a.get("published") for a in articles)
    assert got == {a["key"]: a["published"].isoformat() if a.get("published") else None for a in articles}


def test_query_csv(loaded: Loaded, runner: CliRunner) -> None:
    cypher = "MATCH (p:Person) RETURN p.key AS key, p.name AS name ORDER BY key"
    result = run(runner, "query", cypher, "--csv", "--db", loaded.db)
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    people = sorted(nodes_of(loaded.snapshot, "Person"), key=lambda p: p["key"])
    assert rows == [["key", "name"], *([p["key"], p["name"]] for p in people)]


def test_query_param_reaches_cypher_as_a_value(loaded: Loaded, runner: CliRunner) -> None:
    cypher = "MATCH (n) RETURN $name AS name, count(n) AS nodes"
    result = run(runner, "query", cypher, "--param", f"name={INJECTION}", "--json", "--db", loaded.db)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"name": INJECTION, "nodes": len(loaded.snapshot[0])}]
    result = run(
        runner, "query", "MATCH (p:Person {name: $name}) RETURN p", "-p", f"name={INJECTION}", "--db", loaded.db
    )
    assert result.exit_code == 0, result.output
    assert "0 rows" in result.stdout
    assert db_snapshot(loaded.db) == loaded.snapshot


def test_query_param_json_values_are_parsed(loaded: Loaded, runner: CliRunner) -> None:
    cypher = "RETURN $n + 1 AS next, $xs AS xs"
    result = run(runner, "query", cypher, "-p", "n=41", "-p", "xs=[1,2]", "--json", "--db", loaded.db)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"next": 42, "xs": [1, 2]}]


def test_query_param_without_equals_is_refused(loaded: Loaded, runner: CliRunner) -> None:
    result = run(runner, "query", "RETURN 1", "--param", "justaname", "--db", loaded.db)
    assert result.exit_code != 0
    assert "justaname" in result.output and "name=value" in result.output


def test_write_query_is_refused_without_write(loaded: Loaded, db_copy: Path, runner: CliRunner) -> None:
    result = run(runner, "query", "MATCH (c:Country) SET c.name = 'Nowhere' RETURN c.name", "--db", db_copy)
    assert result.exit_code != 0
    assert "--write" in result.output and "SET" in result.output
    assert "Nowhere" not in result.stdout
    assert db_snapshot(db_copy) == loaded.snapshot


def test_write_query_is_run_with_write(loaded: Loaded, db_copy: Path, runner: CliRunner) -> None:
    nodes, rels = loaded.snapshot
    target = next(props for label, props in nodes if label == "Country")
    cypher = "MATCH (c:Country {key: $key}) SET c.name = $name RETURN c.name AS name"
    params = ["-p", f"key={target['key']}", "-p", f"name={INJECTION}"]
    result = run(runner, "query", cypher, "--write", *params, "--json", "--db", db_copy)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"name": INJECTION}]
    expected_nodes = [
        (label, {**props, "name": INJECTION} if props["key"] == target["key"] else props) for label, props in nodes
    ]
    assert db_snapshot(db_copy) == (expected_nodes, rels)


# --- export -------------------------------------------------------------------------------------


def check_export(fmt: str, path: Path, snapshot: Snapshot) -> None:
    """The exported file (folder for csv) holds every node and relationship of the snapshot."""
    nodes, rels = snapshot
    keys = {props["key"] for _, props in nodes}
    if fmt == "jsonl":
        objects = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert {o["id"] for o in objects if o["type"] == "node"} == keys
        assert sum(o["type"] == "relationship" for o in objects) == len(rels)
    elif fmt == "graphml":
        root = ET.parse(path).getroot()
        ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
        assert {n.get("id") for n in root.iterfind(".//g:node", ns)} == keys
        assert len(root.findall(".//g:edge", ns)) == len(rels)
    elif fmt == "cypher":
        text = path.read_text(encoding="utf-8")
        assert all(json.dumps(key) in text for key in keys)
        statements = [line for line in text.splitlines() if line and not line.startswith("//")]
        assert sum("]->(" in line for line in statements) == len(rels)
    elif fmt == "csv":
        assert (path / "IMPORT.txt").is_file()
        records = {f.name: len(list(csv.reader(f.open(encoding="utf-8", newline="")))) - 1 for f in path.glob("*.csv")}
        assert sum(n for name, n in records.items() if name.startswith("nodes_")) == len(nodes)
        assert sum(n for name, n in records.items() if name.startswith("rels_")) == len(rels)
    else:
        pytest.fail(f"no check written for export format {fmt!r}: add one here")


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_to_a_file(fmt: str, loaded: Loaded, runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / f"graph.{fmt}"
    result = run(runner, "export", "--format", fmt, "--output", target, "--db", loaded.db)
    assert result.exit_code == 0, result.output
    assert f"wrote {fmt} to {target}" in result.output
    check_export(fmt, target, loaded.snapshot)


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "csv"])
def test_export_to_stdout_equals_the_file(fmt: str, loaded: Loaded, runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / f"graph.{fmt}"
    assert run(runner, "export", "-f", fmt, "-o", target, "--db", loaded.db).exit_code == 0
    result = run(runner, "export", "-f", fmt, "--db", loaded.db)
    assert result.exit_code == 0, result.output
    assert result.stdout == target.read_text(encoding="utf-8")
    streamed = tmp_path / f"stdout.{fmt}"
    streamed.write_text(result.stdout, encoding="utf-8")
    check_export(fmt, streamed, loaded.snapshot)


def test_csv_export_to_stdout_asks_for_a_folder(loaded: Loaded, runner: CliRunner) -> None:
    result = run(runner, "export", "-f", "csv", "--db", loaded.db)
    assert result.exit_code != 0
    assert "-o" in result.output and "folder" in result.output
    assert result.stdout == ""


def test_export_unknown_format(loaded: Loaded, runner: CliRunner) -> None:
    result = run(runner, "export", "-f", "xlsx", "--db", loaded.db)
    assert result.exit_code != 0
    assert "xlsx" in result.output and all(fmt in result.output for fmt in FORMATS)


# --- stats and doctor ---------------------------------------------------------------------------


def test_stats_json_counts_the_store(loaded: Loaded, runner: CliRunner) -> None:
    result = run(runner, "stats", "--json", "--db", loaded.db)
    assert result.exit_code == 0, result.output
    stats = json.loads(result.stdout)
    nodes, rels = loaded.snapshot
    node_counts, rel_counts = Counter(label for label, _ in nodes), Counter(t for t, *_ in rels)
    assert stats["nodes"] == {label: node_counts[label] for label in NODE_LABELS}
    assert stats["relationships"] == {t: rel_counts[t] for t in REL_TYPES}
    assert stats["articles"] == len(ARTICLES)
    event_dates = [p["date"] for label, p in nodes if label in ("Meeting", "Deal") and p.get("date")]
    event_dates += [p["date"] for t, _, _, p in rels if t == "VISITED" and p.get("date")]
    assert event_dates
    assert (stats["firstEvent"], stats["lastEvent"]) == (min(event_dates).isoformat(), max(event_dates).isoformat())


def test_stats_table(loaded: Loaded, runner: CliRunner) -> None:
    result = run(runner, "stats", "--db", loaded.db)
    assert result.exit_code == 0, result.output
    counts = table_values(result.stdout, "label / type")
    assert counts["Article"] == str(len(ARTICLES))
    assert set(NODE_LABELS) | set(REL_TYPES) <= set(counts)


def test_doctor_on_a_good_store(loaded: Loaded, runner: CliRunner) -> None:
    result = run(runner, "doctor", "--db", loaded.db)
    assert result.exit_code == 0, result.output
    assert "failed" not in result.output
    assert f"embedded store {loaded.db}: {len(ARTICLES)} articles" in result.output


def test_doctor_without_a_store_says_how_to_make_one(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "doctor", "--db", tmp_path / "none.db")
    assert result.exit_code == 1
    assert "failed" in result.output and "kg ingest" in result.output
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize(
    "command",
    [["doctor"], ["stats"], ["query", "RETURN 1"], ["export", "-f", "jsonl"], ["ingest", "no-such-folder"]],
    ids=lambda c: c[0],
)
def test_unreachable_neo4j_is_named_and_the_password_never_shown(
    command: list[str], runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # a fall-back to the embedded store would show as ./newsgraph.db
    uri = f"bolt://127.0.0.1:{closed_port()}"
    password = "pw-Zq7-never-print-this"
    result = run(runner, *command, env={"NEO4J_URI": uri, "NEO4J_PASSWORD": password, "NEO4J_USERNAME": "neo4j"})
    assert result.exit_code != 0
    assert uri in result.output
    assert password not in result.output
    assert password not in repr(result.exception)
    assert list(tmp_path.iterdir()) == []


# --- help ---------------------------------------------------------------------------------------


def command_names() -> Sequence[str]:
    group = typer.main.get_command(app)
    assert hasattr(group, "commands")
    return sorted(group.commands)


def test_there_are_commands_to_check() -> None:
    assert {"ingest", "query", "export", "stats", "doctor"} <= set(command_names())


def test_top_level_help_lists_every_command(runner: CliRunner) -> None:
    result = run(runner, "--help")
    assert result.exit_code == 0, result.output
    for name in command_names():
        assert name in result.output


@pytest.mark.parametrize("name", command_names())
def test_every_command_has_help_with_an_example(name: str, runner: CliRunner) -> None:
    result = run(runner, name, "--help")
    assert result.exit_code == 0, result.output
    assert "Example" in result.output
    assert f"kg {name}" in result.output
