"""Works, craft and storms named like people or bodies: a name the text calls a novel, a shuttle or a
hurricane ("the shuttle Columbia", "Hurricane Katrina", "her first novel, The Salt Season"), or that
only ever stands inside a quoted title ('“When Harry Met Sally”'), is a thing, not an actor.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.actors.model import ActorKind, Candidate
from briefing.analysis.lexicon import EVENT_NOUNS, ORG_HEADS, THING_INTRODUCERS, WORK_VERBS
from briefing.analysis.not_speech import is_title
from briefing.analysis.quote_marks import enclosing


def named_as_a_thing(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """'Space Shuttle Enterprise', 'the shuttle Columbia', 'Hurricane Katrina', 'the novel Ulysses':
    once the text calls a name a craft, a storm or a work, in the name or just before it, every use
    of it is that thing ('Columbia was lost ...' too)."""
    if kind == ActorKind.GROUP:
        return None
    if any(t.lower_ in THING_INTRODUCERS and doc[t.i + 1].lower_ not in ORG_HEADS | EVENT_NOUNS
           for c in cands for t in doc[c.start:c.end - 1]):  # but "Edinburgh International Book Festival"
        return "a craft, a storm or a work: 'Space Shuttle Enterprise'"
    if {doc[c.start].text for c in cands} & _named_as_things(doc):
        return "a thing the text names as one: 'the shuttle Columbia', 'Hurricane Katrina'"
    return None


def read_as_a_work(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """'I'm rereading Things Fall Apart with my students': a name only ever read, written or
    translated is a work."""
    if kind == ActorKind.GROUP or not all(_object_of_reading(doc[c.start:c.end].root) for c in cands):
        return None
    return "a work, only ever read, written or watched: 'rereading Things Fall Apart', 'watched a lot of Treme'"


def _object_of_reading(root: Token) -> bool:
    """'rereading Things Fall Apart', and how much of it: 'I watched a lot of Treme'."""
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "dobj":
        root = root.head.head  # "a lot of", "every episode of"
    return root.dep_ == "dobj" and root.head.lemma_.lower() in WORK_VERBS


def quoted_title(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """A name only ever inside a quoted title is part of it: '“When Harry Met Sally” and “Moonstruck”'."""
    text = None
    for c in cands:
        around = enclosing(doc, doc[c.start].idx)
        if around is None:
            return None
        text = text or doc.text
        if not is_title(text[around[0]:around[1]].strip(" \"“”'‘’,."), text[max(0, around[0] - 30):around[0]]):
            return None
    return "a word of a quoted title: '“When Harry Met Sally”'"


def _after_introducer(doc: Doc, i: int) -> bool:
    """A thing's word just before, past a 'the' or a comma or both: 'the novel, The Salt Season'."""
    j = i - 1
    for skip in (("the",), (",",)):
        if j >= 1 and doc[j].lower_ in skip:
            j -= 1
    return doc[j].lower_ in THING_INTRODUCERS


def _named_as_things(doc: Doc) -> set[str]:
    """The words the text introduces as a craft, a storm or a work, found once per parse."""
    found = doc.user_data.get("briefing.named_things")
    if found is None:
        found = doc.user_data["briefing.named_things"] = {
            w for t in doc if t.i and _after_introducer(doc, t.i) and _introduced_as_thing(doc, t.i)
            for w in _title_words(doc, t.i)}
    return found


def _title_words(doc: Doc, first: int) -> list[str]:
    """A work's title set off by commas runs to the next one: 'her cookbook, Salt and Sumac, has sold'
    is all one title, 'Sumac' included; without the commas, the first word alone."""
    if doc[first - 1].text != ",":
        return [doc[first].text]
    end = first
    while end < len(doc) and end - first < 8 and doc[end].text not in (",", ".", ";", "\n") and not doc[end].is_space:
        end += 1
    words = [t.text for t in doc[first:end] if t.is_title]
    return words if end < len(doc) and doc[end].text == "," else [doc[first].text]


def _introduced_as_thing(doc: Doc, first: int) -> bool:
    """Whether the word before the name at `first` calls it a craft, a storm or a work: that word
    and the name are one phrase ('the shuttle Columbia'), not two ('in the game England scored')."""
    if first == 0:
        return False
    noun, name = doc[first - 1], doc[first]
    if noun.is_title and name.is_title and noun.lower_ in THING_INTRODUCERS and name.pos_ == "PROPN":
        return True  # "Storm Ciaran", "Hurricane Katrina": one name, however the parser splits it
    if noun.text == "The" and first >= 2 and doc[first - 2].lower_ in THING_INTRODUCERS and name.is_title:
        return True  # "the Netflix series The Crown": a capital "The" mid-sentence opens a title
    if noun.text == "The" and first >= 3 and doc[first - 2].text == "," and doc[first - 3].lower_ in THING_INTRODUCERS:
        return True  # "her first novel, The Salt Season, ..."
    if noun.text == "," and first >= 2 and doc[first - 2].lower_ in THING_INTRODUCERS:
        noun = doc[first - 2]  # "your program, Inside Safe": the name in apposition to the thing
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    set_off = doc[first - 1].text == ","  # "her cookbook, Salt and Sumac,": the parser may join them as a list
    linked = noun.head.i == name.i or name.head.i == noun.i and (
        name.dep_ in ("appos", "compound", "npadvmod") or name.dep_ == "conj" and set_off)
    return noun.lower_ in THING_INTRODUCERS and noun.pos_ in ("NOUN", "PROPN") and linked
