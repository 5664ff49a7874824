#!/usr/bin/env python3
"""Hand-written gold facts for blind set 17 (set Q); writes ../gold.json.

Every relative date is computed from the publication date with datetime and asserted against the
date the examiner worked out by hand. JSON Lines `date` fields and HTML <meta name="date"> are
checked against the publication date used. Every person and organisation name and alias must occur
in the scored text (inside <main> for HTML; title + text for a JSON Lines record), compared without
case. Run: python3 build/make_gold.py
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ARTICLES = ROOT / "articles"
PREFIX = "blind17/articles/"

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ---------------------------------------------------------------- date helpers
def last(pub: date, weekday: str) -> date:
    """Most recent such weekday on or before the publication date (the same day included)."""
    d = pub
    while WEEKDAYS[d.weekday()] != weekday:
        d -= timedelta(days=1)
    return d


def nxt(pub: date, weekday: str) -> date:
    """A future weekday ("is due ... on Monday"): the first such day on or after the publication date."""
    d = pub
    while WEEKDAYS[d.weekday()] != weekday:
        d += timedelta(days=1)
    return d


def day(d: date, expected: date | None = None):
    if expected is not None:
        assert d == expected, (d, expected)
    return (d, "day")


def month(y: int, m: int):
    return (date(y, m, 1), "month")


def year(y: int):
    return (date(y, 1, 1), "year")


def last_week_month(pub: date, expected: tuple[int, int]):
    """"last week": the Monday-Sunday week before the publication week; month precision when it lies in one month."""
    monday = pub - timedelta(days=pub.weekday()) - timedelta(days=7)
    sunday = monday + timedelta(days=6)
    assert (monday.year, monday.month) == (sunday.year, sunday.month) == expected, (monday, sunday)
    return month(*expected)


def next_week_month(pub: date, expected: tuple[int, int]):
    monday = pub - timedelta(days=pub.weekday()) + timedelta(days=7)
    sunday = monday + timedelta(days=6)
    assert (monday.year, monday.month) == (sunday.year, sunday.month) == expected, (monday, sunday)
    return month(*expected)


# ---------------------------------------------------------------- fact helpers
def T(title, of, current=True, implied=False):
    return {"title": title, "of": of, "current": current, "implied": implied}


def P(name, aliases=(), titles=(), name_in_text=True):
    return {"name": name, "aliases": list(aliases), "titles": list(titles), "_name_in_text": name_in_text}


def O(name, aliases=()):
    return {"name": name, "aliases": list(aliases)}


def _dated(obj, when):
    if when is None:
        obj["date"], obj["datePrecision"] = None, None
    else:
        obj["date"], obj["datePrecision"] = when[0].isoformat(), when[1]
    return obj


def MT(participants, when, kind="meeting", status="held", place=None, country=None):
    return _dated({"participants": list(participants), "kind": kind, "status": status,
                   "place": place, "country": country}, when)


def CALL(a, b, when):
    return MT([a, b], when, kind="call")


def V(person, country, when):
    return _dated({"person": person, "country": country}, when)


def DL(parties, when, kind="agreement", signatories=(), usd=None, value=None):
    d = {"parties": list(parties), "signatories": list(signatories), "kind": kind, "valueUsd": usd}
    if value is not None:
        d["value"] = {"amount": value[0], "currency": value[1]}
    return _dated(d, when)


ARTS: list[dict] = []


def article(file, pub, notes, persons, countries, orgs=(), meetings=(), visits=(), deals=()):
    ARTS.append({"file": file, "pub": pub, "notes": notes, "persons": persons, "countries": list(countries),
                 "organizations": list(orgs), "meetings": list(meetings), "visits": list(visits),
                 "deals": list(deals)})


# =============================================================================================
# 1. putin-tehran-gas-forum.txt  (Reuters style; date line "November 23, 2015" above the dateline)
# =============================================================================================
PUB = date(2015, 11, 23)
MON = day(last(PUB, "Monday"), date(2015, 11, 23))
article(
    "putin-tehran-gas-forum.txt", PUB,
    "Reuters-style wire, published Monday 23 November 2015. 'On Monday' is the publication day. "
    "Putin-Khamenei, Putin-Rouhani ('later on Monday'), Novak-Chitchian ('held talks on Monday morning') and "
    "Maduro-Putin ('met Putin briefly') are meetings in Tehran; the forum summit has four named leaders "
    "(Rouhani, Putin, Maduro, Morales; 'among other leaders' adds nobody), so it is a summit. The earlier "
    "Putin-Rouhani meeting 'in July in the Russian city of Ufa' is dated July 2015 (month). Visits: Putin 'flew "
    "to Tehran'; Maduro 'arrived in Tehran on Sunday' (22 Nov). Deals: the seven memorandums signed in the "
    "presidents' presence are one deal; the S-300 contract that Chemezov said 'had been signed' has no stated "
    "signing date (null; 'earlier this month' dates his remark, not the signing); the earlier S-300 contract, "
    "signed in 2007 and cancelled in 2010, is recorded (year 2007). The decree lifting the export ban is a "
    "unilateral act, not a deal; the $5 billion credit line was offered, not signed (no value). Titles: Novak's "
    "holder is implied (no 'Russian'); Chitchian is 'his Iranian counterpart' (implied); Peskov is 'Kremlin "
    "spokesman' (implied Russia); Velayati is 'a former foreign minister' (implied, current false). "
    "'Ayatollah' is a rank, not a title. GECF counts as an organisation (a member body with a membership), "
    "unlike a one-off forum event; Reuters is a credit, not an organisation. The two bylined reporters, the "
    "additional reporter and the credited editor are persons. Dubai and Fordow are places only.",
    [P("Leyla Sadri"), P("Andrei Ostrovsky"),
     P("Vladimir Putin", ["Putin"], [T("President", "Russia")]),
     P("Ali Khamenei", ["Khamenei"], [T("Supreme Leader", "Iran")]),
     P("Dmitry Peskov", ["Peskov"], [T("spokesman", "Russia", implied=True)]),
     P("Ali Akbar Velayati", [], [T("Foreign Minister", "Iran", current=False, implied=True)]),
     P("Hassan Rouhani", ["Rouhani"], [T("President", "Iran")]),
     P("Alexander Novak", ["Novak"], [T("Energy Minister", "Russia", implied=True)]),
     P("Hamid Chitchian", [], [T("Energy Minister", "Iran", implied=True)]),
     P("Sergei Chemezov", ["Chemezov"], [T("head", "Rostec")]),
     P("Nicolas Maduro", ["Maduro"], [T("President", "Venezuela")]),
     P("Evo Morales", [], [T("President", "Bolivia")]),
     P("Kaveh Farzad"), P("Giles Foster")],
    ["Russia", "Iran", "Syria", "United States", "Venezuela", "Bolivia"],
    [O("Gas Exporting Countries Forum", ["GECF"]), O("Rostec"), O("United Nations")],
    [MT(["Vladimir Putin", "Ali Khamenei"], MON, place="Tehran", country="Iran"),
     MT(["Vladimir Putin", "Hassan Rouhani"], MON, place="Tehran", country="Iran"),
     MT(["Vladimir Putin", "Hassan Rouhani"], month(2015, 7), place="Ufa", country="Russia"),
     MT(["Vladimir Putin", "Hassan Rouhani", "Nicolas Maduro", "Evo Morales"], MON, kind="summit",
        place="Tehran", country="Iran"),
     MT(["Nicolas Maduro", "Vladimir Putin"], MON, place="Tehran", country="Iran"),
     MT(["Alexander Novak", "Hamid Chitchian"], MON, place="Tehran", country="Iran")],
    [V("Vladimir Putin", "Iran", MON),
     V("Nicolas Maduro", "Iran", day(last(PUB, "Sunday"), date(2015, 11, 22)))],
    [DL(["Russia", "Iran"], MON, kind="memorandum"),
     DL(["Russia", "Iran"], None, kind="contract"),
     DL(["Russia", "Iran"], year(2007), kind="contract")],
)

# =============================================================================================
# 2. rouhani-baghdad-najaf.txt  (AFP style; only the dateline carries the date)
# =============================================================================================
PUB = date(2019, 3, 13)
article(
    "rouhani-baghdad-najaf.txt", PUB,
    "AFP-style copy whose only date is the dateline 'NAJAF, Iraq, March 13, 2019 (AFP)' (a Wednesday). "
    "'On Wednesday' = 13 Mar, 'on Monday' = 11 Mar, 'on Tuesday' = 12 Mar, Zarif's 'on Sunday' = 10 Mar. "
    "Meetings: 'received by' Sistani (Najaf); 'welcomed at the Salam Palace by' Saleh and talks with Abdel "
    "Mahdi (Baghdad); Halbousi on Tuesday (no city stated, country Iraq); Zarif-Hakim 'that evening' in "
    "Baghdad. Sistani 'did not see' Ahmadinejad in 2008: no meeting, but 'when he visited Iraq in 2008' is a "
    "visit (year). Pompeo 'made an unannounced visit to Baghdad in January' = January 2019 (month). Abdel "
    "Mahdi's expected April trip to Tehran is planned, not a visit, and names nobody to meet. The five "
    "memorandums signed after the Monday talks are one deal; the Shatt al-Arab plan ('no document on it was "
    "signed') is not. Trade figures are not values. Titles: Saleh, Abdel Mahdi, Halbousi ('parliament "
    "speaker'), Zarif and Hakim ('his Iraqi counterpart') have holders from context (implied); Ahmadinejad is "
    "'then-president' (implied, current false). Zarif's withdrawn resignation leaves him current. 'Grand "
    "Ayatollah' is a rank. The sign-off initials are not persons or organisations.",
    [P("Hassan Rouhani", ["Rouhani"], [T("President", "Iran")]),
     P("Ali al-Sistani", ["Sistani"]),
     P("Mahmoud Ahmadinejad", [], [T("President", "Iran", current=False, implied=True)]),
     P("Barham Saleh", [], [T("President", "Iraq", implied=True)]),
     P("Adel Abdel Mahdi", ["Abdel Mahdi"], [T("Prime Minister", "Iraq", implied=True)]),
     P("Mohammed al-Halbousi", [], [T("speaker", "Iraq", implied=True)]),
     P("Mohammad Javad Zarif", ["Zarif"], [T("Foreign Minister", "Iran", implied=True)]),
     P("Mohamed Ali al-Hakim", [], [T("Foreign Minister", "Iraq", implied=True)]),
     P("Mike Pompeo", [], [T("Secretary of State", "United States")])],
    ["Iran", "Iraq", "United States"],
    [],
    [MT(["Hassan Rouhani", "Ali al-Sistani"], day(last(PUB, "Wednesday"), date(2019, 3, 13)), place="Najaf", country="Iraq"),
     MT(["Hassan Rouhani", "Barham Saleh"], day(last(PUB, "Monday"), date(2019, 3, 11)), place="Baghdad", country="Iraq"),
     MT(["Hassan Rouhani", "Adel Abdel Mahdi"], day(last(PUB, "Monday"), date(2019, 3, 11)), place="Baghdad", country="Iraq"),
     MT(["Hassan Rouhani", "Mohammed al-Halbousi"], day(last(PUB, "Tuesday"), date(2019, 3, 12)), country="Iraq"),
     MT(["Mohammad Javad Zarif", "Mohamed Ali al-Hakim"], day(last(PUB, "Sunday"), date(2019, 3, 10)), place="Baghdad", country="Iraq")],
    [V("Hassan Rouhani", "Iraq", day(last(PUB, "Monday"), date(2019, 3, 11))),
     V("Mahmoud Ahmadinejad", "Iraq", year(2008)),
     V("Mohammad Javad Zarif", "Iraq", day(last(PUB, "Sunday"), date(2019, 3, 10))),
     V("Mike Pompeo", "Iraq", month(2019, 1))],
    [DL(["Iran", "Iraq"], day(last(PUB, "Monday"), date(2019, 3, 11)), kind="memorandum")],
)

# =============================================================================================
# 3. salman-moscow-visit.html  (Gulf outlet page; meta date 2017-10-06)
# =============================================================================================
PUB = date(2017, 10, 6)
THU = day(last(PUB, "Thursday"), date(2017, 10, 5))
WED = day(last(PUB, "Wednesday"), date(2017, 10, 4))
article(
    "salman-moscow-visit.html", PUB,
    "Complete page, <meta name=\"date\" content=\"2017-10-06\">, visible 'Friday, 6 October 2017'. Only <main> "
    "counts: the ticker (Tamim bin Hamad, Mohamed bin Zayed), related links (Barkindo, Erdogan, Michel Aoun), "
    "newsletter (editor Faisal Haddad) and footer (Noura Al-Sabah, Tariq Fares) are not gold. Meetings: "
    "Salman 'received at the Kremlin by' Putin on Thursday (5 Oct, Moscow); Mohammed bin Salman 'flew to "
    "Moscow in May ... to discuss oil policy with Putin' (May 2017, month); Salman 'received' Medvedev on "
    "Friday morning (the publication day). Putin's accepted invitation to the kingdom has no date and is a "
    "planned trip, not recorded. Visits: Salman 'arrived in Moscow on Wednesday' (4 Oct); al-Falih 'travelled "
    "with the king' (dated by the king's arrival); Mohammed bin Salman flew to Moscow in May. Deals (all "
    "Thursday): SAMI-Rosoboronexport memorandum (no value); RDIF-PIF agreement for a $1 billion fund; "
    "Aramco-Sibur memorandum signed by Nasser and Konov. The S-400 contract 'still to be negotiated' and the "
    "$100 million road investment 'not finalised' are not deals. Titles: King (Saudi holder from 'reigning "
    "Saudi monarch', marked implied), Putin, Medvedev and Assad given as 'President'/'Prime Minister' in "
    "context (implied); al-Falih implied; Novak 'his Russian counterpart' (implied); Mohammed bin Salman is "
    "Crown Prince now and was deputy crown prince in May (current false). Kornet-EM, Kalashnikov rifles and "
    "S-400 are weapons, the Four Seasons hotel and St George's Hall are places; the Kremlin is not an "
    "organisation.",
    [P("Hala Mansour"),
     P("Salman bin Abdulaziz Al Saud", ["Salman"], [T("King", "Saudi Arabia", implied=True)]),
     P("Vladimir Putin", ["Putin"], [T("President", "Russia", implied=True)]),
     P("Kirill Dmitriev", ["Dmitriev"], [T("chief executive", "Russian Direct Investment Fund")]),
     P("Amin Nasser", [], [T("chief executive", "Saudi Aramco")]),
     P("Dmitry Konov", [], [T("chief executive", "Sibur")]),
     P("Khalid al-Falih", [], [T("Energy Minister", "Saudi Arabia", implied=True)]),
     P("Alexander Novak", [], [T("Energy Minister", "Russia", implied=True)]),
     P("Mohammed bin Salman", [], [T("Crown Prince", "Saudi Arabia", implied=True),
                                   T("Deputy Crown Prince", "Saudi Arabia", current=False, implied=True)]),
     P("Bashar al-Assad", ["Assad"], [T("President", "Syria", implied=True)]),
     P("Dmitry Medvedev", [], [T("Prime Minister", "Russia", implied=True)])],
    ["Saudi Arabia", "Russia", "Syria", "Iran"],
    [O("Saudi Arabian Military Industries", ["SAMI"]), O("Rosoboronexport"),
     O("Russian Direct Investment Fund", ["RDIF"]), O("Public Investment Fund", ["PIF"]),
     O("Saudi Aramco", ["Aramco"]), O("Sibur"), O("OPEC")],
    [MT(["Salman bin Abdulaziz Al Saud", "Vladimir Putin"], THU, place="Moscow", country="Russia"),
     MT(["Mohammed bin Salman", "Vladimir Putin"], month(2017, 5), place="Moscow", country="Russia"),
     MT(["Salman bin Abdulaziz Al Saud", "Dmitry Medvedev"], day(last(PUB, "Friday"), PUB), place="Moscow", country="Russia")],
    [V("Salman bin Abdulaziz Al Saud", "Russia", WED),
     V("Khalid al-Falih", "Russia", WED),
     V("Mohammed bin Salman", "Russia", month(2017, 5))],
    [DL(["Saudi Arabian Military Industries", "Rosoboronexport"], THU, kind="memorandum"),
     DL(["Russian Direct Investment Fund", "Public Investment Fund"], THU, usd=1e9),
     DL(["Saudi Aramco", "Sibur"], THU, kind="memorandum", signatories=["Amin Nasser", "Dmitry Konov"])],
)

# =============================================================================================
# 4. sochi-syria-summit-live.md  (live blog, newest first; "Updated 22 November 2017, 20:35 MSK")
# =============================================================================================
PUB = date(2017, 11, 22)
TODAY = day(PUB)
TUE = day(last(PUB, "Tuesday"), date(2017, 11, 21))
MONs = day(last(PUB, "Monday"), date(2017, 11, 20))
article(
    "sochi-syria-summit-live.md", PUB,
    "Markdown live blog updated 22 November 2017 (a Wednesday); entries are timestamped on that day. The "
    "three-way summit at Bocharov Ruchei, the Putin-Erdogan one-on-one and the arrivals ('has landed', "
    "'arrived in Sochi') take the publication date. 'December 11' (no year) takes the publication year: a "
    "planned Putin-Erdogan meeting in Ankara. The ministers' talks 'in the Turkish resort of Antalya on Sunday' "
    "= 19 Nov, three named ministers, so a summit. Putin's Tuesday telephone calls (21 Nov) with Trump, King "
    "Salman, Tamim, Sisi and Netanyahu are five separate calls. Assad 'had flown to Sochi' on Monday (20 Nov) "
    "for talks with Putin (meeting and visit) and 'also met' Shoigu (meeting; 'senior Russian commanders' add "
    "nobody). Zarif arrived with Rouhani (visit). The joint statement 'adopted by' the three presidents is a "
    "statement deal; the Astana de-escalation zones and the planned congress are not deals. The Riyadh "
    "opposition meeting and Geneva talks name nobody. Titles: all presidents are given through 'the three "
    "presidents', 'the Turkish president', 'the Russian leader' (implied); Ushakov is 'a Kremlin aide' "
    "(implied Russia); the ministers are 'the foreign ministers of the three countries' (implied); Trump, "
    "Salman, Tamim, Sisi, Netanyahu and Assad are explicit. The compiler is a person. Islamic State and the "
    "YPG militia are armed groups; 'UN-led' gives the UN; the Kremlin website is not an organisation.",
    [P("Marta Ilyina"),
     P("Vladimir Putin", ["Putin"], [T("President", "Russia", implied=True)]),
     P("Hassan Rouhani", ["Rouhani"], [T("President", "Iran", implied=True)]),
     P("Recep Tayyip Erdogan", ["Erdogan"], [T("President", "Turkey", implied=True)]),
     P("Yuri Ushakov", [], [T("aide", "Russia", implied=True)]),
     P("Mohammad Javad Zarif", [], [T("Foreign Minister", "Iran", implied=True)]),
     P("Sergei Lavrov", [], [T("Foreign Minister", "Russia", implied=True)]),
     P("Mevlut Cavusoglu", [], [T("Foreign Minister", "Turkey", implied=True)]),
     P("Donald Trump", [], [T("President", "United States")]),
     P("Salman", ["King Salman"], [T("King", "Saudi Arabia")]),
     P("Tamim bin Hamad Al Thani", [], [T("Emir", "Qatar")]),
     P("Abdel Fattah al-Sisi", [], [T("President", "Egypt")]),
     P("Benjamin Netanyahu", [], [T("Prime Minister", "Israel")]),
     P("Bashar al-Assad", ["Assad"], [T("President", "Syria")]),
     P("Sergei Shoigu", [], [T("Defence Minister", "Russia", implied=True)])],
    ["Russia", "Iran", "Turkey", "Syria", "United States", "Saudi Arabia", "Qatar", "Egypt", "Israel"],
    [O("Islamic State"), O("YPG"), O("UN")],
    [MT(["Vladimir Putin", "Hassan Rouhani", "Recep Tayyip Erdogan"], TODAY, kind="summit", place="Sochi", country="Russia"),
     MT(["Vladimir Putin", "Recep Tayyip Erdogan"], TODAY, place="Sochi", country="Russia"),
     MT(["Recep Tayyip Erdogan", "Vladimir Putin"], day(date(PUB.year, 12, 11)), status="planned", place="Ankara", country="Turkey"),
     MT(["Sergei Lavrov", "Mohammad Javad Zarif", "Mevlut Cavusoglu"], day(last(PUB, "Sunday"), date(2017, 11, 19)),
        kind="summit", place="Antalya", country="Turkey"),
     CALL("Vladimir Putin", "Donald Trump", TUE),
     CALL("Vladimir Putin", "Salman", TUE),
     CALL("Vladimir Putin", "Tamim bin Hamad Al Thani", TUE),
     CALL("Vladimir Putin", "Abdel Fattah al-Sisi", TUE),
     CALL("Vladimir Putin", "Benjamin Netanyahu", TUE),
     MT(["Bashar al-Assad", "Vladimir Putin"], MONs, place="Sochi", country="Russia"),
     MT(["Bashar al-Assad", "Sergei Shoigu"], MONs, place="Sochi", country="Russia")],
    [V("Hassan Rouhani", "Russia", TODAY), V("Mohammad Javad Zarif", "Russia", TODAY),
     V("Recep Tayyip Erdogan", "Russia", TODAY), V("Bashar al-Assad", "Russia", MONs)],
    [DL(["Russia", "Iran", "Turkey"], TODAY, kind="statement",
        signatories=["Vladimir Putin", "Hassan Rouhani", "Recep Tayyip Erdogan"])],
)

# =============================================================================================
# 5. rosneft-stake-qatar-glencore.txt  (business; "Monday 12 December 2016")
# =============================================================================================
PUB = date(2016, 12, 12)
SAT = day(last(PUB, "Saturday"), date(2016, 12, 10))
article(
    "rosneft-stake-qatar-glencore.txt", PUB,
    "Business story dated Monday 12 December 2016. 'On Saturday' = 10 Dec, 'on Wednesday' = 7 Dec, 'on "
    "Sunday' = 11 Dec. Deals: the stake-sale agreement signed by Sechin, Glasenberg and Abdullah bin Mohammed "
    "bin Saud Al Thani (EUR 10.2 billion in value, no valueUsd); the five-year Glencore-Rosneft supply "
    "contract signed the same Saturday (no value given); the Vienna declaration of cooperation signed by "
    "Novak 'alongside' al-Falih (kind statement; parties Russia and OPEC). The equity contributions and the "
    "bank loan are financing, not deals or deal values; OPEC's own November 30 quota decision is not a "
    "signed document. Meetings: Sechin 'reported to' Putin at the Kremlin (7 Dec, Moscow); Tamim-Putin "
    "telephone conversation (call, 11 Dec); Novak met Zanganeh in Vienna (10 Dec; Austria is not named, so "
    "no country). The signing itself is not a meeting (no ceremony or talks described). Titles: Putin "
    "'President' (implied); al-Falih 'holds OPEC's rotating presidency' (President of OPEC, implied) besides "
    "Saudi Energy Minister. Switzerland counts through 'Swiss-based'; Italy through 'Italy's Intesa "
    "Sanpaolo'; Doha is used for the state. The Brent price is not a value.",
    [P("Irina Volkova"),
     P("Igor Sechin", ["Sechin"], [T("chief executive", "Rosneft")]),
     P("Ivan Glasenberg", ["Glasenberg"], [T("chief executive", "Glencore")]),
     P("Abdullah bin Mohammed bin Saud Al Thani", [], [T("chief executive", "Qatar Investment Authority")]),
     P("Vladimir Putin", ["Putin"], [T("President", "Russia", implied=True)]),
     P("Tamim bin Hamad Al Thani", [], [T("Emir", "Qatar")]),
     P("Alexander Novak", ["Novak"], [T("Energy Minister", "Russia")]),
     P("Khalid al-Falih", [], [T("Energy Minister", "Saudi Arabia"), T("President", "Organization of the Petroleum Exporting Countries", implied=True)]),
     P("Bijan Zanganeh", [], [T("Oil Minister", "Iran")])],
    ["Russia", "Qatar", "Ukraine", "Italy", "Switzerland", "Syria", "Saudi Arabia", "Iran"],
    [O("Rosneft"), O("Glencore"), O("Qatar Investment Authority", ["QIA"]), O("Intesa Sanpaolo"),
     O("Rosneftegaz"), O("BP"), O("Organization of the Petroleum Exporting Countries", ["OPEC"])],
    [MT(["Igor Sechin", "Vladimir Putin"], day(last(PUB, "Wednesday"), date(2016, 12, 7)), place="Moscow", country="Russia"),
     CALL("Tamim bin Hamad Al Thani", "Vladimir Putin", day(last(PUB, "Sunday"), date(2016, 12, 11))),
     MT(["Alexander Novak", "Bijan Zanganeh"], SAT, place="Vienna")],
    [],
    [DL(["Rosneft", "Glencore", "Qatar Investment Authority"], SAT,
        signatories=["Igor Sechin", "Ivan Glasenberg", "Abdullah bin Mohammed bin Saud Al Thani"], value=(10.2e9, "EUR")),
     DL(["Glencore", "Rosneft"], SAT, kind="contract"),
     DL(["Russia", "Organization of the Petroleum Exporting Countries"], SAT, kind="statement",
        signatories=["Alexander Novak", "Khalid al-Falih"])],
)

# =============================================================================================
# 6. iraq-moscow-tehran-analysis.txt  (analysis, NO publication date)
# =============================================================================================
PUB = None
june2017 = date(2017, 6, 1)
four_months_later = date(june2017.year + (june2017.month + 4 - 1) // 12, (june2017.month + 4 - 1) % 12 + 1, 1)
assert four_months_later == date(2017, 10, 1)
article(
    "iraq-moscow-tehran-analysis.txt", PUB,
    "Analysis with NO publication date, so every relative date ('last week', 'last month', 'on Tuesday') is "
    "null; explicit ones are kept: Abadi's Moscow trip 'in May of that year' (= May 2015, after 'September "
    "2015'), the June 2017 Rosneft-KRG agreements, 'four months later' (October 2017, computed), January 3, "
    "2020, and Kadhimi's Tehran trip 'in July 2020'. Meetings: Abadi 'held talks with Vladimir Putin in the "
    "Kremlin' (Moscow, Russia); Kadhimi 'held talks with' Rouhani and 'was received by' Khamenei (two "
    "meetings); Hussein's talks with Lavrov in Moscow (date null); Hussein 'was due to travel on to Tehran for "
    "talks with' Araghchi (planned, date null); Lavrov-Araghchi telephone call (date null). The Sechin-Barzani "
    "signing at the forum is a signing only, not a meeting. Visits: Abadi 'travelled to Moscow'; Kadhimi "
    "'made his first foreign trip to Tehran'; Hussein 'flew to Moscow last week' (null). Deals: the five-block "
    "production-sharing agreements (month); Rosneft's pipeline agreement, $1.8 billion (month, counterparty not "
    "named, so Rosneft only); Lukoil's Eridu contract with Basra Oil Company (date null). The 2015 "
    "intelligence-sharing arrangement 'was never written into a treaty': not a deal. Titles: Abadi and "
    "Kadhimi 'then prime minister' (implied, current false); Nechirvan Barzani 'then prime minister of the "
    "Kurdistan Regional Government' (current false); Soleimani and al-Muhandis were killed (current false); "
    "Rouhani, Khamenei, Sudani and Araghchi have holders from context (implied); Lavrov 'the Russian foreign "
    "minister' and Hussein 'Iraq's Foreign Minister' are explicit. The Revolutionary Guards, the Quds Force "
    "and the Popular Mobilization Forces are organisations, as is the Russian foreign ministry (named "
    "specifically); the St Petersburg forum is an event. The byline author is a person.",
    [P("Samir Haddadin"),
     P("Haider al-Abadi", [], [T("Prime Minister", "Iraq", current=False, implied=True)]),
     P("Vladimir Putin"),
     P("Igor Sechin", [], [T("chief executive", "Rosneft")]),
     P("Nechirvan Barzani", [], [T("Prime Minister", "Kurdistan Regional Government", current=False)]),
     P("Qassem Soleimani", [], [T("commander", "Quds Force", current=False)]),
     P("Abu Mahdi al-Muhandis", [], [T("deputy head", "Popular Mobilization Forces", current=False)]),
     P("Mustafa al-Kadhimi", ["Kadhimi"], [T("Prime Minister", "Iraq", current=False, implied=True)]),
     P("Hassan Rouhani", [], [T("President", "Iran", implied=True)]),
     P("Ali Khamenei", [], [T("Supreme Leader", "Iran", implied=True)]),
     P("Fuad Hussein", ["Hussein"], [T("Foreign Minister", "Iraq")]),
     P("Sergei Lavrov", ["Lavrov"], [T("foreign minister", "Russia")]),
     P("Mohammed Shia al-Sudani", [], [T("Prime Minister", "Iraq", implied=True)]),
     P("Abbas Araghchi", ["Araghchi"], [T("Foreign Minister", "Iran", implied=True)])],
    ["Russia", "Iran", "Iraq", "Syria", "United States"],
    [O("Islamic State"), O("Rosneft"), O("Kurdistan Regional Government"), O("Lukoil"), O("Basra Oil Company"),
     O("Revolutionary Guards"), O("Quds Force"), O("Popular Mobilization Forces"), O("Russian foreign ministry")],
    [MT(["Haider al-Abadi", "Vladimir Putin"], month(2015, 5), place="Moscow", country="Russia"),
     MT(["Mustafa al-Kadhimi", "Hassan Rouhani"], month(2020, 7), place="Tehran", country="Iran"),
     MT(["Mustafa al-Kadhimi", "Ali Khamenei"], month(2020, 7), place="Tehran", country="Iran"),
     MT(["Fuad Hussein", "Sergei Lavrov"], None, place="Moscow", country="Russia"),
     MT(["Fuad Hussein", "Abbas Araghchi"], None, status="planned", place="Tehran", country="Iran"),
     CALL("Sergei Lavrov", "Abbas Araghchi", None)],
    [V("Haider al-Abadi", "Russia", month(2015, 5)), V("Mustafa al-Kadhimi", "Iran", month(2020, 7)),
     V("Fuad Hussein", "Russia", None)],
    [DL(["Rosneft", "Kurdistan Regional Government"], month(2017, 6), signatories=["Igor Sechin", "Nechirvan Barzani"]),
     DL(["Rosneft"], (four_months_later, "month"), usd=1.8e9),
     DL(["Lukoil", "Basra Oil Company"], None, kind="contract")],
)

# =============================================================================================
# 7. levant-gulf-briefs.jsonl  (three briefs)
# =============================================================================================
PUB = date(2023, 5, 3)
article(
    "levant-gulf-briefs.jsonl#1", PUB,
    "Brief dated 2023-05-03 (JSON date; a Wednesday). Raisi 'arrived in Damascus on Wednesday' (visit) and "
    "'was welcomed by' Assad for talks (meeting). Amir-Abdollahian and Owji 'accompanied Raisi' (visits). "
    "Ahmadinejad 'visited in 2010' (visit, year). The strategic memorandum and 'about 15 documents ... signed "
    "at the same ceremony' are one deal, signed by the two presidents. Faisal bin Farhan 'travelled to "
    "Damascus in April' and 'was received by' Assad (April 2023, visit and meeting). Mekdad's Amman meeting "
    "with unnamed counterparts names nobody else, and a trip 'due' is not a visit; the Sayyida Zeinab prayer "
    "is planned and meets nobody. Jordan, Iraq and Egypt count through demonyms; Amman is a place. Titles: "
    "Assad 'President' in a Syrian setting, Amir-Abdollahian and Owji in the Iranian delegation (implied); "
    "Ahmadinejad is only 'an Iranian head of state' by implication, given no title; 'Prince' is an honorific. "
    "The Arab League is an organisation; the wire's own name is not. The credited reporter is a person.",
    [P("Ebrahim Raisi", ["Raisi"], [T("President", "Iran")]),
     P("Mahmoud Ahmadinejad"),
     P("Bashar al-Assad", ["Assad"], [T("President", "Syria", implied=True)]),
     P("Hossein Amir-Abdollahian", [], [T("Foreign Minister", "Iran", implied=True)]),
     P("Javad Owji", [], [T("Oil Minister", "Iran", implied=True)]),
     P("Faisal bin Farhan", [], [T("Foreign Minister", "Saudi Arabia")]),
     P("Faisal Mekdad", [], [T("foreign minister", "Syria")]),
     P("Rami Khoury")],
    ["Iran", "Syria", "Saudi Arabia", "Jordan", "Iraq", "Egypt"],
    [O("Arab League")],
    [MT(["Ebrahim Raisi", "Bashar al-Assad"], day(last(PUB, "Wednesday"), PUB), place="Damascus", country="Syria"),
     MT(["Faisal bin Farhan", "Bashar al-Assad"], month(2023, 4), place="Damascus", country="Syria")],
    [V("Ebrahim Raisi", "Syria", day(PUB)), V("Mahmoud Ahmadinejad", "Syria", year(2010)),
     V("Hossein Amir-Abdollahian", "Syria", day(PUB)), V("Javad Owji", "Syria", day(PUB)),
     V("Faisal bin Farhan", "Syria", month(2023, 4))],
    [DL(["Iran", "Syria"], day(PUB), kind="memorandum", signatories=["Ebrahim Raisi", "Bashar al-Assad"])],
)

PUB = date(2023, 5, 28)
article(
    "levant-gulf-briefs.jsonl#2", PUB,
    "Brief dated 2023-05-28 (JSON date and dateline 'TEHRAN, May 28'; a Sunday). Haitham 'arrived in Tehran "
    "on Sunday' (visit) and was welcomed by Raisi for talks (meeting). He 'is due to meet' Khamenei 'on "
    "Monday' = 29 May (planned meeting). Albusaidi 'accompanied the sultan' (visit). Sisi 'told the sultan in "
    "Cairo last week': a meeting in Cairo, 'last week' = 15-21 May, so May 2023 (month); no travel wording, so "
    "no visit. The four memorandums are one deal. 'No new negotiations' had been set: nothing recorded. "
    "Titles: Sultan of Oman (explicit); Qaboos, whom Haitham 'succeeded' (predecessor: current false, "
    "implied); Khamenei 'Supreme Leader' (implied Iran); Kanaani is spokesman of the Iranian Foreign "
    "Ministry. IRNA (cited as source) and the Iranian Foreign Ministry are organisations; 'the Egyptian "
    "presidency' is not. Washington is used for the state.",
    [P("Haitham bin Tariq", ["Haitham"], [T("Sultan", "Oman")]),
     P("Qaboos bin Said", [], [T("Sultan", "Oman", current=False, implied=True)]),
     P("Ebrahim Raisi", [], [T("President", "Iran")]),
     P("Ali Khamenei", [], [T("Supreme Leader", "Iran", implied=True)]),
     P("Badr Albusaidi", [], [T("Foreign Minister", "Oman")]),
     P("Nasser Kanaani", [], [T("spokesman", "Iranian Foreign Ministry")]),
     P("Abdel Fattah al-Sisi", [], [T("president", "Egypt")])],
    ["Oman", "Iran", "United States", "Egypt"],
    [O("IRNA"), O("Iranian Foreign Ministry")],
    [MT(["Ebrahim Raisi", "Haitham bin Tariq"], day(last(PUB, "Sunday"), PUB), place="Tehran", country="Iran"),
     MT(["Haitham bin Tariq", "Ali Khamenei"], day(nxt(PUB, "Monday"), date(2023, 5, 29)), status="planned",
        place="Tehran", country="Iran"),
     MT(["Abdel Fattah al-Sisi", "Haitham bin Tariq"], last_week_month(PUB, (2023, 5)), place="Cairo", country="Egypt")],
    [V("Haitham bin Tariq", "Iran", day(PUB)), V("Badr Albusaidi", "Iran", day(PUB))],
    [DL(["Iran", "Oman"], day(PUB), kind="memorandum")],
)

PUB = date(2019, 2, 26)
MON3 = day(last(PUB, "Monday"), date(2019, 2, 25))
article(
    "levant-gulf-briefs.jsonl#3", PUB,
    "Brief dated 2019-02-26 (JSON date and 'Feb 26, 2019'; a Tuesday). Assad's 'unannounced visit to Tehran on "
    "Monday' = 25 Feb. Soleimani is shown 'at the meeting between Assad and Khamenei', so that meeting has "
    "three named participants and is kind summit; the talks with Rouhani are a separate meeting. Zarif 'was not "
    "at either meeting'. His announced resignation had not been accepted and he is 'still at work', so his "
    "title stays current. Assad 'flew back to Damascus' is a return home, not a visit. Titles: Assad explicit; "
    "Khamenei, Rouhani and Zarif implied; Rabiei 'government spokesman' (implied Iran); 'Major General' is a "
    "rank. 'Khamenei's office', 'state media' and 'the Syrian presidency' are not organisations.",
    [P("Bashar al-Assad", ["Assad"], [T("President", "Syria")]),
     P("Ali Khamenei", ["Khamenei"], [T("Supreme Leader", "Iran", implied=True)]),
     P("Hassan Rouhani", ["Rouhani"], [T("President", "Iran", implied=True)]),
     P("Qassem Soleimani", [], [T("commander", "Quds Force")]),
     P("Mohammad Javad Zarif", ["Zarif"], [T("Foreign Minister", "Iran", implied=True)]),
     P("Ali Rabiei", [], [T("spokesman", "Iran", implied=True)])],
    ["Syria", "Iran"],
    [O("Quds Force")],
    [MT(["Bashar al-Assad", "Ali Khamenei", "Qassem Soleimani"], MON3, kind="summit", place="Tehran", country="Iran"),
     MT(["Bashar al-Assad", "Hassan Rouhani"], MON3, place="Tehran", country="Iran")],
    [V("Bashar al-Assad", "Iran", MON3)],
    [],
)

# =============================================================================================
# 8. japan-australia-raa-readout.txt  (MOFA-style readout, January 6, 2022)
# =============================================================================================
PUB = date(2022, 1, 6)
article(
    "japan-australia-raa-readout.txt", PUB,
    "Japanese ministry readout dated January 6, 2022; family names in capitals are given in Western order with "
    "the text form as an alias (KISHIDA Fumio, ABE Shinzo, HAYASHI Yoshimasa). The summit was a video "
    "teleconference: kind call, no place. The leaders signed the Reciprocal Access Agreement (signatories "
    "Kishida and Morrison) and issued a Joint Statement (statement). Hayashi's telephone talk with Payne 'on "
    "December 21 last year' = 2021-12-21 (call). The Quad Leaders' Meeting 'to be hosted by Japan later this "
    "year' is a planned summit dated 2022 (year) in Japan, its participants the two leaders and the two whom "
    "Kishida 'intends to invite' (Biden, Modi). Kishida's hoped-for visit to Australia is not a visit. The "
    "Japan-U.S. Status of Forces Agreement is mentioned as a comparison, with no signing: not a deal. The "
    "'2+2' consultations name nobody. China is NOT a country here: 'East China Sea' and 'South China Sea' "
    "are seas. Titles: Hayashi 'Minister for Foreign Affairs' without 'of Japan' (implied); Abe 'former "
    "Prime Minister' (implied, current false); 'Senator the Hon.' before Payne is a style of address, but "
    "Senator is an office, so it is given as implied; 'MP' and 'the Hon.' are not titles. The Self-Defense "
    "Forces of Japan, the Australian Defence Force and ASEAN are organisations; the Quad is a framework, and "
    "the ministry heading the readout is the issuer, not an organisation in the gold.",
    [P("Fumio Kishida", ["KISHIDA Fumio", "Kishida"], [T("Prime Minister", "Japan")], name_in_text=False),
     P("Scott Morrison", ["Morrison"], [T("Prime Minister", "Australia")]),
     P("Shinzo Abe", ["ABE Shinzo"], [T("Prime Minister", "Japan", current=False, implied=True)], name_in_text=False),
     P("Joseph R. Biden Jr.", [], [T("President", "United States")]),
     P("Narendra Modi", [], [T("Prime Minister", "India")]),
     P("Yoshimasa Hayashi", ["HAYASHI Yoshimasa"], [T("Minister for Foreign Affairs", "Japan", implied=True)], name_in_text=False),
     P("Marise Payne", [], [T("Minister for Foreign Affairs", "Australia"), T("Senator", "Australia", implied=True)])],
    ["Japan", "Australia", "United States", "India", "North Korea", "Myanmar"],
    [O("Self-Defense Forces of Japan"), O("Australian Defence Force"),
     O("Association of Southeast Asian Nations", ["ASEAN"])],
    [CALL("Fumio Kishida", "Scott Morrison", day(PUB)),
     CALL("Yoshimasa Hayashi", "Marise Payne", day(date(PUB.year - 1, 12, 21))),
     MT(["Fumio Kishida", "Scott Morrison", "Joseph R. Biden Jr.", "Narendra Modi"], year(PUB.year), kind="summit",
        status="planned", country="Japan")],
    [],
    [DL(["Japan", "Australia"], day(PUB), signatories=["Fumio Kishida", "Scott Morrison"]),
     DL(["Japan", "Australia"], day(PUB), kind="statement")],
)

# =============================================================================================
# 9. trump-kim-sentosa.html  (Singapore outlet page; meta date 2018-06-12)
# =============================================================================================
PUB = date(2018, 6, 12)
SUN = day(last(PUB, "Sunday"), date(2018, 6, 10))
article(
    "trump-kim-sentosa.html", PUB,
    "Complete page, <meta name=\"date\" content=\"2018-06-12\">, visible '12 Jun 2018, 9:40 pm SGT'. Chrome "
    "names (Mahathir Mohamad, Jokowi, Halimah Yacob, Tharman Shanmugaratnam, Rodrigo Duterte, editors Rachel "
    "Ong and Benedict Tan) are outside <main> and not gold. Meetings: Trump-Kim on Sentosa (12 Jun; the "
    "delegations are unnamed); Kim 'called on' Lee at the Istana on Sunday (10 Jun); Trump's talks with Lee "
    "on Monday (11 Jun); Kim Yong Chol-Pompeo talks 'in New York at the end of May' (May 2018, month); "
    "Pompeo 'would fly to Seoul on Wednesday to brief' Moon (planned meeting, 13 Jun, not a visit); Trump's "
    "telephone calls with Moon and with Abe from Air Force One (two calls, 12 Jun). Kim Yo Jong is beside "
    "her brother but in no meeting. Visits: Kim 'arrived in Singapore on Sunday'; Trump 'landed at Paya "
    "Lebar Air Base' the same evening; Balakrishnan 'travelled to Pyongyang and Washington last week' (4-10 "
    "June, so June 2018, month; two visits). Guam and Beijing are only places (China is not counted). The "
    "one-page joint statement signed by Trump and Kim is the deal (statement); the $20 million hosting cost "
    "is not a value. Names: three Kims are three people. Titles: Kim Jong Un is 'North Korean leader' and "
    "Kim Yong Chol 'a senior official': no title words; Lee, Moon and Balakrishnan have holders from context "
    "(implied). Air China (airline) and the Workers' Party of Korea are organisations; the White House is not.",
    [P("Chua Mei Lin"), P("Daniel Kwok"),
     P("Donald Trump", ["Mr Trump"], [T("President", "United States")]),
     P("Kim Jong Un", ["Mr Kim"]),
     P("Lee Hsien Loong", ["Mr Lee"], [T("Prime Minister", "Singapore", implied=True)]),
     P("Kim Yo Jong"), P("Kim Yong Chol"),
     P("Mike Pompeo", ["Mr Pompeo"], [T("Secretary of State", "United States")]),
     P("Moon Jae-in", ["Mr Moon"], [T("President", "South Korea", implied=True)]),
     P("Shinzo Abe", ["Mr Abe"], [T("Prime Minister", "Japan")]),
     P("Vivian Balakrishnan", [], [T("Foreign Minister", "Singapore", implied=True)])],
    ["United States", "North Korea", "South Korea", "Singapore", "Japan"],
    [O("Air China"), O("Workers' Party of Korea")],
    [MT(["Donald Trump", "Kim Jong Un"], day(last(PUB, "Tuesday"), PUB), place="Sentosa", country="Singapore"),
     MT(["Kim Jong Un", "Lee Hsien Loong"], SUN, place="Singapore", country="Singapore"),
     MT(["Donald Trump", "Lee Hsien Loong"], day(last(PUB, "Monday"), date(2018, 6, 11)), place="Singapore", country="Singapore"),
     MT(["Kim Yong Chol", "Mike Pompeo"], month(2018, 5), place="New York", country="United States"),
     MT(["Mike Pompeo", "Moon Jae-in"], day(nxt(PUB, "Wednesday"), date(2018, 6, 13)), status="planned",
        place="Seoul", country="South Korea"),
     CALL("Donald Trump", "Moon Jae-in", day(PUB)),
     CALL("Donald Trump", "Shinzo Abe", day(PUB))],
    [V("Kim Jong Un", "Singapore", SUN), V("Donald Trump", "Singapore", SUN),
     V("Vivian Balakrishnan", "North Korea", last_week_month(PUB, (2018, 6))),
     V("Vivian Balakrishnan", "United States", last_week_month(PUB, (2018, 6)))],
    [DL(["United States", "North Korea"], day(PUB), kind="statement", signatories=["Donald Trump", "Kim Jong Un"])],
)

# =============================================================================================
# 10. g20-buenos-aires-weekend.txt  (AP style; "Sun., Dec. 2, 2018, 6:40 p.m. ET")
# =============================================================================================
PUB = date(2018, 12, 2)
FRI = day(last(PUB, "Friday"), date(2018, 11, 30))
article(
    "g20-buenos-aires-weekend.txt", PUB,
    "AP-style story dated 'Sun., Dec. 2, 2018' above an undated 'BUENOS AIRES, Argentina (AP) —' dateline. "
    "'On Sunday' = 2 Dec, 'Saturday night' = 1 Dec, 'Friday' = 30 Nov, 'late on Thursday' = 29 Nov, 'on "
    "Monday' (future) = 3 Dec. Meetings: Xi-Macri talks (2 Dec); Xi-Trump dinner (1 Dec); the USMCA signing "
    "ceremony of Trump, Trudeau and Peña Nieto (three named, summit, 30 Nov); Trump-Macri (30 Nov); the "
    "Putin-Xi-Modi three-way meeting and the Modi-Trump-Abe trilateral ('that day', summits, 30 Nov); "
    "Putin-Mohammed bin Salman talks (30 Nov); Xi-Varela 'scheduled' in Panama City on Monday (planned). All "
    "G-20 meetings are in Buenos Aires. The cancelled Trump-Putin meeting and their 'short conversation on "
    "their feet' ('no meeting took place') are not recorded. Visits: Xi 'stayed on in Argentina ... for a "
    "state visit' (dated 2 Dec, the state visit); Trump 'arrived in Buenos Aires late on Thursday'. Xi's trip "
    "to Panama is planned; Peña Nieto flying home is not a visit. Deals: the 30-plus agreements (one batch, "
    "China-Argentina); the central banks' swap extension '60 billion yuan (about $8.7 billion)' (value CNY and "
    "valueUsd both); the USMCA signed by the three leaders. The 90-day truce ('Nothing was signed') and NAFTA "
    "(an old agreement, only mentioned) are not deals; $200 billion of goods is not a value. Titles: Peña Nieto "
    "'then-Mexican President' (current false); López Obrador 'sworn in as president' (implied); Trump and "
    "Varela have holders from context (implied). Taiwan counts as a country; Crimea is a place. The G-20 is a "
    "forum, not an organisation; AP credits are not organisations; the bylined and contributing writers are "
    "persons (byline in capitals).",
    [P("Almudena Ríos"), P("Kevin Marsh"),
     P("Xi Jinping", ["Xi"], [T("President", "China")]),
     P("Mauricio Macri", ["Macri"], [T("President", "Argentina")]),
     P("Donald Trump", ["Trump"], [T("President", "United States", implied=True)]),
     P("Justin Trudeau", ["Trudeau"], [T("Prime Minister", "Canada")]),
     P("Enrique Peña Nieto", ["Peña Nieto"], [T("President", "Mexico", current=False)]),
     P("Andrés Manuel López Obrador", [], [T("president", "Mexico", implied=True)]),
     P("Vladimir Putin", ["Putin"], [T("President", "Russia")]),
     P("Narendra Modi", ["Modi"], [T("Prime Minister", "India")]),
     P("Shinzo Abe", [], [T("Prime Minister", "Japan")]),
     P("Mohammed bin Salman", [], [T("Crown Prince", "Saudi Arabia")]),
     P("Jamal Khashoggi"),
     P("Juan Carlos Varela", [], [T("President", "Panama", implied=True)]),
     P("Dolores Ocampo")],
    ["China", "Argentina", "United States", "Canada", "Mexico", "Russia", "Ukraine", "India", "Japan",
     "Saudi Arabia", "Panama", "Taiwan"],
    [O("Central Bank of Argentina"), O("People's Bank of China")],
    [MT(["Xi Jinping", "Mauricio Macri"], day(last(PUB, "Sunday"), PUB), place="Buenos Aires", country="Argentina"),
     MT(["Xi Jinping", "Donald Trump"], day(last(PUB, "Saturday"), date(2018, 12, 1)), place="Buenos Aires", country="Argentina"),
     MT(["Donald Trump", "Justin Trudeau", "Enrique Peña Nieto"], FRI, kind="summit", place="Buenos Aires", country="Argentina"),
     MT(["Donald Trump", "Mauricio Macri"], FRI, place="Buenos Aires", country="Argentina"),
     MT(["Vladimir Putin", "Xi Jinping", "Narendra Modi"], FRI, kind="summit", place="Buenos Aires", country="Argentina"),
     MT(["Narendra Modi", "Donald Trump", "Shinzo Abe"], FRI, kind="summit", place="Buenos Aires", country="Argentina"),
     MT(["Vladimir Putin", "Mohammed bin Salman"], FRI, place="Buenos Aires", country="Argentina"),
     MT(["Xi Jinping", "Juan Carlos Varela"], day(nxt(PUB, "Monday"), date(2018, 12, 3)), status="planned",
        place="Panama City", country="Panama")],
    [V("Xi Jinping", "Argentina", day(PUB)),
     V("Donald Trump", "Argentina", day(last(PUB, "Thursday"), date(2018, 11, 29)))],
    [DL(["China", "Argentina"], day(PUB)),
     DL(["Central Bank of Argentina", "People's Bank of China"], day(PUB), usd=8.7e9, value=(60e9, "CNY")),
     DL(["United States", "Mexico", "Canada"], FRI, signatories=["Donald Trump", "Justin Trudeau", "Enrique Peña Nieto"])],
)

# =============================================================================================
# 11. duterte-beijing-business-deals.txt  (regional business daily; "Oct 21, 2016 | 07:15 PHT")
# =============================================================================================
PUB = date(2016, 10, 21)
THU = day(last(PUB, "Thursday"), date(2016, 10, 20))
article(
    "duterte-beijing-business-deals.txt", PUB,
    "Business story dated 'Oct 21, 2016' (a Friday). Visits: Duterte 'had arrived on Sunday for a state visit' "
    "to Brunei (16 Oct) and 'arrived in Beijing on Tuesday' (18 Oct; also 'state visit to China'). Meetings: "
    "received by Hassanal Bolkiah on Monday (17 Oct; no city given, country Brunei); talks with Xi (20 Oct); "
    "Li Keqiang on Thursday evening (20 Oct); Zhang Dejiang on Friday morning (21 Oct). 'Due in Tokyo next "
    "week for talks with' Abe: planned, next week = 24-30 Oct, so October 2016 (month). Deals: the 13 "
    "government cooperation agreements (one batch, 20 Oct); the $1.7 billion China Energy Engineering-Visayas "
    "Grid Holdings contract and the Pampanga Agro Exports-COFCO memorandum 'actually signed at the forum' "
    "(20 Oct). The $13.5 billion was 'announced' and includes $9 billion of loans still to be negotiated: not "
    "a deal or value. The Arroyo-era 'pledges' are not deals. Titles: Duterte, Xi, Li, Lopez and Dominguez "
    "have holders from context (implied); Hassanal Bolkiah 'Sultan' in Brunei context (implied); Zhang "
    "'chairman of the National People's Congress'; Arroyo 'former President' (implied, current false). The "
    "Great Hall of the People is a building; the lower-case 'Philippine coast guard' is not given as an "
    "organisation.",
    [P("Carmela Dizon-Reyes"),
     P("Rodrigo Duterte", ["Duterte"], [T("President", "Philippines", implied=True)]),
     P("Hassanal Bolkiah", [], [T("Sultan", "Brunei", implied=True)]),
     P("Xi Jinping", ["Xi"], [T("President", "China", implied=True)]),
     P("Ramon Lopez", ["Lopez"], [T("Trade Secretary", "Philippines", implied=True)]),
     P("Carlos Dominguez", ["Dominguez"], [T("finance secretary", "Philippines", implied=True)]),
     P("Li Keqiang", [], [T("Premier", "China", implied=True)]),
     P("Zhang Dejiang", [], [T("chairman", "National People's Congress")]),
     P("Gloria Macapagal Arroyo", [], [T("President", "Philippines", current=False, implied=True)]),
     P("Shinzo Abe", [], [T("Prime Minister", "Japan")])],
    ["Philippines", "China", "Brunei", "United States", "Japan"],
    [O("China Energy Engineering Corporation"), O("Visayas Grid Holdings"), O("Pampanga Agro Exports"),
     O("COFCO"), O("National People's Congress")],
    [MT(["Rodrigo Duterte", "Hassanal Bolkiah"], day(last(PUB, "Monday"), date(2016, 10, 17)), country="Brunei"),
     MT(["Rodrigo Duterte", "Xi Jinping"], THU, place="Beijing", country="China"),
     MT(["Rodrigo Duterte", "Li Keqiang"], THU, place="Beijing", country="China"),
     MT(["Rodrigo Duterte", "Zhang Dejiang"], day(last(PUB, "Friday"), PUB), place="Beijing", country="China"),
     MT(["Rodrigo Duterte", "Shinzo Abe"], next_week_month(PUB, (2016, 10)), status="planned", place="Tokyo", country="Japan")],
    [V("Rodrigo Duterte", "Brunei", day(last(PUB, "Sunday"), date(2016, 10, 16))),
     V("Rodrigo Duterte", "China", day(last(PUB, "Tuesday"), date(2016, 10, 18)))],
    [DL(["Philippines", "China"], THU),
     DL(["China Energy Engineering Corporation", "Visayas Grid Holdings"], THU, kind="contract", usd=1.7e9),
     DL(["Pampanga Agro Exports", "COFCO"], THU, kind="memorandum")],
)

# =============================================================================================
# 12. tpp-auckland-signing.md  (NZ outlet; "Thursday 4 February 2016, 6.10pm")
# =============================================================================================
PUB = date(2016, 2, 4)
TPP12 = ["Australia", "Brunei", "Canada", "Chile", "Japan", "Malaysia", "Mexico", "New Zealand", "Peru",
         "Singapore", "United States", "Vietnam"]
article(
    "tpp-auckland-signing.md", PUB,
    "Markdown story dated Thursday 4 February 2016. 'This morning' takes the publication date. The signing "
    "ceremony is described (welcome, speeches), so it is a summit of its named participants: Key, McClay, "
    "Froman, Robb, Freeland and Nishimura (who 'represented' Japan at it); 'ministers from twelve countries' "
    "adds nobody else. The TPP deal's parties are the twelve countries listed; its signatories are the named "
    "trade ministers and Japan's representative (Key welcomed the ministers and did not sign). The final text "
    "'agreed in Atlanta' is the negotiation, not a second deal. Froman 'arrived in Auckland on Tuesday' (2 Feb, "
    "visit) and met McClay on Wednesday (3 Feb); Robb 'flew in from Canberra on Wednesday evening' (visit; "
    "Canberra is a place). Key 'had telephoned' Obama 'last month' (January 2016, call). Key 'is due to host "
    "Robb for a breakfast meeting in Auckland on Friday' (planned, 5 Feb). Andrew Little and Andrew Robb are "
    "two people. Titles: Key and McClay have holders from context (implied); Nishimura 'a senior vice "
    "minister' (implied Japan); Amari 'resigned as economy minister' (implied, current false); Little "
    "'Labour leader'; Obama 'President' (implied). Labour is an organisation (party); SkyCity convention "
    "centre, Sky Tower and Queen Street are places; the White House is not an organisation.",
    [P("Aroha Whitcombe"),
     P("John Key", ["Key"], [T("Prime Minister", "New Zealand", implied=True)]),
     P("Todd McClay", ["McClay"], [T("Trade Minister", "New Zealand", implied=True)]),
     P("Michael Froman", ["Froman"], [T("Trade Representative", "United States")]),
     P("Andrew Robb", ["Robb"], [T("Trade and Investment Minister", "Australia")]),
     P("Chrystia Freeland", ["Freeland"], [T("International Trade Minister", "Canada")]),
     P("Yasutoshi Nishimura", [], [T("senior vice minister", "Japan", implied=True)]),
     P("Akira Amari", ["Amari"], [T("economy minister", "Japan", current=False, implied=True)]),
     P("Andrew Little", [], [T("leader", "Labour")]),
     P("Barack Obama", [], [T("President", "United States", implied=True)])],
    TPP12,
    [O("Labour")],
    [MT(["John Key", "Todd McClay", "Michael Froman", "Andrew Robb", "Chrystia Freeland", "Yasutoshi Nishimura"],
        day(PUB), kind="summit", place="Auckland", country="New Zealand"),
     MT(["Michael Froman", "Todd McClay"], day(last(PUB, "Wednesday"), date(2016, 2, 3)), place="Auckland", country="New Zealand"),
     CALL("John Key", "Barack Obama", month(2016, 1)),
     MT(["John Key", "Andrew Robb"], day(nxt(PUB, "Friday"), date(2016, 2, 5)), status="planned",
        place="Auckland", country="New Zealand")],
    [V("Michael Froman", "New Zealand", day(last(PUB, "Tuesday"), date(2016, 2, 2))),
     V("Andrew Robb", "New Zealand", day(last(PUB, "Wednesday"), date(2016, 2, 3)))],
    [DL(TPP12, day(PUB), signatories=["Todd McClay", "Michael Froman", "Andrew Robb", "Chrystia Freeland", "Yasutoshi Nishimura"])],
)

# =============================================================================================
# 13. retno-interview-myanmar-consensus.txt  (third-person interview; "28/04/2021 14:02 WIB")
# =============================================================================================
PUB = date(2021, 4, 28)
ASEAN_SUMMIT = ["Joko Widodo", "Hassanal Bolkiah", "Min Aung Hlaing", "Muhyiddin Yassin", "Lee Hsien Loong", "Pham Minh Chinh"]
article(
    "retno-interview-myanmar-consensus.txt", PUB,
    "Third-person interview dated 28/04/2021 (day/month/year; a Wednesday). The interview itself ('speaking in "
    "her office ... on Tuesday') is not a meeting. 'Saturday's meeting' = 24 Apr: a summit of its six named "
    "leaders (foreign ministers 'representing' three states are unnamed; Retno is not said to have taken "
    "part). Min Aung Hlaing's 'first trip abroad' to it is a visit to Indonesia. The five points 'were not put "
    "to a vote and nobody signed them': no deal. Retno 'flew to Bangkok on February 24' and met Wunna Maung "
    "Lwin 'together with' Don Pramudwinai: a three-person summit and a visit; the trip to Naypyitaw 'was "
    "called off' (not recorded). Calls: Blinken 'last week' (19-25 April, so April 2021, month); Wang Yi 'on "
    "Monday' (26 Apr); Motegi 'on April 12'. The envoy trip of Lim Jock Hoi and Erywan Yusof is expected, not "
    "a visit; the June meeting names nobody. Titles: Retno is Foreign Minister and 'a former Indonesian "
    "ambassador' (current false); Min Aung Hlaing 'military chief' (given as implied; 'Senior General' is a "
    "rank); Widodo 'President' in Jakarta (implied); Hassanal Bolkiah is Sultan and 'this year's ASEAN chair'; "
    "Wunna Maung Lwin 'the foreign minister appointed by the junta' (implied Myanmar). ASEAN, its AHA Centre "
    "and the National Unity Government are organisations; 'the ASEAN Secretariat' is used as the venue and "
    "is not listed. 'Retno' alone is her usual short form.",
    [P("Dewi Kartika"),
     P("Retno Marsudi", ["Retno"], [T("Foreign Minister", "Indonesia"), T("ambassador", "Indonesia", current=False)]),
     P("Min Aung Hlaing", [], [T("military chief", "Myanmar", implied=True)]),
     P("Joko Widodo", [], [T("President", "Indonesia", implied=True)]),
     P("Hassanal Bolkiah", [], [T("Sultan", "Brunei"), T("chair", "ASEAN")]),
     P("Muhyiddin Yassin", [], [T("Prime Minister", "Malaysia")]),
     P("Lee Hsien Loong", [], [T("Prime Minister", "Singapore")]),
     P("Pham Minh Chinh", [], [T("prime minister", "Vietnam")]),
     P("Wunna Maung Lwin", [], [T("foreign minister", "Myanmar", implied=True)]),
     P("Don Pramudwinai", [], [T("Foreign Minister", "Thailand")]),
     P("Antony Blinken", [], [T("Secretary of State", "United States")]),
     P("Wang Yi", [], [T("foreign minister", "China")]),
     P("Toshimitsu Motegi", [], [T("Foreign Minister", "Japan")]),
     P("Lim Jock Hoi", [], [T("Secretary-General", "ASEAN")]),
     P("Erywan Yusof", [], [T("second minister for foreign affairs", "Brunei")])],
    ["Indonesia", "Myanmar", "Brunei", "Malaysia", "Singapore", "Vietnam", "Thailand", "Laos", "Philippines",
     "Netherlands", "United States", "China", "Japan"],
    [O("ASEAN"), O("AHA Centre"), O("National Unity Government")],
    [MT(ASEAN_SUMMIT, day(last(PUB, "Saturday"), date(2021, 4, 24)), kind="summit", place="Jakarta", country="Indonesia"),
     MT(["Retno Marsudi", "Wunna Maung Lwin", "Don Pramudwinai"], day(date(2021, 2, 24)), kind="summit",
        place="Bangkok", country="Thailand"),
     CALL("Retno Marsudi", "Antony Blinken", last_week_month(PUB, (2021, 4))),
     CALL("Retno Marsudi", "Wang Yi", day(last(PUB, "Monday"), date(2021, 4, 26))),
     CALL("Toshimitsu Motegi", "Retno Marsudi", day(date(PUB.year, 4, 12)))],
    [V("Min Aung Hlaing", "Indonesia", day(date(2021, 4, 24))),
     V("Retno Marsudi", "Thailand", day(date(2021, 2, 24)))],
    [],
)

# =============================================================================================
# 14. week-in-diplomacy-nov-11.txt  (weekly roundup; "Saturday, November 11, 2017")
# =============================================================================================
PUB = date(2017, 11, 11)
TUE = day(last(PUB, "Tuesday"), date(2017, 11, 7))
WEDw = day(last(PUB, "Wednesday"), date(2017, 11, 8))
THUw = day(last(PUB, "Thursday"), date(2017, 11, 9))
FRIw = day(last(PUB, "Friday"), date(2017, 11, 10))
MONw = day(last(PUB, "Monday"), date(2017, 11, 6))
article(
    "week-in-diplomacy-nov-11.txt", PUB,
    "Weekly roundup dated Saturday, November 11, 2017; weekdays resolve within the week to 6-11 Nov, and "
    "future 'on Monday' = 13 Nov. Trump 'flew from Tokyo to Seoul on Tuesday' (visit South Korea, 7 Nov) 'a "
    "day after talks with' Abe (6 Nov, Tokyo; no travel wording for Japan); 'held a summit with' Moon (two "
    "people, so kind meeting); 'landed in Beijing on Wednesday' (visit China, 8 Nov); Xi took him on a tour "
    "on Wednesday and held formal talks on Thursday: two meetings. Xi-Putin on Friday and Trudeau-Abe on "
    "Friday evening in Da Nang (Vietnam named). Trump and Putin 'did not hold a formal meeting': none. "
    "Trump 'scheduled to meet' Duterte on Monday (planned, Manila); Trudeau's and Trump's trips to Manila are "
    "planned, not visits. Freeland 'travelled to Mexico City on Monday' and met Videgaray (6 Nov; visit and "
    "meeting). Macri 'hosted' Lagos in Buenos Aires on Thursday (meeting; no travel wording). Deals: Boeing's "
    "$37 billion agreement signed on Thursday; the joint statement on Syria approved by the two presidents on "
    "Saturday (statement; parties United States and Russia). The $250 billion of 'announced' deals, the "
    "unsigned CPTPP 'core elements' and the Venezuela debt terms 'should be signed next week' are not deals. "
    "The bondholders' meeting names nobody. Titles: Trump, Abe, Ross, Tillerson, Lavrov, Maduro have "
    "holders from context; Videgaray is 'her Mexican counterpart' (implied); Lagos 'former president' (current "
    "false). Boeing, China Aviation Supplies Holding Company and ASEAN are organisations; NAFTA is an "
    "agreement; the White House and the Kremlin are not organisations. The two compilers are persons.",
    [P("Ines Carvalho"), P("Takeshi Moriyama"),
     P("Donald Trump", ["Trump"], [T("President", "United States", implied=True)]),
     P("Shinzo Abe", ["Abe"], [T("Prime Minister", "Japan", implied=True)]),
     P("Moon Jae-in", [], [T("President", "South Korea")]),
     P("Xi Jinping", ["Xi"], [T("President", "China")]),
     P("Wilbur Ross", [], [T("Commerce Secretary", "United States", implied=True)]),
     P("Vladimir Putin", ["Putin"], [T("President", "Russia")]),
     P("Rex Tillerson", [], [T("Secretary of State", "United States", implied=True)]),
     P("Sergei Lavrov", [], [T("Foreign Minister", "Russia", implied=True)]),
     P("Justin Trudeau", ["Trudeau"], [T("Prime Minister", "Canada")]),
     P("Toshimitsu Motegi", [], [T("economy minister", "Japan")]),
     P("Rodrigo Duterte", [], [T("President", "Philippines")]),
     P("Chrystia Freeland", [], [T("Foreign Minister", "Canada")]),
     P("Luis Videgaray", [], [T("Foreign Minister", "Mexico", implied=True)]),
     P("Nicolas Maduro", [], [T("President", "Venezuela", implied=True)]),
     P("Anton Siluanov", [], [T("Finance Minister", "Russia")]),
     P("Mauricio Macri", [], [T("President", "Argentina")]),
     P("Ricardo Lagos", ["Lagos"], [T("president", "Chile", current=False)]),
     P("Bruno Rodríguez", [], [T("Foreign Minister", "Cuba")])],
    ["United States", "Japan", "South Korea", "North Korea", "China", "Russia", "Syria", "Vietnam", "Canada",
     "Philippines", "Mexico", "Venezuela", "Argentina", "Chile", "Cuba"],
    [O("Boeing"), O("China Aviation Supplies Holding Company"), O("ASEAN")],
    [MT(["Donald Trump", "Shinzo Abe"], MONw, place="Tokyo", country="Japan"),
     MT(["Donald Trump", "Moon Jae-in"], TUE, place="Seoul", country="South Korea"),
     MT(["Donald Trump", "Xi Jinping"], WEDw, place="Beijing", country="China"),
     MT(["Donald Trump", "Xi Jinping"], THUw, place="Beijing", country="China"),
     MT(["Xi Jinping", "Vladimir Putin"], FRIw, place="Da Nang", country="Vietnam"),
     MT(["Justin Trudeau", "Shinzo Abe"], FRIw, place="Da Nang", country="Vietnam"),
     MT(["Donald Trump", "Rodrigo Duterte"], day(nxt(PUB, "Monday"), date(2017, 11, 13)), status="planned",
        place="Manila", country="Philippines"),
     MT(["Chrystia Freeland", "Luis Videgaray"], MONw, place="Mexico City", country="Mexico"),
     MT(["Mauricio Macri", "Ricardo Lagos"], THUw, place="Buenos Aires", country="Argentina")],
    [V("Donald Trump", "South Korea", TUE), V("Donald Trump", "China", WEDw), V("Chrystia Freeland", "Mexico", MONw)],
    [DL(["Boeing", "China Aviation Supplies Holding Company"], THUw, usd=37e9),
     DL(["United States", "Russia"], day(last(PUB, "Saturday"), PUB), kind="statement",
        signatories=["Donald Trump", "Vladimir Putin"])],
)

# =============================================================================================
# 15. obama-havana-castro-talks.txt  (Miami outlet; "Posted March 21, 2016 at 11:52 PM EDT")
# =============================================================================================
PUB = date(2016, 3, 21)
SUNh = day(last(PUB, "Sunday"), date(2016, 3, 20))
article(
    "obama-havana-castro-talks.txt", PUB,
    "Regional-outlet story posted March 21, 2016 (a Monday). Obama-Raúl Castro talks on Monday (Havana); "
    "Kerry-Bruno Rodríguez talks on Sunday evening (20 Mar). Fidel Castro 'did not meet Obama' and 'no "
    "meeting was planned': none. Planned: Obama 'due to meet dissidents, among them Berta Soler' on Tuesday "
    "(22 Mar, Havana; the other dissidents are unnamed) and Macri in Buenos Aires on Wednesday (23 Mar). "
    "Visits: Obama 'arrived in Havana on Sunday' with Michelle Obama (both visits, 20 Mar); Kerry 'accompanied "
    "the president' (20 Mar) and 'had last visited Havana in August' (August 2015, month). The flight to "
    "Buenos Aires is planned. Deals: Starwood's contracts signed on Saturday (19 Mar) with Gaviota and "
    "Habaguanex (one deal; 'several tens of millions of dollars' is no figure, so no value); the Foxx-Adel "
    "Yzquierdo Rodríguez memorandum 'in February' (February 2016, month; a signing only, not a meeting or a "
    "visit). Names: Raúl and Fidel Castro, Barack and Michelle Obama, and Bruno Rodríguez and Adel Yzquierdo "
    "Rodríguez are distinct people; 'Castro' alone refers to Raúl. Titles: Obama is 'the president' (implied); "
    "Kerry and Foxx have holders from context (implied); Fidel 'the former president' (implied, current "
    "false); Michelle Obama has no title. Starwood, Gaviota, Habaguanex and the Ladies in White are "
    "organisations; the Palace of the Revolution, Old Havana and the Gran Teatro are places.",
    [P("Marisol Echeverría"),
     P("Barack Obama", ["Obama"], [T("President", "United States", implied=True)]),
     P("Raúl Castro", ["Castro"], [T("President", "Cuba")]),
     P("Michelle Obama"),
     P("John Kerry", ["Kerry"], [T("Secretary of State", "United States", implied=True)]),
     P("Bruno Rodríguez", [], [T("Foreign Minister", "Cuba")]),
     P("Fidel Castro", [], [T("president", "Cuba", current=False, implied=True)]),
     P("Thomas Mangas", [], [T("chief executive", "Starwood Hotels and Resorts")]),
     P("Anthony Foxx", [], [T("Transportation Secretary", "United States", implied=True)]),
     P("Adel Yzquierdo Rodríguez", [], [T("transport minister", "Cuba")]),
     P("Miguel Díaz-Canel", [], [T("first vice president", "Cuba")]),
     P("Berta Soler", [], [T("leader", "Ladies in White")]),
     P("Mauricio Macri", [], [T("president", "Argentina")])],
    ["Cuba", "United States", "Argentina"],
    [O("Starwood Hotels and Resorts", ["Starwood"]), O("Gaviota"), O("Habaguanex"), O("Ladies in White")],
    [MT(["Barack Obama", "Raúl Castro"], day(last(PUB, "Monday"), PUB), place="Havana", country="Cuba"),
     MT(["John Kerry", "Bruno Rodríguez"], SUNh, place="Havana", country="Cuba"),
     MT(["Barack Obama", "Berta Soler"], day(nxt(PUB, "Tuesday"), date(2016, 3, 22)), status="planned",
        place="Havana", country="Cuba"),
     MT(["Barack Obama", "Mauricio Macri"], day(nxt(PUB, "Wednesday"), date(2016, 3, 23)), status="planned",
        place="Buenos Aires", country="Argentina")],
    [V("Barack Obama", "Cuba", SUNh), V("Michelle Obama", "Cuba", SUNh), V("John Kerry", "Cuba", SUNh),
     V("John Kerry", "Cuba", month(2015, 8))],
    [DL(["Starwood Hotels and Resorts", "Gaviota", "Habaguanex"], day(last(PUB, "Saturday"), date(2016, 3, 19)), kind="contract"),
     DL(["United States", "Cuba"], month(2016, 2), kind="memorandum", signatories=["Anthony Foxx", "Adel Yzquierdo Rodríguez"])],
)


# ---------------------------------------------------------------- checks and output
def norm(s: str) -> str:
    return unicodedata.normalize("NFC", s).casefold()


def scored_text(file: str, pub: date | None) -> str:
    if "#" in file:
        name, n = file.split("#")
        lines = (ARTICLES / name).read_text(encoding="utf-8").splitlines()
        rec = json.loads(lines[int(n) - 1])
        assert set(rec) == {"title", "date", "text"}, rec.keys()
        assert rec["date"] == pub.isoformat(), (file, rec["date"], pub)
        return rec["title"] + "\n" + rec["text"]
    raw = (ARTICLES / file).read_text(encoding="utf-8")
    if file.endswith(".html"):
        m = re.search(r'<meta name="date" content="(\d{4}-\d{2}-\d{2})">', raw)
        assert m and m.group(1) == pub.isoformat(), (file, m and m.group(1), pub)
        main = re.search(r"<main>(.*?)</main>", raw, re.S)
        assert main, file
        import html as _html
        return _html.unescape(re.sub(r"<[^>]+>", " ", main.group(1)))
    return raw


def main() -> None:
    out = []
    problems = []
    for a in ARTS:
        text = norm(scored_text(a["file"], a["pub"]))
        for p in a["persons"]:
            forms = p["aliases"] + ([p["name"]] if p["_name_in_text"] else [])
            for f in forms:
                if norm(f) not in text:
                    problems.append(f"{a['file']}: person form {f!r} not in text")
        for o in a["organizations"]:
            for f in [o["name"], *o["aliases"]]:
                if norm(f) not in text:
                    problems.append(f"{a['file']}: organisation form {f!r} not in text")
        persons = [{k: v for k, v in p.items() if not k.startswith("_")} for p in a["persons"]]
        out.append({"file": PREFIX + a["file"], "notes": a["notes"], "persons": persons,
                    "countries": a["countries"], "organizations": a["organizations"],
                    "meetings": a["meetings"], "visits": a["visits"], "deals": a["deals"]})
    if problems:
        raise SystemExit("\n".join(problems))
    files = {f.name for f in ARTICLES.iterdir()}
    used = {a["file"].split("#")[0] for a in ARTS}
    assert files == used, (files - used, used - files)

    (ROOT / "gold.json").write_text(json.dumps({"articles": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    c = Counter()
    prec = Counter()
    kinds = Counter()
    dkinds = Counter()
    for a in out:
        c["persons"] += len(a["persons"])
        for p in a["persons"]:
            for t in p["titles"]:
                c["titles"] += 1
                c["implied"] += t["implied"]
                c["former"] += not t["current"]
        c["countries"] += len(a["countries"])
        c["organizations"] += len(a["organizations"])
        c["meetings"] += len(a["meetings"])
        c["visits"] += len(a["visits"])
        c["deals"] += len(a["deals"])
        for m in a["meetings"]:
            kinds[(m["kind"], m["status"])] += 1
        for d in a["deals"]:
            dkinds[d["kind"]] += 1
        for ev in a["meetings"] + a["visits"] + a["deals"]:
            prec[ev["datePrecision"] or "null"] += 1
    total = sum(c[k] for k in ("persons", "titles", "countries", "organizations", "meetings", "visits", "deals"))
    print(f"{len(files)} files, {len(out)} gold articles")
    print(f"persons {c['persons']}, titles {c['titles']} ({c['implied']} implied, {c['former']} current:false), "
          f"countries {c['countries']}, organisations {c['organizations']}, meetings {c['meetings']}, "
          f"visits {c['visits']}, deals {c['deals']}; {total} facts")
    print("meetings by kind/status:", dict(sorted(kinds.items())))
    print("deals by kind:", dict(sorted(dkinds.items())))
    print("event date precision:", dict(sorted(prec.items())))
    print("file types:", dict(Counter(Path(f).suffix for f in files)))


if __name__ == "__main__":
    main()
