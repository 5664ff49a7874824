"""What the event readers know about the sentence they read: its mentions, the people named
before it, who "they" and "the two leaders" are, and the date and place an event is attached to.

Dates and places are read only from the event's own clause: a date in another clause ("since
2007", "who met Xi in 2019") is not the event's, and two different dates leave it undated.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from extract import dates, gazetteer, names, roles
from extract.facts import When
from extract.mentions import Mention
from extract.syntax import clause_tokens, conjuncts, governing_verb, objects_of, prep_objects, subjects_of

GROUP_NOUNS = {
    "presidents": "President", "leaders": None, "ministers": "Minister", "heads": None, "sides": None,
    "men": None, "women": None, "premiers": "Premier", "counterparts": None,
}  # fmt: skip


#: Nouns that stand before a person's name as a title does: "his counterpart, X", "the host, X".
ROLE_NOUNS = frozenset({"counterpart", "host"})
GROUP_SIZES = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


@dataclass
class SentenceContext:
    sent: Span
    mentions: list[Mention]
    published: dt.date | None
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
    #: the parties of documents named before but not said to be signed, by kind: whose "the agreement was
    #: signed in 2023" is, after "a free trade agreement between Iran and the EAEU came into force"
    named_documents: dict[str, list[str]] = field(default_factory=dict)
    #: where the sentence before took place, else where the story's trips went most: where "X flew in" went
    recent_trip: str | None = None
    by_token: dict[int, Mention] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m
        for i, m in self.references.items():
            if self.sent.start <= i < self.sent.end:
                self.by_token.setdefault(i, m)

    @cached_property
    def earlier_people(self) -> list[Mention]:
        """The people named before this sentence, in order."""
        return [m for m in self.earlier if m.label == "Person"]

    @property
    def is_heading(self) -> bool:
        """A short line with no closing stop ("Monday: Araghchi sees Putin"): its present tense tells the past."""
        text = self.sent.text.strip()
        return bool(text) and text[-1] not in ".!?\"'”’" and len(self.sent) <= 15

    @property
    def evidence(self) -> str:
        return " ".join(self.sent.text.split())


def mentions_at(ctx: SentenceContext, tokens: Iterable[Token], labels: tuple[str, ...]) -> list[Mention]:
    """The mentions that head each noun phrase: the token itself, or a compound/flat part of its phrase."""
    found: list[Mention] = []
    for tok in tokens:
        if "Person" in labels and tok.lower_ in ("counterpart", "counterparts") and tok.i not in ctx.by_token:
            starts = {m.start: m for m in ctx.mentions if m.label == "Person"}
            found.extend(m for m in roles.listed_after(tok, starts) if m not in found)  # "his counterparts, A and B"
        elif "Person" in labels and tok.i not in ctx.by_token:
            group = group_people(ctx, tok) or apposed_people(ctx, tok) or _named_after(ctx, tok)
            found.extend(m for m in group if m not in found)
        m = ctx.by_token.get(tok.i)
        if m is None:  # "the country's President Hassan Rouhani": the head may be the title word
            for child in sorted(tok.children, key=lambda c: c.dep_ != "appos"):
                if child.dep_ in ("compound", "appos", "nmod", "poss", "amod") and child.i in ctx.by_token:
                    cand = ctx.by_token[child.i]
                    if cand.label in labels and not (child.dep_ == "poss" and cand.label == "Person"):
                        m = cand  # but "Kofod's successor, Lars Rasmussen," is Rasmussen
                        break
        if m is not None and m.label in labels and m not in found:
            found.append(m)
    return found


def listed_before(ctx: SentenceContext, person: Mention) -> list[Mention]:
    """The people listed with ``person`` just before it ("A, B and Chinese Vice Premier C held talks"),
    by the words alone: the small model often hangs the earlier names on a place or a title."""
    doc = ctx.sent.doc

    def first(m: Mention) -> int:
        """Where the person's phrase starts: a title after the name ("X, the minister") does not count,
        capitalised words just before it ("Commission President") do."""
        j = min(m.start, m.role_start if m.role_start is not None else m.start)
        while (
            j - 1 > ctx.sent.start and j > m.start - 4 and doc[j - 1].text[:1].isupper() and j - 1 not in ctx.by_token
        ):
            j -= 1
        return j

    j = first(person) - 1
    if j <= ctx.sent.start or doc[j].lower_ != "and":
        return []
    j -= 1 if doc[j - 1].text != "," else 2  # "A, B, and C"
    found: list[Mention] = []
    while j >= ctx.sent.start and (m := ctx.by_token.get(j)) is not None and m.label == "Person" and m.end == j + 1:
        found.append(m)
        j = first(m) - 1
        if j < ctx.sent.start or doc[j].text != ",":
            break
        j -= 1
    return found


def listed_after(ctx: SentenceContext, person: Mention) -> Mention | None:
    """The person joined to ``person`` by "and" just after it, titles between ("met A and Armenian Prime
    Minister B, the presidency said"): the small model often makes B the subject of what follows."""
    doc = ctx.sent.doc
    j = person.end
    if j + 1 < ctx.sent.end and doc[j].lower_ == "of":  # "President A of the DRC and President B of Rwanda"
        k = j + 2 if doc[j + 1].lower_ == "the" else j + 1
        state = ctx.by_token.get(k)
        j = state.end if state is not None and state.label == "Country" and state.start == k else j
    if j >= ctx.sent.end - 1 or doc[j].lower_ != "and":
        return None
    j += 1
    while j < min(ctx.sent.end, person.end + 6) and (
        (j not in ctx.by_token and doc[j].text[:1].isupper()) or _demonym(ctx, j)
    ):
        j += 1  # "Armenian Prime Minister"
    m = ctx.by_token.get(j)
    return m if m is not None and m.label == "Person" and m.start == j and m.name != person.name else None


def _demonym(ctx: SentenceContext, i: int) -> bool:
    m = ctx.by_token.get(i)
    return m is not None and m.label == "Country" and m.end == i + 1


def _named_after(ctx: SentenceContext, tok: Token) -> list[Mention]:
    """ "called on the Prime Minister of Sri Lanka, Dr. Harini Amarasuriya, at ...": the name right
    after a title's phrase (or after it and a comma) is the title's holder, where the parse lost it."""
    if not names.is_title_head(tok.text) and tok.lower_ not in ROLE_NOUNS:
        return []
    i = max(t.i for t in tok.subtree) + 1
    doc = ctx.sent.doc
    if (m := ctx.by_token.get(i)) is not None and m.start == i and m.label == "Person":
        return [m]  # "with Ukrainian Foreign Minister Andrii Sybiha": the parse hung the name elsewhere
    if i >= ctx.sent.end or doc[i].text != ",":
        return []
    comma = i
    i += 1
    # "the chief of staff of Iran's armed forces, Major General Mohammad Bagheri": past a style or rank
    while i < ctx.sent.end and i - comma <= 3 and (names.is_honorific(doc[i].text) or names.is_title_word(doc[i].text)):
        i += 1
    m = ctx.by_token.get(i)
    if m is None or m.label != "Person":
        # "with the host, Turkmen President Serdar Berdimuhamedov": the name after its own title
        m = next((p for p in ctx.mentions if p.label == "Person" and p.role_start == i), None)
        return [m] if m is not None else []
    return [m] if comma < m.start <= i else []


def apposed_people(ctx: SentenceContext, tok: Token) -> list[Mention]:
    """ "The heads of the two central banks, A of X and B of Y, held ...": the people listed in
    apposition to a group noun (or to the "of" phrase that completes it)."""
    if tok.lower_ not in GROUP_NOUNS:
        return []
    heads = [tok] + [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    found: list[Mention] = []
    for head in heads:
        for appos in (c for c in head.children if c.dep_ == "appos"):
            for t in appos.subtree:  # "A of X and B of Y": the parse may hang B on X
                m = ctx.by_token.get(t.i)
                if m is not None and m.label == "Person" and m not in found:
                    found.append(m)
    return found if len(found) >= 2 else []


def group_people(ctx: SentenceContext, tok: Token) -> list[Mention]:
    """ "the two presidents", "both leaders", "the three men": the last N people named before who
    hold such a title (a spokesman quoted in between is not one of "the two leaders"), else the last
    N named; "they" and "their" are the people of the last group or meeting."""
    if tok.lower_ in ("they", "their", "them") and tok.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "pobj"):
        own = _main_clause_group(ctx, tok) if tok.dep_ in ("nsubj", "nsubjpass") else []
        if own:
            return own
        return list(ctx.last_group) if len(ctx.last_group) >= 2 else []
    size = next((GROUP_SIZES[c.lower_] for c in tok.children if c.lower_ in GROUP_SIZES), None)
    bare = tok.lower_ in GROUP_SIZES and tok.pos_ == "NUM" and any(c.lower_ == "the" for c in tok.children)
    if bare:
        size = GROUP_SIZES[tok.lower_]  # "the two would meet in Geneva": the last two named, whatever their titles
    elif tok.lower_ not in GROUP_NOUNS or size is None:
        return []
    wanted = (GROUP_NOUNS.get(tok.lower_) or "").lower()
    rank = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.lower_ in ("deputy", "vice")]
    if wanted and rank:
        wanted = f"{rank[0]} {wanted}"  # "the two visiting deputy ministers": deputies, not their minister
    # people acting in the group's own clause are not in it: "Wang Yi met the two deputy ministers"
    verb = tok.head if tok.dep_ in ("dobj", "pobj", "nsubj") else None
    acting = {
        m.name
        for m in ctx.mentions
        if verb is not None and m.label == "Person" and ctx.sent.doc[m.end - 1].head.i == verb.i
    }
    # "he held talks with Li Qiang before the two men ...": a pronoun names its person here too
    here = sorted(
        [(m.start, m) for m in ctx.mentions if m.label == "Person" and m.start < tok.i]
        + [(i, m) for i, m in ctx.references.items() if ctx.sent.start <= i < tok.i and m.label == "Person"],
        key=lambda pair: pair[0],
    )
    named = [m for m in ctx.earlier_people + [m for _, m in here] if m.name not in acting]
    titles: dict[str, set[str]] = {}
    for m in named:
        titles.setdefault(m.name, set()).update(t.lower() for t in m.titles)
    recent: list[Mention] = []
    for m in reversed(named):
        if all(p.name != m.name for p in recent):
            recent.append(m)

    doc = ctx.sent.doc
    # "former Ukrainian president Leonid Kuchma" is none of "the four leaders" who met
    formers = {m.name for m in named if any(_former(t) for t in doc[max(m.start - 4, 0) : m.start])}

    def fits(m: Mention) -> bool:
        held = titles[m.name]
        if wanted:  # "President", "Vice President"; not "presidential aide"
            return any(re.search(rf"\b{re.escape(wanted)}\b", t) for t in held)
        return any(names.is_leader_title(t) for t in held) and m.name not in formers

    # "the two men", "the two women": any two, the last named; "the two leaders": the last who lead
    titled = [m for m in recent if fits(m)] if not bare and tok.lower_ not in ("men", "women") else []
    # else the last named, but not one whose title is another ("Kremlin aide Ushakov" is none of "the two presidents")
    untitled = [m for m in recent if fits(m) or not titles[m.name]] if titled else recent
    chosen = titled[:size] if len(titled) >= size else (untitled if len(untitled) >= size else recent)[:size]
    return chosen if len(chosen) == size else []


def _former(t: Token) -> bool:
    """A word that makes the title after it a past one ("former", "ex-"); "then" only as "then-",
    since "The leaders then adopted ..." is no former leader."""
    if t.lower_ == "then":
        return t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-"
    return names.is_former(t.text)


def _main_clause_group(ctx: SentenceContext, they: Token) -> list[Mention]:
    """ "A and B travelled to Kyiv, where they met Poroshenko": "they" of a clause inside the sentence
    are the people the main clause's subject names, when it names two or more."""
    clause = they.head
    if clause.dep_ not in ("relcl", "advcl") or clause.head.i == clause.i:
        return []
    main = governing_verb(clause.head) if clause.dep_ == "relcl" else clause.head
    if main is None:
        return []
    people = mentions_at(ctx, [t for s in subjects_of(main) for t in conjuncts(s)], ("Person",))
    return people if len(people) >= 2 else []


def event_date(
    ctx: SentenceContext, anchors: set[int], planned: bool, outside: frozenset[int] = frozenset()
) -> When | None:
    """The date of the event at ``anchors``: only a date expression attached to it, never another
    clause's, nor one among the tokens ``outside``."""
    found: list[When] = []
    doc = ctx.sent.doc
    framing = [(t.i, int(t.text)) for t in ctx.sent if _framing_year(t, anchors)]
    # "to New Delhi on Thursday, where he met Jaishankar, and to Islamabad on Friday": a clause hung
    # on a date is of that date, whatever else the parse gave it
    on_date = {doc[a].head.i for a in anchors if doc[a].dep_ == "relcl" and doc[a].head.ent_type_ == "DATE"}
    for ent in ctx.sent.ents:
        if ent.label_ not in ("DATE", "TIME") or any(t.i in outside for t in ent):
            continue
        if on_date and not any(ent.start <= i < ent.end for i in on_date):
            continue
        prev = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        span = prev == "from" and dates.is_day_span(ent.text)  # "from 4 to 6 April" starts on the 4th
        if prev in ("since", "until", "till", "before", "after", "by", "from", "through", "ago") and not span:
            continue
        if ent.root.head.lower_ in ("from", "since", "until") and ent.root.head.dep_ == "prep" and not span:
            continue  # "from about $65 billion last year": a time the phrase compares with
        verb = governing_verb(ent.root)
        if verb is not None and verb.i not in anchors and not on_date:
            continue
        if verb is None and not on_date and _outside_the_anchors_clauses(doc, ent, anchors):
            continue  # "A held [parsed as a modifier] talks with B on Saturday, ... a trip that will take him to C"
        if _qualifies_another_noun(ent, anchors) or _of_an_event_before_or_after(ent, anchors):
            continue
        tense = "future" if planned else "past"
        year = _stated_year(framing, ent)
        # NER runs a date into what follows ("February, days before ..."): the part before a comma counts
        when = dates.resolve(ent.text, ctx.published, tense, year) or dates.resolve(
            ent.text.split(",")[0], ctx.published, tense, year
        )
        if when:
            found.append(when)
    if not found:
        found = _when_clause_date(ctx, anchors, planned)
    if not found and ctx.published is not None and any(_just_done(doc[a]) for a in anchors):
        found = [When(date=ctx.published, precision="day", source="article")]
    return single_date(found)


def single_date(found: list[When]) -> When | None:
    """The date the phrases found agree on; two different dates: we cannot tell which is the event's."""
    return found[0] if len({(w.date, w.precision) for w in found}) == 1 else None


_YEAR_NUMBER = re.compile(r"(?:1[89]|20)\d\d")


def _stated_year(framing: list[tuple[int, int]], ent: Span) -> int | None:
    """The one year a phrase of the event's own verb sets it in ("In 2019", "In the 2019 crisis, he
    first met Pence on June 5", "during the 2019 talks"), outside the date ``ent`` itself; ``framing``
    holds the (token, year) pairs of ``_framing_year``."""
    years = {year for i, year in framing if not ent.start <= i < ent.end}
    return years.pop() if len(years) == 1 else None


def _framing_year(t: Token, anchors: set[int]) -> bool:
    """A year in a phrase of an anchor verb: not a year of what the talks were about ("on the memory of
    the 1956 uprising"), nor a date of its own ("in February 2022"), nor another clause's."""
    if not _YEAR_NUMBER.fullmatch(t.text) or (t.ent_type_ and not _bare_year(t)):
        return False
    noun = t.head if t.dep_ in ("nummod", "compound", "amod", "nmod") else t
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during"):
        return False
    verb = prep.head  # "During the 2019 crisis, she recalled, he met ...": the aside's verb took the phrase
    if verb.lemma_ in _ASIDES and verb.dep_ in ("parataxis", "ccomp"):
        verb = verb.head
    return verb.i in anchors


#: Verbs of a reporting aside ("she recalled", "he said") that the parse may hang a framing phrase on.
_ASIDES = frozenset({"recall", "say", "tell", "note", "add", "explain", "remember", "write"})


def _bare_year(t: Token) -> bool:
    """The year is its named entity's only word: "2019", not "February 2022"."""
    following = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.ent_iob_ == "B" and (following is None or following.ent_iob_ != "I")


def _outside_the_anchors_clauses(doc: Doc, ent: Span, anchors: set[int]) -> bool:
    """A date the parse hangs on no verb belongs to an anchor only if it lies in that anchor's phrase,
    or if no anchor is a verb of its own clause."""
    verbs = [doc[a] for a in anchors if doc[a].pos_ in ("VERB", "AUX")]
    # "for his first summit with Trump": a noun's clause is its verb's ("a trip that will take him ...")
    verbs = verbs or [v for a in anchors if (v := governing_verb(doc[a])) is not None]
    phrases = [*verbs, *(doc[a] for a in anchors)]
    return bool(verbs) and not any(ent.root in p.subtree for p in phrases)


def _just_done(verb: Token) -> bool:
    """ "Putin has just finished talks with X": done on the day of the report."""
    children = {c.lower_ for c in verb.children}
    return verb.tag_ == "VBN" and "just" in children and bool(children & {"has", "have"})


def after_publication(ctx: SentenceContext, when: When | None) -> bool:
    """A date after the article's own is of something planned, whatever the tense says. A month
    or a year is after only when it begins after the article's month or year."""
    if when is None or ctx.published is None:
        return False
    if when.precision == "year":
        return when.date.year > ctx.published.year
    if when.precision == "month":
        return (when.date.year, when.date.month) > (ctx.published.year, ctx.published.month)
    return when.date > ctx.published


def time_frame(ctx: SentenceContext, verb: Token) -> set[int]:
    """The verbs whose date is also ``verb``'s: "landed on Monday and went straight into talks", "was
    greeted on Tuesday as the emir arrived", "travelled on December 1 to Damascus, where he met
    Assad"; a verb with a time of its own shares none ("... and flew to Ankara the next day")."""
    frame = {c.i for c in verb.children if c.dep_ in ("xcomp", "conj") and not has_own_date(ctx, c)}
    if has_own_date(ctx, verb):
        return frame
    if verb.dep_ == "conj" or (
        verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in verb.children)
    ):
        frame.add(verb.head.i)
    where = where_clause_place(verb)
    if where is not None:
        holder = governing_verb(where)
        frame.add(holder.i if holder is not None else where.i)
        if holder is not None and holder.i != verb.i and where.lemma_ not in TIME_NOUNS:
            # "landed on Sunday and was driven to Zagulba, where the two presidents talked": Sunday; but
            # not "and went on to Damascus the following day, where he met Assad": a day of its own
            frame |= time_frame(ctx, holder)
    return frame


#: Words for a time that NER may not tag: "the following day, where he met Assad" hangs on one.
TIME_NOUNS = frozenset({"day", "morning", "afternoon", "evening", "night", "week", "time", "weekend"})


def where_clause_place(verb: Token) -> Token | None:
    """ "travelled to Damascus, where he met Assad": the place a "where" clause hangs on."""
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        return verb.head
    return None


def place_of(m: Mention) -> tuple[str | None, str | None]:
    """(place text, country key) of a country or a place mention."""
    if m.label == "Country":
        return m.name, m.key
    if m.label == "Place":
        return m.name, f"country:{m.iso3}" if m.iso3 else None
    return None, None


def has_own_date(ctx: SentenceContext, verb: Token) -> bool:
    """ "travelled on December 1 ... and flew to Ankara the next day": a verb with a time of its own,
    even one we cannot resolve, does not share its neighbour's."""
    if any(
        c.dep_ == "npadvmod" and c.lemma_ in TIME_NOUNS and not any(a.lower_ == "same" for a in c.children)
        for c in verb.children
    ):
        return True  # "went on to Damascus the following day": NER tags no date there ("the same evening" shares)
    return any(
        e.label_ in ("DATE", "TIME")
        and not _qualifies_another_noun(e, set())
        and (g := governing_verb(e.root)) is not None
        and g.i == verb.i
        for e in ctx.sent.ents
    )


def _qualifies_another_noun(ent: Span, anchors: set[int]) -> bool:
    """ "victims of the 1943 massacres", "the 2015 nuclear deal": a date that qualifies a noun other
    than the event's is part of that noun's name, not a time of the event."""
    head = ent.root.head
    return (
        ent.root.dep_ in ("nummod", "compound", "amod", "poss", "nmod")
        # "On Thursday Pashinyan": the parse hangs many a date on the name after it; "the 1943 Volhynia
        # massacres" is a name's
        and (head.pos_ == "NOUN" or (head.pos_ == "PROPN" and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"))
        and head.i not in anchors
        and head.ent_type_ not in ("DATE", "TIME")
        and head.lemma_ not in TIME_NOUNS | _OCCASIONS
    )


def _of_an_event_before_or_after(ent: Span, anchors: set[int]) -> bool:
    """ "travelled to Ankara on Thursday and, after talks with Erdogan on Friday, heard ...": the date
    inside an "after"/"before" phrase is the other event's, not the anchor's."""
    tok = ent.root.head
    while tok.i not in anchors and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ in ("after", "before", "following", "ahead") and tok.i < ent.start:
            return tok.head.i in anchors and tok.head.pos_ == "VERB"  # a phrase of the event's verb itself
        tok = tok.head
    return False


#: Nouns a date before them dates as an event: "at the August 8 summit", "a three-day state visit".
_OCCASIONS = frozenset(
    {"summit", "meeting", "talks", "visit", "trip", "tour", "session", "ceremony", "signing", "call", "conference"}
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


def place_of_event(ctx: SentenceContext, heads: list[Token]) -> tuple[str | None, str | None]:
    """(city or place text, country key) from an "in"/"at" phrase of the trigger's clause.

    "in Bali, Indonesia": the place is Bali, its country Indonesia; "at Filoli, an estate in
    Woodside": a venue inside a known city gives way to the city.
    """
    verb = heads[-1]
    objects = [o for head in heads for o in prep_objects(head, {"in", "at"})]
    # "will meet Erdogan in Tehran": the parser may hang the place on the object; keep it in the clause
    near = {verb.i, *(t.i for t in heads), *(o.i for o in objects_of(verb))}
    objects += [
        t for t in clause_tokens(verb) if t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and t.head.head.i in near
    ]
    for obj in sorted(dict.fromkeys(objects), key=lambda o: o.i):
        m = ctx.by_token.get(obj.i)
        if m is None:
            capital = _capital_of(ctx, obj) or _city_of(ctx, obj)
            if capital is not None:
                return capital
            continue
        if m.label == "Country":
            return m.name, m.key
        seat = m.label == "Organization" and m.org_country and m.org_kind == "government-body"
        town = _compound_city(obj) if seat or (m.label == "Place" and m.start == obj.i) else None
        if town is not None:
            return town  # "in the Kazan Kremlin": Kazan's, not Moscow's
        if seat:
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
        if country is None and m.name.split()[-1].lower() in gazetteer.org_cues().place_heads:
            continue  # "at Hyderabad House": a building; the city comes from the trip or the dateline
        return m.name, (country.key if country else None)
    return None, None


def _compound_city(noun: Token) -> tuple[str, str] | None:
    """(city, country key) of a well-known city named before ``noun`` ("the Kazan Kremlin")."""
    for c in noun.children:
        iso3 = gazetteer.city_country(c.text) if c.dep_ == "compound" and c.i < noun.i else None
        if iso3:
            return c.text, f"country:{iso3}"
    return None


def _city_of(ctx: SentenceContext, noun: Token) -> tuple[str, str] | None:
    """ "in the Chinese port city of Qingdao": the city named after "of"."""
    if noun.lemma_ not in ("city", "town", "port", "capital"):
        return None
    for obj in prep_objects(noun, {"of"}):
        m = ctx.by_token.get(obj.i)
        if m is not None and m.label == "Place" and m.iso3:
            return m.name, f"country:{m.iso3}"
        if m is None and obj.pos_ == "PROPN" and (iso3 := gazetteer.city_country(obj.text)):
            return obj.text, f"country:{iso3}"  # "the Brazilian city of Curitiba", which NER left untagged
    return None


def _capital_of(ctx: SentenceContext, noun: Token) -> tuple[str, str] | None:
    """ "in the Qatari capital": the capital city of the state its demonym names."""
    if noun.lemma_ != "capital":
        return None
    state = next((ctx.by_token[c.i] for c in noun.children if c.i in ctx.by_token), None)
    if state is None or state.label != "Country" or state.iso3 is None:
        return None
    entry = gazetteer.countries().get(state.iso3)
    return (entry.capitals[0], state.key) if entry and entry.capitals else None
