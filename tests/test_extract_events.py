"""Meetings, visits, deals and roles from references back, lists and other shapes news uses.

Each test is a short text written for it; together they pin down the rules of extract/coref.py,
extract/roles.py and the event readers (extract/meetings.py, visits.py, deals.py), not any one article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract.event_context import SentenceContext
from extract.facts import ArticleFacts
from extract.pipeline import Extractor
from graph.model import Article

THU = dt.date(2024, 3, 7)  # a Thursday


def run(extractor: Extractor, text: str, published: dt.date | None = THU, dateline: str | None = None) -> ArticleFacts:
    body = f"{dateline} - {text}" if dateline else text
    article = Article(key=Article.make_key(body), name="t", text=body, published=published, dateline=dateline)
    return extractor.extract(article)


def meetings(facts: ArticleFacts) -> list[tuple[frozenset[str], str, str | None]]:
    return [(frozenset(m.participants), m.kind, m.when.date.isoformat() if m.when else None) for m in facts.meetings]


def people(*names: str) -> frozenset[str]:
    return frozenset(f"person:{n}" for n in names)


# -- who "he", "him" and "the Iranian leader" are --------------------------------------------------


def test_he_is_the_last_subject_and_not_the_person_beside_him(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Russian President Vladimir Putin flew into Baku on Monday morning, officials said. "
        "He and Azerbaijani President Ilham Aliyev held talks on Tuesday.",
    )
    assert (people("vladimir-putin", "ilham-aliyev"), "meeting", "2024-03-05") in meetings(facts)


def test_he_prefers_the_subject_of_the_main_clause(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Foreign Minister Ahmet Kaya is the first Turkish minister to visit Cairo since Omer Sahin travelled there "
        "in 2012. He met Egyptian Foreign Minister Sameh Shoukry on Wednesday.",
    )
    found = meetings(facts)
    assert (people("ahmet-kaya", "sameh-shoukry"), "meeting", "2024-03-06") in found
    assert not any("person:omer-sahin" in p for p, _, _ in found)


def test_a_definite_description_and_an_object_pronoun(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva on Tuesday. "
        "It was their second meeting since the Chinese leader hosted him in Beijing in April last year.",
    )
    found = meetings(facts)
    assert (people("xi-jinping", "luiz-inacio-lula-da-silva"), "meeting", "2024-03-05") in found
    assert (people("xi-jinping", "luiz-inacio-lula-da-silva"), "meeting", "2023-04-01") in found


# -- meetings ---------------------------------------------------------------------------------------


def test_hours_of_talks_with_someone(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "On Wednesday Indian Prime Minister Narendra Modi held three hours of talks "
        "with Kenyan President William Ruto.",
    )
    assert meetings(facts) == [(people("narendra-modi", "william-ruto"), "meeting", "2024-03-06")]


def test_everyone_in_a_between_phrase_however_it_is_parsed(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "The plan was agreed on Monday in a three-way telephone call between Joe Biden, Emmanuel Macron and "
        "Germany's chancellor, Olaf Scholz.",
    )
    assert meetings(facts) == [(people("joe-biden", "emmanuel-macron", "olaf-scholz"), "call", "2024-03-04")]


def test_separate_calls_are_separate_meetings(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kuwait's Emir Sheikh Mishal al-Ahmad al-Sabah held separate phone calls with Qatari Emir Sheikh Tamim bin "
        "Hamad Al Thani and Saudi Crown Prince Mohammed bin Salman on Wednesday.",
    )
    found = meetings(facts)
    assert len(found) == 2
    assert {p for p, kind, _ in found} == {
        people("mishal-al-ahmad-al-sabah", "tamim-bin-hamad-al-thani"),
        people("mishal-al-ahmad-al-sabah", "mohammed-bin-salman"),
    }
    assert all(kind == "call" for _, kind, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said a meeting between Vladimir Putin and Volodymyr Zelensky could become possible later.",
        "Vladimir Putin did not meet Volodymyr Zelensky during the summit.",
        "No meeting between Vladimir Putin and Volodymyr Zelensky was planned.",
    ],
)
def test_hypothetical_and_denied_meetings_are_not_meetings(extractor: Extractor, text: str) -> None:
    assert run(extractor, text).meetings == []


def test_a_meeting_denied_is_no_meeting(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Hungarian Prime Minister Viktor Orban denied on Tuesday that he had arranged to meet Russian President "
        "Vladimir Putin in Moscow, calling the report fiction.",
    )
    assert facts.meetings == []


def test_the_two_men_count_the_one_a_pronoun_names_in_the_same_sentence(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Cook Islands Prime Minister Mark Brown flew to Beijing on Monday. He met Chinese Vice-President Han Zheng "
        "on Tuesday, and on Friday he held talks with Premier Li Qiang before the two men oversaw the signing of "
        "a trade agreement.",
    )
    assert {m.participants[1] for m in facts.meetings} == {"person:han-zheng", "person:li-qiang"}
    assert all("person:mark-brown" in m.participants for m in facts.meetings)  # never Han and Li


def test_an_undated_meeting_does_not_take_the_date_of_another_far_away(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Japanese Prime Minister Fumio Kishida held talks with South Korean President Yoon Suk Yeol in Seoul. "
        "The two leaders agreed to restore a military hotline. Officials praised the mood. "
        "Trade ministers will meet next month. Analysts expect little change. "
        "The visit returned one Yoon made to Tokyo in March, when he and Kishida held their first full talks in years.",
    )
    found = meetings(facts)
    pair = people("fumio-kishida", "yoon-suk-yeol")
    assert (pair, "meeting", None) in found
    assert (pair, "meeting", "2024-03-01") in found


def test_leaders_named_with_a_shared_plural_title(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Presidents Shavkat Mirziyoyev of Uzbekistan, Sadyr Japarov of Kyrgyzstan and Emomali Rahmon of Tajikistan "
        "attended the opening.",
    )
    roles = {(r.person, r.title, r.target) for r in facts.roles}
    assert roles >= {
        ("person:shavkat-mirziyoyev", "President", "country:UZB"),
        ("person:sadyr-japarov", "President", "country:KGZ"),
        ("person:emomali-rahmon", "President", "country:TJK"),
    }


def test_a_lowercase_plural_title_with_its_portfolio_is_shared_too(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "The trade ministers of the two states, Olga Varga of Hungary and Tomas Novak of Slovakia, toured the plant.",
    )
    roles = {(r.person, r.title, r.target) for r in facts.roles}
    assert roles >= {
        ("person:olga-varga", "Trade Minister", "country:HUN"),
        ("person:tomas-novak", "Trade Minister", "country:SVK"),
    }


# -- roles ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "title", "target"),
    [
        (
            "U.S. Commerce Secretary Gina Raimondo arrived on Monday.",
            "gina-raimondo",
            "Commerce Secretary",
            "country:USA",
        ),
        (
            "Iranian Roads and Urban Development Minister Farzaneh Sadegh opened the line.",
            "farzaneh-sadegh",
            "Roads and Urban Development Minister",
            "country:IRN",
        ),
        (
            "Turkey's ambassador to Iraq, Ali Riza Guney, met the delegation.",
            "ali-riza-guney",
            "Ambassador",
            "country:TUR",
        ),
        (
            "UN Secretary-General Antonio Guterres opened the conference.",
            "antonio-guterres",
            "Secretary-General",
            "org:united-nations",
        ),
        (
            "A spokesman for Egypt's foreign ministry, Ahmed Abu Zeid, said talks would resume.",
            "ahmed-abu-zeid",
            "Spokesman",
            "org:egyptian-foreign-ministry",
        ),
        (
            "Andrei Kostin, the chief executive of Russian Railways (RZD), said traffic grew.",
            "andrei-kostin",
            "Chief Executive",
            "org:russian-railways",
        ),
    ],
)
def test_titles_with_portfolios_postings_and_bracketed_acronyms(
    extractor: Extractor, text: str, person: str, title: str, target: str
) -> None:
    roles = {(r.person, r.title, r.target) for r in run(extractor, text).roles}
    assert (f"person:{person}", title, target) in roles


def test_an_apposition_with_another_name_in_it_is_not_a_title(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "They spoke after a call between Donald Trump, Benjamin Netanyahu and Bahrain's king, "
        "Hamad bin Isa Al Khalifa.",
    )
    roles = {(r.person, r.target) for r in facts.roles}
    assert ("person:donald-trump", "country:BHR") not in roles
    assert ("person:benjamin-netanyahu", "country:BHR") not in roles


def test_an_ousted_leader_holds_the_title_no_more(extractor: Extractor) -> None:
    facts = run(extractor, "Allies of the ousted Syrian leader Bashar al-Assad fled to the coast.")
    assert [(r.person, r.current) for r in facts.roles] == [("person:bashar-al-assad", False)]


# -- visits -----------------------------------------------------------------------------------------


def test_an_arrival_with_no_place_named_ends_where_the_story_was_filed(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Turkish President Recep Tayyip Erdogan flew in on Wednesday evening for the summit.",
        dateline="BAKU",
    )
    assert [(v.person, v.country, v.when.date.isoformat()) for v in facts.visits] == [
        ("person:recep-tayyip-erdogan", "country:AZE", "2024-03-06")
    ]


def test_a_story_filed_from_a_small_town_is_placed_by_the_region_of_its_dateline(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Qatar's Emir Sheikh Tamim bin Hamad Al Thani was greeted on the tarmac on Tuesday as the emir "
        "arrived for a summit meant to end the boycott of Doha.",
        dateline="ALULA, Saudi Arabia, March 5 (Wire)",
    )
    assert [(v.person, v.country, v.when.date.isoformat()) for v in facts.visits] == [
        ("person:tamim-bin-hamad-al-thani", "country:SAU", "2024-03-05")
    ]


def test_a_family_name_written_first_stands_for_the_whole_name(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "South Korean President Yoon Suk Yeol thanked his hosts. Yoon, who flew into Tokyo earlier in the day, "
        "praised the talks.",
    )
    assert ("person:yoon-suk-yeol", "country:JPN") in {(v.person, v.country) for v in facts.visits}


@pytest.mark.parametrize(
    "text",
    [
        "President Recep Tayyip Erdogan will travel to Russia next month.",
        "The package must be ready in time for Prime Minister Fumio Kishida's visit to Washington next month.",
        "A decision is due before Secretary of State Antony Blinken goes to Moscow.",
    ],
)
def test_a_trip_yet_to_come_is_not_a_visit(extractor: Extractor, text: str) -> None:
    assert run(extractor, text).visits == []


def test_a_plural_subjects_present_tagged_as_a_base_form_still_tells_the_coming_weekday(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "That is all from us today. On Friday the leaders of the three states — Gustavo Petro, Daniel Noboa and "
        "their host Dina Boluarte — sit down for the summit's closing session in Lima.",
    )
    assert [(m.status, m.when.date if m.when else None) for m in facts.meetings] == [("planned", dt.date(2024, 3, 8))]


def test_a_sentence_opening_he_is_the_pronoun_not_a_family_name_of_the_story(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chinese Vice Premier He Lifeng held talks with Kenyan President William Ruto on Monday. "
        "Premier Li Qiang arrived in Nairobi on Tuesday. He is due to meet Ruto on Saturday.",
    )
    he_lifeng = next(e for e in facts.entities if e.key == "person:he-lifeng")
    assert he_lifeng.count == 1
    assert {m.participants[0] for m in facts.meetings if m.status == "planned"} == {"person:li-qiang"}


def test_a_meeting_held_and_another_planned_between_the_same_two_stay_apart(extractor: Extractor) -> None:
    facts = run(
        extractor,
        'Peruvian President Dina Boluarte met Ecuadorean President Daniel Noboa in Lima. "It was a very good '
        'meeting," Boluarte said. She said she would travel to Quito in May for another meeting with Noboa.',
    )
    assert sorted((m.status, m.when.date if m.when else None) for m in facts.meetings) == [
        ("held", None),  # the planned one's May is not the day they met
        ("planned", dt.date(2024, 5, 1)),
    ]


def test_the_host_named_after_a_comma_with_a_title_of_their_own_was_met(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "In Lima, Chilean President Gabriel Boric first held talks with the host, Peruvian President Dina "
        "Boluarte, who took office in 2022.",
    )
    assert meetings(facts) == [(people("gabriel-boric", "dina-boluarte"), "meeting", None)]


def test_a_tour_ended_with_talks_and_the_two_governments_of_those_who_talked(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kenyan President William Ruto ended a three-day tour of Ghana and Togo on Friday with talks with Togolese "
        "President Faure Gnassingbé in Lomé, after which the two governments signed five memorandums on trade.",
    )
    assert meetings(facts) == [(people("william-ruto", "faure-gnassingbe"), "meeting", "2024-03-01")]
    assert deal_parties(facts) == [{"country:KEN", "country:TGO"}]  # not the tour's Ghana and Togo


def test_the_name_after_a_title_and_a_rank_was_met(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Saudi Defence Minister Khalid bin Salman held talks with the commander of Iraq's army, Lieutenant "
        "General Abdul Amir Yarallah, on Thursday.",
    )
    assert meetings(facts) == [(people("khalid-bin-salman", "abdul-amir-yarallah"), "meeting", "2024-03-07")]


def test_talks_with_a_and_later_with_b_are_two_meetings_however_the_parse_hangs_b(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Qatari Defence Minister Khalid Al-Attiyah flew into Muscat on Monday morning and held talks with the chief "
        "of staff of Oman's armed forces, Vice Admiral Abdullah Al-Raisi, and later with Sultan Haitham bin Tariq.",
    )
    assert {m[0] for m in meetings(facts)} == {
        people("khalid-al-attiyah", "abdullah-al-raisi"),
        people("khalid-al-attiyah", "haitham-bin-tariq"),
    }


def test_a_family_name_alone_shared_by_two_named_is_the_one_named_first(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chinese Premier Li Qiang arrived in Seoul on Sunday. His predecessor Li Keqiang last came in 2019. "
        "On Monday Li held talks with South Korean President Yoon Suk Yeol.",
    )
    assert meetings(facts) == [(people("li-qiang", "yoon-suk-yeol"), "meeting", "2024-03-04")]


def test_a_planned_summit_does_not_take_the_day_of_another_clause(extractor: Extractor) -> None:
    # the parse reads "held" as a modifier of "talks", so "on Saturday" hangs on no verb
    facts = run(
        extractor,
        "South Korean President Lee Jae-myung held talks with Chilean President Gabriel Boric in Seoul on Saturday, "
        "making Korea the first stop of a tour that will take him to Lima for his first summit with Peruvian "
        "President Dina Boluarte.",
        published=dt.date(2024, 3, 9),
    )
    planned = [m for m in facts.meetings if m.status == "planned"]
    assert [(set(m.participants), m.when) for m in planned] == [
        ({"person:lee-jae-myung", "person:dina-boluarte"}, None)
    ]
    # and "held" is still the verb that holds the talks, on the day they were held
    assert (people("lee-jae-myung", "gabriel-boric"), "meeting", "2024-03-09") in meetings(facts)


def test_a_meeting_dated_after_the_article_is_planned(extractor: Extractor) -> None:
    facts = run(
        extractor, "Prime Minister Fumio Kishida holds talks in Washington with President Joe Biden next month."
    )
    assert [(m.status, m.when.date.isoformat()) for m in facts.meetings] == [("planned", "2024-04-01")]


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        (
            "The deal was signed during a visit to Tehran by Gazprom chief executive Alexei Miller.",
            "alexei-miller",
            "country:IRN",
        ),
        (
            "Minister Penny Wong became the first Australian foreign minister in years to travel to Beijing.",
            "penny-wong",
            "country:CHN",
        ),
        (
            "South Korean President Yoon Suk Yeol thanked his hosts. The trip returned a visit Yoon made to Tokyo.",
            "yoon-suk-yeol",
            "country:JPN",
        ),
    ],
)
def test_visits_stated_as_nouns_and_infinitives(extractor: Extractor, text: str, person: str, country: str) -> None:
    assert (f"person:{person}", country) in {(v.person, v.country) for v in run(extractor, text).visits}


# -- deals ------------------------------------------------------------------------------------------


def test_a_euro_sum_is_kept_in_euros_and_a_stated_dollar_figure_is_the_usd_value(extractor: Extractor) -> None:
    facts = run(extractor, "France and India signed a contract worth 7 billion euros ($7.6 billion) on Tuesday.")
    (deal,) = facts.deals
    assert (deal.valueAmount, deal.valueCurrency, deal.valueUsd) == (7e9, "EUR", 7.6e9)
    facts = run(extractor, "Egypt and Russia signed an agreement worth 2.5 billion euros on Tuesday.")
    (deal,) = facts.deals
    assert (deal.valueAmount, deal.valueCurrency, deal.valueUsd) == (2.5e9, "EUR", None)


def test_a_sum_belongs_to_the_deal_of_its_own_clause(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chile signed a fisheries accord with Peru in 2019, and last year Chile concluded a $300 million contract "
        "with Argentina.",
    )
    values = {tuple(sorted(d.parties)): d.valueUsd for d in facts.deals}
    assert values == {("country:CHL", "country:PER"): None, ("country:ARG", "country:CHL"): 3e8}


def test_the_leaders_of_several_states_sign_for_all_of_them(extractor: Extractor) -> None:
    facts = run(extractor, "The leaders of Ghana, Togo and Benin signed a regional power agreement on Monday.")
    assert [sorted(d.parties) for d in facts.deals] == [["country:BEN", "country:GHA", "country:TGO"]]


def test_the_two_sides_are_the_parties_of_the_last_deal(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Indonesia and France signed a contract for 20 patrol boats on Thursday. "
        "The two sides also signed a memorandum on pilot training.",
    )
    assert [(d.kind, sorted(d.parties)) for d in facts.deals] == [
        ("contract", ["country:FRA", "country:IDN"]),
        ("memorandum", ["country:FRA", "country:IDN"]),
    ]


def test_a_joint_declaration_adopted_is_a_statement_and_a_place_is_not_a_party(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kazakhstan and Uzbekistan adopted a joint declaration on water sharing "
        "in the Uzbek city of Samarkand on Monday.",
    )
    assert [(d.kind, sorted(d.parties)) for d in facts.deals] == [("statement", ["country:KAZ", "country:UZB"])]


def test_putting_names_to_a_document_is_signing_it(extractor: Extractor) -> None:
    facts = run(extractor, "Chile and Peru put their names to a fisheries accord on Wednesday.")
    assert [(d.kind, sorted(d.parties), d.status) for d in facts.deals] == [
        ("agreement", ["country:CHL", "country:PER"], "signed")
    ]


# -- where a meeting was when its sentence does not say -------------------------------------------


def places(facts: ArticleFacts) -> dict[frozenset[str], tuple[str | None, str | None]]:
    return {frozenset(m.participants): (m.place, m.country) for m in facts.meetings}


def test_a_meeting_takes_the_city_its_participant_had_just_travelled_to(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kazakh Foreign Minister Murat Nurtleu flew to Cairo on Tuesday for a two-day visit. "
        "On Wednesday he held talks with Egyptian Foreign Minister Sameh Shoukry on grain and rail links.",
    )
    assert places(facts)[people("murat-nurtleu", "sameh-shoukry")] == ("Cairo", "country:EGY")


def test_the_trip_before_the_meeting_counts_not_the_one_after(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chilean President Gabriel Boric, who flew to Madrid on March 3 and held talks there with Spanish Prime "
        "Minister Pedro Sanchez on March 4, landed in Rome on March 6.",
    )
    assert places(facts)[people("gabriel-boric", "pedro-sanchez")] == ("Madrid", "country:ESP")


def test_a_call_takes_no_place_from_a_trip(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Turkish Foreign Minister Hakan Fidan arrived in Oslo on Monday. "
        "On Tuesday he spoke by telephone with Iranian Foreign Minister Abbas Araghchi.",
    )
    assert places(facts)[people("hakan-fidan", "abbas-araghchi")] == (None, None)


def test_talks_of_the_day_before_took_place_where_the_story_was_filed(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chilean President Gabriel Boric held talks with Argentine President Javier Milei on Wednesday "
        "about a gas pipeline across the Andes.",
        dateline="SANTIAGO, March 7 (Wire)",
    )
    assert places(facts)[people("gabriel-boric", "javier-milei")] == ("Santiago", "country:CHL")


def test_a_dateline_does_not_place_talks_on_a_trip_to_another_country(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kenyan President William Ruto flew to Kampala on Monday. On Tuesday he held talks with Ugandan "
        "President Yoweri Museveni. He went on to Kigali on Wednesday.",
        dateline="NAIROBI, March 7 (Wire)",
    )
    assert places(facts)[people("william-ruto", "yoweri-museveni")] == ("Kampala", "country:UGA")
    facts = run(
        extractor,
        "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni on Tuesday. "
        "Ruto had arrived in Kampala on Monday.",
        dateline="NAIROBI, March 7 (Wire)",
    )
    assert places(facts)[people("william-ruto", "yoweri-museveni")] == (None, None)


def test_old_talks_take_no_place_from_the_dateline(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chilean President Gabriel Boric held talks with Argentine President Javier Milei on February 2.",
        dateline="SANTIAGO, March 7 (Wire)",
    )
    assert places(facts)[people("gabriel-boric", "javier-milei")] == (None, None)


def test_a_sideline_meeting_takes_the_place_of_the_summit_that_day(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Ghanaian President John Mahama, Ivorian President Alassane Ouattara and Senegalese President "
        "Bassirou Diomaye Faye met in Accra on Tuesday for a summit on cocoa prices. "
        "On the sidelines on Tuesday, Mahama also held talks with Ouattara on the border.",
    )
    assert places(facts)[people("john-mahama", "alassane-ouattara")] == ("Accra", "country:GHA")


def test_the_city_of_a_where_clause_wins_over_a_venue_with_no_known_place(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Nepalese Prime Minister Pushpa Kamal Dahal then flew to New Delhi, where Indian Prime Minister Narendra "
        "Modi received him on Thursday at the Hyderabad House.",
    )
    assert places(facts)[people("pushpa-kamal-dahal", "narendra-modi")] == ("New Delhi", "country:IND")


# -- more shapes of a meeting ----------------------------------------------------------------------


def test_people_due_to_meet_make_a_planned_meeting(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kenyan Trade Minister Lee Kinyanjui and Ugandan Trade Minister Francis Mwebesa, who chair the joint "
        "commission, are due to meet in Kampala next month.",
    )
    found = [m for m in facts.meetings if set(m.participants) == people("lee-kinyanjui", "francis-mwebesa")]
    assert len(found) == 1 and found[0].status == "planned"


def test_a_second_verb_of_the_traveller_shares_his_subject(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Spanish Prime Minister Pedro Sanchez flew to Hanoi on Monday, the first trip by a Spanish leader to "
        "Vietnam in a decade, and met Prime Minister Pham Minh Chinh on Tuesday.",
    )
    assert (people("pedro-sanchez", "pham-minh-chinh"), "meeting", "2024-03-05") in meetings(facts)


def test_a_courtesy_call_is_a_meeting_in_person(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Later on Wednesday, Australian Foreign Minister Penny Wong paid a courtesy call on Indonesian President "
        "Joko Widodo at the palace.",
    )
    assert (people("penny-wong", "joko-widodo"), "meeting", "2024-03-06") in meetings(facts)


def test_telling_someone_at_a_meeting_is_meeting_them(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "On Monday, Turkish Ambassador Ahmet Demir conveyed the invitation to Georgian Foreign Minister Ilia "
        "Darchiashvili at a meeting in Tbilisi.",
    )
    assert (people("ahmet-demir", "ilia-darchiashvili"), "meeting", "2024-03-04") in meetings(facts)


def test_signers_at_a_hosted_meeting_make_one_gathering_with_the_host(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Lindqvist and WHO Director General Tedros Adhanom Ghebreyesus signed the accord in Geneva on Monday at a "
        "meeting hosted by Swiss Foreign Minister Ignazio Cassis. Health Minister Anna Lindqvist called it a start.",
    )
    found = [frozenset(m.participants) for m in facts.meetings]
    assert found == [people("anna-lindqvist", "tedros-adhanom-ghebreyesus", "ignazio-cassis")]


# -- joint statements and declarations -----------------------------------------------------------


def test_a_declaration_the_allies_adopt_at_a_blocs_summit_is_the_blocs(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "At the ASEAN summit in Vientiane on Wednesday, the members adopted the Vientiane Declaration on "
        "maritime cooperation.",
    )
    statements = [d for d in facts.deals if d.kind == "statement"]
    assert [d.parties for d in statements] == [["org:association-of-southeast-asian-nations"]]


@pytest.mark.parametrize(
    "text",
    [
        "Host President Paul Kagame opened the summit alongside Kenyan President William Ruto, Ugandan President "
        "Yoweri Museveni and Tanzanian President Samia Suluhu Hassan on Monday.",
        "The summit, chaired by Rwandan President Paul Kagame, brought together Kenyan President William Ruto, "
        "Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan on Monday.",
    ],
)
def test_who_opened_or_chaired_a_summit_was_at_it(extractor: Extractor, text: str) -> None:
    four = people("paul-kagame", "william-ruto", "yoweri-museveni", "samia-suluhu-hassan")
    assert (four, "summit", "2024-03-04") in meetings(run(extractor, text))


def test_an_aide_with_a_title_of_his_own_is_none_of_the_two_presidents(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Argentine President Javier Milei spoke by telephone on Monday with Dina Boluarte, who leads Peru. "
        "Presidential aide Karina Milei said the two presidents would meet in Lima next month.",
    )
    planned = [set(m.participants) for m in facts.meetings if m.status == "planned"]
    assert planned == [set(people("javier-milei", "dina-boluarte"))]


def test_his_trip_someone_made_is_his_own_not_a_possessors_in_an_apposition(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chilean President Gabriel Boric spoke on Monday. Sebastian Pinera, Boric's predecessor, made his first "
        "trip abroad as president, to Buenos Aires.",
    )
    assert ("person:sebastian-pinera", "country:ARG") in trips(facts)
    assert ("person:gabriel-boric", "country:ARG") not in trips(facts)


def test_a_former_leader_named_last_is_not_one_of_the_leaders_who_met(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chilean President Gabriel Boric hosted Argentine President Javier Milei in Santiago on Monday. "
        "Former Chilean president Michelle Bachelet attended the lunch. The two leaders held talks on lithium.",
    )
    assert people("michelle-bachelet", "javier-milei") not in {m[0] for m in meetings(facts)}
    assert people("gabriel-boric", "javier-milei") in {m[0] for m in meetings(facts)}


def test_due_to_call_on_someone_is_a_planned_meeting_with_them(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kenyan Foreign Minister Musalia Mudavadi is due to call on interim Prime Minister Abiy Ahmed on Friday.",
    )
    assert [(set(m.participants), m.status) for m in facts.meetings] == [
        (set(people("musalia-mudavadi", "abiy-ahmed")), "planned")
    ]


def test_a_deal_that_took_effect_was_concluded_but_not_on_that_day(extractor: Extractor) -> None:
    facts = run(extractor, "A customs agreement between Kenya and Ethiopia entered into force in May 2022.")
    assert [(set(d.parties), d.status, d.when) for d in facts.deals] == [
        ({"country:KEN", "country:ETH"}, "signed", None)
    ]


def test_a_deal_named_by_its_past_year_was_made_that_year(extractor: Extractor) -> None:
    facts = run(extractor, "Critics in Nairobi still cite the 2019 fisheries agreement between Kenya and Somalia.")
    deal = next(d for d in facts.deals)
    assert set(deal.parties) == {"country:KEN", "country:SOM"} and deal.when is not None
    assert (deal.when.date.year, deal.when.precision) == (2019, "year")
    facts = run(extractor, "Officials hope the 2026 fisheries agreement between Kenya and Somalia will hold.")
    assert not facts.deals


def test_a_declaration_leaders_adopt_together_is_theirs_jointly(extractor: Extractor) -> None:
    lead = (
        "Kenyan President William Ruto, Tanzanian President Samia Suluhu Hassan and Ugandan President Yoweri "
        "Museveni met in Arusha on Monday. "
    )
    for text in ("The three leaders then adopted a declaration on the railway.",
                 "The three leaders issued a joint leaders' statement on the railway."):  # fmt: skip
        facts = run(extractor, lead + text)
        statements = [d for d in facts.deals if d.kind == "statement"]
        assert [set(d.parties) for d in statements] == [{"country:KEN", "country:TZA", "country:UGA"}], text
    facts = run(extractor, lead + "Ruto then issued a declaration on the railway.")
    assert not [d for d in facts.deals if d.kind == "statement"]


def test_a_joint_statement_issued_after_talks_is_by_the_states_of_those_who_met_and_on_their_day(
    extractor: Extractor,
) -> None:
    facts = run(
        extractor,
        "Chilean Foreign Minister Alberto van Klaveren met his Argentine counterpart, Diana Mondino, in Santiago "
        "on Monday. The two ministers, whose countries share the longest border in South America, held talks on "
        "fisheries and afterwards issued a joint statement on the Beagle Channel.",
    )
    statement = next(d for d in facts.deals if d.kind == "statement")
    assert "country:ARG" in statement.parties and statement.when is not None
    assert statement.when.date == dt.date(2024, 3, 4)


def test_a_named_counterpart_holds_the_office_for_the_state_of_the_demonym(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Foreign Minister Penny Wong met her Japanese and Indian counterparts, Yoko Kamikawa and Subrahmanyam "
        "Jaishankar, in Tokyo on Tuesday.",
    )
    roles = {(r.person, r.title, r.target) for r in facts.roles}
    assert ("person:yoko-kamikawa", "Minister", "country:JPN") in roles
    assert ("person:subrahmanyam-jaishankar", "Minister", "country:IND") in roles
    assert people("penny-wong", "yoko-kamikawa", "subrahmanyam-jaishankar") in {p for p, _, _ in meetings(facts)}


def test_the_capital_of_a_demonym_is_the_meetings_city(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in the Ethiopian "
        "capital on Monday.",
    )
    assert places(facts)[people("william-ruto", "abiy-ahmed")] == ("Addis Ababa", "country:ETH")


# -- who else made the trip ----------------------------------------------------------------------


def trips(facts: ArticleFacts) -> set[tuple[str, str]]:
    return {(v.person, v.country) for v in facts.visits}


def test_as_did_others_made_the_same_trip(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kenyan President William Ruto flew into Juba for the inauguration on Tuesday, as did Ugandan President "
        "Yoweri Museveni and Rwandan President Paul Kagame.",
    )
    assert {("person:yoweri-museveni", "country:SSD"), ("person:paul-kagame", "country:SSD")} <= trips(facts)


def test_a_delegation_its_leader_flew_at_the_head_of_made_the_trip(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Ghanaian President John Mahama flew into Abuja on Monday at the head of a delegation that included "
        "Foreign Minister Samuel Okudzeto Ablakwa.",
    )
    assert ("person:samuel-okudzeto-ablakwa", "country:NGA") in trips(facts)


def test_a_trip_on_to_a_second_stop_dates_each_stop_by_its_own_words(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Brazilian President Luiz Inacio Lula da Silva and Chilean President Gabriel Boric had earlier travelled "
        "to Quito, where they met Ecuadorean President Daniel Noboa on March 1, and to Lima for talks with "
        "Peruvian President Dina Boluarte the next evening, March 2.",
    )
    assert {
        ("person:gabriel-boric", "country:ECU", "2024-03-01"),
        ("person:gabriel-boric", "country:PER", "2024-03-02"),
    } <= visits(facts)
    lula_and_boric = ("luiz-inacio-lula-da-silva", "gabriel-boric")
    assert (people(*lula_and_boric, "daniel-noboa"), "summit", "2024-03-01") in meetings(facts)
    assert places(facts)[people(*lula_and_boric, "dina-boluarte")] == ("Lima", "country:PER")


def test_then_on_to_a_second_city_for_talks_is_a_visit_and_a_meeting_there(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "On Tuesday Indian Prime Minister Narendra Modi flew to Ghana, where President John Mahama received him "
        "in Accra, and then on to Abuja for talks with Nigerian President Bola Tinubu.",
    )
    assert ("person:narendra-modi", "country:NGA", "2024-03-05") in visits(facts)
    assert places(facts)[people("narendra-modi", "bola-tinubu")] == ("Abuja", "country:NGA")


def test_a_date_inside_an_after_phrase_is_the_other_events_not_the_trips(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Danish Prime Minister Mette Frederiksen travelled to Oslo on Monday and, after talks with Norwegian "
        "Prime Minister Jonas Gahr Store at his residence on Tuesday, said the two would share patrol ships.",
    )
    assert ("person:mette-frederiksen", "country:NOR", "2024-03-04") in visits(facts)


def test_they_in_a_clause_of_the_sentence_are_its_main_subjects(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni met on Monday. Nigerian President "
        "Bola Tinubu and Ghanaian President John Mahama then flew to Dakar, where they met Senegalese President "
        "Bassirou Diomaye Faye.",
    )
    assert people("bola-tinubu", "john-mahama", "bassirou-diomaye-faye") in {m[0] for m in meetings(facts)}


def test_a_companion_on_the_trip_made_the_trip(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Indonesian President Prabowo Subianto arrived in Canberra on Monday. Foreign Minister Sugiono, who is "
        "accompanying the president on the trip, said talks would cover defence.",
    )
    assert ("person:sugiono", "country:AUS") in trips(facts)


def test_an_earlier_trip_in_a_time_phrase_is_the_subjects(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Slovak Prime Minister Robert Fico flew to Shanghai on Sunday, a week after a trip to Baku for an energy "
        "forum.",
    )
    assert {("person:robert-fico", "country:CHN"), ("person:robert-fico", "country:AZE")} <= trips(facts)


def test_a_visit_by_someone_during_which_a_deal_was_signed_went_where_it_was_signed(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "The frigate contract was signed in Manila on Tuesday during a visit by Italian Defence Minister Guido "
        "Crosetto.",
    )
    assert ("person:guido-crosetto", "country:PHL") in trips(facts)


def test_people_who_both_arrived_both_travelled(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Serbian President Aleksandar Vucic and Hungarian Prime Minister Viktor Orban, who both arrived in Baku "
        "on Monday, held talks with Azerbaijani President Ilham Aliyev.",
    )
    assert {("person:aleksandar-vucic", "country:AZE"), ("person:viktor-orban", "country:AZE")} <= trips(facts)


def test_two_undated_trips_in_one_sentence_give_a_meeting_no_place(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Slovak Prime Minister Robert Fico flew to Shanghai and met Chinese Premier Li Qiang, days after a trip "
        "to Baku for an energy forum.",
    )
    assert places(facts)[people("robert-fico", "li-qiang")] == (None, None)


# -- more titles ----------------------------------------------------------------------------------


def test_two_joined_titles_are_two_roles(extractor: Extractor) -> None:
    facts = run(extractor, "The talks were chaired by Kuwait's Prime Minister and Defence Minister Ahmad al-Sabah.")
    roles = {(r.title, r.target) for r in facts.roles if r.person == "person:ahmad-al-sabah"}
    assert roles == {("Prime Minister", "country:KWT"), ("Defence Minister", "country:KWT")}


def test_a_style_before_the_name_is_no_second_office(extractor: Extractor) -> None:
    facts = run(extractor, "The talks were attended by Saudi Foreign Minister Prince Faisal bin Farhan on Monday.")
    assert [r.title for r in facts.roles if r.person == "person:faisal-bin-farhan"] == ["Foreign Minister"]


def test_a_title_the_clause_gives_its_subject(extractor: Extractor) -> None:
    facts = run(extractor, "Petteri Orpo spent his first month as Finland's prime minister on a tour of the Baltics.")
    assert {(r.person, r.title, r.target) for r in facts.roles} == {
        ("person:petteri-orpo", "Prime Minister", "country:FIN")
    }


def test_a_phrase_of_company_after_a_name_is_no_title(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Talks will be led by Trade Secretary Mira Holt and Commerce Secretary nominee Dan Pryce, together with "
        "senior Canadian officials.",
    )
    assert not any(r.target == "country:CAN" for r in facts.roles)


# -- more ways of saying a deal was made -----------------------------------------------------------


def deal_parties(facts: ArticleFacts) -> list[set[str]]:
    return [set(d.parties) for d in facts.deals]


@pytest.mark.parametrize(
    ("text", "parties", "month"),
    [
        # the parse hangs "that ... signed" on the last noun of the treaty's name
        (
            "Chile and Peru still rely on a treaty on the use of border rivers that Santiago and Lima signed "
            "in May 1999.",
            {"country:CHL", "country:PER"},
            dt.date(1999, 5, 1),
        ),
        # an unmarked relative clause read as the object of "builds on", with "signed" on it
        (
            "Ghana and Togo held talks on Monday. The pact builds on the maritime security agreement the two "
            "governments signed in June 2020, which covers the lagoon.",
            {"country:GHA", "country:TGO"},
            dt.date(2020, 6, 1),
        ),
        # the same, with an apposition after it that names another state
        (
            "Work began on the Kenya-Uganda-Rwanda pipeline under a framework agreement the three countries signed "
            "in Kigali in March 2024, a route Tanzania opposed.",
            {"country:KEN", "country:UGA", "country:RWA"},
            dt.date(2024, 3, 1),
        ),
    ],
)
def test_a_deal_told_in_a_relative_clause_the_parse_misplaced(
    extractor: Extractor, text: str, parties: set[str], month: dt.date
) -> None:
    facts = run(extractor, text)
    assert [(set(d.parties), d.when.date if d.when else None) for d in facts.deals] == [(parties, month)]


def test_the_agreement_said_to_be_signed_is_the_one_named_before_with_its_parties(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "A customs agreement between Kenya and Ethiopia took effect on Monday. "
        "The agreement was signed in Arusha in March 2024.",
    )
    assert [(set(d.parties), d.when.date if d.when else None) for d in facts.deals] == [
        ({"country:KEN", "country:ETH"}, dt.date(2024, 3, 1))
    ]


def test_a_signing_hoped_for_is_no_signing_of_the_document_named_before(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Ministers discussed the trade agreement between Chile and the European Union on Monday. "
        "Santiago pressed for the agreement to be signed before the end of the year.",
    )
    assert facts.deals == []


def test_a_contract_awarded_is_made_by_who_awarded_it_and_who_won_it(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "The US Coast Guard awarded VT Halter Marine a $745.9 million contract in April 2019 to build a cutter.",
    )
    assert [(set(d.parties), d.kind, d.valueUsd) for d in facts.deals] == [
        ({"org:us-coast-guard", "org:vt-halter-marine"}, "contract", 745_900_000.0)
    ]


def test_their_ministers_sign_for_the_states_of_the_leaders_who_met(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kenyan President William Ruto and Ghanaian President John Mahama held talks in Accra on Thursday, after "
        "which the two leaders signed a joint statement and their ministers signed 12 memorandums of "
        "understanding on trade, transport and energy.",
    )
    memorandum = next(d for d in facts.deals if d.kind == "memorandum")
    assert set(memorandum.parties) == {"country:KEN", "country:GHA"}
    assert memorandum.title == "memorandums of understanding on trade, transport and energy"


def test_a_treaty_in_a_bodys_name_is_no_document(extractor: Extractor) -> None:
    facts = run(extractor, "Armenia suspended its part in the Collective Security Treaty Organization in 2024.")
    assert facts.deals == []


def test_the_united_states_issuing_a_joint_statement_is_not_a_blocs_members(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "The port plan builds on the Arctic Research Compact, a joint statement on polar science that the "
        "United States, Norway and Iceland issued at the NATO summit in Vilnius in July 2023.",
    )
    assert deal_parties(facts) == [{"country:USA", "country:NOR", "country:ISL"}]


def test_leaders_who_watch_officials_sign_are_the_parties(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Egyptian President Abdel Fattah al-Sisi and South Korean President Yoon Suk Yeol watched officials sign a "
        "memorandum on a new metro line on Monday.",
    )
    assert deal_parties(facts) == [{"country:EGY", "country:KOR"}]


def test_parties_who_say_they_concluded_an_agreement(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "The European Union and Indonesia announced on Friday that they had concluded negotiations on a free "
        "trade agreement.",
    )
    assert deal_parties(facts) == [{"org:european-union", "country:IDN"}]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ghana and Togo reached an agreement on the border crossing on Tuesday.", True),
        ("Norway said it was ready to help Ghana and Togo reach an agreement.", False),
        ("The two delegations reached agreement on some technical issues, Ghana said.", False),
    ],
)
def test_reaching_an_agreement_concludes_one_only_when_it_happened(
    extractor: Extractor, text: str, found: bool
) -> None:
    assert bool(run(extractor, text).deals) is found


def test_becoming_the_first_leader_to_do_something_is_no_office(extractor: Extractor) -> None:
    facts = run(extractor, "Giorgia Meloni became the first Italian leader in a decade to visit Seoul.")
    assert [r.title for r in facts.roles] == []


def test_the_host_of_a_session_that_brought_people_together_is_at_it(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kazakh President Kassym-Jomart Tokayev hosted the forum, which brought together Uzbek President Shavkat "
        "Mirziyoyev and Kyrgyz President Sadyr Japarov.",
    )
    assert people("kassym-jomart-tokayev", "shavkat-mirziyoyev", "sadyr-japarov") in {p for p, _, _ in meetings(facts)}


def test_a_list_of_subjects_the_parse_chains_as_appositions_is_one_list(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "At the summit, French President Emmanuel Macron, Zelensky and NATO Secretary General Mark Rutte met with "
        "alliance leaders on Wednesday.",
    )
    assert people("emmanuel-macron", "zelensky", "mark-rutte") in {p for p, _, _ in meetings(facts)}


def test_a_who_clause_right_after_a_name_gives_its_title(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "The pact was signed by Australian Defence Minister Richard Marles and Prabowo Subianto, who was then "
        "Indonesia's defence minister.",
    )
    roles = {(r.person, r.title, r.target, r.current) for r in facts.roles}
    assert ("person:prabowo-subianto", "Defence Minister", "country:IDN", False) in roles
    assert not any(p == "person:richard-marles" and t == "country:IDN" for p, _, t, _ in roles)


def test_a_fund_named_in_apposition_is_an_organisation(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Export Finance Australia and Indonesia's new sovereign wealth fund, Danantara, signed a memorandum.",
    )
    assert any(e.label == "Organization" and e.name == "Danantara" for e in facts.entities)


def test_the_head_of_a_delegation_made_its_trip(extractor: Extractor) -> None:
    facts = run(
        extractor, "A Turkish trade delegation led by Trade Minister Omer Bolat flew to Baku on Tuesday for talks."
    )
    assert ("person:omer-bolat", "country:AZE") in trips(facts)


def test_a_visit_in_a_whose_clause_is_the_antecedents(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Uzbek President Shavkat Mirziyoyev, whose state visit to Seoul in January was his first, will host the forum.",
    )
    assert ("person:shavkat-mirziyoyev", "country:KOR") in trips(facts)


def test_a_list_of_who_sat_around_the_table_is_a_summit(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Leaders of the five states gathered in the hall at noon. Around the table: Kazakh President Kassym-Jomart "
        "Tokayev, Russian President Vladimir Putin and Iranian President Masoud Pezeshkian.",
    )
    trio = people("kassym-jomart-tokayev", "vladimir-putin", "masoud-pezeshkian")
    assert (trio, "summit", None) in meetings(facts)


def test_a_meeting_during_a_visit_to_where_a_deal_was_signed_is_in_that_city(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "The frigate contract was signed in Manila on Tuesday during a visit by Italian Defence Minister Guido "
        "Crosetto. Crosetto held talks with Philippine Defence Secretary Gilberto Teodoro on Tuesday.",
    )
    assert places(facts)[people("guido-crosetto", "gilberto-teodoro")] == ("Manila", "country:PHL")


@pytest.mark.parametrize(
    ("text", "heading"),
    [("Tuesday: Orban meets Vucic", True), ("On Tuesday the president travels on to Belgrade.", False)],
)
def test_a_short_line_with_no_stop_is_a_heading_whose_present_tense_tells_the_past(
    extractor: Extractor, text: str, heading: bool
) -> None:
    sent = next(extractor.nlp(text).sents)
    assert SentenceContext(sent, [], THU).is_heading is heading


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Prime Minister Petr Fiala received the President of the Republic of Serbia, Aleksandar Vucic, on Tuesday.",
            ("person:aleksandar-vucic", "President", "country:SRB", True),
        ),
        (
            "His talks with Marek Novotny, the Czech deputy prime minister who oversees energy, ran late.",
            ("person:marek-novotny", "Deputy Prime Minister", "country:CZE", True),
        ),
        (
            "The treaty was signed by Ivo Brandt and Ahmad Karimi, at the time Iran's roads minister.",
            ("person:ahmad-karimi", "Roads Minister", "country:IRN", False),
        ),
        (
            "Pavel Sova, chairman of Czech Railways (CD), held a video call with his Polish counterpart.",
            ("person:pavel-sova", "Chairman", "org:czech-railways", True),
        ),
        (
            "The contract was signed at Rostec's headquarters by the company's chief executive, Sergei Chemezov.",
            ("person:sergei-chemezov", "Chief Executive", "org:rostec", True),
        ),
    ],
)
def test_titles_in_appositions_clauses_and_full_state_names(
    extractor: Extractor, text: str, role: tuple[str, str, str, bool]
) -> None:
    assert role in {(r.person, r.title, r.target, r.current) for r in run(extractor, text).roles}


def test_sitting_down_with_a_host_is_a_meeting_and_sitting_alone_is_not(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Greek Foreign Minister Giorgos Gerapetritis landed on Monday. Gerapetritis and his host, Hakan Fidan, "
        "sat down at the ministry shortly after ten. Later Fidan sat on a panel.",
    )
    assert [frozenset(m.participants) for m in facts.meetings] == [people("giorgos-gerapetritis", "hakan-fidan")]


def test_talks_with_his_counterpart_are_his_too(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Ghanaian President John Mahama flew to Lome on Monday. Talks with his Togolese counterpart, Faure "
        "Gnassingbe, took place at the palace.",
    )
    assert people("john-mahama", "faure-gnassingbe") in {p for p, _, _ in meetings(facts)}


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "The bloc's prime ministers, including Armenia's Nikol Pashinyan and Kyrgyzstan's Adylbek Kasymaliev, "
            "approved the budget.",
            {
                ("person:nikol-pashinyan", "Prime Minister", "country:ARM"),
                ("person:adylbek-kasymaliev", "Prime Minister", "country:KGZ"),
            },
        ),
        (
            "The deal was signed by the two foreign ministers, Maria Soledad Ortiz of Paraguay and Tomas Brandt "
            "of Denmark.",
            {
                ("person:maria-soledad-ortiz", "Foreign Minister", "country:PRY"),
                ("person:tomas-brandt", "Foreign Minister", "country:DNK"),
            },
        ),
    ],
)
def test_a_plural_title_before_a_list_of_state_officials(
    extractor: Extractor, text: str, roles: set[tuple[str, str, str]]
) -> None:
    assert roles <= {(r.person, r.title, r.target) for r in run(extractor, text).roles}


def test_a_rank_after_an_office_is_a_style_not_part_of_the_title(extractor: Extractor) -> None:
    facts = run(extractor, "Foreign Minister Senator Joan Kirby flew to Apia on Monday.")
    assert [e.titles for e in facts.entities if e.key == "person:joan-kirby"] == [["Foreign Minister"]]


def test_talks_between_the_two_leaders_are_theirs_but_not_a_commentators(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "The pact was signed on Monday by Prime Minister Sitiveni Rabuka and his Tongan counterpart, Aisake "
        "Eke, after talks between the two leaders that morning. Kevin Ward said on Tuesday that the meeting "
        "between the two leaders was a snub.",
    )
    assert [frozenset(m.participants) for m in facts.meetings] == [people("sitiveni-rabuka", "aisake-eke")]


def test_a_hyphenated_title_in_an_apposition_stays_whole(extractor: Extractor) -> None:
    facts = run(extractor, "Carlos Mena, Colombia's vice-president, said the talks would resume.")
    assert ("person:carlos-mena", "Vice-President", "country:COL") in {
        (r.person, r.title, r.target) for r in facts.roles
    }


def test_a_video_conference_of_people_listed_after_a_group_noun_is_a_call(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "The heads of the two space agencies, Lena Varga of Hungary and Piotr Nowak of Poland, held a video "
        "conference on Tuesday. A press conference followed in Budapest.",
    )
    assert meetings(facts) == [(people("lena-varga", "piotr-nowak"), "call", "2024-03-05")]


def test_travelling_somewhere_to_meet_someone_is_a_meeting_there_in_the_travels_mood(
    extractor: Extractor,
) -> None:
    facts = run(
        extractor,
        "Trade Minister Ines Dorr met Karl Aberg in Oslo on Monday. Dorr plans to travel to Stockholm next "
        "month to continue the talks with Aberg. Aberg did not fly to Riga to meet Toomas Kask.",
    )
    found = {(frozenset(m.participants), m.status, m.place, m.when.date.isoformat() if m.when else None)
             for m in facts.meetings}  # fmt: skip
    assert found == {
        (people("ines-dorr", "karl-aberg"), "held", "Oslo", "2024-03-04"),
        (people("ines-dorr", "karl-aberg"), "planned", "Stockholm", "2024-04-01"),
    }


def test_an_undated_restatement_of_a_dated_meeting_adds_no_second_one(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Prime Minister Aiko Tanaka received Foreign Minister Jonas Berg in Tokyo on Monday. Berg toured a "
        "shipyard in the afternoon. The visit had been planned for months. Before he was taken to see Tanaka, "
        "Berg laid a wreath at a memorial.",
    )
    assert meetings(facts) == [(people("aiko-tanaka", "jonas-berg"), "meeting", "2024-03-04")]


def test_his_demonym_counterpart_is_the_person_last_named_with_that_state(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Ministers from Peru's Gustavo Adrianzen to Chile's Alberto van Klaveren attended the forum. "
        "On Wednesday, Adrianzen and his Chilean counterpart met on the sidelines.",
    )
    assert (people("gustavo-adrianzen", "alberto-van-klaveren"), "meeting", "2024-03-06") in meetings(facts)


@pytest.mark.parametrize(
    ("text", "parties", "met"),
    [
        (
            "Minister Okada and Secretary Reyes signed the Japan-Philippines logistics agreement on Monday.",
            {"country:JPN", "country:PHL"},
            0,  # officials' signing alone tells no meeting: the documents may travel by courier
        ),
        (
            "Minister Okada and Secretary Reyes signed the Japan-Philippines logistics agreement at a ceremony in "
            "Manila on Monday.",
            {"country:JPN", "country:PHL"},
            1,  # at a ceremony, they met
        ),
        (
            "Chilean President Gabriel Boric and Peruvian President Dina Boluarte signed a border agreement on Monday.",
            {"country:CHL", "country:PER"},
            1,  # leaders who sign together have met
        ),
        (
            "The accord was signed in Lima on 3 May 2023 by Ana Ruiz, then Peru's trade minister, and Tomas Greco, "
            "at the time Chile's economy minister.",
            {"country:PER", "country:CHL"},
            0,  # the document's story: signed by them, not that they met
        ),
    ],
)
def test_deal_parties_from_the_deals_name_and_from_passive_signers(
    extractor: Extractor, text: str, parties: set[str], met: int
) -> None:
    facts = run(extractor, text)
    assert deal_parties(facts) == [parties]
    assert len(facts.meetings) == met


def test_a_portfolio_after_a_title_is_no_organisation_and_the_name_after_its_comma_a_person(
    extractor: Extractor,
) -> None:
    facts = run(extractor, "The deal was signed by Chile's Minister of Mining and Energy, Dubravka Đedović Vargas.")
    assert {e.name for e in facts.entities if e.label == "Person"} == {"Dubravka Đedović Vargas"}
    assert not [e for e in facts.entities if e.label == "Organization"]


def test_a_bracketed_short_form_names_its_organisation_wherever_it_stands(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "The loan from the Export-Import Bank of Korea (KEXIM) was welcomed. It was signed by Mr. HWANG Ki-yeon, "
        "Chairman and President of KEXIM.",
    )
    assert {e.name for e in facts.entities if e.label == "Organization"} == {"Export-Import Bank of Korea"}
    assert ("person:hwang-ki-yeon", "Chairman", "org:export-import-bank-of-korea") in {
        (r.person, r.title, r.target) for r in facts.roles
    }


def visits(facts: ArticleFacts) -> set[tuple[str, str, str | None]]:
    return {(v.person, v.country, v.when.date.isoformat() if v.when else None) for v in facts.visits}


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Trade Minister Omar Haddad opened the fair in Rabat, where he had arrived on Tuesday.",
            ("person:omar-haddad", "country:MAR", "2024-03-05"),
        ),
        (
            "The deal was signed at the port in Hamburg by Lars Vogel and Omar Haddad. Haddad had arrived in the "
            "city on Wednesday morning on a flight from Rabat.",
            ("person:omar-haddad", "country:DEU", "2024-03-06"),
        ),
    ],
)
def test_arrivals_where_a_city_was_named_just_before(
    extractor: Extractor, text: str, visit: tuple[str, str, str]
) -> None:
    assert visit in visits(run(extractor, text))


def test_a_companion_travels_on_the_dated_statement_of_the_trip(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "President Lena Moss arrived in Ottawa on Tuesday. It was her first visit to Canada. Foreign Minister "
        "Paul Greer, who accompanied Moss on the trip, spoke to reporters.",
    )
    assert ("person:paul-greer", "country:CAN", "2024-03-05") in visits(facts)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Talks were held between Greek Transport Minister Nikos Kallis and his Cypriot counterpart, Ports and "
            "Shipping Minister Eleni Pavlou.",
            ("person:eleni-pavlou", "Ports and Shipping Minister", "country:CYP"),
        ),
        (
            "The heads of the two central banks, Maria Lind of the European Central Bank and Jan Holm of the "
            "Reserve Bank of India, held a video conference on Tuesday.",
            ("person:jan-holm", "Head", "org:reserve-bank-of-india"),
        ),
    ],
)
def test_titles_a_counterpart_or_a_plural_head_lends(
    extractor: Extractor, text: str, role: tuple[str, str, str]
) -> None:
    assert role in {(r.person, r.title, r.target) for r in run(extractor, text).roles}


def test_a_counterpart_styled_prince_holds_no_princely_office_of_his_state(extractor: Extractor) -> None:
    facts = run(extractor, "Foreign Minister Anil Rao met his Saudi counterpart, Prince Faisal bin Farhan, on Monday.")
    assert not [r for r in facts.roles if r.person == "person:faisal-bin-farhan" and r.title == "Prince"]


def test_an_undated_meeting_is_not_a_restatement_of_a_dated_call(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "President Kofi Mensah spoke by telephone with President Victor Klutse on Monday. Officials said the "
        "corridor plan was on track. The port is due to open next year. Mensah and Klutse have met in person "
        "to discuss it.",
    )
    assert {(p, k) for p, k, _ in meetings(facts)} == {
        (people("kofi-mensah", "victor-klutse"), "call"),
        (people("kofi-mensah", "victor-klutse"), "meeting"),
    }


def test_a_title_in_the_possessive_is_someone_elses(extractor: Extractor) -> None:
    facts = run(extractor, "Rafael Costa, the Chilean president's special envoy, flew to Lima on Thursday.")
    assert {(r.person, r.title) for r in facts.roles} == {("person:rafael-costa", "Special Envoy")}


def test_a_meeting_at_a_building_takes_the_city_not_the_building(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Prime Minister Aiko Tanaka flew to New Delhi on Monday. On Tuesday she and Narendra Modi held talks at "
        "Rajghat House.",
    )
    assert [m.place for m in facts.meetings] == ["New Delhi"]


def test_a_trade_target_in_a_joint_statement_is_not_its_value(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chile and Peru signed a joint statement on Monday setting a target of $20 billion in bilateral trade by 2030.",
    )
    assert [(d.kind, d.valueUsd) for d in facts.deals] == [("statement", None)]


def test_a_relative_clause_in_a_list_tells_of_its_own_name_only(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "President Nana Owusu hosted the forum, which was attended by Kenya's President Amos Kibet, who arrived "
        "in Accra on Tuesday morning, Chad's President Idriss Tahir, who had flown in on Monday, and Omar Sy.",
    )
    found = visits(facts)
    assert ("person:amos-kibet", "country:GHA", "2024-03-05") in found
    assert not [v for v in found if v[0] != "person:amos-kibet" and v[2] == "2024-03-05"]


def test_arriving_at_the_start_of_a_visit_to_a_country_is_a_visit_there(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Foreign Minister Ana Ruiz landed at the military airport on Monday at the start of a three-day visit to Peru.",
    )
    assert visits(facts) == {("person:ana-ruiz", "country:PER", "2024-03-04")}


def test_beginning_a_summit_is_holding_it(extractor: Extractor) -> None:
    facts = run(extractor, "President Lena Moss and President Paul Greer began the annual summit on Tuesday.")
    assert meetings(facts) == [(people("lena-moss", "paul-greer"), "meeting", "2024-03-05")]


@pytest.mark.parametrize(
    "text",
    [
        "A meeting between Omar Haddad and Lars Vogel, which had been pencilled in for Tunis, was called off.",
        "Talks between Omar Haddad and Lars Vogel were postponed because of the storm.",
    ],
)
def test_a_meeting_called_off_or_postponed_is_none(extractor: Extractor, text: str) -> None:
    assert not run(extractor, text).meetings


def test_the_demonym_official_is_the_one_last_named_with_that_state(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Karim Haddad, the secretary of Iran's Supreme National Security Council, arrived in Baghdad on "
        "Monday. The Iranian official then met Prime Minister Hassan Ali on Tuesday.",
    )
    assert (people("karim-haddad", "hassan-ali"), "meeting", "2024-03-05") in meetings(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Ana Rojas arrived in Lima on Tuesday for talks, accompanied by Foreign Minister Tomas "
        "Vidal and a delegation of business leaders.",
        "Chilean President Ana Rojas arrived in Lima on Tuesday. Rojas was accompanied by her foreign minister, "
        "Tomas Vidal.",
        "Chilean President Ana Rojas arrived in Lima on Tuesday. Foreign Minister Tomas Vidal, who travelled with "
        "Rojas, met business leaders.",
    ],
)
def test_one_accompanying_a_traveller_made_the_trip(extractor: Extractor, text: str) -> None:
    assert ("person:tomas-vidal", "country:PER", "2024-03-05") in visits(run(extractor, text))


def test_one_accompanying_a_traveller_at_an_event_there_made_no_trip(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chilean President Ana Rojas arrived in Tokyo on Tuesday. She opened a trade fair, where she was "
        "accompanied by Jorge Pinto, Chile's ambassador to Japan.",
    )
    assert [v.person for v in facts.visits] == ["person:ana-rojas"]


def test_on_his_first_trip_after_a_copula_is_the_subjects_trip(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chilean President Ana Rojas, who flew in on Tuesday accompanied by Foreign Minister Tomas Vidal, is on "
        "her first trip to Peru since taking office.",
    )
    assert {"person:ana-rojas", "person:tomas-vidal"} <= {v.person for v in facts.visits if v.country == "country:PER"}


def test_a_city_written_without_its_accents_names_its_country(extractor: Extractor) -> None:
    facts = run(extractor, "Foreign Minister Ivan Petrov arrived in Wonsan on Friday for a three-day visit.")
    assert ("person:ivan-petrov", "country:PRK", "2024-03-01") in visits(facts)


@pytest.mark.parametrize(
    ("text", "person", "country", "date"),
    [
        (
            "Kenyan President William Ruto arrived in the Tanzanian capital on Tuesday; Ugandan President Yoweri "
            "Museveni flew in on Wednesday morning.",
            "yoweri-museveni",
            "country:TZA",
            "2024-03-06",
        ),
        (
            "The talks were attended by Chadian President Idriss Deby, who arrived in Cairo on Tuesday, and Libyan "
            "envoy Omar Zidan, who had flown in on Monday.",
            "omar-zidan",
            "country:EGY",
            "2024-03-04",
        ),
        (
            "Swedish Trade Minister Eva Lind, who flew in on Monday, met her Vietnamese counterpart in Hanoi.",
            "eva-lind",
            "country:VNM",
            "2024-03-04",
        ),
    ],
)
def test_an_arrival_with_no_place_went_where_the_sentence_says(
    extractor: Extractor, text: str, person: str, country: str, date: str
) -> None:
    assert (f"person:{person}", country, date) in visits(run(extractor, text))


@pytest.mark.parametrize("talks", ["back-to-back bilateral talks", "one-on-one meetings"])
def test_bilateral_talks_with_several_are_a_meeting_with_each(extractor: Extractor, talks: str) -> None:
    facts = run(
        extractor,
        f"Brazilian President Lula da Silva held {talks} with Colombian President Gustavo Petro, Chilean "
        "President Gabriel Boric and Uruguayan President Yamandu Orsi in Belem on Tuesday.",
    )
    assert {m[0] for m in meetings(facts)} == {
        people("lula-da-silva", "gustavo-petro"),
        people("lula-da-silva", "gabriel-boric"),
        people("lula-da-silva", "yamandu-orsi"),
    }


def test_the_one_whose_successor_met_someone_was_not_there(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kallas's successor, Estonian Foreign Minister Margus Tsahkna, met Finnish Foreign Minister Elina Valtonen "
        "in Tallinn on Friday.",
    )
    assert [m[0] for m in meetings(facts)] == [people("margus-tsahkna", "elina-valtonen")]


def test_his_is_the_subject_not_a_name_in_the_subjects_relative_clause(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kenyan Foreign Minister Musalia Mudavadi, who travelled with President William Ruto, held talks on "
        "Monday with his Ethiopian counterpart Gedion Timothewos.",
    )
    assert [m[0] for m in meetings(facts)] == [people("musalia-mudavadi", "gedion-timothewos")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Egypt's army chief, General Ahmed Khalifa, called on President Omar Zidan in Tripoli on Monday.", "held"),
        ("General Ahmed Khalifa is due to call on President Omar Zidan in Tripoli on Friday.", "planned"),
    ],
)
def test_calling_on_someone_is_meeting_them(extractor: Extractor, text: str, status: str) -> None:
    facts = run(extractor, text)
    assert [(frozenset(m.participants), m.status) for m in facts.meetings] == [
        (people("ahmed-khalifa", "omar-zidan"), status)
    ]


def test_calling_on_someone_to_act_is_no_meeting(extractor: Extractor) -> None:
    assert run(extractor, "General Ahmed Khalifa called on President Omar Zidan to end the blockade.").meetings == []


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("Peruvian President Dina Boluarte flew to Belém on Monday.", "dina-boluarte", "BRA"),  # NER tags no place
        ("Iranian President Ebrahim Raisi crossed into Azerbaijan's Jabrayil district.", "ebrahim-raisi", "AZE"),
    ],
)
def test_destinations_ner_or_the_parse_leave_unnamed(
    extractor: Extractor, text: str, person: str, country: str
) -> None:
    assert {(v.person, v.country) for v in run(extractor, text).visits} == {(f"person:{person}", f"country:{country}")}


def test_journeys_that_took_someone_to_places_are_undated_visits_to_each(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kenyan President William Ruto flew in on Sunday, after journeys that took him to Ghana on May 16 and to "
        "Togo on May 23.",
    )
    assert {("person:william-ruto", "country:GHA", None), ("person:william-ruto", "country:TGO", None)} <= set(
        visits(facts)
    )


def test_a_seat_of_power_named_with_another_city_is_in_that_city(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kremlin aide Yuri Ushakov briefed reporters. On Tuesday Russian President Vladimir Putin held talks in "
        "the Kazan Kremlin with Chinese President Xi Jinping.",
    )
    assert [(m.place, m.country) for m in facts.meetings] == [("Kazan", "country:RUS")]


def test_the_two_men_who_sign_are_the_last_two_named_and_bind_their_bodies(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kazakh President Kassym-Jomart Tokayev held talks with Chinese President Xi Jinping in Astana on Monday. "
        "The head of Gazprom, Pavel Orlov, then met Li Lin, chairman of China's state oil company CNPC, and the "
        "two men signed a contract for a gas plant.",
    )
    assert [sorted(d.parties) for d in facts.deals] == [["org:china-national-petroleum-corporation", "org:gazprom"]]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Lula met President Denis Sassou Nguesso of the Republic of Congo on Friday.",
            ("person:denis-sassou-nguesso", "President", "country:COG", True),
        ),
        (
            "The army removed Chad's then president Idriss Deby in 1990.",
            ("person:idriss-deby", "President", "country:TCD", False),
        ),
        (
            "Hamas, whose chief Yahya Sinwar had planned the raid, said it was ready.",
            ("person:yahya-sinwar", "Chief", "org:hamas", True),
        ),
        (
            "The summit was chaired by Chile's outgoing president, Gabriel Boric.",
            ("person:gabriel-boric", "President", "country:CHL", True),
        ),
    ],
)
def test_holders_after_the_name_behind_whose_and_before_then(
    extractor: Extractor, text: str, role: tuple[str, str, str, bool]
) -> None:
    assert role in {(r.person, r.title, r.target, r.current) for r in run(extractor, text).roles}


def test_a_title_word_qualifying_a_later_head_noun_is_part_of_the_title(extractor: Extractor) -> None:
    facts = run(extractor, "Nasser Kanaani, Iran's chief diplomatic spokesman, denied the report.")
    assert [(r.person, r.title, r.target) for r in facts.roles] == [
        ("person:nasser-kanaani", "Chief diplomatic spokesman", "country:IRN")
    ]


def test_officials_of_the_two_countries_sign_for_the_countries(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Entebbe on Monday. "
        "After the meeting, officials of the two countries signed six memorandums of understanding.",
    )
    assert [sorted(d.parties) for d in facts.deals] == [["country:KEN", "country:UGA"]]


def test_a_capitalised_title_standing_alone_refers_back(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kenyan President William Ruto arrived in Muscat, where Omani Sultan Haitham bin Tarik received him. "
        "At the end of the talks, the President and the Sultan signed the Maritime Transport Agreement.",
    )
    assert [sorted(d.parties) for d in facts.deals] == [["country:KEN", "country:OMN"]]


def test_a_delegation_accompanying_a_traveller_made_the_trip(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kenyan President William Ruto arrived in Riyadh today on a state visit. The President is accompanied by a "
        "delegation comprising Foreign Minister Musalia Mudavadi and Trade Minister Rebecca Miano.",
    )
    travellers = {v.person for v in facts.visits if v.country == "country:SAU"}
    assert travellers == {"person:william-ruto", "person:musalia-mudavadi", "person:rebecca-miano"}


def test_the_president_alone_is_the_president_the_story_names_most(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "US President Joe Biden flew to Angola on Sunday. Biden praised the railway. Biden later met "
        "Congolese President Felix Tshisekedi at the port. The president then travelled to Lobito on Monday.",
    )
    assert {v.person for v in facts.visits} == {"person:joe-biden"}


def test_a_deal_signed_after_the_talks_takes_the_talks_date(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Entebbe on Monday. "
        "The two discussed the oil pipeline. After the talks, the two governments signed four memorandums.",
    )
    assert [(sorted(d.parties), d.when.date.isoformat() if d.when else None) for d in facts.deals] == [
        (["country:KEN", "country:UGA"], "2024-03-04")
    ]


def test_a_gerund_after_before_or_while_takes_its_clauses_subject(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "After travelling this week to Ghana and Togo, Brazilian Finance Minister Ana Rojas hopes to visit Japan.",
    )
    assert {(v.person, v.country) for v in facts.visits} == {
        ("person:ana-rojas", "country:GHA"),
        ("person:ana-rojas", "country:TGO"),
    }


def test_a_gerund_in_a_planned_clause_is_planned_too(extractor: Extractor) -> None:
    facts = run(
        extractor, "Chinese President Xi Jinping is due to fly to Hanoi on Tuesday before ending the tour in Cambodia."
    )
    assert facts.visits == []


def test_he_after_it_was_someones_trip_is_that_someone(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Ugandan President Yoweri Museveni welcomed Kenyan President William Ruto in Entebbe on Sunday. It was "
        "Ruto's first trip abroad this year, and he flew on to Kigali on Monday.",
    )
    assert ("person:william-ruto", "country:RWA") in {(v.person, v.country) for v in facts.visits}
    assert ("person:yoweri-museveni", "country:RWA") not in {(v.person, v.country) for v in facts.visits}


def test_ending_a_visit_on_a_day_does_not_date_the_visit(extractor: Extractor) -> None:
    facts = run(extractor, "Kenyan President William Ruto ended his state visit to Ghana on Tuesday.")
    assert visits(facts) == {("person:william-ruto", "country:GHA", None)}


def test_a_visit_of_stated_length_began_that_many_days_before_it_ended(extractor: Extractor) -> None:
    facts = run(extractor, "Kenyan President William Ruto wrapped up a three-day state visit to Ghana on Wednesday.")
    assert visits(facts) == {("person:william-ruto", "country:GHA", "2024-03-04")}  # Monday to Wednesday


def test_a_clause_hung_on_a_date_is_of_that_date(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Saudi envoy Adel Nasser made trips to New Delhi on Monday, where he met Indian Foreign Minister Anil "
        "Rao, and to Islamabad on Tuesday, where he held talks with Pakistani Foreign Minister Omar Khan.",
    )
    assert (people("adel-nasser", "anil-rao"), "meeting", "2024-03-04") in meetings(facts)
    assert all(m[2] != "2024-03-05" for m in meetings(facts) if "person:anil-rao" in m[0])


def test_the_two_central_banks_that_sign_are_the_last_two_banks_named(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "The Central Bank of Kenya and the Bank of Uganda have long used SWIFT. In January the two central banks "
        "signed an agreement to link their payment systems.",
    )
    assert [sorted(d.parties) for d in facts.deals] == [["org:bank-of-uganda", "org:central-bank-of-kenya"]]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto left Kampala without meeting Ugandan President Yoweri Museveni.",
        "Kenyan President William Ruto insisted on meeting Ugandan President Yoweri Museveni.",
    ],
)
def test_a_gerund_that_did_not_or_may_not_happen_is_no_meeting(extractor: Extractor, text: str) -> None:
    assert run(extractor, text).meetings == []


@pytest.mark.parametrize(
    ("text", "visitors"),
    [
        ("Neither Sudanese army chief Kamal Osman nor militia commander Idris Saleh travelled to Jeddah.", set()),
        ("Kenyan President William Ruto, who met neither Museveni nor Kagame, flew to Lima.", {"person:william-ruto"}),
    ],
)
def test_neither_nor_denies_the_event(extractor: Extractor, text: str, visitors: set[str]) -> None:
    facts = run(extractor, text)
    assert {v.person for v in facts.visits} == visitors
    assert facts.meetings == []


# -- who travelled, and where: delegations, planes, stops -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ghanaian President John Mahama, who flew in to Abuja on Tuesday with a delegation that included "
        "Finance Minister Cassiel Ato Forson and Trade Minister Elizabeth Ofosu-Adjare, met Nigerian leaders.",
        "Ghanaian President John Mahama arrived in Abuja on Tuesday. Accompanying Mahama on the trip were Finance "
        "Minister Cassiel Ato Forson and Trade Minister Elizabeth Ofosu-Adjare.",
    ],
)
def test_the_members_of_a_travelling_delegation_made_the_trip(extractor: Extractor, text: str) -> None:
    travellers = {v.person for v in run(extractor, text).visits if v.country == "country:NGA"}
    assert travellers == {"person:john-mahama", "person:cassiel-ato-forson", "person:elizabeth-ofosu-adjare"}


def test_one_who_accompanied_him_made_his_trip(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Ghanaian President John Mahama arrived in Abuja on Tuesday. Foreign Minister Samuel Okudzeto Ablakwa, "
        "who accompanied him, held talks with his Nigerian counterpart the same evening.",
    )
    assert ("person:samuel-okudzeto-ablakwa", "country:NGA") in {(v.person, v.country) for v in facts.visits}


def test_a_leaders_plane_landing_is_the_leader_arriving(extractor: Extractor) -> None:
    facts = run(extractor, "Chilean President Gabriel Boric's plane landed in Brasília shortly after noon.")
    assert {(v.person, v.country) for v in facts.visits} == {("person:gabriel-boric", "country:BRA")}


def test_landing_at_an_airport_is_arriving_where_the_story_is_filed(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chilean President Gabriel Boric landed at Jorge Chávez International Airport on Tuesday evening.",
        dateline="LIMA",
    )
    assert visits(facts) == {("person:gabriel-boric", "country:PER", "2024-03-05")}


def test_flying_into_a_citys_airport_is_arriving_in_that_city_with_the_delegation(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chilean President Gabriel Boric flew into Lima's Jorge Chávez airport on Tuesday with a delegation "
        "that included Foreign Minister Alberto van Klaveren.",
    )
    assert visits(facts) == {
        ("person:gabriel-boric", "country:PER", "2024-03-05"),
        ("person:alberto-van-klaveren", "country:PER", "2024-03-05"),
    }


def test_a_leader_travelling_within_the_state_they_lead_visits_no_country(extractor: Extractor) -> None:
    facts = run(extractor, "Turkish President Recep Tayyip Erdogan flew to Ankara on Friday for talks with Fidan.")
    assert facts.visits == []


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman said on Monday that no visit to Chile by Peruvian President Dina Boluarte was being prepared.",
        "Kenyan President William Ruto has called off his trip to Accra after a fall at home.",
        "A trip to Lima by Chilean Foreign Minister Alberto van Klaveren, planned for April, was postponed.",
        "Boluarte renewed her invitation for Chilean President Gabriel Boric to visit Lima.",
    ],
)
def test_a_trip_denied_called_off_postponed_or_offered_is_no_visit(extractor: Extractor, text: str) -> None:
    assert run(extractor, text).visits == []


def test_the_next_leg_of_a_schedule_told_in_the_present_is_no_visit_yet(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chilean President Gabriel Boric and Argentine President Javier Milei are due in Lima on Friday for a summit. "
        "They then fly on to Quito for talks with Daniel Noboa.",
    )
    assert facts.visits == []


def test_those_a_traveller_flew_with_made_the_trip_too(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chilean President Gabriel Boric flew into Lima on Tuesday with Foreign Minister Alberto van Klaveren "
        "and Finance Minister Mario Marcel.",
    )
    assert {v.person for v in facts.visits} == {
        "person:gabriel-boric",
        "person:alberto-van-klaveren",
        "person:mario-marcel",
    }


def test_those_met_after_a_flight_did_not_fly(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chilean President Gabriel Boric flew into Lima on Tuesday morning and held talks with Prime Minister "
        "Gustavo Adrianzén, and later with President Dina Boluarte.",
    )
    assert {v.person for v in facts.visits} == {"person:gabriel-boric"}


def test_a_second_leg_the_parse_hung_on_the_first_shares_its_traveller(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chilean President Gabriel Boric flew to Quito on Monday to meet the Ecuadorean president, then travelled "
        "on to Lima on Tuesday for talks with Boluarte.",
    )
    assert visits(facts) == {
        ("person:gabriel-boric", "country:ECU", "2024-03-04"),
        ("person:gabriel-boric", "country:PER", "2024-03-05"),
    }


def test_landing_at_an_airport_in_a_city_is_arriving_in_that_city(extractor: Extractor) -> None:
    facts = run(extractor, "Air Force One landed at an air base in Nairobi. Joe Biden landed at the airport in Lima.")
    assert {(v.person, v.country) for v in facts.visits} == {("person:joe-biden", "country:PER")}
    assert all("Air Force" not in e.name for e in facts.entities)  # a plane is nobody


def test_trips_to_two_places_on_two_days_are_dated_each_by_its_own_day(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Qatari envoy Mohammed Al-Khulaifi made brief trips to Pretoria on Monday, where he met Cyril Ramaphosa, "
        "and to Maputo on Tuesday, where he held talks with Daniel Chapo.",
    )
    assert visits(facts) == {
        ("person:mohammed-al-khulaifi", "country:ZAF", "2024-03-04"),
        ("person:mohammed-al-khulaifi", "country:MOZ", "2024-03-05"),
    }


def test_being_on_a_capitalised_state_visit_from_one_day_to_another(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Prime Minister of Nepal Shri Pushpa Kamal Dahal is on a State Visit to India from 4 to 6 March 2024.",
    )
    assert visits(facts) == {("person:pushpa-kamal-dahal", "country:IND", "2024-03-04")}
    assert {e.key for e in facts.entities if e.label == "Person"} == {"person:pushpa-kamal-dahal"}


def test_fleeing_to_a_country_is_going_there(extractor: Extractor) -> None:
    facts = run(extractor, "Former Afghan President Ashraf Ghani fled to the United Arab Emirates in August 2021.")
    assert visits(facts) == {("person:ashraf-ghani", "country:ARE", "2021-08-01")}


def test_he_after_a_sentence_about_one_person_is_that_person(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Senegalese President Bassirou Diomaye Faye met Gambian President Adama Barrow on Monday. The Banjul "
        "stop was the last leg of a regional tour for Malian leader Assimi Goita. He flew to Accra on Tuesday.",
    )
    assert ("person:assimi-goita", "country:GHA") in {(v.person, v.country) for v in facts.visits}


def test_a_second_verb_of_the_traveller_keeps_the_traveller_not_the_one_just_met(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Senegalese President Bassirou Diomaye Faye signed a pact on Monday. He flew to Bamako on Tuesday, where "
        "he met Assimi Goita, and travelled on to Niamey on Wednesday for talks with Abdourahamane Tiani.",
    )
    assert visits(facts) == {
        ("person:bassirou-diomaye-faye", "country:MLI", "2024-03-05"),
        ("person:bassirou-diomaye-faye", "country:NER", "2024-03-06"),
    }
    assert ("2024-03-06", "Niamey") in {(m.when.date.isoformat(), m.place) for m in facts.meetings if m.when}


def test_a_meeting_on_the_following_day_is_where_the_traveller_went_and_not_on_the_first_day(
    extractor: Extractor,
) -> None:
    facts = run(
        extractor,
        "Senegalese President Bassirou Diomaye Faye travelled to Bamako on Monday and went on to Niamey the "
        "following day, where he met Abdourahamane Tiani.",
    )
    [meeting] = facts.meetings
    assert (meeting.place, meeting.when) == ("Niamey", None)  # "the following day" is not Monday
    assert ("person:bassirou-diomaye-faye", "country:NER", "2024-03-04") not in visits(facts)


def test_a_talk_where_the_dated_trip_led_is_of_the_trips_day(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Namibian President Netumbo Nandi-Ndaitwah landed in Gaborone on Sunday evening and was driven to the "
        "residence of Botswana's President Mokgweetsi Masisi, outside the city, where the two presidents talked.",
    )
    assert [m.when.date.isoformat() if m.when else None for m in facts.meetings] == ["2024-03-03"]


def test_one_expected_somewhere_next_month_is_a_planned_meeting(extractor: Extractor) -> None:
    facts = run(
        extractor, "Tanzanian minister Mahmoud Kombo is expected in Lusaka in April for talks with Mulambo Haimbe."
    )
    planned = [(m.status, m.when.date.isoformat() if m.when else None) for m in facts.meetings]
    assert planned == [("planned", "2024-04-01")]


# -- readouts: "Prime Minister called on ...", names after an office, "separately" --------------------


def test_a_readouts_bare_title_is_the_visitor_it_names(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Prime Minister of Japan Kishida Fumio is on an official visit to Kenya. On 4 March, Prime Minister "
        "called on the President of the Republic of Kenya, Dr. William Ruto, at State House.",
    )
    assert people("kishida-fumio", "william-ruto") in {frozenset(m.participants) for m in facts.meetings}


def test_callers_who_came_separately_each_met_the_one_they_called_on(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Japanese Prime Minister Kishida Fumio arrived in Nairobi. Former Presidents Uhuru Kenyatta and Mwai "
        "Kibaki called on Kishida separately at his hotel.",
    )
    assert {frozenset(m.participants) for m in facts.meetings} == {
        people("uhuru-kenyatta", "kishida-fumio"),
        people("mwai-kibaki", "kishida-fumio"),
    }


def test_two_who_hold_separate_talks_with_a_third_are_one_meeting(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni held separate talks with Tanzanian "
        "President Samia Suluhu Hassan on Friday, apart from the summit.",
    )
    assert [frozenset(m.participants) for m in facts.meetings] == [
        people("william-ruto", "yoweri-museveni", "samia-suluhu-hassan")
    ]


def test_a_meeting_recalled_with_someone_is_a_meeting_with_them(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Japanese Prime Minister Kishida Fumio recalled his meeting in Nairobi in 2016 with then President "
        "Uhuru Kenyatta.",
    )
    assert meetings(facts) == [(people("kishida-fumio", "uhuru-kenyatta"), "meeting", "2016-01-01")]


def test_the_host_who_opens_a_meeting_is_at_it(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kenyan President William Ruto opened the meeting of the EAC heads of state in Arusha, with Yoweri "
        "Museveni, Paul Kagame and Hakainde Hichilema among the leaders at the table.",
    )
    assert people("william-ruto", "yoweri-museveni", "paul-kagame", "hakainde-hichilema") in {
        frozenset(m.participants) for m in facts.meetings
    }


def test_a_dated_visit_keeps_the_city_another_statement_names(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kenyan President William Ruto ended a four-day official visit to China on Thursday. Ruto landed in "
        "Guangzhou on Monday, where he toured a port.",
    )
    assert {(v.country, v.place, v.when.date.isoformat() if v.when else None) for v in facts.visits} == {
        ("country:CHN", "Guangzhou", "2024-03-04")
    }


def test_everyone_listed_after_accompanied_on_the_trip_by_made_the_trip(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Ghanaian President John Mahama arrived in the Nigerian capital on Tuesday morning, accompanied on the trip "
        "by Foreign Minister Samuel Okudzeto Ablakwa, Finance Minister Cassiel Ato Forson and Johnson Asiama, "
        "governor of the Bank of Ghana (BoG).",
    )
    assert {v.person for v in facts.visits if v.country == "country:NGA"} == {
        "person:john-mahama", "person:samuel-okudzeto-ablakwa", "person:cassiel-ato-forson", "person:johnson-asiama",
    }  # fmt: skip


def test_one_who_met_someone_on_the_trip_did_not_travel_with_the_leader(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Ghanaian President John Mahama arrived in Abuja on Tuesday, accompanied on the trip by Foreign Minister "
        "Samuel Okudzeto Ablakwa, who met his Nigerian counterpart Yusuf Tuggar the same evening.",
    )
    assert {v.person for v in facts.visits} == {"person:john-mahama", "person:samuel-okudzeto-ablakwa"}


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Gabriel Boric landed in Lima on Wednesday for the summit. Argentine President Javier "
        "Milei, who flew in on Thursday, told reporters he was in no hurry.",
        "Leaders of the Pacific Alliance met in the Peruvian coastal city of Arequipa on Wednesday. Argentine "
        "President Javier Milei, who had flown in on Tuesday, sat beside Gabriel Boric.",
    ],
)
def test_one_who_flew_in_came_where_the_story_is(extractor: Extractor, text: str) -> None:
    assert ("person:javier-milei", "country:PER") in {(v.person, v.country) for v in run(extractor, text).visits}


def test_landing_on_somewhere_unknown_is_no_trip_to_where_the_story_is(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chilean President Gabriel Boric landed in Lima on Wednesday. In 1998 Ricardo Lagos, then a minister, "
        "landed on the island by helicopter.",
    )
    assert {v.person for v in facts.visits} == {"person:gabriel-boric"}


def test_a_danish_city_spelt_the_english_way(extractor: Extractor) -> None:
    facts = run(extractor, "European Commission President Ursula von der Leyen travelled to Aarhus on Thursday.")
    assert visits(facts) == {("person:ursula-von-der-leyen", "country:DNK", "2024-03-07")}


# -- documents signed while the leaders looked on ---------------------------------------------------

MET = "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday. "


@pytest.mark.parametrize(
    "text",
    [
        "Ministers then signed five memorandums on trade, roads and water in front of them.",
        "Afterwards twelve documents, among them memorandums of understanding on energy, were signed in the "
        "presence of the two leaders.",
        "Officials from both governments signed four memorandums of understanding on health.",
    ],
)
def test_documents_signed_by_officials_before_the_leaders_bind_their_states(extractor: Extractor, text: str) -> None:
    facts = run(extractor, MET + text)
    assert [(sorted(d.parties), d.kind) for d in facts.deals] == [(["country:ETH", "country:KEN"], "memorandum")]


def test_documents_signed_in_front_of_the_leaders_are_of_the_meetings_day(extractor: Extractor) -> None:
    facts = run(extractor, MET + "Ministers then signed five memorandums on trade in front of them.")
    assert [d.when.date.isoformat() if d.when else None for d in facts.deals] == ["2024-03-05"]


def test_a_statement_the_leaders_issued_is_of_the_states_of_those_who_met(extractor: Extractor) -> None:
    facts = run(
        extractor,
        MET + "The leaders issued a joint statement that set a goal of raising trade to $5 billion by 2030, from "
        "about $2 billion last year.",
    )
    [statement] = facts.deals
    assert sorted(statement.parties) == ["country:ETH", "country:KEN"]
    assert (statement.valueUsd, statement.when) == (None, None)  # a goal and a starting point are not the deal's


def test_an_unsigned_document_with_no_one_looking_on_is_no_deal(extractor: Extractor) -> None:
    facts = run(extractor, MET + "A memorandum on ports was prepared, officials said.")
    assert facts.deals == []


def test_talks_with_one_and_then_with_another_are_two_meetings(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kenyan President William Ruto first held talks with Samia Suluhu Hassan, the Tanzanian president, at "
        "State House, and then with Hussein Mwinyi, the president of Zanzibar.",
    )
    assert {frozenset(m.participants) for m in facts.meetings} == {
        people("william-ruto", "samia-suluhu-hassan"),
        people("william-ruto", "hussein-mwinyi"),
    }


def test_an_audience_that_followed_talks_is_the_travellers_too(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kenyan President William Ruto travelled to Rome on Monday for talks with Giorgia Meloni, followed by an "
        "audience with Pope Leo XIV.",
    )
    assert people("william-ruto", "leo-xiv") in {frozenset(m.participants) for m in facts.meetings}


def test_calls_received_from_several_are_a_call_with_each(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kenyan President William Ruto received congratulatory calls from Ugandan President Yoweri Museveni and "
        "Rwandan President Paul Kagame on Monday.",
    )
    assert {(frozenset(m.participants), m.kind) for m in facts.meetings} == {
        (people("william-ruto", "yoweri-museveni"), "call"),
        (people("william-ruto", "paul-kagame"), "call"),
    }


def test_a_courtesy_call_received_is_a_meeting(extractor: Extractor) -> None:
    facts = run(
        extractor, "Kenyan President William Ruto received a courtesy call from Mr. Uhuru Kenyatta at his hotel."
    )
    assert [(frozenset(m.participants), m.kind) for m in facts.meetings] == [
        (people("william-ruto", "uhuru-kenyatta"), "meeting")
    ]


def test_a_strategic_dialogue_with_someone_is_a_meeting(extractor: Extractor) -> None:
    facts = run(
        extractor, "Chinese Foreign Minister Wang Yi held a strategic dialogue with Kenyan minister Musalia Mudavadi."
    )
    assert meetings(facts) == [(people("wang-yi", "musalia-mudavadi"), "meeting", None)]


def test_two_named_who_met_are_both_at_the_meeting(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "The deal was agreed by the two security chiefs, Monica Juma and Hussein Sheikh Ali, who met in Mombasa.",
    )
    assert [frozenset(m.participants) for m in facts.meetings] == [people("monica-juma", "hussein-sheikh-ali")]


def test_the_demonym_minister_is_the_one_minister_named_without_a_state(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Kenyan President William Ruto arrived in Beijing on Monday, accompanied by Foreign Minister Musalia "
        "Mudavadi. The Kenyan foreign minister held talks the same day with his Chinese counterpart Wang Yi.",
    )
    assert people("musalia-mudavadi", "wang-yi") in {frozenset(m.participants) for m in facts.meetings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan President William Ruto called Ugandan President Yoweri Museveni on Tuesday.", "call"),
        ("Kenyan President William Ruto called Ugandan President Yoweri Museveni a brother.", None),
        ("Kenyan President William Ruto called on Ugandan President Yoweri Museveni in Kampala.", "meeting"),
        ("Kenyan President William Ruto was called by reporters after Yoweri Museveni spoke.", None),
    ],
)
def test_calling_someone_is_a_telephone_call(extractor: Extractor, text: str, expected: str | None) -> None:
    kinds = [m.kind for m in run(extractor, text).meetings]
    assert kinds == ([expected] if expected else [])


def test_those_a_document_was_signed_before_have_met(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "The contract was signed in Mombasa on Tuesday in the presence of Kenya's Transport Minister, Davis "
        "Chirchir, and Ugandan Works Minister Edward Wamala.",
    )
    assert meetings(facts) == [(people("davis-chirchir", "edward-wamala"), "meeting", "2024-03-05")]


# -- talks finished, due, dated and placed ---------------------------------------------------------


@pytest.mark.parametrize("verb", ["has just finished", "has wrapped up"])
def test_talks_someone_finished_with_another_are_their_meeting(extractor: Extractor, verb: str) -> None:
    facts = run(extractor, f"Brazilian President Lula da Silva {verb} talks with Chilean President Gabriel Boric.")
    assert [p for p, _, _ in meetings(facts)] == [people("lula-da-silva", "gabriel-boric")]


def test_talks_just_finished_are_of_the_day_of_the_report(extractor: Extractor) -> None:
    facts = run(
        extractor, "Brazilian President Lula da Silva has just finished talks with Chilean President Gabriel Boric."
    )
    assert meetings(facts)[0][2] == THU.isoformat()


def test_one_due_somewhere_for_talks_with_another_has_a_planned_meeting_there(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Ghanaian President John Mahama is due in Abuja next week for talks with the President of Nigeria, "
        "Bola Tinubu.",
    )
    [meeting] = facts.meetings
    assert set(meeting.participants) == people("john-mahama", "bola-tinubu")
    assert (meeting.status, meeting.place) == ("planned", "Abuja")


def test_a_call_in_one_clause_does_not_make_the_next_clauses_talks_a_call(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Ghanaian President John Mahama thanked Nigerian President Bola Tinubu. Mahama and Tinubu spoke by "
        "telephone last month, and Mahama is expected in Abuja next month for talks with Tinubu.",
    )
    kinds = {(m.kind, m.status) for m in facts.meetings}
    assert kinds == {("call", "held"), ("meeting", "planned")}


def test_a_year_that_names_a_past_event_does_not_date_the_talks(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Hungarian Foreign Minister Peter Szijjarto travelled to Bratislava on Wednesday and held talks with Slovak "
        "Foreign Minister Juraj Blanar on the memory of the 1956 uprising.",
    )
    assert (people("peter-szijjarto", "juraj-blanar"), "meeting", "2024-03-06") in meetings(facts)


def test_a_day_without_a_year_is_in_the_year_its_clause_is_set_in(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "During the 2019 border crisis, she recalled, Peruvian Foreign Minister Javier Gonzalez first met "
        "Bolivian Foreign Minister Rogelio Mayta in Lima on June 5.",
    )
    assert (people("javier-gonzalez", "rogelio-mayta"), "meeting", "2019-06-05") in meetings(facts)
    facts = run(
        extractor,
        "In the 2019 crisis, Peruvian Foreign Minister Javier Gonzalez met Bolivian Foreign Minister Rogelio Mayta "
        "in Lima on Tuesday.",
    )
    assert (people("javier-gonzalez", "rogelio-mayta"), "meeting", None) in meetings(facts)


def test_they_who_went_on_from_a_meeting_are_the_travellers_not_their_host(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chilean President Gabriel Boric and Argentine President Javier Milei met Brazilian President Lula da Silva "
        "in Brasilia on Monday. They then flew on to Asuncion, where they held talks with Paraguayan President "
        "Santiago Pena on Tuesday.",
    )
    assert (people("gabriel-boric", "javier-milei", "santiago-pena"), "summit", "2024-03-05") in meetings(facts)


def test_a_signing_place_is_the_place_of_the_talks_its_witnesses_held(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "The contract was signed in Mombasa in the presence of Kenya's Minister of Transport, Davis Chirchir, and "
        "Ugandan Works Minister Edward Wamala, who held talks the same day on rail freight.",
    )
    assert [(set(m.participants), m.place) for m in facts.meetings] == [
        (people("davis-chirchir", "edward-wamala"), "Mombasa")
    ]


def test_a_visit_another_event_follows_keeps_its_past_date(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "The accord also follows the state visit to Kenya by Ghanaian President John Mahama from February 12 to 14.",
    )
    assert ("person:john-mahama", "country:KEN", "2024-02-12") in visits(facts)


def test_a_capital_that_begins_a_venues_name_is_no_state(extractor: Extractor) -> None:
    facts = run(extractor, "The two ministers signed the accord at the Victoria and Albert Museum on Thursday.")
    assert not any(e.key == "country:SYC" for e in facts.entities)


def test_who_met_after_a_participle_is_the_subject_of_the_clause(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Brazilian President Lula da Silva read out a statement agreed by the three governments after meeting "
        "Chilean President Gabriel Boric and Argentine President Javier Milei at his residence.",
    )
    assert [p for p, _, _ in meetings(facts)] == [people("lula-da-silva", "gabriel-boric", "javier-milei")]


def test_someone_named_to_say_who_a_participant_is_did_not_take_part(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Relations soured after a leaked telephone call in May between Chilean President Gabriel Boric and Evo "
        "Morales, the former leader and the mentor of Luis Arce.",
    )
    assert [p for p, _, _ in meetings(facts)] == [people("gabriel-boric", "evo-morales")]


def test_the_one_met_before_a_session_was_not_at_it(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Chilean President Gabriel Boric arrived in Lima. Before his session with Peruvian President Dina Boluarte, "
        "Boric met Ecuadorian President Daniel Noboa.",
    )
    assert {p for p, _, _ in meetings(facts)} == {
        people("gabriel-boric", "dina-boluarte"),
        people("gabriel-boric", "daniel-noboa"),
    }


def test_one_who_looks_forward_to_hosting_others_has_a_planned_meeting_with_them(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "President Lula da Silva looks forward to hosting President Gabriel Boric and President Javier Milei in "
        "Brasilia next month.",
    )
    assert [(set(m.participants), m.status) for m in facts.meetings] == [
        (people("lula-da-silva", "gabriel-boric", "javier-milei"), "planned")
    ]
