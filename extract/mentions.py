"""The mention: one typed, normalised occurrence of an entity (or a place) in a document.

Shared by the rules that find mentions (``entities``, ``orgs``, ``name_spans``) and the ones that
read events from them (``events``, ``coref``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extract import gazetteer
from graph.model import Country, Organization, Person

MentionLabel = str  # "Person" | "Country" | "Organization" | "Place"


@dataclass(eq=False)
class Mention:
    """One mention of an entity (or a place) in the document, by token offsets."""

    start: int
    end: int
    label: MentionLabel
    name: str
    surface: str
    iso3: str | None = None
    org_kind: str | None = None
    org_country: str | None = None
    org_seat: str | None = None
    titles: list[str] = field(default_factory=list)
    #: a second office named with the title ("Prime Minister and Foreign Minister"): a role of its own
    joint_titles: list[str] = field(default_factory=list)
    #: a role with another holder told in an apposition after the name: (title, holder key, current)
    other_roles: list[tuple[str, str, bool]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)  # extra surface forms, e.g. an organisation's acronym
    role_target: str | None = None  # key of the country/organisation of the role
    role_current: bool = True
    role_start: int | None = None  # first token of the title phrase, for evidence
    cued: bool = False  # a title or honorific stood with the name ("President X", "Mr. X")

    @property
    def key(self) -> str | None:
        if self.label == "Person":
            return Person.make_key(self.name)
        if self.label == "Country" and self.iso3:
            return Country.make_key(self.iso3)
        if self.label == "Organization":
            return Organization.make_key(self.name)
        return None


def org_mention(start: int, end: int, org: gazetteer.OrgEntry, surface: str) -> Mention:
    """A mention of an organisation the gazetteer knows, with its kind, home country and seat."""
    return Mention(
        start, end, "Organization", org.name, surface, org_kind=org.kind, org_country=org.country, org_seat=org.seat
    )


def country_mention(start: int, end: int, iso3: str, surface: str) -> Mention:
    """A mention of a state by its ISO key, named as the gazetteer names it ("Moscow said": Russia)."""
    return Mention(start, end, "Country", gazetteer.countries()[iso3].name, surface, iso3=iso3)


def org_kind(words: list[str]) -> str:
    lowered = {w.lower().rstrip(".") for w in words}
    for kind, cues in gazetteer.org_cues().kinds.items():
        if lowered & set(cues):
            return kind
    return "other"


def strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text
