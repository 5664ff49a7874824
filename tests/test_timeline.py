"""The events between two countries: who counts as a side, what counts as an event, and the drawings."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from ties_sample import HOSTILE, write_ties

from graph.stores.base import GraphStore
from graph.stores.ladybug_store import LadybugStore
from graph.subgraph import Graph, SubgraphError, load_graph
from graph.timeline import between, members
from graph.timeline_plot import TimelineFormatError, to_html, write


@pytest.fixture(scope="module")
def ties(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    with LadybugStore(Path(tmp_path_factory.mktemp("ties")) / "kg.db") as store:
        store.ensure_schema()
        write_ties(store)
        return load_graph(store)


def test_sides_are_the_country_its_people_and_organisations(ties: Graph) -> None:
    assert members(ties, "country:RUS") == {"country:RUS", "person:vladimir-putin", "org:gazprom"}


def test_events_between_russia_and_iran(ties: Graph) -> None:
    timeline = between(ties, "Russia", "IRN")
    assert (timeline.a, timeline.b) == ("Russia", "Iran")
    got = [(e.date, e.kind, e.key) for e in timeline.events]
    assert got == [
        (dt.date(2019, 6, 1), "call", "meeting:m2"),
        (dt.date(2022, 7, 19), "deal", "deal:d1"),
        (dt.date(2022, 7, 19), "meeting", "meeting:m1"),  # its MET edge is not a second event
        (dt.date(2022, 7, 19), "visit", timeline.events[3].key),
    ]
    meeting = timeline.events[2]
    assert meeting.participants == ["Ali Khamenei", "Vladimir Putin"]
    assert meeting.place == "Tehran"
    assert meeting.sourceTitle == "Putin in Tehran"
    assert timeline.events[1].valueText == "$ 40 billion"
    assert timeline.undated == []


def test_events_not_involving_both_are_left_out(ties: Graph) -> None:
    timeline = between(ties, "United States", "Russia")
    assert [e.title for e in timeline.events] == ["Joe Biden meets Vladimir Putin"]  # MET without a Meeting node
    assert between(ties, "United States", "Iran").events == []


def test_unknown_country(ties: Graph) -> None:
    with pytest.raises(SubgraphError, match="no Country named 'Vladimir Putin'"):
        between(ties, "Vladimir Putin", "Iran")


def test_same_timeline_from_every_store(store: GraphStore, ties: Graph) -> None:
    write_ties(store)
    assert between(load_graph(store), "Russia", "Iran") == between(ties, "Russia", "Iran")


@pytest.mark.parametrize("suffix", ["svg", "png", "html"])
def test_drawings(ties: Graph, tmp_path: Path, suffix: str) -> None:
    out = write(between(ties, "Russia", "Iran"), tmp_path / f"timeline.{suffix}")
    data = out.read_bytes()
    if suffix == "png":
        assert data.startswith(b"\x89PNG")
    elif suffix == "svg":
        text = data.decode()
        ET.fromstring(text)  # well-formed
        assert "Putin meets Khamenei in Tehran" in text and "2019-06" in text
    else:
        assert b"<svg" in data and b"gas field development" in data


def test_html_escapes_news_text(ties: Graph) -> None:
    page = to_html(between(ties, "United States", "Russia"))
    assert HOSTILE not in page and "&lt;/script&gt;" in page


def test_empty_timeline_still_draws(ties: Graph, tmp_path: Path) -> None:
    out = write(between(ties, "United States", "Iran"), tmp_path / "none.svg")
    assert "no dated events" in out.read_text()


def test_unknown_format(ties: Graph, tmp_path: Path) -> None:
    with pytest.raises(TimelineFormatError, match=r"\.svg, \.png or \.html"):
        write(between(ties, "Russia", "Iran"), tmp_path / "timeline.pdf")
