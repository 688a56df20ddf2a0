"""The words a source or a target is named by: where a target phrase stops ("detained a British aid worker and his
wife in Kabul"), a person named by a state's office who is no state ("Zambia's opposition leader"), a body named
by its kind ("a Florida school board"), the state an office-holder's adjective names ("The Bolivian general")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefing.analysis.actors import state_for
from briefing.analysis.lexicon import (
    ENVOY_NOUNS,
    PERSON_WORDS,
    SENTENCE_TERMS,
    STATE_OFFICES,
    UNNAMED_BODY_NOUNS,
)


def owned_body(tok: Token) -> bool:
    """'sued a Florida school board': a body named by its kind, with a place or a name only modifying it,
    is that body, not the place."""
    return tok.pos_ == "NOUN" and tok.lower_ in UNNAMED_BODY_NOUNS and any(
        c.dep_ in ("compound", "amod") and c.ent_type_ for c in tok.children)


def circumstance(phrase: Span, tgt: Token) -> int | None:
    """Where a target phrase's last words say where or for how long, not whom: "detained a British aid worker and
    his wife in Kabul", "sentenced a theatre director and a playwright to six years in prison"."""
    return next((t.i for t in phrase if t.i > tgt.i and t.dep_ == "prep" and t.right_edge.i == phrase.end - 1 and any(
        t.lower_ == "in" and p.ent_type_ in ("GPE", "LOC") or t.lower_ in ("to", "for") and (
            p.lemma_.lower() in SENTENCE_TERMS or p.ent_type_ == "DATE") for p in t.children if p.dep_ == "pobj")),
        None)


def office_state(tok: Token) -> str | None:
    """'The Bolivian general ... was arrested' (passives._office_home): the state an office-holder's adjective names,
    Bolivia; not "Palestinian riots", the people's."""
    return state_for(tok.text) if tok.dep_ == "amod" and tok.head.lemma_.lower() in STATE_OFFICES else None


def state_person(tok: Token) -> bool:
    """'Police arrested Zambia's opposition leader': a person named by a state's office or calling is that
    person, not the state (but its envoy speaks for it: "summoned China's ambassador" presses China)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in PERSON_WORDS - ENVOY_NOUNS and any(
        c.dep_ == "poss" and c.ent_type_ == "GPE" or c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"
        and not state_for(c.text)
        for c in tok.children)  # ("suspended three Maori lawmakers": a people that is no state names no one pressed)
