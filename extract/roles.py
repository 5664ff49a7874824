"""The role a person's title states, and whose it is: HOLDS_ROLE from the words around a name.

News writes titles in a few shapes, each handled here:

- before the name: "Iran's Supreme Leader Ali Khamenei", "Kremlin spokesman Dmitry Peskov",
  "former US President Donald Trump", "U.S. Treasury Secretary Janet Yellen", "Iranian Roads and
  Urban Development Minister Mehrdad Bazrpash", "Dassault's chairman and chief executive, Eric
  Trappier";
- with an "of"/"to" owner before the name: "the chief executive of Iran's national oil company, X",
  "Iran's ambassador to India, Iraj Elahi";
- after the name, in a closed apposition: "Dmitry Peskov, the Kremlin spokesman, said", "Oleg
  Belozerov, the chief executive of Russian Railways (RZD), said", "Azali Assoumani, President of
  the Comoros and current chairperson of the African Union, ...";
- shared by a list: "Presidents Nursultan Nazarbayev of Kazakhstan, Vladimir Putin of Russia ...".

An apposition that holds another person's name is not this person's title ("between Trump,
Netanyahu and Abu Dhabi's crown prince, Sheikh Mohammed": the crown prince is Sheikh Mohammed).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract import names
from extract.mentions import Mention
from extract.name_spans import glued_hyphen

_POSSESSIVE = ("'s", "’s")
_NOMINAL = ("NOUN", "ADJ", "PROPN")  # the small model tags "foreign ministry" PROPN even in lower case
_APPOSITION_MAX_TOKENS = 16
#: "ambassador to India", "envoy to the UN": the title names where its holder is posted, not whose it is.
_POSTED = frozenset({"ambassador", "envoy", "representative", "delegate", "emissary"})
#: What "the company's chief executive" stands for: the organisation named just before.
_BODY_NOUNS = frozenset({"company", "group", "firm", "bank", "corporation", "agency", "organisation", "organization"})
#: Words of a state's full name before "of": "the Republic of Serbia", "the Kingdom of Spain".
_STATE_WORDS = frozenset({"Republic", "Kingdom", "Federation", "State", "Emirate", "Commonwealth", "Sultanate"})
#: A lowercase ordinal before a title ranks its holder, it is not part of the title: "first prime minister".
_ORDINALS = frozenset({"first", "second", "third", "last", "latest", "new", "current", "sitting", "then"})


def attach(doc: Doc, person: Mention, mentions: list[Mention]) -> None:
    """Set ``person``'s title, the country or organisation it belongs to, and whether it is current."""
    by_end = {m.end: m for m in mentions if m.label in ("Country", "Organization")}
    people = frozenset(i for m in mentions if m.label == "Person" for i in range(m.start, m.end))
    i = person.start - 1
    while i >= 0 and names.is_honorific(doc[i].text):
        i -= 1
    if i >= 1 and doc[i].text == ",":  # "Qatar's emir, Sheikh Tamim": a comma may part title and name
        i -= 1
        bracket = i >= 3 and doc[i].text == ")" and doc[i - 2].text == "(" and doc[i - 1].is_upper
        if bracket and i + 1 not in by_end:
            i -= 3  # "the chairman of Azerbaijan Railways (ADY), Rovshan Rustamov": past the short name
    found = (
        _title_of_owner(doc, i, by_end)
        or _title_before(doc, i, by_end, people)
        or _shared_title(doc, person, by_end)
        or _predicated_title(doc, person, by_end, people)
    )
    if found is None:
        appositive = _apposition_role(doc, person, mentions)
        if appositive is None:
            if person.titles:
                person.cued = True
            return
        title, target, former = appositive
    else:
        title, target, left = found
        if target is None and left >= 1 and doc[left].text == ",":
            # "Bangladesh's interim leader, Chief Adviser Muhammad Yunus": the owner of the title before
            before = _title_before(doc, left - 1, by_end, people)
            # "Chad's ...", not "with the Russian leader, President X"
            if before is not None and before[1] is not None and doc[before[1].end].text in _POSSESSIVE:
                if title not in person.titles:
                    person.titles.append(title)  # "General": a rank or second title, not the owner's
                title, target, left = before
        former = left >= 0 and names.is_former(doc[left].text)
        former = former or (target is not None and _dated_after_owner(doc, target.end, i))
        _add_joined_title(doc, person, left + 1, i)
        target = target or _owner_after(doc, person, by_end)
        after = _apposition_role(doc, person, mentions) if target is not None else None
        if after is not None and after[1] is not None and after[1].key != target.key:
            # "the chairperson of the AU Commission, X, Djibouti's former foreign minister": two offices
            person.other_roles.append((after[0], after[1].key, not after[2]))
    if title not in person.titles:
        person.titles.append(title)
    person.cued = True
    if target is not None:
        person.role_target = target.key
        person.role_start = target.start
    person.role_current = not former


def _dated_after_owner(doc: Doc, owner_end: int, i: int) -> bool:
    """ "Egypt's then president": a word of time between the owner and the title makes it a former one."""
    return any(names.is_former(t.text) and t.is_lower for t in doc[owner_end:i])


def _owner_after(doc: Doc, person: Mention, by_end: dict[int, Mention], reach: int = 3) -> Mention | None:
    """ "President Félix Tshisekedi of the Democratic Republic of Congo": the holder named in an "of"
    phrase right after the name, up to ``reach`` capitalised words in ("of the Republic of" + "Congo":
    NER may tag the state's long name in pieces)."""
    k = person.end
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return None
    start = k + 2 if doc[k + 1].lower_ == "the" else k + 1
    for m in sorted(by_end.values(), key=lambda m: m.start):
        if start <= m.start <= start + reach and all(
            t.text[:1].isupper() or t.lower_ == "of" for t in doc[start : m.start]
        ):
            return m
    return None


def _title_of_owner(doc: Doc, i: int, by_end: dict[int, Mention]) -> tuple[str, Mention, int] | None:
    """ "the chief executive of Iran's national oil company, X": title, "of", owner, then the name;
    "Iran's ambassador to India, X": the owner before the title, the posting after it."""
    owner = by_end.get(i + 1)
    if owner is None or owner.start < 2:
        return None
    k = owner.start - 1
    if k >= 2 and doc[k].text in _POSSESSIVE and doc[k - 1].i + 1 in by_end:  # "of Iran's national oil company"
        k = by_end[doc[k - 1].i + 1].start - 1
    while k + 1 in by_end and by_end[k + 1] is not owner and k > 0:
        owner = by_end[k + 1]  # "the Gazprom Management Committee": the body belongs to Gazprom
        k = owner.start - 1
    if doc[k].lower_ == "the":
        k -= 1  # "Chairman of the Gazprom Management Committee Alexey Miller"
    if k >= 3 and doc[k].lower_ == "of" and doc[k - 1].text in _STATE_WORDS and doc[k - 2].lower_ == "the":
        k -= 3  # "the President of the Republic of Serbia, Aleksandar Vucic": the state named in full
    if k >= 1 and doc[k].lower_ == "to" and doc[k - 1].lower_ in _POSTED:
        posted = _title_before(doc, k - 1, by_end)  # "Iran's ambassador to India": Iran's ambassador
        return posted if posted is not None and posted[1] is not None else None
    if k >= 2 and doc[k].lower_ == "to" and k in by_end:
        # "Ambassador of the Islamic Republic of Iran to the Russian Federation Kazem Jalali": the first owner's
        return _title_of_owner(doc, k - 1, by_end)
    if k < 1 or doc[k].lower_ not in ("of", "for"):  # "spokesman for China's foreign ministry"
        return None
    if doc[k].lower_ == "for" and owner.label == "Country":
        # "Pakistan's Special Representative for Afghanistan, X": the brief is not whose envoy it is,
        # the owner before the title is
        posted = _title_before(doc, k - 1, by_end)
        return posted if posted is not None and posted[1] is not None else None
    j = k - 1
    while j >= 0 and names.is_title_word(doc[j].text):
        j -= 1
    words = [t.text for t in doc[j + 1 : k]]
    if j >= 1 and doc[j].lower_ == "of" and names.is_title_head(doc[j - 1].text) and words:
        # "Minister of Oil of the Islamic Republic Javad Owji": the title has an "of" of its own
        words, j = [doc[j - 1].text, "of", *words], j - 2
        title = f"{names.canonical_title(words[:1])} of {' '.join(words[2:])}"
        return title, owner, j
    title = names.canonical_title(words)
    return (title, owner, j) if title else None


def _title_before(
    doc: Doc, i: int, by_end: dict[int, Mention], people: frozenset[int] = frozenset()
) -> tuple[str, Mention | None, int] | None:
    """ "[former] [Owner('s)] [Portfolio] Title [of Capitalised Words]" ending at token ``i``."""
    end = i
    # "Minister of Roads and Urban Development": walk back over a capitalised "of ..." tail to its head
    k = i
    # (and over a comma of a listed portfolio: "Minister of Industry, Mine and Trade")
    while (
        k > 0
        and i - k < 8
        and k not in people  # "Secretary of State George Shultz and Defense Secretary": two people's
        and (doc[k].text[:1].isupper() or doc[k].lower_ in ("of", "and", "for") or _listing_comma(doc, k, i))
    ):
        if doc[k].lower_ == "of" and names.is_title_head(doc[k - 1].text):
            end, i = i, k - 1
            break
        k -= 1
    tail = [t.text for t in doc[i + 1 : end + 1]] if end != i else []
    j = i
    while (
        j >= 0
        and (j == i or j + 1 not in by_end)
        and (  # "Russian Railways chief executive": the body's name
            (names.is_title_word(doc[j].text) and doc[j].text[0].isalpha())
            or (
                doc[j].lower_ == "and" and j > 0 and names.is_title_word(doc[j - 1].text)
            )  # "chairman and chief executive"
            or (glued_hyphen(doc, j) and names.is_title_word(doc[j - 1].text))  # "Secretary-General"
        )
    ):
        j -= 1
    words = _words(doc[j + 1 : i + 1])
    title = names.canonical_title(_last_title(words))
    if not title:
        return None
    portfolio_start = _portfolio(doc, j, by_end, people)  # "Iranian Roads and Urban Development Minister"
    if portfolio_start is not None:
        title = " ".join([t.text for t in doc[portfolio_start : j + 1]] + [title])
        j = portfolio_start - 1
    if tail and title == " ".join(words)[:1].upper() + " ".join(words)[1:]:
        title = f"{title} {doc[i + 1 : end + 1].text}"
    if j + 1 in by_end:  # "Kremlin spokesman", "Iran's foreign ministry spokesman": the owner just before
        target = by_end[j + 1]
        return title, target, target.start - 1
    owner_end = j
    while owner_end >= 1 and names.is_former(doc[owner_end].text) and doc[owner_end].is_lower:
        owner_end -= 1  # "Egypt's then president": the owner before the word that dates the title
    if owner_end >= 2 and doc[owner_end].lower_ == "whose" and doc[owner_end - 1].text == ",":
        target = by_end.get(owner_end - 1)  # "Hezbollah, whose chief Hassan Nasrallah"
        if target is not None:
            return title, target, j
    while owner_end >= 0 and owner_end > j - 3 and doc[owner_end].is_lower and doc[owner_end].pos_ in _NOMINAL:
        owner_end -= 1  # "Iran's foreign ministry spokesman": the ministry belongs to the owner too
    if owner_end >= 0 and doc[owner_end].text in _POSSESSIVE:
        owner_end -= 1
    elif owner_end != j and not (owner_end + 1 in by_end and by_end[owner_end + 1].label == "Organization"):
        owner_end = j  # but "Hamas political chief X": the body, then what kind of chief
    target = by_end.get(owner_end + 1)
    if (
        target is None
        and owner_end >= 1
        and doc[owner_end].lower_ in _BODY_NOUNS
        and doc[owner_end - 1].lower_ == "the"
    ):
        # "the company's chief executive, Alexei Miller": the one organisation named in this sentence
        # (before it) or the one before; with two there, "the group" could be either
        sent = doc[owner_end].sent
        since = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        named = {m.key: m for end, m in by_end.items() if since < end <= owner_end - 1 and m.label == "Organization"}
        return title, (next(iter(named.values())) if len(named) == 1 else None), j
    left = target.start - 1 if target is not None else j
    return title, target, left


def _listing_comma(doc: Doc, k: int, end: int) -> bool:
    """A comma between capitalised words of a portfolio's list that ends in "and" ("Industry, Mine and
    Trade"); not the comma between two people's titles ("Secretary of State Marco Rubio, Treasury Secretary")."""
    if doc[k].text != "," or not 0 < k < end or not doc[k - 1].text[:1].isupper():
        return False
    return doc[k + 1].text[:1].isupper() and any(t.lower_ == "and" for t in doc[k + 1 : end])


def _words(tokens) -> list[str]:
    """Token texts with hyphenated words joined again: "Secretary", "-", "General" → "Secretary-General"."""
    words: list[str] = []
    for tok in tokens:
        if words and (tok.text == "-" or words[-1].endswith("-")) and not tok.doc[tok.i - 1].whitespace_:
            words[-1] += tok.text
        elif words and tok.text == ",":
            words[-1] += tok.text  # "Minister of Industry, Mine and Trade"
        else:
            words.append(tok.text)
    return words


def _last_title(words: list[str]) -> list[str]:
    """ "chairman and chief executive" → "chief executive"; "first prime minister" → "prime minister"."""
    if "and" in words:
        cut = len(words) - 1 - words[::-1].index("and")
        if any(names.is_title_head(w) for w in words[:cut]):  # two titles; "Roads and Urban Development" is one
            words = words[cut + 1 :]
    while words and words[0] in _ORDINALS:
        words = words[1:]
    return words


def _portfolio(doc: Doc, j: int, by_end: dict[int, Mention], people: frozenset[int]) -> int | None:
    """The start of a capitalised portfolio between an owner and a title ("U.S. Treasury Secretary",
    "Iranian Roads and Urban Development Minister"): the run must begin right after the owner."""
    if j + 1 in by_end:
        return None  # "Chinese Foreign Ministry spokesman": the owner itself stands before the title
    k = j
    while k >= 0 and j - k < 6:
        if not (doc[k].text[:1].isupper() or doc[k].lower_ == "and") or k in people:
            return None  # "... Vladimir Putin and President Pezeshkian": a name is no portfolio
        if k in by_end and doc[k].lower_ != "and":
            return k
        k -= 1
    return None


def _predicated_title(
    doc: Doc, person: Mention, by_end: dict[int, Mention], people: frozenset[int]
) -> tuple[str, Mention, int] | None:
    """ "Starmer completed his first week as Britain's prime minister", "Bazoum became Niger's
    president": a title the clause gives its subject, kept only with its owner."""
    root = doc[person.end - 1]
    relative = _relative_clause(person, root)
    if root.dep_ not in ("nsubj", "nsubjpass") and relative is None:
        return None
    verb = relative if relative is not None else root.head
    if relative is not None and verb.lemma_ == "be":
        found = next(
            (_title_before(doc, c.i, by_end, people) for c in verb.children if c.dep_ == "attr"
             and names.is_title_head(c.text)), None,
        )  # fmt: skip
        return found if found is not None and found[1] is not None else None
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    nouns = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children]
    nouns += [c for c in verb.children if c.dep_ in ("attr", "oprd") and verb.lemma_ in ("become", "elect", "name")]
    for noun in nouns:
        if any(c.lower_ in _ORDINALS for c in noun.children):
            continue  # "became the first Japanese leader to travel to Seoul": a record, not an office
        if noun.dep_ in ("pobj", "attr", "oprd") and names.is_title_head(noun.text):
            found = _title_before(doc, noun.i, by_end, people)
            if found is not None and found[1] is not None:
                return found
    return None


def _relative_clause(person: Mention, root: Token) -> Token | None:
    """ "Prabowo, who was then Indonesia's defence minister": the "who" clause right after the name,
    wherever the parse hung it in a coordination ("Marles and Prabowo, who ...")."""
    clauses = [c for c in root.children if c.dep_ == "relcl"]
    if root.dep_ == "conj":
        clauses += [c for c in root.head.children if c.dep_ == "relcl"]
    for clause in clauses:
        if clause.left_edge.lower_ == "who" and person.end <= clause.left_edge.i <= person.end + 1:
            return clause
    return None


def _shared_title(doc: Doc, person: Mention, by_end: dict[int, Mention]) -> tuple[str, Mention, int] | None:
    """ "Presidents Nursultan Nazarbayev of Kazakhstan, Vladimir Putin of Russia and ...": a plural
    title before a list of names, each followed by "of" and its country."""
    owner = _owner_after(doc, person, by_end, reach=0)  # "... of the Congo", "... of the Bank of Russia"
    listed = False
    if owner is None and person.start >= 2 and doc[person.start - 1].text in ("'s", "’s"):
        # "the union's prime ministers, including Russia's Mikhail Mishustin and Belarus's ...": a listed
        # name its state possesses, with only the list between it and the plural title
        owner = by_end.get(person.start - 1)
        owner = owner if owner is not None and owner.label == "Country" else None
        listed = True
    if owner is None:
        return None
    for tok in reversed(doc[max(0, person.start - 40) : person.start]):
        singular = tok.text[:-1] if tok.text.endswith("s") else None
        if listed and not (singular and names.is_title_head(singular)) and not _in_list(tok, by_end):
            return None
        if singular and names.is_title_head(singular):
            k = tok.i
            while (
                k - 1 >= 0
                and names.is_title_word(doc[k - 1].text)
                and (not names.is_title_head(doc[k - 1].text) or doc[k - 1].lower_ in _RANKS)
            ):
                k -= 1  # "the foreign ministers of the two countries, X of A and Y of B"; "prime ministers"
            # "the heads of the two central banks, A of X and B of Y": a plain plural before a list
            apposed = not listed and doc[person.start - 1].text in (",", "and") and tok.dep_ != "pobj"
            if tok.text[:1].isupper() or k < tok.i or apposed:
                words = [t.text for t in doc[k : tok.i]] + [singular]
                return names.canonical_title(words) or singular, owner, k - 1
        if tok.is_sent_start or tok.text in (";", ".", ":"):
            break
    return None


def _in_list(tok: Token, by_end: dict[int, Mention]) -> bool:
    """A token of a list of state-possessed names: punctuation, "and", "including", a name or a state."""
    return (
        tok.text in (",", "'s", "’s", ":")
        or tok.lower_ in ("and", "including", "namely")
        or tok.pos_ == "PROPN"
        or any(m.start <= tok.i < m.end for m in by_end.values())
    )


def _apposition_role(doc: Doc, person: Mention, mentions: list[Mention]) -> tuple[str, Mention | None, bool] | None:
    """ "Dmitry Peskov, the Kremlin spokesman, said": a title in a closed apposition after the name."""
    i = person.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    j = i + 1
    while (
        j < len(doc)
        and j - i <= _APPOSITION_MAX_TOKENS
        and doc[j].text not in (",", ".", ";", "(")
        and not (doc[j].is_sent_start)
    ):
        j += 1
    window = doc[i + 1 : j]
    # "..., the chief executive of Russian Railways (RZD), said": an acronym in brackets closes it too
    # (or a short name in brackets: "(Afreximbank)")
    bracketed = j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and doc[j + 1].text[:1].isupper()
    closed = j < len(doc) and (doc[j].text in (",", ".", ";") or bracketed)
    at_the_time = [t.lower_ for t in window[:3]] == ["at", "the", "time"]
    if at_the_time:
        window = window[3:]  # "Bazrpash, at the time Iran's roads minister,": a former title
    relative = next((t.i for t in window if t.lower_ in ("who", "which", "that") and t.i > window.start), None)
    if relative is not None:
        window = doc[window.start : relative]  # "Novak, the Russian deputy prime minister who oversees energy"
    if not closed or not window or any(t.pos_ in ("VERB", "AUX") for t in window):
        return None  # "Putin, who met ..." is a clause, not a title
    if (
        window[0].lower_ in ("and", "or", "together", "along")
        or window[0].pos_ == "ADP"
        or any(m.label == "Person" and window.start <= m.start < window.end for m in mentions)
    ):
        return None  # "Trump, Netanyahu and Abu Dhabi's crown prince, ...": a list of names, not a title
    # "the Brazilian president's special adviser": the title is the adviser's, not the president's
    head = next((t for t in window if names.is_title_head(t.text) and not _possessed_by(t)), None)
    if head is None:
        return None
    k = head.i
    while k - 1 > i and names.is_title_word(doc[k - 1].text):
        k -= 1
    end = head.i
    while end + 1 < window.end:
        if names.is_title_head(doc[end + 1].text):
            end += 1  # "director general", "chief executive"
        elif end + 2 < window.end and glued_hyphen(doc, end + 1) and names.is_title_head(doc[end + 2].text):
            end += 2  # "vice-president"
        else:
            break
    if head.dep_ in ("amod", "compound") and end < head.head.i < window.end and names.is_title_head(head.head.text):
        end = head.head.i  # "Iran's chief diplomatic spokesman": "chief" qualifies the head noun
    title = names.canonical_title(_last_title(_words(doc[k : end + 1])))
    if title is None:
        return None
    # the holder is named in the first title's phrase: "President of the Comoros and chairperson of ..."
    first = next((t.i for t in window if t.lower_ == "and" and t.i > end), window.end)
    holders = [m for m in mentions if window.start <= m.start < window.end and m.label in ("Country", "Organization")]
    # "Chairman and President of KEXIM": two titles that share one holder
    inside = [m for m in holders if m.start < first] or (holders if _joined_titles(window, first) else [])
    # "then Speaker of the US House of Representatives": the organisation is the holder, the country its home
    target = next((m for m in inside if m.label == "Organization"), None) or (inside[0] if inside else None)
    former = at_the_time or any(names.is_former(t.text) for t in doc[window.start : head.i])  # "then Speaker of"
    return title, target, former


def _possessed_by(tok: Token) -> bool:
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in ("'s", "’s")


def _joined_titles(window: Span, first: int) -> bool:
    """ "Chairman and President of ...": the "and" joins two bare titles, not a title and its portfolio."""
    return first + 1 < window.end and names.is_title_head(window.doc[first + 1].text)


def counterparts(doc: Doc, mentions: list[Mention]) -> None:
    """ "Fidan met his Russian and Iranian counterparts, Sergey Lavrov and Abbas Araghchi": each named
    counterpart holds the title of the person they met, for the state its demonym names."""
    starts = {m.start: m for m in mentions if m.label == "Person"}
    states = {m.end: m for m in mentions if m.label == "Country"}
    for tok in doc:
        if tok.lower_ not in ("counterpart", "counterparts"):
            continue
        owners: list[Mention] = []
        k = tok.i
        while k > tok.sent.start and (k in states or doc[k - 1].lower_ in ("and", ",")):
            if k in states:
                owners.insert(0, states[k])
                k = states[k].start
            else:
                k -= 1
        named = listed_after(tok, starts)
        host = next((m for m in reversed(mentions) if m.label == "Person" and tok.sent.start <= m.start < k), None)
        if not owners or len(owners) != len(named) or host is None or not host.titles:
            continue
        for owner, person in zip(owners, named, strict=True):
            if not person.titles:
                person.titles.append(_office(host.titles[0]))
                person.role_target, person.role_start, person.cued = owner.key, owner.start, True
            elif person.role_target is None and _same_office(person.titles[-1], host.titles[0]):
                # "his Iranian counterpart, Roads Minister Farzaneh Sadegh" (not "..., Prince Faisal")
                person.role_target, person.role_start = owner.key, owner.start


def _same_office(title: str, other: str) -> bool:
    """ "Roads and Urban Development Minister" and "Transport Minister" are both ministers."""
    return title.split()[-1].lower() == other.split()[-1].lower()


def listed_after(tok: Token, starts: dict[int, Mention]) -> list[Mention]:
    """The people named in a list right after ``tok`` ("counterparts, Sergey Lavrov and Abbas Araghchi")."""
    named: list[Mention] = []
    j = tok.i + 1
    while j < tok.sent.end:
        j = _past_title(tok.doc, j, starts)  # "his counterpart, Roads and Urban Development Minister X"
        if j in starts:
            named.append(starts[j])
            j = starts[j].end
        elif tok.doc[j].lower_ in ("and", ","):
            j += 1
        else:
            break
    return named


def _past_title(doc: Doc, j: int, starts: dict[int, Mention]) -> int:
    """Where the name starts, when a capitalised title (with its portfolio) stands before it at ``j``."""
    for p in range(j + 1, min(j + 7, len(doc))):
        if p in starts:
            words = doc[j:p]
            if names.is_title_head(doc[p - 1].text) and all(w.text[:1].isupper() or w.lower_ == "and" for w in words):
                return p
            break
    return j


#: Words that rank a title rather than name its portfolio: kept when a counterpart shares the office.
_RANKS = frozenset({"prime", "deputy", "vice", "first", "acting", "supreme", "chief", "senior", "crown"})


def _office(title: str) -> str:
    """The office without its portfolio: a French armed forces minister's Indonesian counterpart is a
    minister, but may be called defence minister; "Prime Minister" stays whole."""
    words = title.split()
    while len(words) > 1 and not names.is_title_head(words[0]) and words[0].lower() not in _RANKS:
        words.pop(0)
    return " ".join(words)


def _add_joined_title(doc: Doc, person: Mention, start: int, end: int) -> None:
    """ "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed": the first of two joined titles
    is the person's too (the last one is read as the title)."""
    words = [t.text for t in doc[start : end + 1]]
    if "and" not in words:
        return
    first = words[: len(words) - 1 - words[::-1].index("and")]
    while first and not names.is_title_word(first[0]):
        first.pop(0)  # the owner: "Qatar", "'s"
    if not first or not names.is_title_head(first[-1]) or not all(names.is_title_word(w) for w in first):
        return  # "Roads and Urban Development Minister": one portfolio, not two titles
    title = names.canonical_title(first)
    if title and title not in person.joint_titles:
        person.joint_titles.append(title)
