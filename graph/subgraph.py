"""Choosing the part of the graph to look at: focus entities, hops around them, a date window, tie types.

The selection is pure python over ``GraphStore.iter_nodes()`` / ``iter_relationships()``, not Cypher,
because the two stores disagree on exactly what a neighbourhood query needs (variable-length paths,
``type(r)`` versus ``label(r)``, no ``shortestPath`` in LadybugDB); reading the graph once and
selecting in memory gives the same answer from both, and is testable without a store. The graphs
this project builds from news are thousands of nodes, not millions, so reading them whole is cheap.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from graph.model import EVENT_LABELS, REL_TYPES
from graph.stores.base import GraphStore, StoredNode, StoredRelationship, StoreError

#: Ties shown when no --types are given: article links (MENTIONS, REPORTS) are provenance, not ties;
#: they stay reachable through each tie's ``source`` / ``sources`` and the evidence panel.
DEFAULT_TYPES: tuple[str, ...] = tuple(t for t in REL_TYPES if t not in ("MENTIONS", "REPORTS"))
DEFAULT_HOPS = 2


class SubgraphError(StoreError):
    """A selection that cannot be made (an unknown name or type); the message says what to try."""


@dataclass(frozen=True)
class Selection:
    """What to show. ``focus`` names are matched to ``name``, ``aliases``, ``key`` or ``iso3``."""

    focus: tuple[str, ...] = ()
    hops: int = DEFAULT_HOPS
    since: dt.date | None = None
    until: dt.date | None = None
    types: tuple[str, ...] = DEFAULT_TYPES

    def __post_init__(self) -> None:
        unknown = [t for t in self.types if t not in REL_TYPES]
        if unknown:
            raise SubgraphError(f"unknown relationship type {unknown[0]!r}; choose from {', '.join(REL_TYPES)}")
        if self.hops < 0:
            raise SubgraphError("hops must be 0 or more")
        if self.since and self.until and self.since > self.until:
            raise SubgraphError(f"--since {self.since} is after --until {self.until}")


@dataclass
class Graph:
    """Nodes by key (the export's node id) and relationships, plus every Article for provenance."""

    nodes: dict[str, StoredNode]
    relationships: list[StoredRelationship]
    articles: dict[str, StoredNode] = field(default_factory=dict)
    focus: tuple[str, ...] = ()

    @classmethod
    def of(cls, nodes: Iterable[StoredNode], relationships: Iterable[StoredRelationship]) -> Graph:
        by_key = {n.key: n for n in nodes}
        articles = {k: n for k, n in by_key.items() if n.label == "Article"}
        return cls(nodes=by_key, relationships=list(relationships), articles=articles)


def load_graph(store: GraphStore) -> Graph:
    """The whole graph, read through the store interface (the same from Neo4j and LadybugDB)."""
    return Graph.of(store.iter_nodes(), store.iter_relationships())


def parse_bound(text: str, *, end: bool = False) -> dt.date:
    """``2022``, ``2022-07`` or ``2022-07-19`` as a date; an end bound is the last day of that period."""
    parts = text.strip().split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 3:
            return dt.date(*numbers)
        if len(numbers) == 2:
            year, month = numbers
            first = dt.date(year, month, 1)
            next_month = dt.date(year + month // 12, month % 12 + 1, 1)
            return next_month - dt.timedelta(days=1) if end else first
        if len(numbers) == 1:
            return dt.date(numbers[0], 12, 31) if end else dt.date(numbers[0], 1, 1)
    except ValueError:
        pass
    raise SubgraphError(f"{text!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold().strip()


def find_nodes(graph: Graph, name: str, labels: Sequence[str] | None = None) -> list[StoredNode]:
    """Nodes whose key, name, iso3 or an alias is ``name`` (case and accents ignored)."""
    wanted = _fold(name)
    found = []
    for node in graph.nodes.values():
        if labels and node.label not in labels:
            continue
        props = node.properties
        forms = [node.key, props.get("name"), props.get("iso3"), *(props.get("aliases") or [])]
        if any(isinstance(f, str) and _fold(f) == wanted for f in forms):
            found.append(node)
    return found


def _suggest(graph: Graph, name: str) -> str:
    """A few names containing the text, so a typo in --focus ends in a useful message."""
    wanted = _fold(name)
    close = sorted({n.properties.get("name", n.key) for n in graph.nodes.values() if wanted in _fold(n.key)})
    close = close or sorted(
        {str(n.properties.get("name")) for n in graph.nodes.values() if wanted[:4] in _fold(str(n.properties))}
    )
    return f"; did you mean {', '.join(close[:5])}?" if close else ""


def resolve_focus(graph: Graph, names: Sequence[str]) -> list[str]:
    """The keys of the focus entities; every name must match at least one node."""
    keys: list[str] = []
    for name in names:
        matches = find_nodes(graph, name)
        if not matches:
            raise SubgraphError(f"no node named {name!r} in the graph{_suggest(graph, name)}")
        keys.extend(n.key for n in matches if n.key not in keys)
    return keys


def effective_date(rel: StoredRelationship, nodes: dict[str, StoredNode]) -> dt.date | None:
    """The tie's own date, else the date of the Meeting or Deal it joins (ATTENDED, PARTY_TO, ...)."""
    when = rel.properties.get("date")
    if isinstance(when, dt.date):
        return when
    for key, label in ((rel.end, rel.endLabel), (rel.start, rel.startLabel)):
        node = nodes.get(key)
        if label in EVENT_LABELS and node is not None and isinstance(node.properties.get("date"), dt.date):
            return node.properties["date"]
    return None


def _in_window(when: dt.date | None, since: dt.date | None, until: dt.date | None) -> bool:
    """Undated ties (roles, BASED_IN) describe standing facts, so a date window keeps them."""
    if when is None:
        return True
    return (since is None or when >= since) and (until is None or when <= until)


def _event_in_window(node: StoredNode, since: dt.date | None, until: dt.date | None) -> bool:
    when = node.properties.get("date") if node.label in EVENT_LABELS else None
    return _in_window(when if isinstance(when, dt.date) else None, since, until)


def select(graph: Graph, selection: Selection) -> Graph:
    """The subgraph to show: ties of the chosen types in the window, around the focus if one is given.

    With focus, nodes are those within ``hops`` ties of a focus entity (ties in either direction),
    and the ties shown are all the kept ties among them. Article nodes are never walked through,
    since two entities mentioned in one article are not thereby tied.
    """
    types = set(selection.types)
    nodes = {k: n for k, n in graph.nodes.items() if _event_in_window(n, selection.since, selection.until)}
    ties = [
        r
        for r in graph.relationships
        if r.type in types
        and r.start in nodes
        and r.end in nodes
        and _in_window(effective_date(r, graph.nodes), selection.since, selection.until)
    ]
    focus = resolve_focus(graph, selection.focus) if selection.focus else []
    everything_tied = {k for r in ties for k in (r.start, r.end)}
    keep = _within_hops(focus, ties, nodes, selection.hops) if focus else everything_tied
    kept_nodes = {k: n for k, n in nodes.items() if k in keep}
    kept_ties = [r for r in ties if r.start in keep and r.end in keep]
    return Graph(nodes=kept_nodes, relationships=kept_ties, articles=graph.articles, focus=tuple(focus))


def _within_hops(
    start: Sequence[str], ties: Sequence[StoredRelationship], nodes: dict[str, StoredNode], hops: int
) -> set[str]:
    neighbours: dict[str, set[str]] = {}
    for r in ties:
        neighbours.setdefault(r.start, set()).add(r.end)
        neighbours.setdefault(r.end, set()).add(r.start)
    seen = {k: 0 for k in start}
    queue = deque(start)
    while queue:
        key = queue.popleft()
        if seen[key] >= hops or (nodes.get(key) and nodes[key].label == "Article" and seen[key] > 0):
            continue
        for other in sorted(neighbours.get(key, ())):
            if other not in seen:
                seen[other] = seen[key] + 1
                queue.append(other)
    return set(seen)
