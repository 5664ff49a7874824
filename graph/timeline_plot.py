"""Drawing a ``Timeline``: SVG or PNG with matplotlib, or an HTML page with that SVG and a table of sources.

matplotlib's object API (``Figure``, no pyplot) is used so that no GUI backend or global state is
involved: the command runs the same on a headless CI machine as on a laptop.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import textwrap
from pathlib import Path

from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure

from graph.timeline import Timeline

FORMATS = ("svg", "png", "html")
KIND_COLORS = {"meeting": "#F16667", "call": "#4C8EDA", "summit": "#C990C0", "visit": "#F79767", "deal": "#3C9D4E"}
_LEVELS = (3.0, -3.0, 2.0, -2.0, 1.0, -1.0)


class TimelineFormatError(ValueError):
    """The output's suffix is not one we can draw."""


def figure(timeline: Timeline) -> Figure:
    """Events on a date axis, each on a stem with its date and title; colour says the kind of event."""
    events = timeline.events
    width = min(max(9.0, 1.6 * len(events)), 30.0)
    fig = Figure(figsize=(width, 6.0), layout="constrained")
    ax = fig.add_subplot()
    ax.set_title(f"{timeline.a} – {timeline.b}: {len(events)} dated events", loc="left", fontsize=13)
    if not events:
        ax.text(0.5, 0.5, "no dated events between them", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    dates = [e.date for e in events]
    levels = [_LEVELS[i % len(_LEVELS)] for i in range(len(events))]
    colors = [KIND_COLORS.get(e.kind, "#A5ABB6") for e in events]
    ax.vlines(dates, 0, levels, color=colors, linewidth=1.2)
    ax.axhline(0, color="#52606d", linewidth=1)
    ax.scatter(dates, [0] * len(dates), c=colors, s=50, zorder=3, edgecolors="white")
    for event, level, color in zip(events, levels, colors, strict=True):
        text = "\n".join(textwrap.wrap(event.title, 30)[:3])
        when = event.date.isoformat() if event.datePrecision in (None, "day") else event.date.strftime("%Y-%m")
        ax.annotate(
            f"{when}\n{text}",
            xy=(event.date, level),
            xytext=(0, 4 if level > 0 else -4),
            textcoords="offset points",
            ha="center",
            va="bottom" if level > 0 else "top",
            fontsize=8,
            bbox={"boxstyle": "round,pad=0.25", "fc": "white", "ec": color, "lw": 0.8},
        )
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    ax.set_ylim(-4.6, 4.6)
    ax.yaxis.set_visible(False)
    ax.spines[["left", "top", "right"]].set_visible(False)
    pad = max((max(dates) - min(dates)) * 0.08, dt.timedelta(days=20))  # room for labels, even for one date
    ax.set_xlim(min(dates) - pad, max(dates) + pad)
    handles = [
        ax.scatter([], [], c=KIND_COLORS[kind], s=40, label=kind)
        for kind in KIND_COLORS
        if kind in {e.kind for e in events}
    ]
    ax.legend(handles=handles, loc="upper right", frameon=False, fontsize=9)
    return fig


def to_svg(timeline: Timeline) -> str:
    buffer = io.StringIO()
    figure(timeline).savefig(buffer, format="svg")
    return buffer.getvalue()


def to_html(timeline: Timeline) -> str:
    """The SVG inline, then a table of every event with its evidence and source: one offline file."""
    svg = to_svg(timeline)
    svg = svg[svg.index("<svg") :]  # drop the XML prolog and doctype, invalid inside HTML
    rows = []
    for event in [*timeline.events, *timeline.undated]:
        cells = [
            event.date.isoformat() if event.date else "undated",
            event.kind,
            event.title,
            ", ".join(event.participants),
            event.place or "",
            event.evidence or "",
            event.sourceTitle or event.source or "",
        ]
        rows.append("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in cells) + "</tr>")
    title = html.escape(f"{timeline.a} – {timeline.b}")
    head = "".join(f"<th>{h}</th>" for h in ("date", "kind", "event", "who", "where", "evidence", "source"))
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        "<style>body{font:14px system-ui,sans-serif;margin:16px}svg{max-width:100%;height:auto}"
        "table{border-collapse:collapse}td,th{border-top:1px solid #ddd;padding:4px 6px;text-align:left;"
        "vertical-align:top}</style></head>"
        f"<body><h1>{title}</h1>{svg}<table><tr>{head}</tr>{''.join(rows)}</table></body></html>\n"
    )


def write(timeline: Timeline, output: Path) -> Path:
    """The format comes from the suffix: .svg, .png or .html."""
    fmt = output.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise TimelineFormatError(f"cannot write {output.name}: use a .svg, .png or .html file")
    output.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "html":
        output.write_text(to_html(timeline), encoding="utf-8")
    elif fmt == "svg":
        output.write_text(to_svg(timeline), encoding="utf-8")
    else:
        figure(timeline).savefig(output, format="png", dpi=150)
    return output
