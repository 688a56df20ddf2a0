"""Names used only as adjectives or as a pair, which name no actor: a group's adjective ("Muslim
leaders"), an identity before people ("books by Black and LGBTQ authors"), a word of origin ("a Sumatran
tiger"), two people named together ("Vance and Walz trade blows"), a common word capitalised to open a
sentence before its noun ("Bin collections")."""

from __future__ import annotations

from spacy.tokens import Doc

from briefing.analysis.actors.model import ActorKind, Candidate
from briefing.analysis.lexicon import ACRONYM_PLURAL, AND_WORDS, BODY_TYPE_NOUNS, DEMONYM_SUFFIXES


def adjective_group(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    if kind == ActorKind.GROUP and not any(doc[c.end - 1].tag_ in ("NNPS", "NNS") or ACRONYM_PLURAL.fullmatch(c.name)
                                           for c in cands):
        return "an adjective, not a group that acts: 'Muslim'"
    return None


def adjective_body(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """'books by Black and LGBTQ authors': a one-word 'body' only ever an adjective before a noun."""
    if kind != ActorKind.ORGANIZATION or any(c.end - c.start > 1 for c in cands):
        return None
    for c in cands:
        tok = doc[c.start]
        modifier = tok.dep_ == "amod" or tok.dep_ == "conj" and tok.head.dep_ == "amod"
        if tok.tag_ != "JJ" or not modifier:
            return None
    return "an adjective before a noun, not a body: 'books by Black and LGBTQ authors'"


# The shapes of an origin adjective, the demonyms' singular endings: "Sumatran", "Nepalese", "Kurdish", "Iraqi".
ORIGIN_ENDINGS = tuple(s for s in DEMONYM_SUFFIXES if not s.endswith("s"))


def origin_word(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """'a Sumatran tiger': a one-word 'person' shaped like a word of origin and only ever used before a
    common noun, with no 'the' ("the Sullivan campaign" names a person's campaign), says where
    something is from."""
    if kind != ActorKind.PERSON:
        return None
    for c in cands:
        tok = doc[c.start]
        if c.end - c.start > 1 or c.role or len(tok.text) < 5 or not tok.lower_.endswith(ORIGIN_ENDINGS):
            return None
        head = tok.head
        if tok.dep_ not in ("compound", "amod") or head.pos_ != "NOUN" or head.i <= tok.i \
                or any(w.lower_ == "the" for w in head.lefts):
            return None
    return "a word of origin before a noun: 'a Sumatran tiger'"


def people_named_together(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """'Vance and Walz trade blows' (tagged a body): two people the story names, not a firm like "Marks and
    Spencer" whose names are no one's in it."""
    words = cands[0].name.split()
    if kind != ActorKind.ORGANIZATION or len(words) != 3 or words[1].lower() not in AND_WORDS:
        return None
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    return "two people named together: 'Vance and Walz'" if {words[0], words[2]} <= surnames else None


def opening_modifier(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """'Bin strike to go ahead', 'Bin collections across Sheffield will be disrupted': a one-word 'person' that
    only ever opens a sentence, capitalised there, as the modifier of the common noun after it is a word."""
    if kind != ActorKind.PERSON or any(c.end - c.start > 1 or c.role for c in cands):
        return None
    toks = [doc[c.start] for c in cands]
    if all(t.is_sent_start and t.dep_ in ("compound", "amod", "nmod") and t.head.i == t.i + 1 and t.head.is_lower
           and t.head.pos_ == "NOUN" and t.head.lemma_.lower() not in BODY_TYPE_NOUNS for t in toks):
        # (before a body's kind, "Advocacy groups", it describes the body: filters.describes_a_body)
        return "a word opening a sentence before its noun: 'Bin collections'"
    return None


def capitalised_adjective(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """'The minister says the freeze is temporary. ... Temporary is not a word that means anything': a one-word
    name only ever opening a sentence, which the text also writes lower-case as an adjective, is that word."""
    if any(c.end - c.start > 1 or c.role or not doc[c.start].is_sent_start for c in cands):
        return None
    word = doc[cands[0].start].lower_
    if any(t.text == word and t.pos_ == "ADJ" for t in doc):
        return "an adjective capitalised to open a sentence: 'Temporary is not a word ...'"
    return None
