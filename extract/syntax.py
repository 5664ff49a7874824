"""Dependency-parse helpers shared by the event readers: subjects, objects, clauses, modality.

Pure functions of spaCy tokens: who the subject of a verb is (a relative pronoun stands for its
antecedent), the objects and prepositional objects, the clause a verb heads without the clauses
nested in it, whether an event is planned ("will meet"), hypothetical ("could meet") or denied.
"""

from __future__ import annotations

from spacy.tokens import Token

SPEECH_VERBS = frozenset({"say", "tell", "add", "note", "state", "stress", "announce", "remark", "report", "claim"})


#: "three hours of talks", "a second round of talks": the quantity noun holds the talks' place in the clause
QUANTITY_NOUNS = frozenset(
    {"hours", "hour", "minutes", "days", "day", "round", "rounds", "series", "week", "weeks", "months", "session"}
)


#: Words that make an event hypothetical or denied: "could meet", "a possible meeting", "no meeting".
HYPOTHETICAL = frozenset({"could", "might", "may", "should", "possible", "potential", "hypothetical", "if", "unless"})


PLAN_CUES = frozenset(
    {"will", "would", "shall", "expect", "plan", "schedule", "due", "set", "intend", "prepare", "agree", "hope",
     "hop"}  # the small model's lemma of "hopes"
)  # fmt: skip


def conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for child in tok.children:
        # an apposition too: "Biden, Zelensky and Stoltenberg met" may be parsed as a chain of them
        if child.dep_ in ("conj", "appos"):
            out.extend(conjuncts(child))
        elif child.dep_ in ("nmod", "compound") and child.i < tok.i and any(c.dep_ == "cc" for c in child.children):
            out.extend(conjuncts(child))  # "Araghchi and IAEA chief Grossi": the parse hung the first on the second
    return out


def prep_objects(tok: Token, preps: set[str]) -> list[Token]:
    out: list[Token] = []
    for child in tok.children:
        if (child.dep_ in ("prep", "dative") or (child.dep_ == "agent" and "by" in preps)) and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out.extend(conjuncts(obj))
    return out


def prep_objects_of(prep: Token) -> list[Token]:
    return [t for obj in prep.children if obj.dep_ == "pobj" for t in conjuncts(obj)]


def subjects_of(verb: Token) -> list[Token]:
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and any(s.lower_ in ("who", "which", "that") for s in subs):
        subs = [verb.head]  # "Raisi, who visited Russia": the relative pronoun stands for its antecedent
        reciprocal = verb.lemma_ in ("meet", "talk", "confer") and not objects_of(verb)
        if not reciprocal and not any(c.lower_ in ("both", "all") for c in verb.children):
            return subs  # "attended by A, who arrived on Tuesday, B and C": A alone, not the names after
        while subs[0].dep_ == "conj" and subs[0].head.i != subs[0].i:
            subs = [subs[0].head]  # "A and B, who both arrived", "A and B, who met in Batken": the whole list
    if not subs and (clause := gerund_clause(verb)) is not None:
        return subjects_of(clause)  # "Aoun signed the letter after receiving Hochstein": Aoun received him
    if not subs and (lost := _subject_on_opening_phrase(verb)) is not None:
        return conjuncts(lost)
    if not subs and _looked_forward_to(verb):
        return subjects_of(verb.head.head)  # "Trump looks forward to hosting A and B": Trump hosts
    # "flew to Damascus on Sunday, then travelled on to Ankara": a finite verb the parse hung on the first
    # as an adverbial clause, with no subject or conjunction of its own, is a coordinated one
    loose = (
        verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "mark" for c in verb.children)
    )
    if not subs and (verb.dep_ in ("conj", "xcomp", "acomp") or loose or is_purpose(verb)) and verb.head.i != verb.i:
        # a coordinated or complement clause shares the subject the parse lost; "are due to meet": the
        # infinitive hangs on the adjective, the adjective on the verb with the subject; "flew to Jakarta
        # to continue the talks": a purpose infinitive's subject is the traveller
        return subjects_of(verb.head)
    return [s for sub in subs for s in conjuncts(sub)]


#: Prepositions before a gerund whose subject is the clause's: "after meeting", "before flying home".
_TIME_PREPS = frozenset({"after", "before", "while", "since", "upon"})  # not "without meeting", "insisted on meeting"


def _subject_on_opening_phrase(verb: Token) -> Token | None:
    """ "On the sidelines of the forum, A and B, X's deputy minister, signed": the parse hangs a subject
    with an apposition of its own on the opening phrase, as that phrase's apposition."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc = verb.doc
    ends = {verb.i - 1, verb.i - 2} if doc[verb.i - 1].text == "," else {verb.i - 1}
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for t in prep.subtree:
            opened = t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
            if t.dep_ == "appos" and t.pos_ == "PROPN" and opened and t.right_edge.i in ends:
                return t
    return None


def _looked_forward_to(verb: Token) -> bool:
    return verb.dep_ == "pcomp" and verb.head.lower_ == "to" and verb.head.head.lemma_ == "look"


def gerund_clause(verb: Token) -> Token | None:
    """The verb of the clause a gerund after "after", "before", "while" ... belongs to: its subject,
    time and mood are that clause's ("signed it after receiving X", "is due to fly ... before ending")."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ in _TIME_PREPS and head.head.pos_ in ("VERB", "AUX"):
        clause = head.head
        while clause.dep_ == "acl" and clause.tag_ == "VBN" and (outer := governing_verb(clause.head)) is not None:
            # "read out a statement agreed by the three after meeting X": the parse hangs "after" on the
            # participle; who met is the clause's subject
            clause = outer
        return clause
    return None


def is_purpose(verb: Token) -> bool:
    """ "flew to Tehran to meet Raisi": an infinitive of purpose, whose subject, time and mood are
    the clause's it hangs on."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def objects_of(verb: Token) -> list[Token]:
    return [o for c in verb.children if c.dep_ in ("dobj", "attr", "dative") for o in conjuncts(c)]


_NOMINAL_DEPS = frozenset({"pobj", "amod", "compound", "dobj"})  # "memorandum of understanding": a verb tag, a noun


def governing_verb(tok: Token) -> Token | None:
    head = tok
    while head.head.i != head.i:
        head = head.head
        if head.pos_ in ("VERB", "AUX") and head.dep_ not in _NOMINAL_DEPS:
            return head
    return head if head.pos_ in ("VERB", "AUX") else None


#: "before Shultz goes to Moscow", "when he visits Washington": a present tense in a clause of time
#: speaks of the future.
_TIME_CLAUSE_MARKS = frozenset({"before", "when", "after", "until", "once", "as soon as"})


def _in_time_clause(verb: Token) -> bool:
    """The verb heads a clause opened by "before", "when", ... (as its mark, or just before its words)."""
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_CLAUSE_MARKS for c in verb.children):
        return True
    start = verb.left_edge.i
    return start > 0 and verb.doc[start - 1].lower_ in _TIME_CLAUSE_MARKS


def present_tense(verb: Token | None) -> bool:
    """A simple present ("the president travels on Thursday"): with a weekday, the next one is meant."""
    if verb is None:
        return False
    # the small model tags a plural subject's present as the base form: "the leaders ... sit down"
    finite_base = verb.tag_ == "VB" and verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children)
    if verb.tag_ not in ("VBZ", "VBP") and not finite_base:
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def is_planned(verb: Token | None) -> bool:
    """ "will meet", "is due to visit", "plans to sign", "before he goes to Moscow": not happened yet."""
    if verb is None:
        return False
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in ("will", "would", "shall", "'ll"):
            return True
    if verb.tag_ in ("VBZ", "VBP") and _in_time_clause(verb):
        return True
    if _looked_forward_to(verb):
        return True  # "looks forward to hosting X"
    if is_purpose(verb):
        return is_planned(verb.head)  # "plans to travel to Tehran to meet Eslami"
    if (clause := gerund_clause(verb)) is not None:
        # "made it before travelling to the United States": what comes after is not told as done;
        # "is due to fly to Kuala Lumpur after meeting ...": nor in a planned clause
        return verb.head.lower_ == "before" or is_planned(clause)
    if verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_ in PLAN_CUES for c in verb.children):
        return True  # "Xi is due to ...": the copula of a plan
    if verb.lemma_ == "expect" and any(c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in verb.children):
        return True  # "Bakanov is expected in Tehran in October"
    return verb.dep_ == "xcomp" and verb.head.lemma_ in PLAN_CUES


#: Verbs that undo the event or trip they take: "the talks were postponed", "cancelled his visit".
_UNDOING_VERBS = frozenset({"cancel", "postpone", "scrap", "shelve", "delay", "suspend", "abandon", "deny"})


def called_off(verb: Token | None) -> bool:
    """ "A meeting ... was called off", "the talks were postponed", "called off his trip to Kazan": the
    event or trip the verb takes did not take place."""
    if verb is None:
        return False
    if verb.lemma_ in _UNDOING_VERBS:
        return True
    return verb.lemma_ in ("call", "put") and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


#: Verbs that say what they report did not happen: "denied that he had met Putin".
_DENIAL_VERBS = frozenset({"deny", "refute"})


def modality(verb: Token | None) -> str | None:
    """ "negated" for "did not meet", "hypothetical" for "could meet", "if they meet", "denied" for "denied
    that he met"; else None."""
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ == "neg":
            return "negated"
        if child.dep_ in ("aux", "mark", "advmod") and child.lower_ in HYPOTHETICAL:
            return "hypothetical"
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and any(t.lower_ == "neither" for t in child.children):
            return "negated"  # "Neither Burhan nor Dagalo travelled to Jeddah", "met neither A nor B"
    if verb.dep_ == "ccomp" and verb.head.lemma_ in _DENIAL_VERBS:
        return "denied"  # "denied that he had arranged to meet Putin"
    if (verb.dep_ in ("xcomp", "acomp") or is_purpose(verb)) and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        return modality(verb.head)  # "could become possible", "refused to meet", "did not fly to X to meet Y"
    if (clause := gerund_clause(verb)) is not None:
        return modality(clause)  # "hopes to visit Canada after meeting the banks"
    if verb.lemma_ == "become" and any(c.lower_ in HYPOTHETICAL for c in verb.children):
        return "hypothetical"
    return None


def clause_tokens(verb: Token) -> list[Token]:
    """The verb's own clause: its subtree without the clauses nested in it (relative, adverbial, reported)."""
    nested = {
        t.i for tok in verb.subtree if tok.dep_ in ("relcl", "advcl", "ccomp") and tok.i != verb.i for t in tok.subtree
    }
    return [t for t in verb.subtree if t.i not in nested]


def quantity_head(noun: Token) -> Token:
    """ "held three hours of talks with X": the noun the talks are counted by, else the talks."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in QUANTITY_NOUNS:
        return noun.head.head
    return noun


def own_phrase(tok: Token) -> list[int]:
    """Token indices of ``tok``'s phrase without its coordinated siblings ("A and B": A's phrase is A)."""
    excluded = {t.i for child in tok.children if child.dep_ in ("conj", "cc") for t in child.subtree}
    return [t.i for t in tok.subtree if t.i not in excluded]


def refers_back(noun: Token) -> bool:
    """ "the meeting", "this agreement": a definite noun, which may name one stated before."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
