"""Fiction: characters and the works they name are no actors.

"a panel with Kevin Conroy, the voice of Batman in Batman: The Animated Series": Batman is a role
someone plays and the head of a work's title, never a party to the news. A name every mention of
which is one or the other is dropped; one that also acts anywhere ("Batman Inc. sued") is kept.
"""

from __future__ import annotations

from spacy.tokens import Doc

from briefing.analysis.actors.model import ActorKind, Candidate
from briefing.analysis.lexicon import CHARACTER_NOUNS, COSTUME_VERBS, PORTRAYING_VERBS


def heads_a_title(doc: Doc, c: Candidate) -> bool:
    """'Batman: Arkham VR' mid-sentence: a name, a colon and a capitalised word is a work's title.
    At a sentence's start the colon introduces what the name says ("Schumer: “...”")."""
    end = c.end
    return (not doc[c.start].is_sent_start and end + 1 < len(doc) and doc[end].text == ":"
            and doc[end + 1].is_title and doc[end + 1].is_alpha and doc[end].sent == doc[end + 1].sent)


def played(doc: Doc, c: Candidate) -> bool:
    """A role someone plays: 'the voice of Batman', 'portrayed Hamlet', 'dressed as Black Widow'."""
    tok = doc[c.start:c.end].root
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in PORTRAYING_VERBS:
        return True
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in CHARACTER_NOUNS:
        return True
    return tok.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in COSTUME_VERBS


def fictional(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    if kind != ActorKind.GROUP and all(heads_a_title(doc, c) or played(doc, c) for c in cands):
        return "a character or a work's title: 'the voice of Batman in Batman: The Animated Series'"
    return None
