"""Who "he", "him", "his", "the Iranian leader" and "the emir" are, for reading events.

News names a person once and then refers back: "Putin flew in on Monday. He and Rouhani held
talks", "the Chinese leader hosted him", "the emir arrived". Events need those references as
participants, so this module maps each such token to the person it most likely means. The rules
are deliberately narrow, because a wrong participant is worse than a missing one:

- a subject pronoun (he, she) is the person who was last a grammatical subject (or whom "It was
  X's first trip" is about), in this sentence before it or in the two sentences before, and never
  someone coordinated with it ("He and Rouhani"); spokespeople and aides only when nobody else fits;
  after a sentence with no person as its subject that names one person ("... a tour for Sharif.
  He flew"), that person;
- an object pronoun (him, her) is the last such subject who is not the subject of its own clause;
- a possessive (his, her) is the subject of its clause when that is a person (not a name inside
  the subject's own relative clause), else as "he";
- "the [Chinese] leader|president|emir|minister|general ..." (also capitalised, as readouts write
  "the Prime Minister", where it stands alone) is the person named in the article with that title
  (and of that country, when a demonym says so): of several, the one the story names most, or the
  one just named when the description is in apposition to a name.

The result is synthetic mentions at the referring tokens; entity counts never see them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract import names
from extract.mentions import Mention

SUBJECT_PRONOUNS = frozenset({"he", "she"})
OBJECT_PRONOUNS = frozenset({"him", "her"})
POSSESSIVES = frozenset({"his", "her"})
#: People who report rather than act: a pronoun falls back on them only when nobody else fits.
_REPORTER_WORDS = ("spokes", "aide", "adviser", "advisor", "analyst", "correspondent", "reporter", "editor")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_LOOKBACK_SENTENCES = 2


def resolve(sents: list[Span], mentions: list[Mention]) -> dict[int, Mention]:
    """Token index → the person a pronoun or a definite description there refers to."""
    people = sorted((m for m in mentions if m.label == "Person"), key=lambda m: m.start)
    countries = {i: m for m in mentions if m.label == "Country" for i in range(m.start, m.end)}
    by_token = {i: m for m in people for i in range(m.start, m.end)}
    ctx = _Context(by_token, countries, sents)
    org_states = {m.key: f"country:{m.org_country}" for m in mentions if m.label == "Organization" and m.org_country}
    for m in people:  # "Iran's Aziz Nasirzadeh", "secretary of Iran's Supreme National Security Council"
        owner = countries.get(m.start - 2) if m.start >= 2 and sents[0].doc[m.start - 1].text in ("'s", "’s") else None
        for key in (m.role_target, org_states.get(m.role_target or ""), owner.key if owner else None):
            if key and key.startswith("country:"):
                ctx.homes.setdefault(m.name, set()).add(key)
    for n, sent in enumerate(sents):
        for tok in sent:
            m = by_token.get(tok.i)
            if m is not None:
                if tok.i == m.end - 1:  # a name is counted once, at its last token (usually its head)
                    ctx.saw(n, tok, m, named=True)
                continue
            found = ctx.refer(tok, n)
            if found is not None:
                ctx.resolved[tok.i] = _at(found, tok.i)
                ctx.saw(n, tok, found, named=False)
    return ctx.resolved


class _Context:
    """What has been read so far: who was named, who was a subject, which titles each person has."""

    def __init__(self, by_token: dict[int, Mention], countries: dict[int, Mention], sents: list[Span]) -> None:
        self.by_token = by_token
        self.sents = sents
        self.countries = countries
        self.resolved: dict[int, Mention] = {}
        #: (sentence number, main clause?, person) of every person who was a subject so far
        self.subjects: list[tuple[int, bool, Mention]] = []
        self.named: list[Mention] = []
        self.named_in: list[int] = []  # the sentence of each entry of ``named``
        self.titles: dict[str, list[str]] = {}
        self.homes: dict[str, set[str]] = {}  # the states each person is named with

    def at(self, i: int) -> Mention | None:
        return self.by_token.get(i) or self.resolved.get(i)

    def saw(self, n: int, tok: Token, m: Mention, *, named: bool) -> None:
        if named:
            self.titles.setdefault(m.name, []).extend(t.lower() for t in m.titles)
        self.named.append(m)
        self.named_in.append(n)
        subject = tok if tok.dep_ in _SUBJECT_DEPS else tok.head
        if tok.dep_ in _SUBJECT_DEPS or (tok.dep_ in ("conj", "appos") and tok.head.dep_ in _SUBJECT_DEPS):
            self.subjects.append((n, _main_clause(subject), m))
        elif tok.dep_ == "poss" and tok.head.dep_ == "attr" and tok.head.head.lemma_ == "be":
            # "It was Lee's first trip to Japan since he took office": the one the clause is about
            self.subjects.append((n, tok.head.head.dep_ == "ROOT", m))

    def refer(self, tok: Token, n: int) -> Mention | None:
        lower = tok.lower_
        # the latest sentence's subjects last, and in each sentence its main clause's subject last:
        # "Blinken is the first ... since Mike Pompeo visited Beijing. He landed ...": he is Blinken
        window = [(k, main, m) for k, main, m in self.subjects if n - k <= _LOOKBACK_SENTENCES]
        recent = [m for k, main, m in sorted(window, key=lambda s: (s[0], s[1]))]
        if lower in SUBJECT_PRONOUNS and tok.dep_ in _SUBJECT_DEPS:
            return self.only_one_named(n) or _last_subject(recent, exclude=self.coordinated_names(tok))
        if lower in OBJECT_PRONOUNS and tok.dep_ in ("dobj", "pobj", "dative"):
            # "Xi met Lula. ... the Chinese leader hosted him": anyone named lately but the clause's subject
            exclude = self.clause_subject_names(tok)
            lately = [m for m, k in zip(self.named, self.named_in, strict=True) if n - k <= _LOOKBACK_SENTENCES]
            return _last_subject(recent, exclude) or _last_subject(lately, exclude)
        if lower in POSSESSIVES and tok.dep_ == "poss":
            own = self.clause_subject_names(tok)
            mine = [m for m in reversed(self.named) if m.name in own]
            return mine[0] if mine else _last_subject(recent, exclude=set())
        if tok.pos_ == "NOUN" and tok.is_lower and any(c.lower_ == "the" for c in tok.children):
            return self.described(tok)
        if tok.pos_ == "PROPN" and names.is_title_head(tok.text) and self._capitalised_reference(tok):
            return self.described(tok)  # "the Prime Minister and the Crown Prince signed": readouts capitalise
        if lower == "counterpart" and any(c.lower_ in POSSESSIVES for c in tok.children):
            return self.counterpart(tok)
        return None

    def only_one_named(self, n: int) -> Mention | None:
        """ "The Azerbaijan stop was the third leg of a tour for Sharif. He flew to Istanbul ...": the
        one person the sentence before names, when no person was a subject there or yet in this one."""
        if n == 0 or any(k in (n - 1, n) for k, _, _ in self.subjects) or _acting_subject(self.sents[n - 1]):
            return None
        before = {m.name: m for m, k in zip(self.named, self.named_in, strict=True) if k == n - 1}
        return next(iter(before.values())) if len(before) == 1 else None

    def _capitalised_reference(self, tok: Token) -> bool:
        """ "the Prime Minister" standing alone, not the title of a name or an office ("the Prime
        Minister of Pakistan, Shehbaz Sharif", "the Prime Minister Shehbaz Sharif")."""
        doc = tok.doc
        bare = tok.dep_ in (*_SUBJECT_DEPS, "dobj", "pobj") and not any(c.dep_ in ("det", "poss") for c in tok.children)
        if not (bare or any(c.lower_ == "the" for c in tok.children)) or tok.i + 1 >= len(doc):
            return False  # "Prime Minister called on ...": readouts drop the article too
        after = doc[tok.i + 1]
        if after.i in self.by_token or after.lower_ in ("of", "for", "'s", "’s", ","):
            return False
        return after.is_punct or after.pos_ in ("VERB", "AUX", "CCONJ", "ADP", "PART", "ADV")

    def counterpart(self, tok: Token) -> Mention | None:
        """ "Belousov and his Iranian counterpart met": the person last named with Iran, when no name
        follows ("his Iranian counterpart, Aziz Nasirzadeh" names him itself)."""
        states = [
            self.countries[c.i].key for c in tok.children if c.dep_ in ("amod", "compound") and c.i in self.countries
        ]
        following = tok.doc[tok.i + 1 : tok.i + 3]
        if len(states) != 1 or any(t.i in self.by_token for t in following):
            return None
        return self.last_named_with(states[0], exclude=self.clause_subject_names(tok))

    def last_named_with(self, state: str, exclude: set[str] | frozenset[str] = frozenset()) -> Mention | None:
        """The person named last with ``state`` (as its own, as their role's, as their body's)."""
        return next(
            (m for m in reversed(self.named) if m.name not in exclude and state in self.homes.get(m.name, ())), None
        )

    def coordinated_names(self, tok: Token) -> set[str]:
        """Names coordinated with the pronoun ("He and Rouhani"): the pronoun is someone else."""
        group = [tok.head] if tok.dep_ == "conj" else []
        group += [c for c in tok.children if c.dep_ == "conj"]
        return {m.name for t in group for s in t.subtree if (m := self.at(s.i)) is not None}

    def clause_subject_names(self, tok: Token) -> set[str]:
        """Names of the subject of the clause ``tok`` is in ("the Chinese leader hosted him": Xi)."""
        verb = tok
        while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if verb.dep_ == "relcl" and any(s.lower_ in ("who", "that") for s in subjects):
            subjects = [verb.head]  # "Araghchi, who accompanied him": not Araghchi
        # not those of a clause inside the subject: "Aleinik, who travelled with Lukashenko, ... his"
        nested = {t.i for s in subjects for c in s.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
        return {
            m.name
            for subject in subjects
            for s in subject.subtree
            if s.i not in nested and (m := self.at(s.i)) is not None
        }

    def described(self, tok: Token) -> Mention | None:
        """ "the Chinese leader", "the Iranian president", "the emir": the last person with that title."""
        modifiers = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.lower_ != "the"]
        title_words = [c.text for c in modifiers if names.is_title_word(c.text) and c.i < tok.i]
        demonyms = [self.countries[c.i] for c in modifiers if c.i in self.countries]
        other = [c for c in modifiers if c.i not in self.countries and not names.is_title_word(c.text)]
        if not other and tok.lower_ in ("official", "diplomat") and len(demonyms) == 1:
            # "The Iranian official then met ...": the person last named with Iran
            return self.last_named_with(demonyms[0].key)
        if other or not (tok.lower_ == "leader" or names.is_title_head(tok.text)):
            return None  # "the minister's deputy", "the oil minister": not a plain reference back
        title = " ".join([*title_words, tok.text]).lower()
        country = demonyms[0].key if demonyms else None
        fitting: list[Mention] = []
        unplaced: list[Mention] = []  # "Foreign Minister X", whose state the text leaves to context
        for m in reversed(self.named):
            if any(f.name == m.name for f in [*fitting, *unplaced]):
                continue
            if not any(_fits(title, held) for held in self.titles.get(m.name, [])):
                continue
            targets = {x.role_target for x in self.named if x.name == m.name}
            if country is not None and country not in targets:
                if targets == {None} and self.homes.get(m.name, {country}) == {country}:
                    unplaced.append(m)
                continue
            fitting.append(m)
        named_here = any(c.dep_ == "appos" and c.i in self.by_token for c in tok.children)
        if (
            country is not None
            and not fitting
            and len(unplaced) == 1
            and not named_here
            and not names.is_leader_title(title)
        ):
            # "the Iranian foreign minister": the one foreign minister named (a leader's state is always said)
            fitting = unplaced
        if country is not None or len(fitting) < 2 or tok.dep_ == "appos":
            return fitting[0] if fitting else None  # "Borisov, the head of Roscosmos": the one just named
        # "The president arrived ...", with several named: the story's protagonist, the one named most
        counts = {m.name: sum(x.name == m.name for x in self.named) for m in fitting}
        return max(fitting, key=lambda m: counts[m.name])  # the latest of those named as often


def _acting_subject(sent: Span) -> bool:
    """ "Prime Minister called on X": the sentence's subject may be someone we did not resolve; "The
    Azerbaijan stop was ..." is not."""
    subjects = [c for c in sent.root.children if c.dep_ in _SUBJECT_DEPS]
    return any(s.pos_ in ("PRON", "PROPN") or names.is_title_head(s.text) for s in subjects)


def _main_clause(subject: Token) -> bool:
    """The subject of the sentence's main verb (or of a verb coordinated with it)."""
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _last_subject(candidates: list[Mention], exclude: set[str]) -> Mention | None:
    """The latest subject not excluded; a reporter only when no one else is left."""
    left = [m for m in candidates if m.name not in exclude]
    actors = [m for m in left if not _reports(m)]
    pool = actors or left
    return pool[-1] if pool else None


def _reports(m: Mention) -> bool:
    return any(word in t.lower() for t in m.titles for word in _REPORTER_WORDS)


def _fits(wanted: str, held: str) -> bool:
    """ "leader" fits any head of state or government; otherwise the title must contain the words."""
    if wanted == "leader":
        return names.is_leader_title(held)  # "the Iranian leader": any head of state or government
    return wanted in held or (wanted == "president" and held.endswith("president"))


def _at(m: Mention, i: int) -> Mention:
    """A copy of ``m`` standing at token ``i`` (the pronoun or the description)."""
    return Mention(i, i + 1, m.label, m.name, m.surface, titles=list(m.titles), role_target=m.role_target, cued=m.cued)
