"""Products and labels: an organisation's name used for a thing it makes or marks is no actor
("their own Polaroid", "the ICI system", "Internet Explorer 9").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from briefing.analysis.actors.model import ActorKind, Candidate
from briefing.analysis.lexicon import (
    ACT_NOUNS,
    ACTING_BODY_NOUNS,
    BODY_TYPE_NOUNS,
    CRAFT_NOUNS,
    GROUP_NOUNS,
    ORGAN_HEADS,
    ROLE_HEADS,
    SPEECH_VERBS,
)


def _labels_a_thing(doc: Doc, c: Candidate) -> str | None:
    """How one mention uses an organisation's name for a thing: 'label' ("the ICI system", "a
    Polaroid camera"), 'owned' ("their own Polaroid": a product, as in "sold his Ford"), 'part'
    ("the Polaroid's front flash", weaker: a possessive may still be the body's); None where it
    may be the body itself."""
    root = doc[c.start:c.end].root
    head = root.head
    while root.dep_ == "compound" and head.dep_ == "compound" and head.pos_ == "PROPN" and head.ent_type_ == "":
        head = head.head  # "the S&P IPSA stock index": the label runs on to the thing it names
    if root.dep_ == "compound" and head.pos_ == "NOUN":
        last = head
        while last.dep_ == "compound" and last.head.pos_ == "NOUN" and last.head.i > last.i:
            last = last.head  # "The BDI industry federation": the body named is the federation
        for noun in {head, last}:
            words = (noun.lower_, noun.lemma_.lower())
            if any(w in ACTING_BODY_NOUNS or w in ROLE_HEADS or w in BODY_TYPE_NOUNS for w in words) \
                    or noun.lemma_.lower() in GROUP_NOUNS:
                return None
        return "label"
    if any(w.tag_ == "PRP$" and w.i < c.start for w in root.lefts):  # not the "Our" in "Save Our Hospital"
        return "owned"
    if root.dep_ == "poss" and head.pos_ in ("NOUN", "PROPN") and head.ent_type_ not in ("PERSON", "ORG"):
        owned = head.lemma_.lower()
        if not (owned in ACT_NOUNS or owned in ACTING_BODY_NOUNS or owned in ROLE_HEADS or owned in GROUP_NOUNS
                or owned in ORGAN_HEADS):  # "RTD's board": the body's own organ
            return "part"
    return None


def names_a_thing(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """An organisation's name only ever used for a thing: a label on it ('the ICI system', 'a
    Google doodle') or the product itself ('their own Polaroid', 'the Polaroid's flash')."""
    if kind != ActorKind.ORGANIZATION:
        return None
    uses = [_labels_a_thing(doc, c) for c in cands]
    if None in uses or uses.count("part") == len(uses):
        return None
    return "a label on a thing, or the thing: 'the ICI system', 'their own Polaroid'"


_VERSIONED = re.compile(r"^([^\W\d_]+)\d{1,2}$")  # "IE6"


def _versioned(doc: Doc) -> set[str]:
    """The words the text numbers by version ('Explorer' in 'Internet Explorer 9', 'IE' in 'IE6'),
    found once per parse."""
    found = doc.user_data.get("briefing.versioned")
    if found is None:
        found = set()
        for t in doc:
            if (m := _VERSIONED.match(t.text)) is not None:
                found.add(m.group(1))
            elif t.i + 1 < len(doc) and t.is_alpha and t.text[0].isupper() and doc[t.i + 1].text.isdigit() \
                    and len(doc[t.i + 1]) <= 2 and t.whitespace_ == " ":
                found.add(t.text)
            elif t.i > 0 and t.is_alpha and t.is_title and t.tag_ == "NNP" and doc[t.i - 1].text.isdigit() \
                    and len(doc[t.i - 1]) == 3 and doc[t.i - 1].whitespace_ == " ":
                found.add(t.text)  # a model after its number: "the 737 Max", "the 787 Dreamliner"
        doc.user_data["briefing.versioned"] = found
    return found


def product_with_versions(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """'Internet Explorer 9', 'IE6': a name the text numbers by version is a product; 'Explorer's
    market share' is the browser's, not a body's. A name that ever speaks stays ('Channel 4 said')."""
    if kind not in (ActorKind.ORGANIZATION, ActorKind.PERSON):  # the tagger often reads a product as a person
        return None
    if not {doc[c.end - 1].text for c in cands} & _versioned(doc):
        return None
    if any(doc[c.start:c.end].root.dep_ == "nsubj" and doc[c.start:c.end].root.head.lemma_.lower() in SPEECH_VERBS
           for c in cands):
        return None
    return "a product numbered by version: 'Internet Explorer 9', 'IE6'"


def craft_named_as_person(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """'Boeing's Starliner capsule ... Starliner will undock': a "person" whose name stands before a
    craft's noun is the craft ('the Starliner capsule', 'the Endurance ship'), wherever else it acts."""
    if kind != ActorKind.PERSON:
        return None
    for c in cands:
        root = doc[c.start:c.end].root
        if root.dep_ == "compound" and root.head.lemma_.lower() in CRAFT_NOUNS and root.head.i == c.end \
                and root.head.tag_ == "NN":  # one craft; "737 Max jets" are a model (product_with_versions)
            return "a craft's name: 'Boeing's Starliner capsule'"
        if root.dep_ == "appos" and root.head.lemma_.lower() in CRAFT_NOUNS and root.head.tag_ == "NN":
            return "a craft's name set beside it: 'My neighbour's boat, the Miss Delia,'"
    return None


def acronym_as_a_noun(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """'a super PAC backing Matt Dolan', 'an NGO': an acronym written with 'a' is a kind of body, no name
    ('an IMF team' is the IMF's)."""
    if kind != ActorKind.ORGANIZATION or any(c.end - c.start != 1 for c in cands) or not doc[cands[0].start].is_upper:
        return None
    for c in cands:
        j = c.start - 1
        while j >= 0 and doc[j].is_lower and doc[j].pos_ in ("ADJ", "NOUN") and c.start - j <= 2:
            j -= 1  # "a super PAC", "an international NGO"
        if j >= 0 and doc[j].lower_ in ("a", "an") and doc[c.start].dep_ not in ("compound", "amod", "nmod"):
            return "an acronym for a kind of body, written with 'a': 'a super PAC'"
    return None
