"""Typed output of extraction: what one article states, before entities are resolved against the store.

Entities are referred to by provisional keys (``person:vladimir-putin``, ``country:RUS``); the
resolver may map a provisional key to an existing node ("Putin" → the Vladimir Putin already stored).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from graph.model import Article, DatePrecision, DateSource, DealStatus, MeetingKind, MeetingStatus, OrgKind

EntityLabel = Literal["Person", "Country", "Organization"]


class Fact(BaseModel):
    model_config = ConfigDict(extra="forbid")


class When(Fact):
    """An event date with how it was known; absent (None) when the text does not support one."""

    date: dt.date
    precision: DatePrecision
    source: DateSource


class EntityFact(Fact):
    key: str
    label: EntityLabel
    name: str
    aliases: list[str] = Field(default_factory=list)
    titles: list[str] = Field(default_factory=list)
    iso3: str | None = None
    kind: OrgKind | None = None
    count: int = 0
    weak: bool = Field(
        default=False,
        description="a lone surname with no title, honorific or fuller form in the article: kept only when "
        "the resolver already knows the person, since NER's lone PERSON guesses are often companies",
    )


class Evidence(Fact):
    evidence: str
    confidence: float = Field(ge=0, le=1)


class RoleFact(Evidence):
    person: str
    title: str
    target: str
    current: bool = True


class BasedInFact(Evidence):
    org: str
    country: str


class MeetingFact(Evidence):
    kind: MeetingKind = "meeting"
    status: MeetingStatus = "held"
    participants: list[str]
    place: str | None = None
    country: str | None = None
    when: When | None = None
    durationMinutes: int | None = None
    title: str
    refersBack: bool = Field(
        default=False, description='named as "the meeting", "the talks": may be one stated just before'
    )


class VisitFact(Evidence):
    person: str
    country: str
    place: str | None = Field(default=None, description="the city the trip went to, when the text names one")
    when: When | None = None


class DealFact(Evidence):
    parties: list[str]
    title: str
    kind: str = "agreement"
    valueUsd: float | None = None
    valueText: str | None = None
    valueAmount: float | None = None
    valueCurrency: str | None = None
    sector: str | None = None
    status: DealStatus = "signed"
    when: When | None = None
    signedAtMeeting: int | None = Field(default=None, description="index into ArticleFacts.meetings")


class ArticleFacts(Fact):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)
    article: Article
    entities: list[EntityFact] = Field(default_factory=list)
    roles: list[RoleFact] = Field(default_factory=list)
    basedIn: list[BasedInFact] = Field(default_factory=list)
    meetings: list[MeetingFact] = Field(default_factory=list)
    visits: list[VisitFact] = Field(default_factory=list)
    deals: list[DealFact] = Field(default_factory=list)
