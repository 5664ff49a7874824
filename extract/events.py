"""Meetings, calls, visits and deals from the dependency parse of each sentence.

Triggers follow PLOVER's CONSULT category (meet, hold talks, telephone, visit) and agreement
verbs (sign); participants come from the trigger's subjects, objects, "with" and "between"
phrases and their coordinations, never from every name in the sentence, so a spokesman who
reports a meeting is not made a participant of it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from extract import coref, dates, money
from extract.facts import DealFact, MeetingFact, VisitFact, When
from extract.mentions import Mention

# "din" is how the small model lemmatises "dined"
MEETING_VERBS = frozenset(
    {"meet", "confer", "host", "talk", "negotiate", "join", "receive", "welcome", "dine", "din", "bring"}
)
CALL_VERBS = frozenset({"speak", "phone", "call", "talk", "participate", "take", "telephone", "discuss"})  # with a cue
SPEECH_VERBS = frozenset({"say", "tell", "add", "note", "state", "stress", "announce", "remark", "report", "claim"})
GROUP_NOUNS = {
    "presidents": "President", "leaders": None, "ministers": "Minister", "heads": None, "sides": None,
    "men": None, "women": None, "premiers": "Premier", "counterparts": None,
}  # fmt: skip
GROUP_SIZES = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
#: "three hours of talks", "a second round of talks": the quantity noun holds the talks' place in the clause
QUANTITY_NOUNS = frozenset(
    {"hours", "hour", "minutes", "days", "day", "round", "rounds", "series", "week", "weeks", "months", "session"}
)
#: Words that make an event hypothetical or denied: "could meet", "a possible meeting", "no meeting".
HYPOTHETICAL = frozenset({"could", "might", "may", "should", "possible", "potential", "hypothetical", "if", "unless"})
MEETING_NOUNS = frozenset(
    {
        "meeting",
        "meetings",
        "talks",
        "summit",
        "summits",
        "conversation",
        "conversations",
        "call",
        "calls",
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
    "protocols": "protocol",
    "accords": "agreement",
    "treaties": "treaty",
    "memoranda": "memorandum",
    "memorandums": "memorandum",
    "convention": "convention",
    "charter": "charter",
    # a joint declaration or communique is the same kind of document as a joint statement
    "declaration": "statement",
    "declarations": "statement",
    "communique": "statement",
    "statement": "statement",
    "statements": "statement",
}
SIGN_VERBS = frozenset({"sign", "ink", "conclude", "seal", "strike", "clinch"})
#: A joint statement is also made by adopting or issuing it: "adopted a joint declaration".
STATEMENT_VERBS = frozenset({"adopt", "issue", "release", "publish", "agree"})
#: Nouns for the parties of the deal just named: "the two sides also signed a memorandum".
PARTY_GROUP_NOUNS = frozenset({"sides", "countries", "nations", "governments", "states", "companies", "firms"})
CANCEL_VERBS = frozenset({"cancel", "ban", "scrap", "suspend", "halt", "freeze", "annul", "terminate", "revoke"})
PLAN_CUES = frozenset(
    {"will", "would", "shall", "expect", "plan", "schedule", "due", "set", "intend", "prepare", "agree", "hope"}
)
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
    #: every mention before this sentence, in order (countries and organisations too)
    earlier: list[Mention] = field(default_factory=list)
    calls_nearby: bool = False  # the sentence before or after speaks of telephone or video calls
    #: pronouns and descriptions ("he", "the Iranian leader") that stand for a person (extract/coref.py)
    references: dict[int, Mention] = field(default_factory=dict)
    #: the people of the last meeting or coordinated subjects: who "they" are
    last_group: list[Mention] = field(default_factory=list)
    #: the country the story was filed from (its dateline), where a trip with no destination ends
    filed_in: str | None = None
    #: the parties of the last deal named: who "the two sides" are when they sign another one
    last_deal_parties: list[str] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m
        for i, m in self.references.items():
            if self.sent.start <= i < self.sent.end:
                self.by_token.setdefault(i, m)

    @property
    def evidence(self) -> str:
        return " ".join(self.sent.text.split())


def extract_events(
    sents: Iterable[Span], mentions: list[Mention], published: dt.date | None, filed_in: str | None = None
) -> tuple[list[MeetingFact], list[VisitFact], list[DealFact]]:
    """The meetings, visits and deals the sentences state; ``filed_in`` is the dateline's country."""
    meetings: list[tuple[int, MeetingFact]] = []
    fragments: list[tuple[int, MeetingFact]] = []
    visits: list[VisitFact] = []
    deals: list[tuple[DealFact, bool, bool]] = []
    sents = list(sents)
    references = coref.resolve(sents, mentions)
    cues = [CALL_CUES.search(s.text) is not None or re.search(r"\bcalls?\b", s.text) is not None for s in sents]
    ordered = sorted(mentions, key=lambda m: m.start)
    first = 0
    earlier: list[Mention] = []  # people named before the current sentence, in order
    last_group: list[Mention] = []
    for n, sent in enumerate(sents):
        while first < len(ordered) and ordered[first].start < sent.start:
            if ordered[first].label == "Person":
                earlier.append(ordered[first])
            first += 1
        last = first
        while last < len(ordered) and ordered[last].start < sent.end:
            last += 1
        nearby = any(cues[k] for k in (n - 1, n + 1) if 0 <= k < len(sents))
        ctx = SentenceContext(
            sent, ordered[first:last], published, list(earlier), ordered[:first], calls_nearby=nearby,
            references=references,
            last_group=last_group, filed_in=filed_in,
            last_deal_parties=deals[-1][0].parties if deals else [],
        )  # fmt: skip
        for meeting in _meetings(ctx):
            (meetings if len(meeting.participants) >= 2 else fragments).append((n, meeting))
        visits.extend(_visits(ctx))
        signings: list[MeetingFact] = []
        deals.extend(_deals(ctx, signings))
        meetings.extend((n, m) for m in signings)
        last_group = _group_after(ctx, meetings, n) or last_group
    merged = _merge_meetings(meetings, fragments)
    visits = _unique_visits(visits)
    deal_facts: list[DealFact] = []
    for deal, during_meeting, anaphoric in deals:
        earlier_deal = _antecedent(deal, deal_facts) if anaphoric else None
        if earlier_deal is not None:
            _fill_deal(earlier_deal, deal)
            continue
        if during_meeting and len(merged) == 1:
            deal.signedAtMeeting = 0
        deal_facts.append(deal)
    return merged, visits, deal_facts


def _group_after(ctx: SentenceContext, meetings: list[tuple[int, MeetingFact]], n: int) -> list[Mention]:
    """Who "they" are after this sentence: the people of a meeting it states, or its coordinated subjects."""
    found = [m for k, m in meetings if k == n]
    if found:
        keys = found[-1].participants
        people = {p.key: p for p in [*ctx.mentions, *ctx.by_token.values()] if p.label == "Person"}
        return [people[k] for k in keys if k in people]
    for tok in ctx.sent:
        if tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "conj" for c in tok.children):
            group = _mentions_at(ctx, _conjuncts(tok), ("Person",))
            if len(group) >= 2:
                return group
    return []


def _antecedent(deal: DealFact, earlier: list[DealFact]) -> DealFact | None:
    """ "The memorandum was signed by video link": the one earlier deal of that kind, if there is one."""
    same = [d for d in earlier if d.kind == deal.kind and (set(deal.parties) & set(d.parties) or not deal.parties)]
    return same[0] if len(same) == 1 else None


def _fill_deal(target: DealFact, other: DealFact) -> None:
    for attr in ("when", "valueUsd", "valueText", "valueAmount", "valueCurrency", "sector"):
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
            found.extend(m for m in _group(ctx, tok) if m not in found)
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
    """ "the two presidents", "both leaders", "the three men": the last N people named before who
    hold such a title (a spokesman quoted in between is not one of "the two leaders"), else the last
    N named; "they" and "their" are the people of the last group or meeting."""
    if tok.lower_ in ("they", "their", "them") and tok.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "pobj"):
        return list(ctx.last_group) if len(ctx.last_group) >= 2 else []
    size = next((GROUP_SIZES[c.lower_] for c in tok.children if c.lower_ in GROUP_SIZES), None)
    bare = tok.lower_ in GROUP_SIZES and tok.pos_ == "NUM" and any(c.lower_ == "the" for c in tok.children)
    if bare:
        size = GROUP_SIZES[tok.lower_]  # "the two would meet in Geneva": the last two named, whatever their titles
    elif tok.lower_ not in GROUP_NOUNS or size is None:
        return []
    wanted = (GROUP_NOUNS.get(tok.lower_) or "").lower()
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

    titled = [m for m in recent if fits(m)] if not bare else []
    chosen = titled[:size] if len(titled) >= size else recent[:size]
    return chosen if len(chosen) == size else []


def _prep_objects(tok: Token, preps: set[str]) -> list[Token]:
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
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
        tense = "future" if planned else "past"
        # NER runs a date into what follows ("February, days before ..."): the part before a comma counts
        when = dates.resolve(ent.text, ctx.published, tense) or dates.resolve(
            ent.text.split(",")[0], ctx.published, tense
        )
        if when:
            found.append(when)
    if not found:
        found = _when_clause_date(ctx, anchors, planned)
    distinct = {(w.date, w.precision) for w in found}
    return found[0] if len(distinct) == 1 else None  # two different dates: we cannot tell which is the event's


def _where_clause_place(verb: Token) -> Token | None:
    """ "travelled to Damascus, where he met Assad": the place a "where" clause hangs on."""
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        return verb.head
    return None


def _place_of(ctx: SentenceContext, m: Mention) -> tuple[str | None, str | None]:
    if m.label == "Country":
        return m.name, m.key
    if m.label == "Place":
        return m.name, f"country:{m.iso3}" if m.iso3 else None
    return None, None


def _has_own_date(ctx: SentenceContext, verb: Token) -> bool:
    """ "travelled on December 1 ... and flew to Ankara the next day": a verb with a time of its own,
    even one we cannot resolve, does not share its neighbour's."""
    return any(
        e.label_ in ("DATE", "TIME") and (g := _governing_verb(e.root)) is not None and g.i == verb.i
        for e in ctx.sent.ents
    )


def _when_clause_date(ctx: SentenceContext, anchors: set[int], planned: bool) -> list[When]:
    """ "in March, when he and Kishida held talks": a "when" clause on a date is at that date."""
    doc = ctx.sent.doc
    for i in anchors:
        verb = doc[i]
        if verb.dep_ == "relcl" and any(c.lower_ == "when" for c in verb.children) and verb.head.ent_type_ == "DATE":
            ent = next((e for e in ctx.sent.ents if e.start <= verb.head.i < e.end), None)
            when = dates.resolve(ent.text, ctx.published, "future" if planned else "past") if ent else None
            return [when] if when else []
    return []


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
        if lemma == "bring" and not any(c.lower_ == "together" for c in tok.children):
            continue  # only "brought together X and Y" is a meeting
        if tok.pos_ == "VERB" and (lemma in MEETING_VERBS or is_call):
            if _modality(tok) is not None:
                continue
            people = _meeting_verb_people(ctx, tok)
            if not people:
                continue
            out.extend(_separately(ctx, tok, people, lambda ps, t=tok: _meeting(ctx, t, ps, verb=t, noun=None)))
            if len(people) >= 2:
                ctx.last_group = people  # "when Biden and Xi met in Bali, their first encounter"
        elif tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in MEETING_NOUNS:
            if tok.lower_ in ("call", "calls") and not CALL_CUES.search(ctx.sent.text):
                continue
            anchor = _quantity_head(tok)  # "three hours of talks": the clause holds "hours"
            verb = (
                anchor.head
                if anchor.dep_ in ("dobj", "nsubj", "nsubjpass") and anchor.head.pos_ in ("VERB", "AUX")
                else None
            )
            if verb is not None and verb.lemma_ in MEETING_VERBS:
                continue  # the verb is the trigger
            governing = verb or _governing_verb(anchor)
            if _modality(governing) is not None or _noun_denied(tok):
                continue
            people = _meeting_noun_people(ctx, tok, anchor, verb)
            seen_triggers.add(tok.i)
            out.extend(
                _separately(ctx, tok, people, lambda ps, t=tok, g=governing: _meeting(ctx, t, ps, verb=g, noun=t))
            )
    return out


def _quantity_head(noun: Token) -> Token:
    """ "held three hours of talks with X": the noun the talks are counted by, else the talks."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in QUANTITY_NOUNS:
        return noun.head.head
    return noun


def _modality(verb: Token | None) -> str | None:
    """ "negated" for "did not meet", "hypothetical" for "could meet", "if they meet"; else None."""
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ == "neg":
            return "negated"
        if child.dep_ in ("aux", "mark", "advmod") and child.lower_ in HYPOTHETICAL:
            return "hypothetical"
    if verb.dep_ in ("xcomp", "acomp") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        return _modality(verb.head)  # "could become possible", "refused to meet"
    if verb.lemma_ == "become" and any(c.lower_ in HYPOTHETICAL for c in verb.children):
        return "hypothetical"
    return None


def _noun_denied(noun: Token) -> bool:
    """ "no meeting was held", "a possible meeting": the noun itself says it did not happen."""
    return any(c.lower_ in ("no", "possible", "potential", "hypothetical", "proposed") for c in noun.children)


def _separately(
    ctx: SentenceContext, trigger: Token, people: list[Mention], make: Callable[[list[Mention]], MeetingFact]
) -> list[MeetingFact]:
    """ "held separate talks with A and B", "met A and, separately, B": one meeting per pair with the
    subject; otherwise one meeting of everyone."""
    separate = any(c.lower_ in ("separate", "separately") for c in trigger.subtree) or any(
        c.lower_ in ("separate", "separately") for c in trigger.head.children
    )
    subjects = _mentions_at(
        ctx, _subjects(trigger if trigger.pos_ == "VERB" else _governing_verb(trigger) or trigger), ("Person",)
    )
    if separate and len(subjects) == 1 and len(people) >= 3:
        host = subjects[0]
        return [make([host, other]) for other in people if other.name != host.name]
    return [make(people)]


def _meeting_verb_people(ctx: SentenceContext, verb: Token) -> list[Mention]:
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if verb.lemma_ in ("host", "chair"):  # "hosted the session, which was attended by A, B and C"
        agents += [
            o
            for clause in verb.subtree
            if clause.dep_ in ("relcl", "acl") and clause.lemma_ == "attend"
            for c in clause.children
            if c.dep_ == "agent"
            for o in c.children
            if o.dep_ == "pobj"
        ]
    tokens = _subjects(verb) + _objects(verb) + [a for g in agents for a in _conjuncts(g)]
    people = _mentions_at(ctx, tokens, ("Person",))
    preps = {"with", "between", "to"} if verb.lemma_ in ("speak", "talk") else {"with", "between"}
    for m in _pp_people(ctx, [verb], preps):  # "spoke by phone with A and B's king C", "spoke to X by phone"
        if all(p.name != m.name for p in people):
            people.append(m)
    if verb.lemma_ in ("receive", "welcome", "dine", "din"):  # only between people: "received the proposal"
        return people if len(people) >= 2 else []
    return people if len(people) >= 2 else _clause_people(ctx, verb, people)


def _pp_people(ctx: SentenceContext, heads: list[Token], preps: set[str]) -> list[Mention]:
    """Every person inside the "with"/"between" phrases of ``heads``, however the parser nested them
    ("between Trump, Netanyahu and Abu Dhabi's crown prince, Sheikh Mohammed"), nested clauses aside."""
    found: list[Mention] = []
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            nested = {t.i for tok in prep.subtree if tok.dep_ in ("relcl", "acl", "advcl") for t in tok.subtree}
            for tok in prep.subtree:
                m = ctx.by_token.get(tok.i)
                if tok.i not in nested and m is not None and m.label == "Person" and m not in found:
                    found.append(m)
    return found


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


def _meeting_noun_people(ctx: SentenceContext, noun: Token, anchor: Token, verb: Token | None) -> list[Mention]:
    """Participants of "talks between A and B", "A held talks with B", "their meeting", "a summit
    hosted by A and attended by B and C", "during the meeting with B, A said"."""
    tokens = [c for c in noun.children if c.dep_ == "poss" and c.lower_ != "their"]
    heads = [noun, anchor]
    if verb is not None and verb.lemma_ in HOLD_VERBS:
        tokens += _subjects(verb)
        heads.append(verb)
    elif anchor.dep_ == "pobj" and anchor.head.lower_ in _FRAMING_PREPS and anchor.head.head.pos_ == "VERB":
        tokens += _subjects(anchor.head.head)  # "During the meeting with X, Putin said ..."
        heads.append(anchor.head.head)
    for clause in noun.children:  # "the session, which was attended by A, B and C"; "a summit hosted by A"
        if clause.dep_ in ("relcl", "acl") and clause.lemma_ in ("attend", "host", "chair", "join"):
            tokens += [o for c in clause.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            tokens += [t for o in list(tokens) for t in _conjuncts(o)]
            heads.append(clause)
    people = _mentions_at(ctx, tokens, ("Person",))
    for m in _pp_people(ctx, heads, {"with", "between"}):
        if all(p.name != m.name for p in people):
            people.append(m)
    their = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "their"), None)
    if their is not None and len(people) < 2:
        # "Modi told Putin in their meeting": the teller and the told; else the last group named
        governing = _governing_verb(anchor)
        pair = _mentions_at(ctx, _subjects(governing) + _objects(governing), ("Person",)) if governing else []
        if len(pair) >= 2:
            people = pair
        else:
            people += [m for m in _group(ctx, their) if all(p.name != m.name for p in people)]
    return people


def _meeting(
    ctx: SentenceContext, trigger: Token, people: list[Mention], verb: Token | None, noun: Token | None
) -> MeetingFact:
    planned = _is_planned(verb)
    anchors = {t.i for t in (trigger, verb) if t is not None}
    if verb is not None:
        anchors |= {c.i for c in verb.children if c.dep_ in ("xcomp", "conj") and not _has_own_date(ctx, c)}
        if verb.dep_ == "conj" and not _has_own_date(ctx, verb):
            anchors.add(verb.head.i)  # "landed on Monday and went straight into talks": one time frame
        where = _where_clause_place(verb)
        if where is not None and not _has_own_date(ctx, verb):
            anchors.add(_governing_verb(where).i if _governing_verb(where) is not None else where.i)
    place, country = _place(ctx, [t for t in (trigger, verb) if t is not None])
    where = _where_clause_place(verb) if verb is not None else None
    if place is None and where is not None and where.i in ctx.by_token:
        place, country = _place_of(ctx, ctx.by_token[where.i])  # "travelled to Damascus, where he met Assad"
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


def _merge_meetings(
    meetings: list[tuple[int, MeetingFact]], fragments: list[tuple[int, MeetingFact]]
) -> list[MeetingFact]:
    """One meeting per participant set in an article; a fragment ("the meeting lasted 37 minutes")
    fills gaps of the one meeting it can belong to, stated in the sentence before or just before it."""
    merged: list[tuple[int, MeetingFact]] = []
    for n, m in meetings:
        same = next(
            (x for k, x in merged if set(x.participants) == set(m.participants) and _compatible(x, m, n - k)), None
        )
        if same is None:
            merged.append((n, m.model_copy(deep=True)))
        else:
            _fill(same, m)
    for n, frag in fragments:
        candidates = [
            m
            for k, m in merged
            if 0 <= n - k <= 2 and set(frag.participants) <= set(m.participants) and _compatible(m, frag, n - k)
            and m.status == frag.status
        ]  # fmt: skip
        if len(candidates) != 1:
            continue
        if frag.participants:
            _fill(candidates[0], frag)
        elif candidates[0].durationMinutes is None:
            # "The first round was held in Muscat last Saturday": a meeting noun with nobody named may be
            # another meeting altogether, so it lends only a duration, never a date or a place.
            candidates[0].durationMinutes = frag.durationMinutes
    return [m for _, m in merged]


def _compatible(a: MeetingFact, b: MeetingFact, distance: int) -> bool:
    """Whether two statements can be of one meeting. An undated one takes the other's date only when
    they are stated close together: the same pair meets more than once in many stories ("a visit Yoon
    made to Tokyo in March, when he and Kishida held talks"), and a wrong date is worse than none."""
    if a.when and b.when and a.when.date != b.when.date:
        return False
    if a.status != b.status and a.when and b.when:
        return False
    return (a.when is None) == (b.when is None) or distance <= 2


def _fill(target: MeetingFact, other: MeetingFact) -> None:
    for attr in ("place", "country", "when", "durationMinutes"):
        if getattr(target, attr) is None and getattr(other, attr) is not None:
            setattr(target, attr, getattr(other, attr))
    if target.kind == "meeting" and other.kind in ("call", "summit"):
        target.kind = other.kind


# -- visits --------------------------------------------------------------------------------------


def _visits(ctx: SentenceContext) -> list[VisitFact]:
    """Trips that happened: "visited Iran", "arrived in Tehran", "flew to Delhi", "his visit to
    Moscow", "a visit to Tehran by X", "the first leader to travel to Seoul"; a trip with no
    destination ("Putin flew in on Monday") ends where the story was filed (its dateline)."""
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
            made = [c for c in tok.children if c.dep_ in ("relcl", "acl") and c.lemma_ in ("make", "pay")]
            targets += [t for c in made for t in _prep_objects(c, {"to"})]  # "a visit Yoon made to Tokyo"
            visitors = _visit_noun_visitors(tok)
        else:
            continue
        verb = tok if tok.pos_ == "VERB" else _governing_verb(tok)
        if _is_planned(verb) or _modality(verb) is not None:
            continue  # a VISITED edge says the trip happened: "will travel to Russia" is not one yet
        if tok.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            visitors = _copula_subject(tok) or visitors  # "Kishida became the first Japanese leader to travel to Seoul"
        people = _mentions_at(ctx, visitors, ("Person",))
        if tok.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            people = _person_just_before(ctx, tok) or people  # nearer than a subject borrowed from afar
        # "visited Russia's Hmeimim air base" is a visit to a base, not to Russia; "the Iranian capital" is Iran
        targets = [t for t in targets if t.i in ctx.by_token or t.lemma_ in ("capital", "city")]
        places = _mentions_at(ctx, targets, ("Country", "Place"))
        countries = [f"country:{m.iso3}" for m in places if m.iso3]
        if not countries and _arrived_here(ctx, tok, targets):
            countries = [f"country:{ctx.filed_in}"]
        if not people or not countries:
            continue
        anchors = {t.i for t in (tok, verb) if t is not None}
        made = [c.i for c in tok.children if c.dep_ in ("relcl", "acl") and c.lemma_ in ("make", "pay")]
        if tok.pos_ == "NOUN" and made:
            anchors = {tok.i, *made}  # "Sunday's summit returned a visit Yoon made in March": March
        when = _event_date(ctx, anchors, planned=False)
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


def _visit_noun_visitors(noun: Token) -> list[Token]:
    """Who made the visit: "Raisi's visit", "a visit to Tehran by X", "a visit Yoon made to Tokyo",
    "on his first visit" (the subject of the clause)."""
    visitors = [c for c in noun.children if c.dep_ == "poss"]
    visitors += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for o in _prep_objects_of(c)]
    visitors += [
        s for c in noun.children if c.dep_ in ("relcl", "acl") and c.lemma_ in ("make", "pay") for s in _subjects(c)
    ]
    if visitors and all(v.pos_ == "PRON" for v in visitors) and not any(v.lower_ in ("his", "her") for v in visitors):
        verb = _governing_verb(noun)
        return _subjects(verb) if verb is not None else []
    if not visitors:
        verb = _governing_verb(noun)
        return _subjects(verb) if verb is not None and verb.lemma_ in ("be", "begin", "start", "end", "make") else []
    return visitors


def _prep_objects_of(prep: Token) -> list[Token]:
    return [t for obj in prep.children if obj.dep_ == "pobj" for t in _conjuncts(obj)]


def _copula_subject(verb: Token) -> list[Token]:
    """ "X became the first leader to visit Y", "X is the first minister to travel to Y": the subject
    of the copula whose attribute the infinitive describes."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    copula = verb.head if verb.dep_ in ("advcl", "xcomp") else verb.head.head if verb.dep_ in ("acl", "relcl") else None
    if copula is None or copula.lemma_ not in ("be", "become"):
        return []
    return [s for s in copula.children if s.dep_ == "nsubj"]


def _arrived_here(ctx: SentenceContext, verb: Token, targets: list[Token]) -> bool:
    """ "Putin flew in on Monday", "Kishida landed at a military airport": an arrival with no place
    named, in a story with a dateline, is an arrival where the story was filed."""
    if ctx.filed_in is None or verb.pos_ != "VERB" or targets:
        return False
    flew_in = verb.lemma_ in ("fly", "come") and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("in", "there") for c in verb.children
    )
    if not (verb.lemma_ in ("arrive", "land") or flew_in):
        return False
    # a place in any phrase of the verb but "from" is where they arrived, and not the dateline's
    phrases = {t.i for c in verb.children if c.dep_ in ("prep", "advmod") and c.lower_ != "from" for t in c.subtree}
    return not any((m := ctx.by_token.get(i)) is not None and m.label in ("Country", "Place") for i in phrases)


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


def _deals(ctx: SentenceContext, signings: list[MeetingFact]) -> list[tuple[DealFact, bool, bool]]:
    """(deal, signed during a meeting or visit, a definite "the agreement" that may repeat an earlier one);
    the meetings of people who signed together go to ``signings``."""
    out: list[tuple[DealFact, bool, bool]] = []
    verbs_done: set[int] = set()
    for tok in ctx.sent:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in DEAL_NOUNS:
            continue
        statement = DEAL_NOUNS[tok.lower_] == "statement"
        joint = any(c.lower_ in ("joint", "trilateral") for c in tok.children)
        if statement and not joint and tok.lower_ in ("statement", "statements"):
            continue  # a "joint statement" binds its signatories; any other statement is just words
        signing = SIGN_VERBS | CANCEL_VERBS | (STATEMENT_VERBS if statement and joint else frozenset())
        relative = [c for c in tok.children if c.dep_ in ("relcl", "acl") and c.lemma_ in signing]
        verb = relative[0] if relative else _governing_verb(tok)  # "the agreement Moscow signed with ..."
        if verb is None:
            continue
        signed = verb.lemma_ in SIGN_VERBS or _puts_names_to(verb) or (statement and joint and verb.lemma_ in signing)
        cancelled = verb.lemma_ in CANCEL_VERBS
        if _modality(verb) is not None:
            continue
        value = money.find_money(ctx.sent.text)
        if not (signed or cancelled):
            continue
        party_tokens = _prep_objects(tok, {"between", "with"}) + _prep_objects(verb, {"between", "with", "by"})
        if tok.dep_ in ("dobj",) or relative or _puts_names_to(verb):
            party_tokens += [s for s in _subjects(verb) if s.lower_ not in ("that", "which")]
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "under", "through", "via"):
            # "Russia, Iran and India agreed to set up the corridor in an accord signed in 2000"
            holder = _governing_verb(tok.head)
            party_tokens += _subjects(holder) if holder is not None else []
        parties = _parties(ctx, party_tokens)
        keys = [_party_key(p, ctx) for p in parties]
        grouped = next((g for t in party_tokens if not parties and (g := _party_group(ctx, t))), None)
        if grouped:
            keys = grouped  # "the two sides also signed", "the two companies have a contract"
        elif len(parties) < 2:
            parties = _clause_parties(ctx, verb, tok, parties)
            keys = [_party_key(p, ctx) for p in parties]
        if not keys:
            continue
        planned = _is_planned(verb)
        status = "cancelled" if cancelled else ("planned" if planned else "signed")
        during = any(
            t.lower_ in ("during", "on") and any(c.lower_ in VISIT_NOUNS | MEETING_NOUNS for c in t.subtree)
            for t in ctx.sent
        )
        deal = DealFact(
            parties=list(dict.fromkeys(keys)),
            title=_deal_title(tok),
            kind=DEAL_NOUNS[tok.lower_],
            valueUsd=value.usd if value else None,
            valueText=value.text if value else None,
            valueAmount=value.amount if value else None,
            valueCurrency=value.currency if value else None,
            sector=next((name for name, rx in SECTORS if rx.search(ctx.sent.text)), None),
            status=status,
            when=_deal_date(ctx, tok, verb, planned, cancelled),
            evidence=ctx.evidence,
            confidence=0.8 if len(keys) >= 2 else 0.6,
        )
        anaphoric = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
        if verb.i in verbs_done:  # "signed a contract ..., a deal worth $5bn": one deal, named twice
            continue
        verbs_done.add(verb.i)
        out.append((deal, during, anaphoric))
        if signed and not cancelled:
            signers = [t for t in party_tokens if t.lower_ not in PARTY_GROUP_NOUNS]
            ceremony = _signing_meeting(ctx, verb, _mentions_at(ctx, signers, ("Person",)), deal)
            if ceremony is not None:
                signings.append(ceremony)
    return out


def _signing_meeting(ctx: SentenceContext, verb: Token, signers: list[Mention], deal: DealFact) -> MeetingFact | None:
    """ "Putin and Pezeshkian signed a treaty at the Kremlin", "the document was signed by A and B in
    the presence of C": people who sign together have met (by video link, they have called)."""
    present = [
        ctx.by_token[t.i]
        for noun in ctx.sent
        if noun.lower_ == "presence"
        for t in noun.subtree
        if t.i in ctx.by_token and ctx.by_token[t.i].label == "Person"
    ]
    people = list({m.key: m for m in [*signers, *present]}.values())
    if len(people) < 2:
        return None
    place, country = _place(ctx, [verb])
    call = CALL_CUES.search(ctx.sent.text) is not None
    kind = "call" if call else ("summit" if len(people) >= 3 else "meeting")
    names = " and ".join(p.name for p in people)
    return MeetingFact(
        kind=kind,
        status="planned" if deal.status == "planned" else "held",
        participants=[p.key for p in people],
        place=place,
        country=country,
        when=deal.when,
        title=f"{kind.capitalize()} of {names}",
        evidence=ctx.evidence,
        confidence=0.7,
    )


def _parties(ctx: SentenceContext, tokens: list[Token]) -> list[Mention]:
    """Organisations (or, failing one in a phrase, countries) named in each party phrase."""
    parties: list[Mention] = []
    for tok in tokens:
        phrase_mentions = list(dict.fromkeys(ctx.by_token[i] for i in _own_phrase(tok) if i in ctx.by_token))
        if not phrase_mentions:  # "The two leaders ... signed two joint statements"
            if tok.lower_ not in PARTY_GROUP_NOUNS:  # "the two sides": states or companies, not people
                parties.extend(m for m in _group(ctx, tok) if all(p.key != m.key for p in parties))
            continue
        orgs = [m for m in phrase_mentions if m.label == "Organization"]
        chosen = orgs or [_owned_org(ctx, m) for m in phrase_mentions if m.label in ("Country", "Person")]
        if tok.lower_ in _REPRESENTATIVES and not orgs:  # "the leaders of Egypt, Sudan and Ethiopia"
            picked = [m for m in chosen if m.label == "Country"]
        else:
            picked = chosen[:1]
        parties.extend(m for m in picked if m.key and all(p.key != m.key for p in parties))
    return parties


#: Plural nouns for the people who sign for several states: "the leaders of X, Y and Z signed".
_REPRESENTATIVES = frozenset(
    {"leaders", "presidents", "heads", "ministers", "representatives", "delegations", "governments", "envoys"}
)


def _party_key(m: Mention, ctx: SentenceContext) -> str:
    """A minister who signs binds the state whose minister they are: the party is the role's holder
    (as stated at any mention of the person so far)."""
    if m.label != "Person":
        return m.key
    for other in [m, *ctx.mentions, *ctx.earlier_people]:
        if other.name == m.name and other.role_target:
            return other.role_target
    return m.key


def _deal_date(ctx: SentenceContext, noun: Token, verb: Token, planned: bool, cancelled: bool) -> When | None:
    """When the deal was made. A cancelled deal is dated only by its own signing ("a contract, agreed
    in 2016, was cancelled in September"): the date of the cancellation is not the deal's."""
    if not cancelled:
        return _event_date(ctx, {verb.i, noun.i}, planned)
    made = [
        t.i for t in noun.subtree if t.lemma_ in SIGN_VERBS | {"agree", "award"} and t.dep_ in ("acl", "conj", "relcl")
    ]
    return _event_date(ctx, set(made), planned) if made else None


def _party_group(ctx: SentenceContext, tok: Token) -> list[str]:
    """ "the two companies" (the last two organisations named), "the two countries" (the last two
    states), "the two sides" (the parties of the last deal, else the last two states)."""
    noun = tok.lower_
    size = next((GROUP_SIZES[c.lower_] for c in tok.children if c.lower_ in GROUP_SIZES), None)
    if noun not in PARTY_GROUP_NOUNS or size is None:
        return []
    if noun == "sides" and len(ctx.last_deal_parties) == size:
        return list(ctx.last_deal_parties)
    label = "Organization" if noun in ("companies", "firms") else "Country"
    before = [*ctx.earlier, *(m for m in ctx.mentions if m.start < tok.i)]
    recent: list[str] = []
    for m in reversed(before):
        if m.label == label and m.key and m.key not in recent:
            recent.append(m.key)
    return list(reversed(recent[:size])) if len(recent) >= size else []


def _puts_names_to(verb: Token) -> bool:
    """ "put their names (signatures) to the declaration": signing said another way."""
    return verb.lemma_ in ("put", "add", "set") and any(
        c.dep_ == "dobj" and c.lemma_ in ("name", "signature") for c in verb.children
    )


#: Phrases that say where or when a deal was signed, not who signed it: "in the Uzbek city of
#: Samarkand", "on the sidelines of a summit of the ECO", "during a visit by the minister".
_SETTING_PREPS = frozenset({"in", "at", "during", "on", "after", "before", "ahead", "amid", "near", "under", "since"})


def _clause_parties(ctx: SentenceContext, verb: Token, noun: Token, found: list[Mention]) -> list[Mention]:
    """Organisations in the signing clause (else countries): the small parser often misattaches
    coordinated company names ("X and Russian gas producer Y signed ..."). Names in phrases of place
    and occasion are not parties."""
    setting = {
        t.i
        for prep in _clause(verb)
        if prep.dep_ == "prep" and prep.lower_ in _SETTING_PREPS and prep.head.i in (verb.i, noun.i)
        for t in prep.subtree
    }
    clause = [ctx.by_token[t.i] for t in _clause(verb) if t.i in ctx.by_token and t.i != noun.i and t.i not in setting]
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
