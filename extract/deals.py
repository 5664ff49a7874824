"""Deals: agreements, memoranda, contracts and joint statements signed (or cancelled) by parties.

Parties are organisations, else states, read from the signing clause; a minister who signs binds
the state whose minister they are; names in phrases of place or occasion are not parties. Values
keep their currency (extract/money.py). Leaders who sign together, or signers at a ceremony or by
video link, have met: their meeting is returned with the deal; officials' signatures alone tell none.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from extract import money, names
from extract.event_context import (
    GROUP_SIZES,
    SentenceContext,
    after_publication,
    event_date,
    group_people,
    mentions_at,
    place_of_event,
)
from extract.facts import DealFact, MeetingFact, When
from extract.meetings import CALL_CUES, MEETING_NOUNS, kind_and_title
from extract.mentions import Mention
from extract.syntax import (
    clause_tokens,
    conjuncts,
    governing_verb,
    is_planned,
    modality,
    own_phrase,
    prep_objects,
    refers_back,
    subjects_of,
)
from extract.visits import VISIT_NOUNS

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


SIGN_VERBS = frozenset({"sign", "ink", "conclude", "seal", "strike", "clinch", "reach", "finalise", "finalize"})


#: A contract is also made by awarding it: "the Coast Guard awarded VT Halter Marine a $745 million contract".
AWARD_VERBS = frozenset({"award"})


#: Leaders who watch their officials sign are the parties: "Modi and Abe watched officials sign a memorandum".
WITNESS_VERBS = frozenset({"watch", "witness", "oversee", "attend"})


#: A joint statement is also made by adopting or issuing it: "adopted a joint declaration".
STATEMENT_VERBS = frozenset({"adopt", "issue", "release", "publish", "agree"})


#: Nouns for the parties of the deal just named: "the two sides also signed a memorandum".
PARTY_GROUP_NOUNS = frozenset({"sides", "countries", "nations", "governments", "states", "companies", "firms", "banks"})
#: Party groups of organisations, not states: "the two companies", "the two central banks".
_ORG_GROUPS = frozenset({"companies", "firms", "banks"})


CANCEL_VERBS = frozenset({"cancel", "ban", "scrap", "suspend", "halt", "freeze", "annul", "terminate", "revoke"})


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


#: "in an accord signed in 2000": the deal a clause's subjects acted under.
_HOLDER_PREPS = frozenset({"in", "under", "through", "via"})


def find_deals(ctx: SentenceContext, signings: list[MeetingFact]) -> list[tuple[DealFact, bool, bool]]:
    """(deal, signed during a meeting or visit, a definite "the agreement" that may repeat an earlier one);
    the meetings of people who signed together go to ``signings``."""
    out: list[tuple[DealFact, bool, bool]] = []
    verbs_done: set[int] = set()
    for tok in ctx.sent:
        if not _deal_noun(tok) or _inside_a_name(ctx, tok):
            continue
        statement = DEAL_NOUNS[tok.lower_] == "statement"
        # "a joint statement", and a declaration with a name of its own: "adopted the Kazan Declaration"
        joint = any(c.lower_ in ("joint", "trilateral") for c in tok.children) or (statement and _named(tok))
        # "a joint leaders' statement": the parse hangs "joint" on the possessor
        joint = joint or any(c.dep_ == "poss" and any(g.lower_ == "joint" for g in c.children) for c in tok.children)
        if statement and not joint and tok.lower_ in ("statement", "statements"):
            continue  # a "joint statement" binds its signatories; any other statement is just words
        together = statement and not joint and _adopted_together(tok)
        joint = joint or together
        awarded = AWARD_VERBS if DEAL_NOUNS[tok.lower_] == "contract" else frozenset()
        signing = SIGN_VERBS | CANCEL_VERBS | awarded | (STATEMENT_VERBS if statement and joint else frozenset())
        relative, signers = _relative_signing(tok, signing)
        verb = relative or governing_verb(tok)  # "the agreement Moscow signed with ..."
        if verb is None:
            continue
        # "witnessed the signing of 23 memorandums": the witnesses' signing
        witnessed = tok.head.lower_ == "of" and tok.head.head.lower_ == "signing" and verb.lemma_ in WITNESS_VERBS
        if verb.lemma_ == "reach" and not _reached(verb, tok):
            continue
        in_force = _in_force(verb, tok)  # "An interim agreement between A and B took effect in 2019"
        named_year = _year_named(ctx, tok)  # "the 2015 nuclear deal between Iran and six world powers"
        signed = (
            verb.lemma_ in SIGN_VERBS | awarded
            or witnessed
            or _puts_names_to(verb)
            or (statement and joint and verb.lemma_ in signing)
            or in_force
            or named_year is not None
        )
        cancelled = verb.lemma_ in CANCEL_VERBS
        if modality(verb) is not None or not (signed or cancelled):
            continue
        value = money.find_money(_clause_text(tok, verb))
        party_tokens = prep_objects(tok, {"between", "with"}) + prep_objects(verb, {"between", "with", "by"})
        if verb.lemma_ in awarded:  # "awarded Davie a contract", "a contract awarded to Hyundai Rotem"
            party_tokens += [c for c in verb.children if c.dep_ == "dative"] + prep_objects(verb, {"to"})
        # "signed an agreement on trade, an agreement on transport and a protocol": each is signed
        listed = tok.dep_ == "conj" and _head_of_list(tok).dep_ == "dobj"
        subjects = [s for s in subjects_of(verb) if s.lower_ not in ("that", "which")]
        if tok.dep_ in ("dobj",) or listed or relative or _puts_names_to(verb) or witnessed:
            party_tokens += subjects + signers
        if verb.head.lemma_ in WITNESS_VERBS and verb.dep_ in ("ccomp", "xcomp"):
            party_tokens += subjects_of(verb.head)  # "Modi and Abe watched officials sign a memorandum"
        if verb.dep_ == "ccomp" and any(s.lower_ in ("they", "we") for s in subjects_of(verb)):
            party_tokens += subjects_of(verb.head)  # "the EU and Mercosur announced that they had concluded ..."
        if tok.dep_ == "pobj" and tok.head.lower_ in _HOLDER_PREPS and not (relative and (signers or subjects)):
            # "Russia, Iran and India agreed to set up the corridor in an accord signed in 2000"; not
            # "projects financed under the memorandum the two governments signed"
            holder = governing_verb(tok.head)
            party_tokens += subjects_of(holder) if holder is not None else []
        parties = _parties(ctx, party_tokens, verb)
        keys = [_party_key(p, ctx) for p in parties]
        # "the two sides also signed"; "officials of the two countries signed": the countries
        grouped = next(
            (
                g
                for t in party_tokens
                for x in (t, *prep_objects(t, {"of"}))
                if not parties and (g := _party_group(ctx, x))
            ),
            None,
        )
        if grouped:
            keys = grouped  # "the two sides also signed", "the two companies have a contract"
        elif len(parties) < 2:
            parties = _clause_parties(ctx, verb, tok, parties)
            keys = [_party_key(p, ctx) for p in parties]
        named = _named_states(ctx, tok)  # "signed the Japan-Philippines Reciprocal Access Agreement"
        if len(named) >= 2 and any(k.startswith("person:") for k in keys):
            keys = [k for k in keys if not k.startswith("person:")] + named  # signers of no stated state
        if witnessed or verb.head.lemma_ in WITNESS_VERBS:
            keys = [k for k in keys if not k.startswith("person:")]  # the witnesses' states, never themselves
        bloc = _bloc(ctx) if statement and joint and _members_adopt(party_tokens) else []
        if bloc:
            keys = bloc  # "the allies adopted the Washington Summit Declaration": NATO's
        elif statement and joint and (not keys or _the_leaders(party_tokens)):
            # "a joint statement issued afterwards said ...", "the leaders issued a joint statement": by
            # those who just met
            keys = _issuers(ctx) or keys
        elif not keys and _officials_sign(ctx, party_tokens):
            # "Ministers signed seven memorandums in front of them", "20 documents were signed in the
            # presence of the two presidents": for the states of those who just met; "A and B held talks,
            # after which their ministers signed": of the people the sentence named before
            keys = _issuers(ctx) or _states_named_before(ctx, verb.i)
        planned = is_planned(verb)
        when = _deal_date(ctx, tok, verb, planned, cancelled)
        if in_force or (named_year is not None and verb.lemma_ not in SIGN_VERBS):
            when = named_year  # the day it took effect is not the day it was made
        planned = planned or after_publication(ctx, when)  # "will be signed on May 2" in an April story
        status = "cancelled" if cancelled else ("planned" if planned else "signed")
        if together and len(set(keys)) < 2:
            continue  # adopted "together" by one party: the parse, or the parties, were misread
        if not keys and signed and refers_back(tok) and _told_as_done(verb):
            keys = ctx.named_documents.get(DEAL_NOUNS[tok.lower_], [])  # "The agreement was signed in 2023"
        if not keys:
            # "The contract was signed in the presence of A and B": no party is named, but they met
            ceremony = _signing_meeting(ctx, verb, [], status, when) if signed and not cancelled else None
            if ceremony is not None:
                signings.append(ceremony)
            continue
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
            when=when,
            evidence=ctx.evidence,
            confidence=0.8 if len(keys) >= 2 else 0.6,
        )
        anaphoric = refers_back(tok)
        if verb.i in verbs_done and not listed:  # "signed a contract ..., a deal worth $5bn": one deal, named twice
            continue
        verbs_done.add(verb.i)
        out.append((deal, during, anaphoric))
        if signed and not cancelled:
            # "A and B signed ...": they met; "... was signed by A and B" tells the document's story
            by = {t.i for t in prep_objects(verb, {"by"})}
            signers = [t for t in party_tokens if t.lower_ not in PARTY_GROUP_NOUNS and t.i not in by]
            ceremony = _signing_meeting(ctx, verb, mentions_at(ctx, signers, ("Person",)), deal.status, deal.when)
            if ceremony is not None:
                signings.append(ceremony)
    return out


def _told_as_done(verb: Token) -> bool:
    """ "was signed", "signed in 1996": not "pressed for the agreement to be signed"."""
    return verb.tag_ in ("VBD", "VBN") and not is_planned(verb) and not any(c.lower_ == "to" for c in verb.children)


def named_documents(ctx: SentenceContext) -> dict[str, list[str]]:
    """The documents the sentence names with their parties ("a free trade agreement between Iran and the
    EAEU came into force"), by kind: what "the agreement" a later sentence says was signed is."""
    out: dict[str, list[str]] = {}
    for tok in ctx.sent:
        if _deal_noun(tok) and DEAL_NOUNS[tok.lower_] != "statement":
            keys = list(dict.fromkeys(_party_key(m, ctx) for m in _parties(ctx, prep_objects(tok, {"between"}), tok)))
            if len(keys) >= 2:
                out[DEAL_NOUNS[tok.lower_]] = keys
    return out


def _deal_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in DEAL_NOUNS


def _inside_a_name(ctx: SentenceContext, tok: Token) -> bool:
    """ "the Collective Security Treaty Organization": the word is part of a body's name, no document."""
    m = ctx.by_token.get(tok.i)
    return m is not None and m.label == "Organization" and tok.i < m.end - 1


def _relative_signing(noun: Token, signing: frozenset[str]) -> tuple[Token | None, list[Token]]:
    """The relative clause that tells who signed the deal, and its signers if the parse lost them.

    Besides "the agreement Moscow signed", the parse hangs such a clause on the last noun of the deal's
    name ("the treaty on mutual relations that Moscow and Tehran signed", "the Convention on the Legal
    Status of the Caspian Sea, which the five states signed"), or reads an unmarked one as the object
    of the verb before, with "signed" on it ("builds on the agreement the two governments signed").
    """
    relative = [c for c in noun.children if c.dep_ in ("relcl", "acl") and c.lemma_ in signing]
    if relative:
        return relative[0], []
    for word in _name_nouns(noun):
        clause = next((c for c in word.children if c.dep_ == "relcl" and c.lemma_ in signing), None)
        if clause is not None and _object_is_antecedent(clause):
            return clause, []
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is None or after.pos_ not in ("DET", "NUM", "PROPN") or after.sent != noun.sent:
        return None, []
    head = after  # the noun of the phrase that starts right after the deal's: "the two governments"
    while head.head.left_edge.i == after.i and head.head.pos_ in ("NOUN", "PROPN") and head.head.i != head.i:
        head = head.head
    clause = next(
        (c for c in head.children if c.dep_ == "acl" and c.lemma_ in signing and c.tag_ in ("VBD", "VBN")), None
    )
    if clause is None or not _object_is_antecedent(clause):
        return None, []
    listed = any(t.dep_ == "cc" for c in conjuncts(head) for t in c.children)  # not "..., a line Moscow ..."
    return clause, conjuncts(head) if listed else [head]


def _name_nouns(noun: Token) -> list[Token]:
    """The nouns of the deal's name after it: "the Convention on the Legal Status of the Caspian Sea"."""
    out: list[Token] = []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "of", "for", "between")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            out += [obj, *_name_nouns(obj)]
    return out


def _object_is_antecedent(clause: Token) -> bool:
    """The clause has no object of its own but its relative pronoun: the deal is what was signed."""
    return all(c.lower_ in ("that", "which") for c in clause.children if c.dep_ == "dobj")


def _clause_text(noun: Token, verb: Token) -> str:
    """The words of the deal's own clause: "signed an agreement in 2016, and in 2024 concluded a $120
    million contract" gives the sum to the contract, not to the agreement."""
    other_clauses = {
        t.i
        for c in verb.children
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and noun not in c.subtree
        for t in c.subtree
    }
    words = {t.i: t for t in list(verb.subtree) + list(noun.subtree) if t.i not in other_clauses}
    return "".join(words[i].text_with_ws for i in sorted(words))


#: What makes a signing a meeting of its signers: a ceremony they attend together.
_CEREMONY = re.compile(r"\bceremon|\bpresence of\b|\bin front of\b|\bwitness|\bsummit\b|\btalks\b", re.IGNORECASE)


def _signing_meeting(
    ctx: SentenceContext, verb: Token, signers: list[Mention], status: str, when: When | None
) -> MeetingFact | None:
    """ "Putin and Pezeshkian signed a treaty at the Kremlin", "A signed the document in the presence
    of B": people who sign together have met (by video link, they have called)."""
    present = [
        ctx.by_token[t.i]
        for noun in ctx.sent
        if noun.lower_ == "presence"
        for t in noun.subtree
        if t.i in ctx.by_token and ctx.by_token[t.i].label == "Person"
    ]
    people = list({m.key: m for m in [*signers, *present]}.values())
    # officials' signing alone tells no meeting (the ink may travel by courier); leaders signing
    # together, a ceremony, or a signing by video link does
    leaders = all(any(names.is_leader_title(t) for t in p.titles) for p in people)
    by_video = CALL_CUES.search(ctx.sent.text) is not None
    if len(people) < 2 or not (present or leaders or by_video or _CEREMONY.search(ctx.sent.text)):
        return None
    place, country = place_of_event(ctx, [verb])
    kind, title = kind_and_title(by_video, people)
    return MeetingFact(
        kind=kind,
        status="planned" if status == "planned" else "held",
        participants=[p.key for p in people],
        place=place,
        country=country,
        when=when,
        title=title,
        evidence=ctx.evidence,
        confidence=0.7,
    )


def _reached(verb: Token, noun: Token) -> bool:
    """ "reached an agreement", "an accord reached in 2015": one concluded; "help them reach an
    agreement" (not yet) and "reached agreement on some issues" (no document) are not."""
    bare = verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ in ("help", "let", "make")  # "help X reach"
    finite = verb.tag_ in ("VBD", "VBN", "VBZ", "VBP") and not bare
    return finite and any(c.dep_ in ("det", "amod", "nummod", "compound") for c in noun.children)


def _named(noun: Token) -> bool:
    """ "the Washington Summit Declaration", "the Kazan Declaration": a document with a proper name."""
    return (
        noun.text[:1].isupper()
        and not noun.is_sent_start
        and any(c.dep_ == "compound" and c.text[:1].isupper() for c in noun.children)
    )


#: Who adopt a bloc's declaration: "the allies", "the leaders", "member states".
_MEMBERS = frozenset({"allies", "leaders", "members", "states", "bloc", "group"})


def _members_adopt(party_tokens: list[Token]) -> bool:
    """ "the allies", "member states" (not "the United States"): the bloc's members, by a common noun."""
    return any(
        t.lower_ in _MEMBERS and t.pos_ == "NOUN" and not any(c.like_num for c in t.children) for t in party_tokens
    )


def _bloc(ctx: SentenceContext) -> list[str]:
    """The international organisation the sentence names, else the last one the story named before."""
    here = [m for m in ctx.mentions if m.label == "Organization" and m.org_kind == "international"]
    before = [m for m in ctx.earlier if m.label == "Organization" and m.org_kind == "international"]
    found = here or before[-1:]
    return [found[0].key] if found else []


#: Who signs for others: "ministers signed", "officials from the two governments signed".
_OFFICIALS = frozenset({"ministers", "officials", "delegations", "delegates", "representatives", "governments"})


#: Leaders watching a signing: "in the presence of the two presidents", "in front of them".
_PRESENCE = re.compile(r"\bin (?:the presence of|front of)\b|\bwitnessed by\b|\blooked on\b", re.IGNORECASE)


#: Plural subjects that adopt a declaration together: "the four leaders adopted a declaration".
_TOGETHER = frozenset({"leaders", "presidents", "ministers", "heads", "sides", "governments", "delegations", "they"})


def _adopted_together(noun: Token) -> bool:
    """ "The four leaders then adopted a declaration", "A and B issued a declaration": a declaration
    several adopt or issue together is theirs jointly, though the text does not say "joint"."""
    verb = governing_verb(noun)
    if verb is None or verb.lemma_ not in STATEMENT_VERBS or noun.dep_ != "dobj":
        return False
    subjects = subjects_of(verb)
    return any(s.lower_ in _TOGETHER or len(conjuncts(s)) >= 2 for s in subjects)


def _the_leaders(party_tokens: list[Token]) -> bool:
    """ "the leaders", "the presidents", with no number: the people of the meeting just told."""
    return bool(party_tokens) and all(
        t.lower_ in ("leaders", "presidents") and not any(c.dep_ in ("nummod", "prep") for c in t.children)
        for t in party_tokens
    )


def _officials_sign(ctx: SentenceContext, party_tokens: list[Token]) -> bool:
    """Signed by officials no name picks out ("ministers signed"), or by no one named while leaders
    looked on ("20 documents were signed in the presence of the two presidents")."""
    if not party_tokens:
        return _PRESENCE.search(ctx.sent.text) is not None
    return all(
        t.lower_ in _OFFICIALS and not any(c.dep_ == "poss" and c.lower_ != "their" for c in t.children)
        for t in party_tokens
    )  # "their ministers signed": theirs, who just met


def _states_named_before(ctx: SentenceContext, i: int) -> list[str]:
    """The states of the people the sentence names before token ``i``, if each holds an office of one."""
    keys = list(dict.fromkeys(_party_key(m, ctx) for m in ctx.mentions if m.label == "Person" and m.start < i))
    return keys if len(keys) >= 2 and all(k.startswith("country:") for k in keys) else []


def _issuers(ctx: SentenceContext) -> list[str]:
    """The states (or bodies) of the people of the last meeting, when there are two or more."""
    keys = list(dict.fromkeys(_party_key(m, ctx) for m in ctx.last_group))
    return keys if len(keys) >= 2 and not any(k.startswith("person:") for k in keys) else []


def _parties(ctx: SentenceContext, tokens: list[Token], verb: Token) -> list[Mention]:
    """Organisations (or, failing one in a phrase, countries) named in each party phrase; a relative
    clause on it names no party ("the three ministers, whose countries guarantee the talks on Syria")."""
    parties: list[Mention] = []
    for tok in tokens:
        clauses = {t.i for c in tok.children if c.dep_ in ("relcl", "acl") and c.i != verb.i for t in c.subtree}
        # the signing clause may hang on the party: "the agreement the three countries signed in Beijing, a
        # line Moscow opposed" names its parties before the verb
        end = verb.i if verb.head.i == tok.i and verb.dep_ == "acl" else len(tok.doc)
        phrase = [i for i in own_phrase(tok) if i not in clauses and i < end]
        phrase_mentions = list(dict.fromkeys(ctx.by_token[i] for i in phrase if i in ctx.by_token))
        if not phrase_mentions:  # "The two leaders ... signed two joint statements"
            if tok.lower_ not in PARTY_GROUP_NOUNS:  # "the two sides": states or companies, not people
                parties.extend(m for m in group_people(ctx, tok) if all(p.key != m.key for p in parties))
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


def _in_force(verb: Token, noun: Token) -> bool:
    """ "the agreement took effect", "entered into force", "came into force": it was concluded."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i != verb.i:
        return False
    if verb.lemma_ == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "effect" for c in verb.children)
    return verb.lemma_ in ("enter", "come") and any(o.lower_ == "force" for o in prep_objects(verb, {"into"}))


def _year_named(ctx: SentenceContext, noun: Token) -> When | None:
    """ "the 2015 nuclear deal between Iran and six world powers": a deal between parties named by a past
    year of its own was made then."""
    if ctx.published is None or not prep_objects(noun, {"between"}):
        return None
    # "the 2015 nuclear deal", "the 2019 fisheries agreement": the year may modify the word before the noun
    years = [
        t
        for left in noun.lefts
        for t in left.subtree
        if t.dep_ in ("nummod", "compound", "amod") and _YEAR.fullmatch(t.text)
    ]
    if len(years) != 1 or int(years[0].text) >= ctx.published.year:
        return None
    return When(date=dt.date(int(years[0].text), 1, 1), precision="year", source="explicit")


_YEAR = re.compile(r"(?:19|20)\d\d")


def _deal_date(ctx: SentenceContext, noun: Token, verb: Token, planned: bool, cancelled: bool) -> When | None:
    """When the deal was made. A cancelled deal is dated only by its own signing ("a contract, agreed
    in 2016, was cancelled in September"): the date of the cancellation is not the deal's."""
    if not cancelled:
        # "a joint statement that set a goal of ... from $65 billion last year": last year is the goal's
        told = frozenset(t.i for c in noun.children if c.dep_ == "relcl" and c.i != verb.i for t in c.subtree)
        return event_date(ctx, {verb.i, noun.i}, planned, outside=told)
    made = [
        t.i for t in noun.subtree if t.lemma_ in SIGN_VERBS | {"agree", "award"} and t.dep_ in ("acl", "conj", "relcl")
    ]
    return event_date(ctx, set(made), planned) if made else None


def _party_group(ctx: SentenceContext, tok: Token) -> list[str]:
    """ "the two companies" (the last two organisations named), "the two countries" (the last two
    states), "the two sides" (the parties of the last deal, else the last two states)."""
    noun = tok.lower_
    size = next((GROUP_SIZES[c.lower_] for c in tok.children if c.lower_ in GROUP_SIZES), None)
    if noun not in PARTY_GROUP_NOUNS or size is None:
        return []
    if noun == "sides" and len(ctx.last_deal_parties) == size:
        return list(ctx.last_deal_parties)
    label = "Organization" if noun in _ORG_GROUPS else "Country"
    if label == "Country":
        # "talks with Belarusian President Lukashenko, after which the two governments signed": the states of
        # the people the sentence named before, when there are just so many
        states = _states_named_before(ctx, tok.i)
        if len(states) == size:
            return states
    before = [*ctx.earlier, *(m for m in ctx.mentions if m.start < tok.i)]
    recent: list[str] = []
    for m in reversed(before):
        # "the two central banks": the last two banks, not any two organisations
        if m.label == label and m.key and m.key not in recent and (noun != "banks" or "bank" in m.name.lower()):
            recent.append(m.key)
    return list(reversed(recent[:size])) if len(recent) >= size else []


def _head_of_list(tok: Token) -> Token:
    """The first item of the coordination ``tok`` is in."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _puts_names_to(verb: Token) -> bool:
    """ "put their names (signatures) to the declaration": signing said another way."""
    return verb.lemma_ in ("put", "add", "set") and any(
        c.dep_ == "dobj" and c.lemma_ in ("name", "signature") for c in verb.children
    )


#: Phrases that say where or when a deal was signed, not who signed it: "in the Uzbek city of
#: Samarkand", "on the sidelines of a summit of the ECO", "during a visit by the minister".
_SETTING_PREPS = frozenset({"in", "at", "during", "on", "after", "before", "ahead", "amid", "near", "under", "since"})


def _named_states(ctx: SentenceContext, noun: Token) -> list[str]:
    """The states a deal's own name puts together: "the India-UAE investment treaty"."""
    before = [t for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "amod", "nmod") for t in c.subtree]
    found = [ctx.by_token[t.i] for t in before if t.i in ctx.by_token]
    return list(dict.fromkeys(m.key for m in found if m.label == "Country"))


def _clause_parties(ctx: SentenceContext, verb: Token, noun: Token, found: list[Mention]) -> list[Mention]:
    """Organisations in the signing clause (else countries): the small parser often misattaches
    coordinated company names ("X and Russian gas producer Y signed ..."). Names in phrases of place
    and occasion are not parties."""
    setting = {
        t.i
        for prep in clause_tokens(verb)
        if prep.dep_ == "prep" and prep.lower_ in _SETTING_PREPS and prep.head.i in (verb.i, noun.i)
        for t in prep.subtree
    }
    clause = [
        ctx.by_token[t.i] for t in clause_tokens(verb) if t.i in ctx.by_token and t.i != noun.i and t.i not in setting
    ]
    clause = list(dict.fromkeys(clause))
    orgs = [m for m in clause if m.label == "Organization" and m.org_kind != "media"]
    pool = orgs or [m for m in clause if m.label == "Country"]
    parties = list(found)
    for m in pool:
        if m.key and all(p.key != m.key for p in parties) and not _is_owner(m, parties):
            parties.append(m)
    return parties


def _is_owner(m: Mention, parties: list[Mention]) -> bool:
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
    title = " ".join(w for w in words if not re.match(r"^\d", w)).replace(" , ", ", ").strip(" -")
    return title or noun.text


def deal_antecedent(deal: DealFact, earlier: list[DealFact]) -> DealFact | None:
    """ "The memorandum was signed by video link": the one earlier deal of that kind, if there is one."""
    same = [d for d in earlier if d.kind == deal.kind and (set(deal.parties) & set(d.parties) or not deal.parties)]
    return same[0] if len(same) == 1 else None


def fill_deal(target: DealFact, other: DealFact) -> None:
    for attr in ("when", "valueUsd", "valueText", "valueAmount", "valueCurrency", "sector"):
        if getattr(target, attr) is None and getattr(other, attr) is not None:
            setattr(target, attr, getattr(other, attr))
    target.parties = list(dict.fromkeys([*target.parties, *other.parties]))
