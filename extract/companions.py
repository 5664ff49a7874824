"""Companions: whoever accompanies a traveller made the same trip, dated as that trip.

"accompanied by Fidan", "Y was accompanied on the trip by A, B and C", "X, who travelled with Y",
"flew in with a delegation that included A and B", "Accompanying Putin on the trip were A and B".
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.event_context import SentenceContext, mentions_at
from extract.facts import VisitFact
from extract.syntax import (
    conjuncts,
    is_planned,
    modality,
    objects_of,
    prep_objects,
    prep_objects_of,
    subjects_of,
)
from extract.visits import VISIT_NOUNS

#: Groups whose listed members travel with someone: "accompanied by a delegation comprising A and B".
_PARTY_NOUNS = frozenset({"delegation", "team", "entourage", "party", "group"})


def find_companions(ctx: SentenceContext, earlier: list[VisitFact]) -> list[VisitFact]:
    """ "Jaishankar, who is accompanying the prime minister on the trip", "accompanied by Fidan", "who
    travelled with Lukashenko": the companion made the trip of the person accompanied, the last one
    the story stated (with its date, if one was)."""
    out: list[VisitFact] = []
    for tok in ctx.sent:
        companions, leaders = _accompaniment(tok) if tok.pos_ == "VERB" else ([], [])
        if not leaders or is_planned(tok) or modality(tok) is not None:
            continue
        led = mentions_at(ctx, leaders, ("Person",))
        trips = [v for v in earlier if led and v.person == led[0].key]
        if not trips and tok.lemma_ != "accompany" and _with_right_after(tok, leaders):
            # "Marape flew into Canberra with A and B": travelling together, they who went with him made his trip
            went = mentions_at(ctx, companions, ("Person",))
            trips = [v for v in earlier if went and v.person == went[0].key]
            led, companions = went, leaders
        if not trips:
            continue
        # the last trip, dated by a statement of the same trip if it had none ("his first visit to Russia")
        same = [v for v in trips if v.country == trips[-1].country and v.when is not None]
        trip = trips[-1] if trips[-1].when is not None or not same else same[-1]
        for person in mentions_at(ctx, companions, ("Person",)):
            if person.key != led[0].key:
                out.append(trip.model_copy(update={"person": person.key, "evidence": ctx.evidence}))
    return out


def _accompaniment(verb: Token) -> tuple[list[Token], list[Token]]:
    """(who went along, whom they went with): "X accompanied Y", "Y arrived, accompanied by X",
    "Y was accompanied by X", "X, who travelled with Y"."""
    if verb.lemma_ == "accompany":
        agents = [o for c in verb.children if c.dep_ == "agent" for o in prep_objects_of(c)]
        agents += _party_members(agents)  # "accompanied by a delegation comprising A, B and C"
        agents += _on_the_trip_by(verb)
        if not agents:
            return _accompanying_were(verb) or (subjects_of(verb), objects_of(verb))
        if any(c.lower_ == "where" for c in verb.children):
            return [], []  # "the forum, where he was accompanied by the ambassador": there, not on the trip
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return agents, subjects_of(verb)
        if verb.dep_ == "advcl":
            return agents, subjects_of(verb.head)  # "Erdogan arrived in Baghdad, accompanied by Fidan"
        return (agents, [verb.head]) if verb.dep_ == "acl" else ([], [])
    if verb.lemma_ in _TRAVEL_VERBS:
        also = [s for c in verb.children if _as_did(c) for s in subjects_of(c)]
        if also:  # "Abiy flew into Khartoum for the ceremony, as did Kiir and Madbouly": they made the trip too
            return also, subjects_of(verb)
    if verb.lemma_ in ("travel", "fly", "come", "go", "arrive"):
        fellows = prep_objects(verb, {"with"})
        # "flew in at the head of a delegation that included A and B"
        heads = [h for h in prep_objects(verb, {"at"}) if h.lower_ == "head"]
        fellows += [g for h in heads for g in prep_objects(h, {"of"})]
        members = _party_members(fellows)
        if members:  # "Raisi, who flew in with a delegation that included A and B": A and B went with him
            return members, subjects_of(verb)
        return subjects_of(verb), [f for f in fellows if f.lemma_ not in _PARTY_NOUNS]
    return [], []


_TRAVEL_VERBS = frozenset({"travel", "fly", "come", "go", "arrive", "land", "visit", "tour"})


def _as_did(clause: Token) -> bool:
    """ "..., as did A and B": a clause that repeats the verb before it for other subjects."""
    return clause.dep_ == "advcl" and clause.lemma_ == "do" and any(c.lower_ == "as" for c in clause.children)


def _with_right_after(verb: Token, fellows: list[Token]) -> bool:
    """No other verb stands between the travel verb and the people it went with ("flew into Tehran and
    held talks with A": A did not fly; the parse may hang "with A" on "flew")."""
    first = min((t.i for t in fellows), default=verb.i)
    return first > verb.i and not any(t.pos_ in ("VERB", "AUX") for t in verb.doc[verb.i + 1 : first])


def _on_the_trip_by(verb: Token) -> list[Token]:
    """ "accompanied on the trip by A, B and C": the parse hangs "by" on "trip"; everyone in it went."""
    trips = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "on" for o in prep_objects_of(p)]
    bys = [
        by
        for trip in trips
        if trip.lemma_ in VISIT_NOUNS
        for by in trip.children
        if by.dep_ == "prep" and by.lower_ == "by"
    ]
    nested = {t.i for by in bys for c in by.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
    listed = [t for by in bys for t in by.subtree if t.dep_ in ("pobj", "conj", "appos") and t.i not in nested]
    if bys:  # "..., Oil Minister Javad Owji and X": the parse may break the list off onto the clause
        end = max(t.i for t in bys[-1].subtree)
        rest = [
            c for h in (verb, verb.head) for c in h.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i > end
        ]
        listed += [t for r in rest for t in conjuncts(r)]
    return listed


def _party_members(groups: list[Token]) -> list[Token]:
    """The people listed in a delegation: "a delegation comprising A and B", "that included A and B"."""
    return [
        t
        for g in groups
        if g.lemma_ in _PARTY_NOUNS
        for t in g.subtree
        if t.i != g.i and t.dep_ in ("dobj", "pobj", "conj", "appos")
    ]


def _accompanying_were(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """ "Accompanying Putin on the trip were Lavrov and Sechin": the objects after the copula went
    with the one before it (the parse makes all of them objects of "accompanying")."""
    copula = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lemma_ == "be"), None)
    if verb.tag_ != "VBG" or copula is None or copula.i < verb.i or subjects_of(verb):
        return None
    objects = objects_of(verb)
    led = [o for o in objects if o.i < copula.i]
    went = [o for o in objects if o.i > copula.i]
    return (went, led) if led and went else None
