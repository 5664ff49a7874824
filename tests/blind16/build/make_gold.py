#!/usr/bin/env python3
"""Hand-written gold facts for blind set 16 (set P): checks them against the articles and writes gold.json.

Every relative date is computed here from the publication date with ``datetime`` and asserted against
the date the examiner worked out by hand. Each JSON Lines record's ``date`` and each HTML page's
``<meta name="date">`` is checked against the publication date used, and every person and organisation
name and alias must occur in the scored text (inside ``<main>`` for HTML pages).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "articles"
OUT = ROOT / "gold.json"
PREFIX = "blind16/articles/"

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def last(pub: dt.date, weekday: str, expect: str) -> dt.date:
    """The most recent such weekday on or before the publication date (the same day included)."""
    d = pub - dt.timedelta(days=(pub.weekday() - WEEKDAYS.index(weekday)) % 7)
    assert d == D(expect), (pub, weekday, d, expect)
    return d


def following(pub: dt.date, weekday: str, expect: str) -> dt.date:
    """A future weekday ("is due ... on Thursday"): the next such day after the publication date."""
    d = pub + dt.timedelta(days=(WEEKDAYS.index(weekday) - pub.weekday()) % 7 or 7)
    assert d == D(expect), (pub, weekday, d, expect)
    return d


def shift(base: dt.date, days: int, expect: str) -> dt.date:
    d = base + dt.timedelta(days=days)
    assert d == D(expect), (base, days, d, expect)
    return d


def month_of(pub: dt.date, month: int, years_back: int, expect: str) -> dt.date:
    """"in May" / "last September" / "in December last year": a month resolved against the publication year."""
    d = dt.date(pub.year - years_back, month, 1)
    assert d == D(expect), (pub, month, d, expect)
    return d


# ---------------------------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------------------------


def T(title, of, implied=False, current=True):
    return {"title": title, "of": of, "current": current, "implied": implied}


def P(name, *aliases, titles=()):
    return {"name": name, "aliases": list(aliases), "titles": list(titles)}


def O(name, *aliases):
    return {"name": name, "aliases": list(aliases)}


def _dp(date, prec):
    if date is None:
        return None, None
    return date.isoformat(), prec


def M(participants, date, prec="day", place=None, country=None, kind=None, status="held"):
    if kind is None:
        kind = "summit" if len(participants) >= 3 else "meeting"
    d, p = _dp(date, prec)
    return {"participants": list(participants), "kind": kind, "status": status, "place": place,
            "country": country, "date": d, "datePrecision": p}


def V(person, country, date, prec="day"):
    d, p = _dp(date, prec)
    return {"person": person, "country": country, "date": d, "datePrecision": p}


def DL(parties, kind, date, prec="day", signatories=(), usd=None, value=None):
    d, p = _dp(date, prec)
    deal = {"parties": list(parties), "signatories": list(signatories), "kind": kind, "valueUsd": usd,
            "date": d, "datePrecision": p}
    if value is not None:
        deal["value"] = {"amount": value[0], "currency": value[1]}
    return deal


ARTS: list[dict] = []


def article(file, pub, notes, persons, countries, organizations=(), meetings=(), visits=(), deals=()):
    ARTS.append({"file": file, "pub": pub, "notes": notes, "persons": list(persons),
                 "countries": list(countries), "organizations": list(organizations),
                 "meetings": list(meetings), "visits": list(visits), "deals": list(deals)})


# =============================================================================================
# 1. Astrakhan Caspian summit (Reuters style), 29 September 2014, a Monday
# =============================================================================================
PUB = D("2014-09-29")
SUN = last(PUB, "Sunday", "2014-09-28")
article(
    "astrakhan-caspian-summit-2014.txt", PUB,
    "Date line 'September 29, 2014' above an 'ASTRAKHAN, Russia, Sept 29 (Reuters)' dateline; 'on Monday' is the "
    "publication day and 'on Sunday' resolves to 2014-09-28. The five leaders at the summit make a summit; the "
    "Putin-Rouhani talks 'on the sidelines' and the Aliyev-Berdimuhamedov meeting are dated to the summit day and "
    "placed in Astrakhan. Aliyev, Nazarbayev and Berdimuhamedov are titled only by 'the presidents of Azerbaijan, "
    "Kazakhstan and Turkmenistan, ...' (a respective list), so their titles are implied; 'Foreign ministers Sergei "
    "Lavrov of Russia and Mohammad Javad Zarif of Iran' is taken as explicit. 'Kremlin aide' is held of Russia, "
    "implied. The political declaration was 'adopted' (kind statement); the three intergovernmental agreements "
    "signed together are one deal; the Lukoil-KazMunayGas memorandum ('in a side deal') is dated to the summit "
    "day. The legal-status convention is 'still being drafted': not a deal. Rouhani 'arrived in the city on "
    "Sunday': a visit; the other leaders have no travel wording. Trade of $1.7 billion is not a value. The "
    "byline reporter, the additional reporter and the editor are persons.",
    [
        P("Aleksei Korolev"),
        P("Vladimir Putin", "Putin", titles=[T("President", "Russia")]),
        P("Hassan Rouhani", "Rouhani", titles=[T("President", "Iran")]),
        P("Ilham Aliyev", "Aliyev", titles=[T("President", "Azerbaijan", implied=True)]),
        P("Nursultan Nazarbayev", "Nazarbayev", titles=[T("President", "Kazakhstan", implied=True)]),
        P("Gurbanguly Berdimuhamedov", "Berdimuhamedov", titles=[T("President", "Turkmenistan", implied=True)]),
        P("Sergei Lavrov", titles=[T("Foreign Minister", "Russia")]),
        P("Mohammad Javad Zarif", titles=[T("Foreign Minister", "Iran")]),
        P("Yuri Ushakov", titles=[T("aide", "Russia", implied=True)]),
        P("Nazanin Rahimi"),
        P("Hugh Lawson"),
    ],
    ["Russia", "Iran", "Azerbaijan", "Kazakhstan", "Turkmenistan"],
    [O("Lukoil"), O("KazMunayGas")],
    [
        M(["Vladimir Putin", "Hassan Rouhani", "Ilham Aliyev", "Nursultan Nazarbayev", "Gurbanguly Berdimuhamedov"],
          PUB, place="Astrakhan", country="Russia"),
        M(["Sergei Lavrov", "Mohammad Javad Zarif"], SUN, place="Astrakhan", country="Russia"),
        M(["Vladimir Putin", "Hassan Rouhani"], PUB, place="Astrakhan", country="Russia"),
        M(["Ilham Aliyev", "Gurbanguly Berdimuhamedov"], PUB, place="Astrakhan", country="Russia"),
    ],
    [V("Hassan Rouhani", "Russia", SUN)],
    [
        DL(["Russia", "Iran", "Azerbaijan", "Kazakhstan", "Turkmenistan"], "statement", PUB),
        DL(["Russia", "Iran", "Azerbaijan", "Kazakhstan", "Turkmenistan"], "agreement", PUB),
        DL(["Lukoil", "KazMunayGas"], "memorandum", PUB),
    ],
)

# =============================================================================================
# 2. Kazakhstan-Turkmenistan-Iran railway (regional trade outlet), 3 December 2014, a Wednesday
# =============================================================================================
PUB = D("2014-12-03")
TUE = last(PUB, "Tuesday", "2014-12-02")
MAY = month_of(PUB, 5, 0, "2014-05-01")
article(
    "north-south-rail-link-opened.txt", PUB,
    "Date line '3 December 2014 | 18:10 Almaty time'. 'On Wednesday' is the publication day, 'on Tuesday' "
    "2014-12-02, 'in May' (past, same year) is May 2014 with month precision. The three presidents at the "
    "ribbon-cutting and three-way talks make a summit; the ceremony was at 'the border station' on the "
    "Turkmen-Iranian frontier, so it has no city and no country. Their titles come from 'The presidents of "
    "Kazakhstan, Turkmenistan and Iran' in the sentence before the names: implied. Zarif and Akhoundi flew in "
    "'with' Rouhani: visits, titles implied (Iranian delegation). The railway heads are titled by 'the heads of "
    "the three national railway companies: Askar Mamin of ...' (implied 'head'); 'Turkmen Railways Minister' is "
    "explicit. The joint statement was signed by the three leaders; the freight-operator memorandum's named "
    "company parties are KTZ and RAI (the Turkmen side is a ministry, not named); the KTZ-Tidewater contract is "
    "'worth about 50 million US dollars'. The 700 million dollar cost of the Turkmen section is a programme "
    "cost, not a value. Nazarbayev's invitation to Astana has no dates: nothing recorded. Afghanistan is named.",
    [
        P("Dana Sarsenova"),
        P("Nursultan Nazarbayev", "Nazarbayev", titles=[T("President", "Kazakhstan", implied=True)]),
        P("Gurbanguly Berdimuhamedov", "Berdimuhamedov", titles=[T("President", "Turkmenistan", implied=True)]),
        P("Hassan Rouhani", "Rouhani", titles=[T("President", "Iran", implied=True)]),
        P("Mohammad Javad Zarif", titles=[T("Foreign Minister", "Iran", implied=True)]),
        P("Abbas Akhoundi", titles=[T("Roads Minister", "Iran", implied=True)]),
        P("Askar Mamin", "Mamin", titles=[T("head", "Kazakhstan Temir Zholy", implied=True)]),
        P("Mohsen Pourseyed Aghaei", titles=[T("head", "Railways of the Islamic Republic of Iran", implied=True)]),
        P("Bayramgeldi Ovezov", titles=[T("Railways Minister", "Turkmenistan")]),
        P("Erlan Idrissov", titles=[T("Foreign Minister", "Kazakhstan")]),
    ],
    ["Kazakhstan", "Turkmenistan", "Iran", "Afghanistan"],
    [O("Kazakhstan Temir Zholy", "KTZ"), O("Railways of the Islamic Republic of Iran"), O("Tidewater Middle East")],
    [
        M(["Nursultan Nazarbayev", "Gurbanguly Berdimuhamedov", "Hassan Rouhani"], PUB),
        M(["Gurbanguly Berdimuhamedov", "Hassan Rouhani"], PUB, place="Ashgabat", country="Turkmenistan"),
    ],
    [
        V("Hassan Rouhani", "Turkmenistan", TUE),
        V("Mohammad Javad Zarif", "Turkmenistan", TUE),
        V("Abbas Akhoundi", "Turkmenistan", TUE),
        V("Nursultan Nazarbayev", "Turkmenistan", PUB),
        V("Askar Mamin", "Iran", MAY, "month"),
    ],
    [
        DL(["Kazakhstan", "Turkmenistan", "Iran"], "statement", PUB,
           signatories=["Nursultan Nazarbayev", "Gurbanguly Berdimuhamedov", "Hassan Rouhani"]),
        DL(["Kazakhstan Temir Zholy", "Railways of the Islamic Republic of Iran"], "memorandum", PUB,
           signatories=["Askar Mamin", "Mohsen Pourseyed Aghaei", "Bayramgeldi Ovezov"]),
        DL(["Kazakhstan Temir Zholy", "Tidewater Middle East"], "contract", TUE, usd=50_000_000),
    ],
)

# =============================================================================================
# 3. GECF summit in Tehran, live blog (Markdown), 23 November 2015, a Monday
# =============================================================================================
PUB = D("2015-11-23")
SAT = last(PUB, "Saturday", "2015-11-21")
SUN = last(PUB, "Sunday", "2015-11-22")
THU = following(PUB, "Thursday", "2015-11-26")
article(
    "tehran-gas-summit-live.md", PUB,
    "Live blog, newest entry first, 'Last updated: Mon 23 Nov 2015'. Events written in the present ('is under "
    "way', 'this morning', 'has landed') take the publication date. The GECF summit with Rouhani, Putin, Maduro, "
    "Morales and Buhari named around the table is a summit ('ministers from the other members' add nobody). "
    "Putin's talks with Khamenei, with Rouhani (Saadabad) and Rouhani receiving Maduro are meetings in Tehran. "
    "Peskov's 'no bilateral meeting between Putin and the Nigerian president on the schedule' is not recorded. "
    "Zarif 'is due in Moscow on Thursday for talks with Sergei Lavrov': a planned meeting on 2015-11-26, not a "
    "visit. Maduro 'flew in on Saturday', Morales 'on Sunday night' (the same verb): visits on 2015-11-21 and "
    "2015-11-22. The seven memorandums signed together are one deal; the $5 billion loan 'agreed in principle' "
    "with paperwork to come is not a deal and has no value. The GECF is taken as an organisation (an "
    "intergovernmental producers' group with a secretary general, described as such), Opec as well. Putin, "
    "Rouhani, Peskov, Ushakov, Khamenei, Zarif and Buhari ('the Nigerian president') are titled through context "
    "or coreference: implied; 'Iran's Oil Minister, Bijan Namdar Zanganeh' and 'Russian Energy Minister' are "
    "explicit. Maduro and Morales have no title word. 'American plans' names the United States.",
    [
        P("Sara Mohammadi"),
        P("Tom Aldridge"),
        P("Vladimir Putin", "Putin", titles=[T("President", "Russia", implied=True)]),
        P("Hassan Rouhani", "Rouhani", titles=[T("President", "Iran", implied=True)]),
        P("Alexander Novak", titles=[T("Energy Minister", "Russia")]),
        P("Dmitry Peskov", "Peskov", titles=[T("spokesman", "Russia", implied=True)]),
        P("Ali Khamenei", "Khamenei", titles=[T("Supreme Leader", "Iran", implied=True)]),
        P("Yuri Ushakov", titles=[T("foreign policy adviser", "Russia", implied=True)]),
        P("Nicolás Maduro", "Maduro"),
        P("Evo Morales", "Morales"),
        P("Muhammadu Buhari", titles=[T("President", "Nigeria", implied=True)]),
        P("Mohammed Hamel", titles=[T("secretary general", "Gas Exporting Countries Forum")]),
        P("Bijan Namdar Zanganeh", titles=[T("Oil Minister", "Iran")]),
        P("Mohammad Javad Zarif", "Zarif", titles=[T("Foreign Minister", "Iran", implied=True)]),
        P("Sergei Lavrov"),
    ],
    ["Russia", "Iran", "Venezuela", "Bolivia", "Nigeria", "Algeria", "Syria", "United States"],
    [O("Gas Exporting Countries Forum", "GECF"), O("OPEC", "Opec")],
    [
        M(["Hassan Rouhani", "Vladimir Putin", "Nicolás Maduro", "Evo Morales", "Muhammadu Buhari"], PUB,
          place="Tehran", country="Iran"),
        M(["Vladimir Putin", "Ali Khamenei"], PUB, place="Tehran", country="Iran"),
        M(["Vladimir Putin", "Hassan Rouhani"], PUB, place="Tehran", country="Iran"),
        M(["Hassan Rouhani", "Nicolás Maduro"], PUB, place="Tehran", country="Iran"),
        M(["Mohammad Javad Zarif", "Sergei Lavrov"], THU, place="Moscow", country="Russia", status="planned"),
    ],
    [
        V("Vladimir Putin", "Iran", PUB),
        V("Nicolás Maduro", "Iran", SAT),
        V("Evo Morales", "Iran", SUN),
    ],
    [DL(["Russia", "Iran"], "memorandum", PUB)],
)

# =============================================================================================
# 4. Tehran trilateral summit, Azerbaijani outlet (HTML), 1 November 2017, a Wednesday
# =============================================================================================
PUB = D("2017-11-01")
TUE = last(PUB, "Tuesday", "2017-10-31")
article(
    "tehran-trilateral-baku-view.html", PUB,
    "HTML page, <meta name=\"date\" content=\"2017-11-01\">, visible '1 November 2017, 22:15'. Only <main> is "
    "scored: the ticker, sidebar, newsletter and footer names (Kvirikashvili, Sargsyan, Erdogan, Rashad Aliyev, "
    "Farid Guliyev; Georgia, Albania, Kazakhstan) are not in the gold. 'President Ilham Aliyev' in an Azerbaijani "
    "outlet is titled through context (implied); 'The head of state arrived in the Iranian capital on Tuesday "
    "evening' is Aliyev's visit (2017-10-31). Putin 'flew to Tehran on Wednesday morning, accompanied by' Novak "
    "and Sechin: three visits. The three presidents' summit, the Aliyev-Rouhani one-on-one, Putin's meeting with "
    "Khamenei, his 'separate talks with Rouhani' and Zanganeh 'meeting Novak on the sidelines' are all in Tehran "
    "on the publication day. The next trilateral meeting 'in Russia' has no date and no named participants: not "
    "recorded. The joint statement was signed by the three presidents; the Rosneft-NIOC framework agreement is "
    "'up to $30 billion'. Azerbaijan's $500 million loan offer is 'still being negotiated': not a deal. SOCAR is "
    "an organisation through 'Azerbaijan's state oil company SOCAR'.",
    [
        P("Leyla Huseynova"),
        P("Ilham Aliyev", "Aliyev", titles=[T("President", "Azerbaijan", implied=True)]),
        P("Hassan Rouhani", "Rouhani", titles=[T("President", "Iran")]),
        P("Vladimir Putin", "Putin", titles=[T("President", "Russia")]),
        P("Mohammad-Javad Azari Jahromi", titles=[T("Minister of Communications", "Iran")]),
        P("Alexander Novak", "Novak", titles=[T("Energy Minister", "Russia", implied=True)]),
        P("Igor Sechin", "Sechin", titles=[T("chief executive", "Rosneft")]),
        P("Elmar Mammadyarov", titles=[T("Foreign Minister", "Azerbaijan", implied=True)]),
        P("Ali Khamenei", "Khamenei", titles=[T("Supreme Leader", "Iran", implied=True)]),
        P("Yuri Ushakov", titles=[T("aide", "Russia", implied=True)]),
        P("Donald Trump", titles=[T("President", "United States")]),
        P("Ali Kardor", titles=[T("managing director", "National Iranian Oil Company")]),
        P("Bijan Namdar Zanganeh", titles=[T("Oil Minister", "Iran")]),
    ],
    ["Azerbaijan", "Iran", "Russia", "Syria", "United States"],
    [O("Rosneft"), O("National Iranian Oil Company", "NIOC"), O("SOCAR")],
    [
        M(["Ilham Aliyev", "Hassan Rouhani", "Vladimir Putin"], PUB, place="Tehran", country="Iran"),
        M(["Ilham Aliyev", "Hassan Rouhani"], PUB, place="Tehran", country="Iran"),
        M(["Vladimir Putin", "Ali Khamenei"], PUB, place="Tehran", country="Iran"),
        M(["Vladimir Putin", "Hassan Rouhani"], PUB, place="Tehran", country="Iran"),
        M(["Bijan Namdar Zanganeh", "Alexander Novak"], PUB, place="Tehran", country="Iran"),
    ],
    [
        V("Ilham Aliyev", "Iran", TUE),
        V("Vladimir Putin", "Iran", PUB),
        V("Alexander Novak", "Iran", PUB),
        V("Igor Sechin", "Iran", PUB),
    ],
    [
        DL(["Azerbaijan", "Iran", "Russia"], "statement", PUB,
           signatories=["Ilham Aliyev", "Hassan Rouhani", "Vladimir Putin"]),
        DL(["Rosneft", "National Iranian Oil Company"], "agreement", PUB,
           signatories=["Igor Sechin", "Ali Kardor"], usd=30_000_000_000),
    ],
)

# =============================================================================================
# 5. Pashinyan in Tehran, Armenian government readout, 27 February 2019, a Wednesday
# =============================================================================================
PUB = D("2019-02-27")
TOMORROW = shift(PUB, 1, "2019-02-28")
DEC = month_of(PUB, 12, 1, "2018-12-01")
article(
    "pashinyan-tehran-readout.txt", PUB,
    "Official readout dated '27.02.2019, 21:05' (day.month.year); the issuing office in the heading is not an "
    "organisation. Events are explicit ('On 27 February') or 'later/earlier in the day'; 'Tomorrow' is "
    "2019-02-28 and 'in December last year' is December 2018 (month). Pashinyan 'arrived in Tehran'; his wife and "
    "the three ministers who 'accompany' him are visitors too. Talks with Rouhani (private, then extended: one "
    "meeting), being 'received by' Khamenei, meeting Larijani and the Mnatsakanyan-Zarif meeting are held "
    "meetings in Tehran; the meeting with Jahangiri 'tomorrow' is planned (the visit is in Tehran). Larijani "
    "'recalled his visit to Yerevan in December last year': a visit to Armenia. The memorandum was signed by "
    "the two energy ministries (both named specifically) through Baghramyan and Ardakanian. The gas-for-"
    "electricity arrangement is only discussed. Titles of the Armenian delegation, of Rouhani ('President "
    "Rouhani' in Iran), Zarif ('his Iranian counterpart') and Jahangiri are implied; 'Iranian Minister of Energy' "
    "and 'the Supreme Leader of the Islamic Republic of Iran' are explicit; Larijani is Speaker of the Islamic "
    "Consultative Assembly. The Armenian Apostolic Church counts as an organisation through the possessive "
    "before the cathedral (a building); the Eurasian Economic Union is named.",
    [
        P("Nikol Pashinyan", "Pashinyan", titles=[T("Prime Minister", "Armenia", implied=True)]),
        P("Anna Hakobyan"),
        P("Zohrab Mnatsakanyan", titles=[T("Foreign Minister", "Armenia", implied=True)]),
        P("Tigran Avinyan", titles=[T("Deputy Prime Minister", "Armenia", implied=True)]),
        P("Garegin Baghramyan",
          titles=[T("Minister of Energy Infrastructures and Natural Resources", "Armenia", implied=True)]),
        P("Hassan Rouhani", "Rouhani", titles=[T("President", "Iran", implied=True)]),
        P("Reza Ardakanian", titles=[T("Minister of Energy", "Iran")]),
        P("Ali Khamenei", titles=[T("Supreme Leader", "Iran")]),
        P("Ali Larijani", "Larijani", titles=[T("Speaker", "Islamic Consultative Assembly")]),
        P("Mohammad Javad Zarif", titles=[T("Foreign Minister", "Iran", implied=True)]),
        P("Eshaq Jahangiri", titles=[T("First Vice President", "Iran", implied=True)]),
    ],
    ["Armenia", "Iran"],
    [
        O("Eurasian Economic Union"),
        O("Ministry of Energy Infrastructures and Natural Resources"),
        O("Ministry of Energy of Iran"),
        O("Islamic Consultative Assembly"),
        O("Armenian Apostolic Church"),
    ],
    [
        M(["Nikol Pashinyan", "Hassan Rouhani"], PUB, place="Tehran", country="Iran"),
        M(["Nikol Pashinyan", "Ali Khamenei"], PUB, place="Tehran", country="Iran"),
        M(["Nikol Pashinyan", "Ali Larijani"], PUB, place="Tehran", country="Iran"),
        M(["Zohrab Mnatsakanyan", "Mohammad Javad Zarif"], PUB, place="Tehran", country="Iran"),
        M(["Nikol Pashinyan", "Eshaq Jahangiri"], TOMORROW, place="Tehran", country="Iran", status="planned"),
    ],
    [
        V("Nikol Pashinyan", "Iran", PUB),
        V("Anna Hakobyan", "Iran", PUB),
        V("Zohrab Mnatsakanyan", "Iran", PUB),
        V("Tigran Avinyan", "Iran", PUB),
        V("Garegin Baghramyan", "Iran", PUB),
        V("Ali Larijani", "Armenia", DEC, "month"),
    ],
    [
        DL(["Ministry of Energy Infrastructures and Natural Resources", "Ministry of Energy of Iran"], "memorandum",
           PUB, signatories=["Garegin Baghramyan", "Reza Ardakanian"]),
    ],
)

# =============================================================================================
# 6. Mirziyoyev's state visit to Tehran, Tashkent business outlet, Monday 19 June 2023
# =============================================================================================
PUB = D("2023-06-19")
SUN = last(PUB, "Sunday", "2023-06-18")
LAST_SEPT = month_of(PUB, 9, 1, "2022-09-01")
APRIL = month_of(PUB, 4, 0, "2023-04-01")
article(
    "mirziyoyev-tehran-business-deals.txt", PUB,
    "Date line 'Monday, 19 June 2023'; the visit was 'on Sunday' (2023-06-18), so every event of the visit takes "
    "that date, including the company deals signed 'on the margins'. 'Last September' is September 2022 and "
    "'in April' (past) April 2023, month precision. Mirziyoyev 'flew to the Iranian capital'; Kudratov "
    "'accompanied the president on the trip'; Raisi 'had flown to Samarkand'; Saidov made 'a trip to Tehran': "
    "four visits. Raisi and Mirziyoyev meeting in Samarkand is recorded from 'where the two first discussed' "
    "(a judgement call: the text says they discussed it there). Being 'received by' Khamenei is a meeting. The "
    "ten documents signed together are one deal (kind agreement). The Uzbekneftegaz-MAPNA contract is '180 "
    "million dollars'; the Bukhara Cotton Cluster contract is '95 billion soums' (value in UZS, no valueUsd; the "
    "Iranian buyer is unnamed). The car parts plant is 'still under study': no deal. Trade of $500 million and "
    "the $2 billion target are not values. The joint commission 'in the autumn' has no named participants. "
    "Titles of the two presidents, Khamenei, the Uzbek ministers and Amir-Abdollahian ('his Iranian "
    "counterpart') are implied; Ergashev is 'its chairman' (implied).",
    [
        P("Jasur Tursunov"),
        P("Shavkat Mirziyoyev", "Mirziyoyev", titles=[T("President", "Uzbekistan", implied=True)]),
        P("Ebrahim Raisi", "Raisi", titles=[T("President", "Iran", implied=True)]),
        P("Ali Khamenei", titles=[T("Supreme Leader", "Iran", implied=True)]),
        P("Bahodir Sidikov", titles=[T("chairman", "Uzbekneftegaz")]),
        P("Abbas Aliabadi", titles=[T("managing director", "MAPNA Group")]),
        P("Farrukh Ergashev", titles=[T("chairman", "Bukhara Cotton Cluster", implied=True)]),
        P("Laziz Kudratov", titles=[T("Investment, Industry and Trade Minister", "Uzbekistan", implied=True)]),
        P("Reza Fatemi Amin", titles=[T("Industry Minister", "Iran")]),
        P("Bakhtiyor Saidov", titles=[T("Foreign Minister", "Uzbekistan", implied=True)]),
        P("Hossein Amir-Abdollahian", titles=[T("Foreign Minister", "Iran", implied=True)]),
    ],
    ["Uzbekistan", "Iran", "Turkmenistan"],
    [
        O("Shanghai Cooperation Organization"),
        O("Uzbekneftegaz"),
        O("MAPNA Group", "MAPNA"),
        O("Uzbekistan Railways"),
        O("Railways of the Islamic Republic of Iran"),
        O("Bukhara Cotton Cluster"),
    ],
    [
        M(["Shavkat Mirziyoyev", "Ebrahim Raisi"], SUN, place="Tehran", country="Iran"),
        M(["Shavkat Mirziyoyev", "Ali Khamenei"], SUN, place="Tehran", country="Iran"),
        M(["Laziz Kudratov", "Reza Fatemi Amin"], SUN, place="Tehran", country="Iran"),
        M(["Bakhtiyor Saidov", "Hossein Amir-Abdollahian"], APRIL, "month", place="Tehran", country="Iran"),
        M(["Ebrahim Raisi", "Shavkat Mirziyoyev"], LAST_SEPT, "month", place="Samarkand", country="Uzbekistan"),
    ],
    [
        V("Shavkat Mirziyoyev", "Iran", SUN),
        V("Laziz Kudratov", "Iran", SUN),
        V("Ebrahim Raisi", "Uzbekistan", LAST_SEPT, "month"),
        V("Bakhtiyor Saidov", "Iran", APRIL, "month"),
    ],
    [
        DL(["Uzbekistan", "Iran"], "agreement", SUN),
        DL(["Uzbekneftegaz", "MAPNA Group"], "contract", SUN, signatories=["Bahodir Sidikov", "Abbas Aliabadi"],
           usd=180_000_000),
        DL(["Uzbekistan Railways", "Railways of the Islamic Republic of Iran"], "memorandum", SUN),
        DL(["Bukhara Cotton Cluster"], "contract", SUN, value=(95_000_000_000, "UZS")),
    ],
)

# =============================================================================================
# 7. Iran and the Karabakh endgame, analysis with NO publication date
# =============================================================================================
OCT29 = D("2020-10-29")
OCT30 = shift(OCT29, 1, "2020-10-30")  # "went on to Moscow the next day"
article(
    "iran-karabakh-sidelines-analysis.txt", None,
    "An analysis with no publication date, so every relative date ('last week', 'On Tuesday', 'next month') is "
    "null; explicit dates are kept (November 10 and 11, October 29 and 31, November 2, 2020; 'the next day' "
    "after October 29 is October 30). Putin and Aliyev signing 'during a video link' is a call; Pashinyan signed "
    "separately, so he is not in it. The Shoigu-Akar memorandum is a signing with no talks described: a deal, "
    "not a meeting. Araghchi's tour gives four meetings (received by Aliyev in Baku, talks with Rudenko in "
    "Moscow, Mnatsakanyan in Yerevan, Cavusoglu in Ankara) and four visits ('flew to', 'went on to', "
    "'travelled to', 'flying to'). Rouhani 'spoke by telephone with Aliyev last week' (call, null date); Zarif "
    "'flew to Moscow for talks with' Lavrov 'On Tuesday' (meeting and visit, null date); Zarif 'is due in Baku "
    "for talks with' Bayramov 'next month' (planned, null date). The reported Rouhani-Erdogan meeting was "
    "denied and Rouhani 'did not go': nothing recorded. Velayati is 'a former foreign minister' (of Iran by "
    "context: implied, current false); 'advises' is a verb, not a title. Shoigu and Akar are titled by a "
    "respective list ('the defence ministers of Russia and Turkey, ...'): implied. The Iranian Foreign Ministry "
    "is named; Nagorno-Karabakh, Syunik and Nakhchivan are places, not countries. The author is a person.",
    [
        P("Kaveh Shirazi"),
        P("Vladimir Putin", titles=[T("President", "Russia")]),
        P("Ilham Aliyev", "Aliyev", titles=[T("President", "Azerbaijan")]),
        P("Nikol Pashinyan", titles=[T("Prime Minister", "Armenia")]),
        P("Sergei Shoigu", titles=[T("defence minister", "Russia", implied=True)]),
        P("Hulusi Akar", titles=[T("defence minister", "Turkey", implied=True)]),
        P("Abbas Araghchi", titles=[T("Deputy Foreign Minister", "Iran", implied=True)]),
        P("Andrei Rudenko", titles=[T("Deputy Foreign Minister", "Russia", implied=True)]),
        P("Zohrab Mnatsakanyan", titles=[T("Foreign Minister", "Armenia", implied=True)]),
        P("Mevlut Cavusoglu", titles=[T("Foreign Minister", "Turkey")]),
        P("Ali Akbar Velayati", titles=[T("foreign minister", "Iran", implied=True, current=False)]),
        P("Ali Khamenei", titles=[T("Supreme Leader", "Iran", implied=True)]),
        P("Hassan Rouhani", "Rouhani", titles=[T("President", "Iran", implied=True)]),
        P("Mohammad Javad Zarif", "Zarif", titles=[T("Foreign Minister", "Iran", implied=True)]),
        P("Sergei Lavrov", titles=[T("Foreign Minister", "Russia")]),
        P("Recep Tayyip Erdogan", "Erdogan", titles=[T("President", "Turkey")]),
        P("Jeyhun Bayramov", titles=[T("Foreign Minister", "Azerbaijan", implied=True)]),
    ],
    ["Iran", "Armenia", "Azerbaijan", "Russia", "Turkey"],
    [O("Iranian Foreign Ministry")],
    [
        M(["Vladimir Putin", "Ilham Aliyev"], D("2020-11-10"), kind="call"),
        M(["Abbas Araghchi", "Ilham Aliyev"], OCT29, place="Baku", country="Azerbaijan"),
        M(["Abbas Araghchi", "Andrei Rudenko"], OCT30, place="Moscow", country="Russia"),
        M(["Abbas Araghchi", "Zohrab Mnatsakanyan"], D("2020-10-31"), place="Yerevan", country="Armenia"),
        M(["Abbas Araghchi", "Mevlut Cavusoglu"], D("2020-11-02"), place="Ankara", country="Turkey"),
        M(["Hassan Rouhani", "Ilham Aliyev"], None, kind="call"),
        M(["Mohammad Javad Zarif", "Sergei Lavrov"], None, place="Moscow", country="Russia"),
        M(["Mohammad Javad Zarif", "Jeyhun Bayramov"], None, place="Baku", country="Azerbaijan", status="planned"),
    ],
    [
        V("Abbas Araghchi", "Azerbaijan", OCT29),
        V("Abbas Araghchi", "Russia", OCT30),
        V("Abbas Araghchi", "Armenia", D("2020-10-31")),
        V("Abbas Araghchi", "Turkey", D("2020-11-02")),
        V("Mohammad Javad Zarif", "Russia", None),
    ],
    [
        DL(["Russia", "Azerbaijan", "Armenia"], "statement", D("2020-11-10"),
           signatories=["Vladimir Putin", "Ilham Aliyev", "Nikol Pashinyan"]),
        DL(["Russia", "Turkey"], "memorandum", D("2020-11-11"), signatories=["Sergei Shoigu", "Hulusi Akar"]),
    ],
)

# =============================================================================================
# 8. Three briefs (JSON Lines)
# =============================================================================================
PUB = D("2015-10-07")
TUE = last(PUB, "Tuesday", "2015-10-06")
article(
    "caspian-desk-briefs.jsonl#1", PUB,
    "Record date 2015-10-07 (a Wednesday); 'on Wednesday' is that day, 'on Tuesday' 2015-10-06. Shoigu reporting "
    "to Putin 'in a televised meeting at the Kremlin' is a meeting; the text names no city, so it has no place "
    "or country. Dehghan 'had spoken by telephone with Shoigu': a call. 'Moscow' and 'Washington' stand for "
    "their states (Russia, United States); Islamic State is an armed group and the Russian Defence Ministry is "
    "named. Shoigu and Putin are titled without the country in the phrase (implied); Dehghan, al-Hadithi "
    "('a spokesman for the Iraqi government') and Konashenkov are explicit. The warships and missiles are not "
    "organisations.",
    [
        P("Sergei Shoigu", "Shoigu", titles=[T("Defence Minister", "Russia", implied=True)]),
        P("Vladimir Putin", "Putin", titles=[T("President", "Russia", implied=True)]),
        P("Hossein Dehghan", titles=[T("Defence Minister", "Iran")]),
        P("Saad al-Hadithi", titles=[T("spokesman", "Iraq")]),
        P("Igor Konashenkov", titles=[T("spokesman", "Russian Defence Ministry")]),
    ],
    ["Russia", "Syria", "Iran", "Iraq", "United States"],
    [O("Islamic State"), O("Russian Defence Ministry")],
    [
        M(["Sergei Shoigu", "Vladimir Putin"], PUB),
        M(["Hossein Dehghan", "Sergei Shoigu"], TUE, kind="call"),
    ],
)

PUB = D("2019-06-14")
THU = last(PUB, "Thursday", "2019-06-13")
SAT = following(PUB, "Saturday", "2019-06-15")
article(
    "caspian-desk-briefs.jsonl#2", PUB,
    "Record date 2019-06-14 (a Friday), also the 'BISHKEK, June 14' dateline. 'On Friday' is that day, 'on "
    "Thursday' 2019-06-13; the future 'on Saturday' is 2019-06-15. Rouhani's talks with Putin, Xi and Jeenbekov "
    "are three meetings in Bishkek; the SCO summit itself has no list of named attendees, so it is not recorded "
    "as a summit. Rouhani 'flew into Bishkek': a visit. His onward trip to Dushanbe is planned (not a visit); "
    "the meeting with Rahmon there is planned. 'No meeting with Indian Prime Minister Narendra Modi ... had been "
    "arranged': not recorded, though Modi is a person with his title. 'The Gulf of Oman' is a place, not Oman; "
    "Europe is not a country. 'Kremlin aide' is held of Russia (implied).",
    [
        P("Hassan Rouhani", "Rouhani", titles=[T("President", "Iran")]),
        P("Vladimir Putin", "Putin", titles=[T("President", "Russia")]),
        P("Yuri Ushakov", titles=[T("aide", "Russia", implied=True)]),
        P("Xi Jinping", titles=[T("President", "China")]),
        P("Sooronbay Jeenbekov", titles=[T("President", "Kyrgyzstan")]),
        P("Emomali Rahmon", titles=[T("President", "Tajikistan")]),
        P("Narendra Modi", titles=[T("Prime Minister", "India")]),
    ],
    ["Iran", "Russia", "United States", "Kyrgyzstan", "Syria", "China", "Tajikistan", "India"],
    [O("Shanghai Cooperation Organization")],
    [
        M(["Hassan Rouhani", "Vladimir Putin"], PUB, place="Bishkek", country="Kyrgyzstan"),
        M(["Hassan Rouhani", "Xi Jinping"], PUB, place="Bishkek", country="Kyrgyzstan"),
        M(["Hassan Rouhani", "Sooronbay Jeenbekov"], PUB, place="Bishkek", country="Kyrgyzstan"),
        M(["Hassan Rouhani", "Emomali Rahmon"], SAT, place="Dushanbe", country="Tajikistan", status="planned"),
    ],
    [V("Hassan Rouhani", "Kyrgyzstan", THU)],
)

PUB = D("2019-08-12")
SUN = last(PUB, "Sunday", "2019-08-11")
article(
    "caspian-desk-briefs.jsonl#3", PUB,
    "Record date 2019-08-12 (a Monday); 'on Monday' is that day and Medvedev 'flew in on Sunday' (2019-08-11), a "
    "visit to Turkmenistan. The five named heads of delegation opening the forum make a summit at Avaza; "
    "Medvedev's 'separate talks with Berdimuhamedov' are a meeting. The final communique 'signed' by the heads "
    "of delegation is a statement of the five states; the Gazprom-Turkmengaz memorandum is dated to the forum "
    "day. KazMunayGas and SOCAR 'did not sign a document': no deal. The forum (an event) is not an "
    "organisation; the second forum 'in Russia in 2021' has no participants.",
    [
        P("Gurbanguly Berdimuhamedov", "Berdimuhamedov", titles=[T("President", "Turkmenistan")]),
        P("Dmitry Medvedev", "Medvedev", titles=[T("Prime Minister", "Russia")]),
        P("Eshaq Jahangiri", "Jahangiri", titles=[T("First Vice President", "Iran")]),
        P("Askar Mamin", titles=[T("Prime Minister", "Kazakhstan")]),
        P("Novruz Mammadov", titles=[T("Prime Minister", "Azerbaijan")]),
    ],
    ["Turkmenistan", "Russia", "Iran", "Kazakhstan", "Azerbaijan"],
    [O("Gazprom"), O("Turkmengaz"), O("KazMunayGas"), O("SOCAR")],
    [
        M(["Gurbanguly Berdimuhamedov", "Dmitry Medvedev", "Eshaq Jahangiri", "Askar Mamin", "Novruz Mammadov"],
          PUB, place="Avaza", country="Turkmenistan"),
        M(["Dmitry Medvedev", "Gurbanguly Berdimuhamedov"], PUB, place="Avaza", country="Turkmenistan"),
    ],
    [V("Dmitry Medvedev", "Turkmenistan", SUN)],
    [
        DL(["Turkmenistan", "Russia", "Iran", "Kazakhstan", "Azerbaijan"], "statement", PUB),
        DL(["Gazprom", "Turkmengaz"], "memorandum", PUB),
    ],
)

# =============================================================================================
# 9. Prespa agreement (AP style), 17 June 2018, a Sunday
# =============================================================================================
PUB = D("2018-06-17")
THU = following(PUB, "Thursday", "2018-06-21")
article(
    "prespa-name-deal-signed.txt", PUB,
    "Date line 'June 17, 2018' above 'PSARADES, Greece (AP) —'; 'on Sunday' is the publication day and the "
    "future 'on Thursday' is 2018-06-21. The signing ceremony, with the two foreign ministers signing and the two "
    "prime ministers, Nimetz, Mogherini and Hahn present, is one seven-person summit at Psarades. Tsipras "
    "'crossed the border into Macedonia with Zaev' for lunch and talks in Otesevo: a visit and a meeting in "
    "North Macedonia (the country is 'Macedonia' in the text, renamed 'Republic of North Macedonia' by the deal; "
    "'Skopje' stands for it once). Zaev 'is due to meet Stoltenberg in Brussels on Thursday': planned; Belgium is "
    "not named, so no country. The NATO summit 'next month' has no named participants. President Ivanov "
    "'refused to sign': the Prespa agreement is the one deal, signed by Kotzias and Dimitrov. Dimitrov ('his "
    "Macedonian counterpart'), the two prime ministers (a respective list), Kammenos and Mitsotakis ('whose "
    "leader') have implied titles. The agency credit is not an organisation; the byline reporters (in capitals) "
    "and the contributor are persons.",
    [
        P("Eleni Papadaki", "ELENI PAPADAKI"),
        P("Goran Petrovski", "GORAN PETROVSKI"),
        P("Nikos Kotzias", titles=[T("Foreign Minister", "Greece")]),
        P("Nikola Dimitrov", titles=[T("Foreign Minister", "North Macedonia", implied=True)]),
        P("Alexis Tsipras", "Tsipras", titles=[T("prime minister", "Greece", implied=True)]),
        P("Zoran Zaev", "Zaev", titles=[T("prime minister", "North Macedonia", implied=True)]),
        P("Matthew Nimetz", titles=[T("mediator", "United Nations")]),
        P("Federica Mogherini", titles=[T("foreign policy chief", "European Union")]),
        P("Johannes Hahn", titles=[T("Enlargement Commissioner", "European Union")]),
        P("Gjorge Ivanov", titles=[T("President", "North Macedonia")]),
        P("Kyriakos Mitsotakis", titles=[T("leader", "New Democracy", implied=True)]),
        P("Panos Kammenos", titles=[T("Defense Minister", "Greece", implied=True)]),
        P("Jens Stoltenberg", "Stoltenberg", titles=[T("Secretary-General", "NATO")]),
        P("Konstantin Arvanitis"),
    ],
    ["Greece", "North Macedonia"],
    [O("United Nations", "U.N."), O("European Union", "EU"), O("NATO"), O("New Democracy"),
     O("Independent Greeks")],
    [
        M(["Nikos Kotzias", "Nikola Dimitrov", "Alexis Tsipras", "Zoran Zaev", "Matthew Nimetz",
           "Federica Mogherini", "Johannes Hahn"], PUB, place="Psarades", country="Greece"),
        M(["Alexis Tsipras", "Zoran Zaev"], PUB, place="Otesevo", country="North Macedonia"),
        M(["Zoran Zaev", "Jens Stoltenberg"], THU, place="Brussels", status="planned"),
    ],
    [V("Alexis Tsipras", "North Macedonia", PUB)],
    [DL(["Greece", "North Macedonia"], "agreement", PUB, signatories=["Nikos Kotzias", "Nikola Dimitrov"])],
)

# =============================================================================================
# 10. EU-Tunisia memorandum (HTML, regional outlet), Sunday 16 July 2023
# =============================================================================================
PUB = D("2023-07-16")
article(
    "tunis-eu-memorandum.html", PUB,
    "HTML page, <meta name=\"date\" content=\"2023-07-16\">, visible 'Sunday 16 July 2023'. Only <main> is "
    "scored: the ticker, aside, newsletter and footer names (Tebboune, Mohammed VI, Najla Bouden, Dbeibah, "
    "Youssef Trabelsi, Salma Gharbi; Algeria, Morocco, Libya, Spain; Sonatrach, Naturgy) are not in the gold. "
    "Von der Leyen, Meloni and Rutte 'flew into Tunis' and 'were received by' Saied: three visits and a "
    "four-leader summit on the publication day. They 'first visited on June 11, when the four leaders agreed': "
    "three more visits and a second summit (country Tunisia, no city stated). Meloni 'flew to Tunis alone on "
    "June 6 for talks with Saied': a visit and a meeting. Her invitation to Saied for the Rome conference on July "
    "23 is an invitation, not an arranged meeting: not recorded. The memorandum was signed by Várhelyi and "
    "Ammar; the euro sums (€105 million, €150 million, up to €900 million) are aid and loan pledges, not the "
    "memorandum's value, and the IMF's $1.9 billion programme is stalled talks. Saied ('President Kais Saied' "
    "in a Tunisian story) is titled by context (implied); Rutte's 'caretaker prime minister' is the same title.",
    [
        P("Amira Ben Salah"),
        P("Ursula von der Leyen", "von der Leyen", titles=[T("President", "European Commission")]),
        P("Giorgia Meloni", "Meloni", titles=[T("Prime Minister", "Italy")]),
        P("Mark Rutte", "Rutte", titles=[T("Prime Minister", "Netherlands")]),
        P("Kais Saied", "Saied", titles=[T("President", "Tunisia", implied=True)]),
        P("Olivér Várhelyi", titles=[T("Commissioner for Neighbourhood and Enlargement", "European Union")]),
        P("Nabil Ammar", titles=[T("Foreign Minister", "Tunisia")]),
    ],
    ["Tunisia", "Italy", "Netherlands"],
    [O("European Union", "EU"), O("European Commission"), O("International Monetary Fund"),
     O("Human Rights Watch")],
    [
        M(["Ursula von der Leyen", "Giorgia Meloni", "Mark Rutte", "Kais Saied"], PUB, place="Tunis",
          country="Tunisia"),
        M(["Ursula von der Leyen", "Giorgia Meloni", "Mark Rutte", "Kais Saied"], D("2023-06-11"),
          country="Tunisia"),
        M(["Giorgia Meloni", "Kais Saied"], D("2023-06-06"), place="Tunis", country="Tunisia"),
    ],
    [
        V("Ursula von der Leyen", "Tunisia", PUB),
        V("Giorgia Meloni", "Tunisia", PUB),
        V("Mark Rutte", "Tunisia", PUB),
        V("Ursula von der Leyen", "Tunisia", D("2023-06-11")),
        V("Giorgia Meloni", "Tunisia", D("2023-06-11")),
        V("Mark Rutte", "Tunisia", D("2023-06-11")),
        V("Giorgia Meloni", "Tunisia", D("2023-06-06")),
    ],
    [DL(["European Union", "Tunisia"], "memorandum", PUB, signatories=["Olivér Várhelyi", "Nabil Ammar"])],
)

# =============================================================================================
# 11. EACOP agreements (AFP style, the dateline carries the only date), 11 April 2021, a Sunday
# =============================================================================================
PUB = D("2021-04-11")
SAT = last(PUB, "Saturday", "2021-04-10")
OCT = month_of(PUB, 10, 1, "2020-10-01")
article(
    "eacop-pipeline-agreements.txt", PUB,
    "The only date is the dateline 'KAMPALA, April 11, 2021 (AFP) -'. 'On Sunday' is that day, 'on Saturday' "
    "2021-04-10, and Tanzania's host government agreement 'in October' (past) is October 2020. The three "
    "agreements signed together at State House in Entebbe are one deal (parties Uganda, Tanzania and the four "
    "shareholders; Kitutu signed the host government agreement); the $3.5 billion is the pipeline's cost, not a "
    "value. The joint communique 'issued after the ceremony' is a statement. The 2017 intergovernmental "
    "agreement signed by Magufuli and Museveni in Kampala is a deal (May 2017, month), but a signing alone, so "
    "not a meeting. The two presidents watching the signing and holding talks make one meeting on 2021-04-11 in "
    "Entebbe. Pouyanne 'met Museveni privately on Saturday evening' after he 'travelled to Uganda': a meeting "
    "(country Uganda, no city) and a visit with no date. Hassan 'flew into Entebbe on Saturday': a visit. "
    "Magufuli is 'her predecessor, the late president' (current false, implied). Pouyanne holds two titles. The "
    "pipeline (EACOP) is a facility, not an organisation; the sign-off initials and the agency are not persons "
    "or organisations. 'Kampala' stands for Uganda once; 'French' names France.",
    [
        P("Samia Suluhu Hassan", "Hassan", titles=[T("President", "Tanzania")]),
        P("Yoweri Museveni", "Museveni", titles=[T("President", "Uganda", implied=True)]),
        P("John Magufuli", "Magufuli", titles=[T("president", "Tanzania", implied=True, current=False)]),
        P("Patrick Pouyanne", "Pouyanne", titles=[T("chairman", "Total"), T("chief executive", "Total")]),
        P("Mary Goretti Kitutu", titles=[T("Energy Minister", "Uganda")]),
        P("Medard Kalemani", titles=[T("Energy Minister", "Tanzania", implied=True)]),
        P("Esther Nakato"),
    ],
    ["Uganda", "Tanzania", "France", "China"],
    [
        O("Total"),
        O("CNOOC"),
        O("Uganda National Oil Company", "UNOC"),
        O("Tanzania Petroleum Development Corporation", "TPDC"),
        O("Green Watch Uganda"),
        O("East African Court of Justice"),
    ],
    [
        M(["Samia Suluhu Hassan", "Yoweri Museveni"], PUB, place="Entebbe", country="Uganda"),
        M(["Patrick Pouyanne", "Yoweri Museveni"], SAT, country="Uganda"),
    ],
    [
        V("Samia Suluhu Hassan", "Uganda", SAT),
        V("Patrick Pouyanne", "Uganda", None),
    ],
    [
        DL(["Uganda", "Tanzania", "Total", "CNOOC", "Uganda National Oil Company",
            "Tanzania Petroleum Development Corporation"], "agreement", PUB, signatories=["Mary Goretti Kitutu"]),
        DL(["Uganda", "Tanzania"], "statement", PUB),
        DL(["Tanzania"], "agreement", OCT, "month"),
        DL(["Uganda", "Tanzania"], "agreement", D("2017-05-01"), "month",
           signatories=["John Magufuli", "Yoweri Museveni"]),
    ],
)

# =============================================================================================
# 12. Namibia-Germany joint declaration, third-person interview, Friday 4 June 2021
# =============================================================================================
PUB = D("2021-06-04")
TUE = last(PUB, "Tuesday", "2021-06-01")
article(
    "namibia-germany-declaration-interview.txt", PUB,
    "Third-person interview dated 'Friday, 4 June 2021'. The joint declaration was only 'initialled, not "
    "signed', and a signing is planned with no date: no deal at all in this article (the €1.1 billion is in an "
    "unsigned text, so it is no value either). The envoys initialled it in Berlin on 15 May 'at the end of "
    "their ninth round of talks': a meeting in Berlin. Maas 'spoke by telephone with' Nandi-Ndaitwah 'on the "
    "day of the announcement' (28 May): a call. Geingob 'met Rukoro at State House on Tuesday' with Mbumba "
    "also taking part: three named participants, so a summit, on 2021-06-01, with no city or country stated. "
    "Maas's trip to Windhoek and Steinmeier's apology are planned with no dates: not visits, not meetings. "
    "Nghifindaka 'travelled to Berlin' in 2018: a visit to Germany with year precision; Wieczorek-Zeul at the "
    "2004 commemoration has no travel wording. Wieczorek-Zeul is 'then development minister' (current false, of "
    "Germany by context). The envoys are titled by a respective list (implied); Geingob, Mbumba and Steinmeier "
    "by context (implied). 'Paramount Chief' is Rukoro's office in the Ovaherero Traditional Authority. "
    "'Historian' is an occupation, not a title. The National Assembly is Namibia's parliament; 'Berlin' stands "
    "for Germany once.",
    [
        P("Petrus Amutenya"),
        P("Tuulikki Nghifindaka", "Nghifindaka"),
        P("Zed Ngavirue", titles=[T("special envoy", "Namibia", implied=True)]),
        P("Ruprecht Polenz", titles=[T("special envoy", "Germany", implied=True)]),
        P("Heiko Maas", "Maas", titles=[T("Foreign Minister", "Germany")]),
        P("Vekuii Rukoro", "Rukoro", titles=[T("Paramount Chief", "Ovaherero Traditional Authority")]),
        P("Hage Geingob", "Geingob", titles=[T("President", "Namibia", implied=True)]),
        P("Netumbo Nandi-Ndaitwah", titles=[T("Minister of International Relations and Cooperation", "Namibia")]),
        P("Nangolo Mbumba", titles=[T("Vice President", "Namibia", implied=True)]),
        P("Frank-Walter Steinmeier", titles=[T("President", "Germany", implied=True)]),
        P("Heidemarie Wieczorek-Zeul",
          titles=[T("development minister", "Germany", implied=True, current=False)]),
    ],
    ["Namibia", "Germany"],
    [O("University of Namibia"), O("Ovaherero Traditional Authority"), O("Nama Traditional Leaders Association"),
     O("National Assembly")],
    [
        M(["Zed Ngavirue", "Ruprecht Polenz"], D("2021-05-15"), place="Berlin", country="Germany"),
        M(["Heiko Maas", "Netumbo Nandi-Ndaitwah"], D("2021-05-28"), kind="call"),
        M(["Hage Geingob", "Vekuii Rukoro", "Nangolo Mbumba"], TUE),
    ],
    [V("Tuulikki Nghifindaka", "Germany", D("2018-01-01"), "year")],
)

# =============================================================================================
# 13. Pretoria agreement, African Union press release, 2 November 2022
# =============================================================================================
PUB = D("2022-11-02")
article(
    "pretoria-cessation-of-hostilities-release.txt", PUB,
    "Press release dated 'Pretoria, South Africa, 2 November 2022'; 'today' is that day. The heading's issuing "
    "directorate is not an organisation, but the African Union and the African Union Commission are named in "
    "the body. The talks that 'opened on 25 October 2022' with the two delegation leaders meeting the three "
    "Panel members, with Pandor opening the session, are a six-person summit; the signing 'at a ceremony "
    "witnessed by' the Panel is a five-person summit on 2 November. Observers from IGAD, the UN and the United "
    "States are unnamed people and add nobody. Redwan Hussien and Getachew Reda 'arrived in Pretoria' heading "
    "their delegations: visits on 24 October. The Birhanu-Tadesse meeting in Nairobi 'from 7 November' is "
    "planned. The agreement's parties are Ethiopia (its Government) and the TPLF. 'H.E.', 'Ambassador', 'Mr.', "
    "'Dr.', 'Field Marshal' and 'General' are honorifics and ranks, not titles; Tadesse Werede has no title. "
    "Obasanjo holds two titles (former President of Nigeria, current false; AU High Representative). "
    "Ramaphosa ('President Cyril Ramaphosa and the Government and people of South Africa'), Pandor and Abiy "
    "are titled by context (implied). The 'High-Level Panel' is a mechanism, not an organisation.",
    [
        P("Redwan Hussien", titles=[T("National Security Advisor", "Ethiopia")]),
        P("Getachew Reda", titles=[T("spokesperson", "Tigray People's Liberation Front")]),
        P("Olusegun Obasanjo", titles=[T("President", "Nigeria", current=False),
                                       T("High Representative for the Horn of Africa", "African Union")]),
        P("Uhuru Kenyatta", titles=[T("President", "Kenya", current=False)]),
        P("Phumzile Mlambo-Ngcuka", titles=[T("Deputy President", "South Africa", current=False)]),
        P("Moussa Faki Mahamat", titles=[T("Chairperson", "African Union Commission")]),
        P("Cyril Ramaphosa", titles=[T("President", "South Africa", implied=True)]),
        P("Naledi Pandor", titles=[T("Minister of International Relations and Cooperation", "South Africa",
                                     implied=True)]),
        P("Abiy Ahmed", titles=[T("Prime Minister", "Ethiopia", implied=True)]),
        P("Birhanu Jula", titles=[T("Chief of General Staff", "Ethiopian National Defence Force")]),
        P("Tadesse Werede"),
    ],
    ["Ethiopia", "South Africa", "Nigeria", "Kenya", "United States"],
    [
        O("Tigray People's Liberation Front", "TPLF"),
        O("African Union"),
        O("African Union Commission"),
        O("Intergovernmental Authority on Development", "IGAD"),
        O("United Nations"),
        O("Ethiopian National Defence Force"),
    ],
    [
        M(["Redwan Hussien", "Getachew Reda", "Olusegun Obasanjo", "Uhuru Kenyatta", "Phumzile Mlambo-Ngcuka",
           "Naledi Pandor"], D("2022-10-25"), place="Pretoria", country="South Africa"),
        M(["Redwan Hussien", "Getachew Reda", "Olusegun Obasanjo", "Uhuru Kenyatta", "Phumzile Mlambo-Ngcuka"],
          PUB, place="Pretoria", country="South Africa"),
        M(["Birhanu Jula", "Tadesse Werede"], D("2022-11-07"), place="Nairobi", country="Kenya", status="planned"),
    ],
    [
        V("Redwan Hussien", "South Africa", D("2022-10-24")),
        V("Getachew Reda", "South Africa", D("2022-10-24")),
    ],
    [DL(["Ethiopia", "Tigray People's Liberation Front"], "agreement", PUB,
        signatories=["Redwan Hussien", "Getachew Reda"])],
)

# =============================================================================================
# 14. Meloni in Algiers (Markdown energy brief), Monday 23 January 2023
# =============================================================================================
PUB = D("2023-01-23")
SUN = last(PUB, "Sunday", "2023-01-22")
SAT = following(PUB, "Saturday", "2023-01-28")
APR = month_of(PUB, 4, 1, "2022-04-01")
JUL = month_of(PUB, 7, 1, "2022-07-01")
article(
    "meloni-algiers-gas-deals.md", PUB,
    "Markdown brief dated '23 Jan 2023, 19:20 CET'. 'On Monday' is that day, 'on Sunday evening' 2023-01-22, "
    "the future 'on Saturday' 2023-01-28; 'April last year' is April 2022 and the following 'In July' July 2022 "
    "(month). Meloni 'arrived in Algiers', 'accompanied by' Tajani and Urso: three visits. Her talks with "
    "Tebboune and the working lunch with Benabderrahmane are two meetings. Draghi 'flew to Algiers in April "
    "last year with Descalzi': two visits; the agreement signed 'there' is dated April 2022. Tebboune and Draghi "
    "'presided over a further round of deals' in July: a meeting (a ceremony is described), without a visit "
    "(no travel wording); the production-sharing contract 'worth $4 billion' is a deal of four companies. The "
    "two new Eni-Sonatrach documents are an agreement (signed by the two chief executives) and a memorandum "
    "(signatories not named); 'Neither document carries a price tag'. The Libya deal is only 'expected': not a "
    "deal. Meloni 'is due to meet' Dbeibah in Tripoli: planned. The Chanegriha meeting was denied: not "
    "recorded. Draghi is 'Meloni's predecessor' (prime minister, current false, implied). Dbeibah's title is "
    "given as Prime Minister of Libya (the text: 'of Libya's Government of National Unity', which is also "
    "declared as an organisation). 'Moscow' stands for Russia.",
    [
        P("Lorenzo Bellini"),
        P("Giorgia Meloni", "Meloni", titles=[T("Prime Minister", "Italy")]),
        P("Antonio Tajani", titles=[T("Foreign Minister", "Italy", implied=True)]),
        P("Adolfo Urso", titles=[T("Enterprise Minister", "Italy", implied=True)]),
        P("Abdelmadjid Tebboune", "Tebboune", titles=[T("President", "Algeria", implied=True)]),
        P("Aïmene Benabderrahmane", titles=[T("Prime Minister", "Algeria", implied=True)]),
        P("Claudio Descalzi", "Descalzi", titles=[T("chief executive", "Eni")]),
        P("Toufik Hakkar", titles=[T("chief executive", "Sonatrach")]),
        P("Mario Draghi", "Draghi", titles=[T("prime minister", "Italy", implied=True, current=False)]),
        P("Mohamed Arkab", titles=[T("Energy Minister", "Algeria")]),
        P("Abdul Hamid Dbeibah", titles=[T("Prime Minister", "Libya")]),
        P("Saïd Chanegriha", titles=[T("army chief of staff", "Algeria", implied=True)]),
    ],
    ["Italy", "Algeria", "Russia", "Ukraine", "Libya"],
    [O("Eni"), O("Sonatrach"), O("Occidental"), O("TotalEnergies"), O("National Oil Corporation"),
     O("Government of National Unity")],
    [
        M(["Giorgia Meloni", "Abdelmadjid Tebboune"], PUB, place="Algiers", country="Algeria"),
        M(["Giorgia Meloni", "Aïmene Benabderrahmane"], PUB, place="Algiers", country="Algeria"),
        M(["Abdelmadjid Tebboune", "Mario Draghi"], JUL, "month", place="Algiers", country="Algeria"),
        M(["Giorgia Meloni", "Abdul Hamid Dbeibah"], SAT, place="Tripoli", country="Libya", status="planned"),
    ],
    [
        V("Giorgia Meloni", "Algeria", SUN),
        V("Antonio Tajani", "Algeria", SUN),
        V("Adolfo Urso", "Algeria", SUN),
        V("Mario Draghi", "Algeria", APR, "month"),
        V("Claudio Descalzi", "Algeria", APR, "month"),
    ],
    [
        DL(["Eni", "Sonatrach"], "agreement", PUB, signatories=["Claudio Descalzi", "Toufik Hakkar"]),
        DL(["Eni", "Sonatrach"], "memorandum", PUB),
        DL(["Eni", "Sonatrach"], "agreement", APR, "month"),
        DL(["Sonatrach", "Eni", "Occidental", "TotalEnergies"], "contract", JUL, "month", usd=4_000_000_000),
    ],
)

# =============================================================================================
# 15. The week in diplomacy, Europe and Africa, Friday 26 November 2021
# =============================================================================================
PUB = D("2021-11-26")
THU = last(PUB, "Thursday", "2021-11-25")
SUN = last(PUB, "Sunday", "2021-11-21")
LAST_SAT = last(PUB, "Saturday", "2021-11-20")
DAY_BEFORE = shift(LAST_SAT, -1, "2021-11-19")
TUE = last(PUB, "Tuesday", "2021-11-23")
NEXT_THU = following(PUB, "Thursday", "2021-12-02")
article(
    "europe-africa-week-nov-26.txt", PUB,
    "Roundup dated 'Friday 26 November 2021'. 'On Friday' is the publication day; 'Thursday' 2021-11-25, "
    "'Sunday' 2021-11-21, 'last Saturday' 2021-11-20 and 'the day before' it 2021-11-19, 'Tuesday' 2021-11-23; "
    "in NEXT WEEK the future 'on Thursday' is 2021-12-02. Rome: Macron 'flew into Rome' (visit) and 'dined with "
    "Mattarella' (meeting) on Thursday; on Friday 'a morning of talks' between Macron and Draghi (meeting) and "
    "the signing 'in the presence of President Sergio Mattarella' (a three-person summit), both in Rome; Le "
    "Drian and Di Maio's 'separate meeting' is in Rome too. Khartoum: Burhan and Hamdok 'met for several hours' "
    "(meeting), then the ceremony also attended by Dagalo (summit); the political agreement's parties are the "
    "two men who signed it. Dakar: Blinken 'had flown in to Dakar the day before' (visit to Senegal on "
    "2021-11-19), met Sall, and the four agreements worth 'about $1 billion' are one deal with Senegal as the "
    "named party (the American companies are unnamed). He met Buhari in Abuja on November 18, but no travel "
    "wording takes him to Nigeria: no visit. Berlin: the coalition agreement was 'presented' and 'has to be "
    "approved ... before it is signed': not a deal; Scholz and Baerbock are given future offices only (no "
    "titles). The 1963 Elysee Treaty is a treaty of France and Germany, year precision. Andersson was elected "
    "and resigned the same evening: prime minister of Sweden, current false, implied. Addis Ababa: Obasanjo "
    "'flew to Addis Ababa' (visit) and held talks with Demeke (meeting); 'A planned meeting with Abiy did not "
    "take place': not recorded. Draghi 'is due to host' Sanchez: planned. The NATO ministers in Riga are "
    "unnamed. Obasanjo holds two titles (AU envoy; former Nigerian president, current false).",
    [
        P("Hannah Okafor-Lind"),
        P("Emmanuel Macron", "Macron", titles=[T("president", "France", implied=True)]),
        P("Mario Draghi", "Draghi", titles=[T("prime minister", "Italy", implied=True)]),
        P("Sergio Mattarella", "Mattarella", titles=[T("President", "Italy", implied=True)]),
        P("Jean-Yves Le Drian", titles=[T("Foreign Minister", "France")]),
        P("Luigi Di Maio", titles=[T("Foreign Minister", "Italy", implied=True)]),
        P("Abdel Fattah al-Burhan", "Burhan", titles=[T("army chief", "Sudan")]),
        P("Abdalla Hamdok", "Hamdok", titles=[T("prime minister", "Sudan", implied=True)]),
        P("Mohamed Hamdan Dagalo", titles=[T("deputy head", "Sovereign Council")]),
        P("Antony Blinken", "Blinken", titles=[T("Secretary of State", "United States")]),
        P("Macky Sall", titles=[T("President", "Senegal", implied=True)]),
        P("Muhammadu Buhari", titles=[T("President", "Nigeria")]),
        P("Olaf Scholz", "Scholz"),
        P("Annalena Baerbock"),
        P("Christian Lindner", titles=[T("leader", "Free Democrats")]),
        P("Angela Merkel", titles=[T("Chancellor", "Germany", implied=True)]),
        P("Magdalena Andersson", titles=[T("prime minister", "Sweden", implied=True, current=False)]),
        P("Abiy Ahmed", "Abiy", titles=[T("Prime Minister", "Ethiopia")]),
        P("Olusegun Obasanjo", "Obasanjo", titles=[T("envoy", "African Union"),
                                                   T("president", "Nigeria", current=False)]),
        P("Demeke Mekonnen", "Demeke", titles=[T("Deputy Prime Minister", "Ethiopia", implied=True)]),
        P("Pedro Sanchez", titles=[T("Prime Minister", "Spain")]),
    ],
    ["France", "Italy", "Germany", "Libya", "Sudan", "Senegal", "United States", "Nigeria", "Sweden", "Ethiopia",
     "Spain"],
    [O("Sovereign Council"), O("Social Democrats", "SPD"), O("Greens"), O("Free Democrats", "FDP"),
     O("African Union"), O("NATO")],
    [
        M(["Emmanuel Macron", "Sergio Mattarella"], THU, place="Rome", country="Italy"),
        M(["Emmanuel Macron", "Mario Draghi"], PUB, place="Rome", country="Italy"),
        M(["Emmanuel Macron", "Mario Draghi", "Sergio Mattarella"], PUB, place="Rome", country="Italy"),
        M(["Jean-Yves Le Drian", "Luigi Di Maio"], PUB, place="Rome", country="Italy"),
        M(["Abdel Fattah al-Burhan", "Abdalla Hamdok"], SUN, place="Khartoum", country="Sudan"),
        M(["Abdel Fattah al-Burhan", "Abdalla Hamdok", "Mohamed Hamdan Dagalo"], SUN, place="Khartoum",
          country="Sudan"),
        M(["Antony Blinken", "Macky Sall"], LAST_SAT, place="Dakar", country="Senegal"),
        M(["Antony Blinken", "Muhammadu Buhari"], D("2021-11-18"), place="Abuja", country="Nigeria"),
        M(["Olusegun Obasanjo", "Demeke Mekonnen"], TUE, place="Addis Ababa", country="Ethiopia"),
        M(["Mario Draghi", "Pedro Sanchez"], NEXT_THU, place="Rome", country="Italy", status="planned"),
    ],
    [
        V("Emmanuel Macron", "Italy", THU),
        V("Antony Blinken", "Senegal", DAY_BEFORE),
        V("Olusegun Obasanjo", "Ethiopia", TUE),
    ],
    [
        DL(["France", "Italy"], "treaty", PUB, signatories=["Emmanuel Macron", "Mario Draghi"]),
        DL(["France", "Germany"], "treaty", D("1963-01-01"), "year"),
        DL(["Abdel Fattah al-Burhan", "Abdalla Hamdok"], "agreement", SUN,
           signatories=["Abdel Fattah al-Burhan", "Abdalla Hamdok"]),
        DL(["Senegal"], "agreement", LAST_SAT, usd=1_000_000_000),
    ],
)


# ---------------------------------------------------------------------------------------------
# checks and output
# ---------------------------------------------------------------------------------------------


def scored_text(file: str) -> tuple[str, dt.date | None]:
    """The text a reader scores for that file, and the date the file itself carries (meta / record)."""
    if "#" in file:
        name, n = file.split("#")
        lines = (ARTICLES / name).read_text(encoding="utf-8").splitlines()
        rec = json.loads(lines[int(n) - 1])
        return rec["title"] + "\n" + rec["text"], D(rec["date"])
    raw = (ARTICLES / file).read_text(encoding="utf-8")
    if file.endswith(".html"):
        meta = re.search(r'<meta name="date" content="([0-9-]+)">', raw)
        main = re.search(r"<main>(.*)</main>", raw, re.S)
        assert meta and main, file
        text = html.unescape(re.sub(r"<[^>]+>", " ", main.group(1)))
        return re.sub(r"\s+", " ", text), D(meta.group(1))
    return raw, None


def check(art: dict) -> list[str]:
    problems = []
    text, carried = scored_text(art["file"])
    if carried is not None and carried != art["pub"]:
        problems.append(f"{art['file']}: file date {carried} != publication date {art['pub']}")
    flat = re.sub(r"\s+", " ", text)
    for p in art["persons"]:
        if p["name"].lower() not in flat.lower():
            problems.append(f"{art['file']}: person name {p['name']!r} not in text")
        for a in p["aliases"]:
            if a not in flat:
                problems.append(f"{art['file']}: person alias {a!r} not in text")
    for o in art["organizations"]:
        if o["name"].lower() not in flat.lower() and not o["aliases"]:
            # an expanded name ("United Nations" for "U.N.") may be absent when its aliases are there
            problems.append(f"{art['file']}: organisation name {o['name']!r} not in text")
        for a in o["aliases"]:
            if a not in flat:
                problems.append(f"{art['file']}: organisation alias {a!r} not in text")
    # every event name is declared (load_gold checks this too; failing early is kinder)
    persons = {p["name"] for p in art["persons"]}
    holders = set(art["countries"]) | {o["name"] for o in art["organizations"]}
    for m in art["meetings"]:
        for n in m["participants"]:
            if n not in persons:
                problems.append(f"{art['file']}: participant {n!r} undeclared")
        if len(set(m["participants"])) != len(m["participants"]):
            problems.append(f"{art['file']}: repeated participant")
        if (len(m["participants"]) >= 3) != (m["kind"] == "summit") and m["kind"] != "call":
            problems.append(f"{art['file']}: kind/participants mismatch {m}")
    for d in art["deals"]:
        for n in d["parties"]:
            if n not in persons | holders:
                problems.append(f"{art['file']}: deal party {n!r} undeclared")
    return problems


def main() -> int:
    problems = [p for art in ARTS for p in check(art)]
    if problems:
        print("\n".join(problems))
        return 1
    out = {"articles": []}
    for art in ARTS:
        out["articles"].append({
            "file": PREFIX + art["file"],
            "notes": art["notes"],
            "persons": art["persons"],
            "countries": art["countries"],
            "organizations": art["organizations"],
            "meetings": art["meetings"],
            "visits": art["visits"],
            "deals": art["deals"],
        })
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    c: Counter = Counter()
    prec: Counter = Counter()
    files = {a["file"].split("#")[0] for a in ARTS}
    for art in ARTS:
        c["persons"] += len(art["persons"])
        c["countries"] += len(art["countries"])
        c["organizations"] += len(art["organizations"])
        for p in art["persons"]:
            for t in p["titles"]:
                c["titles"] += 1
                c["titles implied"] += t["implied"]
                c["titles current:false"] += not t["current"]
        for m in art["meetings"]:
            c["meetings"] += 1
            c[f"meetings {m['status']} {m['kind']}"] += 1
            prec[m["datePrecision"]] += 1
        for v in art["visits"]:
            c["visits"] += 1
            prec[v["datePrecision"]] += 1
        for d in art["deals"]:
            c["deals"] += 1
            c[f"deals {d['kind']}"] += 1
            prec[d["datePrecision"]] += 1
    total = sum(c[k] for k in ("persons", "titles", "countries", "organizations", "meetings", "visits", "deals"))
    print(f"{len(files)} files, {len(ARTS)} gold articles -> {OUT}")
    for k in sorted(c):
        print(f"  {k}: {c[k]}")
    print(f"  facts in all: {total}")
    print("  event date precision:", {str(k): v for k, v in sorted(prec.items(), key=lambda kv: str(kv[0]))})
    return 0


if __name__ == "__main__":
    sys.exit(main())
