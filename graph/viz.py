"""One self-contained HTML page of a (sub)graph: the analyst's "see the ties" view, offline.

Why vis-network, loaded from the installed ``pyvis`` wheel: the page must work with no network, and
the repository holds only code we wrote, so the JavaScript has to come from an installed package at
run time. Three candidates were tried in headless Chromium:

- ``neo4j-viz`` (Neo4j's NVL renderer) bundles its JS and renders a polished standalone page with a
  property panel, but the page is a closed React build with no API for our own controls (the year
  range must filter edges in the page), and it drags in IPython, anywidget and ipywidgets;
- Cytoscape.js is only on npm (PyPI packages wrap it inside Dash or Jupyter bundles), so ``kg viz``
  would need node at install time;
- vis-network ships as a plain UMD file inside ``pyvis`` (also what pyvis' ``cdn_resources="in_line"``
  inlines). It gives colours, degree sizing, captions, edge labels, hover tooltips, click events and
  ``DataView`` filters out of the box, so our own JS is only the detail panel and the year range.

We use none of pyvis' Python API: its template cannot host the panel and controls, and building the
vis data ourselves keeps the payload (evidence, sources) in our hands.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

from graph.stores.base import StoredRelationship
from graph.subgraph import Graph, Selection, effective_date

#: One colour per label (Neo4j Browser's default palette); ``browser/style.grass`` uses the same.
LABEL_COLORS: dict[str, str] = {
    "Person": "#4C8EDA",
    "Country": "#F79767",
    "Organization": "#57C7E3",
    "Meeting": "#F16667",
    "Deal": "#8DCC93",
    "Article": "#C990C0",
}
#: A second cue besides colour, for colour-blind readers and greyscale prints.
LABEL_SHAPES: dict[str, str] = {"Meeting": "diamond", "Deal": "square", "Article": "triangle"}
#: Ties that are events stand out; standing facts (roles, seats) stay grey.
TYPE_COLORS: dict[str, str] = {
    "MET": "#D9534F",
    "VISITED": "#E58E26",
    "PARTY_TO": "#3C9D4E",
    "SIGNED_AT": "#3C9D4E",
    "ATTENDED": "#C77C7B",
    "HELD_IN": "#C77C7B",
}
CAPTION_LENGTH = 32
_TEMPLATE = "ties.html"


class VizError(RuntimeError):
    """The page cannot be built (the JS library is missing); the message names the install that fixes it."""


def vis_network_js() -> str:
    """vis-network's standalone build as shipped inside the installed pyvis wheel (newest version)."""
    try:
        lib = resources.files("pyvis") / "lib"
    except ModuleNotFoundError as e:
        raise VizError("kg viz needs pyvis for its vis-network build: pip install 'pyvis>=0.3.2,<0.4'") from e
    builds = sorted(
        (p for p in lib.iterdir() if p.name.startswith("vis-") and (p / "vis-network.min.js").is_file()),
        key=lambda p: tuple(int(x) for x in p.name.removeprefix("vis-").split(".") if x.isdigit()),
    )
    if not builds:
        raise VizError(f"no vis-network.min.js under {lib}: reinstall pyvis (pip install --force-reinstall pyvis)")
    return (builds[-1] / "vis-network.min.js").read_text(encoding="utf-8")


def _plain(value: Any) -> Any:
    """JSON-friendly property values: dates as ISO strings, the rest as they are."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _caption(text: str) -> str:
    return text if len(text) <= CAPTION_LENGTH else text[: CAPTION_LENGTH - 1].rstrip() + "…"


def _source(graph: Graph, key: str) -> dict[str, Any]:
    """An article as the detail panel shows it: title, where it is (path or URL), when it was published."""
    article = graph.articles.get(key)
    props = article.properties if article else {}
    return {
        "key": key,
        "title": props.get("title") or props.get("name") or key,
        "location": props.get("path") or props.get("url"),
        "published": _plain(props.get("published")),
        "outlet": props.get("source"),
    }


def _sources(graph: Graph, rel: StoredRelationship) -> list[dict[str, Any]]:
    keys = list(dict.fromkeys([*(rel.properties.get("sources") or []), rel.properties.get("source")]))
    return [_source(graph, k) for k in keys if k]


def _node_name(props: dict[str, Any], key: str) -> str:
    return str(props.get("name") or props.get("title") or key)


def payload(graph: Graph, selection: Selection | None = None, title: str = "newsgraph ties") -> dict[str, Any]:
    """Everything the page shows, as JSON-ready data: the tested contract between Python and the page."""
    degree: Counter[str] = Counter()
    for rel in graph.relationships:
        degree[rel.start] += 1
        degree[rel.end] += 1
    nodes = []
    for key, node in graph.nodes.items():
        props = {k: _plain(v) for k, v in node.properties.items()}
        name = _node_name(props, key)
        when = props.get("date")
        nodes.append(
            {
                "id": key,
                "label": node.label,
                "name": name,
                "caption": _caption(name),
                "degree": degree[key],
                "date": when,
                "year": int(when[:4]) if isinstance(when, str) else None,
                "focus": key in graph.focus,
                "props": props,
            }
        )
    edges = []
    parallel: Counter[frozenset[str]] = Counter()
    for index, rel in enumerate(graph.relationships):
        when = effective_date(rel, graph.nodes)
        own_date = rel.properties.get("date")
        pair = frozenset((rel.start, rel.end))
        parallel[pair] += 1
        edges.append(
            {
                "id": f"e{index}",
                "from": rel.start,
                "to": rel.end,
                "type": rel.type,
                "date": _plain(when),
                "precision": rel.properties.get("datePrecision"),
                "dateFromEvent": when is not None and own_date is None,
                "year": when.year if when else None,
                "caption": f"{rel.type} {when.isoformat()}" if when else rel.type,
                "evidence": rel.properties.get("evidence"),
                "sources": _sources(graph, rel),
                "bend": parallel[pair] - 1,
                "props": {k: _plain(v) for k, v in rel.properties.items()},
            }
        )
    years = sorted({e["year"] for e in edges if e["year"]} | {n["year"] for n in nodes if n["year"]})
    chosen = selection or Selection()
    return {
        "title": title,
        "selection": {
            "focus": list(chosen.focus),
            "hops": chosen.hops,
            "since": _plain(chosen.since),
            "until": _plain(chosen.until),
            "types": list(chosen.types),
        },
        "colors": LABEL_COLORS,
        "shapes": LABEL_SHAPES,
        "typeColors": TYPE_COLORS,
        "years": [years[0], years[-1]] if years else None,
        "nodes": nodes,
        "edges": edges,
    }


def _script_safe(text: str) -> str:
    """Inline text cannot close its <script> element early: news text is data, never markup."""
    return text.replace("</", "<\\/")


def render_html(graph: Graph, selection: Selection | None = None, title: str = "newsgraph ties") -> str:
    """The whole page as one string: template, vis-network and the data, nothing fetched at view time."""
    template = (resources.files("graph") / "templates" / _TEMPLATE).read_text(encoding="utf-8")
    data = _script_safe(json.dumps(payload(graph, selection, title), ensure_ascii=False))
    page = template.replace("__TITLE__", _html_escape(title))
    library = re.sub(r"</(script)", r"<\\/\1", vis_network_js(), flags=re.IGNORECASE)
    page = page.replace("/*__VIS_NETWORK_JS__*/", library, 1)
    return page.replace('"__GRAPH_DATA__"', data, 1)  # last, so no replacement ever looks inside the data


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write_html(graph: Graph, output: Path, selection: Selection | None = None, title: str = "newsgraph ties") -> Path:
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render_html(graph, selection, title), encoding="utf-8")
    return output
