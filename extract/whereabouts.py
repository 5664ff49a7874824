"""Where people are: a meeting whose place is not stated takes the city a participant had travelled to.

News states a trip once and the meetings of the trip after it: "Eslami flew to Moscow on Wednesday.
On Thursday he held talks with Likhachev." The meeting was in Moscow, though its sentence does not
say so. A held meeting with no city (or only a venue the gazetteer cannot place, "the Great Hall of
the People") takes the destination of its participants' latest trip stated in the same sentence or
the few before, when that trip is not dated after the meeting, its sentence states no other trip of
theirs, and the participants' trips agree.
A meeting still without a place then takes that of another meeting the same day that one of its
people was at ("On the sidelines, Lavrov met Mirzoyan" after "the ministers met in Tehran"), else the
dateline's city when it happened in the three days before publication: a wire filed from "MINSK"
about talks of the day before reports talks in Minsk.
Calls and planned meetings are left alone: a call has no shared place, and a plan may change.
"""

from __future__ import annotations

import datetime as dt

from extract.facts import MeetingFact, VisitFact

#: How many sentences back a trip still says where its traveller is.
REACH = 3


#: How many days before publication a meeting may be and still be where the story was filed.
FILED_REACH = 3


def place_meetings(
    meetings: list[tuple[int, MeetingFact]],
    visits: list[tuple[int, VisitFact]],
    filed_at: tuple[str, str] | None = None,
    published: dt.date | None = None,
) -> None:
    """Fill the place and country of the meetings (sentence index, fact) from the trips (index, fact),
    the other meetings of the day and the dateline's (city, country) ``filed_at``."""
    unplaced = [(n, m) for n, m in meetings if m.kind != "call" and m.status == "held" and not (m.place and m.country)]
    for n, meeting in unplaced:
        found = {_whereabouts(person, n, meeting, visits) for person in meeting.participants}
        found.discard(None)
        if len(found) == 1:
            meeting.place, meeting.country = found.pop()
    told = [m for _, m in meetings]
    for n, meeting in unplaced:
        if meeting.place is None:
            _same_day(meeting, told)
        if meeting.place is None and filed_at and _filed_after(meeting, published):
            trips = [v for _, v in visits if v.person in meeting.participants]
            away = _elsewhere(n, meetings, visits, filed_at[1]) or _travelled_elsewhere(meeting, trips, filed_at[1])
            if meeting.country in (None, filed_at[1]) and not away:
                meeting.place, meeting.country = filed_at


def _same_day(meeting: MeetingFact, meetings: list[MeetingFact]) -> None:
    """The place of the other held meetings on the meeting's day that share one of its people, if one."""
    when = meeting.when
    if when is None or when.precision != "day":
        return
    places = {
        (m.place, m.country)
        for m in meetings
        if m is not meeting and m.place and m.country and m.kind != "call" and m.status == "held"
        and m.when is not None and m.when.precision == "day" and m.when.date == when.date
        and set(m.participants) & set(meeting.participants)
    }  # fmt: skip
    if len(places) == 1 and meeting.country in (None, next(iter(places))[1]):
        meeting.place, meeting.country = places.pop()


def _elsewhere(
    n: int, meetings: list[tuple[int, MeetingFact]], visits: list[tuple[int, VisitFact]], country: str
) -> bool:
    """The story's last place before sentence ``n`` (a trip or a meeting with its country, a few sentences
    back) is in another country than ``country``: a story filed from "MINSK" tells of talks in Yerevan
    on the way ("In Yerevan, Pezeshkian held talks with Pashinyan. On Tuesday he met Khachaturyan")."""
    told = [(k, e.country) for k, e in [*meetings, *visits] if e.country and 0 <= n - k <= REACH]
    return bool(told) and max(told, key=lambda t: t[0])[1] != country


def _travelled_elsewhere(meeting: MeetingFact, trips: list[VisitFact], country: str) -> bool:
    """A participant's last trip by the meeting's day, or an undated one, went to another country than
    ``country`` ("SEOUL (AP) - Lavrov held talks with Choe ... Lavrov arrived in Wonsan on Friday")."""
    if any(v.when is None and v.country != country for v in trips):
        return True
    assert meeting.when is not None
    by_then = [v for v in trips if v.when is not None and v.when.date <= meeting.when.date]
    return bool(by_then) and max(by_then, key=lambda v: v.when.date).country != country


def _filed_after(meeting: MeetingFact, published: dt.date | None) -> bool:
    """The meeting was in the few days before the story was filed."""
    if meeting.when is None or published is None or meeting.when.precision != "day":
        return False
    return 0 <= (published - meeting.when.date).days <= FILED_REACH


def _whereabouts(
    person: str, n: int, meeting: MeetingFact, visits: list[tuple[int, VisitFact]]
) -> tuple[str, str] | None:
    """The city and country of ``person``'s latest trip before the meeting, or None."""
    trips = [
        (k, v) for k, v in visits if v.person == person and 0 <= n - k <= REACH and v.place and not _after(v, meeting)
    ]
    if not trips:
        return None
    latest = [v for k, v in trips if k == trips[-1][0]]
    if all(v.when is not None for v in latest):
        latest = [max(latest, key=lambda v: v.when.date)]  # "flew to Moscow on May 8 and landed in Beijing on May 10"
    # "flew to Beijing and met Xi, three days after a trip to Moscow": two trips in one sentence, and
    # nothing says which the meeting was on
    places = {(v.place, v.country) for v in latest}
    return places.pop() if len(places) == 1 else None


def _after(visit: VisitFact, meeting: MeetingFact) -> bool:
    """The trip is dated after the meeting ("talks there with Putin on May 9, landed in Beijing on May 10")."""
    return visit.when is not None and meeting.when is not None and visit.when.date > meeting.when.date
