"""Entity resolution across articles and runs: one node per real entity, never two people in one."""

from __future__ import annotations

import datetime as dt

from extract.facts import ArticleFacts, EntityFact, MeetingFact
from graph.model import Article, Organization, Person
from graph.resolve import EntityIndex, Resolver


def article(text: str) -> Article:
    return Article(key=Article.make_key(text), name=text[:20], text=text, published=dt.date(2022, 7, 19))


def person(name: str, *aliases: str) -> EntityFact:
    return EntityFact(key=Person.make_key(name), label="Person", name=name, aliases=[name, *aliases], count=1)


def test_a_later_run_resolves_a_surname_to_the_stored_person() -> None:
    stored = Person(
        key="person:vladimir-putin", name="Vladimir Putin", aliases=["Vladimir Putin"], titles=["President"]
    )
    resolver = Resolver([stored])
    graph = resolver.resolve(ArticleFacts(article=article("Putin spoke."), entities=[person("Putin")]))
    people = [n for n in graph.nodes if n.label == "Person"]
    assert [p.key for p in people] == ["person:vladimir-putin"]
    assert set(people[0].aliases) == {"Vladimir Putin", "Putin"}
    assert people[0].titles == ["President"]  # what the store knew is kept


def test_an_ambiguous_surname_is_not_merged_into_either_person() -> None:
    known = [
        Person(key="person:ali-khamenei", name="Ali Khamenei", aliases=["Ali Khamenei"]),
        Person(key="person:mojtaba-khamenei", name="Mojtaba Khamenei", aliases=["Mojtaba Khamenei"]),
    ]
    index = EntityIndex(known)
    assert index.find_person("Khamenei") is None
    assert index.find_person("Ali Khamenei") == "person:ali-khamenei"


def test_prime_lets_a_short_form_find_a_full_name_from_another_article_of_the_batch() -> None:
    resolver = Resolver()
    first = ArticleFacts(article=article("Khamenei met."), entities=[person("Khamenei")])
    second = ArticleFacts(article=article("Ali Khamenei met."), entities=[person("Ali Khamenei")])
    resolver.prime([first, second])
    keys = {n.key for g in (resolver.resolve(first), resolver.resolve(second)) for n in g.nodes if n.label == "Person"}
    assert keys == {"person:ali-khamenei"}


def test_organisation_acronym_resolves_to_the_expanded_name() -> None:
    stored = Organization(
        key="org:national-iranian-oil-company",
        name="National Iranian Oil Company",
        aliases=["National Iranian Oil Company", "NIOC"],
        kind="company",
    )
    resolver = Resolver([stored])
    fact = EntityFact(key="org:nioc", label="Organization", name="NIOC", aliases=["NIOC"], kind="company", count=1)
    graph = resolver.resolve(ArticleFacts(article=article("NIOC said."), entities=[fact]))
    assert [n.key for n in graph.nodes if n.label == "Organization"] == ["org:national-iranian-oil-company"]


def test_meeting_edges_carry_provenance_and_one_met_edge_per_pair() -> None:
    a = article("Three leaders met in Tehran.")
    people = [person("Vladimir Putin"), person("Ebrahim Raisi"), person("Recep Tayyip Erdogan")]
    meeting = MeetingFact(
        participants=[p.key for p in people],
        kind="summit",
        place="Tehran",
        country="country:IRN",
        title="Summit",
        evidence="Three leaders met in Tehran.",
        confidence=0.8,
    )
    graph = Resolver().resolve(ArticleFacts(article=a, entities=people, meetings=[meeting]))
    met = [r for r in graph.relationships if r.type == "MET"]
    assert len(met) == 3
    assert all(r.source == a.key and r.evidence and r.place == "Tehran" for r in met)
    assert any(n.label == "Country" and n.key == "country:IRN" for n in graph.nodes)  # the place's country exists
    assert {r.type for r in graph.relationships} >= {"ATTENDED", "HELD_IN", "REPORTS", "MENTIONS"}


def test_a_lone_uncued_surname_is_kept_only_when_the_person_is_known() -> None:
    lone = person("Westbrook").model_copy(update={"weak": True})
    unknown = Resolver().resolve(ArticleFacts(article=article("Westbrook rose."), entities=[lone]))
    assert not [n for n in unknown.nodes if n.label == "Person"]
    known = Resolver([Person(key="person:anna-westbrook", name="Anna Westbrook", aliases=["Anna Westbrook"])])
    graph = known.resolve(ArticleFacts(article=article("Westbrook rose."), entities=[lone]))
    assert [n.key for n in graph.nodes if n.label == "Person"] == ["person:anna-westbrook"]


def test_a_planned_meeting_has_attendees_but_no_met_edges_yet() -> None:
    def facts(status: str) -> ArticleFacts:
        text = f"Putin and Raisi meeting, {status}."
        return ArticleFacts(
            article=article(text),
            entities=[person("Vladimir Putin"), person("Ebrahim Raisi")],
            meetings=[
                MeetingFact(
                    status=status,
                    participants=["person:vladimir-putin", "person:ebrahim-raisi"],
                    title="Meeting",
                    evidence=text,
                    confidence=0.8,
                )
            ],
        )

    for status, met in (("planned", 0), ("held", 1)):
        graph = Resolver().resolve(facts(status))
        types = [r.type for r in graph.relationships]
        assert types.count("ATTENDED") == 2
        assert types.count("MET") == met


def test_an_arabic_lineage_is_shortened_from_its_end_never_its_start() -> None:
    known = [
        Person(key="person:faisal-bin-farhan-al-saud", name="Faisal bin Farhan Al Saud", aliases=[]),
        Person(key="person:turki-bin-faisal-al-saud", name="Turki bin Faisal Al Saud", aliases=[]),
    ]
    index = EntityIndex(known)
    assert index.find_person("Faisal bin Farhan") == "person:faisal-bin-farhan-al-saud"
    assert index.find_person("Farhan Al Saud") is None  # his father's name, not his
