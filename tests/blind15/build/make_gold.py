#!/usr/bin/env python3
"""Hand-written gold facts for blind evaluation set 15 (set O), written out as ../gold.json.

Every relative date is computed here from the publication date with ``datetime`` and asserted
against the value written by hand; every JSON Lines ``date`` and HTML ``<meta name="date">`` is
checked against the publication date used; every person and organisation alias (and name, unless
listed in ``NAME_NOT_IN_TEXT``) must occur in the scored text (inside ``<main>`` for HTML).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ARTICLES = ROOT / "articles"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --------------------------------------------------------------------------------------------
# date helpers: each returns (date | None, precision | None) and asserts the hand-written value
# --------------------------------------------------------------------------------------------


def day(iso: str):
    return (dt.date.fromisoformat(iso), "day")


def month(y: int, m: int):
    return (dt.date(y, m, 1), "month")


def year(y: int):
    return (dt.date(y, 1, 1), "year")


NULL = (None, None)


def back(pub: dt.date | None, weekday: str, expect: str | None):
    """The most recent `weekday` on or before the publication date ("on Tuesday")."""
    if pub is None:
        assert expect is None, "no publication date: a weekday cannot be resolved"
        return NULL
    d = pub - dt.timedelta(days=(pub.weekday() - WEEKDAYS.index(weekday)) % 7)
    assert d.isoformat() == expect, (weekday, pub, d, expect)
    return (d, "day")


def ahead(pub: dt.date | None, weekday: str, expect: str | None):
    """The next `weekday` after the publication date ("is due ... on Saturday")."""
    if pub is None:
        assert expect is None
        return NULL
    diff = (WEEKDAYS.index(weekday) - pub.weekday()) % 7 or 7
    d = pub + dt.timedelta(days=diff)
    assert d.isoformat() == expect, (weekday, pub, d, expect)
    return (d, "day")


def shift(pub: dt.date | None, days: int, expect: str | None):
    """'yesterday' (-1), 'tomorrow' (+1), 'today' (0)."""
    if pub is None:
        assert expect is None
        return NULL
    d = pub + dt.timedelta(days=days)
    assert d.isoformat() == expect, (pub, days, d, expect)
    return (d, "day")


def month_rel(pub: dt.date | None, m: int, years: int, expect: str | None):
    """A month named without a year ('in October' -> years=0; 'next January' -> years=1)."""
    if pub is None:
        assert expect is None
        return NULL
    d = dt.date(pub.year + years, m, 1)
    assert d.isoformat() == expect, (pub, m, years, d, expect)
    return (d, "month")


def month_offset(pub: dt.date | None, offset: int, expect: str | None):
    """'last month' (-1), 'next month' (+1), 'this month' (0)."""
    if pub is None:
        assert expect is None
        return NULL
    idx = pub.year * 12 + pub.month - 1 + offset
    d = dt.date(idx // 12, idx % 12 + 1, 1)
    assert d.isoformat() == expect, (pub, offset, d, expect)
    return (d, "month")


def year_offset(pub: dt.date | None, offset: int, expect: str | None):
    """'last year' (-1), 'next year' (+1)."""
    if pub is None:
        assert expect is None
        return NULL
    d = dt.date(pub.year + offset, 1, 1)
    assert d.isoformat() == expect, (pub, offset, d, expect)
    return (d, "year")


def monthday(pub: dt.date | None, m: int, d: int, expect: str | None):
    """A month and day without a year ('on October 23'): the publication year."""
    if pub is None:
        assert expect is None
        return NULL
    x = dt.date(pub.year, m, d)
    assert x.isoformat() == expect, (pub, m, d, x, expect)
    return (x, "day")


# --------------------------------------------------------------------------------------------
# fact builders
# --------------------------------------------------------------------------------------------


def T(title: str, of: str, current: bool = True, implied: bool = False) -> dict:
    return {"title": title, "of": of, "current": current, "implied": implied}


def P(name: str, *aliases: str, titles: tuple | list = ()) -> dict:
    return {"name": name, "aliases": list(aliases), "titles": list(titles)}


def O(name: str, *aliases: str) -> dict:  # noqa: E743
    return {"name": name, "aliases": list(aliases)}


def _dated(when) -> dict:
    d, prec = when
    return {"date": d.isoformat() if d else None, "datePrecision": prec}


def MEET(participants, when, kind="meeting", status="held", place=None, country=None) -> dict:
    return {"participants": list(participants), "kind": kind, "status": status, "place": place,
            "country": country, **_dated(when)}


def VISIT(person: str, country: str, when) -> dict:
    return {"person": person, "country": country, **_dated(when)}


def DEAL(parties, when, kind="agreement", signatories=(), usd=None, value=None) -> dict:
    out = {"parties": list(parties), "signatories": list(signatories), "kind": kind, "valueUsd": usd,
           **_dated(when)}
    if value is not None:
        out["value"] = {"amount": value[0], "currency": value[1]}
    return out


ARTS: list[dict] = []


def article(file: str, pub: dt.date | None, notes: str, persons, countries, orgs=(), meetings=(),
            visits=(), deals=(), name_not_in_text=()) -> None:
    ARTS.append({"file": file, "pub": pub, "notes": notes, "persons": list(persons),
                 "countries": list(countries), "organizations": list(orgs), "meetings": list(meetings),
                 "visits": list(visits), "deals": list(deals), "name_not_in_text": set(name_not_in_text)})


# ============================================================================================
# Russia-Iran and the neighbourhood
# ============================================================================================

# ---- A. Reuters wire: Raisi in Moscow, December 2023 -------------------------------------------
pub = dt.date(2023, 12, 7)
article(
    "raisi-moscow-december-talks.txt", pub,
    "Publication date from the wire's date line (Thu Dec 7, 2023); 'on Thursday' is that day and "
    "'On Wednesday' is 2023-12-06. Putin's Gulf tour gives two visits (United Arab Emirates, Saudi Arabia: "
    "'flew to', 'then on to Riyadh') and two meetings ('received him', 'talks with'). Amir-Abdollahian "
    "and Owji 'accompanied' Raisi, so they visit Russia too; their titles are held of Iran by context "
    "(implied). Peskov ('Kremlin spokesman') and Ushakov ('Kremlin foreign policy aide') hold titles of "
    "Russia, implied. The comprehensive treaty is 'not ready' and 'nothing would be signed': not a deal; "
    "the 2001 treaty it replaces is a signed document between the two countries (year precision). The "
    "joint statement on unilateral coercive measures is a deal (kind statement) signed by the two "
    "foreign ministers on the day. Past meetings: Moscow in January 2022 ('hosted'), the Tehran three-way "
    "summit in July 2022 (summit of three; 'was in Tehran' is no travel wording, so no visit) and "
    "Samarkand in September 2022 (no country named). The October call is 'in October' of 2023. The ICC "
    "and Hamas are organisations; Gaza is a place, not a country. Trade figures are not deal values.",
    persons=[
        P("Ebrahim Raisi", "Raisi", titles=[T("President", "Iran")]),
        P("Vladimir Putin", "Putin", titles=[T("President", "Russia")]),
        P("Hossein Amir-Abdollahian", "Amir-Abdollahian", titles=[T("Foreign Minister", "Iran", implied=True)]),
        P("Javad Owji", titles=[T("Oil Minister", "Iran", implied=True)]),
        P("Mohamed bin Zayed Al Nahyan", titles=[T("President", "United Arab Emirates", implied=True)]),
        P("Mohammed bin Salman", titles=[T("Crown Prince", "Saudi Arabia"),
                                         T("Prime Minister", "Saudi Arabia", implied=True)]),
        P("Dmitry Peskov", titles=[T("spokesman", "Russia", implied=True)]),
        P("Yuri Ushakov", titles=[T("foreign policy aide", "Russia", implied=True)]),
        P("Sergei Lavrov", "Lavrov", titles=[T("Foreign Minister", "Russia")]),
        P("Tayyip Erdogan", titles=[T("President", "Turkey")]),
        P("Dmitri Korolyov"), P("Leila Farahani"), P("Alison Marsh"),
    ],
    countries=["Iran", "Russia", "United Arab Emirates", "Saudi Arabia", "Turkey", "Israel", "China"],
    orgs=[O("International Criminal Court"), O("Hamas")],
    meetings=[
        MEET(["Vladimir Putin", "Ebrahim Raisi"], back(pub, "Thursday", "2023-12-07"), place="Moscow", country="Russia"),
        MEET(["Vladimir Putin", "Mohamed bin Zayed Al Nahyan"], back(pub, "Wednesday", "2023-12-06"),
             place="Abu Dhabi", country="United Arab Emirates"),
        MEET(["Vladimir Putin", "Mohammed bin Salman"], back(pub, "Wednesday", "2023-12-06"),
             place="Riyadh", country="Saudi Arabia"),
        MEET(["Vladimir Putin", "Ebrahim Raisi"], month_rel(pub, 10, 0, "2023-10-01"), kind="call"),
        MEET(["Vladimir Putin", "Ebrahim Raisi"], month(2022, 1), place="Moscow", country="Russia"),
        MEET(["Vladimir Putin", "Ebrahim Raisi", "Tayyip Erdogan"], month(2022, 7), kind="summit",
             place="Tehran", country="Iran"),
        MEET(["Vladimir Putin", "Ebrahim Raisi"], month(2022, 9), place="Samarkand"),
    ],
    visits=[
        VISIT("Ebrahim Raisi", "Russia", back(pub, "Thursday", "2023-12-07")),
        VISIT("Hossein Amir-Abdollahian", "Russia", back(pub, "Thursday", "2023-12-07")),
        VISIT("Javad Owji", "Russia", back(pub, "Thursday", "2023-12-07")),
        VISIT("Vladimir Putin", "United Arab Emirates", back(pub, "Wednesday", "2023-12-06")),
        VISIT("Vladimir Putin", "Saudi Arabia", back(pub, "Wednesday", "2023-12-06")),
    ],
    deals=[
        DEAL(["Russia", "Iran"], back(pub, "Thursday", "2023-12-07"), kind="statement",
             signatories=["Sergei Lavrov", "Hossein Amir-Abdollahian"]),
        DEAL(["Russia", "Iran"], year(2001), kind="treaty"),
    ],
)

# ---- B. Regional outlet (HTML): the "3+3" ministers in Tehran, October 2023 ----------------------
pub = dt.date(2023, 10, 24)
article(
    "tehran-three-plus-three.html", pub,
    "Publication date from <meta name=\"date\"> and the visible 24.10.2023 (a Tuesday). 'on Monday' is "
    "2023-10-23, 'on Sunday evening' 2023-10-22. The five-minister session is a summit. Lavrov and "
    "Amir-Abdollahian's dinner talks, Lavrov-Mirzoyan on the sidelines, the Fidan-Bayramov breakfast "
    "('had breakfast together') and Raisi receiving Lavrov and Fidan 'separately' (two meetings) are "
    "bilateral meetings, dated by the day of the session. Bayramov and Mirzoyan 'did not hold a separate "
    "meeting': not recorded (a handshake is no meeting). Visits: Lavrov 'arrived in Tehran' on Sunday, Fidan "
    "'flew in' and Bayramov and Mirzoyan 'arrived' on Monday; the host has none. The joint statement "
    "'adopted' by the five is a deal of kind statement. Bayramov's title is given as 'his Azerbaijani "
    "counterpart' (implied) and Raisi's as 'President' in a story about Iran (implied). Pakaein is a former "
    "ambassador (current false). Abkhazia, South Ossetia, Karabakh and Syunik are regions, not countries; "
    "the first round in Moscow names no participants. Araz Review is the outlet, not an organisation. "
    "Names in the header, ticker, aside, related links, newsletter and footer (Tokayev, Garibashvili, "
    "SOCAR, Aliyev, Charles Michel, Pashinyan, Mirziyoyev, Borrell, editors) are chrome, not gold.",
    persons=[
        P("Hossein Amir-Abdollahian", "Amir-Abdollahian", titles=[T("Foreign Minister", "Iran")]),
        P("Sergei Lavrov", "Lavrov", titles=[T("Foreign Minister", "Russia")]),
        P("Hakan Fidan", "Fidan", titles=[T("Foreign Minister", "Turkey")]),
        P("Jeyhun Bayramov", "Bayramov", titles=[T("Foreign Minister", "Azerbaijan", implied=True)]),
        P("Ararat Mirzoyan", "Mirzoyan", titles=[T("Foreign Minister", "Armenia")]),
        P("Ebrahim Raisi", titles=[T("President", "Iran", implied=True)]),
        P("Nasser Kanaani", titles=[T("spokesman", "Iranian Foreign Ministry")]),
        P("Mohsen Pakaein", titles=[T("ambassador", "Iran", current=False)]),
        P("Nigar Hasanli"),
    ],
    countries=["Russia", "Iran", "Turkey", "Azerbaijan", "Armenia", "Georgia"],
    orgs=[O("Iranian Foreign Ministry"), O("Collective Security Treaty Organization"), O("European Union")],
    meetings=[
        MEET(["Hossein Amir-Abdollahian", "Sergei Lavrov", "Hakan Fidan", "Jeyhun Bayramov", "Ararat Mirzoyan"],
             back(pub, "Monday", "2023-10-23"), kind="summit", place="Tehran", country="Iran"),
        MEET(["Sergei Lavrov", "Hossein Amir-Abdollahian"], back(pub, "Sunday", "2023-10-22"),
             place="Tehran", country="Iran"),
        MEET(["Sergei Lavrov", "Ararat Mirzoyan"], back(pub, "Monday", "2023-10-23"), place="Tehran", country="Iran"),
        MEET(["Hakan Fidan", "Jeyhun Bayramov"], back(pub, "Monday", "2023-10-23"), place="Tehran", country="Iran"),
        MEET(["Ebrahim Raisi", "Sergei Lavrov"], back(pub, "Monday", "2023-10-23"), place="Tehran", country="Iran"),
        MEET(["Ebrahim Raisi", "Hakan Fidan"], back(pub, "Monday", "2023-10-23"), place="Tehran", country="Iran"),
    ],
    visits=[
        VISIT("Sergei Lavrov", "Iran", back(pub, "Sunday", "2023-10-22")),
        VISIT("Hakan Fidan", "Iran", back(pub, "Monday", "2023-10-23")),
        VISIT("Jeyhun Bayramov", "Iran", back(pub, "Monday", "2023-10-23")),
        VISIT("Ararat Mirzoyan", "Iran", back(pub, "Monday", "2023-10-23")),
    ],
    deals=[
        DEAL(["Russia", "Iran", "Turkey", "Azerbaijan", "Armenia"], back(pub, "Monday", "2023-10-23"),
             kind="statement"),
    ],
)

# ---- C. Live blog (Markdown): BRICS summit in Johannesburg, August 2023 ---------------------------
pub = dt.date(2023, 8, 24)
article(
    "brics-johannesburg-live.md", pub,
    "Publication date from 'Last updated: 24 Aug 2023' (a Thursday); entries are newest first. "
    "'this evening', 'this afternoon' and the announcement entry take the publication date; 'Yesterday' "
    "is 2023-08-23, 'on Wednesday' 2023-08-23, 'on Monday' 2023-08-21, 'on Tuesday' 2023-08-22. The "
    "restricted session names five people (Ramaphosa, Lula, Xi, Modi, Lavrov): a summit; Putin only "
    "'addressed the session in a pre-recorded video', so he is no participant. Sideline talks (Modi-Raisi, "
    "Modi-Xi) are meetings in Johannesburg, the blog's dateline. Visits: Raisi 'landed', Xi 'arrived', "
    "Lula 'flew in', Modi (flew in) on Tuesday. Deals: the Johannesburg II Declaration adopted by the five "
    "member states (kind statement, dated the publication day as the blog reports it today) and the "
    "China-South Africa agreements whose signing Xi and Ramaphosa 'oversaw' (no signatories named). 'No "
    "agreements were signed' at Raisi-Ramaphosa. Invited countries are countries. BRICS, the ICC and the "
    "New Development Bank are organisations; Chabahar port, the Union Buildings, Waterkloof Air Force Base "
    "and the Sandton Convention Centre are places. Prince is an honorific, not a title; Rousseff is a "
    "former president of Brazil (current false) and president of the bank.",
    persons=[
        P("Cyril Ramaphosa", "Ramaphosa", titles=[T("President", "South Africa")]),
        P("Ebrahim Raisi", "Raisi", titles=[T("President", "Iran")]),
        P("Narendra Modi", "Modi", titles=[T("Prime Minister", "India")]),
        P("Xi Jinping", "Xi", titles=[T("President", "China")]),
        P("Vinay Kwatra", titles=[T("Foreign Secretary", "India")]),
        P("Alberto Fernández", titles=[T("President", "Argentina")]),
        P("Abiy Ahmed", titles=[T("Prime Minister", "Ethiopia")]),
        P("Faisal bin Farhan", titles=[T("Foreign Minister", "Saudi Arabia")]),
        P("Luiz Inácio Lula da Silva", "Lula", titles=[T("President", "Brazil")]),
        P("Sergei Lavrov", titles=[T("Foreign Minister", "Russia")]),
        P("Vladimir Putin", "Putin", titles=[T("President", "Russia")]),
        P("Dilma Rousseff", titles=[T("President", "Brazil", current=False), T("president", "New Development Bank")]),
        P("Thandeka Mokoena"), P("Rahul Menon"),
    ],
    countries=["South Africa", "Iran", "India", "China", "Argentina", "Egypt", "Ethiopia", "Saudi Arabia",
               "United Arab Emirates", "Brazil", "Russia"],
    orgs=[O("BRICS"), O("International Criminal Court"), O("New Development Bank")],
    meetings=[
        MEET(["Cyril Ramaphosa", "Ebrahim Raisi"], (pub, "day"), place="Johannesburg", country="South Africa"),
        MEET(["Narendra Modi", "Ebrahim Raisi"], (pub, "day"), place="Johannesburg", country="South Africa"),
        MEET(["Narendra Modi", "Xi Jinping"], (pub, "day"), place="Johannesburg", country="South Africa"),
        MEET(["Cyril Ramaphosa", "Luiz Inácio Lula da Silva", "Xi Jinping", "Narendra Modi", "Sergei Lavrov"],
             shift(pub, -1, "2023-08-23"), kind="summit", place="Johannesburg", country="South Africa"),
        MEET(["Xi Jinping", "Cyril Ramaphosa"], back(pub, "Tuesday", "2023-08-22"), place="Pretoria",
             country="South Africa"),
    ],
    visits=[
        VISIT("Ebrahim Raisi", "South Africa", back(pub, "Wednesday", "2023-08-23")),
        VISIT("Xi Jinping", "South Africa", back(pub, "Monday", "2023-08-21")),
        VISIT("Luiz Inácio Lula da Silva", "South Africa", back(pub, "Monday", "2023-08-21")),
        VISIT("Narendra Modi", "South Africa", back(pub, "Tuesday", "2023-08-22")),
    ],
    deals=[
        DEAL(["Brazil", "Russia", "India", "China", "South Africa"], (pub, "day"), kind="statement"),
        DEAL(["China", "South Africa"], back(pub, "Tuesday", "2023-08-22")),
    ],
)

# ---- E. AFP wire: ECO summit in Tashkent, November 2023 (date only in the dateline) -------------
pub = dt.date(2023, 11, 9)
_eco = ["Shavkat Mirziyoyev", "Ebrahim Raisi", "Ilham Aliyev", "Recep Tayyip Erdogan", "Kassym-Jomart Tokayev",
        "Emomali Rahmon", "Sadyr Japarov", "Serdar Berdimuhamedov", "Anwaar-ul-Haq Kakar"]
article(
    "eco-summit-tashkent.txt", pub,
    "The only date is the AFP dateline (Nov 9, 2023, a Thursday); 'on Thursday' is that day and 'on "
    "Wednesday evening' 2023-11-08. The nine leaders the text names at the opening make one summit in "
    "Tashkent. Raisi-Aliyev, Raisi-Erdogan and Raisi-Kakar on Thursday and Raisi-Mirziyoyev on Wednesday "
    "('received by ... held talks') are bilateral meetings. Visits: Raisi 'flew into Tashkent', Erdogan "
    "'arrived'. Tokayev, Rahmon and Japarov are listed among the leaders with no title word: President, "
    "implied. Mirziyoyev is 'Host President' (holder by context, implied). Gurbanguly Berdimuhamedov is "
    "Serdar's 'father and predecessor': former President, implied; the surname alone on second mention is "
    "Serdar's. Noziri is a former Tajik deputy foreign minister (current false). Deals: the Tashkent "
    "Declaration (statement; parties ECO and the nine represented states), the Uzbek-Iranian transit "
    "memorandum signed by unnamed officials on Wednesday, and the ECO trade agreement 'first signed in "
    "2003' (year). The bridge the presidents 'agreed to finish' is no document. 'Baku' is used for the "
    "state (Azerbaijan); Gaza, Sistan-Baluchestan, Bandar Abbas and Chabahar are places. The next summit "
    "in Azerbaijan names no date or participants: not recorded. 'abc/jm' are sign-off initials.",
    persons=[
        P("Ebrahim Raisi", "Raisi", titles=[T("President", "Iran")]),
        P("Ilham Aliyev", "Aliyev", titles=[T("President", "Azerbaijan")]),
        P("Shavkat Mirziyoyev", "Mirziyoyev", titles=[T("President", "Uzbekistan", implied=True)]),
        P("Recep Tayyip Erdogan", "Erdogan", titles=[T("President", "Turkey")]),
        P("Kassym-Jomart Tokayev", "Tokayev", titles=[T("President", "Kazakhstan", implied=True)]),
        P("Emomali Rahmon", titles=[T("President", "Tajikistan", implied=True)]),
        P("Sadyr Japarov", titles=[T("President", "Kyrgyzstan", implied=True)]),
        P("Serdar Berdimuhamedov", "Berdimuhamedov", titles=[T("President", "Turkmenistan")]),
        P("Anwaar-ul-Haq Kakar", "Kakar", titles=[T("Prime Minister", "Pakistan")]),
        P("Khusrav Noziri", titles=[T("Secretary General", "Economic Cooperation Organization"),
                                    T("deputy foreign minister", "Tajikistan", current=False)]),
        P("Gurbanguly Berdimuhamedov", titles=[T("President", "Turkmenistan", current=False, implied=True)]),
    ],
    countries=["Iran", "Azerbaijan", "Uzbekistan", "Turkey", "Pakistan", "Afghanistan", "Israel", "Kazakhstan",
               "Tajikistan", "Kyrgyzstan", "Turkmenistan"],
    orgs=[O("Economic Cooperation Organization", "ECO"), O("Taliban")],
    meetings=[
        MEET(["Ebrahim Raisi", "Ilham Aliyev"], back(pub, "Thursday", "2023-11-09"), place="Tashkent", country="Uzbekistan"),
        MEET(_eco, (pub, "day"), kind="summit", place="Tashkent", country="Uzbekistan"),
        MEET(["Ebrahim Raisi", "Shavkat Mirziyoyev"], back(pub, "Wednesday", "2023-11-08"), place="Tashkent",
             country="Uzbekistan"),
        MEET(["Ebrahim Raisi", "Recep Tayyip Erdogan"], back(pub, "Thursday", "2023-11-09"), place="Tashkent",
             country="Uzbekistan"),
        MEET(["Ebrahim Raisi", "Anwaar-ul-Haq Kakar"], back(pub, "Thursday", "2023-11-09"), place="Tashkent",
             country="Uzbekistan"),
    ],
    visits=[
        VISIT("Ebrahim Raisi", "Uzbekistan", back(pub, "Wednesday", "2023-11-08")),
        VISIT("Recep Tayyip Erdogan", "Uzbekistan", back(pub, "Thursday", "2023-11-09")),
    ],
    deals=[
        DEAL(["Economic Cooperation Organization", "Uzbekistan", "Iran", "Azerbaijan", "Turkey", "Kazakhstan",
              "Tajikistan", "Kyrgyzstan", "Turkmenistan", "Pakistan"], (pub, "day"), kind="statement"),
        DEAL(["Uzbekistan", "Iran"], back(pub, "Wednesday", "2023-11-08"), kind="memorandum"),
        DEAL(["Economic Cooperation Organization"], year(2003)),
    ],
)

# ---- F. Business story: NIOC contracts with Russian companies, July 2023 --------------------------
pub = dt.date(2023, 7, 12)
article(
    "nioc-russian-oilfield-contracts.txt", pub,
    "Publication date 'July 12th, 2023' (a Wednesday). The five contracts signed 'on Tuesday' "
    "(2023-07-11) are one deal (a batch), kind contract, worth $4 billion, parties NIOC, Tatneft and "
    "Zarubezhneft, signed for NIOC by Khojasteh-Mehr (the Russian signers are unnamed). Petropars' 45 "
    "billion ruble contract with Eurasia Drilling Company is a second contract (value in RUB, no dollar "
    "sum); the text gives no date for it, so its date is null. The refinery agreement 'still being "
    "negotiated' is not a deal. Novak 'arrived in Tehran on Monday' (2023-07-10): a visit; watching the "
    "signing and 'then held talks' with Owji makes a meeting on Tuesday in Tehran. The Owji-Shulginov "
    "telephone call was 'last week' (3-9 July 2023, within July): month precision. Karbasian is a former "
    "NIOC managing director (current false). Shana (cited as source), Kpler, the U.S. Treasury Department "
    "and the 'Oil Ministry' (named specifically) are organisations; Petro Business Weekly is the outlet. "
    "'Moscow' in Sorkhabi's quote stands for Russia. Barrels a day are not values.",
    persons=[
        P("Kaveh Rostami"),
        P("Mohsen Khojasteh-Mehr", titles=[T("managing director", "National Iranian Oil Company")]),
        P("Alexander Novak", "Novak", titles=[T("Deputy Prime Minister", "Russia")]),
        P("Javad Owji", "Owji", titles=[T("Oil Minister", "Iran")]),
        P("Nikolai Shulginov", titles=[T("Energy Minister", "Russia")]),
        P("Nadia Sorkhabi", titles=[T("head of oil analysis", "Kpler")]),
        P("Masoud Karbasian", titles=[T("managing director", "National Iranian Oil Company", current=False)]),
    ],
    countries=["Iran", "Russia", "Iraq", "United States"],
    orgs=[O("National Iranian Oil Company", "NIOC"), O("Oil Ministry"), O("Shana"), O("Tatneft"),
          O("Zarubezhneft"), O("Petropars"), O("Eurasia Drilling Company"), O("U.S. Treasury Department"),
          O("Kpler")],
    meetings=[
        MEET(["Alexander Novak", "Javad Owji"], back(pub, "Tuesday", "2023-07-11"), place="Tehran", country="Iran"),
        MEET(["Javad Owji", "Nikolai Shulginov"], month(2023, 7), kind="call"),
    ],
    visits=[VISIT("Alexander Novak", "Iran", back(pub, "Monday", "2023-07-10"))],
    deals=[
        DEAL(["National Iranian Oil Company", "Tatneft", "Zarubezhneft"], back(pub, "Tuesday", "2023-07-11"),
             kind="contract", signatories=["Mohsen Khojasteh-Mehr"], usd=4e9),
        DEAL(["Petropars", "Eurasia Drilling Company"], NULL, kind="contract", value=(45e9, "RUB")),
    ],
)
# 'last week' from Wednesday 2023-07-12 is Monday 3 to Sunday 9 July: one month.
_lw = pub - dt.timedelta(days=pub.weekday() + 7)
assert _lw.month == (_lw + dt.timedelta(days=6)).month == 7

# ---- H. Analysis with NO publication date: Russia-Iran military ties ------------------------------
pub = None
article(
    "russia-iran-arms-analysis.txt", pub,
    "This analysis carries NO publication date, so everything dated only relatively ('this week', 'on "
    "Monday', 'on Tuesday', 'next month', 'last week') is null; explicit months (August 2023, May 2023) "
    "and years (2022) are kept. Meetings: Ashtiani-Shoigu in Moscow (August 2023), Ahmadian-Patrushev "
    "in Moscow (May 2023), Bagheri 'received by' Belousov (Tuesday: null), and a planned Bagheri-Belousov "
    "meeting in St Petersburg 'next month' (null). The Gerasimov-Bagheri meeting is dismissed as "
    "'fantasy' and 'No such meeting took place': not recorded. Visits: Ashtiani 'travelled to Moscow', "
    "Ahmadian 'had flown to Moscow', Bagheri 'flew to Moscow on Monday' (null date). Deals: the "
    "Ashtiani-Shoigu memorandum on military education (August 2023, parties Russia and Iran) and the 2022 "
    "Yak-130 contract between the Iranian Defence Ministry and Rosoboronexport; the Su-35 'arrangements' "
    "with no published contract and the treaty 'still being drafted' are not deals. Titles: Ashtiani "
    "'then defence minister', Shoigu 'then Russia's defence minister' and Patrushev 'at the time "
    "secretary' are former (current false); Shoigu's present post is given as 'that post' (implied); "
    "Nasirzadeh's air force command is former and implied; Pezeshkian is 'President' in a story about Iran "
    "(implied). 'Major General' and 'General' are ranks. The 'Russian defence ministry' in the opening "
    "paragraph is the same organisation as the Russian Defence Ministry. Tatarstan, the Caspian Sea and St "
    "Petersburg are places.",
    persons=[
        P("Farid Azizov"),
        P("Mohammad-Reza Ashtiani", titles=[T("defence minister", "Iran", current=False)]),
        P("Sergei Shoigu", "Shoigu", titles=[T("defence minister", "Russia", current=False),
                                             T("secretary", "Russian Security Council", implied=True)]),
        P("Ali Akbar Ahmadian", titles=[T("secretary", "Supreme National Security Council")]),
        P("Nikolai Patrushev", titles=[T("secretary", "Russian Security Council", current=False)]),
        P("Andrei Belousov", "Belousov", titles=[T("Defence Minister", "Russia")]),
        P("Mohammad Bagheri", "Bagheri", titles=[T("chief of staff", "Iran")]),
        P("Valery Gerasimov", titles=[T("chief of the general staff", "Russia")]),
        P("Aziz Nasirzadeh", titles=[T("defence minister", "Iran"),
                                     T("air force commander", "Iran", current=False, implied=True)]),
        P("Masoud Pezeshkian", titles=[T("President", "Iran", implied=True)]),
        P("Ilya Marchenko", titles=[T("fellow", "Carnegie Russia Eurasia Center")]),
    ],
    countries=["Russia", "Iran", "Ukraine", "United States", "Israel", "North Korea"],
    orgs=[O("Russian Defence Ministry"), O("Supreme National Security Council"), O("Russian Security Council"),
          O("Iranian Defence Ministry"), O("Rosoboronexport"), O("Carnegie Russia Eurasia Center"),
          O("Islamic Revolutionary Guard Corps")],
    meetings=[
        MEET(["Mohammad-Reza Ashtiani", "Sergei Shoigu"], month(2023, 8), place="Moscow", country="Russia"),
        MEET(["Ali Akbar Ahmadian", "Nikolai Patrushev"], month(2023, 5), place="Moscow", country="Russia"),
        MEET(["Mohammad Bagheri", "Andrei Belousov"], back(pub, "Tuesday", None), place="Moscow", country="Russia"),
        MEET(["Mohammad Bagheri", "Andrei Belousov"], month_offset(pub, 1, None), status="planned",
             place="St Petersburg", country="Russia"),
    ],
    visits=[
        VISIT("Mohammad-Reza Ashtiani", "Russia", month(2023, 8)),
        VISIT("Ali Akbar Ahmadian", "Russia", month(2023, 5)),
        VISIT("Mohammad Bagheri", "Russia", back(pub, "Monday", None)),
    ],
    deals=[
        DEAL(["Russia", "Iran"], month(2023, 8), kind="memorandum",
             signatories=["Mohammad-Reza Ashtiani", "Sergei Shoigu"]),
        DEAL(["Iranian Defence Ministry", "Rosoboronexport"], year(2022), kind="contract"),
    ],
)

# ---- I. Three briefs (JSON Lines) -------------------------------------------------------------------
pub = dt.date(2023, 11, 6)
article(
    "tehran-desk-briefs.jsonl#1", pub,
    "Record date 2023-11-06 (a Monday; also the dateline 'TEHRAN, Nov 6'). Sudani 'arrived in Tehran on "
    "Monday'; 'received by' Khamenei and 'later held talks with' Raisi are two meetings. Fuad Hussein "
    "'accompanied' him: a visit. Blinken's 'unannounced visit to Baghdad on Sunday' (2023-11-05) is a visit "
    "to Iraq and 'met Sudani at his office' a meeting in Baghdad. Khamenei's and Raisi's titles are given "
    "without the country in a story about Iran (implied); Ayatollah is an honorific. Baghdad and "
    "Washington are used for the states in Khamenei's words; Gaza is a place.",
    persons=[
        P("Mohammed Shia al-Sudani", "Sudani", titles=[T("Prime Minister", "Iraq")]),
        P("Ali Khamenei", "Khamenei", titles=[T("Supreme Leader", "Iran", implied=True)]),
        P("Ebrahim Raisi", titles=[T("President", "Iran", implied=True)]),
        P("Fuad Hussein", titles=[T("Foreign Minister", "Iraq")]),
        P("Antony Blinken", "Blinken", titles=[T("Secretary of State", "United States")]),
    ],
    countries=["Iraq", "Iran", "United States", "Israel", "Syria"],
    meetings=[
        MEET(["Mohammed Shia al-Sudani", "Ali Khamenei"], back(pub, "Monday", "2023-11-06"), place="Tehran", country="Iran"),
        MEET(["Mohammed Shia al-Sudani", "Ebrahim Raisi"], back(pub, "Monday", "2023-11-06"), place="Tehran", country="Iran"),
        MEET(["Antony Blinken", "Mohammed Shia al-Sudani"], back(pub, "Sunday", "2023-11-05"), place="Baghdad",
             country="Iraq"),
    ],
    visits=[
        VISIT("Mohammed Shia al-Sudani", "Iran", back(pub, "Monday", "2023-11-06")),
        VISIT("Fuad Hussein", "Iran", back(pub, "Monday", "2023-11-06")),
        VISIT("Antony Blinken", "Iraq", back(pub, "Sunday", "2023-11-05")),
    ],
)

pub = dt.date(2024, 1, 29)
article(
    "tehran-desk-briefs.jsonl#2", pub,
    "Record date 2024-01-29 (a Monday). Amir-Abdollahian 'arrived in Islamabad on Monday': a visit, and "
    "'met at the airport by' Jilani and 'held talks' is one meeting. 'is due to call on' Kakar 'on "
    "Tuesday' is a planned meeting on 2024-01-30 with no stated place. The telephone call 'on January 19' "
    "takes the record's year (2024). The liaison officers were 'agreed' but 'no document was signed': no "
    "deal. The ambassadors' return and the strikes are not meetings. 'caretaker Prime Minister' in a story "
    "about Pakistan is implied; Jilani's title is 'Pakistan's caretaker foreign minister' (explicit). Jaish "
    "al-Adl is an (armed-group) organisation; Balochistan is a region.",
    persons=[
        P("Hossein Amir-Abdollahian", "Amir-Abdollahian", titles=[T("Foreign Minister", "Iran")]),
        P("Jalil Abbas Jilani", "Jilani", titles=[T("foreign minister", "Pakistan")]),
        P("Anwaar-ul-Haq Kakar", titles=[T("Prime Minister", "Pakistan", implied=True)]),
    ],
    countries=["Iran", "Pakistan"],
    orgs=[O("Jaish al-Adl")],
    meetings=[
        MEET(["Hossein Amir-Abdollahian", "Jalil Abbas Jilani"], back(pub, "Monday", "2024-01-29"),
             place="Islamabad", country="Pakistan"),
        MEET(["Hossein Amir-Abdollahian", "Anwaar-ul-Haq Kakar"], ahead(pub, "Tuesday", "2024-01-30"),
             status="planned"),
        MEET(["Jalil Abbas Jilani", "Hossein Amir-Abdollahian"], monthday(pub, 1, 19, "2024-01-19"), kind="call"),
    ],
    visits=[VISIT("Hossein Amir-Abdollahian", "Pakistan", back(pub, "Monday", "2024-01-29"))],
)

pub = dt.date(2024, 7, 30)
article(
    "tehran-desk-briefs.jsonl#3", pub,
    "Record date 2024-07-30 (a Tuesday). Volodin 'arrived in Tehran on Monday' (2024-07-29): a visit; he "
    "met Pezeshkian 'after the ceremony' on Tuesday, and held talks with Ghalibaf 'On Monday evening', "
    "when the two signed the State Duma-Majlis memorandum (parties the two parliaments, signatories "
    "Volodin and Ghalibaf). Pashinyan 'flew in on Tuesday morning' and met Pezeshkian 'later in the "
    "day'. The swearing-in is a ceremony, not a meeting; Putin's message and invitation and Khamenei's "
    "endorsement are no meetings. Volodin's title is held of the State Duma (the body in the title); "
    "'President Vladimir Putin' and 'President Masoud Pezeshkian' carry no country word (implied), nor "
    "does 'Supreme Leader Ali Khamenei'.",
    persons=[
        P("Vyacheslav Volodin", "Volodin", titles=[T("Chairman", "State Duma")]),
        P("Masoud Pezeshkian", "Pezeshkian", titles=[T("President", "Iran", implied=True)]),
        P("Vladimir Putin", titles=[T("President", "Russia", implied=True)]),
        P("Mohammad Bagher Ghalibaf", titles=[T("parliament speaker", "Iran")]),
        P("Nikol Pashinyan", "Pashinyan", titles=[T("Prime Minister", "Armenia")]),
        P("Ali Khamenei", titles=[T("Supreme Leader", "Iran", implied=True)]),
    ],
    countries=["Russia", "Iran", "Armenia"],
    orgs=[O("State Duma"), O("Majlis")],
    meetings=[
        MEET(["Vyacheslav Volodin", "Masoud Pezeshkian"], back(pub, "Tuesday", "2024-07-30"), place="Tehran", country="Iran"),
        MEET(["Vyacheslav Volodin", "Mohammad Bagher Ghalibaf"], back(pub, "Monday", "2024-07-29"), place="Tehran",
             country="Iran"),
        MEET(["Nikol Pashinyan", "Masoud Pezeshkian"], back(pub, "Tuesday", "2024-07-30"), place="Tehran", country="Iran"),
    ],
    visits=[
        VISIT("Vyacheslav Volodin", "Iran", back(pub, "Monday", "2024-07-29")),
        VISIT("Nikol Pashinyan", "Iran", back(pub, "Tuesday", "2024-07-30")),
    ],
    deals=[
        DEAL(["State Duma", "Majlis"], back(pub, "Monday", "2024-07-29"), kind="memorandum",
             signatories=["Vyacheslav Volodin", "Mohammad Bagher Ghalibaf"]),
    ],
)

# ============================================================================================
# Other regions
# ============================================================================================

# ---- O2. Official readout (Japanese ministry style): Camp David trilateral, August 2023 ------------
pub = dt.date(2023, 8, 19)
article(
    "camp-david-trilateral-readout.txt", pub,
    "A Japanese ministry press release dated August 19, 2023; its events are dated with month and day "
    "only ('On August 18', 'from August 17 to 19', 'May 21'), which take the publication year. The "
    "ministry heading the release is not an organisation. Names are written FAMILY Given in capitals: "
    "Kishida, Hayashi and Abe are given in Western order with the text forms as aliases; Yoon Suk Yeol "
    "keeps the Korean order. Kishida's and Hayashi's titles carry no country in a Japanese readout "
    "(implied); 'the late former Prime Minister ABE Shinzo' is former (current false, implied). Visits: "
    "Kishida 'visited the United States ... from August 17 to 19' (dated by the first day) and Hayashi "
    "'accompanied' him; Yoon's 'visit to Japan in March' (2023, month). Meetings: the Camp David summit "
    "of the three, the earlier three-way meeting on May 21 in Hiroshima (a summit), and Kishida's separate "
    "meetings with Biden and with Yoon on August 18. 'The Spirit of Camp David' with the affirmed "
    "principles is one statement of the three countries. 'No date was set for the next meeting': no "
    "planned meeting. Mr. is an honorific; the Taiwan Strait and the seas are places.",
    persons=[
        P("Fumio Kishida", "KISHIDA Fumio", "KISHIDA", titles=[T("Prime Minister", "Japan", implied=True)]),
        P("Yoshimasa Hayashi", "HAYASHI Yoshimasa", titles=[T("Minister for Foreign Affairs", "Japan", implied=True)]),
        P("Joseph R. Biden, Jr.", "Biden", titles=[T("President", "United States")]),
        P("Yoon Suk Yeol", "YOON Suk Yeol", "YOON", titles=[T("President", "South Korea")]),
        P("Shinzo Abe", "ABE Shinzo", titles=[T("Prime Minister", "Japan", current=False, implied=True)]),
    ],
    countries=["Japan", "United States", "South Korea", "North Korea", "China", "Russia", "Ukraine"],
    orgs=[O("ASEAN")],
    meetings=[
        MEET(["Fumio Kishida", "Joseph R. Biden, Jr.", "Yoon Suk Yeol"], monthday(pub, 8, 18, "2023-08-18"),
             kind="summit", place="Camp David", country="United States"),
        MEET(["Fumio Kishida", "Joseph R. Biden, Jr.", "Yoon Suk Yeol"], monthday(pub, 5, 21, "2023-05-21"),
             kind="summit", place="Hiroshima", country="Japan"),
        MEET(["Fumio Kishida", "Joseph R. Biden, Jr."], monthday(pub, 8, 18, "2023-08-18"), place="Camp David",
             country="United States"),
        MEET(["Fumio Kishida", "Yoon Suk Yeol"], monthday(pub, 8, 18, "2023-08-18"), place="Camp David",
             country="United States"),
    ],
    visits=[
        VISIT("Fumio Kishida", "United States", monthday(pub, 8, 17, "2023-08-17")),
        VISIT("Yoshimasa Hayashi", "United States", monthday(pub, 8, 17, "2023-08-17")),
        VISIT("Yoon Suk Yeol", "Japan", month_rel(pub, 3, 0, "2023-03-01")),
    ],
    deals=[
        DEAL(["Japan", "United States", "South Korea"], monthday(pub, 8, 18, "2023-08-18"), kind="statement"),
    ],
    name_not_in_text=["Fumio Kishida", "Yoshimasa Hayashi", "Shinzo Abe"],
)

# ---- O3. Business story: GE Aerospace-HAL engine memorandum, June 2023 -----------------------------
pub = dt.date(2023, 6, 22)
article(
    "ge-hal-engine-memorandum.txt", pub,
    "Publication date from 'Updated: Jun 22, 2023' (a Thursday): 'on Thursday' is that day, 'on "
    "Wednesday' 2023-06-21, 'on Tuesday' 2023-06-20, and 'is due to meet ... on Friday' a planned "
    "meeting on 2023-06-23 (Mehrotra is the one person named; 'business leaders' add nobody; no place "
    "stated). Deals: the GE Aerospace-HAL memorandum (signed on Thursday by Ananthakrishnan and Hale; 'No "
    "value was disclosed'; terms still to be negotiated do not unmake a signed memorandum); HAL's 2021 "
    "contract with the Ministry of Defence, worth ₹48,000 crore (4.8e11 INR, no dollar sum); and the Air "
    "India-Boeing agreement 'in February' (2023) valued at $34 billion. Micron's $825 million investment "
    "and the $2.75 billion plant cost are an investment plan with 'no contract', and the MQ-9B purchase "
    "is 'cleared' with a contract 'months away': not deals. Modi 'arrived in New York ... on a state "
    "visit' on Tuesday: one visit to the United States dated then ('travelled on to Washington' is the same "
    "visit). Biden 'hosted him at a private dinner' on Wednesday and held talks on Thursday: two meetings in "
    "Washington. 'Prime Minister Narendra Modi' in an Indian outlet is implied. The White House is no "
    "organisation; Congress and the United Nations are. The Mumbai Ledger is the outlet.",
    persons=[
        P("Priya Raghavan"),
        P("Narendra Modi", "Modi", titles=[T("Prime Minister", "India", implied=True)]),
        P("Joe Biden", "Biden", titles=[T("President", "United States")]),
        P("C.B. Ananthakrishnan", titles=[T("chairman and managing director", "Hindustan Aeronautics Limited")]),
        P("Marcus Hale", titles=[T("vice-president for military engines", "GE Aerospace")]),
        P("Sanjay Mehrotra", titles=[T("chief executive", "Micron")]),
        P("Navtej Sarna", titles=[T("ambassador", "India", current=False)]),
    ],
    countries=["India", "United States"],
    orgs=[O("GE Aerospace"), O("Hindustan Aeronautics Limited", "HAL"), O("US Congress", "Congress"),
          O("United Nations"), O("Micron"), O("General Atomics"), O("Ministry of Defence"),
          O("Indian Air Force"), O("Air India"), O("Boeing")],
    meetings=[
        MEET(["Narendra Modi", "Joe Biden"], back(pub, "Thursday", "2023-06-22"), place="Washington",
             country="United States"),
        MEET(["Joe Biden", "Narendra Modi"], back(pub, "Wednesday", "2023-06-21"), place="Washington",
             country="United States"),
        MEET(["Narendra Modi", "Sanjay Mehrotra"], ahead(pub, "Friday", "2023-06-23"), status="planned"),
    ],
    visits=[VISIT("Narendra Modi", "United States", back(pub, "Tuesday", "2023-06-20"))],
    deals=[
        DEAL(["GE Aerospace", "Hindustan Aeronautics Limited"], back(pub, "Thursday", "2023-06-22"),
             kind="memorandum", signatories=["C.B. Ananthakrishnan", "Marcus Hale"]),
        DEAL(["Hindustan Aeronautics Limited", "Ministry of Defence"], year(2021), kind="contract",
             value=(4.8e11, "INR")),
        DEAL(["Air India", "Boeing"], month_rel(pub, 2, 0, "2023-02-01"), usd=34e9),
    ],
)

# ---- O5. Regional outlet: Scholz in Samarkand and Astana, September 2024 ----------------------------
pub = dt.date(2024, 9, 17)
_c5 = ["Olaf Scholz", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Sadyr Japarov", "Emomali Rahmon",
       "Serdar Berdimuhamedov"]
article(
    "scholz-central-asia-summit.txt", pub,
    "Publication date 'Tuesday 17 September 2024': 'on Tuesday' is that day, 'on Monday' 2024-09-16, "
    "'on Sunday' 2024-09-15. The six leaders in Astana make a summit; the Astana Declaration they "
    "'adopted' is a statement of the six countries. Scholz's dinner talks with Tokayev (Monday) and his "
    "talks with Mirziyoyev in Samarkand (Sunday) are meetings; Faeser and Saidov only sign the migration "
    "agreement (a deal with both as signatories), which is no meeting of theirs. The separate "
    "Scholz-Japarov meeting was 'cancelled': not recorded. Visits: Scholz 'flew into Astana' (Kazakhstan, "
    "Monday) and 'had travelled to Samarkand' (Uzbekistan, Sunday); Faeser 'accompanied' him on the Uzbek "
    "leg. KTZ's €350 million contract with Siemens Mobility is a deal in euros (no dollar sum); the hydrogen "
    "project has 'no investment agreement'. Merkel is 'Scholz's predecessor' (former Chancellor, implied). "
    "The first summit 'last year' names no participants. 'Berlin' stands for Germany; the Akorda is a "
    "building and the Middle Corridor a route; Dostyk, Moyynty and Novorossiysk are places. Steppe Herald "
    "is the outlet.",
    persons=[
        P("Aigerim Sultanova"),
        P("Olaf Scholz", "Scholz", titles=[T("Chancellor", "Germany")]),
        P("Kassym-Jomart Tokayev", "Tokayev", titles=[T("President", "Kazakhstan")]),
        P("Shavkat Mirziyoyev", "Mirziyoyev", titles=[T("President", "Uzbekistan")]),
        P("Sadyr Japarov", "Japarov", titles=[T("President", "Kyrgyzstan")]),
        P("Emomali Rahmon", titles=[T("President", "Tajikistan")]),
        P("Serdar Berdimuhamedov", titles=[T("President", "Turkmenistan")]),
        P("Nancy Faeser", "Faeser", titles=[T("Interior Minister", "Germany")]),
        P("Bakhtiyor Saidov", titles=[T("Foreign Minister", "Uzbekistan")]),
        P("Angela Merkel", titles=[T("Chancellor", "Germany", current=False, implied=True)]),
    ],
    countries=["Germany", "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Russia", "China"],
    orgs=[O("Kazakhstan Temir Zholy", "KTZ"), O("Siemens Mobility")],
    meetings=[
        MEET(_c5, back(pub, "Tuesday", "2024-09-17"), kind="summit", place="Astana", country="Kazakhstan"),
        MEET(["Olaf Scholz", "Kassym-Jomart Tokayev"], back(pub, "Monday", "2024-09-16"), place="Astana",
             country="Kazakhstan"),
        MEET(["Olaf Scholz", "Shavkat Mirziyoyev"], back(pub, "Sunday", "2024-09-15"), place="Samarkand",
             country="Uzbekistan"),
    ],
    visits=[
        VISIT("Olaf Scholz", "Kazakhstan", back(pub, "Monday", "2024-09-16")),
        VISIT("Olaf Scholz", "Uzbekistan", back(pub, "Sunday", "2024-09-15")),
        VISIT("Nancy Faeser", "Uzbekistan", back(pub, "Sunday", "2024-09-15")),
    ],
    deals=[
        DEAL(["Germany", "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan"],
             back(pub, "Tuesday", "2024-09-17"), kind="statement"),
        DEAL(["Germany", "Uzbekistan"], back(pub, "Sunday", "2024-09-15"),
             signatories=["Nancy Faeser", "Bakhtiyor Saidov"]),
        DEAL(["Kazakhstan Temir Zholy", "Siemens Mobility"], back(pub, "Monday", "2024-09-16"), kind="contract",
             value=(350e6, "EUR")),
    ],
)

# ---- O6. Regional outlet (HTML): Li Qiang in Wellington and Canberra, June 2024 ---------------------
pub = dt.date(2024, 6, 17)
article(
    "li-qiang-canberra-visit.html", pub,
    "Publication date from <meta name=\"date\"> and the byline's 'Monday 17 June 2024'. 'on Monday' is "
    "that day, 'on Saturday' 2024-06-15, 'on Thursday' 2024-06-13; 'On Tuesday Li is due to fly to Perth, "
    "where he will meet' Cook is a planned meeting on 2024-06-18 (the trip itself is planned, not a visit). "
    "'last November' is November 2023 (month). Meetings: Li-Albanese in Canberra, Farrell-Wang Wentao "
    "('met') the same day, Li-Luxon in Wellington, Albanese-Xi in Beijing. Visits: Li 'arrived in "
    "Adelaide' (Australia) and 'had flown into Wellington' (New Zealand); Albanese's 'visit to Beijing'. "
    "Deals: the five memorandums signed together are one deal; the New Zealand-China memorandum on "
    "services-trade talks is another. The visa steps 'needed no signed text': not deals. Albanese is 'his "
    "Australian counterpart', Farrell 'Trade Minister', Xi 'President' and Morrison 'former prime "
    "minister' without a country word (implied). Cook is 'Western Australian Premier': a state office, "
    "held of no country or organisation, so no title. Cheng Lei is a former CGTN anchor (current false); "
    "Yang Hengjun is only a 'writer'. The embassy, Parliament House and the zoo are not organisations. "
    "Names in the header, ticker, sidebar, newsletter and footer (Dutton, Hipkins, Anwar Ibrahim, Mark "
    "Brown, Ruth Kowalski, Gavin Ames; Malaysia, Cook Islands) are chrome. Hamish Doyle's 'Political "
    "Correspondent' is a post at the outlet, not a title of a gold holder.",
    persons=[
        P("Hamish Doyle"),
        P("Li Qiang", "Li", titles=[T("Premier", "China")]),
        P("Anthony Albanese", "Albanese", titles=[T("Prime Minister", "Australia", implied=True)]),
        P("Yang Hengjun"),
        P("Don Farrell", titles=[T("Trade Minister", "Australia", implied=True)]),
        P("Wang Wentao", titles=[T("commerce minister", "China")]),
        P("Cheng Lei", titles=[T("anchor", "CGTN", current=False)]),
        P("Christopher Luxon", titles=[T("Prime Minister", "New Zealand")]),
        P("Roger Cook"),
        P("Xi Jinping", titles=[T("President", "China", implied=True)]),
        P("Scott Morrison", titles=[T("prime minister", "Australia", current=False, implied=True)]),
    ],
    countries=["China", "Australia", "New Zealand"],
    orgs=[O("CGTN")],
    meetings=[
        MEET(["Li Qiang", "Anthony Albanese"], back(pub, "Monday", "2024-06-17"), place="Canberra", country="Australia"),
        MEET(["Don Farrell", "Wang Wentao"], back(pub, "Monday", "2024-06-17"), place="Canberra", country="Australia"),
        MEET(["Li Qiang", "Christopher Luxon"], back(pub, "Thursday", "2024-06-13"), place="Wellington",
             country="New Zealand"),
        MEET(["Li Qiang", "Roger Cook"], ahead(pub, "Tuesday", "2024-06-18"), status="planned", place="Perth",
             country="Australia"),
        MEET(["Anthony Albanese", "Xi Jinping"], month_rel(pub, 11, -1, "2023-11-01"), place="Beijing", country="China"),
    ],
    visits=[
        VISIT("Li Qiang", "Australia", back(pub, "Saturday", "2024-06-15")),
        VISIT("Li Qiang", "New Zealand", back(pub, "Thursday", "2024-06-13")),
        VISIT("Anthony Albanese", "China", month_rel(pub, 11, -1, "2023-11-01")),
    ],
    deals=[
        DEAL(["Australia", "China"], back(pub, "Monday", "2024-06-17"), kind="memorandum"),
        DEAL(["New Zealand", "China"], back(pub, "Thursday", "2024-06-13"), kind="memorandum"),
    ],
)

# ---- O7. AP wire: North American Leaders' Summit in Mexico City, January 2023 ------------------------
pub = dt.date(2023, 1, 10)
article(
    "north-american-leaders-summit.txt", pub,
    "Publication date from 'Published 4:52 PM CST, January 10, 2023' (a Tuesday) above an undated AP "
    "dateline. 'on Tuesday' is that day, 'on Sunday evening' 2023-01-08, 'On Monday' 2023-01-09; 'will "
    "hold talks ... on Wednesday' is a planned Trudeau-López Obrador meeting on 2023-01-11 in Mexico City "
    "(Trudeau has 'flown in' there), and 'would host Biden in Ottawa in March' a planned meeting in March "
    "2023 (month; the trip is not a visit). The three leaders' meeting is a summit; the Biden-López Obrador "
    "bilateral talks are a meeting. Visits: Biden 'arrived' (Mexico), Trudeau 'flew in'; the El Paso stop "
    "is in Biden's own country. Deals: the joint declaration (statement of the three countries) and the "
    "USMCA signed in November 2018 by Trump, Trudeau and Peña Nieto (then-presidents: current false). The "
    "migrant-return agreement 'had not been finalised': not a deal. Sullivan is a 'White House' adviser "
    "(United States, implied); Trump is 'then-President' with no country word (implied). Buenos Aires and "
    "El Paso are only places, the National Palace a building; Washington stands for the United States. "
    "AP is the credit, not an organisation.",
    persons=[
        P("Elena Ruiz"), P("Tom Whitacre"),
        P("Joe Biden", "Biden", titles=[T("President", "United States")]),
        P("Andrés Manuel López Obrador", "López Obrador", titles=[T("President", "Mexico")]),
        P("Justin Trudeau", "Trudeau", titles=[T("Prime Minister", "Canada")]),
        P("Marcelo Ebrard", titles=[T("Foreign Secretary", "Mexico")]),
        P("Jake Sullivan", titles=[T("national security adviser", "United States", implied=True)]),
        P("Donald Trump", titles=[T("President", "United States", current=False, implied=True)]),
        P("Enrique Peña Nieto", titles=[T("President", "Mexico", current=False)]),
        P("Jorge Castañeda", titles=[T("foreign minister", "Mexico", current=False)]),
    ],
    countries=["United States", "Mexico", "Canada", "Venezuela", "Cuba", "Haiti"],
    meetings=[
        MEET(["Joe Biden", "Andrés Manuel López Obrador", "Justin Trudeau"], back(pub, "Tuesday", "2023-01-10"),
             kind="summit", place="Mexico City", country="Mexico"),
        MEET(["Joe Biden", "Andrés Manuel López Obrador"], back(pub, "Monday", "2023-01-09"), place="Mexico City",
             country="Mexico"),
        MEET(["Justin Trudeau", "Andrés Manuel López Obrador"], ahead(pub, "Wednesday", "2023-01-11"),
             status="planned", place="Mexico City", country="Mexico"),
        MEET(["Justin Trudeau", "Joe Biden"], month_rel(pub, 3, 0, "2023-03-01"), status="planned", place="Ottawa",
             country="Canada"),
    ],
    visits=[
        VISIT("Joe Biden", "Mexico", back(pub, "Sunday", "2023-01-08")),
        VISIT("Justin Trudeau", "Mexico", back(pub, "Monday", "2023-01-09")),
    ],
    deals=[
        DEAL(["United States", "Mexico", "Canada"], back(pub, "Tuesday", "2023-01-10"), kind="statement"),
        DEAL(["United States", "Mexico", "Canada"], month(2018, 11),
             signatories=["Donald Trump", "Justin Trudeau", "Enrique Peña Nieto"]),
    ],
)

# ---- O8. European newspaper: the Minsk package, February 2015 -------------------------------------
pub = dt.date(2015, 2, 12)
_n4 = ["Vladimir Putin", "Petro Poroshenko", "Angela Merkel", "François Hollande"]
article(
    "minsk-ceasefire-package.txt", pub,
    "Publication date 'Thursday, 12 February 2015'. The four leaders' talks 'began ... on Wednesday "
    "evening' (2015-02-11) and ran overnight: one summit in Minsk dated by its start. Lukashenko 'hosted' "
    "and 'greeted' them but 'did not take part': he is no participant. 'On Sunday' (2015-02-08) the four "
    "held a 'four-way telephone conference': kind call with four participants ('a ceasefire from Sunday' "
    "is the future and no event). The Kyiv meeting of Merkel, Hollande and Poroshenko (February 5) and the "
    "Moscow talks of Merkel, Hollande and Putin (February 6) have three participants each: summits. "
    "Merkel-Obama 'on Monday' (2015-02-09) in Washington. Visits: the four 'had flown into Minsk on "
    "Wednesday afternoon' (Belarus); Merkel and Hollande 'travelled to Kyiv' and to Moscow; Merkel 'flew "
    "to Washington'. Deals: the 13-point package, signed by the Contact Group members (Kuchma, Zurabov, "
    "Tagliavini) and the two separatist leaders, parties Ukraine, Russia and the OSCE, dated Thursday; and "
    "the leaders' declaration 'adopted' in support (statement). Kuchma is a former president (current "
    "false). Zakharchenko and Plotnitsky are 'separatist leaders' of no country or organisation: no title. "
    "The Trilateral Contact Group is a mechanism, not an organisation; 'EU leaders' names the European "
    "Union. Kyiv and Berlin stand for their states in quotes and policy sentences. The Baltic Observer is "
    "the outlet; the Independence Palace a building.",
    persons=[
        P("Katarzyna Wiśniewska"),
        P("Vladimir Putin", "Putin", titles=[T("President", "Russia")]),
        P("Petro Poroshenko", "Poroshenko", titles=[T("President", "Ukraine")]),
        P("Angela Merkel", "Merkel", titles=[T("Chancellor", "Germany")]),
        P("François Hollande", "Hollande", titles=[T("President", "France")]),
        P("Alexander Lukashenko", titles=[T("President", "Belarus")]),
        P("Leonid Kuchma", titles=[T("president", "Ukraine", current=False)]),
        P("Mikhail Zurabov", titles=[T("ambassador", "Russia")]),
        P("Heidi Tagliavini", titles=[T("envoy", "Organization for Security and Co-operation in Europe")]),
        P("Alexander Zakharchenko"), P("Igor Plotnitsky"),
        P("Barack Obama", titles=[T("President", "United States")]),
    ],
    countries=["Russia", "Ukraine", "Germany", "France", "Belarus", "United States"],
    orgs=[O("Organization for Security and Co-operation in Europe", "OSCE"), O("European Union", "EU")],
    meetings=[
        MEET(_n4, back(pub, "Wednesday", "2015-02-11"), kind="summit", place="Minsk", country="Belarus"),
        MEET(_n4, back(pub, "Sunday", "2015-02-08"), kind="call"),
        MEET(["Angela Merkel", "François Hollande", "Petro Poroshenko"], day("2015-02-05"), kind="summit",
             place="Kyiv", country="Ukraine"),
        MEET(["Angela Merkel", "François Hollande", "Vladimir Putin"], day("2015-02-06"), kind="summit",
             place="Moscow", country="Russia"),
        MEET(["Angela Merkel", "Barack Obama"], back(pub, "Monday", "2015-02-09"), place="Washington",
             country="United States"),
    ],
    visits=[
        *(VISIT(n, "Belarus", back(pub, "Wednesday", "2015-02-11")) for n in _n4),
        VISIT("Angela Merkel", "Ukraine", day("2015-02-05")),
        VISIT("François Hollande", "Ukraine", day("2015-02-05")),
        VISIT("Angela Merkel", "Russia", day("2015-02-06")),
        VISIT("François Hollande", "Russia", day("2015-02-06")),
        VISIT("Angela Merkel", "United States", back(pub, "Monday", "2015-02-09")),
    ],
    deals=[
        DEAL(["Ukraine", "Russia", "Organization for Security and Co-operation in Europe"],
             back(pub, "Thursday", "2015-02-12"),
             signatories=["Leonid Kuchma", "Mikhail Zurabov", "Heidi Tagliavini", "Alexander Zakharchenko",
                          "Igor Plotnitsky"]),
        DEAL(["Russia", "Ukraine", "Germany", "France"], back(pub, "Thursday", "2015-02-12"), kind="statement"),
    ],
    name_not_in_text=["European Union"],
)

# ---- O9. Third-person interview: Palau's president on the compact, June 2023 -----------------------
pub = dt.date(2023, 6, 5)
article(
    "whipps-compact-interview.txt", pub,
    "Publication date from the dateline 'Koror, 5 June 2023'. Explicit dates without a year (May 21, "
    "May 22, May 23) take the publication year; 'last year' is 2022 (year precision) and 'in September' "
    "(future) a planned meeting in September 2023. Meetings: Whipps-Blinken ('after a short meeting'), "
    "Modi-Marape ('held talks'), Whipps-Modi ('a brief meeting') and the FIPIC summit co-chaired by Modi "
    "and Marape with Whipps 'in the room' (three named: a summit), all in Port Moresby; Whipps-Tsai in "
    "Taipei in 2022; and the planned Whipps-Biden meeting in Washington. Visits: Whipps 'travelled to "
    "Port Moresby', Blinken 'flew to Papua New Guinea', Modi 'arrived in Port Moresby' (May 21), Whipps' "
    "'visit to Taiwan last year'. Biden 'cancelled his own stop there': no visit. Deals: the Palau-US "
    "compact agreements (signatories Whipps and Blinken), the PNG-US defence cooperation agreement "
    "(Blinken and Win Bakri Daki) and the Micronesia-US compact agreement of May 23; the Marshall Islands "
    "is 'still negotiating'. The $7.1 billion is programme funding awaiting Congress, not a deal value. "
    "Titles: Win Bakri Daki's 'Defence Minister' is explicit (Papua New Guinea's); Biden and Tsai are "
    "'President' without a country (implied); Remengesau is Whipps' 'predecessor' (former President, "
    "implied); Whipps Sr. is a 'former senator' of Palau (current false, implied). The two Surangel "
    "Whippses are different people. The Forum for India-Pacific Islands Cooperation is a forum, not an "
    "organisation; the White House is not one; Congress is. Pacific Islands Wire is the credit.",
    persons=[
        P("Losa Tuilagi"),
        P("Surangel Whipps Jr.", "Whipps", titles=[T("President", "Palau")]),
        P("Antony Blinken", "Blinken", titles=[T("Secretary of State", "United States")]),
        P("Joe Biden", "Biden", titles=[T("President", "United States", implied=True)]),
        P("Win Bakri Daki", titles=[T("Defence Minister", "Papua New Guinea")]),
        P("Narendra Modi", "Modi", titles=[T("Prime Minister", "India")]),
        P("James Marape", "Marape", titles=[T("Prime Minister", "Papua New Guinea")]),
        P("Tsai Ing-wen", titles=[T("President", "Taiwan", implied=True)]),
        P("Tommy Remengesau Jr.", titles=[T("President", "Palau", current=False, implied=True)]),
        P("Surangel Whipps Sr.", titles=[T("senator", "Palau", current=False, implied=True)]),
    ],
    countries=["Palau", "United States", "China", "Papua New Guinea", "Micronesia", "Marshall Islands", "India",
               "Taiwan"],
    orgs=[O("US Congress", "Congress")],
    meetings=[
        MEET(["Surangel Whipps Jr.", "Antony Blinken"], monthday(pub, 5, 22, "2023-05-22"), place="Port Moresby",
             country="Papua New Guinea"),
        MEET(["Narendra Modi", "James Marape", "Surangel Whipps Jr."], monthday(pub, 5, 22, "2023-05-22"),
             kind="summit", place="Port Moresby", country="Papua New Guinea"),
        MEET(["Narendra Modi", "James Marape"], monthday(pub, 5, 22, "2023-05-22"), place="Port Moresby",
             country="Papua New Guinea"),
        MEET(["Surangel Whipps Jr.", "Narendra Modi"], monthday(pub, 5, 22, "2023-05-22"), place="Port Moresby",
             country="Papua New Guinea"),
        MEET(["Surangel Whipps Jr.", "Tsai Ing-wen"], year_offset(pub, -1, "2022-01-01"), place="Taipei",
             country="Taiwan"),
        MEET(["Surangel Whipps Jr.", "Joe Biden"], month_rel(pub, 9, 0, "2023-09-01"), status="planned",
             place="Washington", country="United States"),
    ],
    visits=[
        VISIT("Surangel Whipps Jr.", "Papua New Guinea", monthday(pub, 5, 22, "2023-05-22")),
        VISIT("Antony Blinken", "Papua New Guinea", monthday(pub, 5, 22, "2023-05-22")),
        VISIT("Narendra Modi", "Papua New Guinea", monthday(pub, 5, 21, "2023-05-21")),
        VISIT("Surangel Whipps Jr.", "Taiwan", year_offset(pub, -1, "2022-01-01")),
    ],
    deals=[
        DEAL(["Palau", "United States"], monthday(pub, 5, 22, "2023-05-22"),
             signatories=["Surangel Whipps Jr.", "Antony Blinken"]),
        DEAL(["Papua New Guinea", "United States"], monthday(pub, 5, 22, "2023-05-22"),
             signatories=["Antony Blinken", "Win Bakri Daki"]),
        DEAL(["Micronesia", "United States"], monthday(pub, 5, 23, "2023-05-23")),
    ],
    name_not_in_text=["US Congress"],
)

# ---- O10. Weekly roundup (Markdown): week ending 18 March 2023 ------------------------------------
pub = dt.date(2023, 3, 18)
article(
    "week-in-diplomacy-march-18.md", pub,
    "Publication date 'Week ending Saturday, March 18, 2023'. Weekdays resolve back from that Saturday: "
    "'on Monday' 2023-03-13, 'on Sunday' 2023-03-12, 'on Thursday' 2023-03-16, 'on Friday' 2023-03-17; "
    "'a day after' Duda's remark is no event. The AUKUS leaders in San Diego are a summit of three; their "
    "joint leaders' statement is a deal (statement); the A$368 billion is a programme cost, not a value. "
    "Albanese-Sunak bilateral talks, the Yoon-Kishida summit (two people: kind meeting; the dinner is the "
    "same meeting), Niinistö-Erdoğan talks in Ankara on Friday and Sunak-Macron in Paris on March 10 (a "
    "'UK-France summit' of two named leaders: kind meeting) are meetings. Visits: Albanese 'flew into San "
    "Diego' (Sunday), Sunak 'arrived' (Monday), Yoon 'arrived in Tokyo', Niinistö 'travelled to Ankara' "
    "(Thursday), Sunak 'travelled to Paris'. The UK-France joint declaration was signed by Sunak and Macron "
    "with £478 million (GBP) attached; no dollar sum. Yoon and Kishida 'signed nothing'; the Keidanren-FKI "
    "fund is only announced; Finland's NATO ratification is a promise. Erdoğan's title comes through "
    "'the Turkish president' (implied). AUKUS is treated as a partnership, not an organisation; USS "
    "Missouri is a vessel and Point Loma a base. 'Beijing' stands for China.",
    persons=[
        P("Jonas Berg"),
        P("Joe Biden", titles=[T("President", "United States")]),
        P("Anthony Albanese", "Albanese", titles=[T("Prime Minister", "Australia")]),
        P("Rishi Sunak", "Sunak", titles=[T("Prime Minister", "United Kingdom")]),
        P("Yoon Suk Yeol", titles=[T("President", "South Korea")]),
        P("Fumio Kishida", titles=[T("Prime Minister", "Japan")]),
        P("Sauli Niinistö", titles=[T("President", "Finland")]),
        P("Recep Tayyip Erdoğan", titles=[T("president", "Turkey", implied=True)]),
        P("Ulf Kristersson", titles=[T("Prime Minister", "Sweden")]),
        P("Eduard Heger", titles=[T("Prime Minister", "Slovakia")]),
        P("Andrzej Duda", "Duda", titles=[T("President", "Poland")]),
        P("Emmanuel Macron", titles=[T("President", "France")]),
    ],
    countries=["United States", "Australia", "United Kingdom", "China", "South Korea", "Japan", "Finland", "Turkey",
               "Sweden", "Slovakia", "Ukraine", "Poland", "France"],
    orgs=[O("Keidanren"), O("Federation of Korean Industries"), O("NATO")],
    meetings=[
        MEET(["Joe Biden", "Anthony Albanese", "Rishi Sunak"], back(pub, "Monday", "2023-03-13"), kind="summit",
             place="San Diego", country="United States"),
        MEET(["Anthony Albanese", "Rishi Sunak"], back(pub, "Monday", "2023-03-13"), place="San Diego",
             country="United States"),
        MEET(["Yoon Suk Yeol", "Fumio Kishida"], back(pub, "Thursday", "2023-03-16"), place="Tokyo", country="Japan"),
        MEET(["Sauli Niinistö", "Recep Tayyip Erdoğan"], back(pub, "Friday", "2023-03-17"), place="Ankara",
             country="Turkey"),
        MEET(["Rishi Sunak", "Emmanuel Macron"], day("2023-03-10"), place="Paris", country="France"),
    ],
    visits=[
        VISIT("Anthony Albanese", "United States", back(pub, "Sunday", "2023-03-12")),
        VISIT("Rishi Sunak", "United States", back(pub, "Monday", "2023-03-13")),
        VISIT("Yoon Suk Yeol", "Japan", back(pub, "Thursday", "2023-03-16")),
        VISIT("Sauli Niinistö", "Turkey", back(pub, "Thursday", "2023-03-16")),
        VISIT("Rishi Sunak", "France", day("2023-03-10")),
    ],
    deals=[
        DEAL(["United States", "Australia", "United Kingdom"], back(pub, "Monday", "2023-03-13"), kind="statement"),
        DEAL(["United Kingdom", "France"], day("2023-03-10"), kind="statement",
             signatories=["Rishi Sunak", "Emmanuel Macron"], value=(478e6, "GBP")),
    ],
)

# ============================================================================================
# checks and output
# ============================================================================================


def scored_text(file: str, pub: dt.date | None) -> str:
    """The text the gold is judged on; checks the JSON Lines date and the HTML meta date on the way."""
    name, _, rec = file.partition("#")
    path = ARTICLES / name
    raw = path.read_text(encoding="utf-8")
    if rec:
        lines = [json.loads(line) for line in raw.splitlines() if line.strip()]
        obj = lines[int(rec) - 1]
        assert obj["date"] == (pub.isoformat() if pub else None), (file, obj["date"], pub)
        return obj["title"] + "\n" + obj["text"]
    if name.endswith(".html"):
        meta = re.search(r'<meta name="date" content="([0-9-]+)">', raw)
        assert meta and meta.group(1) == pub.isoformat(), (file, meta and meta.group(1), pub)
        main = re.search(r"<main>(.*?)</main>", raw, re.S)
        assert main, file
        return html.unescape(re.sub(r"<[^>]+>", " ", main.group(1)))
    return raw


def occurs(form: str, text: str) -> bool:
    pattern = r"\s+".join(re.escape(part) for part in form.split())
    return re.search(r"(?<!\w)" + pattern + r"(?!\w)", text, re.I) is not None


def main() -> int:
    problems: list[str] = []
    out = []
    for a in ARTS:
        text = scored_text(a["file"], a["pub"])
        for kind in ("persons", "organizations"):
            for ent in a[kind]:
                forms = list(ent["aliases"])
                if ent["name"] not in a["name_not_in_text"]:
                    forms.append(ent["name"])
                for form in forms:
                    if not occurs(form, text):
                        problems.append(f"{a['file']}: {kind[:-1]} form {form!r} not in the scored text")
        out.append({
            "file": "blind15/articles/" + a["file"],
            "notes": a["notes"],
            "persons": a["persons"],
            "countries": a["countries"],
            "organizations": a["organizations"],
            "meetings": a["meetings"],
            "visits": a["visits"],
            "deals": a["deals"],
        })
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    (ROOT / "gold.json").write_text(json.dumps({"articles": out}, ensure_ascii=False, indent=2) + "\n",
                                    encoding="utf-8")

    n = Counter()
    titles = implied = former = 0
    mkinds, dkinds, prec = Counter(), Counter(), Counter()
    for a in out:
        n["persons"] += len(a["persons"])
        n["countries"] += len(a["countries"])
        n["organizations"] += len(a["organizations"])
        n["meetings"] += len(a["meetings"])
        n["visits"] += len(a["visits"])
        n["deals"] += len(a["deals"])
        for p in a["persons"]:
            titles += len(p["titles"])
            implied += sum(t["implied"] for t in p["titles"])
            former += sum(not t["current"] for t in p["titles"])
        for m in a["meetings"]:
            mkinds[(m["status"], m["kind"])] += 1
        for d in a["deals"]:
            dkinds[d["kind"]] += 1
        for ev in (*a["meetings"], *a["visits"], *a["deals"]):
            prec[ev["datePrecision"] or "null"] += 1
    total = sum(n.values()) + titles
    print(f"files: {len({a['file'].split('#')[0] for a in out})}, gold articles: {len(out)}")
    print(f"persons {n['persons']}, titles {titles} (implied {implied}, current false {former}), "
          f"countries {n['countries']}, organisations {n['organizations']}, meetings {n['meetings']}, "
          f"visits {n['visits']}, deals {n['deals']}; facts in all {total}")
    print("meetings by status/kind:", dict(sorted(mkinds.items())))
    print("deals by kind:", dict(sorted(dkinds.items())))
    print("event date precision:", dict(sorted(prec.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
