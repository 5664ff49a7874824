#!/usr/bin/env python3
"""Hand-written gold facts for blind set 14 (set N); writes ../gold.json.

Every relative date is computed from the publication date with datetime and asserted against the
value written by hand. JSON Lines `date` fields and HTML <meta name="date"> are checked against the
publication date used, and every person / organisation name and alias must occur in the scored text
(inside <main> for HTML pages, title + text for JSON Lines records).
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ART = ROOT / "articles"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def last(weekday: str, pub: dt.date) -> dt.date:
    """The most recent such weekday on or before the publication date."""
    delta = (pub.weekday() - WEEKDAYS.index(weekday)) % 7
    return pub - dt.timedelta(days=delta)


def next_(weekday: str, pub: dt.date) -> dt.date:
    """The next such weekday after the publication date (for planned events)."""
    delta = (WEEKDAYS.index(weekday) - pub.weekday()) % 7 or 7
    return pub + dt.timedelta(days=delta)


def month_of(d: dt.date) -> dt.date:
    return d.replace(day=1)


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


def check(computed: dt.date, expected: str) -> dt.date:
    assert computed == D(expected), (computed, expected)
    return computed


# ------------------------------------------------------------------ builders

def T(title, of, current=True, implied=False):
    return {"title": title, "of": of, "current": current, "implied": implied}


def P(name, aliases=(), titles=()):
    return {"name": name, "aliases": list(aliases), "titles": list(titles)}


def O(name, aliases=()):
    return {"name": name, "aliases": list(aliases)}


def _dated(d, prec):
    if d is None:
        return {"date": None, "datePrecision": None}
    if isinstance(d, str):
        d = D(d)
    return {"date": d.isoformat(), "datePrecision": prec}


def M(participants, date=None, prec="day", kind="meeting", status="held", place=None, country=None):
    if kind == "meeting" and len(participants) >= 3:
        kind = "summit"
    return {"participants": list(participants), "kind": kind, "status": status, "place": place,
            "country": country, **_dated(date, prec)}


def V(person, country, date=None, prec="day"):
    return {"person": person, "country": country, **_dated(date, prec)}


def Deal(parties, kind, date=None, prec="day", signatories=(), usd=None, value=None):
    out = {"parties": list(parties), "signatories": list(signatories), "kind": kind, "valueUsd": usd,
           **_dated(date, prec)}
    if value is not None:
        out["value"] = {"amount": value[0], "currency": value[1]}
    return out


ARTICLES: list[dict] = []


def article(file, notes, persons, countries, organizations, meetings=(), visits=(), deals=(), pub=None):
    ARTICLES.append({"file": file, "notes": notes, "persons": persons, "countries": countries,
                     "organizations": organizations, "meetings": list(meetings), "visits": list(visits),
                     "deals": list(deals), "_pub": pub})


# =================================================================== Russia-Iran items

# 1. Reuters-style wire, Rouhani in Moscow ------------------------------------------------
pub = D("2017-03-28")  # "Tuesday, March 28, 2017 3:42pm EDT"; dateline "MOSCOW, March 28 (Reuters)"
tue = check(last("Tuesday", pub), "2017-03-28")
mon = check(last("Monday", pub), "2017-03-27")
wed = check(next_("Wednesday", pub), "2017-03-29")
article(
    "blind14/articles/rouhani-moscow-talks-2017.txt",
    "Wire copy. 'On Tuesday' is the publication day; 'arrived on Monday' and 'Monday evening' resolve back, "
    "'On Wednesday he is due to hold talks' with Matviyenko is a planned meeting resolved forward. Zarif "
    "'travelled with Rouhani', so he has a visit on the arrival day. The 16 documents are one memorandum batch "
    "(no signatories: the presidents 'oversaw' them); the joint statement is signed by both presidents. The RZD "
    "contract is a euro sum (EUR 1.2 billion, no valueUsd); the further 2.2 billion euro loan is 'still being "
    "negotiated' and is not a deal, and trade figures are not values. The 2015 nuclear deal 'between Iran and "
    "six world powers' is recorded with Iran as its only named party and year precision; the original S-300 "
    "contract is recorded undated (the text gives no signing date). Medvedev's 'Prime Minister' and Peskov's "
    "'Kremlin spokesman' are implied (holder from context); Ahmadinejad is 'Rouhani's predecessor' (implied, "
    "former). Meetings in the story take place in Moscow. Iranian state television is unnamed; the "
    "'Russian-Iranian business council' is lower case and not recorded. Bylines, the additional reporter and "
    "the editor are persons; Reuters is the agency credit.",
    [
        P("Vladimir Putin", ["Putin"], [T("President", "Russia")]),
        P("Hassan Rouhani", ["Rouhani"], [T("President", "Iran")]),
        P("Bashar al-Assad", [], [T("President", "Syria")]),
        P("Alexander Novak", ["Novak"], [T("Energy Minister", "Russia")]),
        P("Dmitry Medvedev", [], [T("Prime Minister", "Russia", implied=True)]),
        P("Valentina Matviyenko", [], [T("speaker", "Federation Council")]),
        P("Mohammad Javad Zarif", [], [T("Foreign Minister", "Iran")]),
        P("Sergei Lavrov", [], [T("Foreign Minister", "Russia")]),
        P("Dmitry Peskov", ["Peskov"], [T("spokesman", "Russia", implied=True)]),
        P("Donald Trump", [], [T("President", "United States")]),
        P("Mehdi Sanaei", [], [T("ambassador", "Iran")]),
        P("Mahmoud Ahmadinejad", [], [T("President", "Iran", current=False, implied=True)]),
        P("Olga Vetrova"), P("Bahram Nikpour"), P("Katya Golubeva"), P("Richard Balfour"),
    ],
    ["Russia", "Iran", "Syria", "United States", "Turkmenistan", "China"],
    [O("RZD International"), O("Russian Railways"), O("Islamic Republic of Iran Railways"),
     O("Federation Council"), O("European Union"), O("United Nations")],
    meetings=[
        M(["Vladimir Putin", "Hassan Rouhani"], tue, place="Moscow", country="Russia"),
        M(["Hassan Rouhani", "Dmitry Medvedev"], mon, place="Moscow", country="Russia"),
        M(["Hassan Rouhani", "Valentina Matviyenko"], wed, status="planned", place="Moscow", country="Russia"),
        M(["Mohammad Javad Zarif", "Sergei Lavrov"], mon, place="Moscow", country="Russia"),
    ],
    visits=[V("Hassan Rouhani", "Russia", mon), V("Mohammad Javad Zarif", "Russia", mon)],
    deals=[
        Deal(["Russia", "Iran"], "memorandum", tue),
        Deal(["Russia", "Iran"], "statement", tue, signatories=["Vladimir Putin", "Hassan Rouhani"]),
        Deal(["RZD International", "Islamic Republic of Iran Railways"], "contract", tue, value=(1.2e9, "EUR")),
        Deal(["Iran"], "agreement", "2015-01-01", "year"),
        Deal(["Russia", "Iran"], "contract", None),
    ],
    pub=pub,
)

# 2. Live blog, Tehran trilateral summit ----------------------------------------------------
pub = D("2018-09-07")  # "Friday 7 September 2018 - last updated 19:20 Tehran time"
thu = check(last("Thursday", pub), "2018-09-06")
nov_last_year = check(dt.date(pub.year - 1, 11, 1), "2017-11-01")
article(
    "blind14/articles/tehran-syria-summit-live.md",
    "Live blog, newest entry first; 'today', 'this morning' and 'has just left' are the publication day, 'on "
    "Thursday' resolves back. The summit's parties are the three presidents; the foreign ministers 'seated behind "
    "their presidents' are named as present but the summit is recorded with the three leaders who held it "
    "(judgement call, the most natural reading of 'the three presidents'). Three bilaterals are recorded "
    "(Rouhani-Putin, Rouhani-Erdogan, Erdogan-Putin). Putin 'was met at the airport by' Zanganeh: being "
    "received counts as a meeting. 'Their next meeting will be held in Russia' is a planned summit of the three "
    "presidents with no date. The first two Astana-format summits (Sochi, Ankara) name no participants and are "
    "not recorded. Putin's 'previous trip was in November last year' is a visit to Iran dated 2017-11 (month). "
    "Cavusoglu, Akar and Fidan accompany Erdogan and so have visits. The joint statement was 'adopted by the "
    "three leaders': parties the three countries, no signatories. The presidents' and ministers' titles are "
    "implied from context (the list of 'the three presidents', 'the foreign ministers'), except Zanganeh "
    "('Iran's oil minister'). De Mistura is 'the United Nations envoy for Syria' (envoy of the UN).",
    [
        P("Hassan Rouhani", ["Rouhani"], [T("President", "Iran", implied=True)]),
        P("Vladimir Putin", ["Putin"], [T("President", "Russia", implied=True)]),
        P("Recep Tayyip Erdogan", ["Erdogan"], [T("President", "Turkey", implied=True)]),
        P("Mohammad Javad Zarif", [], [T("foreign minister", "Iran", implied=True)]),
        P("Sergei Lavrov", [], [T("foreign minister", "Russia", implied=True)]),
        P("Mevlut Cavusoglu", ["Cavusoglu"], [T("foreign minister", "Turkey", implied=True)]),
        P("Bijan Zanganeh", [], [T("oil minister", "Iran")]),
        P("Hulusi Akar", [], [T("Defence Minister", "Turkey", implied=True)]),
        P("Hakan Fidan", [], [T("intelligence chief", "Turkey", implied=True)]),
        P("Staffan de Mistura", [], [T("envoy", "United Nations")]),
        P("Antonio Guterres", [], [T("Secretary-General", "United Nations")]),
        P("Donald Trump", [], [T("President", "United States")]),
        P("Layla Karimi"), P("Tom Rayner"),
    ],
    ["Iran", "Russia", "Turkey", "Syria", "United States"],
    [O("United Nations", ["U.N."])],
    meetings=[
        M(["Hassan Rouhani", "Vladimir Putin", "Recep Tayyip Erdogan"], pub, place="Tehran", country="Iran"),
        M(["Hassan Rouhani", "Vladimir Putin"], pub, place="Tehran", country="Iran"),
        M(["Hassan Rouhani", "Recep Tayyip Erdogan"], pub, place="Tehran", country="Iran"),
        M(["Recep Tayyip Erdogan", "Vladimir Putin"], pub, place="Tehran", country="Iran"),
        M(["Vladimir Putin", "Bijan Zanganeh"], pub, place="Tehran", country="Iran"),
        M(["Hassan Rouhani", "Vladimir Putin", "Recep Tayyip Erdogan"], None, status="planned", country="Russia"),
        M(["Recep Tayyip Erdogan", "Donald Trump"], thu, kind="call"),
    ],
    visits=[
        V("Vladimir Putin", "Iran", pub), V("Recep Tayyip Erdogan", "Iran", pub),
        V("Mevlut Cavusoglu", "Iran", pub), V("Hulusi Akar", "Iran", pub), V("Hakan Fidan", "Iran", pub),
        V("Vladimir Putin", "Iran", nov_last_year, "month"),
    ],
    deals=[Deal(["Iran", "Russia", "Turkey"], "statement", pub)],
    pub=pub,
)

# 3. Business story, Zarubezhneft contract ---------------------------------------------------
pub = D("2018-03-14")  # "14 Mar 2018 | 17:05 MSK"
wed = check(last("Wednesday", pub), "2018-03-14")
november = check(dt.date(2017, 11, 1), "2017-11-01")  # "In November" (past, before March 2018)
july_last_year = check(dt.date(pub.year - 1, 7, 1), "2017-07-01")
article(
    "blind14/articles/zarubezhneft-iran-oil-contract.txt",
    "Business story. The contract was signed 'on Wednesday' (the publication day) 'at a ceremony in Tehran' by "
    "Kudryashov and Kardor 'in the presence of' Zanganeh: a described ceremony with three named people is a "
    "summit; Kudryashov's separate talks with Zanganeh 'beforehand' are a meeting. Kudryashov 'flew to Tehran'. "
    "Dana Energy, holding 20 percent, is recorded as a party besides Zarubezhneft and NIOC. 'In November' "
    "(before a March publication) is November 2017: Putin's 'visit to Tehran' then is a visit (month) and "
    "Rosneft's agreement with NIOC 'worth up to $30 billion' is a deal with that value. Total's $4.8 billion "
    "contract 'in July last year' is dated 2017-07 with Total, CNPC and Petropars as parties. Lukoil's studies "
    "('no contract has been signed') are not a deal; Novak's trip 'next month' is planned, not a visit. The "
    "2015 nuclear deal names no party here and is not recorded. The Iran Petroleum Contract (IPC) is a contract "
    "model, not an organisation; Shana, the oil ministry's news agency cited as a source, is one. Putin's "
    "'President' is implied.",
    [
        P("Anton Selivanov"),
        P("Sergei Kudryashov", ["Kudryashov"], [T("chief executive", "Zarubezhneft")]),
        P("Ali Kardor", [], [T("managing director", "National Iranian Oil Company")]),
        P("Bijan Zanganeh", ["Zanganeh"], [T("Oil Minister", "Iran")]),
        P("Vladimir Sidorenko", [], [T("spokesman", "Lukoil")]),
        P("Vladimir Putin", [], [T("President", "Russia", implied=True)]),
        P("Igor Sechin", [], [T("chief executive", "Rosneft")]),
        P("Patrick Pouyanne", [], [T("chief executive", "Total")]),
        P("Donald Trump", [], [T("President", "United States")]),
        P("Alexander Novak", [], [T("Energy Minister", "Russia")]),
        P("Masoud Karbasian", [], [T("Minister of Economy", "Iran")]),
    ],
    ["Iran", "Russia", "Iraq", "France", "China", "United States", "Vietnam", "Cuba"],
    [O("Zarubezhneft"), O("National Iranian Oil Company", ["NIOC"]), O("Dana Energy"), O("Shana"),
     O("Lukoil"), O("Rosneft"), O("Total"), O("CNPC"), O("Petropars")],
    meetings=[
        M(["Sergei Kudryashov", "Ali Kardor", "Bijan Zanganeh"], wed, place="Tehran", country="Iran"),
        M(["Sergei Kudryashov", "Bijan Zanganeh"], wed, place="Tehran", country="Iran"),
    ],
    visits=[V("Sergei Kudryashov", "Iran", wed), V("Vladimir Putin", "Iran", november, "month")],
    deals=[
        Deal(["Zarubezhneft", "National Iranian Oil Company", "Dana Energy"], "contract", wed,
             signatories=["Sergei Kudryashov", "Ali Kardor"], usd=742e6),
        Deal(["Rosneft", "National Iranian Oil Company"], "agreement", november, "month", usd=30e9),
        Deal(["Total", "CNPC", "Petropars"], "contract", july_last_year, "month", usd=4.8e9),
    ],
    pub=pub,
)

# 4. HTML regional outlet, Zarif's tour --------------------------------------------------------
pub = D("2021-01-27")  # <meta name="date" content="2021-01-27">, visible 27.01.2021
sun = check(last("Sunday", pub), "2021-01-24")
mon = check(last("Monday", pub), "2021-01-25")
tue = check(last("Tuesday", pub), "2021-01-26")
thu = check(next_("Thursday", pub), "2021-01-28")
fri = check(next_("Friday", pub), "2021-01-29")
article(
    "blind14/articles/zarif-caucasus-tour.html",
    "Regional-outlet page; only <main> is scored: the ticker (Zourabichvili, Kaladze), related links (Mirzoyan, "
    "Klaar, Hajiyev), newsletter editor and publisher are not in the gold. 'Arrived in Yerevan on Wednesday' is "
    "the publication day; Sunday, Monday and Tuesday resolve back; the Gakharia (Thursday) and Cavusoglu "
    "(Friday) talks are planned meetings resolved forward, and the trips to Tbilisi and Ankara are not visits. "
    "Visits: Azerbaijan (arrived Sunday), Russia ('had flown to Moscow on Monday evening'), Armenia (today). "
    "Aliyev (Monday morning) and Bayramov ('later', 'separate talks') are two meetings. Being 'received by' "
    "Pashinyan is a meeting. The Cavusoglu meeting is 'in Turkey' with no city. The January 11 meeting of Putin, "
    "Aliyev and Pashinyan in Moscow is a summit; the November 10, 2020 trilateral statement they signed is a "
    "deal. The six-nation platform 'has not yet been put into a formal document' and the nuclear deal names no "
    "party: neither is recorded. Harutyunyan is 'a former deputy foreign minister' (current false). Pashinyan's, "
    "Aliyev's, Bayramov's and Cavusoglu's titles are implied from the city/country context; Aivazian is 'his "
    "Armenian counterpart' (implied). The Minsk Group is a mediation mechanism, not an organisation.",
    [
        P("Anahit Sargsyan"),
        P("Mohammad Javad Zarif", ["Zarif"], [T("Foreign Minister", "Iran")]),
        P("Nikol Pashinyan", ["Pashinyan"], [T("Prime Minister", "Armenia", implied=True)]),
        P("Ara Aivazian", ["Aivazian"], [T("Foreign Minister", "Armenia", implied=True)]),
        P("Recep Tayyip Erdogan", [], [T("President", "Turkey")]),
        P("Sergei Lavrov", ["Lavrov"], [T("Foreign Minister", "Russia")]),
        P("Joe Biden", [], [T("President", "United States")]),
        P("Ilham Aliyev", ["Aliyev"], [T("President", "Azerbaijan", implied=True)]),
        P("Jeyhun Bayramov", [], [T("Foreign Minister", "Azerbaijan", implied=True)]),
        P("Vladimir Putin", [], [T("President", "Russia")]),
        P("Giorgi Gakharia", [], [T("Prime Minister", "Georgia")]),
        P("Mevlut Cavusoglu", [], [T("Foreign Minister", "Turkey", implied=True)]),
        P("David Zalkaliani", [], [T("Foreign Minister", "Georgia")]),
        P("Sevak Harutyunyan", [], [T("deputy foreign minister", "Armenia", current=False)]),
    ],
    ["Iran", "Armenia", "Russia", "Turkey", "Azerbaijan", "Georgia", "United States"],
    [O("Yerevan State University")],
    meetings=[
        M(["Mohammad Javad Zarif", "Nikol Pashinyan"], pub, place="Yerevan", country="Armenia"),
        M(["Mohammad Javad Zarif", "Ara Aivazian"], pub, place="Yerevan", country="Armenia"),
        M(["Mohammad Javad Zarif", "Sergei Lavrov"], tue, place="Moscow", country="Russia"),
        M(["Mohammad Javad Zarif", "Ilham Aliyev"], mon, place="Baku", country="Azerbaijan"),
        M(["Mohammad Javad Zarif", "Jeyhun Bayramov"], mon, place="Baku", country="Azerbaijan"),
        M(["Vladimir Putin", "Ilham Aliyev", "Nikol Pashinyan"], check(dt.date(pub.year, 1, 11), "2021-01-11"),
          place="Moscow", country="Russia"),
        M(["Mohammad Javad Zarif", "Giorgi Gakharia"], thu, status="planned", place="Tbilisi", country="Georgia"),
        M(["Mohammad Javad Zarif", "Mevlut Cavusoglu"], fri, status="planned", country="Turkey"),
    ],
    visits=[V("Mohammad Javad Zarif", "Armenia", pub), V("Mohammad Javad Zarif", "Russia", mon),
            V("Mohammad Javad Zarif", "Azerbaijan", sun)],
    deals=[Deal(["Russia", "Azerbaijan", "Armenia"], "statement", "2020-11-10",
                signatories=["Vladimir Putin", "Ilham Aliyev", "Nikol Pashinyan"])],
    pub=pub,
)

# 5. Official readout, 3+3 in Moscow -----------------------------------------------------------
pub = D("2021-12-10")  # "10 December 2021"; events dated explicitly ("On 10 December")
article(
    "blind14/articles/three-plus-three-moscow-readout.txt",
    "Russian foreign ministry press release; the issuing ministry in the heading is not an organisation and "
    "there are no other organisations (the JCPOA is a document, the working group a mechanism). The platform "
    "meeting of five named ministers and deputies is a summit in Moscow on 10 December; Georgia 'did not take "
    "part' and adds nobody. The bilaterals 'on the margins' (Lavrov-Amir-Abdollahian, Lavrov-Cavusoglu) and "
    "Rudenko's 'working meeting' with Kostanyan are meetings the same day. The Putin-Erdogan agreements 'reached "
    "in Sochi on 29 September 2021' imply their meeting there (recorded). The leaders' statements of '9-10 "
    "November 2020' (dated by its first day), 11 January 2021 and 26 November 2021 are three statements with "
    "the three countries as parties. 'No final document was signed'; the next meeting has no participants or "
    "date; Raisi's invitation has no date: none is recorded. No travel wording, so no visits. The three deputy "
    "prime ministers' titles map by list order ('of Armenia, Azerbaijan and Russia, Mher Grigoryan, Shahin "
    "Mustafayev and Alexei Overchuk') and are implied. 'H.E. Mr.' is an honorific.",
    [
        P("Sergey Lavrov", ["Minister Lavrov"], [T("Minister of Foreign Affairs", "Russia")]),
        P("Jeyhun Bayramov", [], [T("Minister of Foreign Affairs", "Azerbaijan")]),
        P("Hossein Amir-Abdollahian", [], [T("Minister of Foreign Affairs", "Iran")]),
        P("Mevlut Cavusoglu", [], [T("Minister of Foreign Affairs", "Turkey")]),
        P("Vahan Kostanyan", [], [T("Deputy Minister of Foreign Affairs", "Armenia")]),
        P("Ebrahim Raisi", [], [T("President", "Iran")]),
        P("Vladimir Putin", [], [T("President", "Russia")]),
        P("Recep Tayyip Erdogan", [], [T("President", "Turkey")]),
        P("Andrey Rudenko", [], [T("Deputy Minister of Foreign Affairs", "Russia")]),
        P("Mher Grigoryan", [], [T("Deputy Prime Minister", "Armenia", implied=True)]),
        P("Shahin Mustafayev", [], [T("Deputy Prime Minister", "Azerbaijan", implied=True)]),
        P("Alexei Overchuk", [], [T("Deputy Prime Minister", "Russia", implied=True)]),
    ],
    ["Russia", "Azerbaijan", "Iran", "Turkey", "Armenia", "Georgia", "Afghanistan"],
    [],
    meetings=[
        M(["Sergey Lavrov", "Jeyhun Bayramov", "Hossein Amir-Abdollahian", "Mevlut Cavusoglu", "Vahan Kostanyan"],
          pub, place="Moscow", country="Russia"),
        M(["Sergey Lavrov", "Hossein Amir-Abdollahian"], pub, place="Moscow", country="Russia"),
        M(["Sergey Lavrov", "Mevlut Cavusoglu"], pub, place="Moscow", country="Russia"),
        M(["Andrey Rudenko", "Vahan Kostanyan"], pub, place="Moscow", country="Russia"),
        M(["Vladimir Putin", "Recep Tayyip Erdogan"], "2021-09-29", place="Sochi", country="Russia"),
    ],
    deals=[
        Deal(["Azerbaijan", "Armenia", "Russia"], "statement", "2020-11-09"),
        Deal(["Azerbaijan", "Armenia", "Russia"], "statement", "2021-01-11"),
        Deal(["Azerbaijan", "Armenia", "Russia"], "statement", "2021-11-26"),
    ],
    pub=pub,
)

# 6. Analysis, no publication date ---------------------------------------------------------------
article(
    "blind14/articles/russia-iran-sanctions-analysis.txt",
    "Analysis with NO publication date: 'on Monday' (the Raisi-Putin call), 'next month' (the planned Tehran "
    "summit) and 'last year' (the leaked recording) are null. Explicit dates are kept: Lavrov landed on June "
    "22, 2022 (visit) and met Raisi 'the next morning' and Amir-Abdollahian in the afternoon (June 23); Novak "
    "'flew to Tehran, on May 25, 2022' and co-chaired the commission with Owji (meeting) and signed a memorandum "
    "with him. The interim Iran-EAEU free trade agreement 'took effect in October 2019' but its signing date is "
    "not given: date null. The 2001 treaty signed by Putin and Khatami 'in March 2001' is a treaty (month); its "
    "2020 extension does not move it, and the 'new, broader treaty' with 'no text agreed' is not a deal. The 2015 "
    "nuclear agreement names no party and is not recorded. Lavrov is 'the Russian foreign minister' in apposition "
    "(implied), Amir-Abdollahian 'his Iranian counterpart' (implied), Zarif 'the former foreign minister' "
    "(implied, former), Khatami 'then Iran's president' (former). Putin is given no title in this text. Azizi "
    "and Smagin have no title. The German Institute for International and Security Affairs (SWP) is an "
    "organisation; 'German' inside its name does not add Germany.",
    [
        P("Farhad Rezaei-Noor"),
        P("Sergei Lavrov", ["Lavrov"], [T("foreign minister", "Russia", implied=True)]),
        P("Ebrahim Raisi", ["Raisi"], [T("President", "Iran", implied=True)]),
        P("Hossein Amir-Abdollahian", [], [T("Foreign Minister", "Iran", implied=True)]),
        P("Mohammad Javad Zarif", ["Zarif"], [T("foreign minister", "Iran", current=False, implied=True)]),
        P("Alexander Novak", [], [T("Deputy Prime Minister", "Russia", implied=True)]),
        P("Javad Owji", [], [T("Oil Minister", "Iran")]),
        P("Hamidreza Azizi"),
        P("Ali Bagheri Kani", [], [T("chief negotiator", "Iran")]),
        P("Enrique Mora", [], [T("coordinator", "European Union")]),
        P("Mikhail Ulyanov", [], [T("envoy", "Russia")]),
        P("Vladimir Putin", ["Putin"]),
        P("Recep Tayyip Erdogan", [], [T("President", "Turkey")]),
        P("Mohammad Khatami", [], [T("president", "Iran", current=False)]),
        P("Nikita Smagin"),
    ],
    ["Russia", "Ukraine", "Iran", "United States", "Syria", "Turkey"],
    [O("Eurasian Economic Union"),
     O("German Institute for International and Security Affairs", ["SWP"]),
     O("European Union")],
    meetings=[
        M(["Sergei Lavrov", "Ebrahim Raisi"], "2022-06-23", place="Tehran", country="Iran"),
        M(["Sergei Lavrov", "Hossein Amir-Abdollahian"], "2022-06-23", place="Tehran", country="Iran"),
        M(["Alexander Novak", "Javad Owji"], "2022-05-25", place="Tehran", country="Iran"),
        M(["Ebrahim Raisi", "Vladimir Putin"], None, kind="call"),
        M(["Vladimir Putin", "Ebrahim Raisi", "Recep Tayyip Erdogan"], None, status="planned",
          place="Tehran", country="Iran"),
    ],
    visits=[V("Sergei Lavrov", "Iran", "2022-06-22"), V("Alexander Novak", "Iran", "2022-05-25")],
    deals=[
        Deal(["Russia", "Iran"], "memorandum", "2022-05-25", signatories=["Alexander Novak", "Javad Owji"]),
        Deal(["Iran", "Eurasian Economic Union"], "agreement", None),
        Deal(["Russia", "Iran"], "treaty", "2001-03-01", "month",
             signatories=["Vladimir Putin", "Mohammad Khatami"]),
    ],
    pub=None,
)

# 7. JSON Lines briefs -------------------------------------------------------------------------
pub = D("2016-09-10")
sat = check(last("Saturday", pub), "2016-09-10")
article(
    "blind14/articles/tehran-moscow-briefs.jsonl#1",
    "Brief dated 2016-09-10; 'on Saturday' is that day. The groundbreaking ceremony attended by Salehi and "
    "Spassky, who 'also held talks', is one meeting at Bushehr; Spassky 'flew in from Moscow'. The November 11, "
    "2014 contract is recorded with Rosatom and the AEOI as parties and its two signatories; the desalination "
    "agreement 'still being negotiated' is not a deal. Salehi is head of the AEOI and, 'also a vice president', "
    "implied Vice President of Iran. Kiriyenko is Rosatom's director general without 'then' or 'former' "
    "(current). IRNA, cited as the source, is an organisation.",
    [
        P("Ali Akbar Salehi", ["Salehi"], [T("head", "Atomic Energy Organization of Iran"),
                                            T("vice president", "Iran", implied=True)]),
        P("Nikolai Spassky", ["Spassky"], [T("deputy director general", "Rosatom")]),
        P("Sergei Kiriyenko", [], [T("director general", "Rosatom")]),
    ],
    ["Iran", "Russia"],
    [O("Atomic Energy Organization of Iran"), O("Rosatom"), O("Atomstroyexport"), O("IRNA")],
    meetings=[M(["Ali Akbar Salehi", "Nikolai Spassky"], sat, place="Bushehr", country="Iran")],
    visits=[V("Nikolai Spassky", "Iran", sat)],
    deals=[Deal(["Rosatom", "Atomic Energy Organization of Iran"], "contract", "2014-11-11",
                signatories=["Ali Akbar Salehi", "Sergei Kiriyenko"])],
    pub=pub,
)

pub = D("2021-08-18")
wed = check(last("Wednesday", pub), "2021-08-18")
next_month = check(add_months(pub, 1), "2021-09-01")
june = check(dt.date(pub.year, 6, 1), "2021-06-01")
article(
    "blind14/articles/tehran-moscow-briefs.jsonl#2",
    "Brief dated 2021-08-18; 'on Wednesday' is that day (a telephone call). Ushakov says the two presidents "
    "'were expected to hold their first face-to-face meeting' at the SCO summit in Dushanbe 'next month': a "
    "planned meeting dated 2021-09 (month), place Dushanbe, no country named (Tajikistan does not appear). "
    "Rouhani 'last spoke to Putin by telephone in June': a call dated 2021-06 (month). Rouhani is 'Raisi's "
    "predecessor' (President, implied, former); Ushakov is a 'Kremlin aide' (implied, of Russia). The Taliban "
    "and the SCO are organisations; Kabul is only a place but Afghanistan is named.",
    [
        P("Vladimir Putin", ["Putin"], [T("President", "Russia")]),
        P("Ebrahim Raisi", ["Raisi"], [T("president", "Iran")]),
        P("Yuri Ushakov", [], [T("aide", "Russia", implied=True)]),
        P("Hassan Rouhani", [], [T("President", "Iran", current=False, implied=True)]),
    ],
    ["Russia", "Iran", "Afghanistan"],
    [O("Taliban"), O("Shanghai Cooperation Organisation")],
    meetings=[
        M(["Vladimir Putin", "Ebrahim Raisi"], wed, kind="call"),
        M(["Vladimir Putin", "Ebrahim Raisi"], next_month, "month", status="planned", place="Dushanbe"),
        M(["Hassan Rouhani", "Vladimir Putin"], june, "month", kind="call"),
    ],
    pub=pub,
)

pub = D("2022-03-16")
tue = check(last("Tuesday", pub), "2022-03-15")
article(
    "blind14/articles/tehran-moscow-briefs.jsonl#3",
    "Brief dated 2022-03-16; 'arrived in Moscow on Tuesday' resolves to 2022-03-15 (visit and meeting). Bagheri "
    "Kani 'accompanied' the minister (visit). Peskov says 'no meeting ... with President Vladimir Putin was "
    "planned': not recorded. Lavrov is 'his Russian counterpart' (implied); Bagheri Kani is 'his deputy for "
    "political affairs' (implied, of Iran); Peskov's 'Kremlin spokesman' is implied. Blinken's remark 'last week' "
    "is not an event. The 2015 nuclear deal names no party. NATO is an organisation.",
    [
        P("Hossein Amir-Abdollahian", ["Amir-Abdollahian"], [T("Foreign Minister", "Iran")]),
        P("Sergei Lavrov", ["Lavrov"], [T("Foreign Minister", "Russia", implied=True)]),
        P("Antony Blinken", [], [T("Secretary of State", "United States")]),
        P("Ali Bagheri Kani", [], [T("deputy for political affairs", "Iran", implied=True)]),
        P("Dmitry Peskov", [], [T("spokesman", "Russia", implied=True)]),
        P("Vladimir Putin", [], [T("President", "Russia", implied=True)]),
    ],
    ["Iran", "Russia", "United States", "Ukraine"],
    [O("NATO")],
    meetings=[M(["Hossein Amir-Abdollahian", "Sergei Lavrov"], tue, place="Moscow", country="Russia")],
    visits=[V("Hossein Amir-Abdollahian", "Russia", tue), V("Ali Bagheri Kani", "Russia", tue)],
    pub=pub,
)

# =================================================================== Other regions

# 8. AP-style wire, Al-Ula GCC summit ------------------------------------------------------------
pub = D("2021-01-05")  # "January 5, 2021" above "AL-ULA, Saudi Arabia (AP) -"
tue = check(last("Tuesday", pub), "2021-01-05")
mon = check(last("Monday", pub), "2021-01-04")
article(
    "blind14/articles/al-ula-gulf-summit.txt",
    "AP-style wire. 'On Tuesday' is the publication day, 'on Monday' the day before (Emir Nawaf's 'separate "
    "telephone calls' with Prince Mohammed and Sheikh Tamim: two calls). The summit records the six leaders it "
    "'brought together' plus Kushner and Shoukry, who 'attended the signing' at it (eight participants). "
    "Tamim 'flew into' Al-Ula (visit to Saudi Arabia) and was 'greeted with an embrace' by the crown prince, "
    "who rode with him: a meeting. Kushner met Prince Mohammed and Sheikh Tamim 'separately': two meetings. The "
    "Al-Ula declaration is a statement signed by the six leaders and Shoukry; parties the seven countries. The "
    "13 demands are not a document signed. Tamim is 'Qatar's ruling emir' (Emir); Sheikh Mohammed bin Rashid is "
    "'UAE Prime Minister' (ruler of Dubai is not a country role); Sheikh Sabah is 'its late emir' (former). "
    "Kushner is 'the senior adviser to President Donald Trump' (implied, of the United States); Trump's "
    "'President' is implied. King Salman bin Abdulaziz is 'his father, King Salman' (King, implied). Names "
    "sharing tokens are distinct: Mohammed bin Salman / Mohammed bin Rashid / King Salman / Salman bin Hamad; "
    "Nawaf al-Ahmad / Sabah al-Ahmad / Ahmad Nasser al-Sabah. KUNA and Al Jazeera are organisations; Twitter, "
    "as a medium, is not recorded; Saudi state television is unnamed. Bylines and the contributing AP writer "
    "are persons.",
    [
        P("Samir Haddad"), P("Joanna Pike"), P("Malak Ghandour"),
        P("Tamim bin Hamad Al Thani", ["Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim"], [T("emir", "Qatar")]),
        P("Mohammed bin Salman", ["Prince Mohammed"], [T("Crown Prince", "Saudi Arabia")]),
        P("Salman bin Abdulaziz", ["King Salman bin Abdulaziz"], [T("King", "Saudi Arabia", implied=True)]),
        P("Nawaf al-Ahmad al-Sabah", ["Sheikh Nawaf al-Ahmad al-Sabah", "Emir Nawaf"], [T("Emir", "Kuwait")]),
        P("Salman bin Hamad Al Khalifa", [], [T("Crown Prince", "Bahrain")]),
        P("Mohammed bin Rashid Al Maktoum", ["Sheikh Mohammed bin Rashid Al Maktoum"],
          [T("Prime Minister", "United Arab Emirates")]),
        P("Fahd bin Mahmoud Al Said", ["Sayyid Fahd bin Mahmoud Al Said"], [T("Deputy Prime Minister", "Oman")]),
        P("Jared Kushner", ["Kushner"], [T("senior adviser", "United States", implied=True)]),
        P("Donald Trump", [], [T("President", "United States", implied=True)]),
        P("Sameh Shoukry", [], [T("Foreign Minister", "Egypt")]),
        P("Faisal bin Farhan", ["Prince Faisal bin Farhan"], [T("Foreign Minister", "Saudi Arabia")]),
        P("Ahmad Nasser al-Mohammad al-Sabah", ["Sheikh Ahmad Nasser al-Mohammad al-Sabah"],
          [T("Foreign Minister", "Kuwait")]),
        P("Sabah al-Ahmad al-Sabah", ["Sheikh Sabah al-Ahmad al-Sabah"], [T("emir", "Kuwait", current=False)]),
        P("Nayef al-Hajraf", [], [T("Secretary-General", "Gulf Cooperation Council")]),
        P("Anwar Gargash", [], [T("minister of state for foreign affairs", "United Arab Emirates")]),
    ],
    ["Saudi Arabia", "Qatar", "United States", "Kuwait", "Bahrain", "United Arab Emirates", "Oman", "Egypt",
     "Iran", "Turkey"],
    [O("Gulf Cooperation Council", ["GCC"]), O("Al Jazeera"), O("KUNA")],
    meetings=[
        M(["Mohammed bin Salman", "Tamim bin Hamad Al Thani", "Nawaf al-Ahmad al-Sabah", "Salman bin Hamad Al Khalifa",
           "Mohammed bin Rashid Al Maktoum", "Fahd bin Mahmoud Al Said", "Jared Kushner", "Sameh Shoukry"],
          tue, place="Al-Ula", country="Saudi Arabia"),
        M(["Mohammed bin Salman", "Tamim bin Hamad Al Thani"], tue, place="Al-Ula", country="Saudi Arabia"),
        M(["Jared Kushner", "Mohammed bin Salman"], tue, place="Al-Ula", country="Saudi Arabia"),
        M(["Jared Kushner", "Tamim bin Hamad Al Thani"], tue, place="Al-Ula", country="Saudi Arabia"),
        M(["Nawaf al-Ahmad al-Sabah", "Mohammed bin Salman"], mon, kind="call"),
        M(["Nawaf al-Ahmad al-Sabah", "Tamim bin Hamad Al Thani"], mon, kind="call"),
    ],
    visits=[V("Tamim bin Hamad Al Thani", "Saudi Arabia", tue)],
    deals=[Deal(["Saudi Arabia", "Qatar", "Kuwait", "Bahrain", "United Arab Emirates", "Oman", "Egypt"],
                "statement", tue,
                signatories=["Mohammed bin Salman", "Tamim bin Hamad Al Thani", "Nawaf al-Ahmad al-Sabah",
                             "Salman bin Hamad Al Khalifa", "Mohammed bin Rashid Al Maktoum",
                             "Fahd bin Mahmoud Al Said", "Sameh Shoukry"])],
    pub=pub,
)

# 9. Regional outlet, Cartagena signing --------------------------------------------------------------
pub = D("2016-09-27")  # "Tuesday, 27 September 2016"
mon = check(last("Monday", pub), "2016-09-26")
june23 = check(dt.date(pub.year, 6, 23), "2016-06-23")
article(
    "blind14/articles/cartagena-peace-signing.txt",
    "Regional outlet. The signing 'on Monday evening' (2016-09-26) is a described ceremony: a summit of everyone "
    "the text names as taking part (Santos, Londoño, Ban, Castro, Kerry, Macri, Bachelet, Peña Nieto, Juan "
    "Carlos, and the two chief negotiators who 'sat in the front row'); 'some fifteen heads of state' add only "
    "those named; Uribe 'did not attend'. Kerry's talks with Santos and Ban's brief meeting with Londoño are "
    "separate meetings. Kerry 'arrived in Cartagena' and Ban 'flew in from New York': visits to Colombia. The "
    "Havana ceasefire 'on June 23' (publication year) is a signed agreement; its ceremony, 'attended by Castro "
    "and Ban' and 'witnessed by' Brende, is a summit in Havana, Cuba. The $390 million is aid sought, not a "
    "deal; the ELN talks 'have not yet started'; the plebiscite is not a meeting. Macri, Bachelet and Peña "
    "Nieto are given only as 'heads of state' with a country possessive (implied). Juan Carlos is 'the "
    "country's former monarch' (King of Spain, former). Uribe is 'former President' (implied, former) and 'now a "
    "senator' (implied). De la Calle is 'the government's chief negotiator' and Márquez 'his FARC counterpart' "
    "(both implied). Timochenko is an alias of Rodrigo Londoño. The U.N. General Assembly is a UN body "
    "(organisation). The outlet is not an organisation; the byline and the additional reporter are persons.",
    [
        P("María Fernanda Ospina"), P("Camilo Restrepo"),
        P("Juan Manuel Santos", ["Santos"], [T("President", "Colombia", implied=True)]),
        P("Rodrigo Londoño", ["Timochenko", "Londoño"], [T("commander", "Revolutionary Armed Forces of Colombia")]),
        P("Ban Ki-moon", ["Ban"], [T("Secretary-General", "United Nations")]),
        P("Raúl Castro", ["Castro"], [T("President", "Cuba")]),
        P("John Kerry", ["Kerry"], [T("Secretary of State", "United States")]),
        P("Mauricio Macri", [], [T("head of state", "Argentina", implied=True)]),
        P("Michelle Bachelet", [], [T("head of state", "Chile", implied=True)]),
        P("Enrique Peña Nieto", [], [T("head of state", "Mexico", implied=True)]),
        P("Juan Carlos", ["King Juan Carlos"], [T("King", "Spain", current=False)]),
        P("Børge Brende", [], [T("Foreign Minister", "Norway")]),
        P("Álvaro Uribe", ["Uribe"], [T("President", "Colombia", current=False, implied=True),
                                      T("senator", "Colombia", implied=True)]),
        P("Humberto de la Calle", ["De la Calle"], [T("chief negotiator", "Colombia", implied=True)]),
        P("Iván Márquez", [], [T("chief negotiator", "Revolutionary Armed Forces of Colombia", implied=True)]),
    ],
    ["Colombia", "Cuba", "United States", "Argentina", "Chile", "Mexico", "Spain", "Norway", "Venezuela"],
    [O("Revolutionary Armed Forces of Colombia", ["FARC"]), O("United Nations", ["U.N."]),
     O("Colombian Air Force"), O("State Department"),
     O("U.N. General Assembly"),
     O("National Liberation Army", ["ELN"])],
    meetings=[
        M(["Juan Manuel Santos", "Rodrigo Londoño", "Ban Ki-moon", "Raúl Castro", "John Kerry", "Mauricio Macri",
           "Michelle Bachelet", "Enrique Peña Nieto", "Juan Carlos", "Humberto de la Calle", "Iván Márquez"],
          mon, place="Cartagena", country="Colombia"),
        M(["John Kerry", "Juan Manuel Santos"], mon, place="Cartagena", country="Colombia"),
        M(["Ban Ki-moon", "Rodrigo Londoño"], mon, place="Cartagena", country="Colombia"),
        M(["Juan Manuel Santos", "Rodrigo Londoño", "Raúl Castro", "Ban Ki-moon", "Børge Brende"], june23,
          place="Havana", country="Cuba"),
    ],
    visits=[V("John Kerry", "Colombia", mon), V("Ban Ki-moon", "Colombia", mon)],
    deals=[
        Deal(["Colombia", "Revolutionary Armed Forces of Colombia"], "agreement", mon,
             signatories=["Juan Manuel Santos", "Rodrigo Londoño"]),
        Deal(["Colombia", "Revolutionary Armed Forces of Colombia"], "agreement", june23,
             signatories=["Juan Manuel Santos", "Rodrigo Londoño"]),
    ],
    pub=pub,
)

# 10. Regional outlet, Abiy in Asmara -------------------------------------------------------------
pub = D("2018-07-09")  # "Monday, July 9, 2018 - 21:10 EAT"
mon = check(last("Monday", pub), "2018-07-09")
sun = check(last("Sunday", pub), "2018-07-08")
tue = check(next_("Tuesday", pub), "2018-07-10")
article(
    "blind14/articles/abiy-asmara-peace-declaration.txt",
    "Regional outlet. Abiy 'flew into Asmara on Sunday' (visit to Eritrea, 2018-07-08), with his chief of staff "
    "and foreign minister in the delegation he headed (visits too). Isaias met him on the tarmac and they 'held "
    "talks the same afternoon': one meeting on Sunday in Asmara; the Monday signing is not described as talks. "
    "The Joint Declaration of Peace and Friendship (Monday) is a statement signed by both leaders. The Algiers "
    "agreement of 'December 2000' is a signed agreement between the two countries (month). On June 26 Eritrea "
    "sent Osman Saleh and Yemane Gebreab to Addis Ababa (visits to Ethiopia) and Abiy 'received the two envoys' "
    "(three people: a summit). Guterres 'is on a visit to Ethiopia' (present: the publication date); his "
    "meeting with Abiy 'on Tuesday' is planned. Isaias's return visit 'in the coming weeks' is planned, not "
    "recorded. Isaias's 'President', Fitsum's 'chief of staff', Workneh's 'Foreign Minister' and Gebreab's "
    "'senior adviser' are implied; Meles Zenawi was prime minister 'at the time' (former). Yemane Gebremeskel "
    "and Yemane Gebreab are distinct. The boundary commission is unnamed; Twitter, as a medium, is not recorded.",
    [
        P("Abiy Ahmed", ["Abiy"], [T("Prime Minister", "Ethiopia")]),
        P("Isaias Afwerki", ["Isaias"], [T("President", "Eritrea", implied=True)]),
        P("Fitsum Arega", [], [T("chief of staff", "Ethiopia", implied=True)]),
        P("Workneh Gebeyehu", [], [T("Foreign Minister", "Ethiopia", implied=True)]),
        P("Yemane Gebremeskel", [], [T("Information Minister", "Eritrea")]),
        P("Tewolde GebreMariam", [], [T("chief executive", "Ethiopian Airlines")]),
        P("Meles Zenawi", [], [T("prime minister", "Ethiopia", current=False)]),
        P("Osman Saleh", [], [T("Foreign Minister", "Eritrea")]),
        P("Yemane Gebreab", [], [T("senior adviser", "Eritrea", implied=True)]),
        P("Antonio Guterres", ["Guterres"], [T("Secretary-General", "United Nations")]),
        P("Selam Tesfaye"), P("Daniel Berhane"),
    ],
    ["Ethiopia", "Eritrea"],
    [O("Ethiopian Airlines"), O("Eritrean Airlines"), O("United Nations", ["U.N."])],
    meetings=[
        M(["Abiy Ahmed", "Isaias Afwerki"], sun, place="Asmara", country="Eritrea"),
        M(["Abiy Ahmed", "Osman Saleh", "Yemane Gebreab"], check(dt.date(pub.year, 6, 26), "2018-06-26"),
          place="Addis Ababa", country="Ethiopia"),
        M(["Antonio Guterres", "Abiy Ahmed"], tue, status="planned", place="Addis Ababa", country="Ethiopia"),
    ],
    visits=[
        V("Abiy Ahmed", "Eritrea", sun), V("Fitsum Arega", "Eritrea", sun), V("Workneh Gebeyehu", "Eritrea", sun),
        V("Osman Saleh", "Ethiopia", "2018-06-26"), V("Yemane Gebreab", "Ethiopia", "2018-06-26"),
        V("Antonio Guterres", "Ethiopia", pub),
    ],
    deals=[
        Deal(["Ethiopia", "Eritrea"], "statement", mon, signatories=["Abiy Ahmed", "Isaias Afwerki"]),
        Deal(["Ethiopia", "Eritrea"], "agreement", "2000-12-01", "month"),
    ],
    pub=pub,
)

# 11. Markdown business story, Leviathan-Tamar gas to Egypt ------------------------------------------
pub = D("2018-02-19")  # "Published: 2018-02-19T18:30Z"
mon = check(last("Monday", pub), "2018-02-19")
article(
    "blind14/articles/leviathan-egypt-gas-export.md",
    "Business story in Markdown. The partners 'said on Monday that they had signed two contracts' with "
    "Dolphinus: one deal (a pair signed together), kind contract, $15 billion, dated Monday (the publication "
    "day). The $10 billion Jordan deal 'in September 2016' is an agreement with NEPCO, with the Leviathan "
    "partners (Delek Drilling, Noble Energy) as parties. The '1979 peace treaty' with Egypt is a treaty (year); "
    "'made peace' alone is not a document. The EMG stake ('no agreement has been reached') and the Aphrodite "
    "supply talks ('without result') are not deals. Share moves are not values. No meetings or visits. "
    "Netanyahu, Steinitz and El Molla hold implied titles (country from context). The bylines, the additional "
    "reporter and the editor are persons; the 'Markets desk' is not.",
    [
        P("Noa Ben-Ami"), P("Karim Mansour"), P("Dana Levi"), P("Marcus Reid"),
        P("Yossi Abu", ["Abu"], [T("chief executive", "Delek Drilling")]),
        P("Benjamin Netanyahu", [], [T("Prime Minister", "Israel", implied=True)]),
        P("Yuval Steinitz", [], [T("Energy Minister", "Israel", implied=True)]),
        P("Tarek El Molla", [], [T("Petroleum Minister", "Egypt", implied=True)]),
        P("Alaa Arafa", [], [T("chairman", "Dolphinus Holdings")]),
        P("Abdel Fattah el-Sisi", [], [T("President", "Egypt")]),
        P("Claudio Descalzi", [], [T("chief executive", "Eni")]),
        P("David Stover", [], [T("chief executive", "Noble Energy")]),
    ],
    ["Israel", "Egypt", "United States", "Italy", "Jordan", "Cyprus"],
    [O("Delek Drilling"), O("Noble Energy"), O("Dolphinus Holdings", ["Dolphinus"]),
     O("East Mediterranean Gas Co", ["EMG"]), O("Eni"), O("National Electric Power Company", ["NEPCO"]),
     O("Ratio Oil Exploration")],
    deals=[
        Deal(["Delek Drilling", "Noble Energy", "Dolphinus Holdings"], "contract", mon, usd=15e9),
        Deal(["National Electric Power Company", "Delek Drilling", "Noble Energy"], "agreement", "2016-09-01",
             "month", usd=10e9),
        Deal(["Egypt", "Israel"], "treaty", "1979-01-01", "year"),
    ],
    pub=pub,
)

# 12. Third-person interview, Ebrard ----------------------------------------------------------------
pub = D("2024-11-23")  # "November 23, 2024"
nov7 = check(dt.date(pub.year, 11, 7), "2024-11-07")
article(
    "blind14/articles/ebrard-interview-trade-talks.txt",
    "Third-person interview. Ebrard was 'Mexico's then foreign minister' (former) and is 'Economy Secretary in "
    "the government of President Claudia Sheinbaum' (implied). The June 5, 2019 session with Pence and Pompeo "
    "'at the State Department' is a three-person summit (place Washington from the text's 'three tense days in "
    "Washington'); 'two days later' he signed a joint declaration (2019-06-07, statement, parties Mexico and the "
    "United States). His days in Washington carry no travel wording, so no 2019 visit. López Obrador 'made his "
    "first trip abroad ... to Washington, on July 8, 2020' (visit) and held talks with Trump at the White House "
    "(meeting) and signed a joint declaration with him. USMCA, signed by Trump, Trudeau and Peña Nieto on "
    "November 30, 2018, is an agreement; the signing alone is not a meeting. The Sheinbaum-Trump call 'on "
    "November 7' takes the publication year. A 'likely' second call with 'no date set' is not recorded; the "
    "planned meeting with Lutnick 'soon after the inauguration' is recorded as planned with a null date. "
    "Alstom's 36.5 billion peso contract 'in 2021' is MXN (no valueUsd), year precision. Tariff threats are "
    "not deals. The G20 is a forum; the White House is not an organisation. Trump's, Pence's and Pompeo's titles "
    "are as the text gives them for 2019-2020 (implied, not marked former: the text does not say 'then'). The "
    "interview itself is not a meeting.",
    [
        P("Lucía Garza Villaseñor"),
        P("Marcelo Ebrard", ["Ebrard"], [T("foreign minister", "Mexico", current=False),
                                         T("Economy Secretary", "Mexico", implied=True)]),
        P("Donald Trump", ["Trump"], [T("President", "United States", implied=True)]),
        P("Claudia Sheinbaum", ["Sheinbaum"], [T("President", "Mexico", implied=True)]),
        P("Mike Pence", [], [T("Vice President", "United States", implied=True)]),
        P("Mike Pompeo", [], [T("Secretary of State", "United States", implied=True)]),
        P("Andrés Manuel López Obrador", ["López Obrador"], [T("president", "Mexico", current=False, implied=True)]),
        P("Justin Trudeau", ["Trudeau"], [T("prime minister", "Canada")]),
        P("Enrique Peña Nieto", [], [T("president", "Mexico", current=False)]),
        P("Howard Lutnick", [], [T("commerce secretary", "United States", implied=True)]),
    ],
    ["Mexico", "United States", "Canada", "China", "France"],
    [O("State Department"), O("National Guard"), O("BYD"), O("Alstom")],
    meetings=[
        M(["Marcelo Ebrard", "Mike Pence", "Mike Pompeo"], "2019-06-05", place="Washington",
          country="United States"),
        M(["Andrés Manuel López Obrador", "Donald Trump"], "2020-07-08", place="Washington",
          country="United States"),
        M(["Claudia Sheinbaum", "Donald Trump"], nov7, kind="call"),
        M(["Marcelo Ebrard", "Howard Lutnick"], None, status="planned", place="Washington",
          country="United States"),
    ],
    visits=[V("Andrés Manuel López Obrador", "United States", "2020-07-08")],
    deals=[
        Deal(["Mexico", "United States"], "statement", "2019-06-07", signatories=["Marcelo Ebrard"]),
        Deal(["Mexico", "United States"], "statement", "2020-07-08",
             signatories=["Andrés Manuel López Obrador", "Donald Trump"]),
        Deal(["United States", "Mexico", "Canada"], "agreement", "2018-11-30",
             signatories=["Donald Trump", "Justin Trudeau", "Enrique Peña Nieto"]),
        Deal(["Alstom"], "contract", "2021-01-01", "year", value=(36.5e9, "MXN")),
    ],
    pub=pub,
)

# 13. AFP wire, Khartoum; only the dateline carries the date ------------------------------------------
pub = D("2019-08-17")  # "KHARTOUM, Aug 17, 2019 (AFP) -"
sat = check(last("Saturday", pub), "2019-08-17")
article(
    "blind14/articles/khartoum-constitutional-declaration.txt",
    "AFP copy whose only date is the dateline. The constitutional declaration 'on Saturday' (the publication "
    "day) is a signed declaration (statement) between the Transitional Military Council and the Forces for "
    "Freedom and Change, signed by Dagalo and Rabie. The ceremony is a summit of the people named at it: Dagalo, "
    "Rabie, Abiy, Kiir, Madbouly, Faki, Lebatt and Burhan (who 'sat beside Abiy'); 'ministers and envoys from "
    "Gulf and Western states' and the unnamed Saudi, Emirati and Qatari representatives add nobody. Abiy 'flew "
    "into Khartoum', 'as did' Kiir and Madbouly: three visits to Sudan. The July 17 political agreement is a "
    "deal (publication year); the talks that led to it name only the mediators and are not recorded. Hamdok's "
    "arrival 'on Tuesday' is planned and not a visit; his expected appointment gives no title. The $3 billion "
    "is aid pledged, not a deal. Bashir is the ousted 'longtime president' (implied, former). Burhan is 'the "
    "head of the military council' (implied: the council by coreference); 'General' is a rank. Dagalo 'commands' the RSF (a verb, no title); Sisi "
    "'chairs' the AU (a verb). Abdel Fattah al-Burhan and Abdel Fattah al-Sisi are distinct. 'bur-ek/jm' are "
    "desk initials, not persons.",
    [
        P("Omar al-Bashir", ["Bashir"], [T("president", "Sudan", current=False, implied=True)]),
        P("Mohamed Hamdan Dagalo", ["Dagalo", "Hemeti"], [T("deputy head", "Transitional Military Council")]),
        P("Ahmed al-Rabie", ["Rabie"], [T("representative", "Forces for Freedom and Change")]),
        P("Abiy Ahmed", ["Abiy"], [T("Prime Minister", "Ethiopia")]),
        P("Salva Kiir", [], [T("President", "South Sudan")]),
        P("Mostafa Madbouly", ["Madbouly"], [T("Prime Minister", "Egypt")]),
        P("Moussa Faki Mahamat", [], [T("chairman", "African Union Commission")]),
        P("Mohamed El Hacen Lebatt", ["Lebatt"], [T("envoy", "African Union")]),
        P("Abdel Fattah al-Burhan", ["Burhan"], [T("head", "Transitional Military Council", implied=True)]),
        P("Abdalla Hamdok"),
        P("Mahmoud Dirir", [], [T("envoy", "Ethiopia")]),
        P("Abdel Fattah al-Sisi", [], [T("President", "Egypt")]),
    ],
    ["Sudan", "Ethiopia", "South Sudan", "Egypt", "Saudi Arabia", "United Arab Emirates", "Qatar"],
    [O("Transitional Military Council"), O("Forces for Freedom and Change"), O("Rapid Support Forces"),
     O("African Union", ["AU"]), O("African Union Commission"), O("International Criminal Court"),
     O("UN")],
    meetings=[
        M(["Mohamed Hamdan Dagalo", "Ahmed al-Rabie", "Abiy Ahmed", "Salva Kiir", "Mostafa Madbouly",
           "Moussa Faki Mahamat", "Mohamed El Hacen Lebatt", "Abdel Fattah al-Burhan"], sat,
          place="Khartoum", country="Sudan"),
    ],
    visits=[V("Abiy Ahmed", "Sudan", sat), V("Salva Kiir", "Sudan", sat), V("Mostafa Madbouly", "Sudan", sat)],
    deals=[
        Deal(["Transitional Military Council", "Forces for Freedom and Change"], "statement", sat,
             signatories=["Mohamed Hamdan Dagalo", "Ahmed al-Rabie"]),
        Deal(["Transitional Military Council", "Forces for Freedom and Change"], "agreement",
             check(dt.date(pub.year, 7, 17), "2019-07-17"),
             signatories=["Mohamed Hamdan Dagalo", "Ahmed al-Rabie"]),
    ],
    pub=pub,
)

# 14. HTML page, Negev summit -------------------------------------------------------------------------
pub = D("2022-03-28")  # <meta name="date" content="2022-03-28">, visible "March 28, 2022, 17:45"
sat = check(last("Saturday", pub), "2022-03-26")
sun = check(last("Sunday", pub), "2022-03-27")
mon = check(last("Monday", pub), "2022-03-28")
wed = check(next_("Wednesday", pub), "2022-03-30")
article(
    "blind14/articles/negev-summit-sde-boker.html",
    "HTML page; only <main> is scored: the breaking line (Mohammed bin Zayed, Assad, Safadi), most-read list "
    "(Mohammed bin Abdulrahman, Erdogan, Herzog, Mikati), newsletter author and editor-in-chief are not in the "
    "gold. The 'two-day meeting ... that ended on Monday' is a six-minister summit dated by its first day "
    "(Sunday, 2022-03-27) at Sde Boker, Israel. 'No joint statement was issued': no deal for the summit. Blinken "
    "'arrived in Israel on Saturday night' (visit); the four Arab ministers 'flew into Israel on Sunday' (four "
    "visits); Abdullah bin Zayed 'had already been to Israel in 2021' (visit, year). Blinken met Abbas in "
    "Ramallah (no country named for the place), Bennett in Jerusalem and Lapid at the foreign ministry (Sunday); "
    "King Abdullah II met Abbas in Ramallah on Monday. Blinken's talks with 'King Mohammed VI's government' name "
    "no person; his meeting with Tebboune 'on Wednesday' is planned; his flight to Morocco is planned. The "
    "Abraham Accords, 'signed ... with Israel in 2020' by 'three of the Arab governments' (not named in that "
    "sentence), are recorded as an agreement with Israel as the named party (year). 'Made peace' in 1979/1994 "
    "names no document. Zayani, Bourita and Shoukry are given as 'Bahrain's', 'Morocco's', 'Egypt's' among "
    "Lapid's counterparts (Foreign Minister, implied). Ben-Gurion was 'Israel's founding prime minister' "
    "(former). Khatibzadeh is 'Iran's foreign ministry spokesman' (spokesman of Iran). No organisations: the "
    "foreign ministry is lower case and generic.",
    [
        P("Daniel Aharoni"), P("Reem Khalil"),
        P("Yair Lapid", ["Lapid"], [T("Foreign Minister", "Israel")]),
        P("Antony Blinken", ["Blinken"], [T("Secretary of State", "United States")]),
        P("Abdullah bin Zayed Al Nahyan", ["Sheikh Abdullah bin Zayed Al Nahyan", "Abdullah bin Zayed"],
          [T("Foreign Minister", "United Arab Emirates")]),
        P("Abdullatif al-Zayani", [], [T("Foreign Minister", "Bahrain", implied=True)]),
        P("Nasser Bourita", ["Bourita"], [T("Foreign Minister", "Morocco", implied=True)]),
        P("Sameh Shoukry", ["Shoukry"], [T("Foreign Minister", "Egypt", implied=True)]),
        P("David Ben-Gurion", [], [T("prime minister", "Israel", current=False)]),
        P("Abdullah II", ["King Abdullah II"], [T("King", "Jordan", implied=True)]),
        P("Mahmoud Abbas", ["Abbas"], [T("President", "Palestine")]),
        P("Naftali Bennett", ["Bennett"], [T("Prime Minister", "Israel")]),
        P("Mohammed VI", ["King Mohammed VI"], [T("King", "Morocco", implied=True)]),
        P("Abdelmadjid Tebboune", [], [T("President", "Algeria", implied=True)]),
        P("Saeed Khatibzadeh", [], [T("spokesman", "Iran")]),
    ],
    ["Israel", "United States", "United Arab Emirates", "Bahrain", "Morocco", "Egypt", "Iran", "Ukraine", "Jordan",
     "Palestine", "Algeria"],
    [],
    meetings=[
        M(["Yair Lapid", "Antony Blinken", "Abdullah bin Zayed Al Nahyan", "Abdullatif al-Zayani", "Nasser Bourita",
           "Sameh Shoukry"], sun, place="Sde Boker", country="Israel"),
        M(["Abdullah II", "Mahmoud Abbas"], mon, place="Ramallah"),
        M(["Antony Blinken", "Mahmoud Abbas"], sun, place="Ramallah"),
        M(["Antony Blinken", "Naftali Bennett"], sun, place="Jerusalem", country="Israel"),
        M(["Antony Blinken", "Yair Lapid"], sun, place="Jerusalem", country="Israel"),
        M(["Antony Blinken", "Abdelmadjid Tebboune"], wed, status="planned", country="Algeria"),
    ],
    visits=[
        V("Antony Blinken", "Israel", sat),
        V("Abdullah bin Zayed Al Nahyan", "Israel", sun), V("Abdullatif al-Zayani", "Israel", sun),
        V("Nasser Bourita", "Israel", sun), V("Sameh Shoukry", "Israel", sun),
        V("Abdullah bin Zayed Al Nahyan", "Israel", "2021-01-01", "year"),
    ],
    deals=[Deal(["Israel"], "agreement", "2020-01-01", "year")],
    pub=pub,
)

# 15. Weekly roundup ---------------------------------------------------------------------------------
pub = D("2023-08-26")  # "Week ending Saturday, 26 August 2023"
mon = check(last("Monday", pub), "2023-08-21")
tue = check(last("Tuesday", pub), "2023-08-22")
wed = check(last("Wednesday", pub), "2023-08-23")
thu = check(last("Thursday", pub), "2023-08-24")
fri = check(last("Friday", pub), "2023-08-25")
next_mon = check(next_("Monday", pub), "2023-08-28")
article(
    "blind14/articles/week-in-diplomacy-aug-26.txt",
    "Weekly roundup published Saturday 26 August 2023; weekdays resolve back within the week, 'due to meet on "
    "Monday' (Giammattei-Arévalo) forward to 2023-08-28. The BRICS summit 'from Tuesday to Thursday' is dated "
    "by its first day, with Ramaphosa, Lula, Xi, Modi and Lavrov; Putin 'stayed away' and sent a recorded "
    "speech (not a participant). The Johannesburg II Declaration adopted 'on Thursday' is a statement (BRICS "
    "and the five member countries). Modi and Xi's 'brief conversation' on the sidelines is a meeting. Xi "
    "'arrived in South Africa on Monday' (visit) and held talks with Ramaphosa in Pretoria on Tuesday; the "
    "'package of agreements' is one deal (South Africa, China), and the two items singled out in it (Transnet's "
    "2.3 billion rand contract with CRRC, ZAR; the CDB-Eskom loan agreement, no value) are recorded separately. "
    "Lula 'flew ... to Angola on Friday' (visit), was 'received by' Lourenço (meeting) and they signed a "
    "memorandum; his São Tomé stop is planned (São Tomé is only a place). Abubakar 'flew to Niamey on August 19' "
    "and met Tiani (visit, meeting). Blinken 'spoke by phone' with Arévalo on Wednesday (call). Modi, Arévalo, "
    "González, Noboa, Villavicencio and Tiani are given no title word ('leaders', 'candidate', 'businessman', "
    "'the leader of the junta' of an unnamed junta); Sandra Torres's 'former first lady' is not an office. "
    "Lula's, Xi's, Putin's, Lourenço's, Giammattei's and Porras's titles are implied; Rousseff ('former Brazilian "
    "president'), Abubakar ('former head of state') and Correa ('former president') are former. The NDB is "
    "'chaired by' Rousseff (a verb, no title). BRICS, the ICC, the NDB, CPLP, ECOWAS, the French Foreign "
    "Ministry, Semilla and Citizen Revolution are organisations; the Union Buildings and the convention centre "
    "are places. The compilers are persons.",
    [
        P("Grace Mwangi"), P("Tomás Reyes"),
        P("Cyril Ramaphosa", ["Ramaphosa"], [T("President", "South Africa")]),
        P("Luiz Inácio Lula da Silva", ["Lula"], [T("President", "Brazil", implied=True)]),
        P("Xi Jinping", ["Xi"], [T("President", "China", implied=True)]),
        P("Narendra Modi", ["Modi"]),
        P("Sergei Lavrov", [], [T("Foreign Minister", "Russia")]),
        P("Vladimir Putin", [], [T("President", "Russia", implied=True)]),
        P("Dilma Rousseff", [], [T("president", "Brazil", current=False)]),
        P("Vinay Kwatra", [], [T("Foreign Secretary", "India")]),
        P("João Lourenço", [], [T("President", "Angola", implied=True)]),
        P("Abdulsalami Abubakar", [], [T("head of state", "Nigeria", current=False)]),
        P("Abdourahamane Tiani", ["Tiani"]),
        P("Bola Tinubu", [], [T("President", "Nigeria")]),
        P("Sylvain Itté", [], [T("ambassador", "France")]),
        P("Bernardo Arévalo", ["Arévalo"]),
        P("Sandra Torres"),
        P("Antony Blinken", [], [T("Secretary of State", "United States")]),
        P("Alejandro Giammattei", [], [T("President", "Guatemala", implied=True)]),
        P("Consuelo Porras", [], [T("Attorney General", "Guatemala", implied=True)]),
        P("Luisa González"),
        P("Rafael Correa", [], [T("president", "Ecuador", current=False, implied=True)]),
        P("Daniel Noboa"),
        P("Fernando Villavicencio"),
    ],
    ["South Africa", "Brazil", "China", "India", "Russia", "Argentina", "Egypt", "Ethiopia", "Iran",
     "Saudi Arabia", "United Arab Emirates", "Angola", "Nigeria", "Niger", "France", "Guatemala",
     "United States", "Ecuador"],
    [O("BRICS"), O("International Criminal Court"), O("New Development Bank"), O("Transnet"), O("CRRC"),
     O("China Development Bank"), O("Eskom"),
     O("Community of Portuguese Language Countries", ["CPLP"]),
     O("Economic Community of West African States", ["ECOWAS"]), O("French Foreign Ministry"),
     O("Semilla"), O("Citizen Revolution")],
    meetings=[
        M(["Cyril Ramaphosa", "Luiz Inácio Lula da Silva", "Xi Jinping", "Narendra Modi", "Sergei Lavrov"], tue,
          place="Johannesburg", country="South Africa"),
        M(["Narendra Modi", "Xi Jinping"], wed, place="Johannesburg", country="South Africa"),
        M(["Xi Jinping", "Cyril Ramaphosa"], tue, place="Pretoria", country="South Africa"),
        M(["Luiz Inácio Lula da Silva", "João Lourenço"], fri, place="Luanda", country="Angola"),
        M(["Abdulsalami Abubakar", "Abdourahamane Tiani"], check(dt.date(pub.year, 8, 19), "2023-08-19"),
          place="Niamey", country="Niger"),
        M(["Antony Blinken", "Bernardo Arévalo"], wed, kind="call"),
        M(["Alejandro Giammattei", "Bernardo Arévalo"], next_mon, status="planned"),
    ],
    visits=[V("Xi Jinping", "South Africa", mon), V("Luiz Inácio Lula da Silva", "Angola", fri),
            V("Abdulsalami Abubakar", "Niger", "2023-08-19")],
    deals=[
        Deal(["BRICS", "South Africa", "Brazil", "China", "India", "Russia"], "statement", thu),
        Deal(["South Africa", "China"], "agreement", tue),
        Deal(["Transnet", "CRRC"], "contract", tue, value=(2.3e9, "ZAR")),
        Deal(["China Development Bank", "Eskom"], "agreement", tue),
        Deal(["Brazil", "Angola"], "memorandum", fri,
             signatories=["Luiz Inácio Lula da Silva", "João Lourenço"]),
    ],
    pub=pub,
)


# =================================================================== checks and output

CHROME_NOT_IN_GOLD = {
    "zarif-caucasus-tour.html": ["Zourabichvili", "Kaladze", "Mirzoyan", "Klaar", "Hajiyev", "Kiknadze",
                                 "Hakobyan"],
    "negev-summit-sde-boker.html": ["Mohammed bin Zayed", "Assad", "Safadi", "Mohammed bin Abdulrahman",
                                    "Herzog", "Mikati", "Hannah Weiss", "Omar Farouk", "Erdogan"],
}


def scored_text(file: str) -> tuple[str, dt.date | None]:
    """The text the gold is checked against, and the date the file itself declares (if any)."""
    rel = file.removeprefix("blind14/articles/")
    name, _, rec = rel.partition("#")
    raw = (ART / name).read_text(encoding="utf-8")
    if name.endswith(".jsonl"):
        lines = [json.loads(line) for line in raw.splitlines() if line.strip()]
        r = lines[int(rec) - 1]
        return r["title"] + "\n" + r["text"], D(r["date"])
    if name.endswith(".html"):
        meta = re.search(r'<meta name="date" content="([0-9-]+)">', raw)
        main = re.search(r"<main>(.*?)</main>", raw, re.S)
        assert main, file
        body = html.unescape(re.sub(r"<[^>]+>", " ", main.group(1)))
        for word in CHROME_NOT_IN_GOLD.get(name, []):
            assert word not in body, (file, word)
            assert word in html.unescape(raw), (file, word, "chrome name should be present outside <main>")
        return body, D(meta.group(1)) if meta else None
    return raw, None


def main() -> None:
    out = []
    for a in ARTICLES:
        text, declared = scored_text(a["file"])
        pub = a.pop("_pub")
        if declared is not None:
            assert declared == pub, (a["file"], declared, pub)
        for p in a["persons"]:
            for form in [p["name"], *p["aliases"]]:  # the scorer compares names without case
                assert form.casefold() in text.casefold(), (a["file"], "person form not in text", form)
        for o in a["organizations"]:
            for form in [o["name"], *o["aliases"]]:
                assert form.casefold() in text.casefold(), (a["file"], "organisation form not in text", form)
        out.append(a)
    # files on disk and in the gold agree
    on_disk = set()
    for f in ART.iterdir():
        if f.suffix == ".jsonl":
            n = sum(1 for line in f.read_text(encoding="utf-8").splitlines() if line.strip())
            on_disk |= {f"blind14/articles/{f.name}#{i}" for i in range(1, n + 1)}
        else:
            on_disk.add(f"blind14/articles/{f.name}")
    assert on_disk == {a["file"] for a in out}, on_disk ^ {a["file"] for a in out}

    (ROOT / "gold.json").write_text(json.dumps({"articles": out}, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")

    c = Counter()
    kinds, mkinds, prec = Counter(), Counter(), Counter()
    for a in out:
        c["persons"] += len(a["persons"])
        c["titles"] += sum(len(p["titles"]) for p in a["persons"])
        c["implied"] += sum(t["implied"] for p in a["persons"] for t in p["titles"])
        c["former"] += sum(not t["current"] for p in a["persons"] for t in p["titles"])
        c["countries"] += len(a["countries"])
        c["organizations"] += len(a["organizations"])
        c["meetings"] += len(a["meetings"])
        c["visits"] += len(a["visits"])
        c["deals"] += len(a["deals"])
        for m in a["meetings"]:
            mkinds[(m["status"], m["kind"])] += 1
        for d in a["deals"]:
            kinds[d["kind"]] += 1
        for e in [*a["meetings"], *a["visits"], *a["deals"]]:
            prec[e["datePrecision"] or "null"] += 1
    facts = sum(c[k] for k in ("persons", "titles", "countries", "organizations", "meetings", "visits", "deals"))
    print(f"{len(list(ART.iterdir()))} files, {len(out)} gold articles")
    print(", ".join(f"{k} {v}" for k, v in c.items()))
    print("meetings by status/kind:", dict(mkinds))
    print("deals by kind:", dict(kinds))
    print("event date precision:", dict(prec))
    print("facts in all:", facts)


if __name__ == "__main__":
    main()
