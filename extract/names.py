"""Pure string rules for names: stripping titles and honorifics, matching short forms to full names.

Kept free of spaCy so that the rules are tested directly on strings.
"""

from __future__ import annotations

import re
from functools import cache

from extract import gazetteer

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_BRACKETS = re.compile(r"[\[\]()]")
_NAME_TOKEN = re.compile(r"^[^\W\d_][\w'’.-]*$")
_LOWER_PARTICLE = re.compile(r"^(?:al|bin|bint|ibn|de|del|van|von|der|den|la|le|el|da|dos|das|di|du|y|e)$|^al-\w+$")


@cache
def _lower_set(kind: str) -> frozenset[str]:
    lex = gazetteer.titles()
    words: set[str] = set()
    for phrase in getattr(lex, kind):
        words.update(w.lower().rstrip(".") for w in phrase.split())
    return frozenset(words - {"of", "and", "the", "for"})


def is_honorific(word: str) -> bool:
    return word.lower().rstrip(".") in _lower_set("honorifics")


def is_title_word(word: str) -> bool:
    w = word.lower().rstrip(".")
    return w in _lower_set("titles") or w in _lower_set("modifiers")


def is_title_head(word: str) -> bool:
    return word.lower().rstrip(".") in _lower_set("titles")


#: Titles of a head of state or government, or of a supreme leader: whom "the leader(s)" may mean.
_LEADER_TITLES = ("president", "prime minister", "premier", "chancellor", "king", "emir", "leader", "sultan", "prince")


def is_leader_title(title: str) -> bool:
    """ "President", "Crown Prince", "Supreme Leader": a title "the leader" or "the two leaders" refers back to."""
    lowered = title.lower()
    return any(lead in lowered for lead in _LEADER_TITLES)


def is_former(word: str) -> bool:
    return word.lower().rstrip("-") in {f.rstrip("-") for f in gazetteer.titles().former}


def strip_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip())


def split_person(text: str) -> tuple[list[str], str]:
    """Split "Iran's Supreme Leader Ayatollah Seyyed Ali Khamenei" into (title words, "Ali Khamenei").

    Leading titles, honorifics and "former" are peeled off the front; what remains is the name.
    """
    words = strip_possessive(_BRACKETS.sub("", text)).split()
    while len(words) > 1 and words[0].lower() in _WEEKDAYS:
        words.pop(0)  # "On Monday Trump flew": NER runs the day into the name
    title_words: list[str] = []
    while len(words) > 1 and (
        is_honorific(words[0]) or is_title_word(words[0]) or is_former(words[0]) or _names_a_state(words[0])
    ):
        word = words.pop(0)
        if is_title_word(word) or is_former(word):
            title_words.append(word)
    while len(words) > 1 and is_honorific(words[-1]):  # "Khamenei Ayatollah" is rare, but strip trailing honorific too
        words.pop()
    return title_words, " ".join(words)


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


#: Title heads no name ends with ("King" and "Major" do end names: Martin Luther King, John Major).
_NEVER_SURNAMES = frozenset(
    {"minister", "secretary", "officer", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy",
     "adviser", "advisor", "chairman", "chairwoman", "chairperson", "director", "commissioner", "governor",
     "president", "premier", "chancellor", "representative", "counterpart", "delegate"}
)  # fmt: skip


#: Occasions, never part of a name: "a State Visit", "the State Banquet" (capitalised in readouts).
_OCCASIONS = frozenset({"visit", "summit", "dinner", "banquet", "luncheon", "meeting", "talks", "funeral",
                        "reception", "ceremony", "conference", "session", "tour"})  # fmt: skip


#: Words that end the names of regions: "Miyagi Prefecture", "Kursk Oblast".
_ADMIN_UNITS = frozenset({"prefecture", "province", "oblast", "governorate", "county", "district", "krai", "region"})


def _name_token(token: str) -> bool:
    """ "Šefčovič", "O'Brien", "Amir-Abdollahian", "bin", "al-Assad"; not "TB2" (a model number)."""
    if _LOWER_PARTICLE.match(token):
        return True
    return bool(_NAME_TOKEN.match(token)) and token[0].isupper() and not any(c.isdigit() for c in token)


def _names_a_state(word: str) -> bool:
    """ "Russian", "Iran": a country before a name; a capital is not ("Santiago Peña")."""
    found = gazetteer.lookup_country(word)
    return found is not None and found[1] != "capital"


#: Generational suffixes: part of the name ("Ferdinand Marcos Jr."), never a surname or a name alone.
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_COMMA_SUFFIX = re.compile(r",\s*(Jr\.?|Sr\.?|II|III|IV)$")


def is_suffix(word: str) -> bool:
    return word.lower().rstrip(".") in _SUFFIXES


#: Korean names keep their family name first in English ("Lee Jae-myung"); these are the commonest.
_KOREAN_FAMILY_NAMES = frozenset(
    {"Kim", "Lee", "Park", "Choi", "Choe", "Jung", "Chung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh",
     "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Moon", "Yang", "Son", "Bae", "Baek",
     "Ryu", "Nam", "Noh", "Roh", "Ri", "Pak", "Yun", "Ban"}
)  # fmt: skip


def _given_name_first(tokens: list[str]) -> list[str]:
    """ "KAMIKAWA Yoko" → "Yoko Kamikawa": Japanese and Hungarian official style writes the family
    name first, in capitals; news elsewhere writes it last, so the name is turned round to match."""
    first, rest = tokens[0] if tokens else "", tokens[1:]
    if first.title() in _KOREAN_FAMILY_NAMES or any("-" in t for t in rest):
        return [first.title(), *rest] if first.isupper() else tokens  # "CHO Hyun", "HWANG Ki-yeon": as Koreans write
    if len(tokens) in (2, 3) and len(first) > 2 and first.isupper() and first.isalpha():  # not "JD Vance"
        acronym = gazetteer.lookup_org(first) or gazetteer.lookup_country(first)  # "NATO Chief", "US Envoy"
        if not acronym and all(t[:1].isupper() and not t.isupper() and not is_title_word(t) for t in rest):
            return [*rest, first.title()]
    return tokens


def is_admin_unit(word: str) -> bool:
    """ "region", "province", "oblast": a word that ends the name of a part of a state."""
    return word.lower() in _ADMIN_UNITS


#: "bin", "ibn": the words of an Arabic lineage, which makes long names ("Mohammed bin Salman bin Abdulaziz Al Saud").
_PATRONYMICS = frozenset({"bin", "bint", "ibn"})


def has_lineage(name: str) -> bool:
    """ "Faisal bin Farhan Al Saud": a name with an Arabic lineage, shortened from its end."""
    return bool(_PATRONYMICS & {w.lower() for w in name.split()[1:]})


def clean_person_name(text: str) -> str | None:
    """The bare name of a person mention, or None when what is left cannot be a name."""
    _, name = split_person(_COMMA_SUFFIX.sub(r" \1", text.strip()))
    tokens = _given_name_first(name.split())
    name = " ".join(tokens)
    longest = 7 if _PATRONYMICS & {t.lower() for t in tokens} else 5
    if not tokens or len(tokens) > longest or is_suffix(tokens[0]):
        return None
    if any(not _name_token(t) for t in tokens):
        return None  # "Bayraktar TB2": a model number is not part of a name
    if len(tokens) == 1 and len(name) > 1 and name.isupper():
        return None  # "TEPCO", "KHARTOUM": an acronym or a shouted dateline
    if all(is_title_word(t) or is_title_word(t.removesuffix("s")) or is_honorific(t) for t in tokens):
        return None  # "Ministers" of "the two Prime Ministers"
    if len(tokens) > 1 and tokens[-1].lower() in ("one", "two", "three"):
        return None  # "Air Force One": a plane
    if any(t.lower() in _OCCASIONS for t in tokens):
        return None  # "on a State Visit to Sri Lanka": "State" reads as a title, "Visit" as a name
    if len(tokens) > 1 and tokens[-1].lower() in _NEVER_SURNAMES | _ADMIN_UNITS:
        return None  # "External Affairs Minister", "Miyagi Prefecture": a title or a region, whatever NER said
    if gazetteer.lookup_country(name) or gazetteer.lookup_org(name):
        return None
    if len(tokens) > 1 and gazetteer.is_subdivision(name):
        return None  # "Khyber Pakhtunkhwa", "Lao Cai": provinces the small model takes for people
    cues = gazetteer.org_cues()
    if any(t.lower().rstrip(".") in cues.heads or t.lower() in cues.place_heads for t in tokens):
        return None  # "Electric Co", "Dolmabahce Palace": a company or a venue, whatever NER said
    if len(tokens) > 1 and sum(len(t) > 2 and t.isupper() for t in tokens) > 1:
        return None  # an all-caps headline fragment
    return name


_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az)-", re.IGNORECASE)


def surname(name: str) -> str:
    """The last name without an Arabic article or a suffix: "Bashar al-Assad" → "Assad", "Ferdinand
    Marcos Jr." → "Marcos", as news often shortens them."""
    words = name.split()
    if len(words) > 1 and is_suffix(words[-1]):
        words.pop()
    return _PARTICLE.sub("", words[-1])


def family_name_first(name: str) -> str | None:
    """The family name of a name written family name first, as Chinese and Korean names are: a short
    first word of a two- or three-word name ("Xi" of "Xi Jinping", "Yoon" of "Yoon Suk Yeol")."""
    words = name.split()
    if len(words) in (2, 3) and len(words[0]) <= 4 and words[0][:1].isupper() and words[0].isalpha():
        return words[0]
    return None


def is_short_form(short: str, full: str) -> bool:
    """True when ``short`` names the same person as ``full``: "Putin", "Tayyip Erdogan" → "Recep Tayyip Erdogan"."""
    s, f = short.lower().split(), full.lower().split()
    if len(f) > 2 and is_suffix(f[-1]) and not is_suffix(s[-1]):
        f.pop()  # "Marcos" of "Ferdinand R. Marcos Jr."
    if len(s) == 1 and len(f) in (2, 3) and s[0] == f[0] and short[:1].isupper() and len(short) <= 4:
        return True  # family name first, as in Chinese and Korean names: "Xi" for "Xi Jinping"
    if _PATRONYMICS & set(f):  # an Arabic lineage is cut short from its end, never its start:
        # "Khalid bin Salman" is "Khalid bin Salman bin Abdulaziz"; "Salman bin Abdulaziz" is his father
        return 1 < len(s) < len(f) and f[: len(s)] == s
    if len(s) >= len(f) or surname(s[-1]) != surname(f[-1]):
        return False
    s[-1], f[-1] = surname(s[-1]), surname(f[-1])
    it = iter(f)
    return all(tok in it for tok in s)  # s is an ordered subsequence of f ending with the surname


def canonical_title(words: list[str]) -> str | None:
    """A role title from its words: "foreign minister" → "Foreign Minister"; None without a title head."""
    words = [w for w in words if not is_former(w)]
    if not words or not any(is_title_head(w) for w in words):
        return None
    while words and not is_title_head(words[-1]):  # the head noun ends the title
        words.pop()
    text = " ".join(words)
    known = _canonical_titles().get(text.lower())
    if known or not text:
        return known
    if (
        len(words) > 2
        and words[-1].lower() in _STYLE_RANKS
        and is_title_head(words[-2])
        and " ".join(words[-2:]).lower() not in _canonical_titles()
    ):
        return canonical_title(words[:-1])  # "Foreign Minister Senator Penny Wong": the rank is a style
    if all(is_title_word(w) for w in words):  # "defence minister", "deputy prime minister": the lexicon's words
        return " ".join(w[:1].upper() + w[1:] for w in words)
    return text[0].upper() + text[1:]


#: Ranks and styles that are also titles alone ("Senator Wong") but not after an office.
_STYLE_RANKS = frozenset({"senator", "general", "admiral", "colonel", "marshal", "commander", "captain", "major"})


@cache
def _canonical_titles() -> dict[str, str]:
    """ "prime minister" → "Prime Minister": a title the lexicon knows keeps the lexicon's spelling."""
    return {t.lower(): t for t in gazetteer.titles().titles}


def initials(name: str) -> str:
    """Acronym of a name's significant words: "National Iranian Oil Company" → "NIOC"."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w[0].isupper())
