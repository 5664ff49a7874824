"""Counts per label and relationship type and the span of event dates: the shape of a graph at a glance."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel

from graph.model import NODE_LABELS, REL_TYPES
from graph.stores.base import GraphStore, check_label


class GraphStats(BaseModel):
    nodes: dict[str, int]
    relationships: dict[str, int]
    articles: int
    firstEvent: dt.date | None = None
    lastEvent: dt.date | None = None


def graph_stats(store: GraphStore) -> GraphStats:
    nodes = {label: _count(store, f"MATCH (n:{check_label(label)}) RETURN count(n)") for label in NODE_LABELS}
    rels = {t: _count(store, f"MATCH ()-[r:{check_label(t)}]->() RETURN count(r)") for t in REL_TYPES}
    dates: list[dt.date] = []
    for cypher in (
        "MATCH (n:Meeting) WHERE n.date IS NOT NULL RETURN min(n.date), max(n.date)",
        "MATCH (n:Deal) WHERE n.date IS NOT NULL RETURN min(n.date), max(n.date)",
        "MATCH (:Person)-[r:VISITED]->(:Country) WHERE r.date IS NOT NULL RETURN min(r.date), max(r.date)",
    ):
        for row in store.query(cypher).rows:
            dates.extend(d for d in row if d is not None)
    first, last = (min(dates), max(dates)) if dates else (None, None)
    return GraphStats(nodes=nodes, relationships=rels, articles=nodes["Article"], firstEvent=first, lastEvent=last)


def _count(store: GraphStore, cypher: str) -> int:
    rows = store.query(cypher).rows
    return int(rows[0][0]) if rows else 0
