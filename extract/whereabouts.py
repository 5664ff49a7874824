"""Where people are: a meeting whose place is not stated takes the city a participant had travelled to.

News states a trip once and the meetings of the trip after it: "Eslami flew to Moscow on Wednesday.
On Thursday he held talks with Likhachev." The meeting was in Moscow, though its sentence does not
say so. A held meeting with no city (or only a venue the gazetteer cannot place, "the Great Hall of
the People") takes the destination of its participants' latest trip stated in the same sentence or
the few before, when that trip is not dated after the meeting, its sentence states no other trip of
theirs, and the participants' trips agree.
Calls and planned meetings are left alone: a call has no shared place, and a plan may change.
"""

from __future__ import annotations

from extract.facts import MeetingFact, VisitFact

#: How many sentences back a trip still says where its traveller is.
REACH = 3


def place_meetings(meetings: list[tuple[int, MeetingFact]], visits: list[tuple[int, VisitFact]]) -> None:
    """Fill the place and country of the meetings (sentence index, fact) from the trips (index, fact)."""
    for n, meeting in meetings:
        if meeting.kind == "call" or meeting.status != "held" or (meeting.place and meeting.country):
            continue
        found = {_whereabouts(person, n, meeting, visits) for person in meeting.participants}
        found.discard(None)
        if len(found) == 1:
            meeting.place, meeting.country = found.pop()


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
