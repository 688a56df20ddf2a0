"""Lemmas as the lexicon spells them: the tagger lemmatises 'fined' as 'fin' and 'staged' as 'stag',
so a trigger is looked up by its lemma or its inflected word stripped of its ending."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from briefing.analysis.lexicon import IRREGULAR_PASTS, PRESSURE_VERBS

# A rule of a trigger table: (why, when it applies, what the word is then; None for no trigger).
Rule = tuple[str, Callable[[Token], bool], str | None]


_ENDINGS = ("ed", "d", "es", "s", "ing")


def _stems(word: str) -> list[str]:
    """The word without each inflection it may end in: 'staged' -> 'stag', 'stage'."""
    return [word[:-len(end)] for end in _ENDINGS if word.endswith(end)]


def lexicon_lemma(tok: Token) -> str:
    """The lemma, or the lexicon's verb the tagger's lemma missed: 'fined' is lemmatised 'fin'."""
    lemma = tok.lemma_.lower()
    if lemma in PRESSURE_VERBS or tok.pos_ != "VERB":
        return lemma
    low = tok.lower_
    if low in IRREGULAR_PASTS:
        return IRREGULAR_PASTS[low]  # "overrode", tagged a present and left as it is
    return next((stem for stem in _stems(low) if stem in PRESSURE_VERBS), lemma)


def lemma_in(tok: Token, words: frozenset[str]) -> bool:
    """The lemma is one of `words`, or the word is one of them inflected: the tagger lemmatises
    'staged' as 'stag' and 'fined' as 'fin'."""
    low = tok.lower_
    return tok.lemma_.lower() in words or any(
        stem in words or stem + "e" in words for stem in _stems(low))
