"""Faults: the store going away, locks, Ctrl-C, hostile input files, and secrets kept out of output.

The Neo4j tests start their own server (scripts/neo4j-local with a private NEO4J_LOCAL_HOME under
a temporary folder), because they stop and restart it: never the one other tests or people use.
Nothing here asserts on time; memory bounds are asserted on what tracemalloc sees in this process.
"""

from __future__ import annotations

import json
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from extract.pipeline import Extractor
from graph.ingest import IngestStopped, ingest
from graph.stores.base import GraphStore
from graph.stores.ladybug_store import LadybugStore

ROOT = Path(__file__).resolve().parents[1]
REUTERS = ROOT.parent / "shared" / "corpus" / "reuters-21578"
NEO4J_LOCAL = ROOT / "scripts" / "neo4j-local"
KG = Path(sys.executable).with_name("kg")

# A person's name and a title that are also Cypher: they must be stored and read back verbatim.
INJECTION_TITLE = "Talks'}) MATCH (n) DETACH DELETE n //` RETURN 1"
INJECTION_TEXT = (
    "MOSCOW, March 3 - Russian President Vladimir Putin met French envoy Jean-Luc O'Brien in Moscow "
    'on Tuesday, officials said. The "}) DETACH DELETE n //" delegation and Robert`); DROP were not present.\n'
)


def reuters_bodies(count: int) -> list[str]:
    """The first ``count`` non-empty Reuters bodies: real news text, so extraction finds real entities."""
    path = REUTERS / "reut2-000.json"
    if not path.exists():
        pytest.fail(f"the Reuters corpus is missing at {REUTERS}: check out ../shared beside the repository")
    records = json.loads(path.read_text(encoding="utf-8"))
    bodies = [r["body"] for r in records if r.get("body", "").strip()]
    return bodies[:count]


def write_texts(folder: Path, bodies: list[str], *, bad_every: int = 0) -> tuple[list[Path], list[Path]]:
    """One .txt per body; with ``bad_every`` an empty (unreadable) file after every that many good ones."""
    folder.mkdir(parents=True, exist_ok=True)
    good, bad = [], []
    for i, body in enumerate(bodies):
        path = folder / f"{i:05d}_a.txt"
        path.write_text(body, encoding="utf-8")
        good.append(path)
        if bad_every and i % bad_every == 0:
            empty = folder / f"{i:05d}_b.txt"
            empty.write_text("", encoding="utf-8")
            bad.append(empty)
    return good, bad


def count(store: GraphStore, cypher: str) -> int:
    return int(store.query(cypher).rows[0][0])


def label_counts(store: GraphStore) -> dict[str, int]:
    return {
        label: count(store, f"MATCH (n:{label}) RETURN count(n)")
        for label in ("Person", "Country", "Organization", "Meeting", "Deal", "Article")
    }


def type_counts(store: GraphStore) -> dict[str, int]:
    return {
        rel: count(store, f"MATCH ()-[r:{rel}]->() RETURN count(r)")
        for rel in ("MENTIONS", "HOLDS_ROLE", "BASED_IN", "MET", "ATTENDED", "VISITED", "PARTY_TO", "REPORTS")
    }


def facts_per_article(store: GraphStore) -> dict[str, int]:
    """Article key → relationships it has: compared with an uninterrupted run, a half-written article shows."""
    query = "MATCH (a:Article) OPTIONAL MATCH (a)-[m:MENTIONS|REPORTS]->() RETURN a.key, count(m)"
    return {key: int(n) for key, n in store.query(query).rows}


def reference_run(inputs: list[str], folder: Path, extractor: Extractor, batch_size: int) -> dict[str, int]:
    with LadybugStore(folder) as reference:
        ingest(inputs, reference, extractor=extractor, batch_size=batch_size)
        return facts_per_article(reference)


def assert_whole_articles(store: GraphStore, reference: dict[str, int]) -> None:
    found = facts_per_article(store)
    assert found == {key: reference[key] for key in found}


# ---- Neo4j: a private server ----------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class LocalNeo4j:
    """A server of our own: ``stop`` and ``start`` keep its data, password and Bolt port."""

    home: Path
    port: int
    uri: str = ""
    username: str = ""
    password: str = ""

    def _run(self, command: str) -> str:
        env = {**os.environ, "NEO4J_LOCAL_HOME": str(self.home), "NEO4J_LOCAL_BOLT_PORT": str(self.port)}
        done = subprocess.run(
            [str(NEO4J_LOCAL), command], env=env, capture_output=True, text=True, timeout=300, check=False
        )
        if done.returncode != 0:
            pytest.fail(f"scripts/neo4j-local {command} failed:\n{done.stderr[-3000:]}", pytrace=False)
        return done.stdout

    def start(self) -> None:
        values = dict(
            line.removeprefix("export ").split("=", 1) for line in self._run("start").splitlines() if "=" in line
        )
        self.uri = values["NEO4J_URI"].strip("'\"")
        self.username = values["NEO4J_USERNAME"].strip("'\"")
        self.password = values["NEO4J_PASSWORD"].strip("'\"")

    def stop(self) -> None:
        self._run("stop")

    def store(self) -> GraphStore:
        from graph.stores.neo4j_store import Neo4jStore

        return Neo4jStore(self.uri, self.username, self.password)


def _reuse_downloaded_neo4j(home: Path) -> None:
    """Link the jars another local server already gathered, instead of copying ~140 MB again.

    Linked per version, so a re-gather (a changed pom) replaces our link, never the shared copy.
    """
    for cache in (os.environ.get("NEO4J_LOCAL_HOME"), str(Path.home() / ".cache" / "newsgraph" / "neo4j")):
        if not cache:
            continue
        for version in Path(cache, "dist").glob("*/.complete"):
            target = home / "dist" / version.parent.name
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists():
                target.symlink_to(version.parent, target_is_directory=True)


@pytest.fixture(scope="module")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalNeo4j]:
    home = tmp_path_factory.mktemp("neo4j-local")
    _reuse_downloaded_neo4j(home)
    server = LocalNeo4j(home=home, port=free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_neo4j_stopped_mid_ingest_stops_clearly_and_a_rerun_completes(
    neo4j_server: LocalNeo4j, extractor: Extractor, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write_texts(tmp_path / "in", reuters_bodies(60))
    inputs = [str(tmp_path / "in")]
    batches_done = 0

    def stop_after_two_batches(items: list) -> None:
        nonlocal batches_done
        batches_done += 1
        if batches_done == 2:
            neo4j_server.stop()

    caplog.set_level(logging.DEBUG)
    store = neo4j_server.store()
    try:
        with pytest.raises(IngestStopped) as stopped:
            ingest(inputs, store, extractor=extractor, batch_size=8, on_progress=stop_after_two_batches)
    finally:
        store.close()
    message = str(stopped.value)
    assert neo4j_server.uri in message
    assert "lost the connection" in message or "cannot reach" in message
    assert neo4j_server.password not in message
    assert neo4j_server.password not in caplog.text
    partial = stopped.value.report
    assert 0 < partial.written <= 16  # the two batches before the stop (less a duplicate text), whole

    reference = reference_run(inputs, tmp_path / "reference.db", extractor, batch_size=8)
    neo4j_server.start()
    with neo4j_server.store() as store:
        assert count(store, "MATCH (a:Article) RETURN count(a)") == partial.written
        assert_whole_articles(store, reference)
        rerun = ingest(inputs, store, extractor=extractor, batch_size=8)
        assert rerun.written == len(reference) - partial.written  # (a few Reuters bodies are duplicates)
        assert facts_per_article(store) == reference
        resumed = (label_counts(store), type_counts(store))
    with LadybugStore(tmp_path / "reference.db") as uninterrupted:
        assert resumed == (label_counts(uninterrupted), type_counts(uninterrupted))


def test_neo4j_wrong_password_names_the_uri_never_the_password(neo4j_server: LocalNeo4j, tmp_path: Path) -> None:
    secret = "wrong-" + neo4j_server.password[::-1]
    runner = CliRunner(env={"NEO4J_URI": neo4j_server.uri, "NEO4J_PASSWORD": secret, "KG_DB": None})
    (tmp_path / "a.txt").write_text(reuters_bodies(1)[0], encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt")])
    assert result.exit_code == 2, result.output
    assert neo4j_server.uri in result.output
    assert secret not in result.output and neo4j_server.password not in result.output


def test_injection_names_are_ingested_and_queried_verbatim_in_neo4j(
    neo4j_server: LocalNeo4j, extractor: Extractor, tmp_path: Path
) -> None:
    with neo4j_server.store() as store:
        check_injection_round_trip(store, extractor, tmp_path)


def test_neo4j_unreachable_at_start_names_the_uri_not_the_password(tmp_path: Path) -> None:
    uri = f"bolt://127.0.0.1:{free_port()}"  # nothing listens there
    secret = "s3cret-never-printed"
    (tmp_path / "a.txt").write_text("Nothing to see.", encoding="utf-8")
    runner = CliRunner(env={"NEO4J_URI": uri, "NEO4J_PASSWORD": secret, "KG_DB": None})
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt")])
    assert result.exit_code == 2
    assert "cannot reach Neo4j" in result.output and uri in result.output
    assert secret not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


# ---- the embedded store ----------------------------------------------------------------------------


def test_embedded_store_open_in_another_process_is_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "kg.db"
    holder = subprocess.Popen(
        [sys.executable, "-c", f"from graph.stores.ladybug_store import LadybugStore; s = LadybugStore({str(db)!r}); "
         "print('open', flush=True); input()"],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        (tmp_path / "a.txt").write_text("Nothing to see.", encoding="utf-8")
        result = CliRunner(env={"NEO4J_URI": None}).invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)])
        assert result.exit_code == 2
        assert "locked" in result.output and "another kg process" in result.output
    finally:
        holder.communicate("\n", timeout=30)


def test_ctrl_c_stops_cleanly_with_a_summary_and_a_consistent_store(tmp_path: Path, extractor: Extractor) -> None:
    """SIGINT to a real ``kg ingest``: exit 130, the summary of what was written, and the store matches it."""
    good, _ = write_texts(tmp_path / "in", reuters_bodies(48), bad_every=4)
    db = tmp_path / "kg.db"
    command = [str(KG), "ingest", str(tmp_path / "in"), "--db", str(db), "--batch-size", "5"]
    env = {**os.environ, "COLUMNS": "200", "NEO4J_URI": ""}
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    errors_seen = 0
    for line in process.stderr:  # each unreadable file is reported as its batch is read, so batches before are written
        errors_seen += "skipped" in line
        if errors_seen == 4:
            process.send_signal(signal.SIGINT)
            break
    rest, more = process.communicate(timeout=300)
    output = more + rest
    assert process.returncode == 130, output
    assert "interrupted" in output and "Ingest summary" in output
    written = int(re.search(r"written\D+(\d+)", output).group(1))
    assert 0 < written < len(good)
    reference = reference_run([str(tmp_path / "in")], tmp_path / "reference.db", extractor, batch_size=5)
    with LadybugStore(db) as store:
        assert count(store, "MATCH (a:Article) RETURN count(a)") == written
        assert_whole_articles(store, reference)

    again = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert again.returncode == 1, again.stderr  # the empty files still fail, the rest is ingested
    with LadybugStore(db) as store:
        assert count(store, "MATCH (a:Article) RETURN count(a)") == len(reference)
        assert facts_per_article(store) == reference


# ---- hostile input ---------------------------------------------------------------------------------


def traced_peak(work: object) -> int:
    """Peak bytes allocated by Python while ``work()`` runs, above what was allocated before."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        work()  # type: ignore[operator]
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def test_a_100_mb_file_is_refused_with_a_clear_error_in_bounded_memory(
    ladybug_store: GraphStore, extractor: Extractor, tmp_path: Path
) -> None:
    big = tmp_path / "big.txt"
    line = b"The quick brown fox jumps over the lazy dog near the river bank today.\n"
    chunk = line * (1024 * 1024 // len(line))
    with big.open("wb") as stream:
        for _ in range(100):
            stream.write(chunk)
    small = tmp_path / "small.txt"
    small.write_text(reuters_bodies(1)[0], encoding="utf-8")
    reports = []
    peak = traced_peak(lambda: reports.append(ingest([str(big), str(small)], ladybug_store, extractor=extractor)))
    report = reports[0]
    assert report.failed == 1 and report.written == 1
    assert str(big) in report.errors[0] and "limit" in report.errors[0]
    assert peak < 20 * 1024 * 1024, f"{peak / 2**20:.1f} MB allocated for a file that is refused"


def test_ten_thousand_tiny_files_are_all_ingested_in_bounded_memory(
    ladybug_store: GraphStore, extractor: Extractor, tmp_path: Path
) -> None:
    folder = tmp_path / "tiny"
    folder.mkdir()
    for i in range(10_000):
        (folder / f"{i:05d}.txt").write_text(f"Wheat prices rose {i} cents in Chicago on Monday, traders said.\n")
    reports = []
    peak = traced_peak(
        lambda: reports.append(ingest([str(folder)], ladybug_store, extractor=extractor, batch_size=256))
    )
    report = reports[0]
    assert report.failed == 0 and report.written == 10_000, report.errors[:5]
    assert count(ladybug_store, "MATCH (a:Article) RETURN count(a)") == 10_000
    assert peak < 200 * 1024 * 1024, f"{peak / 2**20:.1f} MB allocated for 10,000 tiny files"


def test_deep_json_and_nul_bytes_are_per_file_errors(
    ladybug_store: GraphStore, extractor: Extractor, tmp_path: Path
) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    deep_line = tmp_path / "deep.jsonl"
    deep_line.write_text('{"body": ' + "[" * 200_000 + "]" * 200_000 + "}\n", encoding="utf-8")
    nul = tmp_path / "nul.txt"
    nul.write_bytes(b"Officials met in Paris on Monday.\x00 More text follows here.\n")
    good = tmp_path / "good.txt"
    good.write_text(reuters_bodies(1)[0], encoding="utf-8")
    report = ingest([str(p) for p in (deep, deep_line, nul, good)], ladybug_store, extractor=extractor)
    assert report.written == 1 and report.failed == 3, report.errors
    by_file = {error.split(":")[0].split(" line ")[0]: error for error in report.errors}
    assert "nested too deeply" in by_file[str(deep)]
    assert "nested too deeply" in by_file[str(deep_line)]
    assert "NUL" in by_file[str(nul)]


# ---- injection-y names -------------------------------------------------------------------------------


def check_injection_round_trip(store: GraphStore, extractor: Extractor, tmp_path: Path) -> None:
    path = tmp_path / "inject.md"
    path.write_text(f"# {INJECTION_TITLE}\n\n{INJECTION_TEXT}", encoding="utf-8")
    report = ingest([str(path)], store, extractor=extractor, force=True)
    assert report.written == 1, report.errors
    rows = store.query("MATCH (a:Article) WHERE a.title = $t RETURN a.title", {"t": INJECTION_TITLE}).rows
    assert rows == [[INJECTION_TITLE]]
    people = {row[0] for row in store.query("MATCH (p:Person) RETURN p.name").rows}
    assert "Vladimir Putin" in people
    assert count(store, "MATCH (n) RETURN count(n)") > 1  # nothing was deleted by the names


def test_injection_names_are_ingested_and_queried_verbatim_in_the_embedded_store(
    extractor: Extractor, tmp_path: Path
) -> None:
    db = tmp_path / "kg.db"
    with LadybugStore(db) as store:
        check_injection_round_trip(store, extractor, tmp_path)
    result = CliRunner(env={"NEO4J_URI": None}).invoke(
        app,
        ["query", "MATCH (a:Article) WHERE a.title = $t RETURN a.title", "-p", f"t={INJECTION_TITLE}",
         "--json", "--db", str(db)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert INJECTION_TITLE in result.output
