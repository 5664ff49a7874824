"""Meetings and calls: PLOVER's CONSULT events ("met", "held talks", "telephone conversation with").

Participants come from the trigger's subjects, objects, "with" and "between" phrases, hosts and
"attended by" lists, never from every name in the sentence, so a spokesman who reports a meeting
is not made a participant of it. Statements of one meeting are merged per article; a statement
without a date lends none and takes none from one stated far away.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.tokens import Span, Token

from extract import names
from extract.event_context import (
    ROLE_NOUNS,
    TIME_NOUNS,
    SentenceContext,
    after_publication,
    event_date,
    group_people,
    listed_after,
    listed_before,
    mentions_at,
    place_of,
    place_of_event,
    time_frame,
    where_clause_place,
)
from extract.facts import MeetingFact
from extract.mentions import Mention
from extract.syntax import (
    PLAN_CUES,
    SPEECH_VERBS,
    called_off,
    clause_tokens,
    conjuncts,
    governing_verb,
    is_planned,
    is_purpose,
    modality,
    objects_of,
    prep_objects,
    prep_objects_of,
    present_tense,
    quantity_head,
    refers_back,
    subjects_of,
)

# "din" is how the small model lemmatises "dined"
MEETING_VERBS = frozenset(
    {"meet", "confer", "host", "talk", "negotiate", "join", "receive", "welcome", "dine", "din", "bring", "see", "sit"}
)


CALL_VERBS = frozenset({"speak", "phone", "call", "talk", "participate", "take", "telephone", "discuss"})  # with a cue


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
        "audience",
        "dialogue",
    }
)


#: Who convenes a gathering is at it: "Putin hosted the session, which brought together ...".
_HOST_VERBS = frozenset({"host", "chair", "convene", "open"})


#: Verbs whose object is the meeting: "held talks", "paid a courtesy call on", "have begun the summit",
#: "has just finished talks with".
HOLD_VERBS = frozenset(
    {"hold", "have", "conduct", "attend", "chair", "pay", "continue", "resume", "begin", "start", "conclude"}
    | {"finish", "end", "complete", "wrap", "launch", "open", "close", "enter"}
)


CALL_CUES = re.compile(r"\b(?:tele)?phone|\bvideo\s*(?:link|call|conference|-link)|\bvideoconference|\bphoned\b", re.I)


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


#: A gathering told as a list with no verb of meeting: "Around the table: A, B and C."
_ATTENDANCE = re.compile(
    r"^(?:around the table|at the table|also present|present|attending|among those (?:present|attending|"
    r"around the table|at the table))\b(?: were)?\s*[:,-]?",
    re.I,
)


def _attendance_list(ctx: SentenceContext) -> list[MeetingFact]:
    """ "Around the table: Pezeshkian, Putin, Aliyev and Tokayev." (a live blog's line): all of them met."""
    if not _ATTENDANCE.match(ctx.sent.text.strip()):
        return []
    people = list({m.key: m for m in ctx.mentions if m.label == "Person"}.values())
    if len(people) < 2:
        return []
    kind, title = kind_and_title(False, people)
    return [
        MeetingFact(kind=kind, participants=[p.key for p in people], title=title, evidence=ctx.evidence, confidence=0.6)
    ]


def find_meetings(ctx: SentenceContext) -> list[MeetingFact]:
    out: list[MeetingFact] = _attendance_list(ctx)
    seen_triggers: set[int] = set()
    cue_here = CALL_CUES.search(ctx.sent.text) is not None
    for tok in ctx.sent:
        if tok.i in seen_triggers:
            continue
        lemma = tok.lemma_
        is_call = (
            lemma in CALL_VERBS
            and (cue_here or (lemma == "speak" and ctx.calls_nearby) or _rang(ctx, tok))
            and (lemma != "take" or any(c.dep_ == "dobj" and c.lower_ == "part" for c in tok.children))
        )
        if lemma == "bring" and not any(c.lower_ == "together" for c in tok.children):
            continue  # only "brought together X and Y" is a meeting
        if lemma == "see" and any(c.lower_ == "as" or c.dep_ in ("ccomp", "xcomp") for c in tok.children):
            continue  # "saw Putin as a partner", "saw Putin win": no meeting
        if lemma == "sit" and not any(c.lower_ == "down" for c in tok.children):
            continue  # only "sat down with" is a meeting
        if lemma == "join" and not any(t.lower_ in MEETING_NOUNS for t in clause_tokens(tok)):
            continue  # "joined X for talks" is a meeting; "was joined by Justices A and B" (an opinion) is not
        if tok.pos_ == "VERB" and lemma == "call" and not is_call and (hosts := _called_on(tok)):
            if modality(tok) is None:  # "the army chief called on Raisi in Islamabad": a visit in person
                callers = subjects_of(tok) or ([tok.head] if tok.dep_ == "acl" else []) or _controller(tok)
                people = mentions_at(ctx, callers + hosts, ("Person",))
                if len(people) >= 2:
                    out.extend(_separately(ctx, tok, people, lambda ps, t=tok: _meeting(ctx, t, ps, verb=t, noun=None)))
            continue
        if tok.pos_ == "VERB" and (lemma in MEETING_VERBS or is_call):
            if modality(tok) is not None:
                continue
            people = _meeting_verb_people(ctx, tok)
            if not people:
                continue
            out.extend(_separately(ctx, tok, people, lambda ps, t=tok: _meeting(ctx, t, ps, verb=t, noun=None)))
            if len(people) >= 2:
                ctx.last_group = people  # "when Biden and Xi met in Bali, their first encounter"
        elif tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in MEETING_NOUNS or _video_conference(tok)):
            if tok.lower_ in ("call", "calls") and not _told_as_a_call(ctx, tok):
                continue
            anchor = quantity_head(tok)  # "three hours of talks": the clause holds "hours"
            # "A and B held talks at the White House and signed ...": the parse may make "held" a modifier of
            # "talks" and "talks" the subject of "signed"; "held" holds them still
            verb = _held_as_a_modifier(anchor) or (
                anchor.head
                if anchor.dep_ in ("dobj", "nsubj", "nsubjpass") and anchor.head.pos_ in ("VERB", "AUX")
                else None
            )
            if verb is not None and verb.lemma_ in MEETING_VERBS and not _calls_received(tok):
                continue  # the verb is the trigger
            governing = verb or governing_verb(anchor)
            if modality(governing) is not None or _noun_denied(tok) or called_off(governing):
                continue
            people = _meeting_noun_people(ctx, tok, anchor, verb)
            seen_triggers.add(tok.i)
            out.extend(
                _separately(ctx, tok, people, lambda ps, t=tok, g=governing: _meeting(ctx, t, ps, verb=g, noun=t))
            )
            out.extend(_meeting(ctx, tok, ps, verb=governing, noun=tok) for ps in _and_then_with(ctx, tok, governing))
    return out


def _held_as_a_modifier(noun: Token) -> Token | None:
    """ "Lee Jae-myung held talks with X": the parse may make "held" a modifier of "talks", with the
    subject still its own; it is the verb that holds them."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "amod" and c.i < noun.i and c.pos_ == "VERB" and c.lemma_ in HOLD_VERBS
            and any(s.dep_ == "nsubj" for s in c.children)
        ),
        None,
    )  # fmt: skip


def _rang(ctx: SentenceContext, verb: Token) -> bool:
    """ "Pezeshkian also called Oman's Sultan Haitham on Friday": "called" with a person and nothing
    else after it is a telephone call (not "called him a partner", "called on", "called for", "called off")."""
    if verb.pos_ != "VERB" or verb.lemma_ != "call" or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ in ("prt", "oprd", "xcomp", "ccomp", "attr") for c in verb.children):
        return False
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("on", "for", "upon")
        and any(o.ent_type_ not in ("DATE", "TIME") for o in prep_objects_of(c))
        for c in verb.children
    ):
        return False  # "called on the president", "called for talks"; not "called him on Tuesday"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return len(objects) == 1 and bool(mentions_at(ctx, objects, ("Person",)))


def _controller(verb: Token) -> list[Token]:
    """Whose act an infinitive is: "X is due to call on Y", "X plans to call on Y": the subject above."""
    head = verb
    while head.dep_ in ("xcomp", "acomp") and head.head.i != head.i:
        head = head.head
        if subjects := subjects_of(head):
            return subjects
    return []


def _called_on(verb: Token) -> list[Token]:
    """Whom "called on" names, when it means a visit: not "called on Putin to end the war" (urging)."""
    if any(c.dep_ in ("xcomp", "ccomp", "advcl") and any(a.lower_ == "to" for a in c.children) for c in verb.children):
        return []
    ons = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "on"]
    hosts = [o for c in ons for o in prep_objects_of(c) if o.ent_type_ not in ("DATE", "TIME")]  # not "on Tuesday"
    if any(c.dep_ == "prt" for c in ons):  # "is due to call on Prime Minister X": X is the object
        hosts += [t for o in verb.children if o.dep_ == "dobj" for t in conjuncts(o)]
    return hosts


def _video_conference(noun: Token) -> bool:
    """ "held a video conference": a call; a "conference" alone is a gathering of many, or the press."""
    if noun.lower_ in ("videoconference", "teleconference"):
        return True
    return noun.lower_ == "conference" and any(c.lower_ in ("video", "telephone", "phone") for c in noun.children)


def _and_then_with(ctx: SentenceContext, noun: Token, verb: Token | None) -> list[list[Mention]]:
    """ "first held talks with A, ..., and then with B": a second meeting, of the subject and B."""
    if verb is None or not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return []
    hosts = mentions_at(ctx, subjects_of(verb), ("Person",))
    later = [
        t for t in verb.subtree if t.lower_ == "with" and t.dep_ == "conj" and verb.i in (t.head.i, t.head.head.i)
    ]  # the parse hangs the second "with" on the verb, or on another of its phrases ("at ..., and then with")
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # "flew into Tehran and held talks with A, and later with B": or on the verb before
        later += [c for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > noun.i]
    return [
        [*hosts, *guests]
        for w in later
        if len(hosts) == 1 and (guests := mentions_at(ctx, prep_objects_of(w), ("Person",)))
    ]


def _told_as_a_call(ctx: SentenceContext, noun: Token) -> bool:
    """ "call" is a telephone call when the text says so, or "received calls from A"; else a call in
    person ("paid a courtesy call on")."""
    return CALL_CUES.search(ctx.sent.text) is not None or _calls_received(noun) or _courtesy_call(noun)


def _calls_received(noun: Token) -> bool:
    """ "received birthday calls from A and B": telephone calls, with the one who received them."""
    return noun.dep_ == "dobj" and noun.head.lemma_ == "receive" and bool(prep_objects(noun, {"from"}))


def _courtesy_call(noun: Token) -> bool:
    """ "paid a courtesy call on the president": a call in person, not by telephone."""
    paid = noun.dep_ == "dobj" and noun.head.lemma_ == "pay"
    return paid or any(c.lower_ == "courtesy" for c in noun.children)


def _noun_denied(noun: Token) -> bool:
    """ "no meeting was held", "a possible meeting": the noun itself says it did not happen."""
    return any(c.lower_ in ("no", "possible", "potential", "hypothetical", "proposed") for c in noun.children)


def _separately(
    ctx: SentenceContext, trigger: Token, people: list[Mention], make: Callable[[list[Mention]], MeetingFact]
) -> list[MeetingFact]:
    """ "held separate talks with A and B", "met A and, separately, B", "back-to-back bilateral talks
    with A, B and C": one meeting per pair with the subject; otherwise one meeting of everyone."""
    separate = any(c.lower_ in ("separate", "separately") for c in trigger.subtree) or any(
        c.lower_ in ("separate", "separately") for c in trigger.head.children
    )
    separate = separate or any(_one_to_one(c) for c in trigger.children if c.dep_ in ("amod", "nmod", "nummod"))
    separate = separate or trigger.lower_ == "calls"  # "received calls from A and B": a call each
    subjects = mentions_at(
        ctx, subjects_of(trigger if trigger.pos_ == "VERB" else governing_verb(trigger) or trigger), ("Person",)
    )
    if separate and len(subjects) == 1 and len(people) >= 3:
        host = subjects[0]
        return [make([host, other]) for other in people if other.name != host.name]
    others = [p for p in people if all(p.name != s.name for s in subjects)]
    apart = any(c.lower_ == "separately" for c in trigger.children)  # not "separate talks": apart from others
    if apart and len(subjects) >= 2 and len(others) == 1:
        # "A and B called on the prime minister separately": each of them met him
        return [make([subject, others[0]]) for subject in subjects]
    return [make(people)]


def _one_to_one(modifier: Token) -> bool:
    """ "bilateral", "back-to-back", "one-on-one" talks: each a meeting of two."""
    words = "".join(t.lower_ for t in modifier.subtree)
    return words in ("bilateral", "individual", "back-to-back", "one-on-one", "one-to-one")


def _meeting_verb_people(ctx: SentenceContext, verb: Token) -> list[Mention]:
    agents = _agents([verb])
    if verb.lemma_ in ("host", "chair"):  # "hosted the session, which was attended by A, B and C"
        agents += _agents(c for c in verb.subtree if c.dep_ in ("relcl", "acl") and c.lemma_ == "attend")
    subjects = subjects_of(verb)
    # "The summit, chaired by A, brought together B, C and D": who chaired it was at it
    agents += _agents(
        c
        for s in subjects
        if s.lower_ in MEETING_NOUNS
        for c in s.children
        if c.dep_ in ("relcl", "acl") and c.lemma_ in ("chair", "host")
    )
    if verb.dep_ == "conj" and not mentions_at(ctx, subjects, ("Person",)):
        # "Modi flew to Vienna, the first visit by ..., and met Nehammer": the parse made "visit" the
        # subject of "met"; the coordinated verbs share the first one's
        subjects += subjects_of(verb.head)
    if verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "dobj" and verb.head.head.lemma_ in _HOST_VERBS:
        subjects += subjects_of(verb.head.head)  # "Putin hosted the session, which brought together A, B and C"
    tokens = subjects + objects_of(verb) + [a for g in agents for a in conjuncts(g)]
    people = _with_listed(ctx, mentions_at(ctx, tokens, ("Person",)))
    preps = {"with", "between", "to"} if verb.lemma_ in ("speak", "talk") else {"with", "between"}
    _add_new(people, _pp_people(ctx, [verb], preps))  # "spoke by phone with A and B's king C", "spoke to X by phone"
    # only between people named as the verb's own arguments: "received the proposal", "the show will
    # be hosted by X" are no meetings
    if verb.lemma_ in ("receive", "welcome", "dine", "din", "host", "see", "sit"):
        return people if len(people) >= 2 else []
    return people if len(people) >= 2 else _clause_people(ctx, verb, people)


def _agents(clauses: Iterable[Token]) -> list[Token]:
    """Who the passive clauses name with "by" ("attended by A", "chaired by B")."""
    return [
        o for clause in clauses for c in clause.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
    ]


def _with_listed(ctx: SentenceContext, people: list[Mention]) -> list[Mention]:
    """``people`` and those listed just before or after each of them, which the parse did not coordinate."""
    out = list(people)
    for person in people:
        _add_new(out, listed_before(ctx, person))
        after = listed_after(ctx, person)
        _add_new(out, [after] if after is not None else [])
    return out


def _add_new(people: list[Mention], more: list[Mention]) -> None:
    """Add the people of ``more`` not yet among ``people`` (by name)."""
    for m in more:
        if all(p.name != m.name for p in people):
            people.append(m)


def _pp_people(ctx: SentenceContext, heads: list[Token], preps: set[str]) -> list[Mention]:
    """Every person inside the "with"/"between" phrases of ``heads``, however the parser nested them
    ("between Trump, Netanyahu and Abu Dhabi's crown prince, Sheikh Mohammed"), nested clauses aside."""
    found: list[Mention] = []
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            nested = {t.i for tok in prep.subtree if tok.dep_ in ("relcl", "acl", "advcl") for t in tok.subtree}
            # "between A and B, the father of C": C is named to say who B is
            nested |= {
                t.i
                for tok in prep.subtree
                if tok.lemma_ in _RELATIONS
                for of in tok.children
                if of.dep_ == "prep" and of.lower_ in ("of", "to")
                for t in of.subtree
            }
            for tok in prep.subtree:
                m = ctx.by_token.get(tok.i)
                if tok.i not in nested and m is not None and m.label == "Person" and m not in found:
                    found.append(m)
            # "with his Belarusian counterpart, Maxim Ryzhenkov", "with Foreign Minister X": a title the
            # parse cut from the name after it
            objects = [
                c
                for o in prep.children
                if o.dep_ == "pobj"
                for c in conjuncts(o)
                if c.i not in ctx.by_token and (c.lower_ in ROLE_NOUNS or names.is_title_head(c.text))
            ]
            _add_new(found, mentions_at(ctx, objects, ("Person",)))
            if prep.lower_ != "between":
                continue
            speakers = {m.name for m in mentions_at(ctx, _speakers(ctx.sent), ("Person",))}
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.i not in ctx.by_token):
                # "after talks between the two leaders"; not "Trump said the meeting between the two leaders"
                group = group_people(ctx, obj)
                if not any(m.name in speakers for m in group):
                    found.extend(m for m in group if m not in found)
    return found


def _speakers(sent: Span) -> list[Token]:
    """The subjects of the sentence's verbs of saying: who reports, not who met."""
    return [t for v in sent if v.lemma_ in SPEECH_VERBS for t in subjects_of(v)]


def _whose_counterpart(ctx: SentenceContext, noun: Token) -> list[Mention]:
    """The person "his" stands for in "talks with his counterpart, X"."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            for tok in prep.subtree:
                m = ctx.by_token.get(tok.i)
                if tok.lower_ in ("his", "her") and tok.head.lemma_ == "counterpart" and m is not None:
                    return [m] if m.label == "Person" else []
    return []


def _clause_people(ctx: SentenceContext, verb: Token, found: list[Mention]) -> list[Mention]:
    """When the parse misses a participant: the people in the trigger's own clause, minus reporters.

    The small model often attaches a coordinated or post-modified name to the wrong head; the
    clause (the verb's subtree, without nested clauses of saying) is a safer net than the sentence.
    """
    excluded: set[int] = set()
    for tok in verb.subtree:
        if tok.lemma_ in SPEECH_VERBS and tok.i != verb.i:
            for subj in subjects_of(tok):
                excluded.update(t.i for t in subj.subtree)
    people = list(found)
    for tok in clause_tokens(verb):
        m = ctx.by_token.get(tok.i)
        if m is not None and m.label == "Person" and tok.i not in excluded and all(p.name != m.name for p in people):
            people.append(m)
    return people


#: Verbs that open or close a stretch of time "with" a meeting: "ended the visit with talks with X".
_BOUNDING_VERBS = frozenset({"begin", "start", "open", "end", "finish", "close", "conclude", "wrap", "cap"})
_FRAMING_PREPS = frozenset({"during", "at", "in", "after", "for", "into", "before"})


#: Nouns that say who someone is by naming another: "the father of X", "an aide to X".
_RELATIONS = frozenset(
    {"father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "widow", "nephew", "uncle",
     "successor", "predecessor", "aide", "adviser", "envoy", "protege", "mentor", "rival", "ally"}
)  # fmt: skip


def _onward(head: Token) -> Token:
    """ "flew to Abu Dhabi and then on to Riyadh for talks with X": "on" stands for the verb it repeats."""
    return head.head if head.lower_ == "on" and head.dep_ == "conj" and head.pos_ == "ADV" else head


def _frames(head: Token) -> bool:
    """A verb whose subject is at the meeting a framing phrase names: "During the talks, X said",
    "X is due in Brussels for talks with Y", "X is expected in Moscow for talks"."""
    if head.pos_ == "VERB":
        return True
    return head.lemma_ == "be" or (head.pos_ == "ADJ" and head.lemma_ in PLAN_CUES)


def _meeting_noun_people(ctx: SentenceContext, noun: Token, anchor: Token, verb: Token | None) -> list[Mention]:
    """Participants of "talks between A and B", "A held talks with B", "their meeting", "a summit
    hosted by A and attended by B and C", "during the meeting with B, A said"."""
    tokens = [c for c in noun.children if c.dep_ == "poss" and c.lower_ != "their"]
    heads = [noun, anchor]
    if verb is not None and (verb.lemma_ in HOLD_VERBS | _HOST_VERBS or _calls_received(noun)):
        # "Xi opened the meeting, with Putin ...", "Putin received calls from ..."
        tokens += subjects_of(verb)
        heads.append(verb)
    elif anchor.dep_ == "pobj" and anchor.head.lower_ == "with" and anchor.head.head.lemma_ in _BOUNDING_VERBS:
        # "wrapped up a four-day tour on Thursday with talks with X", "opened the day with a meeting with Y"
        tokens += subjects_of(anchor.head.head)
        heads.append(anchor.head.head)
    elif (
        anchor.dep_ == "pobj" and anchor.head.lower_ in _FRAMING_PREPS and _frames(framed := _onward(anchor.head.head))
    ):
        tokens += subjects_of(framed)  # "During the meeting with X, Putin said ..."
        if anchor.head.lower_ not in ("before", "after"):  # "Before his session with Putin, he met Xi": not Xi
            # "X told Y at a meeting", "X conveyed the decision to Y at a meeting in Kabul"
            tokens += objects_of(framed) + [t for h in (framed, *objects_of(framed)) for t in prep_objects(h, {"to"})]
        heads.append(framed)
    followed = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "by" else None
    if followed is not None and followed.lemma_ == "follow" and followed.head.lower_ in MEETING_NOUNS:
        earlier = governing_verb(followed.head)  # "for talks with X, followed by an audience with Y": he met Y
        tokens += subjects_of(earlier) if earlier is not None else []
    for clause in noun.children:  # "the session, which was attended by A, B and C"; "a summit hosted by A"
        if clause.dep_ in ("relcl", "acl") and clause.lemma_ in ("attend", "host", "chair", "join"):
            tokens += _agents([clause])
            tokens += [t for o in list(tokens) for t in conjuncts(o)]
            heads.append(clause)
    people = _with_listed(ctx, mentions_at(ctx, tokens, ("Person",)))
    # "a call on the king"; "received calls from A and B"
    # "opened the summit alongside A, B and C"
    preps = {"with", "between", "on", "from"} if noun.lower_ in ("call", "calls") else {"with", "between", "alongside"}
    own = any(c.dep_ == "prep" and c.lower_ in preps for c in noun.children)
    if verb is not None and verb not in heads and noun.dep_ == "dobj" and noun.head.i == verb.i and not own:
        heads.append(verb)  # "recalled his meeting in Colombo in 2015 with X": the parse hangs "with X" on the verb
    _add_new(people, _pp_people(ctx, heads, preps))
    if len(people) == 1:
        _add_new(people, _whose_counterpart(ctx, noun))  # "talks with his Mauritanian counterpart, X": and he
    their = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "their"), None)
    if their is not None and len(people) < 2:
        # "Modi told Putin in their meeting": the teller and the told; else the last group named
        governing = governing_verb(anchor)
        pair = mentions_at(ctx, subjects_of(governing) + objects_of(governing), ("Person",)) if governing else []
        if len(pair) >= 2:
            people = pair
        else:
            _add_new(people, group_people(ctx, their))
    return people


def _meeting(
    ctx: SentenceContext, trigger: Token, people: list[Mention], verb: Token | None, noun: Token | None
) -> MeetingFact:
    planned = is_planned(verb)
    anchors = {t.i for t in (trigger, verb) if t is not None}
    purpose = noun is not None and quantity_head(noun).dep_ == "pobj" and quantity_head(noun).head.lower_ == "for"
    if purpose and verb is not None and any(c.lower_ == "the" or c.dep_ == "poss" for c in noun.children):
        # "flew to Beijing on Thursday for the meeting" (one told of before): the flight's day, not the
        # meeting's; but "travelled on to Tehran on Monday for talks with Pezeshkian" tells that day's talks
        anchors = {trigger.i}
    elif verb is not None:
        anchors |= time_frame(ctx, verb)
    travel = verb.head if verb is not None and is_purpose(verb) else None  # "travel to Tehran in May to meet X"
    if travel is not None:
        anchors |= {travel.i} | time_frame(ctx, travel)
    due = [c for c in verb.children if c.dep_ == "acomp"] if verb is not None and verb.lemma_ == "be" else []
    place, country = place_of_event(ctx, [t for t in (trigger, verb, travel, *due) if t is not None])  # "due in X"
    if place is None and travel is not None:
        dest = next((ctx.by_token[o.i] for o in prep_objects(travel, {"to"}) if o.i in ctx.by_token), None)
        place, country = place_of(dest) if dest is not None else (None, None)
    where = where_clause_place(verb) if verb is not None else None
    if where is not None and where.lemma_ in TIME_NOUNS and (holder := governing_verb(where)) is not None:
        where = next((o for o in prep_objects(holder, {"to"}) if o.i in ctx.by_token), None)
        # "went on to Damascus the following day, where he met Assad": in Damascus
    if country is None and where is not None and where.i in ctx.by_token:
        # "travelled to Damascus, where he met Assad"; "flew to Beijing, where Li received him at the
        # Great Hall of the People": the city, not a venue the gazetteer cannot place
        place, country = place_of(ctx.by_token[where.i])
    text = ctx.sent.text
    call = CALL_CUES.search(_own_clause(verb) if verb is not None else text) is not None
    call = call or (trigger.lemma_ == "speak" and ctx.calls_nearby)
    call = call or (_calls_received(trigger) and not _courtesy_call(trigger))  # a courtesy call is in person
    call = call or _rang(ctx, trigger)
    kind, title = kind_and_title(call, people)
    minutes = duration_minutes(text)
    # "on Thursday the president travels on"; but a heading's "Monday: Araghchi sees Putin" is past
    when = event_date(ctx, anchors, planned or (present_tense(verb) and not ctx.is_heading))
    planned = planned or after_publication(ctx, when) or (noun is not None and _planned_noun(noun))
    return MeetingFact(
        kind=kind,
        status="planned" if planned else "held",
        participants=list(dict.fromkeys(p.key for p in people)),
        place=place,
        country=country,
        when=when,
        durationMinutes=minutes,
        title=title,
        evidence=ctx.evidence,
        confidence=0.85 if verb is trigger else 0.7,
        refersBack=noun is not None and refers_back(noun),
    )


def _own_clause(verb: Token) -> str:
    """The words of ``verb``'s clause, without clauses coordinated with it that have a subject of
    their own: "A and B spoke by telephone last month, and A is expected in Moscow for talks"."""

    def separate(t: Token) -> bool:
        return (
            t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        )

    top = verb.head if verb.dep_ == "conj" and not separate(verb) else verb  # "spoke by phone and agreed"
    skip = {t.i for c in top.children if separate(c) for t in c.subtree}
    return " ".join(t.text for t in top.subtree if t.i not in skip)


def kind_and_title(call: bool, people: list[Mention]) -> tuple[str, str]:
    """A call, a summit (three or more participants, as GRAPH_MODEL says) or a meeting, and its caption."""
    kind = "call" if call else ("summit" if len({p.key for p in people}) >= 3 else "meeting")
    names = " and ".join(dict.fromkeys(p.name for p in people))
    return kind, f"{kind.capitalize()} of {names}" if names else kind.capitalize()


#: "the forthcoming talks", "a scheduled meeting": the noun itself says it is yet to happen.
_PLANNED_MODIFIERS = frozenset({"forthcoming", "upcoming", "scheduled", "planned", "expected", "proposed", "next"})


def _planned_noun(noun: Token) -> bool:
    """ "the forthcoming talks", "a meeting due next week": the noun's own modifier says so."""
    return any(
        c.lower_ in _PLANNED_MODIFIERS or (c.dep_ in ("acl", "amod") and c.lower_ == "due") for c in noun.children
    )


def merge_meetings(
    meetings: list[tuple[int, MeetingFact]], fragments: list[tuple[int, MeetingFact]]
) -> list[MeetingFact]:
    """One meeting per participant set in an article; a fragment ("the meeting lasted 37 minutes")
    fills gaps of the one meeting it can belong to, stated in the sentence before or just before it."""
    merged: list[tuple[int, MeetingFact]] = []
    for n, m in meetings:
        same = next(
            (x for k, x in merged if set(x.participants) == set(m.participants) and _compatible(x, m, n - k)), None
        )
        if same is None and m.refersBack:  # "Ryabkov and Gharibabadi flew to Beijing for the meeting"
            near = [
                x for k, x in merged
                if 0 <= n - k <= 2 and set(m.participants) < set(x.participants) and _compatible(x, m, n - k)
            ]  # fmt: skip
            same = near[0] if len(near) == 1 else None
        if same is None and m.when is None and any(_restates(x, m) for _, x in merged):
            continue  # "before he was taken to see Xi", paragraphs after the dated meeting: no new meeting
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


def _restates(earlier: MeetingFact, later: MeetingFact) -> bool:
    """An undated statement that adds nothing to a dated meeting of the same people told before it."""
    return (
        earlier.when is not None
        and earlier.kind == later.kind
        and set(earlier.participants) == set(later.participants)
        and earlier.status == later.status
        and later.place in (None, earlier.place)
    )


def _compatible(a: MeetingFact, b: MeetingFact, distance: int) -> bool:
    """Whether two statements can be of one meeting. An undated one takes the other's date only when
    they are stated close together: the same pair meets more than once in many stories ("a visit Yoon
    made to Tokyo in March, when he and Kishida held talks"), and a wrong date is worse than none."""
    if a.when and b.when and a.when.date != b.when.date:
        return False
    if a.status != b.status and (distance > 0 or a.kind != b.kind or (a.when and b.when)):
        # "met Xi in Busan ... would travel to Beijing in April for another meeting with Xi"; in one
        # sentence, two words for one meeting may read its tense differently
        return False
    return (a.when is None) == (b.when is None) or distance <= 2


def _fill(target: MeetingFact, other: MeetingFact) -> None:
    for attr in ("place", "country", "when", "durationMinutes"):
        if getattr(target, attr) is None and getattr(other, attr) is not None:
            setattr(target, attr, getattr(other, attr))
    if target.kind == "meeting" and other.kind in ("call", "summit"):
        target.kind = other.kind
