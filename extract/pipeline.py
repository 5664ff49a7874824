"""Article → ArticleFacts: run the spaCy pipeline and turn its mentions and parses into typed facts."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from extract import events, gazetteer, names, orgs
from extract.facts import ArticleFacts, BasedInFact, EntityFact, RoleFact, VisitFact
from extract.mentions import Mention
from extract.nlp import default_pipeline
from extract.readers import parse_dateline
from graph.model import Article, Person


class Extractor:
    """Turns articles into facts; ``n_process`` > 1 parses in several processes (spaCy's own pool)."""

    def __init__(self, nlp: Language | None = None, n_process: int = 1, batch_size: int = 32) -> None:
        self.nlp = nlp or default_pipeline()
        self.n_process = n_process
        self.batch_size = batch_size

    def extract(self, article: Article) -> ArticleFacts:
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article]) -> Iterator[ArticleFacts]:
        pairs = ((document_text(a), a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, n_process=self.n_process, batch_size=self.batch_size):
            yield facts_from_doc(doc, article)


def document_text(article: Article) -> str:
    """The headline as its own paragraph, then the body: headlines name the people the body shortens.

    The dateline ("SEOUL, May 7 (Kyodo) --") is left out: the reader keeps it on the Article, and
    read as words it is a shouted place and an outlet run into the first sentence.
    """
    text = _without_dateline(article)
    if article.title and article.title not in text[: len(article.title) + 5]:
        return f"{article.title}\n\n{text}"
    return text


def _without_dateline(article: Article) -> str:
    text = article.text
    if article.dateline:
        body = text.lstrip()
        if body.startswith(article.dateline):
            return _DATELINE_TAIL.sub("", body[len(article.dateline) :], count=1)
    return text


_DATELINE_TAIL = re.compile(r"^[\s—–:-]+")


def facts_from_doc(doc: Doc, article: Article) -> ArticleFacts:
    mentions: list[Mention] = doc._.kg_mentions or []
    # The dateline's outlet ("(Newsgraph Wire)") is the article's source, kept on the Article node.
    mentions = [m for m in mentions if not (article.source and m.surface == article.source)]
    filed = filed_from(article)  # the dateline, read once for its country and its city
    filed_in = dateline_country(filed)
    if filed_in:
        orgs.qualify_by_place(mentions, filed_in)
    # A headline summarises the story in fragments ("Putin holds talks with Khamenei and Raisi"):
    # its names count as mentions, but its events are read from the sentences that state them.
    headline_end = len(article.title) if article.title and doc.text.startswith(article.title) else 0
    body = [s for s in doc.sents if s.start_char >= headline_end]
    filed_at = dateline_city(filed, doc.text)
    meetings, visits, deals = events.extract_events(body, mentions, article.published, filed_in, filed_at)
    roles = _roles(doc, mentions)
    return ArticleFacts(
        article=article,
        entities=_entities(mentions) + _authors(article, mentions),
        roles=roles,
        basedIn=_based_in(doc, mentions),
        meetings=meetings,
        visits=_abroad(visits, roles),
        deals=deals,
    )


def _abroad(visits: list[VisitFact], roles: list[RoleFact]) -> list[VisitFact]:
    """A VISITED edge is a trip abroad: a president does not visit the state he is president of (a trip
    "to Yerevan as Iran's president" read as one to Iran, a tour of his own provinces)."""
    home = {(r.person, r.target) for r in roles if r.current and r.target and r.target.startswith("country:")}
    return [v for v in visits if (v.person, v.country) not in home]


def filed_from(article: Article) -> tuple[str, str | None] | None:
    """The dateline's place and the region after it ("AKTAU, Kazakhstan"), if the story has one;
    "NEW DELHI/TEHRAN": two bureaus, the first files."""
    dateline = parse_dateline(article.dateline) if article.dateline else None
    return (dateline.place.split("/")[0].strip(), dateline.region) if dateline is not None else None


def dateline_city(filed: tuple[str, str | None] | None, text: str) -> tuple[str, str] | None:
    """The city the story was filed from, as the text writes it ("MEXICO CITY" → "Mexico City"), with its
    country, when the gazetteer knows it as a city: a region or a country is no meeting's place."""
    place = filed[0] if filed else None
    iso3 = (gazetteer.city_country(place) or gazetteer.city_country(place.title())) if place else None
    if place is None or iso3 is None:
        return None
    written = re.search(rf"\b{re.escape(place)}\b", text, re.IGNORECASE)
    forms = [written.group(0)] if written and not written.group(0).isupper() else []
    return (forms[0] if forms else place.title()), f"country:{iso3}"


def dateline_country(filed: tuple[str, str | None] | None) -> str | None:
    """The country the story was filed from ("TEHRAN —", "NEW DELHI, Dec 12 (Reuters)"), if known."""
    if filed is None:
        return None
    place, region = filed
    return gazetteer.place_country(place) or (gazetteer.place_country(region) if region else None)


def _authors(article: Article, mentions: list[Mention]) -> list[EntityFact]:
    """The byline's reporters as persons the article names (not already named in its text)."""
    named = {m.key for m in mentions}
    found: list[EntityFact] = []
    for author in article.authors:
        name = names.clean_person_name(author)
        key = Person.make_key(name) if name else None
        if key and key not in named and all(f.key != key for f in found):
            found.append(EntityFact(key=key, label="Person", name=name, aliases=[name], count=1))
    return found


def _entities(mentions: list[Mention]) -> list[EntityFact]:
    facts: dict[str, EntityFact] = {}
    counts: Counter[str] = Counter()
    for m in mentions:
        key = m.key
        if key is None:
            continue
        counts[key] += 1
        fact = facts.get(key)
        if fact is None:
            fact = facts[key] = EntityFact(
                key=key,
                label=m.label,
                name=m.name,
                iso3=m.iso3,
                kind=m.org_kind if m.label == "Organization" else None,
            )
        surface = names.strip_possessive(m.surface)
        if m.label == "Person":
            _, surface = names.split_person(surface)
        for form in (m.name, surface, *m.aliases):
            if m.label == "Organization" and form and form[0].islower():
                continue  # "national oil company" describes the organisation, it does not name it
            if m.label == "Organization" and form != m.name and orgs.generic_body(form):
                continue  # "Foreign Ministry" names every state's: as an alias it would join them all
            if form and form not in fact.aliases:
                fact.aliases.append(form)
        for title in m.titles if m.label == "Person" else []:
            if title not in fact.titles:
                fact.titles.append(title)
    cued = {m.key for m in mentions if m.label == "Person" and (m.cued or len(m.name.split()) > 1)}
    for key, fact in facts.items():
        fact.count = counts[key]
        fact.weak = fact.label == "Person" and key not in cued
    return list(facts.values())


def _modifies(doc: Doc, country: Mention, org: Mention) -> bool:
    """ "Russia's Gazprom", "Russian gas producer Gazprom": the country premodifies the organisation."""
    between = doc[country.end : org.start]
    return len(between) <= 4 and all(t.text in ("'s", "’s") or t.pos_ in ("ADJ", "NOUN") for t in between)


def _sentence(doc: Doc, token_index: int) -> str:
    return " ".join(doc[token_index].sent.text.split())


def _roles(doc: Doc, mentions: list[Mention]) -> list[RoleFact]:
    roles: dict[tuple[str, str, str], RoleFact] = {}
    for m in mentions:
        if m.label != "Person" or not m.role_target or not m.titles or m.role_target == m.key:
            continue
        held = [(title, m.role_target, m.role_current) for title in _distinct_titles([*m.joint_titles, m.titles[-1]])]
        for title, target, current in [*held, *m.other_roles]:
            role = RoleFact(
                person=m.key,
                title=title,
                target=target,
                current=current,
                evidence=_sentence(doc, m.start),
                confidence=0.85,
            )
            roles.setdefault((role.person, role.title, role.target), role)
    return list(roles.values())


def _distinct_titles(titles: list[str]) -> list[str]:
    """The last title, and the joint ones it does not contain: "Prime Minister and Foreign Minister"
    holds two offices; "Minister and Foreign Minister" one."""
    last = titles[-1]
    kept = [last]
    for t in titles[:-1]:
        words = set(t.lower().split())
        if all(not words <= set(k.lower().split()) and not set(k.lower().split()) <= words for k in kept):
            kept.append(t)
    return kept


def _based_in(doc: Doc, mentions: list[Mention]) -> list[BasedInFact]:
    """From the gazetteer, or a country just before the organisation ("Russia's Gazprom", "Russian ... Gazprom")."""
    facts: dict[str, BasedInFact] = {}
    previous: Mention | None = None
    for m in mentions:
        if m.label == "Organization" and m.key not in facts:
            country = f"country:{m.org_country}" if m.org_country else None
            confidence = 0.9
            inferable = country is None and not gazetteer.lookup_org(m.name) and previous is not None
            if inferable and previous.label == "Country" and _modifies(doc, previous, m):
                country, confidence = previous.key, 0.7
            if country:
                facts[m.key] = BasedInFact(
                    org=m.key, country=country, evidence=_sentence(doc, m.start), confidence=confidence
                )
        previous = m
    return list(facts.values())
