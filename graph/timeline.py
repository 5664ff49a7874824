"""The dated events between two countries, in order: meetings, calls, visits and deals.

An event is "between" A and B when each side takes part in it: a side is the country itself (as a
party to a deal, the place a meeting is held in, the country visited) or one of its people and
organisations, known through HOLDS_ROLE (person → country, or person → organisation of that country)
and BASED_IN (organisation → country). Like ``graph.subgraph`` it works on the graph read through
``iter_nodes`` / ``iter_relationships``, so both stores give the same timeline.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Literal

from pydantic import BaseModel

from graph.stores.base import StoredNode, StoredRelationship
from graph.subgraph import Graph, SubgraphError, find_nodes

EventKind = Literal["meeting", "call", "summit", "visit", "deal"]


class TimelineEvent(BaseModel):
    date: dt.date | None
    datePrecision: str | None = None
    kind: EventKind
    title: str
    place: str | None = None
    participants: list[str]
    key: str
    evidence: str | None = None
    source: str | None = None
    sourceTitle: str | None = None
    valueText: str | None = None

    @property
    def label(self) -> str:
        """The caption on the time axis: what happened, and who for a meeting."""
        who = " – ".join(self.participants[:3]) if self.kind in ("meeting", "call", "summit") else ""
        return f"{self.title}" + (f"\n{who}" if who and who not in self.title else "")


class Timeline(BaseModel):
    a: str
    b: str
    events: list[TimelineEvent]
    undated: list[TimelineEvent]


def find_country(graph: Graph, name: str) -> StoredNode:
    matches = find_nodes(graph, name, labels=("Country",))
    if not matches:
        raise SubgraphError(f"no Country named {name!r} in the graph (try its name, an alias or ISO3 code)")
    return matches[0]


def members(graph: Graph, country: str) -> set[str]:
    """The country's key, its organisations (BASED_IN), and people holding a role in either."""
    side = {country}
    side |= {r.start for r in graph.relationships if r.type == "BASED_IN" and r.end == country}
    side |= {r.start for r in graph.relationships if r.type == "HOLDS_ROLE" and r.end in side}
    return side


def _name(graph: Graph, key: str) -> str:
    node = graph.nodes.get(key)
    return str(node.properties.get("name") or key) if node else key


def _provenance(graph: Graph, rel: StoredRelationship | None) -> dict[str, str | None]:
    if rel is None:
        return {}
    source = rel.properties.get("source")
    article = graph.articles.get(source) if source else None
    title = article.properties.get("title") or article.properties.get("name") if article else None
    return {"evidence": rel.properties.get("evidence"), "source": source, "sourceTitle": title}


def _date_of(props: dict) -> tuple[dt.date | None, str | None]:
    when = props.get("date")
    return (when, props.get("datePrecision")) if isinstance(when, dt.date) else (None, None)


def between(graph: Graph, a: str, b: str) -> Timeline:
    """Every meeting, call, summit, visit and deal that involves both countries, dated ones sorted."""
    country_a, country_b = find_country(graph, a), find_country(graph, b)
    side_a, side_b = members(graph, country_a.key), members(graph, country_b.key)

    def both(keys: set[str]) -> bool:
        return bool(keys & side_a) and bool(keys & side_b)

    into: dict[str, list[StoredRelationship]] = defaultdict(list)
    for rel in graph.relationships:
        into[rel.end].append(rel)
    events: list[TimelineEvent] = []
    meetings_seen: set[str] = set()
    for key, node in graph.nodes.items():
        if node.label == "Meeting":
            attended = [r for r in into[key] if r.type == "ATTENDED"]
            held_in = [r.end for r in graph.relationships if r.type == "HELD_IN" and r.start == key]
            if both({r.start for r in attended} | set(held_in)):
                meetings_seen.add(key)
                events.append(_meeting(graph, node, attended, held_in))
        elif node.label == "Deal":
            parties = [r for r in into[key] if r.type == "PARTY_TO"]
            if both({r.start for r in parties}):
                events.append(_deal(graph, node, parties))
    for rel in graph.relationships:
        if rel.type == "VISITED" and both({rel.start, rel.end}):
            events.append(_visit(graph, rel))
        elif rel.type == "MET" and rel.properties.get("meeting") not in meetings_seen and both({rel.start, rel.end}):
            events.append(_met(graph, rel))
            if rel.properties.get("meeting"):  # one event per meeting, not one per pair of people in it
                meetings_seen.add(rel.properties["meeting"])
    dated = sorted((e for e in events if e.date), key=lambda e: (e.date, e.kind, e.title))
    undated = sorted((e for e in events if not e.date), key=lambda e: (e.kind, e.title))
    return Timeline(a=_name(graph, country_a.key), b=_name(graph, country_b.key), events=dated, undated=undated)


def _meeting(graph: Graph, node: StoredNode, attended: list[StoredRelationship], held_in: list[str]) -> TimelineEvent:
    props = node.properties
    when, precision = _date_of(props)
    place = props.get("place") or (", ".join(_name(graph, k) for k in held_in) or None)
    reports = next((r for r in attended if r.properties.get("evidence")), None)
    return TimelineEvent(
        date=when,
        datePrecision=precision,
        kind=props.get("kind") or "meeting",
        title=str(props.get("title") or props.get("name") or node.key),
        place=place,
        participants=sorted(_name(graph, r.start) for r in attended),
        key=node.key,
        **_provenance(graph, reports),
    )


def _deal(graph: Graph, node: StoredNode, parties: list[StoredRelationship]) -> TimelineEvent:
    props = node.properties
    when, precision = _date_of(props)
    value = props.get("valueText")
    title = str(props.get("title") or props.get("name") or node.key)
    return TimelineEvent(
        date=when,
        datePrecision=precision,
        kind="deal",
        title=f"{title} ({value})" if value else title,
        participants=sorted(_name(graph, r.start) for r in parties),
        key=node.key,
        valueText=value,
        **_provenance(graph, parties[0] if parties else None),
    )


def _visit(graph: Graph, rel: StoredRelationship) -> TimelineEvent:
    when, precision = _date_of(rel.properties)
    visitor, country = _name(graph, rel.start), _name(graph, rel.end)
    return TimelineEvent(
        date=when,
        datePrecision=precision,
        kind="visit",
        title=f"{visitor} visits {country}",
        place=country,
        participants=[visitor],
        key=str(rel.properties.get("key") or f"{rel.start}->{rel.end}"),
        **_provenance(graph, rel),
    )


def _met(graph: Graph, rel: StoredRelationship) -> TimelineEvent:
    """A MET tie whose Meeting node is missing or not between the two: still an event to show."""
    when, precision = _date_of(rel.properties)
    people = [_name(graph, rel.start), _name(graph, rel.end)]
    return TimelineEvent(
        date=when,
        datePrecision=precision,
        kind="meeting",
        title=f"{people[0]} meets {people[1]}",
        place=rel.properties.get("place"),
        participants=people,
        key=str(rel.properties.get("key") or f"{rel.start}->{rel.end}"),
        **_provenance(graph, rel),
    )
