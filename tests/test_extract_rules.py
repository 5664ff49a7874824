"""The pure rules of extraction: names, titles, money and dates, on strings (no spaCy)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract import dates, gazetteer, money, names

WED = dt.date(2022, 7, 20)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ayatollah Seyyed Ali Khamenei", "Ali Khamenei"),
        ("Mr. Raisi", "Raisi"),
        ("President Vladimir Putin", "Vladimir Putin"),
        ("Russian President Vladimir Putin", "Vladimir Putin"),
        ("Foreign Minister Hossein Amir-Abdollahian", "Hossein Amir-Abdollahian"),
        ("[Mahmoud] Ahmadinejad", "Mahmoud Ahmadinejad"),
        ("Putin's", "Putin"),
        ("Monday Ruto", "Ruto"),  # "On Monday Ruto flew": NER ran the day into the name
        ("Emperor Naruhito", "Naruhito"),
    ],
)
def test_person_names_lose_titles_and_honorifics(text: str, name: str) -> None:
    assert names.clean_person_name(text) == name


@pytest.mark.parametrize("text", ["Supreme Leader", "Iran", "Gazprom", "the talks", "Foreign Minister"])
def test_non_names_are_not_people(text: str) -> None:
    assert names.clean_person_name(text) is None


@pytest.mark.parametrize(
    ("short", "full", "same"),
    [
        ("Putin", "Vladimir Putin", True),
        ("Tayyip Erdogan", "Recep Tayyip Erdogan", True),
        ("Erdogan", "Recep Tayyip Erdogan", True),
        ("Vladimir Putin", "Vladimir Putin", False),
        ("Raisi", "Vladimir Putin", False),
        ("Ali Khamenei", "Mojtaba Khamenei", False),
        ("Assad", "Bashar al-Assad", True),
    ],
)
def test_short_forms(short: str, full: str, same: bool) -> None:
    assert names.is_short_form(short, full) is same


def test_titles_end_at_their_head_noun() -> None:
    assert names.canonical_title(["foreign", "minister"]) == "Foreign Minister"  # one spelling, one HOLDS_ROLE title
    assert names.canonical_title(["Supreme", "Leader"]) == "Supreme Leader"
    assert names.canonical_title(["former", "President"]) == "President"
    assert names.canonical_title(["Foreign"]) is None


def test_acronym_initials() -> None:
    assert names.initials("National Iranian Oil Company") == "NIOC"
    assert names.initials("Shanghai Cooperation Organization") == "SCO"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("an agreement worth $40 billion", 40e9),
        ("worth $ 40 billion", 40e9),
        ("A 30-billion dollar oil and gas project", 30e9),
        ("approximately $40 billion", 40e9),
        ("a contract of US$ 2.5 bn", 2.5e9),
        ("deals worth 400 million dollars", 400e6),
        ("loans of $1,300,000", 1.3e6),
    ],
)
def test_deal_values_in_usd(text: str, value: float) -> None:
    found = money.find_money(text)
    assert found is not None
    assert found.usd == pytest.approx(value)


def test_hedge_words_stay_in_the_value_text() -> None:
    found = money.find_money("a memorandum worth approximately $40 billion")
    assert found is not None and (found.usd, found.text) == (40e9, "approximately $40 billion")


@pytest.mark.parametrize(
    ("text", "currency"),
    [("up to C$5 billion for projects", "CAD"), ("a A$2 billion package", "AUD"), ("NZ$300 million", "NZD")],
)
def test_other_dollars_are_not_us_dollars(text: str, currency: str) -> None:
    found = money.find_money(text)
    assert found is not None and (found.currency, found.usd) == (currency, None)


@pytest.mark.parametrize(
    ("text", "start"),
    [("from 4 to 6 April 2025", "2025-04-04"), ("April 4-6, 2025", "2025-04-04"), ("4–6 April 2025", "2025-04-04")],
)
def test_a_span_of_days_is_dated_by_its_first(text: str, start: str) -> None:
    when = dates.resolve(text, WED, "past")
    assert when is not None and (when.date.isoformat(), when.precision) == (start, "day")


def test_no_value_without_currency() -> None:
    assert money.find_money("40 billion cubic meters of gas") is None


def test_weekday_resolves_to_the_last_one_on_or_before_publication() -> None:
    when = dates.resolve("on Tuesday", WED, "past")
    assert when is not None
    assert (when.date, when.precision, when.source) == (dt.date(2022, 7, 19), "day", "relative")
    same_day = dates.resolve("Wednesday", WED, "past")
    assert same_day is not None and same_day.date == WED


def test_planned_weekday_looks_forward() -> None:
    when = dates.resolve("on Friday", WED, "future")
    assert when is not None and when.date == dt.date(2022, 7, 22)


def test_relative_dates_without_publication_date_stay_empty() -> None:
    for text in ("on Tuesday", "today", "yesterday", "last month", "this year", "July 19"):
        assert dates.resolve(text, None) is None, text


def test_today_is_the_publication_date() -> None:
    when = dates.resolve("today", WED)
    assert when is not None and (when.date, when.source) == (WED, "article")


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("January 19, 2022", dt.date(2022, 1, 19), "day"),
        ("19 July 2022", dt.date(2022, 7, 19), "day"),
        ("May 2018", dt.date(2018, 5, 1), "month"),
        ("2013", dt.date(2013, 1, 1), "year"),
        ("last month", dt.date(2022, 6, 1), "month"),
        ("this year", dt.date(2022, 1, 1), "year"),
    ],
)
def test_explicit_and_partial_dates(text: str, expected: dt.date, precision: str) -> None:
    when = dates.resolve(text, WED)
    assert when is not None
    assert (when.date, when.precision) == (expected, precision)


@pytest.mark.parametrize("text", ["since 2007", "more than forty years", "two-day", "37 minutes", "last week", "soon"])
def test_spans_and_durations_are_not_event_dates(text: str) -> None:
    assert dates.resolve(text, WED) is None


@pytest.mark.parametrize(
    ("form", "iso3"),
    [
        ("Russian Federation", "RUS"),
        ("the Islamic Republic", "IRN"),
        ("Iranian", "IRN"),
        ("Moscow", "RUS"),
        ("Chinese", "CHN"),
        ("U.S.", "USA"),
        ("Türkiye", "TUR"),
    ],
)
def test_country_forms(form: str, iso3: str) -> None:
    found = gazetteer.lookup_country(form)
    assert found is not None and found[0] == iso3


def test_alias_table_links_variants_to_one_organisation() -> None:
    names_of = {gazetteer.lookup_org(a).name for a in ("ISIS", "Daesh", "Islamic State", "ISIL")}
    assert names_of == {"Islamic State"}


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("the meeting lasted for 37 minutes", 37),
        ("talks that lasted about four and a half hours", 270),
        ("a call that lasted two hours and 17 minutes", 137),
        ("a 90-minute meeting", 90),
        ("an hour-long call", 60),
        ("they spoke for an hour", 60),
    ],
)
def test_meeting_durations(text: str, minutes: int | None) -> None:
    from extract.meetings import duration_minutes

    assert duration_minutes(text) == minutes


def test_big_cities_name_their_country_and_small_or_shared_names_do_not() -> None:
    assert gazetteer.city_country("Istanbul") == "TUR"
    assert gazetteer.city_country("San Francisco") == "USA"
    assert gazetteer.city_country("Springfield") is None  # many small towns share it


def test_what_trade_rises_from_is_no_deals_value() -> None:
    assert money.find_money("a goal of raising trade to $5 billion by 2030, from about $2 billion last year") is None
