"""kg viz pages in a real browser: headless Chromium from Debian, driven by Playwright's Python API.

Playwright's own browser download is not used (it cannot be fetched here, and CI installs Debian's
chromium: see .ci/run); a missing browser fails the test with the command that installs it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, sync_playwright
from ties_sample import TEHRAN, write_ties
from typer.testing import CliRunner

from cli.main import app
from graph.stores.ladybug_store import LadybugStore
from graph.subgraph import Selection, load_graph, select
from graph.viz import write_html

runner = CliRunner(env={"NEO4J_URI": None, "KG_DB": None})  # the embedded store given by --db
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"


def chromium_path() -> str:
    path = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("no chromium: apt-get update && apt-get install -y chromium (or set KG_CHROMIUM)", pytrace=False)
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One Chromium for the module; Playwright gives every launch a fresh temporary profile (user-data-dir)."""
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


class Opened:
    """A page with everything it logged and every request it made, for the no-errors checks."""

    def __init__(self, browser: Browser, html: Path) -> None:
        self.page: Page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.problems: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.goto(html.as_uri())
        self.page.wait_for_function("window.kg && window.kg.ready", timeout=30_000)

    def _console(self, message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            self.problems.append(f"console {message.type}: {message.text}")

    def count(self, what: str) -> int:
        return int(self.page.evaluate(f"kg.{what}().length"))

    def click_node(self, key: str) -> None:
        box = self.page.locator("#graph").bounding_box()
        assert box is not None
        at = self.page.evaluate("key => kg.domPosition(key)", key)
        self.page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])

    def click_edge_between(self, a: str, b: str) -> None:
        box = self.page.locator("#graph").bounding_box()
        assert box is not None
        pa, pb = (self.page.evaluate("key => kg.domPosition(key)", k) for k in (a, b))
        # a third of the way along, clear of the edge's label in the middle
        x, y = pa["x"] + (pb["x"] - pa["x"]) / 3, pa["y"] + (pb["y"] - pa["y"]) / 3
        self.page.mouse.click(box["x"] + x, box["y"] + y)

    def check_clean(self) -> None:
        assert self.problems == []
        assert [u for u in self.requests if not u.startswith(("file:", "data:"))] == []  # works offline


@pytest.fixture(scope="module")
def tiny_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tiny")
    with LadybugStore(folder / "kg.db") as store:
        store.ensure_schema()
        write_ties(store)
        graph = load_graph(store)
    return write_html(select(graph, Selection()), folder / "ties.html", title="Tiny ties")


def test_tiny_graph_renders_every_node_and_tie(browser: Browser, tiny_page: Path, tmp_path: Path) -> None:
    opened = Opened(browser, tiny_page)
    assert opened.count("visibleNodeIds") == 12  # every non-article node of the sample
    assert opened.count("visibleEdgeIds") == 17  # every tie but MENTIONS and REPORTS
    assert opened.page.locator("#legend").inner_text().split("\n")[0] == "Person (4)"
    opened.page.screenshot(path=tmp_path / "tiny.png")
    opened.check_clean()


def test_clicking_a_node_shows_its_evidence_and_source(browser: Browser, tiny_page: Path, tmp_path: Path) -> None:
    opened = Opened(browser, tiny_page)
    opened.click_node("person:ali-khamenei")
    panel = opened.page.locator("#panel")
    panel.get_by_text(TEHRAN).first.wait_for(timeout=5_000)
    text = panel.inner_text()
    assert text.startswith("Ali Khamenei")
    assert "Putin in Tehran" in text and "/news/a1.txt" in text and "2022-07-19" in text
    opened.page.screenshot(path=tmp_path / "node-clicked.png")
    opened.check_clean()


def test_clicking_a_tie_shows_it_and_news_text_stays_text(browser: Browser, tiny_page: Path) -> None:
    opened = Opened(browser, tiny_page)
    opened.click_edge_between("person:joe-biden", "person:vladimir-putin")
    panel = opened.page.locator("#panel")
    panel.get_by_text("Joe Biden → Vladimir Putin").wait_for(timeout=5_000)
    text = panel.inner_text()
    assert text.startswith("MET") and "2021-06-16" in text and "Putin calls Raisi" in text  # the source's title
    assert "<script>window.pwned = true</script>" in text  # shown as the text it is
    assert opened.page.evaluate("window.pwned") is None
    opened.check_clean()


def test_year_range_filters_ties(browser: Browser, tiny_page: Path, tmp_path: Path) -> None:
    opened = Opened(browser, tiny_page)
    start = opened.page.locator("#year-from")
    assert (start.get_attribute("min"), start.get_attribute("max")) == ("2019", "2022")
    start.focus()
    for _ in range(3):  # 2019 → 2022 with the keyboard, as a user would
        opened.page.keyboard.press("ArrowRight")
    assert opened.page.locator("#year-from-value").inner_text() == "2022"
    # out: the 2019 call (its node and two ATTENDED ties) and the 2021 MET; undated roles stay
    assert opened.count("visibleEdgeIds") == 14
    assert opened.count("visibleNodeIds") == 11
    assert "meeting:m2" not in opened.page.evaluate("kg.visibleNodeIds()")
    assert opened.page.locator("#counts").inner_text() == "11 of 12 nodes, 14 of 17 ties shown"
    opened.page.locator("#year-to").focus()
    opened.page.keyboard.press("ArrowLeft")  # to < from: the range is 2021..2022
    assert opened.count("visibleEdgeIds") == 15
    opened.page.screenshot(path=tmp_path / "years.png")
    opened.check_clean()


def test_seed_articles_render(browser: Browser, tmp_path: Path) -> None:
    db, out = tmp_path / "seeds.db", tmp_path / "seeds.html"
    result = runner.invoke(app, ["ingest", str(SEEDS), "--db", str(db)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["viz", "--db", str(db), "-o", str(out), "--focus", "Russia", "--focus", "Iran"])
    assert result.exit_code == 0, result.output
    with LadybugStore(db, read_only=True) as store:
        expected = select(load_graph(store), Selection(focus=("Russia", "Iran")))
    opened = Opened(browser, out)
    assert opened.count("visibleNodeIds") == len(expected.nodes) > 2
    assert opened.count("visibleEdgeIds") == len(expected.relationships)
    opened.click_node("person:vladimir-putin")
    opened.page.locator("#panel blockquote.evidence").first.wait_for(timeout=5_000)
    assert str(SEEDS) in opened.page.locator("#panel").inner_text()  # the source article's path
    opened.page.screenshot(path=tmp_path / "seeds.png")
    opened.check_clean()
