"""Person mentions NER left out, found from what surrounds a name.

The small model misses or mislabels many names of this domain. Each finder here reads one cue
and returns the person mentions it adds, given the mentions found so far: a title before the
name ("President Raisi"), a person the name is coordinated with ("Putin and Raisi"), an
apposition stating a role on either side ("X, Rosatom's director general," and "the head of
Rosatom, X,"), a plural title that lists officials ("foreign ministers A of X and B of Y"),
and a verb only people do ("met Ebrahim Raisi"). ``find`` runs them in that order, each seeing
what the ones before it added.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from extract import gazetteer, names
from extract.mentions import Mention
from extract.name_spans import glued_hyphen


def find(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The person mentions every finder adds to ``mentions``, in order."""
    found: list[Mention] = []
    for finder in FINDERS:
        found.extend(finder(doc, [*mentions, *found]))
    return found


def title_led_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "President Raisi", "Foreign Minister Hossein Amir Abdollahian": a title followed by a name is a person."""
    known = {(m.start, m.end) for m in mentions if m.label in ("Person", "Country", "Organization")}
    # "President Santiago Peña": a capital's name may be a given name; after a title it is one
    covered = {i for m in mentions if m.label != "Place" and not _capital(m) for i in range(m.start, m.end)}
    owner_ends = {m.end for m in mentions if m.label in ("Country", "Organization")}
    found: list[Mention] = []
    for tok in doc:
        if not (names.is_title_head(tok.text) or tok.lower_ == "counterpart"):  # "his Colombian counterpart X"
            continue
        i = _after_owner_phrase(doc, tok.i + 1, owner_ends)  # "Chairman of the Gazprom ... Alexey Miller"
        if i < len(doc) and doc[i].text == ",":
            i += 1  # "Germany's chancellor, Olaf Scholz", "the deputy defence minister, Yunus-Bek Yevkurov,"
            comma = True
        else:
            comma = False
        while i < len(doc) and names.is_honorific(doc[i].text):
            i += 1
        j = i
        while j < len(doc) and j - i < 4 and _name_like(doc[j]) and j not in covered:
            j += 1
        closed = j >= len(doc) or doc[j].text in (",", ".", ";", ")") or not doc[j].is_alpha
        if j > i and (i, j) not in known and (closed or not comma):
            name = names.clean_person_name(doc[i:j].text)
            if name:
                found.append(Mention(i, j, "Person", name, doc[i:j].text, cued=True))
    return found


def coordinated_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Vladimir Putin and Ebrahim Raisi": a proper name coordinated with a person is a person too."""
    known = {i for m in mentions if _is_known(m) for i in range(m.start, m.end)}
    surnames = {names.surname(m.name) for m in mentions if m.label == "Person"}
    found: list[Mention] = []
    queue = [m for m in mentions if m.label == "Person"]
    for m in queue:  # grows: "A, B and C" where only A is tagged
        root = doc[m.end - 1]
        partners = [c for c in root.children if c.dep_ == "conj" or (c.dep_ == "appos" and _state_owned(c, known))]
        if root.dep_ == "conj":
            partners.append(root.head)
        for head in partners:
            if head.pos_ != "PROPN" or head.i in known:
                continue
            start = head.i
            while start - 1 >= 0:
                prev = doc[start - 1]
                if prev.dep_ in ("compound", "flat") and (prev.pos_ == "PROPN" or (prev.is_title and prev.is_alpha)):
                    start -= 1
                elif start >= 2 and glued_hyphen(doc, start - 1) and doc[start - 2].pos_ == "PROPN":
                    start -= 2  # "Kassym-Jomart Tokayev"
                else:
                    break
            name = names.clean_person_name(doc[start : head.i + 1].text)
            if name and (len(name.split()) > 1 or name in surnames):  # "Ports, Shipping and Waterways"
                found.append(Mention(start, head.i + 1, "Person", name, doc[start : head.i + 1].text))
                queue.append(found[-1])
                known.update(range(start, head.i + 1))
    return found


def apposed_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Alexei Likhachev, Rosatom's director general, ...", "the head of Rosatom, Alexei Likhachev,
    ...": a proper name that NER left untagged, in apposition to a phrase stating a role, is a person."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for tok in doc:
        if tok.text != "," or tok.i < 2 or tok.i - 1 in covered:
            continue
        start = tok.i
        while start - 1 >= 0 and tok.i - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
        span = doc[start : tok.i]
        if len(span) < 2 or any(i in covered for i in range(start, tok.i)):
            continue
        if not (apposed_title(span) or _title_before_name(span)):
            continue
        name = names.clean_person_name(span.text)
        if name:
            found.append(Mention(start, tok.i, "Person", name, span.text, cued=True))
    return found


def untagged_actors(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Joe Biden met Xi Jinping": a two- or three-word proper name NER left untagged, which meets,
    calls or travels, or is met or called, acts as a person."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.i in covered or tok.dep_ not in ("nsubj", "dobj", "pobj"):
            continue
        start = tok.i
        while start - 1 >= 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        span = doc[start : tok.i + 1]
        if not 2 <= len(span) <= 3 or any(i in covered for i in range(start, tok.i + 1)):
            continue
        if acts_like_person(span):
            name = names.clean_person_name(span.text)
            if name:
                found.append(Mention(start, tok.i + 1, "Person", name, span.text))
    return found


_PERSON_VERBS = frozenset(
    {"meet", "host", "receive", "phone", "telephone", "call", "congratulate", "tell", "say", "urge", "thank", "greet",
     "fly", "arrive", "land", "travel", "visit", "speak", "talk", "confer"}
)  # fmt: skip


def acts_like_person(ent: Span) -> bool:
    """An unknown two- or three-word proper name that meets, says or is received acts as a person.

    The small model tags many foreign names ORG or GPE ("met Ebrahim Raisi"); the verb it goes with
    is the cue. Names with an organisation head word ("... Authority") never qualify.
    """
    tokens = [t for t in ent if t.text not in ("'s", "’s")]
    if not 2 <= len(tokens) <= 3 or not all(t.pos_ == "PROPN" and t.is_title for t in tokens):
        return False
    if tokens[-1].lower_ in gazetteer.org_cues().heads:
        return False
    if apposed_title(ent):
        return True  # "Alexei Likhachev, Rosatom's director general, ..."
    root = ent.root
    told_who = any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in c.children) for c in root.children)
    if told_who and not names.is_title_word(tokens[0].text):  # a title-led name is read with its title
        return True  # "Ebrahim Raisi, who was sworn in ...": "who" stands for a person
    head = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "with" else root.head
    return root.dep_ in ("nsubj", "dobj", "pobj") and head.lemma_ in _PERSON_VERBS


def listed_officials(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the foreign ministers, Thérèse Kayikwamba Wagner of the DRC and Olivier Nduhungirehe of
    Rwanda": after a plural title and a comma, each name followed by "of" and a state is a person."""
    states = {m.start: m for m in mentions if m.label == "Country"}
    covered = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for tok in doc:
        plural = tok.text.endswith("s") and names.is_title_head(tok.text[:-1]) and tok.i + 2 < len(doc)
        if not plural or doc[tok.i + 1].text != ",":
            continue
        j = tok.i + 2
        while j < len(doc):
            k = j
            while k < len(doc) and k - j < 4 and doc[k].is_alpha and doc[k].is_title and k not in covered:
                k += 1
            of_state = k + 1 < len(doc) and doc[k].lower_ == "of" and (k + 1 in states or k + 2 in states)
            if not 2 <= k - j <= 4 or not of_state:
                break
            name = names.clean_person_name(doc[j:k].text)
            if name:
                found.append(Mention(j, k, "Person", name, doc[j:k].text, cued=True))
            state = states.get(k + 1) or states[k + 2]
            j = state.end
            while j < len(doc) and doc[j].lower_ in (",", "and"):
                j += 1
    return found


def _state_owned(tok: Token, known: set[int]) -> bool:
    """ "Lukashenko, Kazakhstan's Kassym-Jomart Tokayev and ...": a listed name a state possesses."""
    return any(c.dep_ == "poss" and c.i in known and gazetteer.lookup_country(c.text) for c in tok.children)


def apposed_title(ent: Span) -> bool:
    """The name is followed by ", [det] ... TITLE," (a closed apposition that states a role)."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return False
    for tok in doc[ent.end + 1 : ent.end + 8]:
        if tok.text in (",", ".", ";") or tok.pos_ in ("VERB", "AUX"):
            return False
        if names.is_title_head(tok.text) and tok.pos_ == "NOUN":
            return True
    return False


def _title_before_name(ent: Span) -> bool:
    """The name closes an apposition to ", [det] ... TITLE [of ...], Name,": "the head of Rosatom, X,"."""
    doc = ent.doc
    if ent.start < 3 or doc[ent.start - 1].text != ",":
        return False
    for tok in reversed(doc[max(0, ent.start - 8) : ent.start - 1]):
        if tok.text in (",", ".", ";", ":") or tok.pos_ in ("VERB", "AUX"):
            return False
        if names.is_title_head(tok.text) and tok.pos_ == "NOUN":
            return True
    return False


def _is_known(m: Mention) -> bool:
    """A mention backed by the gazetteer or NER's PERSON label, which weaker cues must not override."""
    if m.label == "Person":
        return True
    if m.label == "Place":
        return m.iso3 is not None
    return bool(gazetteer.lookup_country(m.surface) or gazetteer.lookup_org(m.surface) or m.label == "Country")


def _after_owner_phrase(doc: Doc, i: int, owner_ends: set[int]) -> int:
    """Where a name may start after a title's "of"/"to" phrase written without a comma, in the style
    of state media: "Minister of Oil of the Islamic Republic Javad Owji", "Ambassador of Iran to the
    Russian Federation Kazem Jalali". The phrase ends where NER's person begins, at a comma, where a
    known state or organisation ends and two name-like words follow, or before the run's last two
    name-like words; else the name starts at ``i``."""
    if i >= len(doc) or doc[i].lower_ not in ("of", "to"):
        return i
    k = i
    while k < len(doc) and k - i < 14 and (doc[k].lower_ in ("of", "to", "the", "and", "for") or _capitalised(doc[k])):
        if k > i + 1 and doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B":
            return k
        if k > i + 1 and k + 1 < len(doc) and doc[k + 1].text == ",":
            return k + 1  # "Minister of Mining and Energy, Dubravka Đedović Handanović": the comma
        if k > i + 1 and k in owner_ends and k + 1 < len(doc) and _name_like(doc[k]) and _name_like(doc[k + 1]):
            return k
        k += 1
    last_two = doc[k - 2 : k] if k - i >= 4 else []
    named = last_two and all(_name_like(t) and not names.is_title_word(t.text) for t in last_two)
    if named and (k >= len(doc) or not _capitalised(doc[k])):
        return k - 2  # "Minister of Industry Mohammad Atabak marked ...": two name words end the run
    return i


def _capitalised(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


def _capital(m: Mention) -> bool:
    """A country mention that is the name of its capital ("Santiago", "Moscow")."""
    found = gazetteer.lookup_country(names.strip_possessive(m.surface)) if m.label == "Country" else None
    return found is not None and found[1] == "capital"


def _name_like(tok) -> bool:
    return tok.is_alpha and tok.text[0].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ") and not tok.is_sent_start


FINDERS: tuple[Callable[[Doc, list[Mention]], list[Mention]], ...] = (
    title_led_people,
    coordinated_people,
    apposed_people,
    listed_officials,
    untagged_actors,
)
