"""Entity resolution across articles and ingest runs, and facts → graph nodes and relationships.

The resolver starts from every entity already in the store, so a later run resolves "Putin" to
the Vladimir Putin node written by an earlier one; within a run it learns each new entity as it
goes. A short form is merged only when exactly one known person fits it: two people merged into
one is worse for an analyst than a duplicate.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable

from extract import gazetteer, names
from extract.facts import ArticleFacts, EntityFact, When
from graph.model import (
    ArticleGraph,
    Country,
    Deal,
    Entity,
    Meeting,
    Node,
    Organization,
    Person,
    Relationship,
)


class EntityIndex:
    """Known entities by key, with look-ups by surname (people) and alias (organisations)."""

    def __init__(self, known: Iterable[Entity] = ()) -> None:
        self.by_key: dict[str, Entity] = {}
        self.people_by_surname: dict[str, set[str]] = defaultdict(set)
        self.orgs_by_alias: dict[str, set[str]] = defaultdict(set)
        for entity in known:
            self.add(entity)

    def add(self, entity: Entity) -> None:
        self.by_key[entity.key] = entity
        if isinstance(entity, Person):
            for form in {entity.name, *entity.aliases}:
                words = form.split()
                if words:
                    self.people_by_surname[names.surname(form).lower()].add(entity.key)
                if len(words) in (2, 3) and len(words[0]) <= 4:  # "Xi" for "Xi Jinping": family name first
                    self.people_by_surname[words[0].lower()].add(entity.key)
                if names.has_lineage(form):  # "Faisal bin Farhan Al Saud": found by his given name too
                    self.people_by_surname[words[0].lower()].add(entity.key)
        elif isinstance(entity, Organization):
            for form in {entity.name, *entity.aliases}:
                self.orgs_by_alias[form.lower()].add(entity.key)

    def find_person(self, name: str) -> str | None:
        key = Person.make_key(name)
        if key in self.by_key:
            return key
        buckets = {names.surname(name).lower()} | ({name.split()[0].lower()} if names.has_lineage(name) else set())
        candidates = {
            k
            for bucket in buckets
            for k in self.people_by_surname.get(bucket, ())
            if name in self.by_key[k].aliases
            or names.is_short_form(name, self.by_key[k].name)
            or names.is_short_form(self.by_key[k].name, name)
        }
        return candidates.pop() if len(candidates) == 1 else None

    def find_org(self, fact: EntityFact) -> str | None:
        if fact.key in self.by_key:
            return fact.key
        candidates = set().union(*(self.orgs_by_alias.get(a.lower(), set()) for a in {fact.name, *fact.aliases}))
        return candidates.pop() if len(candidates) == 1 else None


class Resolver:
    """Maps each article's provisional keys to graph keys and builds its ArticleGraph."""

    def __init__(self, known: Iterable[Entity] = ()) -> None:
        self.index = EntityIndex(known)

    def prime(self, batch: list[ArticleFacts]) -> None:
        """Learn a batch's fullest person names first, so "Putin" in one article finds "Vladimir Putin" in another."""
        people = [e for facts in batch for e in facts.entities if e.label == "Person"]
        for fact in sorted(people, key=lambda e: -len(e.name.split())):
            if self.index.find_person(fact.name) is None and len(fact.name.split()) > 1:
                self.index.add(Person(key=Person.make_key(fact.name), name=fact.name, aliases=[fact.name]))

    def resolve(self, facts: ArticleFacts) -> ArticleGraph:
        article = facts.article
        mapping: dict[str, str] = {}
        entities: dict[str, Entity] = {}
        kept = []
        for fact in facts.entities:
            if fact.weak and self.index.find_person(fact.name) is None:
                continue  # a lone, uncued surname nobody knows: more often a company than a person
            entity = self._merge(fact)
            mapping[fact.key] = entity.key
            entities[entity.key] = entity
            kept.append(fact)
        facts = _without(facts, set(mapping))
        builder = _GraphBuilder(article.key, mapping, entities)
        for fact in kept:
            builder.rel("MENTIONS", article.key, "Article", mapping[fact.key], fact.label, count=fact.count)
        for role in facts.roles:
            builder.rel(
                "HOLDS_ROLE",
                role.person,
                "Person",
                role.target,
                None,
                title=role.title,
                current=role.current,
                evidence=role.evidence,
                confidence=role.confidence,
            )
        for fact in facts.basedIn:
            builder.rel(
                "BASED_IN",
                fact.org,
                "Organization",
                fact.country,
                "Country",
                evidence=fact.evidence,
                confidence=fact.confidence,
            )
        meeting_keys = [builder.meeting(m) for m in facts.meetings]
        for visit in facts.visits:
            builder.rel(
                "VISITED",
                visit.person,
                "Person",
                visit.country,
                "Country",
                when=visit.when,
                evidence=visit.evidence,
                confidence=visit.confidence,
            )
        for deal in facts.deals:
            signed_at = meeting_keys[deal.signedAtMeeting] if deal.signedAtMeeting is not None else None
            builder.deal(deal, signed_at)
        nodes: list[Node] = [*entities.values(), *builder.nodes.values()]
        return ArticleGraph(article=article, nodes=[article, *nodes], relationships=builder.relationships)

    def _merge(self, fact: EntityFact) -> Entity:
        """The stored entity this fact names, updated with the new aliases and titles (or a new one)."""
        if fact.label == "Person":
            key = self.index.find_person(fact.name) or Person.make_key(fact.name)
        elif fact.label == "Organization":
            key = self.index.find_org(fact) or fact.key
        else:
            key = fact.key
        entity = self.index.by_key.get(key)
        if entity is None:
            entity = _new_entity(fact, key)
        else:
            entity = entity.model_copy(deep=True)
            if len(fact.name.split()) > len(entity.name.split()) and fact.label != "Country":
                entity.name = fact.name  # the fullest form seen is the display name
        entity.add_aliases([entity.name, *fact.aliases])
        if isinstance(entity, Person):
            entity.titles = list(dict.fromkeys([*entity.titles, *fact.titles]))
        self.index.add(entity)
        return entity


def _without(facts: ArticleFacts, known: set[str]) -> ArticleFacts:
    """The article's facts with dropped entities taken out: a meeting keeps its other participants."""

    def ok(key: str) -> bool:
        return key in known or key.startswith("country:")

    meetings = []
    new_index: dict[int, int] = {}
    for i, m in enumerate(facts.meetings):
        people = [p for p in m.participants if ok(p)]
        if len(people) >= 2:
            new_index[i] = len(meetings)
            meetings.append(m.model_copy(update={"participants": people}))
    deals = [
        d.model_copy(
            update={
                "parties": [p for p in d.parties if ok(p)],
                "signedAtMeeting": new_index.get(d.signedAtMeeting) if d.signedAtMeeting is not None else None,
            }
        )
        for d in facts.deals
        if any(ok(p) for p in d.parties)
    ]
    return facts.model_copy(
        update={
            "roles": [r for r in facts.roles if ok(r.person) and ok(r.target)],
            "basedIn": [b for b in facts.basedIn if ok(b.org)],
            "meetings": meetings,
            "visits": [v for v in facts.visits if ok(v.person)],
            "deals": deals,
        }
    )


def _new_entity(fact: EntityFact, key: str) -> Entity:
    if fact.label == "Person":
        return Person(key=key, name=fact.name, aliases=[], titles=[])
    if fact.label == "Country":
        return Country(key=key, name=fact.name, iso3=fact.iso3 or key.split(":")[1])
    return Organization(key=key, name=fact.name, kind=fact.kind or "other")


class _GraphBuilder:
    """Collects an article's event nodes and relationships, with its provenance on every edge."""

    def __init__(self, article_key: str, mapping: dict[str, str], entities: dict[str, Entity]) -> None:
        self.article_key = article_key
        self.mapping = mapping
        self.entities = entities
        self.nodes: dict[str, Node] = {}
        self.relationships: list[Relationship] = []
        self._seen: set[str] = set()

    def _label(self, key: str) -> str:
        entity = self.entities.get(key)
        if entity is not None:
            return entity.label
        if key.startswith("country:"):
            self._ensure_country(key)
            return "Country"
        return self.nodes[key].label

    def _ensure_country(self, key: str) -> None:
        """A country named only as a meeting place still needs its node."""
        if key not in self.entities:
            iso3 = key.split(":", 1)[1]
            entry = gazetteer.countries().get(iso3)
            self.entities[key] = Country(key=key, name=entry.name if entry else iso3, iso3=iso3)

    def rel(
        self,
        rel_type: str,
        start: str,
        start_label: str | None,
        end: str,
        end_label: str | None,
        when: When | None = None,
        **props,
    ) -> None:
        start = self.mapping.get(start, start)
        end = self.mapping.get(end, end)
        if start == end:
            return
        for key in (start, end):
            if key.startswith("country:"):
                self._ensure_country(key)
        dated = {"date": when.date, "datePrecision": when.precision, "dateSource": when.source} if when else {}
        rel = Relationship(
            type=rel_type,
            start=start,
            startLabel=start_label or self._label(start),
            end=end,
            endLabel=end_label or self._label(end),
            source=self.article_key,
            **dated,
            **props,
        )
        if rel.key not in self._seen:
            self._seen.add(rel.key)
            self.relationships.append(rel)

    def meeting(self, fact) -> str:
        people = list(dict.fromkeys(self.mapping.get(p, p) for p in fact.participants))
        country = self.mapping.get(fact.country, fact.country) if fact.country else None
        when = fact.when
        # An undated meeting is keyed to its article too: two undated meetings of the same people may be years apart.
        key = Meeting.make_key(people, when.date if when else None, country or fact.place)
        if when is None:
            key = Meeting.make_key([*people, self.article_key], None, country or fact.place)
        title = "{} of {}".format(fact.kind.capitalize(), " and ".join(self.entities[p].name for p in people))
        self.nodes[key] = Meeting(
            key=key,
            name=title,
            title=title,
            kind=fact.kind,
            status=fact.status,
            place=fact.place,
            date=when.date if when else None,
            datePrecision=when.precision if when else None,
            durationMinutes=fact.durationMinutes,
        )
        common = {"evidence": fact.evidence, "confidence": fact.confidence}
        self.rel("REPORTS", self.article_key, "Article", key, "Meeting", when=when, **common)
        for person in people:
            self.rel("ATTENDED", person, "Person", key, "Meeting", when=when, **common)
        # MET says two people met: a meeting only planned ("will meet next month") has no MET edges yet;
        # its Meeting node (status "planned") and ATTENDED edges carry it.
        pairs = itertools.combinations(sorted(people), 2) if fact.status == "held" else ()
        for a, b in pairs:
            self.rel("MET", a, "Person", b, "Person", when=when, meeting=key, place=fact.place, **common)
        if country:
            self.rel("HELD_IN", key, "Meeting", country, "Country", when=when, **common)
        return key

    def deal(self, fact, signed_at: str | None) -> None:
        parties = list(dict.fromkeys(self.mapping.get(p, p) for p in fact.parties))
        when = fact.when
        subject = f"{fact.title}|{fact.valueUsd if fact.valueUsd is not None else fact.valueAmount}"
        key = Deal.make_key(parties, when.date if when else None, subject)
        if when is None:
            key = Deal.make_key([*parties, self.article_key], None, subject)
        self.nodes[key] = Deal(
            key=key,
            name=fact.title,
            title=fact.title,
            kind=fact.kind,
            valueUsd=fact.valueUsd,
            valueText=fact.valueText,
            valueAmount=fact.valueAmount,
            valueCurrency=fact.valueCurrency,
            sector=fact.sector,
            status=fact.status,
            date=when.date if when else None,
            datePrecision=when.precision if when else None,
        )
        common = {"evidence": fact.evidence, "confidence": fact.confidence}
        self.rel("REPORTS", self.article_key, "Article", key, "Deal", when=when, **common)
        for party in parties:
            self.rel("PARTY_TO", party, None, key, "Deal", when=when, **common)
        if signed_at:
            self.rel("SIGNED_AT", key, "Deal", signed_at, "Meeting", when=when, **common)
