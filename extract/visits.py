"""Visits: a person's trip to a country that happened ("visited", "arrived in", "his visit to").

A planned trip is not a visit (a VISITED edge says the trip took place); a trip with no
destination named ("flew in on Monday") ends where the sentence's other arrivals or its clause
place it, or else where the story was filed, its dateline's country (who went along is in
extract/companions.py).
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from extract import dates, gazetteer
from extract.event_context import (
    SentenceContext,
    after_publication,
    event_date,
    mentions_at,
    place_of_event,
    single_date,
    time_frame,
)
from extract.facts import VisitFact, When
from extract.mentions import Mention
from extract.syntax import (
    called_off,
    governing_verb,
    is_planned,
    modality,
    objects_of,
    prep_objects,
    prep_objects_of,
    present_tense,
    subjects_of,
)

VISIT_VERBS = frozenset({"visit", "tour"})


ARRIVE_VERBS = frozenset({"land", "arrive", "travel", "fly", "go", "come", "cross", "flee"})
_TO = frozenset({"in", "at", "to", "into"})
#: The prepositions that lead to where each arrival verb went ("landed in", "flew to", "crossed into").
_ARRIVAL_PREPS = {"travel": _TO, "fly": _TO, "go": _TO, "come": _TO, "flee": _TO, "cross": frozenset({"into"})}
#: Parts of a state: "Azerbaijan's Jabrayil district" is in Azerbaijan (but "Russia's air base" in Syria is not).
_STATE_PARTS = frozenset({"district", "province", "region", "city", "town", "village", "capital"})


VISIT_NOUNS = frozenset({"visit", "trip", "tour", "stay", "arrival", "journey"})


#: Verbs that set one event beside another (their tense is the comparison's, not the trip's).
_RELATING_VERBS = frozenset({"follow", "come", "precede", "build", "mark", "echo", "mirror", "recall"})


def find_visits(ctx: SentenceContext) -> list[VisitFact]:
    """Trips that happened: "visited Iran", "arrived in Tehran", "flew to Delhi", "his visit to
    Moscow", "a visit to Tehran by X", "the first leader to travel to Seoul"; a trip with no
    destination ("Abiy flew in on Wednesday") ends where the sentence's other traveller went, or
    where its clause took place, or where the story was filed (its dateline)."""
    out: list[VisitFact] = []
    unplaced: list[tuple[Token, Token | None, list[Mention]]] = []
    for tok in ctx.sent:
        stops: list[Token] = []
        if tok.pos_ == "VERB" and tok.lemma_ in VISIT_VERBS:
            targets = objects_of(tok)
            visitors = subjects_of(tok)
        elif tok.pos_ == "VERB" and tok.lemma_ in ARRIVE_VERBS:
            targets = prep_objects(tok, _ARRIVAL_PREPS.get(tok.lemma_, {"in", "at"}))
            # "landed at King Khalid International Airport in Riyadh": in Riyadh; "flew into Moscow's
            # Vnukovo airport": Moscow
            facilities = [t for t in targets if t.lemma_.lower() in _FACILITIES]
            targets += [o for t in facilities for o in prep_objects(t, {"in"})]
            targets += [
                c
                for t in facilities
                for c in t.children
                if c.dep_ in ("poss", "compound") and (m := ctx.by_token.get(c.i)) is not None and m.iso3
            ]  # not "Haneda airport", which names no town
            visitors = subjects_of(tok)
            if tok.dep_ == "relcl" and any(c.lower_ == "where" for c in tok.children):
                targets = [*targets, tok.head]  # "marked the occasion in Moscow, where he had arrived on Wednesday"
            # "travelled to Kyiv, where they met Poroshenko on February 5, and to Moscow the next day"
            stops = _more_stops(tok) if targets and tok.lemma_ in _ARRIVAL_PREPS else []
        elif tok.pos_ == "VERB" and tok.lemma_ == "take" and any(s.lemma_ in VISIT_NOUNS for s in subjects_of(tok)):
            # "journeys that took him to China on May 16 and to Belarus on May 23"
            targets = [
                o for p in tok.subtree if p.lower_ == "to" and p.dep_ in ("prep", "conj") for o in prep_objects_of(p)
            ]
            visitors = objects_of(tok)
        elif _visit_noun(tok):
            targets = prep_objects(tok, {"to", "in"})
            made = [c for c in tok.children if c.dep_ in ("relcl", "acl") and c.lemma_ in ("make", "pay")]
            targets += [t for c in made for t in prep_objects(c, {"to"})]  # "a visit Yoon made to Tokyo"
            if tok.dep_ == "dobj" and tok.head.lemma_ in ("make", "pay"):
                targets += prep_objects(tok.head, {"to"})  # "made trips to Pretoria": the parse hangs "to" on "made"
                stops = _more_stops(tok.head) if targets else []
            visitors = _visit_noun_visitors(tok)
        else:
            continue
        verb = tok if tok.pos_ == "VERB" else governing_verb(tok)
        if is_planned(verb) or modality(verb) is not None or _not_made(tok, verb):
            continue  # a VISITED edge says the trip happened: "will travel to Russia" is not one yet
        if tok.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            visitors = _copula_subject(tok) or visitors  # "Kishida became the first Japanese leader to travel to Seoul"
        visitors = [_rider(v) for v in visitors]
        people = mentions_at(ctx, visitors + _led_by(visitors), ("Person",))
        if tok.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            # nearer than a subject borrowed from afar; but "flew to Istanbul, where he met Erdogan, and
            # travelled on to Tehran": a coordinated verb's subject is its first verb's, not Erdogan
            shared = tok.dep_ == "conj" and bool(people) and any(c.dep_ == "cc" for c in tok.head.children)
            people = people if shared else _person_just_before(ctx, tok) or people
        # "visited Russia's Hmeimim air base" is a visit to a base, not to Russia; "the Iranian capital" is Iran
        untagged = _untagged_cities(ctx, targets)
        targets = [t for t in targets if t.i in ctx.by_token or t.lemma_ in _STATE_PARTS]
        places = mentions_at(ctx, targets, ("Country", "Place")) or _the_city(ctx, targets) or untagged
        countries = [f"country:{m.iso3}" for m in places if m.iso3]
        city = next((m.name for m in places if m.label == "Place" and m.iso3), None)
        if not countries and not targets and tok.pos_ != "VERB" and tok.head.lower_ == "during" and verb is not None:
            # "signed in Jakarta during a visit by Parly": the visit was to where the signing took place
            town, where = place_of_event(ctx, [verb])
            countries = [where] if where else []
            states = {m.name for m in ctx.mentions if m.label == "Country"}
            city = town if where and town not in states else None
        if not countries and people and _unplaced_arrival(ctx, tok, targets):
            unplaced.append((tok, verb, people))
            continue
        if not people or not countries:
            continue
        found = _visits(ctx, tok, verb, people, countries, city)
        before = _span_date(ctx, ctx.sent.start, tok.i) if stops else None  # "On Wednesday he flew to A and on to B"
        if stops and tok.pos_ == "VERB":  # the first stop is dated by its own words only, before the next
            when = _span_date(ctx, tok.i, min(t.head.i for t in stops)) or before
            found = [v.model_copy(update={"when": when}) for v in found]
        out.extend(found)
        out.extend(_later_stops(ctx, stops, people, before))
    for tok, verb, people in unplaced:
        countries = _unplaced_destination(ctx, tok, out)
        if countries:
            out.extend(_visits(ctx, tok, verb, people, countries, None))
    return out


#: Nouns whose infinitive tells a trip not (yet) made: "renewed his invitation for Putin to visit Tehran".
_UNMADE = frozenset({"invitation", "offer", "plan", "plans", "proposal", "request", "bid", "wish", "chance"})


def _not_made(tok: Token, verb: Token | None) -> bool:
    """A trip the text says was not made: "no visit to Iran was being prepared", "called off his trip",
    "an invitation for Putin to visit Tehran"."""
    if present_tense(tok) and any(c.lower_ in ("then", "next", "later") for c in tok.children):
        return True  # "They then fly on to Beijing for a summit": the schedule's next leg, not made yet
    if tok.pos_ != "VERB":
        return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) or called_off(verb)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    return infinitive and tok.dep_ in ("acl", "relcl", "advcl") and tok.head.lower_ in _UNMADE


def _visits(
    ctx: SentenceContext, tok: Token, verb: Token | None, people: list[Mention], countries: list[str], city: str | None
) -> list[VisitFact]:
    """The visits a travel word tells, dated by the phrases of its clause."""
    anchors = {t.i for t in (tok, verb) if t is not None} | (time_frame(ctx, verb) if verb is not None else set())
    made = [c.i for c in tok.children if c.dep_ in ("relcl", "acl") and c.lemma_ in ("make", "pay")]
    if tok.pos_ != "VERB" and made:
        anchors = {tok.i, *made}  # "Sunday's summit returned a visit Yoon made in March": March
    # "on Thursday he travels on to Abu Dhabi"; a heading's present tense tells the past
    # "It also follows the state visit by X from July 8 to 10": the verb relates it, it tells no tense
    relates = tok.pos_ != "VERB" and verb is not None and verb.lemma_ in _RELATING_VERBS
    when = event_date(ctx, anchors, planned=present_tense(verb) and not ctx.is_heading and not relates)
    if len(set(countries)) > 1 and tok.lemma_ == "take":
        when = None  # "took him to China on May 16 and to Belarus on May 23": whose date is whose is not read
    if tok.pos_ != "VERB" and verb is not None and verb.lemma_ in _ENDING_VERBS:
        # "ended a two-day visit on Monday" began on Sunday; with no length, when it began is not told
        when = _first_day(tok, when)
    if after_publication(ctx, when):
        return []  # "his visit to Washington starting on April 29", in a March story, is yet to come
    return [
        VisitFact(
            person=person.key,
            country=country,
            place=city if len(set(countries)) == 1 else None,
            when=when,
            evidence=ctx.evidence,
            confidence=0.8 if tok.pos_ == "VERB" else 0.65,
        )
        for person in people
        for country in dict.fromkeys(countries)
    ]


def _untagged_cities(ctx: SentenceContext, targets: list[Token]) -> list[Mention]:
    """ "flew to Belém" where NER tagged nothing: a well-known city's name as the destination."""
    found = []
    for t in targets:
        if t.i in ctx.by_token or t.pos_ != "PROPN" or not t.text[:1].isupper():
            continue
        words = [c for c in t.children if c.dep_ == "compound" and c.i < t.i] + [t]
        name = ctx.sent.doc[words[0].i : t.i + 1].text
        iso3 = gazetteer.city_country(name)
        if iso3:
            found.append(Mention(words[0].i, t.i + 1, "Place", name, name, iso3=iso3))
    return found


#: Verbs whose subject made the visit they tell of: "his trip began", "made a visit".
_FRAMING_VERBS = frozenset({"be", "begin", "start", "make"})

#: Verbs that end a visit: their date is the last day of it ("wrapped up his visit on Monday").
_ENDING_VERBS = frozenset({"end", "conclude", "wrap", "finish", "complete", "close", "cut"})

#: How far back "the city" looks for the city it names, in tokens.
_CITY_REACH = 80


def _the_city(ctx: SentenceContext, targets: list[Token]) -> list[Mention]:
    """ "had arrived in the city on Thursday": the city named last, just before (a demonym's "the
    Iranian capital" names its state itself)."""
    if not any(t.lemma_ == "city" and any(c.lower_ == "the" for c in t.children) for t in targets):
        return []
    first = min(t.i for t in targets)
    named = [
        m
        for m in [*ctx.earlier, *ctx.mentions]
        if m.label == "Place" and m.iso3 and first - _CITY_REACH < m.start < first
    ]
    return named[-1:]


#: Nouns for a part of a trip: "at the start of a visit", "on the first day of his tour".
_PHASES = frozenset({"start", "beginning", "end", "course", "part", "day", "leg", "stage", "outset"})


_LENGTH = re.compile(r"^(two|three|four|five|six|seven|[2-7])-day$")
_LENGTHS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _first_day(noun: Token, last: When | None) -> When | None:
    """The first day of a visit of stated length ("a two-day visit") that ended on day ``last``."""
    length = next((m for c in noun.children if (m := _LENGTH.match(_hyphenated(c))) is not None), None)
    if last is None or last.precision != "day" or length is None:
        return None
    days = int(length.group(1)) if length.group(1).isdigit() else _LENGTHS[length.group(1)]
    return last.model_copy(update={"date": last.date - dt.timedelta(days=days - 1)})


def _hyphenated(tok: Token) -> str:
    """ "two-day" as one string, however the tokenizer split it ("two", "-", "day")."""
    words = [t for t in tok.subtree if t.i <= tok.i]
    return "".join(t.lower_ for t in words) if len(words) <= 3 else tok.lower_


def _visit_noun(tok: Token) -> bool:
    """ "visit", "trips"; also "a State Visit", which readouts capitalise and the parse takes for a name."""
    if tok.pos_ == "PROPN":
        return tok.lower_ in VISIT_NOUNS and not tok.ent_type_
    return tok.pos_ == "NOUN" and tok.lemma_ in VISIT_NOUNS


def _more_stops(verb: Token) -> list[Token]:
    """ "made trips to New Delhi on Thursday, where he met Jaishankar, and to Islamabad on Friday": the
    parse hangs the second "to" on the clause between; it is a stop of the same trips."""
    return [o for t in verb.subtree if t.lower_ == "to" and _another_stop(t) for o in prep_objects_of(t)]


def _another_stop(to: Token) -> bool:
    """ "..., and to Islamabad", "..., and then on to Riyadh": a "to" coordinated with the trip's first."""
    return to.dep_ == "conj" or (to.dep_ == "prep" and to.head.lower_ == "on" and to.head.dep_ == "conj")


def _later_stops(
    ctx: SentenceContext, stops: list[Token], people: list[Mention], before: When | None = None
) -> list[VisitFact]:
    """The visits of ``_more_stops``, each dated by its own words ("to Islamabad on Friday"), else by
    the date before the travel verb that the whole trip shares (``before``)."""
    out = []
    for n, stop in enumerate(stops):
        end = stops[n + 1].head.i if n + 1 < len(stops) else ctx.sent.end
        for place in mentions_at(ctx, [stop], ("Country", "Place")):
            if place.iso3:
                when = _date_after(ctx, stop) or _span_date(ctx, stop.i, end) or before
                city = place.name if place.label == "Place" else None
                out += [VisitFact(person=p.key, country=f"country:{place.iso3}", place=city, when=when,
                                  evidence=ctx.evidence, confidence=0.65) for p in people]  # fmt: skip
    return out


def _span_date(ctx: SentenceContext, start: int, end: int) -> When | None:
    """The one date the words from ``start`` to ``end`` give ("to Moscow for talks with Putin the
    following evening, February 6"), or None when they give none or two."""
    found = [
        when
        for e in ctx.sent.ents
        if e.label_ == "DATE" and start <= e.start and e.end <= end
        if (when := dates.resolve(e.text, ctx.published, "past")) is not None
    ]
    return single_date(found)


def _date_after(ctx: SentenceContext, obj: Token) -> When | None:
    """ "to Islamabad on Friday": the date phrase that follows a destination directly."""
    end = max(t.i for t in obj.subtree) + 1
    doc = ctx.sent.doc
    if end + 1 >= ctx.sent.end or doc[end].lower_ not in ("on", "in"):
        return None
    ent = next((e for e in ctx.sent.ents if e.start == end + 1 and e.label_ == "DATE"), None)
    return dates.resolve(ent.text, ctx.published, "past") if ent is not None else None


def _visit_noun_visitors(noun: Token) -> list[Token]:
    """Who made the visit: "Raisi's visit", "a visit to Tehran by X", "a visit Yoon made to Tokyo",
    "on his first visit" (the subject of the clause)."""
    visitors = [c for c in noun.children if c.dep_ == "poss" and c.lower_ != "whose"]
    visitors += [_antecedent(c) for c in noun.children if c.dep_ == "poss" and c.lower_ == "whose"]
    visitors += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for o in prep_objects_of(c)]
    visitors += [
        s for c in noun.children if c.dep_ in ("relcl", "acl") and c.lemma_ in ("make", "pay") for s in subjects_of(c)
    ]
    if visitors and all(v.pos_ == "PRON" for v in visitors):
        verb = governing_verb(noun)
        # "his" may be the object's ("Putin welcomed Raisi on his first visit"), but not after a copula
        # ("Pezeshkian is on his first trip to Russia")
        subjects = subjects_of(verb) if verb is not None else []
        if verb is not None and verb.lemma_ == "be" and any(s.pos_ != "PRON" for s in subjects):
            return subjects  # but "It is his first visit": "his"
        if (
            verb is not None
            and verb.lemma_ in ("make", "pay")
            and noun.dep_ == "dobj"
            and any(s.pos_ != "PRON" for s in subjects)
        ):
            return subjects  # "López Obrador, Sheinbaum's predecessor, made his first trip": his own
        return visitors if any(v.lower_ in ("his", "her") for v in visitors) else subjects
    if not visitors:
        verb = governing_verb(noun)
        # "his trip began", "flew to Beijing, three days after a trip to Moscow": the clause's subject went
        framed = noun.dep_ == "pobj" and noun.head.lower_ in ("after", "before", "since")
        # "landed on Thursday at the start of a two-day state visit to India", "as part of a tour"
        framed = framed or (noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in _PHASES)
        if verb is not None and (framed or verb.lemma_ in _FRAMING_VERBS | _ENDING_VERBS):
            return subjects_of(verb)
        return []
    return visitors


def _antecedent(whose: Token) -> Token:
    """ "Rahmon, whose state visit to Tehran ...": the noun the relative clause hangs on."""
    head = whose.head
    while head.dep_ not in ("relcl", "acl") and head.head.i != head.i:
        head = head.head
    return head.head if head.dep_ in ("relcl", "acl") else whose


def _led_by(tokens: list[Token]) -> list[Token]:
    """ "a delegation led by Deputy Prime Minister Novak flew to Damascus": the one who led it went."""
    return [
        o
        for t in tokens
        if t.lemma_ in ("delegation", "team", "mission")
        for c in t.children
        if c.dep_ == "acl" and c.lemma_ in ("lead", "head")
        for a in c.children
        if a.dep_ == "agent"
        for o in a.children
        if o.dep_ == "pobj"
    ]


#: What a traveller arrives in: "Putin's plane landed" is Putin landing.
_CARRIERS = frozenset({"plane", "aircraft", "jet", "airplane", "motorcade", "convoy", "helicopter"})


def _rider(subject: Token) -> Token:
    """ "Vladimir Putin's plane landed in Anchorage": the one whose plane it was."""
    if subject.lemma_ in _CARRIERS:
        return next((c for c in subject.children if c.dep_ == "poss"), subject)
    return subject


def _copula_subject(verb: Token) -> list[Token]:
    """ "X became the first leader to visit Y", "X is the first minister to travel to Y": the subject
    of the copula whose attribute the infinitive describes."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    copula = verb.head if verb.dep_ in ("advcl", "xcomp") else verb.head.head if verb.dep_ in ("acl", "relcl") else None
    if copula is None or copula.lemma_ not in ("be", "become"):
        return []
    return [s for s in copula.children if s.dep_ == "nsubj"]


#: Where a plane lands that is no town: the arrival is at the place of the story.
_FACILITIES = frozenset({"airport", "airfield", "base", "airbase", "terminal", "runway", "tarmac", "aerodrome"})


def _unplaced_arrival(ctx: SentenceContext, verb: Token, targets: list[Token]) -> bool:
    """ "Putin flew in on Monday", "Kishida landed at a military airport": an arrival with no place
    named."""
    if verb.pos_ != "VERB" or not all(t.lemma_.lower() in _FACILITIES or t.head.head in targets for t in targets):
        return False  # "landed at Heydar Aliyev International Airport" names no town, but a facility
    flew_in = verb.lemma_ in ("fly", "come") and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("in", "there") for c in verb.children
    )
    if not (verb.lemma_ in ("arrive", "land") or flew_in):
        return False
    # a place heading a phrase of the verb (but "from") is where they arrived, and not the dateline's;
    # one deeper in it is not ("arrived for a summit set to end a boycott of Doha")
    phrases = {
        t.i
        for c in verb.children
        if c.dep_ in ("prep", "advmod") and c.lower_ != "from"
        for o in c.children
        if o.dep_ == "pobj"
        for t in (o, *(k for k in o.children if k.dep_ == "compound"))
    }
    return not any(
        (m := ctx.by_token.get(i)) is not None and (m.label == "Country" or (m.label == "Place" and m.iso3))
        for i in phrases
    )


def _unplaced_destination(ctx: SentenceContext, verb: Token, placed: list[VisitFact]) -> list[str]:
    """Where an arrival with no place went: where the sentence's other arrivals went ("Hassan Sheikh
    arrived in the Turkish capital on Tuesday; Abiy flew in on Wednesday"), where the clause it
    tells of took place ("In Tehran, Grossi, who arrived on Wednesday, met Araghchi"), or where
    the story was filed."""
    went = {v.country for v in placed}
    if len(went) == 1:
        return [*went]
    if not went:
        # "Grossi, who arrived on Wednesday, met Araghchi in Tehran": the clause the relative one is in
        clause = governing_verb(verb.head) if verb.dep_ == "relcl" else None
        _, where = place_of_event(ctx, [clause or verb])
        if where:
            return [where]
    if ctx.filed_in:
        return [f"country:{ctx.filed_in}"]
    if not went and (where := place_of_event(ctx, [ctx.sent.root])[1]):
        return [where]  # "Ministers met in Qingdao; Belousov, who had flown in on Tuesday, ...": there
    # "Putin landed in Astana on Wednesday ... Erdogan, who flew in on Wednesday": where the story is
    # (but not "landed on the island by helicopter", which names somewhere else)
    return [ctx.recent_trip] if ctx.recent_trip and not _somewhere_named(ctx, verb) else []


def _somewhere_named(ctx: SentenceContext, verb: Token) -> bool:
    """A phrase of the verb, other than its time and where from, that names a place of some kind."""
    dated = {t.i for e in ctx.sent.ents if e.label_ in ("DATE", "TIME") for t in e}
    return any(
        o.i not in dated for p in verb.children if p.dep_ == "prep" and p.lower_ != "from" for o in prep_objects_of(p)
    )


def _person_just_before(ctx: SentenceContext, verb: Token) -> list[Mention]:
    """ "after Nancy Pelosi, then Speaker of the House, visited Taiwan": the parse lost the subject;
    the person named just before the verb, with no other verb in between, is the one who went."""
    for m in sorted((m for m in ctx.mentions if m.label == "Person" and m.end <= verb.i), key=lambda m: -m.end):
        between = ctx.sent.doc[m.end : verb.i]
        if len(between) <= 12 and not any(t.pos_ in ("VERB", "AUX") for t in between):
            return [m]
        break
    return []


def unique_visits(visits: list[VisitFact]) -> list[VisitFact]:
    """One visit per person, country and date; an undated mention adds nothing to a dated one."""
    kept: dict[tuple[str, str, dt.date | None], VisitFact] = {}
    for v in sorted(visits, key=lambda v: v.when is None):
        key = (v.person, v.country, v.when.date if v.when else None)
        dated_twin = any(k[:2] == key[:2] and k[2] is not None for k in kept)
        if key in kept and kept[key].place is None and v.place is not None:
            kept[key] = kept[key].model_copy(update={"place": v.place})  # "landed in Shenzhen" names the city
        elif key not in kept and not (v.when is None and dated_twin):
            kept[key] = v
    return list(kept.values())
