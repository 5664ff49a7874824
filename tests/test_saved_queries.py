"""browser/saved_queries.cypher and browser/style.grass: parsed, complete, and runnable on every store."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ties_sample import write_ties
from typer.testing import CliRunner

from cli.main import app
from graph.model import NODE_LABELS
from graph.saved_queries import SAVED_QUERIES, SavedQueryError, get, load, parse
from graph.stores.base import GraphStore
from graph.stores.ladybug_store import LadybugStore
from graph.viz import LABEL_COLORS

runner = CliRunner(env={"NEO4J_URI": None, "KG_DB": None})  # the embedded store given by --db
ANALYST_QUESTIONS = {"who-met-whom", "deals-between", "shortest-path", "ties-by-year", "articles-behind"}


def test_parse_variants_params_and_descriptions() -> None:
    text = """// header comment, ignored
// name: q1
// First line.
// Second line.
// params: a=Vladimir Putin b=Iran
MATCH (n {name: $a}) RETURN n;

// name: q1 [ladybug]
MATCH (n {name: $a}) RETURN n.name;
"""
    (query,) = parse(text).values()
    assert query.description == "First line. Second line."
    assert query.params == {"a": "Vladimir Putin", "b": "Iran"}
    assert query.cypher("neo4j") == "MATCH (n {name: $a}) RETURN n"
    assert query.cypher("ladybug") == "MATCH (n {name: $a}) RETURN n.name"


def test_parse_errors() -> None:
    with pytest.raises(SavedQueryError, match="unknown store 'memgraph'"):
        parse("// name: q [memgraph]\nRETURN 1")
    with pytest.raises(SavedQueryError, match="defined twice"):
        parse("// name: q\nRETURN 1\n// name: q\nRETURN 2")
    with pytest.raises(SavedQueryError, match="has no Cypher"):
        parse("// name: q\n// only words\n")
    with pytest.raises(SavedQueryError, match="no saved query 'nope'; choose one of"):
        get("nope")


def test_the_analysts_questions_are_there() -> None:
    assert set(load()) >= ANALYST_QUESTIONS
    assert "shortestPath" not in get("shortest-path").cypher("ladybug")


@pytest.mark.parametrize("name", sorted(parse(SAVED_QUERIES.read_text(encoding="utf-8"))))
def test_every_saved_query_runs_on_every_store(store: GraphStore, name: str) -> None:
    write_ties(store)
    query = get(name)
    kind = "ladybug" if isinstance(store, LadybugStore) else "neo4j"
    result = store.query(query.cypher(kind), dict(query.params))
    assert result.rows, f"{name} found nothing in the sample graph"


def test_answers(store: GraphStore) -> None:
    write_ties(store)
    kind = "ladybug" if isinstance(store, LadybugStore) else "neo4j"

    def run(name: str, **params: str) -> list[list]:
        query = get(name)
        return store.query(query.cypher(kind), {**query.params, **params}).rows

    assert run("deals-between")[0][1:6] == ["gas field development", "Gazprom", "National Iranian Oil Company",
                                            40e9, "$ 40 billion"]  # fmt: skip
    assert run("shortest-path", a="Joe Biden", b="Ali Khamenei")[0] == [
        ["Joe Biden", "Vladimir Putin", "Ali Khamenei"], ["MET", "MET"], 2
    ]  # fmt: skip
    assert [r[3] for r in run("articles-behind", a="Vladimir Putin", b="Ali Khamenei")] == ["Putin in Tehran"]
    assert [r[:2] for r in run("ties-by-year") if r[1] == "MET"] == [[2021, "MET"], [2022, "MET"]]


def test_kg_query_saved(tmp_path: Path) -> None:
    db = tmp_path / "kg.db"
    with LadybugStore(db) as store:
        store.ensure_schema()
        write_ties(store)
    result = runner.invoke(app, ["query", "--db", str(db), "--saved", "list"])
    assert result.exit_code == 0 and all(name in result.output for name in ANALYST_QUESTIONS)
    args = ["query", "--db", str(db), "--saved", "shortest-path", "-p", "a=Joe Biden", "-p", "b=Ali Khamenei", "--csv"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert '"[""Joe Biden"", ""Vladimir Putin"", ""Ali Khamenei""]"' in result.output
    result = runner.invoke(app, ["query", "--db", str(db), "--saved", "nope"])
    assert result.exit_code == 2 and "no saved query 'nope'" in result.output
    result = runner.invoke(app, ["query", "--db", str(db)])
    assert result.exit_code == 2 and "--saved NAME" in result.output


def test_grass_has_one_colour_per_label_and_name_captions() -> None:
    grass = (Path(__file__).resolve().parents[1] / "browser" / "style.grass").read_text()
    for label in NODE_LABELS:
        block = re.search(r"node\." + label + r" \{(.*?)\n\}", grass, re.S)
        assert block, label
        assert f"color: {LABEL_COLORS[label]};" in block.group(1)
        assert 'caption: "{name}";' in block.group(1)
