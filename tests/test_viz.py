"""The kg viz page as data and HTML (the browser test drives it for real), and the commands' CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from ties_sample import HOSTILE, write_ties
from typer.testing import CliRunner

from cli.main import app
from graph.stores.ladybug_store import LadybugStore
from graph.subgraph import Graph, Selection, load_graph, select
from graph.viz import LABEL_COLORS, payload, render_html, vis_network_js

runner = CliRunner(env={"NEO4J_URI": None, "KG_DB": None})  # the embedded store given by --db


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(tmp_path_factory.mktemp("ties")) / "kg.db"
    with LadybugStore(folder) as store:
        store.ensure_schema()
        write_ties(store)
    return folder


@pytest.fixture(scope="module")
def ties(db: Path) -> Graph:
    with LadybugStore(db, read_only=True) as store:
        return load_graph(store)


def test_payload_nodes_edges_degree_and_provenance(ties: Graph) -> None:
    data = payload(select(ties, Selection(focus=("Russia",), hops=1)))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert set(nodes) == {"country:RUS", "person:vladimir-putin", "org:gazprom"}
    assert nodes["country:RUS"]["focus"] and nodes["country:RUS"]["degree"] == 2
    assert nodes["person:vladimir-putin"]["caption"] == "Vladimir Putin"
    (role,) = [e for e in data["edges"] if e["type"] == "HOLDS_ROLE"]
    assert role["sources"] == [
        {"key": "article:a1", "title": "Putin in Tehran", "location": "/news/a1.txt", "published": "2022-07-20",
         "outlet": None}
    ]  # fmt: skip
    assert data["colors"] == LABEL_COLORS


def test_payload_dates_and_years(ties: Graph) -> None:
    data = payload(select(ties, Selection()))
    attended = [e for e in data["edges"] if e["type"] == "ATTENDED" and e["to"] == "meeting:m1"]
    assert {(e["date"], e["dateFromEvent"], e["year"]) for e in attended} == {("2022-07-19", True, 2022)}
    met = next(e for e in data["edges"] if e["type"] == "MET" and e["from"] == "person:joe-biden")
    assert met["caption"] == "MET 2021-06-16" and not met["dateFromEvent"]
    assert data["years"] == [2019, 2022]
    role = next(e for e in data["edges"] if e["type"] == "HOLDS_ROLE")
    assert role["year"] is None and role["caption"] == "HOLDS_ROLE"


def test_page_is_self_contained_and_news_text_cannot_break_out(ties: Graph) -> None:
    page = render_html(select(ties, Selection()), title="<b>ties</b>")
    assert vis_network_js()[:2000] in page
    assert not re.search(r"""<(script|link|img)[^>]+(src|href)=["']?https?:""", page)
    assert HOSTILE not in page  # the evidence is in the page, but only with "</" escaped
    assert page.count("</script>") == 3  # the library, the data block and our script
    assert "&lt;b&gt;ties&lt;/b&gt;" in page
    data = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
    assert data is not None
    assert any(e["evidence"] == HOSTILE for e in json.loads(data.group(1))["edges"])


def test_kg_viz_writes_the_page(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "ties.html"
    result = runner.invoke(app, ["viz", "--db", str(db), "-o", str(out), "--focus", "Russia", "--hops", "1"])
    assert result.exit_code == 0, result.output
    assert "3 nodes, 2 ties" in result.output
    assert out.read_text().startswith("<!DOCTYPE html>")


def test_kg_viz_errors_name_the_fix(db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["viz", "--db", str(db), "-o", str(tmp_path / "x.html"), "--focus", "Atlantis"])
    assert result.exit_code == 2 and "no node named 'Atlantis'" in result.output
    result = runner.invoke(app, ["viz", "--db", str(db), "--types", "MET,FRIENDS", "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 2 and "unknown relationship type 'FRIENDS'" in result.output
    result = runner.invoke(app, ["viz", "--db", str(db), "--since", "July", "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 2 and "not a date" in result.output


def test_kg_viz_types_and_window(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "met.html"
    args = ["viz", "--db", str(db), "-o", str(out), "--types", "met,visited", "--since", "2022", "--until", "2022"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "3 nodes, 2 ties" in result.output  # Putin met Khamenei and visited Iran; the 2021 MET is out


def test_kg_timeline(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.svg"
    result = runner.invoke(app, ["timeline", "--db", str(db), "-b", "Russia", "-b", "Iran", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "4 dated events between Russia and Iran" in result.output
    result = runner.invoke(app, ["timeline", "--db", str(db), "-b", "Russia", "-o", str(out)])
    assert result.exit_code == 2 and "exactly two countries" in result.output
    result = runner.invoke(app, ["timeline", "--db", str(db), "-b", "Russia", "-b", "Iran", "-o", "t.pdf"])
    assert result.exit_code == 2 and ".svg, .png or .html" in result.output
