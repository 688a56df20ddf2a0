"""Who can press and who can be pressed, by what a word is: a name, an institution, an office, a collective or
a pronoun ("the election commission", "the former mayor", "three men", "begged him"); and a party's adjective
that stands for its members ("blocked a Republican stopgap spending bill")."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.lexicon import (
    ARMED_NOUNS,
    AUTHORITY_NOUNS,
    GROUP_NOUNS,
    HOSTILE_NOUNS,
    INSTITUTION_NOUNS,
    OBJECT_PRONOUNS,
    ORG_HEADS,
    OUTLET_BODIES,
    PARTY_ADJECTIVE_MEMBERS,
    PERSON_WORDS,
    ROLE_HEADS,
    SOURCE_NOUNS,
)

NAMED_LABELS = ("ORG", "NORP", "GPE")
TIME_LABELS = ("DATE", "TIME")  # "the fine by Friday", "by another year": when, never who


def pobj_of(tok: Token | None) -> Token | None:
    return next((c for c in tok.children if c.dep_ == "pobj"), None) if tok is not None else None


def _people_compound(word: str) -> bool:
    """A closed compound on a word for people: 'dockworkers', 'autoworkers', 'counterprotesters' are
    workers and protesters (the tail needs six letters, so 'German' is no man and 'reunion' no union); so is a
    plural calling in '-ists' or '-ians' ('pharmacists', 'physicians'; not 'wrists')."""
    return word.isalpha() and (any(word.endswith(tail) and len(word) >= len(tail) + 3
                                   for tail in GROUP_NOUNS if len(tail) >= 6)
                               or len(word) > 7 and word.endswith(("ists", "ians")))  # "pharmacists", "physicians"


def party_members(word: Token) -> str | None:
    """A party named by its adjective before a thing of its own stands for its members: 'blocked a Republican
    stopgap spending bill' presses the Republicans; 'the Democratic demands' are the Democrats'."""
    if word.dep_ in ("amod", "compound") and word.text[:1].isupper():
        return PARTY_ADJECTIVE_MEMBERS.get(word.lower_)
    return None


def plausible_target(tok: Token) -> bool:
    """Someone pressure can be put on: a name, an institution or body ('the election commission'), a
    collective, an office or a person ('the former mayor', 'three men'), or a personal pronoun
    ('begged him')."""
    lemma = tok.lemma_.lower()
    if tok.lower_ == "state" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False  # "a state of emergency", "the state of play": a condition, no state
    return (tok.ent_type_ in ("PERSON", *NAMED_LABELS) or lemma in INSTITUTION_NOUNS or lemma in ORG_HEADS
            or lemma in GROUP_NOUNS or tok.lower_ in GROUP_NOUNS or tok.pos_ == "NOUN" and (
                lemma in ROLE_HEADS or lemma in PERSON_WORDS or tok.lower_ in PERSON_WORDS or _people_compound(tok.lower_)
                or lemma in OUTLET_BODIES  # "the licence of a private television channel"
                or tok.lower_.endswith("s") and tok.lower_[:-1] in ROLE_HEADS)  # "two Polish MEPs", "its own MPs"
            or tok.pos_ == "PRON" and tok.lower_ in OBJECT_PRONOUNS)


def can_act(tok: Token) -> bool:
    """A common noun that can press someone: a body, an office, a force, a named group."""
    lemma = tok.lemma_.lower()
    return (plausible_target(tok) or lemma in ROLE_HEADS or tok.lower_ in ROLE_HEADS or lemma in ARMED_NOUNS
            or lemma in SOURCE_NOUNS or tok.lower_ in SOURCE_NOUNS or lemma in ORG_HEADS or lemma == "alliance"
            or lemma in AUTHORITY_NOUNS or tok.lower_ in AUTHORITY_NOUNS or tok.lower_ in HOSTILE_NOUNS
            or any(c.ent_type_ in NAMED_LABELS for c in tok.children))
