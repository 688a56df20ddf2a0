"""Names that are a title's words, not someone's name: "Defense" in "Defense Minister", "U.S. Magistrate" in
"U.S. Magistrate Judge Lauren Louis", "Dutch Green" in "Dutch Green lawmaker Tineke Strik". Filters of
`filters.py`, kept apart for size."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from briefing.analysis.actors.names import state_for
from briefing.analysis.actors.titles import is_role_word
from briefing.analysis.lexicon import (
    BODY_HEADS,
    CHAMBER_NAMES,
    ORG_HEADS,
    PARTY_NAMES,
    PORTFOLIO_TITLES,
    ROLE_HEADS,
    TITLE_FRONTS,
)

if TYPE_CHECKING:
    from briefing.analysis.actors.filters import Name


def _chamber(span: Span) -> bool:
    """'The House voted ...', not the 'House' of 'House Speaker Mike Johnson'."""
    word = span[0]
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return len(span) == 1 and word.lower_ in CHAMBER_NAMES and word.dep_ != "compound" and not (
        after is not None and is_role_word(after))


def title_words_only(n: Name) -> str | None:
    party = n.span.text.lower() in PARTY_NAMES  # "Labour said ...", though "Labour" is a title's word too
    if not n.as_person and all(is_role_word(t) for t in n.span) and not party and not _chamber(n.span):
        return "part of a title: 'Defense' in 'Defense Minister'"
    first = n.span[0]
    if len(n.span) == 1 and first.pos_ == "NOUN" and first.dep_ == "compound" and first.head.lower_ in ROLE_HEADS:
        return "a common noun in a title, capitalised to open a sentence: 'Press secretary Karine Jean-Pierre'"
    if len(n.span) == 1 and not party and first.dep_ == "compound" and first.head.is_title \
            and first.head.lower_ in PORTFOLIO_TITLES:
        return "a portfolio in a title: 'the Communities Secretary, Eric Pickles'"
    after = n.span.doc[n.span.end] if n.span.end < len(n.span.doc) else None
    if len(n.span) == 1 and not party and after is not None and after.ent_type_ == "NORP" and after.i + 1 < len(
            n.span.doc) and is_role_word(n.span.doc[after.i + 1]):
        return "the front of a party member's title: 'Liberal' in 'the Liberal Democrat MP Alistair Carmichael'"
    if not n.as_person and n.span[-1].lower_ in TITLE_FRONTS and after is not None and after.is_title \
            and after.lower_ in PORTFOLIO_TITLES:
        return "a portfolio and the front of a title: 'Health Cabinet' in 'Health Cabinet Secretary Susan Nakhumicha'"
    if not n.as_person and is_role_word(n.span[-1]) and after is not None and after.is_title \
            and (is_role_word(after) or after.ent_type_ == "PERSON"):
        return "the front of a title: 'U.S. Magistrate' in 'U.S. Magistrate Judge Lauren Louis'"
    return None


def party_before_title(n: Name) -> str | None:
    """'Dutch Green lawmaker Tineke Strik': a state's word and a party's before a lower-case title and a
    name describe her; no one is called "Dutch Green"."""
    after = n.span.doc[n.span.end] if n.span.end < len(n.span.doc) else None
    if len(n.span) > 1 and state_for(n.span[0].text) and after is not None and after.is_lower and is_role_word(after) \
            and after.lower_ not in ORG_HEADS and n.span[-1].lower_ not in ORG_HEADS | BODY_HEADS:
        return "a state's party before a title: 'Dutch Green' in 'Dutch Green lawmaker Tineke Strik'"
    return None  # (but "the ruling Georgian Dream party" and "Iranian Foreign Ministry spokesman" name bodies)
