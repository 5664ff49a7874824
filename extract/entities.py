"""The ``newsgraph_entities`` spaCy component: typed, normalised entity mentions for a document.

spaCy's NER gives candidate spans; this component decides what each one is with the gazetteer,
title cues ("President X" is a person even when NER says GPE) and document-level consistency (a
name tagged PERSON once is that person everywhere in the article), and resolves short forms
("Putin") to the fullest name in the article ("Vladimir Putin"). The people NER left out are
found by ``extract/people.py``, organisations it left out by ``extract/orgs.py``, the rest of a
name it cut short by ``extract/name_spans.py``.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract import gazetteer, names, orgs, people, roles
from extract.mentions import Mention, country_mention, org_kind, org_mention, strip_the
from extract.name_spans import complete_names
from graph.model import Organization, strip_legal_form

#: "..., NIOC," and "... (SCO)"; in brackets also a short form in lower case ("... (Ketraco)")
_ACRONYM_AFTER = re.compile(r"^\s*(?:,\s*([A-Z][A-Z0-9&-]{1,9})\s*(?:,|$)|\(\s*([A-Z][A-Za-z0-9&-]{1,14})\s*\))")
#: Pronouns that are also family names ("He Lifeng"): written alone, they are the pronoun.
_PRONOUNS = frozenset({"He", "She", "It", "We", "They", "You", "I", "His", "Her"})
_LOCATIVE_PREPS = frozenset({"in", "to", "at", "from", "into", "near", "outside", "inside"})
_WEEKDAYS_MONTHS = frozenset(
    [d.lower() for d in calendar.day_name] + [m.lower() for m in calendar.month_name if m] + ["today", "yesterday"]
)


if not Doc.has_extension("kg_mentions"):
    Doc.set_extension("kg_mentions", default=None)


def ruler_patterns() -> list[dict]:
    """Phrase patterns for spaCy's entity_ruler: the gazetteer's names, so NER does not mislabel them."""
    patterns: list[dict] = []
    for form, (_iso3, kind) in gazetteer.country_forms().items():
        label = "NORP" if kind == "demonym" else "GPE"
        patterns.append({"label": label, "pattern": form})
    for form in gazetteer.org_forms():
        patterns.append({"label": "ORG", "pattern": form})
    return patterns


@Language.factory("newsgraph_entities", assigns=["doc._.kg_mentions"], default_config={"min_org_mentions": 2})
def make_entities(nlp: Language, name: str, min_org_mentions: int) -> EntityTyper:
    return EntityTyper(min_org_mentions=min_org_mentions)


class EntityTyper:
    """Finds (``find``) and then fixes and links (``resolve``) the mentions of one document."""

    def __init__(self, min_org_mentions: int = 2) -> None:
        self.min_org_mentions = min_org_mentions

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_mentions = self.resolve(doc, self.find(doc))
        return doc

    # -- finding -------------------------------------------------------------------------------

    def find(self, doc: Doc) -> list[Mention]:
        mentions: list[Mention] = []
        org_counts = Counter(strip_the(e.text) for e in doc.ents if e.label_ == "ORG")
        for ent in _joined_names(doc):
            m = self._classify(ent, org_counts)
            if m:
                mentions.append(m)
        mentions.extend(people.find(doc, mentions))
        mentions.extend(self._possessive_orgs(doc, mentions))
        mentions.extend(orgs.find(doc, mentions))
        mentions = [_as_state(m) for m in mentions if not _office_words(m)]
        mentions = complete_names(doc, _without_overlaps(mentions))
        orgs.retype_people(doc, mentions)
        return mentions

    def _classify(self, ent: Span, org_counts: Counter) -> Mention | None:
        text = names.strip_possessive(strip_the(ent.text))
        if not text or text.lower() in _WEEKDAYS_MONTHS:
            return None
        start, end = ent.start, ent.end
        if ent.text.lower().startswith("the "):
            start += 1
        if ent[-1].text in ("'s", "’s"):
            end -= 1
        inner = gazetteer.lookup_org(text.rsplit(" ", 1)[0]) if ent[-1].text in _BODY_WORDS and len(ent) > 1 else None
        if inner is not None:
            text = f"{inner.name} {ent[-1].text}"  # "the AU Commission": the African Union Commission
        org = gazetteer.lookup_org(text)
        if org and org.seat and _is_locative(ent):  # "talks at the Kremlin": a place in Moscow, not an actor
            return Mention(start, end, "Place", org.seat, text, iso3=org.country)
        if org and org.seat and org.country:  # "the Kremlin said", "Kremlin spokesman": the state, as "Moscow said" is
            return country_mention(start, end, org.country, text)
        if org:
            return org_mention(start, end, org, text)
        country = gazetteer.lookup_country(text)
        if country and text not in gazetteer.not_states():
            iso3, kind = country
            if _names_a_thing(ent, kind) or _part_of_a_venue(ent):
                return None
            if kind == "capital" and (surname := _surname_after(ent)) is not None:
                full = f"{text} {surname.text}"  # "said Sofia Hallberg, an analyst": a given name, not a capital
                return Mention(start, surname.i + 1, "Person", full, full)
            if kind == "capital" and _is_locative(ent):
                return Mention(start, end, "Place", text, text, iso3=iso3)
            return country_mention(start, end, iso3, text)
        if ent.label_ == "PERSON":
            if not any(t.pos_ == "PROPN" for t in ent):
                return None  # "Continuous" at the start of a sentence: NER's guess, no proper noun
            if len(ent) > 1 and orgs.names_a_document(ent.text.split()):
                return None  # "the Pukpuk Treaty" tagged PERSON: a document's name
            title_words, _ = names.split_person(ent.text)
            name = names.clean_person_name(ent.text)
            if name and _a_rank_of(ent):
                return None  # "the Amir of Qatar": a one-word rank of a state, not a name
            if name and _names_a_facility(ent):
                return Mention(start, end, "Place", text, text)  # "the Shahid Beheshti terminal"
            if name and not title_words and len(name.split()) == 1 and _is_locative(ent):
                return Mention(start, end, "Place", text, text, iso3=gazetteer.city_country(text))  # "at AlUla"
            if name:
                m = Mention(start, end, "Person", name, ent.text)
                m.titles = [t for t in [names.canonical_title(title_words)] if t]
                m.cued = (
                    bool(title_words)
                    or names.is_honorific(ent[0].text)
                    or (start > 0 and names.is_honorific(ent.doc[start - 1].text))
                )
                return m
            return None
        if people.acts_like_person(ent):
            name = names.clean_person_name(text)
            if name:
                return Mention(start, end, "Person", name, text)
        if ent.label_ in ("GPE", "LOC", "FAC"):
            if names.is_title_head(text):
                return None  # "the Sultan signed": a title standing for its holder, not a place
            if start > 0 and ent.doc[start - 1].text == "The" and gazetteer.city_country(f"The {text}"):
                start, text = start - 1, f"The {text}"  # "in The Hague": the article is part of the name
            return Mention(start, end, "Place", text, text, iso3=gazetteer.city_country(text))
        if ent.label_ == "ORG":
            m = self._unknown_org(ent, text, start, end, org_counts)
            if m is not None and ent[0].text == "The" and not ent[0].is_sent_start:
                m.aliases.append(f"The {m.name}")  # "blamed the attack on The Resistance Front": its own article
            return m
        return None

    def _unknown_org(self, ent: Span, text: str, start: int, end: int, org_counts: Counter) -> Mention | None:
        """Organisations outside the gazetteer: kept only with an organisation-like head or repeated mentions."""
        acronym = re.match(r"^(.*?)\s*\(([A-Z][A-Z0-9]{1,9})\)?$", text)
        if acronym:
            text = acronym.group(1)
        words = text.split()
        if not words or len(words) > 8 or not text[0].isupper() or "\n" in text:
            return None
        if len(words) == 1 and words[0].lower() in gazetteer.org_cues().heads:
            return None  # "Bank", "Treasury"-like generic heads alone name nothing in particular
        if len(words) == 1 and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+", words[0]):
            return None  # "Rasht-Astara": two places joined (a route, a border), not an organisation
        if all(
            names.is_title_word(w) or names.is_title_word(w.removesuffix("s")) or names.is_honorific(w) for w in words
        ):
            return None  # "Supreme Leader", "the two Prime Ministers" tagged ORG
        if orgs.names_a_document(words) or orgs.name_is_not_an_org(text) or orgs.shouted(words):
            return None  # "General Security of Military Information Agreement": a treaty, not a body
        doc = ent.doc
        if _after_portfolio(doc, start):
            return None  # "Minister of Mining and Energy": a portfolio, not a body ("chairman of UCPB" is one)
        head = words[-1].lower().rstrip(".")
        if head in gazetteer.org_cues().place_heads and len(words) > 1 and _ever_a_place(ent):
            return Mention(start, end, "Place", text, text)  # "at Hyderabad House": a building, not a body
        of = words.index("of") if "of" in words[1:] else None
        if of is not None and gazetteer.lookup_country(" ".join(words[of + 1 :]).removeprefix("the ")):
            head = words[of - 1].lower()  # "Central Bank of the Argentine Republic": a bank, of a state
        if (
            head not in gazetteer.org_cues().heads
            and org_counts[strip_the(ent.text)] < self.min_org_mentions
            and not acronym
        ):
            return None
        m = Mention(start, end, "Organization", text, text, org_kind=org_kind(words))
        if len(words) > 1 and words[-1].islower() and head in gazetteer.org_cues().heads:
            m.name = " ".join(words[:-1])  # "the ruling Servant of the People party": the party's name
            m.aliases = [text]
        if acronym:
            m.aliases = [*m.aliases, acronym.group(2)]
        return m

    def _possessive_orgs(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "Iran's national oil company" → the organisation the gazetteer describes that way for Iran."""
        found: list[Mention] = []
        for m in mentions:
            if m.label != "Country" or m.end + 1 >= len(doc) or doc[m.end].text not in ("'s", "’s"):
                continue
            following = doc[m.end + 1 : m.end + 6].text.lower()
            for org in gazetteer.organizations():
                if org.country != m.iso3:
                    continue
                for descriptor in org.descriptors:
                    if following.startswith(descriptor):
                        begin = doc[m.end + 1].idx
                        span = doc.char_span(begin, begin + len(descriptor), alignment_mode="expand")
                        if span is None:
                            continue
                        found.append(org_mention(span.start, span.end, org, span.text))
        return found

    # -- resolving -----------------------------------------------------------------------------

    def resolve(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        mentions = self._document_consistency(doc, mentions)
        orgs.qualify_generic(doc, mentions)
        self._link_short_person_names(doc, mentions)
        self._link_short_org_names(mentions)
        self._link_acronyms(doc, mentions)
        for m in mentions:
            if m.label == "Person":
                roles.attach(doc, m, mentions)
        mentions = sorted(mentions, key=lambda m: m.start)
        roles.counterparts(doc, mentions)
        return mentions

    def _document_consistency(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A name seen as a person anywhere in the article is that person everywhere in it."""
        people = {m.name for m in mentions if m.label == "Person"}
        forms = people | {names.surname(p) for p in people if len(p.split()) > 1}
        forms |= {f for p in people if (f := names.family_name_first(p))}  # "Yoon" for "Yoon Suk Yeol"
        forms -= _PRONOUNS  # "He Lifeng ... He is due in Seoul": the pronoun, not the vice premier
        given = _given_names(people) - forms  # "Prabowo" for "Prabowo Subianto", where NER saw a place
        fixed = []
        for m in mentions:
            bare = names.strip_possessive(m.surface)
            from_gazetteer = gazetteer.lookup_country(bare) or gazetteer.lookup_org(bare)
            # "Aleksandar Vučić" tagged a place where "Vučić" is a person: the full name is that person
            unknown_place = m.label == "Place" and m.iso3 is None and len(bare.split()) > 1
            full_name = names.clean_person_name(bare) if unknown_place and names.surname(bare) in forms else None
            if full_name and not from_gazetteer:
                m = Mention(m.start, m.end, "Person", full_name, m.surface)
            elif not from_gazetteer and (
                (m.label != "Person" and bare in forms)
                or (m.label in ("Place", "Organization") and bare in given and m.iso3 is None)
            ):
                m = Mention(m.start, m.end, "Person", bare, m.surface)
            fixed.append(m)
        covered = {i for m in fixed for i in range(m.start, m.end)}
        for tok in doc:  # names NER missed entirely ("Raisi" left untagged in a headline)
            if tok.i not in covered and tok.text in forms and tok.text[0].isupper():
                fixed.append(Mention(tok.i, tok.i + 1, "Person", tok.text, tok.text))
        return fixed

    @staticmethod
    def _link_short_person_names(doc: Doc, mentions: list[Mention]) -> None:
        """ "Putin" → "Vladimir Putin" when exactly one fuller name in the article fits (of several, the
        one the article named first)."""
        full_names = sorted({m.name for m in mentions if m.label == "Person"}, key=lambda n: -len(n.split()))
        one_words = {n for n in full_names if len(n.split()) == 1}
        # "Lula" for "Luiz Inácio Lula da Silva": one called by a middle name is not the bare "Silva"
        nicknamed = {f for f in full_names if any(w in one_words for w in f.split()[1:-1])}
        first_seen: dict[str, int] = {}
        for m in sorted(mentions, key=lambda m: m.start):
            first_seen.setdefault(m.name, m.start)
        for m in mentions:
            if m.label != "Person":
                continue
            candidates = {f for f in full_names if names.is_short_form(m.name, f)}
            longest = [f for f in candidates if not any(names.is_short_form(f, g) for g in candidates)]
            # (or the family name written first: "Kim" of Kim Jong Un and of Kim Yo Jong)
            if len(longest) > 1 and all(m.name in (names.surname(f), names.family_name_first(f)) for f in longest):
                # "JD Vance ... his wife, Usha Vance ... Vance said": the surname alone is the one named first
                # (a headline's surname, before any full name, is the first full name that follows)
                pool = [f for f in longest if first_seen[f] < m.start] or longest
                pool = [f for f in pool if f not in nicknamed] or pool
                longest = [min(pool, key=lambda f: first_seen[f])]
            if len(longest) > 1:  # "Prince Mohammed" of Crown Prince Mohammed bin Salman, not Sheikh Mohammed
                longest = _sharing_a_style(doc, m, longest, mentions) or longest
            if len(longest) == 1:
                m.name = longest[0]
            elif not candidates and len(m.name.split()) == 1:
                # "Sheikh Tamim", "Hailemariam", "Prabowo": many names are shortened to the given name;
                # "Lula", "Tayyip": some to a middle one
                given = [f for f in full_names if len(f.split()) > 1 and m.name in f.split()[:-1]]
                if len(given) > 1:
                    given = _sharing_a_style(doc, m, given, mentions) or given
                if len(given) == 1 and all(names.surname(f) != m.name for f in full_names if len(f.split()) > 1):
                    m.name = given[0]

    @staticmethod
    def _link_short_org_names(mentions: list[Mention]) -> None:
        """ "Caesars World" → "Caesars World Inc"; "CHRYSLER" → "Chrysler Corp": one organisation, one name.

        The display name is the fullest form not written in capitals (headlines shout).
        """
        orgs = [m for m in mentions if m.label == "Organization"]
        forms = sorted({m.name for m in orgs}, key=lambda n: (-len(n.split()), n.isupper()))
        for m in orgs:
            if gazetteer.lookup_org(m.name):
                continue
            words = strip_legal_form(m.name).lower().split()
            longer = [f for f in forms if f != m.name and _fuller_org_name(words, strip_legal_form(f).split())]
            best = [f for f in longer if not f.isupper()] or longer
            if best and len({Organization.make_key(f) for f in best}) == 1:
                if m.name not in m.aliases:
                    m.aliases.append(m.name)
                m.name = best[0]

    @staticmethod
    def _link_acronyms(doc: Doc, mentions: list[Mention]) -> None:
        """ "National Iranian Oil Company, NIOC," and "... (SCO)": the acronym names the same organisation,
        there and wherever else it stands alone."""
        named: dict[str, Mention] = {}  # acronym → the mention of the full name
        for m in mentions:
            if m.label != "Organization":
                continue
            after = doc[m.end : m.end + 4].text
            match = _ACRONYM_AFTER.match(after)
            candidate = (match.group(1) or match.group(2)) if match else (m.aliases[0] if m.aliases else None)
            if candidate and candidate.lower().rstrip(".") in gazetteer.org_cues().heads:
                continue  # "(Ltd)", "(Inc)": a legal form, not a short name
            bracketed = match is not None and match.group(2) is not None and _short_name(candidate, m.name)
            # "... (KEXIM)", "(Afreximbank)": a short form in brackets right after the name, whatever its initials
            if candidate and (bracketed or names.initials(m.name).upper().startswith(candidate[:2].upper())):
                named[candidate] = m
                m.aliases = [candidate]
        for m in mentions:
            if m.label == "Organization" and m.name in named:
                m.aliases = [m.name]
                m.name = named[m.name].name
        covered = {i for m in mentions for i in range(m.start, m.end)}
        for tok in doc:  # "Chairman and President of KEXIM": a later use NER left untagged
            if tok.text in named and tok.i not in covered:
                full = named[tok.text]
                alone = Mention(tok.i, tok.i + 1, "Organization", full.name, tok.text, aliases=[tok.text])
                alone.org_kind, alone.org_country, alone.org_seat = full.org_kind, full.org_country, full.org_seat
                mentions.append(alone)


def _style_words(doc: Doc, m: Mention) -> set[str]:
    """The title and honorific words a mention was written with ("Crown Prince", "Sheikh"), in it or
    just before it."""
    before = [t.text for t in doc[max(m.start - 3, 0) : m.start] if t.is_title and names.is_title_word(t.text)]
    words = [*before, *m.surface.split(), *(w for t in m.titles for w in t.split())]
    return {w.lower() for w in words if w not in m.name.split() and (names.is_title_word(w) or names.is_honorific(w))}


def _sharing_a_style(doc: Doc, m: Mention, fuller: list[str], mentions: list[Mention]) -> list[str]:
    """The one of several fuller names whose mentions share a title or honorific word with ``m``."""
    style = _style_words(doc, m)
    fits = [f for f in fuller if any(style & _style_words(doc, o) for o in mentions if o.name == f)] if style else []
    return fits if len(fits) == 1 else []


def _given_names(people: set[str]) -> set[str]:
    """Given names that stand for one person of the article: no one else's first name, no one's
    surname, and no place's name ("Santiago" of Santiago Peña is Chile's capital too)."""
    firsts = [p.split()[0] for p in people if len(p.split()) > 1]
    return {
        f
        for f in firsts
        if firsts.count(f) == 1
        and len(f) > 3
        and f.isalpha()
        and not names.is_title_word(f)
        and not gazetteer.city_country(f)
        and not gazetteer.lookup_country(f)
    }


def _ever_a_place(ent: Span) -> bool:
    """ "met at Rajghat House ... Rajghat House was built in 1920": somewhere in the article the name
    is where something happens ("at X", "the forecourt of X")."""
    return any(
        _is_locative(e) or (e.start > 0 and e.doc[e.start - 1].lower_ == "of")
        for e in ent.doc.ents
        if e.text == ent.text
    )


def _joined_names(doc: Doc) -> list[Span]:
    """NER's spans, with a one-word alias the gazetteer's ruler matched inside a person's name given
    back to it: "Thérèse Kayikwamba" + "Wagner" is one name, not a person's start and the Wagner Group;
    a span that runs into a bracket stops before it."""
    joined: list[Span] = []
    for ent in doc.ents:
        paren = next((t.i for t in ent if t.text == "(" and t.i > ent.start), None)
        if paren is not None and not any(t.text == ")" for t in ent):
            # "the African Export-Import Bank (Afreximbank": the name ends at a bracket it does not close
            ent = Span(doc, ent.start, paren, label=ent.label_)
        prev = joined[-1] if joined else None
        if prev is not None and _dangling_of(doc, prev, ent):
            end = ent.end
            while end < len(doc) and doc[end].text.rstrip(".") in _LEGAL_FORMS:
                end += 1  # "Ford Motor Co of" + "Canada" + "Ltd"
            joined[-1] = Span(doc, prev.start, end, label="ORG")
            continue
        org = gazetteer.lookup_org(ent.text) if len(ent) == 1 else None
        if (
            prev is not None
            and prev.end == ent.start
            and org is not None
            and ent.text != org.name
            and prev.label_ in ("PERSON", "ORG")
            and not gazetteer.lookup_org(prev.text)
            and all(t.is_alpha and t.is_title for t in prev)
        ):
            joined[-1] = Span(doc, prev.start, ent.end, label=prev.label_)
            continue
        ent = _with_body_word(ent)
        start = ent.start
        while org is not None and ent.text != org.name and start > 0 and _untagged_name_word(doc[start - 1]):
            start -= 1  # "Richard Wagner": the ruler's match kept NER from tagging the given name
        joined.append(Span(doc, start, ent.end, label="PERSON") if start < ent.start else ent)
    return joined


_LEGAL_FORMS = frozenset({"Ltd", "Inc", "Corp", "Co", "plc", "PLC", "Limited", "SA", "AG", "LLC"})


#: Bodies of an organisation named by its name and one of these: "the African Union Commission".
_BODY_WORDS = frozenset({"Commission", "Council", "Secretariat", "Committee", "Assembly", "Parliament", "Court"})


def _with_body_word(ent: Span) -> Span:
    """A known organisation's name the ruler matched, with the body word after it that NER could not
    add: "the African Union Commission" is the AU's executive, not the AU."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end >= len(doc) or doc[ent.end].text not in _BODY_WORDS:
        return ent
    if gazetteer.lookup_org(ent.text) is None or doc[ent.end].ent_type_:
        return ent
    if ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ == "of":
        return ent  # "the SCO Council of Heads of State": a longer name NER did not see
    return Span(doc, ent.start, ent.end + 1, label="ORG")


#: Words of offices, not bodies: "Heads of State and Government", "State or Government".
_OFFICE_WORDS = frozenset({"of", "and", "or", "the", "state", "government", "heads"})
_GOVERNMENT_OF = re.compile(r"^Government of (?:the )?(.+)$")


def _office_words(m: Mention) -> bool:
    """ "Heads of State and Government", "State or Government": offices, not a body."""
    words = m.name.split()
    return (
        m.label == "Organization"
        and len(words) > 1
        and all(w.lower() in _OFFICE_WORDS or names.is_title_word(w.removesuffix("s")) for w in words)
    )


def _as_state(m: Mention) -> Mention:
    """ "the Government of India" is India acting: the country, not an organisation."""
    government = _GOVERNMENT_OF.match(m.name) if m.label == "Organization" else None
    state = gazetteer.lookup_country(government.group(1)) if government else None
    if state is None:
        return m
    return country_mention(m.start, m.end, state[0], m.surface)


def _after_portfolio(doc: Doc, start: int) -> bool:
    """A name right after "Minister of", "Secretary of": a portfolio, not a body."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in orgs.PORTFOLIO_HOLDERS


def _dangling_of(doc: Doc, prev: Span, ent: Span) -> bool:
    """ "the Ministry of Defence of" + "India", "the Central Bank of the" + "Argentine Republic": NER
    ended the name at the state it belongs to."""
    return (
        not _after_portfolio(
            doc, prev.start
        )  # "Secretary of National Defense of the Philippines": a post, and its state
        and prev.label_ == "ORG"
        and ent.label_ == "GPE"
        and prev.end == ent.start
        and (doc[prev.end - 1].lower_ in ("of", "for") or doc[prev.end - 2 : prev.end].text.lower() == "of the")
    )


def _fuller_org_name(words: list[str], fuller: list[str]) -> bool:
    """ "Caesars World Inc" for "Caesars World"; "US Coast Guard" for "Coast Guard": the same words
    after, or before, the name of the state the body belongs to."""
    lowered = [w.lower() for w in fuller]
    if lowered[: len(words)] == words:
        return True
    state = fuller[: len(fuller) - len(words)]
    return len(words) > 1 and lowered[len(state) :] == words and gazetteer.lookup_country(" ".join(state)) is not None


def _short_name(candidate: str, name: str) -> bool:
    """A bracketed short form of ``name``: capitals ("KEXIM"), or one word that begins as the name
    does ("Afreximbank" for "African Export-Import Bank")."""
    if candidate.isupper():
        return True
    return candidate.isalpha() and candidate[:1].isupper() and candidate[:3].lower() == name[:3].lower()


def _untagged_name_word(tok: Token) -> bool:
    return (
        not tok.ent_type_
        and tok.pos_ == "PROPN"
        and tok.is_title
        and not names.is_title_word(tok.text)
        and not names.is_honorific(tok.text)
    )


_NOT_THE_STATE = frozenset({"dollar", "dollars", "process", "format", "talks", "agreement", "accord"})


def _names_a_thing(ent: Span, kind: str) -> bool:
    """ "US dollars", "the Astana process": the name labels a currency or a diplomatic format, not the state."""
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if following is None or following.lower_ not in _NOT_THE_STATE:
        return False
    return kind == "capital" or following.lower_ in ("dollar", "dollars")


def _surname_after(ent: Span) -> Token | None:
    """The surname after a capital's name that is a person's given name: said or titled before it
    ("said Sofia Hallberg", "central bank president Santiago Bausili") and not a place in the sentence."""
    doc = ent.doc
    if len(ent) != 1 or ent.end >= len(doc) or _is_locative(ent):
        return None
    surname = doc[ent.end]
    if surname.pos_ != "PROPN" or not surname.is_title or surname.ent_type_ not in ("", "PERSON"):
        return None
    if surname.ent_type_ == "PERSON" and surname.ent_iob_ == "I":
        return None
    if (
        gazetteer.lookup_country(surname.text)
        or gazetteer.lookup_org(surname.text)
        or names.is_title_word(surname.text)
    ):
        return None
    before = doc[ent.start - 1] if ent.start > 0 else None
    told = before is not None and (before.lemma_ in ("say", "tell", "according") or names.is_title_head(before.text))
    return surname if told else None


def _a_rank_of(ent: Span) -> bool:
    doc = ent.doc
    return (
        len(ent) == 1
        and ent.start > 0
        and doc[ent.start - 1].lower_ == "the"
        and ent.end + 1 < len(doc)
        and doc[ent.end].lower_ == "of"
        and gazetteer.lookup_country(doc[ent.end + 1].text) is not None
    )


def _part_of_a_venue(ent: Span) -> bool:
    """ "at the Victoria and Albert Museum": the capital's name begins a venue's, it is no state."""
    doc = ent.doc
    j = ent.end
    if j + 2 >= len(doc) or doc[j].lower_ != "and" or not doc[j + 1].text[:1].isupper():
        return False
    following = doc[j + 1 : min(j + 5, len(doc))]
    return any(t.text[:1].isupper() and t.lower_ in gazetteer.org_cues().place_heads for t in following)


def _names_a_facility(ent: Span) -> bool:
    """ "the Shahid Beheshti terminal", "the Jizzakh region": a person's name before a place noun (or
    a region's) names the place."""
    doc = ent.doc
    following = doc[ent.end] if ent.end < len(doc) else None
    if following is None or not following.is_lower:
        return False
    return following.lemma_ in gazetteer.org_cues().place_heads or names.is_admin_unit(following.lower_)


def _is_locative(ent: Span) -> bool:
    head = ent.root.head
    return ent.root.dep_ == "pobj" and head.lower_ in _LOCATIVE_PREPS


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Longest first; a person found by a title cue beats a mislabelled place over the same tokens."""
    rank = {"Person": 0, "Organization": 1, "Country": 2, "Place": 3}
    # a name a title stands before ("Sultan Hassanal Bolkiah") beats NER's place or organisation over it
    ordered = sorted(
        mentions, key=lambda m: (not (m.cued and m.label == "Person"), -(m.end - m.start), rank[m.label], m.start)
    )
    taken: set[int] = set()
    kept: list[Mention] = []
    for m in ordered:
        span = set(range(m.start, m.end))
        if span & taken:
            continue
        taken |= span
        kept.append(m)
    return sorted(kept, key=lambda m: m.start)
