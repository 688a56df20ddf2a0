"""Names and "and": the tagger reads two bodies as one name ("Coles and Woolworths", "Amnesty International
and Human Rights Watch") and cuts one body's name at its "and" ("The Australian Competition and" + "Consumer
Commission", "Redcar" and "Cleveland Borough Council") or before the state it ends on ("Carers" + "UK"); both
are mended here, before the candidates are read."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from briefing.analysis.actors.names import state_for
from briefing.analysis.lexicon import (
    AND_WORDS,
    BODY_HEADS,
    COUNTED_BODIES,
    LOCAL_GOVERNMENT_NOUNS,
    ORG_HEADS,
    SAINT_WORDS,
)


def two_bodies(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """'Amnesty International and Human Rights Watch ... The two groups said': two bodies the tagger read as
    one name, where the text counts them; a name with "and" inside stays whole ("Food and Drug
    Administration")."""
    joins = [t.i for t in doc[start:end] if t.lower_ in AND_WORDS]
    if len(joins) != 1:
        return [(start, end)]
    parts = [(start + (doc[start].lower_ == "the"), joins[0]), (joins[0] + 1, end)]
    counted = joins[0] - start >= 2 and end - joins[0] - 1 >= 2 and COUNTED_BODIES.search(doc.text)
    if not counted and not all(_named_alone(doc, s, e, start, end) for s, e in parts):
        return [(start, end)]
    return parts


def rejoined(doc: Doc) -> list[Span]:
    """The tagger's entities, with a body's name it cut at "and" made whole again: "The Australian Competition
    and" + "Consumer Commission" is the Australian Competition and Consumer Commission (a name never ends on
    "and")."""
    ents, out, k = list(doc.ents), [], 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if nxt is not None and ent.label_ == nxt.label_ == "ORG" and ent[-1].lower_ in AND_WORDS and nxt.start == ent.end:
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
            k += 2
            continue
        if nxt is not None and ent.label_ in ("GPE", "LOC") and nxt.label_ == "ORG" and nxt.start == ent.end + 1 \
                and doc[ent.end].lower_ in AND_WORDS and nxt[0].pos_ == "PROPN" and nxt[-1].lower_ in LOCAL_GOVERNMENT_NOUNS:
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))  # "Redcar" + "and" + "Cleveland Borough
            k += 2  # Council": one council named for two places
            continue
        if nxt is not None and ent.label_ == "ORG" and nxt.label_ == "GPE" and nxt.start == ent.end and len(nxt) == 1 \
                and ent[-1].head == nxt[0] and nxt[0].dep_ != "compound" and state_for(nxt.text):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))  # "Carers" + "UK": a body's name that ends on
            k += 2  # the state it works in ("the charity Carers UK")
            continue
        if (end := _saints_body_end(doc, ent)) is not None:
            out.append(Span(doc, ent.start, end, label="ORG"))  # "St Mary's" + "Primary School"
            while k < len(ents) and ents[k].start < end:
                k += 1
            continue
        out.append(ent)
        k += 1
    return out


def _saints_body_end(doc: Doc, ent: Span) -> int | None:
    """'St Mary's Primary School', 'St Thomas' Hospital': a saint's name in the possessive opens the name of
    the school, hospital or church after it (the tagger reads the saint as a person and the rest apart)."""
    if ent[0].lower_ not in SAINT_WORDS or len(ent) < 2 or ent[-1].tag_ != "POS":
        return None
    j = ent.end
    while j < len(doc) and doc[j].is_title and doc[j].is_alpha and j - ent.end < 4:
        j += 1
    while j > ent.end and doc[j - 1].lower_ not in ORG_HEADS | BODY_HEADS:
        j -= 1
    return j if j > ent.end else None


def _named_alone(doc: Doc, s: int, e: int, start: int, end: int) -> bool:
    """'The chief executives of Coles and Woolworths ... Coles chief executive Leah Weckert': each side is named
    on its own elsewhere in the text, so the two are two bodies ("Food and Drug Administration" never is)."""
    if e <= s or not all(t.is_title or t.is_upper for t in doc[s:e]):
        return False
    words = [t.text for t in doc[s:e]]
    for i in range(len(doc) - len(words) + 1):
        if start <= i < end or [t.text for t in doc[i:i + len(words)]] != words:
            continue
        before, after = doc[i - 1] if i else None, doc[i + len(words)] if i + len(words) < len(doc) else None
        if not (before is not None and before.lower_ in AND_WORDS or after is not None and after.lower_ in AND_WORDS):
            return True
    return False
