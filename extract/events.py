"""Meetings, calls, visits and deals from the dependency parse of each sentence.

Triggers follow PLOVER's CONSULT category (meet, hold talks, telephone, visit) and agreement
verbs (sign); the readers are in extract/meetings.py, extract/visits.py and extract/deals.py.
This module walks the sentences in order, keeping what each needs from those before it (who
"he" and "they" are, the last deal's parties), and merges what several sentences say of one event.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Span

from extract import coref
from extract.companions import find_companions
from extract.deals import deal_antecedent, fill_deal, find_deals, named_documents
from extract.event_context import SentenceContext, listed_before, mentions_at, place_of_event
from extract.facts import DealFact, MeetingFact, VisitFact, When
from extract.meetings import CALL_CUES, find_meetings, merge_meetings
from extract.mentions import Mention
from extract.syntax import conjuncts
from extract.visits import find_visits, unique_visits
from extract.whereabouts import place_meetings


def extract_events(
    sents: Iterable[Span],
    mentions: list[Mention],
    published: dt.date | None,
    filed_in: str | None = None,
    filed_at: tuple[str, str] | None = None,
) -> tuple[list[MeetingFact], list[VisitFact], list[DealFact]]:
    """The meetings, visits and deals the sentences state; ``filed_in`` is the dateline's country and
    ``filed_at`` its city with that country, when the gazetteer knows the city."""
    meetings: list[tuple[int, MeetingFact]] = []
    fragments: list[tuple[int, MeetingFact]] = []
    visits: list[tuple[int, VisitFact]] = []
    deals: list[tuple[DealFact, bool, bool]] = []
    issued_at: dict[int, MeetingFact] = {}
    sents = list(sents)
    references = coref.resolve(sents, mentions)
    cues = [CALL_CUES.search(s.text) is not None or re.search(r"\bcalls?\b", s.text) is not None for s in sents]
    ordered = sorted(mentions, key=lambda m: m.start)
    first = 0
    last_group: list[Mention] = []
    last_place: str | None = None  # the country the sentence before took place in
    documents: dict[str, list[str]] = {}  # documents named with their parties, by kind
    for n, sent in enumerate(sents):
        while first < len(ordered) and ordered[first].start < sent.start:
            first += 1
        last = first
        while last < len(ordered) and ordered[last].start < sent.end:
            last += 1
        nearby = any(cues[k] for k in (n - 1, n + 1) if 0 <= k < len(sents))
        ctx = SentenceContext(
            sent, ordered[first:last], published, ordered[:first], calls_nearby=nearby,
            references=references,
            last_group=last_group, filed_in=filed_in,
            last_deal_parties=deals[-1][0].parties if deals else [], named_documents=dict(documents),
            recent_trip=last_place or _main_trip([v for _, v in visits]),
        )  # fmt: skip
        for meeting in find_meetings(ctx):
            (meetings if len(meeting.participants) >= 2 else fragments).append((n, meeting))
        visits.extend((n, v) for v in find_visits(ctx))
        visits.extend((n, v) for v in find_companions(ctx, [v for _, v in visits]))
        signings: list[MeetingFact] = []
        found_deals = find_deals(ctx, signings)
        here = [m for k, m in meetings if k == n]
        for deal, _, _ in found_deals:
            if deal.kind == "statement" and deal.when is None and len(here) == 1:
                issued_at[id(deal)] = here[0]  # "held talks and afterwards issued a joint statement"
            elif deal.when is None and _AFTER_THE_TALKS.search(sent.text):
                talks = _talks_before(meetings, n)  # "After the talks, the two presidents signed ..."
                if talks is not None:
                    issued_at[id(deal)] = talks
        deals.extend(found_deals)
        documents.update(named_documents(ctx))
        # "A and B signed it at a meeting hosted by C": the signing is the meeting the sentence states
        for signing in signings:
            told = next((m for m in here if set(signing.participants) <= set(m.participants)), None)
            if told is None:
                meetings.append((n, signing))
            elif told.place is None:  # "signed in Astrakhan in the presence of A and B, who held talks"
                told.place, told.country = signing.place, signing.country
        last_group = _group_after(ctx, meetings, n) or last_group
        # "Ministers met in Qingdao on Wednesday. Belousov, who had flown in on Tuesday, ...": there
        last_place = place_of_event(ctx, [sent.root])[1]
    place_meetings(meetings, visits, filed_at, published)
    merged = merge_meetings(meetings, fragments)
    unique = unique_visits([v for _, v in visits])
    deal_facts: list[DealFact] = []
    for deal, during_meeting, anaphoric in deals:
        if id(deal) in issued_at:
            deal.when = _meeting_date(issued_at[id(deal)], merged)  # the day of the meeting it was issued at
        earlier_deal = deal_antecedent(deal, deal_facts) if anaphoric else None
        if earlier_deal is not None:
            fill_deal(earlier_deal, deal)
            continue
        if during_meeting and len(merged) == 1:
            deal.signedAtMeeting = 0
        deal_facts.append(deal)
    return merged, unique, deal_facts


#: A signing dated by the meeting it followed or was part of: "After the talks", "in front of them".
_AFTER_THE_TALKS = re.compile(
    r"\b(?:(?:after|following|at the (?:end|close|conclusion) of) the (?:talks|meeting|negotiations)"
    r"|in (?:the presence of|front of) (?:them|the (?:two|three) (?:leaders|presidents|prime ministers)))\b",
    re.IGNORECASE,
)  # also "signed in the presence of the two presidents", "in front of them": at the meeting just told
#: How many sentences back "the talks" may have been stated.
_TALKS_REACH = 4


def _main_trip(visits: list[VisitFact]) -> str | None:
    """The country the trips told so far went to most (the first told of those)."""
    counts = Counter(v.country for v in visits)
    return max((v.country for v in visits), key=counts.__getitem__, default=None)


def _talks_before(meetings: list[tuple[int, MeetingFact]], n: int) -> MeetingFact | None:
    """The talks "after the talks" means: the last held and dated meeting stated just before, or in, sentence n."""
    near = [m for k, m in meetings if n - _TALKS_REACH <= k <= n and m.status == "held"]
    return near[-1] if near and near[-1].when is not None else None


def _group_after(ctx: SentenceContext, meetings: list[tuple[int, MeetingFact]], n: int) -> list[Mention]:
    """Who "they" are after this sentence: its coordinated subjects ("A and B are due in Tokyo for a
    summit with C. They then fly on to Beijing"), else the people of a meeting it states."""
    subjects: list[Mention] = []
    for tok in ctx.sent:
        if tok.dep_ in ("nsubj", "nsubjpass") and len(subjects) < 2 and tok.i in ctx.by_token:  # named, not "the two"
            subjects = mentions_at(ctx, conjuncts(tok), ("Person",))
            subjects += [m for p in list(subjects) for m in listed_before(ctx, p) if m not in subjects]
    found = [m for k, m in meetings if k == n]
    if found:
        keys = found[-1].participants
        if len(subjects) >= 2 and {m.key for m in subjects} < set(keys):
            return subjects  # they who travel to the summit, not their host
        people = {p.key: p for p in [*ctx.mentions, *ctx.by_token.values()] if p.label == "Person"}
        return [people[k] for k in keys if k in people]
    return subjects if len(subjects) >= 2 else []


def _meeting_date(meeting: MeetingFact, merged: list[MeetingFact]) -> When | None:
    """The date of a held meeting: its own, else that of the one merged meeting of its people."""
    if meeting.status != "held":
        return None
    if meeting.when is not None:
        return meeting.when
    same = [m for m in merged if set(m.participants) == set(meeting.participants) and m.status == "held"]
    return same[0].when if len(same) == 1 else None
