"""Choosing what kg viz shows: focus and hops, date window, tie types; the same from every store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from ties_sample import write_ties

from graph.stores.base import GraphStore
from graph.stores.ladybug_store import LadybugStore
from graph.subgraph import DEFAULT_TYPES, Graph, Selection, SubgraphError, load_graph, parse_bound, select


@pytest.fixture(scope="module")
def ties(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    with LadybugStore(Path(tmp_path_factory.mktemp("ties")) / "kg.db") as store:
        store.ensure_schema()
        write_ties(store)
        return load_graph(store)


def test_every_store_gives_the_same_graph(store: GraphStore, ties: Graph) -> None:
    write_ties(store)
    graph = load_graph(store)
    assert graph.nodes == ties.nodes
    assert sorted(r.properties["key"] for r in graph.relationships) == sorted(
        r.properties["key"] for r in ties.relationships
    )


def test_default_leaves_article_links_out(ties: Graph) -> None:
    shown = select(ties, Selection())
    assert {r.type for r in shown.relationships} == set(DEFAULT_TYPES) & {r.type for r in ties.relationships}
    assert not any(n.label == "Article" for n in shown.nodes.values())
    assert len(shown.nodes) == 12
    assert set(shown.articles) == {"article:a1", "article:a2"}  # provenance is kept for the evidence panel


@pytest.mark.parametrize(
    ("hops", "expected"),
    [
        (0, {"country:RUS"}),
        (1, {"country:RUS", "person:vladimir-putin", "org:gazprom"}),
        (
            2,
            {"country:RUS", "person:vladimir-putin", "org:gazprom", "country:IRN", "meeting:m1", "meeting:m2",
             "person:ali-khamenei", "person:joe-biden", "deal:d1"},
        ),
    ],
)  # fmt: skip
def test_focus_keeps_what_is_within_hops(ties: Graph, hops: int, expected: set[str]) -> None:
    shown = select(ties, Selection(focus=("Russia",), hops=hops))
    assert set(shown.nodes) == expected
    assert shown.focus == ("country:RUS",)
    assert all(r.start in expected and r.end in expected for r in shown.relationships)


def test_focus_matches_aliases_iso3_and_accents(ties: Graph) -> None:
    for name in ("russian federation", "RUS", "country:RUS", "Rússia"):
        assert select(ties, Selection(focus=(name,), hops=0)).focus == ("country:RUS",)


def test_two_focus_entities(ties: Graph) -> None:
    shown = select(ties, Selection(focus=("Russia", "Iran"), hops=1))
    assert shown.focus == ("country:RUS", "country:IRN")
    assert {"person:ebrahim-raisi", "org:nioc", "meeting:m1", "person:vladimir-putin"} <= set(shown.nodes)


def test_unknown_focus_names_the_problem(ties: Graph) -> None:
    with pytest.raises(SubgraphError, match="no node named 'Atlantis'"):
        select(ties, Selection(focus=("Atlantis",)))


def test_types_filter(ties: Graph) -> None:
    shown = select(ties, Selection(types=("MET",)))
    assert {r.type for r in shown.relationships} == {"MET"}
    assert set(shown.nodes) == {"person:vladimir-putin", "person:ali-khamenei", "person:joe-biden"}
    with pytest.raises(SubgraphError, match="unknown relationship type 'Person'"):
        Selection(types=("Person",))


def test_date_window_drops_events_outside_and_keeps_standing_facts(ties: Graph) -> None:
    shown = select(ties, Selection(since=dt.date(2022, 1, 1)))
    assert "meeting:m2" not in shown.nodes  # a 2019 call
    assert not any(r.type == "MET" and r.start == "person:joe-biden" for r in shown.relationships)
    assert any(r.type == "HOLDS_ROLE" and r.start == "person:joe-biden" for r in shown.relationships)
    assert any(r.type == "ATTENDED" and r.end == "meeting:m1" for r in shown.relationships)  # dated by its meeting
    early = select(ties, Selection(until=dt.date(2019, 12, 31)))
    assert "meeting:m1" not in early.nodes and "meeting:m2" in early.nodes


def test_parse_bound() -> None:
    assert parse_bound("2022") == dt.date(2022, 1, 1)
    assert parse_bound("2022", end=True) == dt.date(2022, 12, 31)
    assert parse_bound("2022-02", end=True) == dt.date(2022, 2, 28)
    assert parse_bound("2022-12", end=True) == dt.date(2022, 12, 31)
    assert parse_bound("2022-07-19", end=True) == dt.date(2022, 7, 19)
    with pytest.raises(SubgraphError, match="not a date"):
        parse_bound("July")
    with pytest.raises(SubgraphError, match="after"):
        Selection(since=dt.date(2023, 1, 1), until=dt.date(2022, 1, 1))
