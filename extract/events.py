"""Meetings, calls, visits and deals from the dependency parse of each sentence.

Triggers follow PLOVER's CONSULT category (meet, hold talks, telephone, visit) and agreement
verbs (sign); participants come from the trigger's subjects, objects, "with" and "between"
phrases and their coordinations, never from every name in the sentence, so a spokesman who
reports a meeting is not made a participant of it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from extract import dates, money
from extract.facts import DealFact, MeetingFact, VisitFact, When
from extract.mentions import Mention

# "din" is how the small model lemmatises "dined"
MEETING_VERBS = frozenset({"meet", "confer", "host", "talk", "negotiate", "join", "receive", "welcome", "dine", "din"})
CALL_VERBS = frozenset({"speak", "phone", "call", "talk", "participate", "take", "telephone"})  # with a call cue
SPEECH_VERBS = frozenset({"say", "tell", "add", "note", "state", "stress", "announce", "remark", "report", "claim"})
GROUP_NOUNS = {"presidents": "President", "leaders": None, "ministers": "Minister", "heads": None, "sides": None}
MEETING_NOUNS = frozenset(
    {
        "meeting",
        "meetings",
        "talks",
        "summit",
        "conversation",
        "call",
        "discussion",
        "discussions",
        "negotiations",
        "consultations",
        "session",
        "encounter",
        "talk",
    }
)
HOLD_VERBS = frozenset({"hold", "have", "conduct", "attend", "chair"})
CALL_CUES = re.compile(r"\b(?:tele)?phone|\bvideo\s*(?:link|call|conference|-link)|\bvideoconference|\bphoned\b", re.I)
VISIT_VERBS = frozenset({"visit", "tour"})
ARRIVE_VERBS = frozenset({"land", "arrive", "travel", "fly", "go", "come"})
VISIT_NOUNS = frozenset({"visit", "trip", "tour", "stay", "arrival"})
DEAL_NOUNS = {
    "agreement": "agreement",
    "agreements": "agreement",
    "accord": "agreement",
    "deal": "agreement",
    "deals": "agreement",
    "pact": "agreement",
    "treaty": "treaty",
    "memorandum": "memorandum",
    "mou": "memorandum",
    "contract": "contract",
    "contracts": "contract",
    "project": "project",
    "roadmap": "agreement",
    "protocol": "protocol",
    "declaration": "declaration",
    "statement": "statement",
    "statements": "statement",
}
SIGN_VERBS = frozenset({"sign", "ink", "conclude", "seal"})
CANCEL_VERBS = frozenset({"cancel", "ban", "scrap", "suspend", "halt", "freeze", "annul", "terminate", "revoke"})
PLAN_CUES = frozenset({"will", "would", "shall", "expect", "plan", "schedule", "due", "set", "intend", "prepare"})
SECTORS = [
    ("oil and gas", re.compile(r"\boil and gas\b|\bgas and oil\b", re.I)),
    ("gas", re.compile(r"\bgas\b|\bLNG\b|pipeline", re.I)),
    ("oil", re.compile(r"\boil\b|petroleum|crude", re.I)),
    ("nuclear", re.compile(r"nuclear|atomic|reactor", re.I)),
    ("defence", re.compile(r"missile|weapon|arms|military|drone|S-\d+|fighter jet|defen[cs]e", re.I)),
    ("transport", re.compile(r"railway|rail\b|corridor|shipping|port\b", re.I)),
    ("finance", re.compile(r"bank|currenc|payment|financ", re.I)),
    ("trade", re.compile(r"\btrade\b|free trade|tariff|export", re.I)),
    ("agriculture", re.compile(r"grain|wheat|agricultur", re.I)),
    ("energy", re.compile(r"energy|power plant|electricity", re.I)),
]
NUMBER_WORDS = {"an": 1, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90}  # fmt: skip
_AMOUNT = r"(\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
DURATION = re.compile(
    r"\b(?:last(?:ed|ing|s)?|for|of|took)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+)?"
    rf"{_AMOUNT}(\s+and\s+a\s+half)?[\s-]+(minutes?|hours?)(?:\s+and\s+{_AMOUNT}\s+minutes?)?",
    re.I,
)
DURATION_ADJ = re.compile(rf"\b{_AMOUNT}-(minute|hour)(?:-long)?\b", re.I)


def duration_minutes(text: str) -> int | None:
    """ "lasted for 37 minutes", "about four and a half hours", "two hours and 17 minutes", "hour-long"."""
    match = DURATION.search(text)
    if match:
        amount, half, unit, extra = match.groups()
        count = _number(amount) + (0.5 if half else 0)
        minutes = count * (60 if unit.lower().startswith("hour") else 1)
        return int(minutes + (_number(extra) if extra else 0))
    if re.search(r"\bhour-long\b", text, re.I):
        return 60
    match = DURATION_ADJ.search(text)
    if match:
        return _number(match.group(1)) * (60 if match.group(2).lower() == "hour" else 1)
    return None


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


@dataclass
class SentenceContext:
    sent: Span
    mentions: list[Mention]
    published: dt.date | None
    earlier_people: list[Mention] = field(default_factory=list)
    calls_nearby: bool = False  # the sentence before or after speaks of telephone or video calls
    by_token: dict[int, Mention] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m

    @property
    def evidence(self) -> str:
        return " ".join(self.sent.text.split())


def extract_events(
    sents: Iterable[Span], mentions: list[Mention], published: dt.date | None
) -> tuple[list[MeetingFact], list[VisitFact], list[DealFact]]:
    meetings: list[MeetingFact] = []
    fragments: list[MeetingFact] = []
    visits: list[VisitFact] = []
    deals: list[tuple[DealFact, bool, bool]] = []
    sents = list(sents)
    cues = [CALL_CUES.search(s.text) is not None or re.search(r"\bcalls?\b", s.text) is not None for s in sents]
    ordered = sorted(mentions, key=lambda m: m.start)
    first = 0
    earlier: list[Mention] = []  # people named before the current sentence, in order
    for n, sent in enumerate(sents):
        while first < len(ordered) and ordered[first].start < sent.start:
            if ordered[first].label == "Person":
                earlier.append(ordered[first])
            first += 1
        last = first
        while last < len(ordered) and ordered[last].start < sent.end:
            last += 1
        nearby = any(cues[k] for k in (n - 1, n + 1) if 0 <= k < len(sents))
        ctx = SentenceContext(sent, ordered[first:last], published, list(earlier), calls_nearby=nearby)
        for meeting in _meetings(ctx):
            (meetings if len(meeting.participants) >= 2 else fragments).append(meeting)
        visits.extend(_visits(ctx))
        deals.extend(_deals(ctx))
    meetings = _merge_meetings(meetings, fragments)
    visits = _unique_visits(visits)
    deal_facts: list[DealFact] = []
    for deal, during_meeting, anaphoric in deals:
        earlier = _antecedent(deal, deal_facts) if anaphoric else None
        if earlier is not None:
            _fill_deal(earlier, deal)
            continue
        if during_meeting and len(meetings) == 1:
            deal.signedAtMeeting = 0
        deal_facts.append(deal)
    return meetings, visits, deal_facts


def _antecedent(deal: DealFact, earlier: list[DealFact]) -> DealFact | None:
    """ "The memorandum was signed by video link": the one earlier deal of that kind, if there is one."""
    same = [d for d in earlier if d.kind == deal.kind and (set(deal.parties) & set(d.parties) or not deal.parties)]
    return same[0] if len(same) == 1 else None


def _fill_deal(target: DealFact, other: DealFact) -> None:
    for attr in ("when", "valueUsd", "valueText", "sector"):
        if getattr(target, attr) is None and getattr(other, attr) is not None:
            setattr(target, attr, getattr(other, attr))
    target.parties = list(dict.fromkeys([*target.parties, *other.parties]))


# -- syntax helpers ------------------------------------------------------------------------------


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj":
            out.extend(_conjuncts(child))
        elif child.dep_ == "appos":
            out.append(child)
    return out


def _mentions_at(ctx: SentenceContext, tokens: Iterable[Token], labels: tuple[str, ...]) -> list[Mention]:
    """The mentions that head each noun phrase: the token itself, or a compound/flat part of its phrase."""
    found: list[Mention] = []
    for tok in tokens:
        if "Person" in labels and tok.i not in ctx.by_token:
            found.extend(m for m in _group(ctx, tok) + _antecedent_person(ctx, tok) if m not in found)
        m = ctx.by_token.get(tok.i)
        if m is None:  # "the country's President Hassan Rouhani": the head may be the title word
            for child in tok.children:
                if child.dep_ in ("compound", "appos", "nmod", "poss", "amod") and child.i in ctx.by_token:
                    cand = ctx.by_token[child.i]
                    if cand.label in labels:
                        m = cand
                        break
        if m is not None and m.label in labels and m not in found:
            found.append(m)
    return found


_LEADER_TITLES = ("president", "prime minister", "premier", "chancellor", "king", "emir", "leader", "sultan", "prince")


def _group(ctx: SentenceContext, tok: Token) -> list[Mention]:
    """ "the two presidents", "both leaders": the last two people named before who hold such a title
    (a spokesman quoted in between is not one of "the two leaders"), else the last two named."""
    if tok.lower_ not in GROUP_NOUNS or not any(c.lower_ in ("two", "both") for c in tok.children):
        return []
    wanted = (GROUP_NOUNS[tok.lower_] or "").lower()
    named = ctx.earlier_people + [m for m in ctx.mentions if m.label == "Person" and m.start < tok.i]
    titles: dict[str, set[str]] = {}
    for m in named:
        titles.setdefault(m.name, set()).update(t.lower() for t in m.titles)
    recent: list[Mention] = []
    for m in reversed(named):
        if all(p.name != m.name for p in recent):
            recent.append(m)

    def fits(m: Mention) -> bool:
        held = titles[m.name]
        if wanted:
            return any(wanted in t for t in held)
        return any(lead in t for t in held for lead in _LEADER_TITLES)

    titled = [m for m in recent if fits(m)]
    chosen = titled[:2] if len(titled) >= 2 else recent[:2]
    return chosen if len(chosen) == 2 else []


def _antecedent_person(ctx: SentenceContext, tok: Token) -> list[Mention]:
    """ "He flew on to Ankara": a sentence-initial he/she is the person who was last a subject before.

    Only a subject pronoun, and only a person who was the grammatical subject of an earlier sentence
    (the story's protagonist), never someone merely quoted or mentioned.
    """
    if tok.lower_ not in ("he", "she") or tok.dep_ not in ("nsubj", "nsubjpass") or ctx.sent.start < 1:
        return []
    doc = ctx.sent.doc
    same_sentence = [m for m in ctx.mentions if m.label == "Person" and m.end <= tok.i]
    for m in reversed(ctx.earlier_people + same_sentence):
        root = doc[m.end - 1]
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ not in SPEECH_VERBS:
            return [m]  # a spokesman who "said" something is not the "he" who then flew on
    return []


def _prep_objects(tok: Token, preps: set[str]) -> list[Token]:
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out.extend(_conjuncts(obj))
    return out


def _subjects(verb: Token) -> list[Token]:
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and any(s.lower_ in ("who", "which", "that") for s in subs):
        subs = [verb.head]  # "Raisi, who visited Russia": the relative pronoun stands for its antecedent
    if not subs and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        return _subjects(verb.head)  # an adverbial clause has a subject of its own, even when the parse lost it
    return [s for sub in subs for s in _conjuncts(sub)]


def _objects(verb: Token) -> list[Token]:
    return [o for c in verb.children if c.dep_ in ("dobj", "attr", "dative") for o in _conjuncts(c)]


_NOMINAL_DEPS = frozenset({"pobj", "amod", "compound", "dobj"})  # "memorandum of understanding": a verb tag, a noun


def _governing_verb(tok: Token) -> Token | None:
    head = tok
    while head.head.i != head.i:
        head = head.head
        if head.pos_ in ("VERB", "AUX") and head.dep_ not in _NOMINAL_DEPS:
            return head
    return head if head.pos_ in ("VERB", "AUX") else None


def _is_planned(verb: Token | None) -> bool:
    if verb is None:
        return False
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in ("will", "would", "shall", "'ll"):
            return True
    if verb.dep_ == "xcomp" and verb.head.lemma_ in PLAN_CUES:
        return True
    return verb.dep_ in ("xcomp",) and any(c.lower_ == "to" for c in verb.children) and verb.head.lemma_ in PLAN_CUES


def _event_date(ctx: SentenceContext, anchors: set[int], planned: bool) -> When | None:
    """The date of the event at ``anchors``: only a date expression attached to it, never another clause's."""
    found: list[When] = []
    for ent in ctx.sent.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        prev = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if prev in ("since", "until", "till", "before", "after", "by", "from", "through", "ago"):
            continue
        verb = _governing_verb(ent.root)
        if verb is not None and verb.i not in anchors:
            continue
        when = dates.resolve(ent.text, ctx.published, "future" if planned else "past")
        if when:
            found.append(when)
    distinct = {(w.date, w.precision) for w in found}
    return found[0] if len(distinct) == 1 else None  # two different dates: we cannot tell which is the event's


def _place(ctx: SentenceContext, heads: list[Token]) -> tuple[str | None, str | None]:
    """(city or place text, country key) from an "in"/"at" phrase of the trigger's clause.

    "in Bali, Indonesia": the place is Bali, its country Indonesia; "at Filoli, an estate in
    Woodside": a venue inside a known city gives way to the city.
    """
    verb = heads[-1]
    objects = [o for head in heads for o in _prep_objects(head, {"in", "at"})]
    # "will meet Erdogan in Tehran": the parser may hang the place on the object; keep it in the clause
    near = {verb.i, *(t.i for t in heads), *(o.i for o in _objects(verb))}
    objects += [
        t for t in _clause(verb) if t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and t.head.head.i in near
    ]
    for obj in sorted(dict.fromkeys(objects), key=lambda o: o.i):
        m = ctx.by_token.get(obj.i)
        if m is None:
            continue
        if m.label == "Country":
            return m.name, m.key
        if m.label == "Organization" and m.org_country and m.org_kind == "government-body":
            return m.org_seat or m.name, f"country:{m.org_country}"
        if m.label != "Place":
            continue
        if m.iso3:
            return m.name, f"country:{m.iso3}"
        inside = [ctx.by_token[t.i] for t in obj.subtree if t.i in ctx.by_token and ctx.by_token[t.i] is not m]
        city = next((x for x in inside if x.label == "Place" and x.iso3), None)
        if city is not None:
            return city.name, f"country:{city.iso3}"
        country = next((x for x in inside if x.label == "Country"), None)
        return m.name, (country.key if country else None)
    return None, None


# -- meetings ------------------------------------------------------------------------------------


def _meetings(ctx: SentenceContext) -> list[MeetingFact]:
    out: list[MeetingFact] = []
    seen_triggers: set[int] = set()
    cue_here = CALL_CUES.search(ctx.sent.text) is not None
    for tok in ctx.sent:
        if tok.i in seen_triggers:
            continue
        lemma = tok.lemma_
        is_call = (
            lemma in CALL_VERBS
            and (cue_here or (lemma == "speak" and ctx.calls_nearby))
            and (lemma != "take" or any(c.dep_ == "dobj" and c.lower_ == "part" for c in tok.children))
        )
        if tok.pos_ == "VERB" and (lemma in MEETING_VERBS or is_call):
            people = _meeting_verb_people(ctx, tok)
            if not people:
                continue
            out.append(_meeting(ctx, tok, people, verb=tok, noun=None))
        elif tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in MEETING_NOUNS:
            if tok.lower_ == "call" and not CALL_CUES.search(ctx.sent.text):
                continue
            verb = tok.head if tok.dep_ in ("dobj", "nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") else None
            if verb is not None and verb.lemma_ in MEETING_VERBS:
                continue  # the verb is the trigger
            people = _meeting_noun_people(ctx, tok, verb)
            seen_triggers.add(tok.i)
            out.append(_meeting(ctx, tok, people, verb=verb or _governing_verb(tok), noun=tok))
    return out


def _meeting_verb_people(ctx: SentenceContext, verb: Token) -> list[Mention]:
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    tokens = (
        _subjects(verb) + _objects(verb) + _prep_objects(verb, {"with"}) + [a for g in agents for a in _conjuncts(g)]
    )
    if verb.lemma_ in (
        "receive",
        "welcome",
        "dine",
        "din",
    ):  # only between people: "received the proposal" is no meeting
        people = _mentions_at(ctx, tokens, ("Person",))
        return people if len(people) >= 2 else []
    people = _mentions_at(ctx, tokens, ("Person",))
    return people if len(people) >= 2 else _clause_people(ctx, verb, people)


def _clause(verb: Token) -> list[Token]:
    """The verb's own clause: its subtree without the clauses nested in it (relative, adverbial, reported)."""
    nested = {
        t.i for tok in verb.subtree if tok.dep_ in ("relcl", "advcl", "ccomp") and tok.i != verb.i for t in tok.subtree
    }
    return [t for t in verb.subtree if t.i not in nested]


def _clause_people(ctx: SentenceContext, verb: Token, found: list[Mention]) -> list[Mention]:
    """When the parse misses a participant: the people in the trigger's own clause, minus reporters.

    The small model often attaches a coordinated or post-modified name to the wrong head; the
    clause (the verb's subtree, without nested clauses of saying) is a safer net than the sentence.
    """
    excluded: set[int] = set()
    for tok in verb.subtree:
        if tok.lemma_ in SPEECH_VERBS and tok.i != verb.i:
            for subj in _subjects(tok):
                excluded.update(t.i for t in subj.subtree)
    people = list(found)
    for tok in _clause(verb):
        m = ctx.by_token.get(tok.i)
        if m is not None and m.label == "Person" and tok.i not in excluded and all(p.name != m.name for p in people):
            people.append(m)
    return people


_FRAMING_PREPS = frozenset({"during", "at", "in", "after", "for", "into", "before"})


def _meeting_noun_people(ctx: SentenceContext, noun: Token, verb: Token | None) -> list[Mention]:
    tokens = _prep_objects(noun, {"between", "with"})
    tokens += [c for c in noun.children if c.dep_ == "poss"]
    if verb is not None and verb.lemma_ in HOLD_VERBS:
        tokens += _subjects(verb) + _prep_objects(verb, {"with"})
    elif noun.dep_ == "pobj" and noun.head.lower_ in _FRAMING_PREPS and noun.head.head.pos_ == "VERB":
        tokens += _subjects(noun.head.head)  # "During the meeting with X, Putin said ..."
    return _mentions_at(ctx, tokens, ("Person",))


def _meeting(
    ctx: SentenceContext, trigger: Token, people: list[Mention], verb: Token | None, noun: Token | None
) -> MeetingFact:
    planned = _is_planned(verb)
    anchors = {t.i for t in (trigger, verb) if t is not None}
    if verb is not None:
        anchors |= {c.i for c in verb.children if c.dep_ in ("xcomp", "conj")}
        if verb.dep_ == "conj":  # "landed on Monday and went straight into talks": one time frame
            anchors.add(verb.head.i)
    place, country = _place(ctx, [t for t in (trigger, verb) if t is not None])
    text = ctx.sent.text
    call = CALL_CUES.search(text) is not None or (trigger.lemma_ == "speak" and ctx.calls_nearby)
    kind = "call" if call else ("summit" if len(people) >= 3 else "meeting")  # GRAPH_MODEL: three or more
    minutes = duration_minutes(text)
    names = [p.name for p in people]
    title = f"{kind.capitalize()} of {' and '.join(dict.fromkeys(names))}" if names else kind.capitalize()
    return MeetingFact(
        kind=kind,
        status="planned" if planned else "held",
        participants=list(dict.fromkeys(p.key for p in people)),
        place=place,
        country=country,
        when=_event_date(ctx, anchors, planned),
        durationMinutes=minutes,
        title=title,
        evidence=ctx.evidence,
        confidence=0.85 if verb is trigger else 0.7,
    )


def _merge_meetings(meetings: list[MeetingFact], fragments: list[MeetingFact]) -> list[MeetingFact]:
    """One meeting per participant set in an article; fragments ("the meeting lasted 37 minutes") fill gaps."""
    merged: list[MeetingFact] = []
    for m in meetings:
        same = next((x for x in merged if set(x.participants) == set(m.participants) and _compatible(x, m)), None)
        if same is None:
            merged.append(m.model_copy(deep=True))
        else:
            _fill(same, m)
    for frag in fragments:
        candidates = [m for m in merged if set(frag.participants) <= set(m.participants) and _compatible(m, frag)]
        if len(candidates) != 1:
            continue
        if frag.participants:
            _fill(candidates[0], frag)
        elif candidates[0].durationMinutes is None:
            # "The first round was held in Muscat last Saturday": a meeting noun with nobody named may be
            # another meeting altogether, so it lends only a duration, never a date or a place.
            candidates[0].durationMinutes = frag.durationMinutes
    return merged


def _compatible(a: MeetingFact, b: MeetingFact) -> bool:
    if a.when and b.when and a.when.date != b.when.date:
        return False
    return not (a.status != b.status and a.when and b.when)


def _fill(target: MeetingFact, other: MeetingFact) -> None:
    for attr in ("place", "country", "when", "durationMinutes"):
        if getattr(target, attr) is None and getattr(other, attr) is not None:
            setattr(target, attr, getattr(other, attr))
    if target.kind == "meeting" and other.kind in ("call", "summit"):
        target.kind = other.kind


# -- visits --------------------------------------------------------------------------------------


def _visits(ctx: SentenceContext) -> list[VisitFact]:
    out: list[VisitFact] = []
    for tok in ctx.sent:
        if tok.pos_ == "VERB" and tok.lemma_ in VISIT_VERBS:
            targets = _objects(tok)
            visitors = _subjects(tok)
        elif tok.pos_ == "VERB" and tok.lemma_ in ARRIVE_VERBS:
            targets = _prep_objects(
                tok, {"in", "at", "to", "into"} if tok.lemma_ in ("travel", "fly", "go", "come") else {"in", "at"}
            )
            visitors = _subjects(tok)
        elif tok.pos_ == "NOUN" and tok.lower_ in VISIT_NOUNS:
            targets = _prep_objects(tok, {"to", "in"})
            visitors = [c for c in tok.children if c.dep_ == "poss"]
            if all(v.pos_ == "PRON" for v in visitors):  # "on his first visit to Iran": the clause's subject
                verb = _governing_verb(tok)
                visitors = _subjects(verb) if verb is not None else []
        else:
            continue
        people = _mentions_at(ctx, visitors, ("Person",))
        if tok.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            people = _person_just_before(ctx, tok) or people  # nearer than a subject borrowed from afar
        # "visited Russia's Hmeimim air base" is a visit to a base, not to Russia; "the Iranian capital" is Iran
        targets = [t for t in targets if t.i in ctx.by_token or t.lemma_ in ("capital", "city")]
        places = _mentions_at(ctx, targets, ("Country", "Place"))
        countries = [f"country:{m.iso3}" for m in places if m.iso3]
        if not people or not countries:
            continue
        verb = tok if tok.pos_ == "VERB" else _governing_verb(tok)
        planned = _is_planned(verb)
        anchors = {t.i for t in (tok, verb) if t is not None}
        when = _event_date(ctx, anchors, planned)
        for person in people:
            for country in dict.fromkeys(countries):
                out.append(
                    VisitFact(
                        person=person.key,
                        country=country,
                        when=when,
                        evidence=ctx.evidence,
                        confidence=0.8 if tok.pos_ == "VERB" else 0.65,
                    )
                )
    return out


def _person_just_before(ctx: SentenceContext, verb: Token) -> list[Mention]:
    """ "after Nancy Pelosi, then Speaker of the House, visited Taiwan": the parse lost the subject;
    the person named just before the verb, with no other verb in between, is the one who went."""
    for m in sorted((m for m in ctx.mentions if m.label == "Person" and m.end <= verb.i), key=lambda m: -m.end):
        between = ctx.sent.doc[m.end : verb.i]
        if len(between) <= 12 and not any(t.pos_ in ("VERB", "AUX") for t in between):
            return [m]
        break
    return []


def _unique_visits(visits: list[VisitFact]) -> list[VisitFact]:
    """One visit per person, country and date; an undated mention adds nothing to a dated one."""
    kept: dict[tuple[str, str, dt.date | None], VisitFact] = {}
    for v in sorted(visits, key=lambda v: v.when is None):
        key = (v.person, v.country, v.when.date if v.when else None)
        dated_twin = any(k[:2] == key[:2] and k[2] is not None for k in kept)
        if key not in kept and not (v.when is None and dated_twin):
            kept[key] = v
    return list(kept.values())


# -- deals ---------------------------------------------------------------------------------------


def _deals(ctx: SentenceContext) -> list[tuple[DealFact, bool, bool]]:
    """(deal, signed during a meeting or visit, a definite "the agreement" that may repeat an earlier one)."""
    out: list[tuple[DealFact, bool, bool]] = []
    verbs_done: set[int] = set()
    for tok in ctx.sent:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in DEAL_NOUNS:
            continue
        if DEAL_NOUNS[tok.lower_] == "statement" and not any(c.lower_ == "joint" for c in tok.children):
            continue  # a "joint statement" binds its signatories; any other statement is just words
        relative = [c for c in tok.children if c.dep_ in ("relcl", "acl") and c.lemma_ in SIGN_VERBS | CANCEL_VERBS]
        verb = relative[0] if relative else _governing_verb(tok)  # "the agreement Moscow signed with ..."
        if verb is None:
            continue
        signed = verb.lemma_ in SIGN_VERBS
        cancelled = verb.lemma_ in CANCEL_VERBS
        value = money.find_value(ctx.sent.text)
        if not (signed or cancelled):
            continue
        party_tokens = _prep_objects(tok, {"between", "with"}) + _prep_objects(verb, {"between", "with", "by"})
        if tok.dep_ in ("dobj",) or relative:
            party_tokens += [s for s in _subjects(verb) if s.lower_ not in ("that", "which")]
        parties = _parties(ctx, party_tokens)
        if len(parties) < 2:
            parties = _clause_parties(ctx, verb, tok, parties)
        if not parties:
            continue
        planned = _is_planned(verb)
        status = "cancelled" if cancelled else ("planned" if planned else "signed")
        during = any(
            t.lower_ in ("during", "on") and any(c.lower_ in VISIT_NOUNS | MEETING_NOUNS for c in t.subtree)
            for t in ctx.sent
        )
        deal = DealFact(
            parties=list(dict.fromkeys(_party_key(p, ctx) for p in parties)),
            title=_deal_title(tok),
            kind=DEAL_NOUNS[tok.lower_],
            valueUsd=value[0] if value else None,
            valueText=value[1] if value else None,
            sector=next((name for name, rx in SECTORS if rx.search(ctx.sent.text)), None),
            status=status,
            when=_event_date(ctx, {verb.i, tok.i}, planned),
            evidence=ctx.evidence,
            confidence=0.8 if len(parties) >= 2 else 0.6,
        )
        anaphoric = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
        if verb.i in verbs_done:  # "signed a contract ..., a deal worth $5bn": one deal, named twice
            continue
        verbs_done.add(verb.i)
        out.append((deal, during, anaphoric))
    return out


def _parties(ctx: SentenceContext, tokens: list[Token]) -> list[Mention]:
    """Organisations (or, failing one in a phrase, countries) named in each party phrase."""
    parties: list[Mention] = []
    for tok in tokens:
        phrase_mentions = list(dict.fromkeys(ctx.by_token[i] for i in _own_phrase(tok) if i in ctx.by_token))
        if not phrase_mentions:  # "The two leaders ... signed two joint statements"
            parties.extend(m for m in _group(ctx, tok) if all(p.key != m.key for p in parties))
            continue
        orgs = [m for m in phrase_mentions if m.label == "Organization"]
        chosen = orgs or [_owned_org(ctx, m) for m in phrase_mentions if m.label in ("Country", "Person")]
        if chosen and chosen[0].key and all(p.key != chosen[0].key for p in parties):
            parties.append(chosen[0])
    return parties


def _party_key(m: Mention, ctx: SentenceContext) -> str:
    """A minister who signs binds the state whose minister they are: the party is the role's holder
    (as stated at any mention of the person so far)."""
    if m.label != "Person":
        return m.key
    for other in [m, *ctx.mentions, *ctx.earlier_people]:
        if other.name == m.name and other.role_target:
            return other.role_target
    return m.key


def _clause_parties(ctx: SentenceContext, verb: Token, noun: Token, found: list[Mention]) -> list[Mention]:
    """Organisations in the signing clause (else countries): the small parser often misattaches
    coordinated company names ("X and Russian gas producer Y signed ...")."""
    clause = [ctx.by_token[t.i] for t in _clause(verb) if t.i in ctx.by_token and t.i != noun.i]
    clause = list(dict.fromkeys(clause))
    orgs = [m for m in clause if m.label == "Organization" and m.org_kind != "media"]
    pool = orgs or [m for m in clause if m.label == "Country"]
    parties = list(found)
    for m in pool:
        if m.key and all(p.key != m.key for p in parties) and not _is_owner(ctx, m, parties):
            parties.append(m)
    return parties


def _is_owner(ctx: SentenceContext, m: Mention, parties: list[Mention]) -> bool:
    """ "Russia's Gazprom": the country is the party's owner, not a party itself."""
    return m.label == "Country" and any(p.label == "Organization" for p in parties)


def _owned_org(ctx: SentenceContext, m: Mention) -> Mention:
    """ "Russian gas producer Gazprom": a country premodifying a company stands for the company."""
    if m.label != "Country":
        return m
    for other in ctx.mentions:
        if other.label == "Organization" and 0 <= other.start - m.end <= 4:
            between = ctx.sent.doc[m.end : other.start]
            if all(t.text in ("'s", "’s") or t.pos_ in ("ADJ", "NOUN") for t in between):
                return other
    return m


def _own_phrase(tok: Token) -> list[int]:
    """Token indices of ``tok``'s phrase without its coordinated siblings ("A and B": A's phrase is A)."""
    excluded = {t.i for child in tok.children if child.dep_ in ("conj", "cc") for t in child.subtree}
    return [t.i for t in tok.subtree if t.i not in excluded]


def _deal_title(noun: Token) -> str:
    """ "30-billion dollar oil and gas project" → "oil and gas project"; "memorandum of understanding"."""
    left = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod")]
    words: list[str] = []
    for t in left:
        for s in t.subtree:
            if s.like_num or s.text in ("$", "-") or s.lower_ in ("dollar", "dollars", "billion", "million", "worth"):
                continue
            words.append(s.text)
    words.append(noun.text)
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for t in child.subtree:
                if t.lower_ in ("worth", "valued") or t.like_num or t.text == "$":
                    break  # "memorandum of understanding worth $40 billion": the value is not the title
                words.append(t.text)
            break
    title = " ".join(w for w in words if not re.match(r"^\d", w)).strip(" -")
    return title or noun.text
