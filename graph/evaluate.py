"""Score a graph against hand-checked gold facts: how well does extraction do on articles we know?

Gold format
===========

A gold file is JSON (``tests/gold/examples.json`` is the reference). It lists articles by file and,
for each, only what the text itself states, checked by a person::

    {"articles": [{
      "file": "examples/putin-tehran-2022.txt",       # an Article whose ``path`` ends with this
      "notes": "why a judgement call went the way it did (optional)",
      "persons": [{"name": "Vladimir Putin", "aliases": ["Putin"],
                   "titles": [{"title": "President", "of": "Russia", "current": true, "implied": false}]}],
      "countries": ["Russia", "Iran"],
      "organizations": [{"name": "National Iranian Oil Company", "aliases": ["NIOC"]}],
      "meetings": [{"participants": ["Vladimir Putin", "Ali Khamenei"], "kind": "meeting",
                    "status": "held", "place": "Tehran", "country": "Iran",
                    "date": "2022-07-19", "datePrecision": "day"}],
      "visits": [{"person": "Vladimir Putin", "country": "Iran", "date": "2022-07-19", "datePrecision": "day"}],
      "deals": [{"parties": ["National Iranian Oil Company", "Gazprom"], "signatories": [],
                 "kind": "memorandum", "valueUsd": 40000000000, "date": "2022-07-19", "datePrecision": "day",
                 "value": {"amount": 1.3e9, "currency": "EUR"}}]   # value: optional, for non-USD sums
    }]}

Rules the gold follows, so that a score means the same thing on every file:

- ``file`` may name one record of a JSON Lines file the way the readers do (``briefs.jsonl#2``).
- A null ``date`` means the text does not let the date be known: an extracted date there is wrong.
  A month or year is written as its first day with ``datePrecision`` ``month``/``year``, as in the
  graph. ``kind``/``status``/``place`` follow GRAPH_MODEL.md (``call`` covers telephone and video).
- A meeting needs two named participants; a gathering the text names one person at is not one.
- Names inside an article (participants, visitors, parties, signatories, a title's ``of``) refer to
  a person, country or organisation declared in that same article; the loader checks this.
- ``valueUsd`` is only a sum the text states in dollars; "€1.3 billion" goes in ``value`` and
  leaves ``valueUsd`` null, so a euro amount read as dollars shows up as a wrong value.

Scoring
=======

Only the named articles and what is attached to them count: entities they ``MENTIONS``, events they
``REPORTS``, and ``VISITED``/``HOLDS_ROLE`` edges whose ``sources`` include them; so one gold file
can score a store that holds a whole corpus. Per type, gold and extracted items are matched one to
one, and precision = matched / extracted, recall = matched / gold (1.0 when there is nothing to
divide by: nothing extracted is nothing wrong), summed over articles (micro-averaged).

- Entities match on names: a node matches a gold entity when its name or aliases share a form with
  the gold name or aliases, compared without case, diacritics or punctuation. An extra node that
  matches an already matched gold entity is a ``duplicate``; one that matches two gold entities is
  ``merged``. Both are also checked across articles, since resolution works across articles too.
- Events compare entities through that matching (a meeting attended by a duplicate Putin node still
  has Putin in it). A meeting matches on its exact participant set, a visit on person and country,
  a deal on one shared party (signatories count) with the same kind and no conflicting value, a role
  on person, holder (country or organisation) and a title whose words contain the other's
  ("Minister" ~ "Transport Minister"); a title marked ``"implied": true`` (the text gives it only
  through context or coreference: "the Russian president" a sentence after "Putin") counts when
  found and is not a miss when not. Among candidates, the one agreeing on date, kind, status
  and place wins. A matched event is then checked for wrong/missing date, place, kind, status,
  value and parties, reported as issues: they do not change precision and recall, they explain them.

Everything here is pure: a ``GraphView`` is read once from a store or an APOC jsonl export, and the
scoring is a function of it and the gold, so tests build tiny graphs and assert exact numbers.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from graph.model import DatePrecision, MeetingKind, MeetingStatus
from graph.stores.base import GraphStore, StoredNode, StoredRelationship

TYPES = ("persons", "countries", "organizations", "meetings", "visits", "deals", "roles")
ScoreType = Literal["persons", "countries", "organizations", "meetings", "visits", "deals", "roles"]
IssueKind = Literal[
    "missingArticle",
    "missed",
    "spurious",
    "duplicate",
    "merged",
    "wrongDate",
    "missingDate",
    "wrongPlace",
    "missingPlace",
    "missingParticipants",
    "wrongKind",
    "wrongStatus",
    "wrongValue",
    "missingValue",
]
VALUE_TOLERANCE = 0.01  # "about $40 billion" read as 40e9 or 39.9e9 is the same value


class GoldError(ValueError):
    """The gold file cannot be used; the message names the file and what is wrong with it."""


class EvaluationError(ValueError):
    """The graph to score cannot be read (a malformed export line, say)."""


# ---------------------------------------------------------------------------------------------
# Gold format
# ---------------------------------------------------------------------------------------------


class GoldModel(BaseModel):
    # extra="forbid": a misspelt key ("datePrecison") in a hand-written file must fail, not be ignored.
    model_config = ConfigDict(extra="forbid")


class GoldDated(GoldModel):
    date: dt.date | None = None
    datePrecision: DatePrecision | None = None

    @model_validator(mode="after")
    def _together(self) -> GoldDated:
        if (self.date is None) != (self.datePrecision is None):
            raise ValueError("date and datePrecision are given together or both null")
        if self.date is not None and self.datePrecision in ("month", "year") and self.date.day != 1:
            raise ValueError(f"a {self.datePrecision} date is written as its first day, e.g. 2022-07-01")
        if self.date is not None and self.datePrecision == "year" and self.date.month != 1:
            raise ValueError("a year date is written as its first day, e.g. 2024-01-01")
        return self


class GoldTitle(GoldModel):
    title: str = Field(min_length=1)
    of: str = Field(min_length=1)
    current: bool = True
    # True when the text gives the role only through context or coreference ("the Russian president"
    # a sentence after "Putin", "President Hassan Rouhani" in a story about Iran): finding it counts,
    # missing it does not, so the gold neither demands coreference nor punishes getting it right.
    implied: bool = False


class GoldPerson(GoldModel):
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    titles: list[GoldTitle] = Field(default_factory=list)


class GoldOrganization(GoldModel):
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)


class GoldMeeting(GoldDated):
    participants: list[str] = Field(min_length=2)
    kind: MeetingKind = "meeting"
    status: MeetingStatus = "held"
    place: str | None = None
    country: str | None = None


class GoldVisit(GoldDated):
    person: str
    country: str


class GoldMoney(GoldModel):
    amount: float = Field(gt=0)
    currency: str = Field(min_length=3, max_length=3)


class GoldDeal(GoldDated):
    parties: list[str] = Field(min_length=1)
    signatories: list[str] = Field(default_factory=list)
    kind: str = "agreement"
    valueUsd: float | None = Field(default=None, gt=0)
    value: GoldMoney | None = None


class GoldArticle(GoldModel):
    file: str = Field(min_length=1)
    notes: str | None = None
    persons: list[GoldPerson] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    organizations: list[GoldOrganization] = Field(default_factory=list)
    meetings: list[GoldMeeting] = Field(default_factory=list)
    visits: list[GoldVisit] = Field(default_factory=list)
    deals: list[GoldDeal] = Field(default_factory=list)

    @model_validator(mode="after")
    def _names_declared(self) -> GoldArticle:
        """Every name an event uses is declared above: a typo would otherwise silently never match."""
        persons = {p.name for p in self.persons}
        holders = {*self.countries, *(o.name for o in self.organizations)}
        for label, names in (("person", [p.name for p in self.persons]), ("country", self.countries)):
            if len(set(names)) != len(names):
                raise ValueError(f"a {label} is listed twice")
        problems: list[str] = []

        def need(name: str, allowed: set[str], what: str) -> None:
            if name not in allowed:
                problems.append(f"{what} {name!r} is not declared in this article")

        for person in self.persons:
            for title in person.titles:
                need(title.of, holders, f"title of {person.name}:")
        for meeting in self.meetings:
            for name in meeting.participants:
                need(name, persons, "meeting participant")
            if meeting.country:
                need(meeting.country, set(self.countries), "meeting country")
        for visit in self.visits:
            need(visit.person, persons, "visitor")
            need(visit.country, set(self.countries), "visited country")
        for deal in self.deals:
            for name in deal.parties:
                need(name, persons | holders, "deal party")
            for name in deal.signatories:
                need(name, persons, "deal signatory")
        if problems:
            raise ValueError("; ".join(problems))
        return self


class GoldSet(GoldModel):
    articles: list[GoldArticle]

    @field_validator("articles")
    @classmethod
    def _unique_files(cls, articles: list[GoldArticle]) -> list[GoldArticle]:
        files = [a.file for a in articles]
        repeated = sorted({f for f in files if files.count(f) > 1})
        if repeated:
            raise ValueError(f"file listed more than once: {', '.join(repeated)}")
        return articles


def load_gold(path: Path) -> GoldSet:
    """The gold file, validated; any problem is a GoldError naming the file and the place in it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise GoldError(f"{path}: cannot read: {e.strerror or e}") from e
    except UnicodeDecodeError as e:
        raise GoldError(f"{path}: not UTF-8 text") from e
    except json.JSONDecodeError as e:
        raise GoldError(f"{path}: not valid JSON: {e.msg} (line {e.lineno}, column {e.colno})") from e
    try:
        return GoldSet.model_validate(data)
    except ValidationError as e:
        raise GoldError(f"{path}: {_describe(e, data)}") from e


def _describe(error: ValidationError, data: Any) -> str:
    """Pydantic's errors as "articles[2] (examples/x.txt).meetings[0].date: ..." lines."""
    lines = []
    for item in error.errors():
        loc = item["loc"]
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")
        if len(loc) >= 2 and loc[0] == "articles" and isinstance(loc[1], int):
            with contextlib.suppress(KeyError, IndexError, TypeError):  # the file name is a courtesy
                file = data["articles"][loc[1]]["file"]
                where = where.replace(f"articles[{loc[1]}]", f"articles[{loc[1]}] ({file})")
        message = str(item["msg"]).removeprefix("Value error, ")
        lines.append(f"{where or 'top level'}: {message}")
    return "; ".join(lines)


# ---------------------------------------------------------------------------------------------
# The graph, read once
# ---------------------------------------------------------------------------------------------

NodeRef = tuple[str, str]  # (label, key): keys are unique per label only


@dataclass
class GraphView:
    """Every node and relationship of a graph as plain data, from a store or from an export."""

    nodes: dict[NodeRef, dict[str, Any]] = field(default_factory=dict)
    relationships: list[StoredRelationship] = field(default_factory=list)

    @classmethod
    def from_parts(cls, nodes: Iterable[StoredNode], relationships: Iterable[StoredRelationship]) -> GraphView:
        view = cls()
        for node in nodes:
            view.nodes[(node.label, node.key)] = node.properties
        view.relationships = list(relationships)
        return view

    @classmethod
    def from_store(cls, store: GraphStore) -> GraphView:
        return cls.from_parts(store.iter_nodes(), store.iter_relationships())

    @classmethod
    def from_jsonl(cls, lines: Iterable[str]) -> GraphView:
        """An APOC jsonl export (``kg export``), read without a store: scoring needs no database."""
        from graph.export import iter_records

        nodes: list[StoredNode] = []
        rels: list[StoredRelationship] = []
        try:
            for _, record in iter_records(lines):
                (nodes if isinstance(record, StoredNode) else rels).append(record)  # type: ignore[arg-type]
        except ValueError as e:
            raise EvaluationError(str(e)) from e
        return cls.from_parts(nodes, rels)


# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------


class TypeScore(BaseModel):
    gold: int = 0
    extracted: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: TypeScore) -> TypeScore:
        totals = {name: getattr(self, name) + getattr(other, name) for name in ("gold", "extracted", "matched")}
        return TypeScore(**totals)

    def summary(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "extracted": self.extracted,
            "matched": self.matched,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


class Issue(BaseModel):
    """One concrete thing extraction got wrong, to read next to the numbers."""

    kind: IssueKind
    type: ScoreType | None = None
    file: str | None = None  # None: across articles (a duplicate node made from two articles)
    detail: str


class ArticleReport(BaseModel):
    file: str
    found: bool
    scores: dict[str, TypeScore]


class ScoreReport(BaseModel):
    scores: dict[str, TypeScore]
    overall: TypeScore
    articles: list[ArticleReport]
    issues: list[Issue]

    def issue_counts(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for issue in self.issues:
            counts[issue.kind] += 1
        return dict(sorted(counts.items()))

    def to_json(self) -> dict[str, Any]:
        """Plain JSON with the derived precision/recall/F1, which the models compute rather than store."""
        return {
            "scores": {name: score.summary() for name, score in self.scores.items()},
            "overall": self.overall.summary(),
            "issueCounts": self.issue_counts(),
            "articles": [
                {"file": a.file, "found": a.found, "scores": {n: s.summary() for n, s in a.scores.items()}}
                for a in self.articles
            ],
            "issues": [issue.model_dump() for issue in self.issues],
        }


# ---------------------------------------------------------------------------------------------
# Matching helpers
# ---------------------------------------------------------------------------------------------


def norm(text: str) -> str:
    """Case-, diacritics- and punctuation-blind form: "Erdoğan", "ERDOGAN" and "Erdogan." agree."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", ascii_text.lower()).split())


def _forms(names: Iterable[str | None]) -> set[str]:
    return {n for n in (norm(x) for x in names if x) if n}


def _titles_agree(a: str, b: str) -> bool:
    """ "Minister" and "Transport Minister" agree; "President" and "Prime Minister" do not."""
    ta, tb = set(norm(a).split()), set(norm(b).split())
    return bool(ta) and bool(tb) and (ta <= tb or tb <= ta)


def _as_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _fmt_date(date: dt.date | None, precision: str | None) -> str:
    if date is None:
        return "no date"
    return {"year": date.strftime("%Y"), "month": date.strftime("%Y-%m")}.get(precision or "day", date.isoformat())


G = TypeVar("G", bound=Hashable)
E = TypeVar("E", bound=Hashable)


def max_matching(edges: dict[E, list[G]]) -> dict[E, G]:
    """Maximum bipartite matching (augmenting paths): the most one-to-one pairs the candidates allow.

    Greedy assignment can pair a node with the one gold entity another node needed; on small
    article-sized sets the exact answer is cheap, and scores do not depend on iteration order.
    """
    owner: dict[G, E] = {}

    def augment(left: E, seen: set[G]) -> bool:
        for right in edges[left]:
            if right in seen:
                continue
            seen.add(right)
            if right not in owner or augment(owner[right], seen):
                owner[right] = left
                return True
        return False

    for left in edges:
        augment(left, set())
    return {left: right for right, left in owner.items()}


T = TypeVar("T")
U = TypeVar("U")


def pair_events(
    extracted: Sequence[T], gold: Sequence[U], compatible: Callable[[T, U], bool], agreement: Callable[[T, U], int]
) -> list[tuple[int, int]]:
    """One-to-one pairs of compatible events, the best-agreeing first (date, kind, place...).

    Two gold meetings of the same people (a summit and talks on one visit) are told apart by their
    attributes, so the extracted meeting with the right date pairs with the gold meeting of that date.
    """
    candidates = [
        (-agreement(e, g), i, j) for i, e in enumerate(extracted) for j, g in enumerate(gold) if compatible(e, g)
    ]
    used_e: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in sorted(candidates):
        if i not in used_e and j not in used_g:
            used_e.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


# ---------------------------------------------------------------------------------------------
# Scoring one article
# ---------------------------------------------------------------------------------------------

ENTITY_TYPES: dict[ScoreType, str] = {"persons": "Person", "countries": "Country", "organizations": "Organization"}


@dataclass
class _Extracted:
    """What the graph holds for one article, with entities already turned into gold names."""

    meetings: list[dict[str, Any]]
    visits: list[dict[str, Any]]
    deals: list[dict[str, Any]]
    roles: list[dict[str, Any]]


class _Scorer:
    def __init__(self, view: GraphView) -> None:
        self.view = view
        self.by_start: dict[tuple[str, NodeRef], list[StoredRelationship]] = defaultdict(list)
        self.by_end: dict[tuple[str, NodeRef], list[StoredRelationship]] = defaultdict(list)
        self.by_source: dict[tuple[str, str], list[StoredRelationship]] = defaultdict(list)
        for rel in view.relationships:
            self.by_start[(rel.type, (rel.startLabel, rel.start))].append(rel)
            self.by_end[(rel.type, (rel.endLabel, rel.end))].append(rel)
            sources = set(rel.properties.get("sources") or []) | {rel.properties.get("source")}
            for source in sources - {None}:
                self.by_source[(rel.type, source)].append(rel)
        # node -> gold names (per entity type) it matched, across articles: duplicates and merges
        self.global_links: dict[ScoreType, dict[str, set[NodeRef]]] = {t: defaultdict(set) for t in ENTITY_TYPES}
        # gold name -> its forms, across articles: one person may be "Abbas Araghchi" in one article's gold
        # and "Seyed Abbas Araghchi" (aliased "Abbas Araghchi") in another's
        self.gold_forms: dict[ScoreType, dict[str, set[str]]] = {t: defaultdict(set) for t in ENTITY_TYPES}
        self.issues: list[Issue] = []
        # The current article's gold names by label, for entities an event names but the article never MENTIONS.
        self._fallback: dict[str, dict[str, set[str]]] = {}

    # -- scope -------------------------------------------------------------------------------

    def articles_for(self, file: str) -> list[NodeRef]:
        wanted = file.replace("\\", "/")
        refs = []
        for ref, props in self.view.nodes.items():
            if ref[0] != "Article":
                continue
            path = str(props.get("path") or props.get("url") or "").replace("\\", "/")
            if path == wanted or path.endswith("/" + wanted):
                refs.append(ref)
        return refs

    def _targets(self, rel_type: str, article: NodeRef, label: str) -> list[NodeRef]:
        refs = {(r.endLabel, r.end) for r in self.by_start[(rel_type, article)] if r.endLabel == label}
        return sorted(ref for ref in refs if ref in self.view.nodes)

    def _sourced(self, rel_type: str, article_keys: list[str]) -> list[StoredRelationship]:
        seen: dict[str, StoredRelationship] = {}
        for key in article_keys:
            for rel in self.by_source[(rel_type, key)]:
                seen.setdefault(rel.properties.get("key") or f"{rel.start}>{rel.end}", rel)
        return list(seen.values())

    # -- entities ------------------------------------------------------------------------------

    def _node_forms(self, ref: NodeRef) -> set[str]:
        props = self.view.nodes.get(ref, {})
        return _forms([props.get("name"), *(props.get("aliases") or [])])

    def score_entities(
        self, gold: GoldArticle, articles: list[NodeRef], scores: dict[str, TypeScore]
    ) -> dict[NodeRef, str]:
        """Match each entity type; the returned map (node -> gold name) is how events see entities."""
        gold_forms: dict[ScoreType, dict[str, set[str]]] = {
            "persons": {p.name: _forms([p.name, *p.aliases]) for p in gold.persons},
            "countries": {c: _forms([c]) for c in gold.countries},
            "organizations": {o.name: _forms([o.name, *o.aliases]) for o in gold.organizations},
        }
        resolved: dict[NodeRef, str] = {}
        for type_name, label in ENTITY_TYPES.items():
            nodes = sorted({ref for a in articles for ref in self._targets("MENTIONS", a, label)})
            golds = gold_forms[type_name]
            candidates = {ref: [g for g, forms in golds.items() if self._node_forms(ref) & forms] for ref in nodes}
            matching = max_matching(candidates)
            scores[type_name] = TypeScore(gold=len(golds), extracted=len(nodes), matched=len(matching))
            for name, forms in golds.items():
                self.gold_forms[type_name][name] |= forms
            for ref in nodes:
                for name in candidates[ref]:
                    self.global_links[type_name][name].add(ref)
                if ref in matching:
                    resolved[ref] = matching[ref]
                elif candidates[ref]:
                    resolved[ref] = candidates[ref][0]  # a duplicate: its events still count as this entity's
                else:
                    self._issue("spurious", type_name, gold.file, self._name(ref))
            matched_gold = set(matching.values())
            for name in golds:
                if name not in matched_gold:
                    self._issue("missed", type_name, gold.file, name)
        self._fallback = {label: gold_forms[t] for t, label in ENTITY_TYPES.items()}
        return resolved

    def resolve(self, ref: NodeRef, resolved: dict[NodeRef, str]) -> str:
        if ref in resolved:
            return resolved[ref]
        forms = self._node_forms(ref)
        hits = [name for name, gold_forms in self._fallback.get(ref[0], {}).items() if forms & gold_forms]
        return hits[0] if len(hits) == 1 else f"?{self._name(ref)}"

    def _name(self, ref: NodeRef) -> str:
        props = self.view.nodes.get(ref, {})
        return str(props.get("name") or props.get("title") or ref[1])

    # -- events --------------------------------------------------------------------------------

    def extract_events(self, articles: list[NodeRef], resolved: dict[NodeRef, str]) -> _Extracted:
        keys = [ref[1] for ref in articles]
        meetings = []
        for ref in sorted({m for a in articles for m in self._targets("REPORTS", a, "Meeting")}):
            props = self.view.nodes[ref]
            people = {self.resolve((r.startLabel, r.start), resolved) for r in self.by_end[("ATTENDED", ref)]}
            held_in = [self.resolve((r.endLabel, r.end), resolved) for r in self.by_start[("HELD_IN", ref)]]
            meetings.append(
                {
                    "name": self._name(ref),
                    "participants": frozenset(people),
                    "kind": props.get("kind") or "meeting",
                    "status": props.get("status") or "held",
                    "place": props.get("place"),
                    "country": held_in[0] if held_in else None,
                    "date": _as_date(props.get("date")),
                    "datePrecision": props.get("datePrecision"),
                }
            )
        visits = [
            {
                "person": self.resolve((r.startLabel, r.start), resolved),
                "country": self.resolve((r.endLabel, r.end), resolved),
                "date": _as_date(r.properties.get("date")),
                "datePrecision": r.properties.get("datePrecision"),
                "evidence": r.properties.get("evidence"),
            }
            for r in self._sourced("VISITED", keys)
        ]
        deals = []
        for ref in sorted({d for a in articles for d in self._targets("REPORTS", a, "Deal")}):
            props = self.view.nodes[ref]
            parties = {self.resolve((r.startLabel, r.start), resolved) for r in self.by_end[("PARTY_TO", ref)]}
            deals.append(
                {
                    "name": self._name(ref),
                    "parties": frozenset(parties),
                    "kind": props.get("kind") or "agreement",
                    "valueUsd": props.get("valueUsd"),
                    "valueText": props.get("valueText"),
                    "date": _as_date(props.get("date")),
                    "datePrecision": props.get("datePrecision"),
                }
            )
        roles = [
            {
                "person": self.resolve((r.startLabel, r.start), resolved),
                "of": self.resolve((r.endLabel, r.end), resolved),
                "title": str(r.properties.get("title") or ""),
                "current": r.properties.get("current"),
                "evidence": r.properties.get("evidence"),
            }
            for r in self._sourced("HOLDS_ROLE", keys)
        ]
        return _Extracted(meetings=meetings, visits=visits, deals=deals, roles=roles)

    def _check_date(self, type_name: ScoreType, file: str, what: str, got: dict[str, Any], gold: GoldDated) -> None:
        got_date, got_precision = got["date"], got["datePrecision"]
        if gold.date is None and got_date is not None:
            detail = f"{what}: dated {_fmt_date(got_date, got_precision)}, the text gives no date"
            self._issue("wrongDate", type_name, file, detail)
        elif gold.date is not None and got_date is None:
            detail = f"{what}: no date, gold {_fmt_date(gold.date, gold.datePrecision)}"
            self._issue("missingDate", type_name, file, detail)
        elif gold.date is not None and (got_date, got_precision) != (gold.date, gold.datePrecision):
            detail = (
                f"{what}: {_fmt_date(got_date, got_precision)} ({got_precision}), "
                f"gold {_fmt_date(gold.date, gold.datePrecision)} ({gold.datePrecision})"
            )
            self._issue("wrongDate", type_name, file, detail)

    @staticmethod
    def _same_date(got: dict[str, Any], gold: GoldDated) -> bool:
        return (got["date"], got["datePrecision"] if got["date"] else None) == (gold.date, gold.datePrecision)

    def score_meetings(self, gold: GoldArticle, got: list[dict[str, Any]]) -> TypeScore:
        def agreement(m: dict[str, Any], g: GoldMeeting) -> int:
            same_place = norm(m["place"] or "") == norm(g.place or "")
            return 4 * self._same_date(m, g) + 2 * (m["kind"] == g.kind) + (m["status"] == g.status) + same_place

        pairs = pair_events(got, gold.meetings, lambda m, g: m["participants"] == frozenset(g.participants), agreement)
        for i, j in pairs:
            m, g = got[i], gold.meetings[j]
            what = f"{m['kind']} of {' and '.join(sorted(g.participants))}"
            self._check_date("meetings", gold.file, what, m, g)
            if m["kind"] != g.kind:
                self._issue("wrongKind", "meetings", gold.file, f"{what}: kind {m['kind']}, gold {g.kind}")
            if m["status"] != g.status:
                self._issue("wrongStatus", "meetings", gold.file, f"{what}: status {m['status']}, gold {g.status}")
            for attr in ("place", "country"):
                mine, theirs = m[attr], getattr(g, attr)
                if theirs and not mine:
                    self._issue("missingPlace", "meetings", gold.file, f"{what}: no {attr}, gold {theirs}")
                elif mine and norm(mine) != norm(theirs or ""):
                    self._issue("wrongPlace", "meetings", gold.file, f"{what}: {attr} {mine}, gold {theirs or 'none'}")
        matched_e, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
        lone = [m for i, m in enumerate(got) if i not in matched_e]
        for j, g in enumerate(gold.meetings):
            if j in matched_g:
                continue
            wanted = frozenset(g.participants)
            near = [m for m in lone if m["participants"] and (m["participants"] < wanted or m["participants"] > wanted)]
            label = f"{g.kind} of {' and '.join(g.participants)} ({_fmt_date(g.date, g.datePrecision)})"
            if near:
                found = near[0]["participants"]
                detail = f"{label}: found {' and '.join(sorted(found))}"
                missing, extra = wanted - found, found - wanted
                detail += f", missing {', '.join(sorted(missing))}" if missing else ""
                detail += f", extra {', '.join(sorted(extra))}" if extra else ""
                self._issue("missingParticipants", "meetings", gold.file, detail)
            self._issue("missed", "meetings", gold.file, label)
        for m in lone:
            detail = (
                f"{m['kind']} of {' and '.join(sorted(m['participants'])) or 'nobody'}"
                f" ({_fmt_date(m['date'], m['datePrecision'])})"
            )
            self._issue("spurious", "meetings", gold.file, detail)
        return TypeScore(gold=len(gold.meetings), extracted=len(got), matched=len(pairs))

    def score_visits(self, gold: GoldArticle, got: list[dict[str, Any]]) -> TypeScore:
        pairs = pair_events(
            got,
            gold.visits,
            lambda v, g: (v["person"], v["country"]) == (g.person, g.country),
            lambda v, g: int(self._same_date(v, g)),
        )
        for i, j in pairs:
            g = gold.visits[j]
            self._check_date("visits", gold.file, f"visit of {g.person} to {g.country}", got[i], g)
        self._unpaired(
            "visits",
            gold.file,
            pairs,
            [f"{v['person']} to {v['country']} ({_fmt_date(v['date'], v['datePrecision'])})" for v in got],
            [f"{g.person} to {g.country} ({_fmt_date(g.date, g.datePrecision)})" for g in gold.visits],
        )
        return TypeScore(gold=len(gold.visits), extracted=len(got), matched=len(pairs))

    def score_deals(self, gold: GoldArticle, got: list[dict[str, Any]]) -> TypeScore:
        def value_conflict(d: dict[str, Any], g: GoldDeal) -> bool:
            mine, theirs = d["valueUsd"], g.valueUsd
            return mine is not None and theirs is not None and abs(mine - theirs) > VALUE_TOLERANCE * theirs

        def compatible(d: dict[str, Any], g: GoldDeal) -> bool:
            shared = d["parties"] & {*g.parties, *g.signatories}
            return bool(shared) and norm(d["kind"]) == norm(g.kind) and not value_conflict(d, g)

        def agreement(d: dict[str, Any], g: GoldDeal) -> int:
            return 2 * self._same_date(d, g) + len(d["parties"] & set(g.parties))

        pairs = pair_events(got, gold.deals, compatible, agreement)
        for i, j in pairs:
            d, g = got[i], gold.deals[j]
            what = f"{g.kind} of {' and '.join(g.parties)}"
            self._check_date("deals", gold.file, what, d, g)
            if g.valueUsd is not None and d["valueUsd"] is None:
                self._issue("missingValue", "deals", gold.file, f"{what}: no value, gold ${g.valueUsd:,.0f}")
            elif g.valueUsd is None and d["valueUsd"] is not None:
                stated = f"{g.value.amount:,.0f} {g.value.currency}" if g.value else "no dollar sum"
                detail = f"{what}: valueUsd {d['valueUsd']:,.0f} ({d['valueText']}), the text states {stated}"
                self._issue("wrongValue", "deals", gold.file, detail)
            missing = set(g.parties) - d["parties"]
            if missing:
                detail = f"{what}: missing party {', '.join(sorted(missing))}"
                self._issue("missingParticipants", "deals", gold.file, detail)
        self._unpaired(
            "deals",
            gold.file,
            pairs,
            [f"{d['kind']} of {' and '.join(sorted(d['parties'])) or 'nobody'} ({d['name']})" for d in got],
            [f"{g.kind} of {' and '.join(g.parties)} ({_fmt_date(g.date, g.datePrecision)})" for g in gold.deals],
        )
        return TypeScore(gold=len(gold.deals), extracted=len(got), matched=len(pairs))

    def score_roles(self, gold: GoldArticle, got: list[dict[str, Any]]) -> TypeScore:
        wanted = [(p.name, t) for p in gold.persons for t in p.titles]
        pairs = pair_events(
            got,
            wanted,
            lambda r, w: (r["person"], r["of"]) == (w[0], w[1].of) and _titles_agree(r["title"], w[1].title),
            lambda r, w: 2 * (norm(r["title"]) == norm(w[1].title)) + (r["current"] == w[1].current),
        )
        for i, j in pairs:
            r, (person, title) = got[i], wanted[j]
            if r["current"] is not None and r["current"] != title.current:
                detail = f"{person} {title.title} of {title.of}: current={r['current']}, gold {title.current}"
                self._issue("wrongStatus", "roles", gold.file, detail)
        matched_g = {j for _, j in pairs}
        # An implied role counts only when found; unfound, it is neither gold nor a miss.
        counted = [j for j, (_, t) in enumerate(wanted) if not t.implied or j in matched_g]
        self._unpaired(
            "roles",
            gold.file,
            pairs,
            [f"{r['person']}: {r['title']} of {r['of']}" for r in got],
            [f"{person}: {t.title} of {t.of}" if j in counted else None for j, (person, t) in enumerate(wanted)],
        )
        return TypeScore(gold=len(counted), extracted=len(got), matched=len(pairs))

    def _unpaired(
        self, type_name: ScoreType, file: str, pairs: list[tuple[int, int]], got: list[str], wanted: list[str | None]
    ) -> None:
        """Issues for what was not paired; a None label in ``wanted`` is gold that may go unfound."""
        matched_e, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
        for j, label in enumerate(wanted):
            if j not in matched_g and label is not None:
                self._issue("missed", type_name, file, label)
        for i, label in enumerate(got):
            if i not in matched_e:
                self._issue("spurious", type_name, file, label)

    def _issue(self, kind: IssueKind, type_name: ScoreType | None, file: str | None, detail: str) -> None:
        self.issues.append(Issue(kind=kind, type=type_name, file=file, detail=detail))

    # -- across articles -----------------------------------------------------------------------

    def cross_article_issues(self) -> None:
        """Duplicates and merges over the whole scope: resolution is cross-article, so are its faults."""
        for type_name, links in self.global_links.items():
            for name, refs in sorted(links.items()):
                if len(refs) > 1:
                    keys = ", ".join(sorted(f"{self._name(r)} [{r[1]}]" for r in refs))
                    self._issue("duplicate", type_name, None, f"{name}: {len(refs)} nodes: {keys}")
            by_node: dict[NodeRef, set[str]] = defaultdict(set)
            for name, refs in links.items():
                for ref in refs:
                    by_node[ref].add(name)
            for ref, names in sorted(by_node.items()):
                if len(names) > 1 and not self._one_gold_entity(type_name, names):
                    detail = f"{self._name(ref)} [{ref[1]}] matches {', '.join(sorted(names))}"
                    self._issue("merged", type_name, None, detail)

    def _one_gold_entity(self, type_name: ScoreType, names: set[str]) -> bool:
        """Gold names that each list the others' full names among their forms are one entity."""
        forms = self.gold_forms[type_name]
        return all(_forms([a]) <= forms[b] or _forms([b]) <= forms[a] for a in names for b in names)


def evaluate(view: GraphView, gold: GoldSet) -> ScoreReport:
    """Score ``view`` against ``gold``: per-type precision/recall/F1, per article, and the issues behind them."""
    scorer = _Scorer(view)
    totals = {t: TypeScore() for t in TYPES}
    per_article: list[ArticleReport] = []
    for article in gold.articles:
        refs = scorer.articles_for(article.file)
        scores: dict[str, TypeScore] = {}
        if not refs:
            scorer._issue("missingArticle", None, article.file, f"no Article whose path ends with {article.file}")
        resolved = scorer.score_entities(article, refs, scores)
        got = scorer.extract_events(refs, resolved)
        scores["meetings"] = scorer.score_meetings(article, got.meetings)
        scores["visits"] = scorer.score_visits(article, got.visits)
        scores["deals"] = scorer.score_deals(article, got.deals)
        scores["roles"] = scorer.score_roles(article, got.roles)
        scores = {t: scores[t] for t in TYPES}
        for t in TYPES:
            totals[t] += scores[t]
        per_article.append(ArticleReport(file=article.file, found=bool(refs), scores=scores))
    scorer.cross_article_issues()
    overall = TypeScore()
    for score in totals.values():
        overall += score
    return ScoreReport(scores=totals, overall=overall, articles=per_article, issues=scorer.issues)
