"""The typed graph model: every node, relationship and article that crosses a module boundary.

Field names are the property names of ``GRAPH_MODEL.md`` (camelCase, as Neo4j users expect), so a
model dumps straight into Cypher parameters and into the export without a renaming table.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

DatePrecision = Literal["day", "month", "year"]
DateSource = Literal["explicit", "relative", "article"]
OrgKind = Literal["company", "government-body", "media", "international", "armed-group", "party", "other"]
MeetingKind = Literal["meeting", "call", "summit"]
MeetingStatus = Literal["held", "planned"]
DealStatus = Literal["signed", "planned", "cancelled", "other"]

ENTITY_LABELS = ("Person", "Country", "Organization")
EVENT_LABELS = ("Meeting", "Deal")
NODE_LABELS = (*ENTITY_LABELS, *EVENT_LABELS, "Article")

RelType = Literal[
    "HOLDS_ROLE", "ATTENDED", "MET", "HELD_IN", "VISITED", "PARTY_TO", "SIGNED_AT", "BASED_IN", "MENTIONS", "REPORTS"
]

# Which labels each relationship type may join: the schema of both stores is generated from this.
REL_ENDPOINTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "HOLDS_ROLE": (("Person",), ("Country", "Organization")),
    "ATTENDED": (("Person",), ("Meeting",)),
    "MET": (("Person",), ("Person",)),
    "HELD_IN": (("Meeting",), ("Country",)),
    "VISITED": (("Person",), ("Country",)),
    "PARTY_TO": (("Organization", "Country", "Person"), ("Deal",)),
    "SIGNED_AT": (("Deal",), ("Meeting",)),
    "BASED_IN": (("Organization",), ("Country",)),
    "MENTIONS": (("Article",), ENTITY_LABELS),
    "REPORTS": (("Article",), EVENT_LABELS),
}
REL_TYPES: tuple[str, ...] = tuple(REL_ENDPOINTS)


def slug(text: str) -> str:
    """Lower-case ASCII slug: the stable part of a key, the same for "Khamenei" and "Khameneï"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


_LEGAL_FORM = re.compile(
    r"(?:[\s,]+(?:inc|corp|co|ltd|plc|ag|ab|sa|nv|llc|pjsc|jsc|ojsc|gmbh|spa|bhd|pty|lp|llp)\.?)+$", re.IGNORECASE
)


def strip_legal_form(name: str) -> str:
    stripped = _LEGAL_FORM.sub("", name).strip()
    return stripped or name


def stable_hash(*parts: object, length: int = 16) -> str:
    """Deterministic id from parts, so re-running ingest produces the same keys."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


class GraphModel(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Node(GraphModel):
    """A node of any label; ``key`` is unique per label and is the node's id in exports."""

    label: ClassVar[str] = ""
    key: str
    name: str

    def properties(self) -> dict[str, Any]:
        """Properties as written to a store: None values left out, as Neo4j stores no nulls."""
        return {k: v for k, v in self.model_dump().items() if v is not None}


class Entity(Node):
    aliases: list[str] = Field(default_factory=list)

    def add_aliases(self, forms: list[str]) -> None:
        merged = list(dict.fromkeys([*self.aliases, *forms]))
        if merged != self.aliases:
            self.aliases = merged


class Person(Entity):
    label: ClassVar[str] = "Person"
    titles: list[str] = Field(default_factory=list)

    @staticmethod
    def make_key(full_name: str) -> str:
        return f"person:{slug(full_name)}"


class Country(Entity):
    label: ClassVar[str] = "Country"
    iso3: str

    @staticmethod
    def make_key(iso3: str) -> str:
        return f"country:{iso3.upper()}"


class Organization(Entity):
    label: ClassVar[str] = "Organization"
    kind: OrgKind = "other"

    @staticmethod
    def make_key(name: str) -> str:
        """Legal-form suffixes and case do not make another organisation: "Lloyds Bank PLC" = "LLOYDS BANK"."""
        return f"org:{slug(strip_legal_form(name))}"


class Dated(GraphModel):
    """Mixin for anything with an event date: absent when the text does not let it be known."""

    date: dt.date | None = None
    datePrecision: DatePrecision | None = None

    @model_validator(mode="after")
    def _precision_needs_date(self) -> Dated:
        if (self.date is None) != (self.datePrecision is None):
            raise ValueError("date and datePrecision are set together or not at all")
        return self


class Meeting(Node, Dated):
    label: ClassVar[str] = "Meeting"
    kind: MeetingKind = "meeting"
    status: MeetingStatus = "held"
    place: str | None = None
    title: str
    durationMinutes: int | None = None

    @staticmethod
    def make_key(participants: list[str], when: dt.date | None, place: str | None) -> str:
        return f"meeting:{stable_hash(*sorted(participants), when, place)}"


class Deal(Node, Dated):
    label: ClassVar[str] = "Deal"
    title: str
    kind: str = "agreement"
    valueUsd: float | None = None
    valueText: str | None = None
    # The sum as the text states it, in its own currency (ISO 4217): "3.75 billion euros" is
    # valueAmount 3.75e9, valueCurrency "EUR", and valueUsd only if the text gives the dollar figure.
    valueAmount: float | None = None
    valueCurrency: str | None = None
    sector: str | None = None
    status: DealStatus = "signed"

    @staticmethod
    def make_key(parties: list[str], when: dt.date | None, subject: str) -> str:
        return f"deal:{stable_hash(*sorted(parties), when, subject)}"


class Article(Node):
    """One news article; ``key`` is the sha256 of its normalised text, so the same text is one node."""

    label: ClassVar[str] = "Article"
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    path: str | None = None
    url: str | None = None
    # The story's dateline as printed ("ISLAMABAD, July 19 (Alliance News)"); extract.readers.parse_dateline
    # gives its place and day/month back, which may lack a year and so cannot go in ``published``.
    dateline: str | None = None
    # The people of the byline ("By Leyla Mammadova"): reporters, who are persons the article names.
    authors: list[str] = Field(default_factory=list)
    wordCount: int = 0
    text: str = Field(default="", exclude=True)

    @staticmethod
    def make_key(text: str) -> str:
        return "article:" + hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def normalise_text(text: str) -> str:
    """Whitespace and Unicode normalised, so a re-saved file with other line ends hashes the same."""
    return " ".join(unicodedata.normalize("NFC", text).split())


NODE_CLASSES: dict[str, type[Node]] = {c.label: c for c in (Person, Country, Organization, Meeting, Deal, Article)}


class Relationship(Dated):
    """A typed edge between two keys; ``key`` identifies it so a repeated fact merges into one edge."""

    type: RelType
    start: str
    startLabel: str
    end: str
    endLabel: str
    key: str = ""
    dateSource: DateSource | None = None
    source: str | None = None
    sources: list[str] = Field(default_factory=list)
    evidence: str | None = None
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    # Type-specific properties (GRAPH_MODEL.md): unused ones stay None and are not written.
    title: str | None = None
    current: bool | None = None
    role: str | None = None
    place: str | None = None
    meeting: str | None = None
    count: int | None = None

    @model_validator(mode="after")
    def _check_endpoints_and_key(self) -> Relationship:
        starts, ends = REL_ENDPOINTS[self.type]
        if self.startLabel not in starts or self.endLabel not in ends:
            raise ValueError(f"{self.type} cannot join {self.startLabel} to {self.endLabel}")
        if not self.key:
            # title/meeting/date distinguish two facts between the same nodes (two roles, two meetings).
            self.key = "rel:" + stable_hash(self.type, self.start, self.end, self.title, self.meeting, self.date)
        if self.source and self.source not in self.sources:
            self.sources = [*self.sources, self.source]
        return self

    def properties(self) -> dict[str, Any]:
        skip = {"type", "start", "startLabel", "end", "endLabel"}
        return {k: v for k, v in self.model_dump().items() if v is not None and k not in skip}


class ArticleGraph(GraphModel):
    """Everything one article contributes: the unit that is written atomically."""

    article: Article
    nodes: list[Node] = Field(default_factory=list)
    relationships: list[Relationship] = Field(default_factory=list)

    def labels(self) -> set[str]:
        return {n.label for n in self.nodes}


class WriteCounts(GraphModel):
    nodesCreated: int = 0
    nodesUpdated: int = 0
    relationshipsCreated: int = 0
    relationshipsUpdated: int = 0

    def __add__(self, other: WriteCounts) -> WriteCounts:
        return WriteCounts(**{k: getattr(self, k) + getattr(other, k) for k in type(self).model_fields})
