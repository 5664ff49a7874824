"""Whole names from the pieces NER leaves: a person's span grows over the rest of the name.

The small model often stops a name at a hyphen or a lowercase particle ("Moon Jae" for "Moon
Jae-in", "Ursula von der" plus a place "Leyen") or before its last untagged parts ("Aung San" for
"Aung San Suu Kyi"). These rules extend a person's span over such tokens when they are glued to
the name (no space around a hyphen), or are a particle followed by a capitalised word, or are
proper nouns the parser attaches to the name. It also grows back over a first given name the parse
compounds onto it ("Anders" + "Fogh Rasmussen"). Whatever other mention they covered is dropped.
"""

from __future__ import annotations

import calendar

from spacy.tokens import Doc, Token

from extract import gazetteer, names
from extract.mentions import Mention

#: Lowercase (or title-case) words inside names: "von der Leyen", "da Silva", "bin Salman", "al-Assad".
PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "dos", "das", "do", "la", "le",
     "bin", "bint", "ibn", "ben", "al", "el", "ter", "ten", "y", "e"}
)  # fmt: skip
_MAX_TOKENS = 7
_CALENDAR = frozenset(
    [d for d in calendar.day_name] + [m for m in calendar.month_name if m] + ["Today", "Yesterday", "Tomorrow"]
)


def complete_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each person's span completed; mentions the longer names cover are dropped."""
    owner = {i: m for m in mentions for i in range(m.start, m.end)}
    swallowed: set[int] = set()
    for m in sorted((m for m in mentions if m.label == "Person"), key=lambda m: m.start):
        if id(m) in swallowed:
            continue
        start, end = _grow(doc, m.start, m.end, owner, m)
        if (start, end) == (m.start, m.end):
            continue
        name = names.clean_person_name(doc[start:end].text)
        if name is None or len(name.split()) < len(m.name.split()):
            continue
        for i in range(start, end):
            other = owner.get(i)
            if other is not None and other is not m:
                swallowed.add(id(other))
        m.start, m.end, m.name, m.surface = start, end, name, doc[start:end].text
        for i in range(start, end):
            owner[i] = m
    return [m for m in mentions if id(m) not in swallowed]


def _grow(doc: Doc, start: int, end: int, owner: dict[int, Mention], m: Mention) -> tuple[int, int]:
    while (
        start >= 2 and glued_hyphen(doc, start - 1) and _name_part(doc[start - 2]) and _free(owner, start - 2, m, True)
    ):
        start -= 2  # "Kassym-" + "Jomart Tokayev"
    while end - start < _MAX_TOKENS and end < len(doc):
        comma = doc[end].text == "," and end + 1 < len(doc)
        suffix = end + 1 if comma else end
        if names.is_suffix(doc[suffix].text) and doc[suffix].text[:1].isupper() and _free(owner, suffix, m, True):
            end = suffix + 1  # "Ferdinand Marcos Jr.", "Gilberto Teodoro, Jr."
            continue
        if end + 1 < len(doc) and glued_hyphen(doc, end) and doc[end + 1].is_alpha and _free(owner, end + 1, m, True):
            end += 2  # "Moon Jae" + "-in"
            end = _through_fragment(owner, end, m)  # "Kassym" + "-" + "Jomart Tokayev" (tagged apart)
            continue
        k = end
        while k < len(doc) and doc[k].lower_ in PARTICLES and doc[k - 1].whitespace_:
            k += 1
        after_particle = k > end or doc[end - 1].lower_ in PARTICLES  # "Ursula von der" + "Leyen"
        if after_particle and k < len(doc) and _name_part(doc[k]) and _free(owner, k, m, fragments=True):
            end = _through_fragment(owner, k + 1, m)
            continue
        if _attached_proper_noun(doc, end, start) and _free(owner, end, m):
            end += 1  # "Aung San" + "Suu" + "Kyi"
            continue
        other = owner.get(end)
        if other is not None and other is not m and other.label == "Person" and _glued_names(doc, m, other):
            end = other.end  # "Yury" + "Ushakov" tagged as two names: one name
            continue
        break
    start = _particles_before(doc, start, owner, m)
    while end - start < 3 and start >= 1 and _given_name_before(doc, start, end) and _free(owner, start - 1, m):
        start -= 1  # "Anders" + "Fogh Rasmussen", "Samia Suluhu" + "Hassan": NER often drops the first names
    while start >= 1 and _honorific(doc[start - 1]) and _free(owner, start - 1, m, True):
        start -= 1  # "His Highness" + "Sheikh Mohamed bin Zayed": the parse may hang the name on "Highness"
    return start, end


def _particles_before(doc: Doc, start: int, owner: dict[int, Mention], m: Mention) -> int:
    """ "Marieke van der" + "Berg" tagged alone: the particles and the given name before them; at the
    start of a sentence a capitalised particle opens the name ("Van der Berg said")."""
    k = start
    while k >= 1 and doc[k - 1].lower_ in PARTICLES and _free(owner, k - 1, m) and doc[k - 1].whitespace_:
        k -= 1
    if k == start:
        return start
    if doc[k].is_sent_start and doc[k].text[:1].isupper():
        return k  # "Van der Berg"
    if k >= 1 and _name_part(doc[k - 1]) and _free(owner, k - 1, m):
        return k - 1  # "Marieke van der Berg"
    return start


def _given_name_before(doc: Doc, start: int, end: int) -> bool:
    """A capitalised proper noun the parse compounds onto the name, and that is no title, state,
    place or known organisation: the given name NER left out."""
    tok = doc[start - 1]
    if tok.pos_ != "PROPN" or tok.dep_ != "compound" or not start <= tok.head.i < end or not tok.whitespace_:
        return False
    if not _name_part(tok) or tok.is_upper or tok.is_stop or tok.ent_type_ in _NOT_NAMES:
        return False  # "ICI Pharma", "Afterwards Biden"
    if names.is_title_word(tok.text) or _honorific(tok) or any(t.text == tok.lower_ for t in doc):
        return False  # a word the article also writes in lowercase is a common one ("Analyst ... the analyst")
    word = tok.text
    return not (gazetteer.lookup_country(word) or gazetteer.lookup_org(word) or gazetteer.place_country(word))


def _honorific(tok: Token) -> bool:
    return tok.text[:1].isupper() and names.is_honorific(tok.text)


def _through_fragment(owner: dict[int, Mention], end: int, m: Mention) -> int:
    """When the token just taken belongs to another person mention, the name runs to that one's end."""
    other = owner.get(end - 1)
    return max(end, other.end) if other is not None and other is not m and other.label == "Person" else end


def _glued_names(doc: Doc, m: Mention, other: Mention) -> bool:
    """Two person mentions side by side with nothing between, one of them a single word: one name."""
    if other.start != m.end or not doc[m.end - 1].whitespace_:
        return False
    return (m.end - m.start == 1 or other.end - other.start == 1) and doc[other.start].pos_ == "PROPN"


def glued_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen with no space on either side: part of the word it sits in ("Moon Jae-in", "Co-operation")."""
    return doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _name_part(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and tok.text not in _CALENDAR


_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _attached_proper_noun(doc: Doc, i: int, start: int) -> bool:
    """A capitalised proper noun right after the name that the parse joins to it: its head is in the
    name, it heads a name token, or the name is a compound chain that continues through it."""
    if i >= len(doc) or i == start:
        return False
    tok = doc[i]
    if tok.pos_ != "PROPN" or not _name_part(tok) or tok.is_sent_start or not doc[i - 1].whitespace_:
        return False
    if tok.ent_type_ in _NOT_NAMES or gazetteer.lookup_country(tok.text) or gazetteer.lookup_org(tok.text):
        return False
    inside = range(start, i)
    if tok.head.i in inside or any(doc[j].head.i == i for j in inside):
        return True
    last = doc[i - 1]  # "Aung San" + "Suu Kyi": San is a compound of Kyi, and so is Suu
    chain = last.dep_ in ("compound", "flat") and last.head.i >= i
    return chain and all(doc[k].pos_ == "PROPN" for k in range(i, last.head.i + 1))


def _free(owner: dict[int, Mention], i: int, m: Mention, fragments: bool = False) -> bool:
    """Token ``i`` is not another entity's; with ``fragments``, a person or unplaced place there is a
    piece of this name that NER tagged apart ("Ursula von der" + "Leyen" as a place)."""
    other = owner.get(i)
    if other is None or other is m:
        return True
    return fragments and (other.label == "Person" or (other.label == "Place" and other.iso3 is None))
