"""Organisations the gazetteer does not know, found by how news writes them.

NER misses or splits many organisation names (a demonym tagged apart inside "European Court of
Justice", a company named once). These rules find them from the shapes news uses:

- a name followed by its acronym: "State Oil Company of Azerbaijan Republic (SOCAR)";
- a capitalised name ending in an organisation head word: "Russian Defence Ministry";
- a name after a descriptor: "French planemaker Dassault Aviation", "state shipyard PT PAL";
- a name whose officer is named: "Dassault's chairman", "Rostec chief executive Sergei Chemezov";
- a seat of power that speaks: "Downing Street said", "Buckingham Palace said".

A generic body ("Foreign Ministry", "Defence Ministry") is named after its country when the text
gives one ("Seoul's Foreign Ministry" → "South Korean Foreign Ministry"), so the ministries of
two countries never become one node.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from extract import gazetteer, names
from extract.mentions import Mention, org_kind, org_mention, strip_the
from extract.name_spans import glued_hyphen

#: Small words inside organisation names: "Ports and Maritime Organization", "Court of Justice".
_LINKS = frozenset({"of", "and", "for", "the", "&", "on", "de", "des", "du"})
#: Heads of documents and plans, not of bodies: "General Security of Military Information Agreement (GSOMIA)".
_DOCUMENT_HEADS = frozenset(
    {"agreement", "treaty", "accord", "accords", "convention", "protocol", "act", "declaration", "plan", "programme",
     "program", "initiative", "corridor", "framework", "strategy", "pact", "deal", "summit", "forum", "games",
     "project", "pipeline", "line", "route", "zone", "area", "format", "process", "law", "resolution"}
)  # fmt: skip
#: Common nouns that introduce an organisation's name: "the South American bloc Mercosur".
DESCRIPTORS = frozenset(
    {"company", "firm", "giant", "maker", "planemaker", "carmaker", "automaker", "shipbuilder", "shipyard",
     "conglomerate", "bloc", "lender", "bank", "insurer", "producer", "operator", "refiner", "miner", "developer",
     "contractor", "manufacturer", "exporter", "importer", "utility", "broadcaster", "newspaper", "daily",
     "agency", "airline", "carrier", "group", "union", "party", "militia", "movement", "organisation", "investor",
     "organization", "alliance", "consortium", "startup", "corporation", "monopoly", "supplier", "outlet"}
)  # fmt: skip
#: Officers whose title names their organisation: "Dassault's chairman", "Rostec chief executive ...".
_OFFICERS = frozenset(
    {"chairman", "chairwoman", "chair", "ceo", "executive", "founder", "co-founder", "cofounder", "director",
     "president", "spokesman", "spokeswoman", "spokesperson", "head", "chief", "boss", "owner", "shareholder"}
)  # fmt: skip
#: Titles whose "of" phrase names a portfolio, not an organisation: "Minister of Mining and Energy".
PORTFOLIO_HOLDERS = frozenset({"minister", "secretary", "commissioner"})
_SPEECH = frozenset({"say", "announce", "confirm", "deny", "state", "add", "tell", "warn", "insist"})
#: Heads that may open a name, its words following in an "of" phrase: "Ministry of Foreign Affairs".
_LEADING_HEADS = frozenset(
    {"ministry", "court", "organization", "organisation", "council", "bank", "commission", "committee", "union",
     "league", "federation", "association", "institute", "university", "department", "office", "agency",
     "authority", "assembly", "party", "fund", "board", "bureau", "government", "secretariat"}
)  # fmt: skip
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&]{1,9}")


def find(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Organisation mentions the gazetteer and NER missed, to add before overlaps are settled."""
    found = _with_acronyms(doc, mentions)
    found += _owned_bodies(doc, mentions + found)
    found += _headed(doc, mentions + found)
    found += _introduced(doc, mentions + found)
    found += _speaking_seats(doc, mentions + found)
    return found


def names_a_document(words: list[str]) -> bool:
    """ "... Information Agreement", "... Sanctions Act": a treaty or a law, not a body."""
    return bool(words) and words[-1].lower().rstrip(".") in _DOCUMENT_HEADS


def name_is_not_an_org(name: str) -> bool:
    """Names shaped like organisations that are something else ("Soviet Union": a former state)."""
    return strip_the(name) in _not_organizations()


@cache
def _not_organizations() -> frozenset[str]:
    return frozenset(gazetteer.load_data("organizations.json").get("not_organizations", []))


def qualify_generic(doc: Doc, mentions: list[Mention]) -> None:
    """ "Foreign Ministry" → "Iranian Foreign Ministry" when the country is stated next to it."""
    by_end = {m.end: m for m in mentions if m.label == "Country"}
    for m in mentions:
        if m.label != "Organization" or not generic_body(m.name):
            continue
        owner = by_end.get(m.start)  # "Iranian Foreign Ministry" (a demonym the ruler tagged apart)
        if owner is None and m.start >= 2 and doc[m.start - 1].text in ("'s", "’s"):
            owner = by_end.get(m.start - 1)  # "Iran's Foreign Ministry"
        if owner is None and m.end + 1 < len(doc) and doc[m.end].lower_ == "of":
            owner = next((x for x in mentions if x.label == "Country" and x.start == m.end + 1), None)
        if owner is None:
            owner = _title_owner_before(doc, m.start, by_end)
        if owner is None or owner.iso3 is None:
            continue
        _qualify(m, owner.iso3)


def _title_owner_before(doc: Doc, start: int, by_end: dict[int, Mention]) -> Mention | None:
    """ "Qatar's Minister of State at the Ministry of Foreign Affairs": the state whose official works there."""
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 0 or doc[k].lower_ not in ("at", "in"):
        return None
    k -= 1
    title = k
    while k >= 0 and title - k < 6 and (names.is_title_word(doc[k].text) or doc[k].lower_ in ("of", "and")):
        k -= 1
    if k == title or k < 1 or doc[k].text not in ("'s", "’s"):
        return None
    return by_end.get(k)


def _head_last(name: str) -> str:
    """ "Ministry of Foreign Affairs" → "Foreign Ministry", "Ministry of Defence" → "Defence Ministry":
    one name for a body news writes both ways."""
    words = name.split()
    if len(words) < 3 or words[0].lower() != "ministry" or words[1].lower() != "of":
        return name
    portfolio = words[2:]
    if [w.lower() for w in portfolio] == ["foreign", "affairs"]:
        portfolio = portfolio[:1]
    return " ".join([*portfolio, words[0]]) if len(portfolio) == 1 else name  # "Ministry of Energy and Petroleum"


def qualify_by_place(mentions: list[Mention], iso3: str) -> None:
    """A generic body no country was stated for, in a story filed from a country's capital, is that
    country's ("TEHRAN - ... Foreign Ministry spokesman ..." is Iran's)."""
    for m in mentions:
        if m.label == "Organization" and m.org_country is None and generic_body(m.name):
            _qualify(m, iso3)


def _qualify(m: Mention, iso3: str) -> None:
    # The bare generic name is not kept as an alias: every state's ministry would share it.
    as_written = f"{_demonym(iso3)} {m.name}"
    qualified = f"{_demonym(iso3)} {_head_last(m.name)}"
    known = gazetteer.lookup_org(qualified) or gazetteer.lookup_org(as_written)
    if not known and qualified != as_written:
        m.aliases = [*m.aliases, as_written]
    m.name = known.name if known else qualified
    m.org_country = iso3
    m.org_kind = "government-body"


# -- shapes ----------------------------------------------------------------------------------------


def _with_acronyms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Ports and Maritime Organization (PMO)": the words before an acronym whose initials spell it,
    and every later use of the acronym alone."""
    people = {i for m in mentions if m.label == "Person" for i in range(m.start, m.end)}
    found: list[Mention] = []
    acronyms: dict[str, Mention] = {}
    for tok in doc:
        if tok.text != "(" or tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")":
            continue
        acronym = doc[tok.i + 1].text
        if not _ACRONYM.fullmatch(acronym) or sum(c.isupper() for c in acronym) < 2:
            continue
        start = _acronym_start(doc, tok.i, acronym, people)
        if start is None:
            continue
        words = [t.text for t in doc[start : tok.i]]
        if names_a_document(words):
            continue
        name = doc[start : tok.i].text  # as written: "Co-operation" keeps its hyphen
        if gazetteer.lookup_country(name) and not gazetteer.lookup_org(name):
            continue  # "the Democratic Republic of the Congo (DRC)": a state and its short form
        known = gazetteer.lookup_org(name) or gazetteer.lookup_org(acronym)
        end = tok.i + 3  # the mention covers "(PMO)" too, so the acronym inside is not a second mention
        m = org_mention(start, end, known, name) if known else _new(start, end, name)
        m.aliases = [acronym] if known is None else m.aliases
        found.append(m)
        acronyms[acronym] = m
    for tok in doc:  # "IPGL will invest ...": the acronym alone names the same organisation
        m = acronyms.get(tok.text)
        inside = tok.i > 0 and doc[tok.i - 1].text == "(" and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ")"
        if m is not None and not inside and tok.i not in people:
            alone = Mention(tok.i, tok.i + 1, "Organization", m.name, tok.text, org_kind=m.org_kind)
            alone.org_country, alone.org_seat, alone.aliases = m.org_country, m.org_seat, [tok.text]
            found.append(alone)
    return found


def _acronym_start(doc: Doc, paren: int, acronym: str, people: set[int]) -> int | None:
    """The earliest start of a capitalised run ending before ``paren`` whose initials spell the acronym."""
    best = None
    i = paren - 1
    while i >= 0 and paren - i <= 12 and i not in people:
        tok = doc[i]
        glued = i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_  # "Co-operation"
        if not (tok.text[:1].isupper() or tok.lower_ in _LINKS or tok.lower_ == "in" or tok.text == "-" or glued):
            break
        if tok.text[:1].isupper() and _spells(acronym.upper(), _significant(doc[i:paren])):
            best = i
        i -= 1
    return best


def _significant(tokens) -> list[str]:
    """Words that give letters to an acronym: capitalised ones, split at hyphens ("North-South")."""
    words: list[str] = []
    for tok in tokens:
        if tok.lower_ in _LINKS or tok.lower_ == "in" or tok.text == "-":
            continue
        if tok.i > 0 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_ and tok.is_lower:
            continue  # "Co-operation" gives one letter
        words.extend(w for w in tok.text.split("-") if w)
    return words


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether the acronym is the words' leading letters, a word giving one or more ("TEPCO" from
    "Tokyo Electric Power Company"), a final word giving none ("... Holdings")."""

    @cache
    def match(a: int, w: int) -> bool:
        if a == len(acronym):
            return w >= len(words) - 1
        if w == len(words):
            return False
        word = words[w].upper()
        return any(word[:k] == acronym[a : a + k] and match(a + k, w + 1) for k in range(1, len(word) + 1))

    return bool(words) and words[0][:1].upper() == acronym[:1] and match(0, 0)


def _headed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Russian Defence Ministry", "National Unity Government", "Ministry of Foreign Affairs of Iran":
    a run of capitalised words whose last organisation head word ends the name."""
    taken = {i for m in mentions if m.label in ("Person", "Organization") for i in range(m.start, m.end)}
    heads = gazetteer.org_cues().heads
    companies = {m.end: m for m in mentions if m.label == "Organization" and m.org_kind == "company"}
    found: list[Mention] = []
    for tok in doc:
        if tok.i in taken or not tok.text[:1].isupper() or tok.lower_.rstrip(".") not in heads or tok.is_sent_start:
            continue
        following = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if following is not None and following.lower_ in heads and _capitalised(following):
            continue  # "Energy Ministry": the last head ends the name
        if following is not None and _capitalised(following) and following.lower_ not in _LINKS:
            continue  # "Trump Route for International Peace": a head inside a longer name does not end it
        start = tok.i
        while start - 1 >= 0 and start - 1 not in taken and _part_of_name(doc, start - 1):
            start -= 1
        while doc[start].lower_ in _LINKS:
            start += 1
        parent = companies.get(start)
        if parent is not None and start < tok.i:
            start = parent.start  # "BP North America Inc": a listed company's named subsidiary
        if start == tok.i and tok.lower_ not in _LEADING_HEADS:
            continue  # "Power of Siberia": "power" ends company names, it does not open them
        if following is not None and names.is_title_head(following.text):
            continue  # "French Armed Forces Minister": a portfolio, the title follows
        if start < tok.i and doc[start].lower_ in PORTFOLIO_HOLDERS and doc[start + 1].lower_ == "of":
            continue  # "Minister of Mining and Energy": a portfolio after its title
        end = tok.i + 1
        while (
            end + 1 < len(doc)
            and doc[end].lower_ in ("of", "for")
            and (the := int(doc[end + 1].lower_ == "the" and end + 2 < len(doc))) + end + 1 < len(doc)
            and _capitalised(doc[end + 1 + the])
            and (end + 1 + the not in taken)
        ):
            # "Ministry of Foreign Affairs", "Court of Justice", "Organization for Security and Co-operation",
            # "National Council for the Safeguard of the Homeland"
            end += 2 + the
            while (
                end < len(doc)
                and end not in taken
                and (
                    _capitalised(doc[end])
                    or (_part_of_name(doc, end) and end + 1 < len(doc) and _capitalised(doc[end + 1]))
                )
            ):
                end += 1
        while end - 1 > tok.i and doc[end - 1].lower_ in _LINKS:
            end -= 1  # "Federal Ministry of Transportation and China Civil ...": the next name is another's
        span = doc[start:end]
        words = [t.text for t in span]
        if len(words) < 2 or _only_state(words) or names_a_document(words) or name_is_not_an_org(span.text):
            continue
        if gazetteer.lookup_country(span.text) or gazetteer.lookup_country(strip_the(span.text)):
            continue  # "the Russian Federation": a state's name
        if shouted(words):
            continue  # "CME HEADS TO ADDRESS CFTC COMMITTEE": a headline in capitals, not a name
        if any(i in taken for i in range(parent.end if parent else start, end)):
            continue
        name = span.text
        known = gazetteer.lookup_org(name)
        found.append(org_mention(start, end, known, name) if known else _new(start, end, name))
        taken.update(range(start, end))
    return found


def _owned_bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Iran's foreign ministry", "the Chinese defence ministry": a state's generic body written in
    lower case is that state's, named as "Iranian Foreign Ministry"."""
    taken = {i for m in mentions if m.label in ("Person", "Organization") for i in range(m.start, m.end)}
    found: list[Mention] = []
    for m in mentions:
        if m.label != "Country" or m.iso3 is None:
            continue
        start = m.end + 1 if m.end < len(doc) and doc[m.end].text in ("'s", "’s") else m.end
        end = start
        while end < len(doc) and end - start < 4 and doc[end].is_lower and doc[end].is_alpha and end not in taken:
            end += 1
            if generic_body(doc[start:end].text.title()):
                break
        words = doc[start:end].text
        if end > start + 1 and generic_body(words.title()):
            body = _new(start, end, f"{_demonym(m.iso3)} {words.title()}", kind="government-body")
            body.org_country = m.iso3
            found.append(body)
            taken.update(range(start, end))
    return found


def shouted(words: list[str]) -> bool:
    """Three or more words, most in capitals: a headline, where every word looks like a name ("PT PAL"
    and "NATO" are names; "CME HEADS TO ADDRESS CFTC COMMITTEE" is not)."""
    return len(words) >= 3 and sum(w.isupper() and len(w) > 1 for w in words) * 2 > len(words)


def _part_of_name(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if tok.lower_ in ("of", "and", "for", "&"):
        return i > 0 and _capitalised(doc[i - 1])
    if glued_hyphen(doc, i):
        return True  # "Security and Co-operation": a hyphen inside a word
    return (_capitalised(tok) and not tok.is_sent_start) or (tok.is_sent_start and _capitalised(tok) and tok.i > 0)


def _capitalised(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and tok.lower_ not in ("the", "a", "an")


def _only_state(words: list[str]) -> bool:
    """ "Iranian Government", "Russian Army": a demonym and a head is the state, not a named body."""
    rest = [w for w in words if not gazetteer.lookup_country(w)]
    return len(rest) == 1 and rest[0].lower() in ("government", "administration", "state", "authorities")


def _introduced(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Names after a descriptor ("planemaker Dassault Aviation"), before an officer's title ("Rostec
    chief executive", "Dassault's chairman"), or owned by a country ("Italy's Salini Impregilo")."""
    taken = {i for m in mentions if m.label != "Place" for i in range(m.start, m.end)}
    countries = {m.end: m for m in mentions if m.label == "Country"}
    prefixes = {m.end: m for m in mentions if m.label in ("Country", "Organization", "Person")}
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        span = _proper_run(doc, i, taken)
        if span is None:
            i += 1
            continue
        start, end = span
        i = end
        text = doc[start:end].text
        if any(t.ent_type_ == "PERSON" for t in doc[start:end]) or gazetteer.city_country(text):
            continue
        placed = any(t.ent_type_ in ("GPE", "LOC", "FAC") or gazetteer.lookup_country(t.text) for t in doc[start:end])
        if all(
            names.is_title_word(t.text) or names.is_honorific(t.text) or names.is_former(t.text) for t in doc[start:end]
        ):
            continue  # "Deputy chief executive", "Former president": a title, not a name
        if end - start == 1 and doc[start].lower_ in _LEADING_HEADS:
            continue  # "Government spokeswoman": a body's head word alone names no body
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        after_next = doc[end + 1] if end + 1 < len(doc) else None
        introduced = before is not None and before.is_lower and before.lower_ in _APPOSED_HEADS
        if before is not None and before.text == "," and start >= 2 and doc[start - 2].text in _APPOSED_HEADS:
            # "Uruguay's state electricity company, UTE, ...": a closed apposition names the company
            introduced = after is None or after.text in (",", ".", ";", ")")
        apposed = _apposed_descriptor(doc, end)
        owner = prefixes.get(start) if apposed else None
        if owner is not None and doc[start - 1].text[:1].isupper():
            start, text = owner.start, doc[owner.start : end].text  # "Iran Hormoz", "ADNOC Gas": one name
        if apposed and all(w.lower().rstrip(".") in gazetteer.org_cues().heads for w in text.split()):
            apposed = False  # "Ltd, a publicly held company": a legal form alone names nothing
        introduced = introduced or apposed
        officer = after is not None and after.is_lower and after.lower_ in _OFFICERS
        owned = after is not None and after.text in ("'s", "’s") and after_next is not None
        owned = owned and after_next.is_lower and after_next.lower_ in _OFFICERS
        # "Italy's Salini Impregilo", but not "Iran's Chabahar port": a noun after it names a place
        of_country = start >= 2 and doc[start - 1].text in ("'s", "’s") and (start - 1) in countries
        of_country = of_country and all(t.pos_ in ("PROPN", "NOUN") for t in doc[start:end])
        of_country = of_country and (after is None or after.pos_ in ("PUNCT", "VERB", "AUX", "CCONJ"))
        if (introduced or (not placed and (officer or owned or of_country))) and not shouted(text.split()):
            found.append(_new(start, end, text))
            taken.update(range(start, end))
    return found


#: Nouns a name stands in apposition to: the descriptors and investment vehicles ("the sovereign
#: wealth fund, Danantara").
_APPOSED_HEADS = DESCRIPTORS | {"fund", "vehicle"}


#: What an apposition calls a company's part: "ADNOC Gas, a unit of ADNOC".
_PARTS = frozenset({"unit", "subsidiary", "arm", "division", "affiliate"})


def _apposed_descriptor(doc: Doc, end: int) -> bool:
    """ "Iran Hormoz, a private Iranian company", "Adani Energy Solutions, the group's transmission arm":
    an apposition that calls the name a company (or a part of one) before any verb or stop."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
        return False
    for tok in doc[end + 2 : end + 8]:
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP"):
            return False
        if tok.is_lower and (tok.lower_ in DESCRIPTORS or tok.lower_ in _PARTS):
            return True
    return False


#: Officers only companies have: "Dassault's chairman", "the board of X".
_COMPANY_OFFICERS = frozenset({"chairman", "chairwoman", "ceo", "executive", "founder", "co-founder", "shareholders"})


def retype_people(doc: Doc, mentions: list[Mention]) -> None:
    """NER calls many companies people ("planemaker Dassault Aviation"): an uncued "person" after
    an organisation descriptor, or with a company officer of its own ("Dassault's chairman"), is an
    organisation, and so is every mention of the same name in the article."""
    retyped: set[str] = set()
    for m in mentions:
        if m.label != "Person" or m.cued or m.titles:
            continue
        before = doc[m.start - 1] if m.start > 0 else None
        after = doc[m.end : m.end + 2]
        introduced = before is not None and before.is_lower and before.lower_ in DESCRIPTORS
        # "Indonesia's new sovereign wealth fund, Danantara,": the name in apposition to a descriptor
        introduced = introduced or (
            m.start >= 2
            and doc[m.start - 1].text == ","
            and doc[m.start - 2].lower_ in _APPOSED_HEADS
            and doc[m.start : m.end].root.head.i == m.start - 2  # not "a memory of the alliance, Anders ..."
        )
        officer = len(after) == 2 and after[0].text in ("'s", "’s") and after[1].lower_ in _COMPANY_OFFICERS
        apposed = _apposed_descriptor(doc, m.end)  # "Cosco Shipping Ports, a unit of China's state group"
        if introduced or officer or apposed or (len(after) >= 1 and after[0].lower_ in _COMPANY_OFFICERS):
            retyped.add(m.surface)
    for m in mentions:
        if m.label == "Person" and (m.surface in retyped or m.name in retyped) and not m.cued:
            m.label, m.name = "Organization", names.strip_possessive(m.surface)
            m.org_kind = org_kind(m.name.split())


def _proper_run(doc: Doc, i: int, taken: set[int]) -> tuple[int, int] | None:
    """A run of capitalised proper nouns from ``i`` that no other mention holds ("Salini Impregilo")."""
    j = i
    # the small model tags many company names NOUN or ADJ ("Dassault's", "Rostec chief executive")
    while j < len(doc) and j not in taken and doc[j].pos_ in ("PROPN", "NOUN", "ADJ") and _capitalised(doc[j]):
        if doc[j].ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"):
            break
        j += 1
    if j == i or (i > 0 and _capitalised(doc[i - 1]) and doc[i - 1].pos_ != "PUNCT" and i - 1 not in taken):
        return None  # the middle of a longer name
    return i, j


def _speaking_seats(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Downing Street said", "Buckingham Palace said": a named seat of power that speaks is an institution."""
    held = {i for m in mentions if m.label in ("Organization", "Country") or m.cued for i in range(m.start, m.end)}
    place_heads = gazetteer.org_cues().place_heads
    found: list[Mention] = []
    for tok in doc:
        if tok.dep_ != "nsubj" or tok.head.lemma_ not in _SPEECH or tok.lower_ not in place_heads:
            continue
        if not tok.text[:1].isupper() or tok.i in held:
            continue
        start = tok.i
        while start - 1 >= 0 and doc[start - 1].dep_ == "compound" and _capitalised(doc[start - 1]):
            start -= 1
        if start == tok.i or any(i in held for i in range(start, tok.i + 1)):
            continue
        found.append(_new(start, tok.i + 1, doc[start : tok.i + 1].text, kind="government-body"))
    return found


def _new(start: int, end: int, name: str, kind: str | None = None) -> Mention:
    name = strip_the(name)
    return Mention(start, end, "Organization", name, name, org_kind=kind or org_kind(name.split()))


def generic_body(name: str) -> bool:
    """A body's name that any state has: only portfolio words and an organisation head ("Foreign Ministry")."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _LINKS]
    if len(words) < 2 or (
        words[-1].lower() not in ("ministry", "office", "department", "ministries") and (words[0].lower() != "ministry")
    ):
        return False
    portfolio = _portfolio_words()
    return all(w.lower() in portfolio for w in words)


@cache
def _portfolio_words() -> frozenset[str]:
    """Words a generic body's name is made of: every portfolio word of the titles, and the heads."""
    modifiers = {w.lower() for phrase in gazetteer.titles().modifiers for w in phrase.split()}
    return frozenset(modifiers | {"affairs", "ministry", "office", "department"})


def _demonym(iso3: str) -> str:
    entry = gazetteer.countries()[iso3]
    return entry.demonyms[0] if entry.demonyms else entry.name
