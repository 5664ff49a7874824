"""Extraction on small texts written for these tests: entities, roles, meetings, visits, deals, dates."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.facts import ArticleFacts
from extract.pipeline import Extractor
from graph.model import Article

WED = dt.date(2022, 7, 20)


def run(extractor: Extractor, text: str, published: dt.date | None = WED, title: str | None = None) -> ArticleFacts:
    article = Article(key=Article.make_key(text), name="test", title=title, text=text, published=published)
    return extractor.extract(article)


def entity_names(facts: ArticleFacts, label: str) -> set[str]:
    return {e.name for e in facts.entities if e.label == label}


def roles(facts: ArticleFacts) -> set[tuple[str, str, str, bool]]:
    return {(r.person, r.title.lower(), r.target, r.current) for r in facts.roles}


# -- entities and resolution inside an article ---------------------------------------------------


def test_short_forms_and_honorifics_resolve_to_one_person(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Supreme Leader Ayatollah Seyyed Ali Khamenei received the visitors in Tehran. "
        "Khamenei told them that cooperation must grow. Later, Mr. Khamenei left the hall.",
    )
    people = [e for e in facts.entities if e.label == "Person"]
    assert [p.key for p in people] == ["person:ali-khamenei"]
    assert {"Ali Khamenei", "Khamenei"} <= set(people[0].aliases)


def test_a_name_tagged_person_once_is_that_person_everywhere(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Raisi arrives in Moscow. Iranian President Ebrahim Raisi was greeted at the airport. "
        "Raisi then went to the Kremlin.",
    )
    assert entity_names(facts, "Person") == {"Ebrahim Raisi"}
    raisi = next(e for e in facts.entities if e.label == "Person")
    assert raisi.count == 3


def test_countries_by_name_alias_demonym_and_capital(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "The Russian Federation and the Islamic Republic signed nothing. Iranian officials were upset, "
        "and Moscow said it would wait.",
    )
    countries = {e.key: e for e in facts.entities if e.label == "Country"}
    assert set(countries) == {"country:RUS", "country:IRN"}
    assert "Moscow" in countries["country:RUS"].aliases
    assert countries["country:RUS"].name == "Russia"


def test_acronym_after_expansion_is_an_alias(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "The Caspian Shipping Authority (CSA) opened a new route. Officials at CSA said traffic doubled.",
    )
    orgs = [e for e in facts.entities if e.label == "Organization"]
    assert len(orgs) == 1
    assert orgs[0].name == "Caspian Shipping Authority"
    assert "CSA" in orgs[0].aliases


def test_possessive_descriptor_names_the_national_company(extractor: Extractor) -> None:
    facts = run(extractor, "Iran's national oil company expects higher exports this winter.")
    assert "National Iranian Oil Company" in entity_names(facts, "Organization")


def test_dates_and_numbers_are_not_nodes(extractor: Extractor) -> None:
    facts = run(extractor, "On Tuesday, 19 July 2022, about 40 million barrels were shipped in two days.")
    assert facts.entities == []


# -- roles ---------------------------------------------------------------------------------------


def test_roles_from_title_premodifiers(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Iran's Supreme Leader Ayatollah Ali Khamenei met Russian President Vladimir Putin, "
        "while former US President Donald Trump watched from afar.",
    )
    assert {
        ("person:ali-khamenei", "supreme leader", "country:IRN", True),
        ("person:vladimir-putin", "president", "country:RUS", True),
        ("person:donald-trump", "president", "country:USA", False),
    } <= roles(facts)


def test_role_from_apposition_and_organisation(extractor: Extractor) -> None:
    facts = run(extractor, "Farah Dakhlallah, the NATO spokeswoman, said the talks went well.")
    assert ("person:farah-dakhlallah", "spokeswoman", "org:north-atlantic-treaty-organization", True) in roles(facts)


@pytest.mark.parametrize(
    ("text", "person", "title", "state"),
    [
        ("Dmitry Peskov, the Kremlin spokesman, said the talks went well.", "person:dmitry-peskov", "spokesman", "RUS"),
        (
            "The White House said the president would not attend. Karine Jean-Pierre, the White House press "
            "secretary, gave no reason.",
            "person:karine-jean-pierre",
            "press secretary",
            "USA",
        ),
    ],
)
def test_a_seat_of_government_that_speaks_is_its_state(
    extractor: Extractor, text: str, person: str, title: str, state: str
) -> None:
    """ "The Kremlin said" is Russia speaking, as "Moscow said" is: no organisation node for the building."""
    facts = run(extractor, text)
    assert (person, title, f"country:{state}", True) in roles(facts)
    assert f"country:{state}" in {e.key for e in facts.entities}
    assert not entity_names(facts, "Organization")


@pytest.mark.parametrize(
    ("text", "person", "title", "target"),
    [
        (
            "Iran's Minister of Roads, Housing and Urban Development Farzaneh Sadegh said the deal was fair.",
            "person:farzaneh-sadegh",
            "minister of roads, housing and urban development",
            "country:IRN",
        ),
        (
            "The deal was welcomed by Ghana's Minister of Trade, Agribusiness and Industry, Elizabeth Ofosu-Adjei.",
            "person:elizabeth-ofosu-adjei",
            "minister of trade, agribusiness and industry",
            "country:GHA",
        ),
    ],
)
def test_a_portfolio_listed_with_commas_is_one_title(
    extractor: Extractor, text: str, person: str, title: str, target: str
) -> None:
    assert (person, title, target, True) in roles(run(extractor, text))


def test_the_title_of_the_person_named_before_is_not_part_of_the_next_ones(extractor: Extractor) -> None:
    facts = run(extractor, "US Secretary of State Ana Diaz and Defense Secretary Luis Vega arrived on Monday.")
    vega = next(e for e in facts.entities if e.key == "person:luis-vega")
    assert vega.titles == ["Defense Secretary"]


def test_title_of_country_pattern(extractor: Extractor) -> None:
    facts = run(extractor, "Putin also held a meeting with the Supreme Leader of Iran Ayatollah Ali Khamenei.")
    assert ("person:ali-khamenei", "supreme leader", "country:IRN", True) in roles(facts)


def test_title_without_country_is_kept_on_the_person(extractor: Extractor) -> None:
    facts = run(extractor, "The delegation included Oil Minister Javad Owji.")
    owji = next(e for e in facts.entities if e.key == "person:javad-owji")
    assert owji.titles == ["Oil Minister"]
    assert not facts.roles


# -- meetings and calls --------------------------------------------------------------------------


def test_meeting_with_place_and_relative_date(extractor: Extractor) -> None:
    facts = run(extractor, "Russian President Vladimir Putin met Iranian President Ebrahim Raisi in Tehran on Tuesday.")
    (meeting,) = facts.meetings
    assert set(meeting.participants) == {"person:vladimir-putin", "person:ebrahim-raisi"}
    assert (meeting.place, meeting.country, meeting.status) == ("Tehran", "country:IRN", "held")
    assert meeting.when is not None
    assert (meeting.when.date, meeting.when.source) == (dt.date(2022, 7, 19), "relative")


def test_planned_meeting_today_without_publication_date_is_undated(extractor: Extractor) -> None:
    facts = run(extractor, "Vladimir Putin will meet Ebrahim Raisi today.", published=None)
    (meeting,) = facts.meetings
    assert meeting.status == "planned"
    assert meeting.when is None


def test_reporter_is_not_a_participant(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kremlin spokesman Dmitry Peskov gave details about the discussion between Vladimir Putin and Ali Khamenei.",
    )
    (meeting,) = facts.meetings
    assert set(meeting.participants) == {"person:vladimir-putin", "person:ali-khamenei"}


def test_phone_call_with_the_two_presidents_and_duration(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Vladimir Putin and Ebrahim Raisi discussed trade last month. "
        "The two presidents spoke by phone for about an hour on Friday.",
    )
    calls = [m for m in facts.meetings if m.kind == "call"]
    assert len(calls) == 1
    assert set(calls[0].participants) == {"person:vladimir-putin", "person:ebrahim-raisi"}
    assert calls[0].durationMinutes == 60
    assert calls[0].when is not None and calls[0].when.date == dt.date(2022, 7, 15)


def test_one_meeting_per_article_gathers_its_details(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "President Raisi and President Putin held talks in the Kremlin on Wednesday. "
        "The meeting between Raisi and Putin lasted for 37 minutes.",
    )
    assert len(facts.meetings) == 1
    assert facts.meetings[0].durationMinutes == 37
    assert facts.meetings[0].country == "country:RUS"


# -- visits --------------------------------------------------------------------------------------


def test_visits_and_landings(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Russian President Vladimir Putin landed in Tehran on Tuesday. "
        "Former Iranian President Hassan Rouhani visited Moscow in 2017.",
    )
    visits = {(v.person, v.country, v.when.date if v.when else None) for v in facts.visits}
    assert visits == {
        ("person:vladimir-putin", "country:IRN", dt.date(2022, 7, 19)),
        ("person:hassan-rouhani", "country:RUS", dt.date(2017, 1, 1)),
    }


def test_since_year_is_not_the_visit_date(extractor: Extractor) -> None:
    facts = run(extractor, "Putin, on his first visit to Iran since 2007, presented a gift to Ali Khamenei.")
    (visit,) = facts.visits
    assert visit.country == "country:IRN"
    assert visit.when is None


# -- deals ---------------------------------------------------------------------------------------


def test_memorandum_between_companies_with_value(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "National Iranian Oil Company and Russian gas producer Gazprom signed a memorandum of understanding "
        "worth approximately $40 billion on Tuesday.",
    )
    (deal,) = facts.deals
    assert set(deal.parties) == {"org:national-iranian-oil-company", "org:gazprom"}
    assert (deal.kind, deal.valueUsd, deal.status) == ("memorandum", 40e9, "signed")
    assert deal.title.startswith("memorandum of understanding")
    assert deal.when is not None and deal.when.date == dt.date(2022, 7, 19)


def test_passive_deal_between_parties(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "A 30-billion dollar oil and gas project was signed between the National Iranian Oil Company and Rosneft.",
    )
    (deal,) = facts.deals
    assert set(deal.parties) == {"org:national-iranian-oil-company", "org:rosneft"}
    assert deal.valueUsd == 30e9
    assert deal.sector == "oil and gas"


def test_treaty_signed_by_presidents_binds_their_countries(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Iranian President Masoud Pezeshkian and Russian President Vladimir Putin signed a strategic "
        "partnership treaty in Moscow on Friday.",
    )
    (deal,) = facts.deals
    assert set(deal.parties) == {"country:IRN", "country:RUS"}
    assert deal.kind == "treaty"


def test_planned_and_cancelled_deals(extractor: Extractor) -> None:
    planned = run(extractor, "Gazprom will sign a gas contract with the National Iranian Gas Company next year.")
    assert [d.status for d in planned.deals] == ["planned"]
    cancelled = run(extractor, "Russia cancelled a contract to sell missile systems to Iran.")
    assert [d.status for d in cancelled.deals] == ["cancelled"]


# -- patterns found on held-out articles ---------------------------------------------------------


def test_family_name_first_short_form(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chinese President Xi Jinping arrived in Moscow on Monday. Xi held talks with Vladimir Putin at the Kremlin.",
    )
    assert entity_names(facts, "Person") == {"Xi Jinping", "Vladimir Putin"}
    (meeting,) = facts.meetings
    assert set(meeting.participants) == {"person:xi-jinping", "person:vladimir-putin"}
    assert (meeting.place, meeting.country) == ("Moscow", "country:RUS")


def test_untagged_name_with_an_apposed_role(extractor: Extractor) -> None:
    facts = run(extractor, "Anton Belov, Rosatom's director general, signed the papers in Cairo.")
    assert ("person:anton-belov", "director general", "org:rosatom", True) in roles(facts)


def test_he_is_the_last_acting_subject_not_the_last_speaker(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Vladimir Putin arrived in Cairo on Monday. A spokesman, Omar Nabil, said the talks were useful. "
        "He flew on to Ankara later on Monday for talks with Turkish President Recep Tayyip Erdogan.",
    )
    visits = {(v.person, v.country) for v in facts.visits}
    assert ("person:vladimir-putin", "country:TUR") in visits
    assert not any(v.person == "person:omar-nabil" for v in facts.visits)


def test_a_possessive_place_is_not_the_country_visited(extractor: Extractor) -> None:
    facts = run(extractor, "Earlier, Vladimir Putin visited Russia's air base in the Syrian desert.")
    assert ("person:vladimir-putin", "country:RUS") not in {(v.person, v.country) for v in facts.visits}


def test_joint_statements_by_the_two_leaders_bind_their_countries(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday. "
        "The two leaders then signed two joint statements on trade.",
    )
    statements = [d for d in facts.deals if d.kind == "statement"]
    assert len(statements) == 1
    assert set(statements[0].parties) == {"country:CHN", "country:RUS"}


def test_venue_gives_way_to_the_city_and_the_city_to_its_country(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Joe Biden met Xi Jinping on Wednesday at Filoli, a country estate in Istanbul, for four hours.",
    )
    (meeting,) = facts.meetings
    assert (meeting.place, meeting.country, meeting.durationMinutes) == ("Istanbul", "country:TUR", 240)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Russian Railways chief executive Oleg Belozerov flew to Tehran.",
            ("person:oleg-belozerov", "org:russian-railways"),
        ),
        ("Hamas political chief Khaled Meshaal spoke in Doha.", ("person:khaled-meshaal", "org:hamas")),
        (
            "The chairman of Tanzania Railways Corporation (TRC), Masanja Kadogosa, signed it.",
            ("person:masanja-kadogosa", "org:tanzania-railways-corporation"),
        ),
        ("Chad's military leader, General Mahamat Deby, hosted the talks.", ("person:mahamat-deby", "country:TCD")),
    ],
)
def test_the_owner_of_a_title_around_a_name(extractor: Extractor, text: str, role: tuple[str, str]) -> None:
    assert role in {(r.person, r.target) for r in run(extractor, text).roles}


def test_a_rank_after_an_owners_title_is_not_the_owners_role(extractor: Extractor) -> None:
    facts = run(extractor, "Chad's military leader, General Mahamat Deby, hosted the talks.")
    assert [(r.title.lower(), r.target) for r in facts.roles] == [("military leader", "country:TCD")]


def test_a_title_in_a_phrase_before_a_name_is_not_the_names(extractor: Extractor) -> None:
    facts = run(extractor, "In his talks with the Kenyan leader, President Samia Suluhu Hassan praised the railway.")
    assert ("person:samia-suluhu-hassan", "country:KEN") not in {(r.person, r.target) for r in facts.roles}
