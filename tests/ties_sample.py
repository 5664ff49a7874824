"""A small graph of ties between Russia, Iran and the USA, for the viz, timeline and saved-query tests.

Written through ``GraphStore.write`` so that the tests read it back the way the commands do.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from graph.model import Article, Country, Deal, Meeting, Node, Organization, Person, Relationship
from graph.stores.base import GraphStore

HOSTILE = '</script><script>window.pwned = true</script><img src=x onerror="window.pwned=true">'

A1 = Article(key="article:a1", name="Putin in Tehran", title="Putin in Tehran", path="/news/a1.txt",
             published=dt.date(2022, 7, 20))  # fmt: skip
A2 = Article(key="article:a2", name="A call", title="Putin calls Raisi", url="https://example.org/a2",
             published=dt.date(2019, 6, 3))  # fmt: skip
PUTIN = Person(key="person:vladimir-putin", name="Vladimir Putin", aliases=["Putin"], titles=["President"])
RAISI = Person(key="person:ebrahim-raisi", name="Ebrahim Raisi", aliases=["Raisi"])
KHAMENEI = Person(key="person:ali-khamenei", name="Ali Khamenei", aliases=["Khamenei"])
BIDEN = Person(key="person:joe-biden", name="Joe Biden", aliases=["Biden"])
RUS = Country(key="country:RUS", name="Russia", aliases=["Russian Federation"], iso3="RUS")
IRN = Country(key="country:IRN", name="Iran", aliases=["Islamic Republic of Iran"], iso3="IRN")
USA = Country(key="country:USA", name="United States", aliases=["US"], iso3="USA")
GAZPROM = Organization(key="org:gazprom", name="Gazprom", kind="company")
NIOC = Organization(key="org:nioc", name="National Iranian Oil Company", aliases=["NIOC"], kind="company")
M1 = Meeting(key="meeting:m1", name="Putin meets Khamenei", title="Putin meets Khamenei in Tehran",
             date=dt.date(2022, 7, 19), datePrecision="day", place="Tehran")  # fmt: skip
M2 = Meeting(key="meeting:m2", name="Putin calls Raisi", title="Putin calls Raisi", kind="call",
             date=dt.date(2019, 6, 1), datePrecision="month")  # fmt: skip
D1 = Deal(key="deal:d1", name="Gas deal", title="gas field development", valueUsd=40e9, valueText="$ 40 billion",
          date=dt.date(2022, 7, 19), datePrecision="day")  # fmt: skip
NODES: list[Node] = [A1, A2, PUTIN, RAISI, KHAMENEI, BIDEN, RUS, IRN, USA, GAZPROM, NIOC, M1, M2, D1]

TEHRAN = "Putin met Khamenei in Tehran on July 19."
GAS = "Gazprom and NIOC signed a $40 billion gas deal."
CALL = "Putin spoke with Raisi by telephone in June."


TEHRAN_DAY = dt.date(2022, 7, 19)


def _rel(rel_type: str, start: Node, end: Node, **properties: Any) -> Relationship:
    shape = {"type": rel_type, "start": start.key, "startLabel": start.label, "end": end.key, "endLabel": end.label}
    return Relationship.model_validate({"confidence": 0.9, **shape, **properties})


def _day(day: dt.date, **more: Any) -> dict[str, Any]:
    return {"date": day, "datePrecision": "day", "dateSource": "explicit", **more}


RELATIONSHIPS: list[Relationship] = [
    _rel("HOLDS_ROLE", PUTIN, RUS, title="President", source=A1.key, evidence="Russian President Vladimir Putin"),
    _rel("HOLDS_ROLE", RAISI, IRN, title="President", source=A2.key, evidence="Iranian President Ebrahim Raisi"),
    _rel("HOLDS_ROLE", KHAMENEI, IRN, title="Supreme Leader", source=A1.key, evidence="Supreme Leader Khamenei"),
    _rel("HOLDS_ROLE", BIDEN, USA, title="President", source=A1.key, evidence="US President Joe Biden"),
    _rel("BASED_IN", GAZPROM, RUS, source=A1.key, evidence=GAS),
    _rel("BASED_IN", NIOC, IRN, source=A1.key, evidence=GAS),
    _rel("ATTENDED", PUTIN, M1, source=A1.key, evidence=TEHRAN),
    _rel("ATTENDED", KHAMENEI, M1, source=A1.key, evidence=TEHRAN),
    _rel("HELD_IN", M1, IRN, source=A1.key, evidence=TEHRAN),
    _rel("MET", PUTIN, KHAMENEI, meeting=M1.key, place="Tehran", source=A1.key, evidence=TEHRAN, **_day(TEHRAN_DAY)),
    _rel("ATTENDED", PUTIN, M2, source=A2.key, evidence=CALL),
    _rel("ATTENDED", RAISI, M2, source=A2.key, evidence=CALL),
    _rel("PARTY_TO", GAZPROM, D1, source=A1.key, evidence=GAS),
    _rel("PARTY_TO", NIOC, D1, source=A1.key, evidence=GAS),
    _rel("SIGNED_AT", D1, M1, source=A1.key, evidence=GAS),
    _rel("VISITED", PUTIN, IRN, source=A1.key, evidence="Putin arrived in Tehran.", **_day(dt.date(2022, 7, 19))),
    _rel("MET", BIDEN, PUTIN, place="Geneva", source=A2.key, evidence=HOSTILE, **_day(dt.date(2021, 6, 16))),
    _rel("MENTIONS", A1, PUTIN, count=3, source=A1.key),
    _rel("REPORTS", A1, M1, source=A1.key),
]


def write_ties(store: GraphStore) -> None:
    store.write(NODES, RELATIONSHIPS)
