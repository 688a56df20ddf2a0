"""The label a one-word name usually gets in a text, so that one odd tag does not decide its kind
("Houston" tagged a place twice and a person once is a place), the dateline's place, and the names
that label a transcript's turns."""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc

from briefing.analysis.lexicon import PLACE_DATELINE, PRONOUN_GENDER
from briefing.analysis.qa_layout import full_label
from briefing.article import Article


def usual_labels(article: Article, doc: Doc) -> dict[str, str]:
    """The label the tagger gives a one-word name most often: 'Houston' tagged GPE twice and PERSON
    once is a place; 'Gloria' tagged PERSON twice and ORG once is a person. A tie between a place
    and a body goes to the place: 'in Evansville, Indiana' and 'a resident of Evansville' (ORG).
    A dateline's place decides: after "PRISTINA, May 30 (Reuters) -", "pressed Pristina and
    Belgrade" names the city, however the tagger reads it there."""
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for ent in doc.ents:
        if len(ent) == 1:
            label = "GPE" if ent.label_ in ("GPE", "LOC", "FAC") else ent.label_
            votes[ent.text][label] += 1
    usual = {text: max(v, key=lambda k: (v[k], k == "PERSON", k == "GPE")) for text, v in votes.items()}
    full_names = {w for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for w in e.text.split()}
    for text, v in votes.items():
        if usual[text] == "PERSON" and (v.get("ORG") or text not in full_names) and called_it(doc, text):
            usual[text] = "ORG"  # "Ryanair rejected the criticism, saying it had processed ..."
    return usual | dict.fromkeys(filed_from(article), "GPE") | dict.fromkeys(_turn_names(article), "PERSON")


def called_it(doc: Doc, text: str) -> bool:
    """A one-word name tagged a body as well as a person, or never part of a person's full name, is a body
    when, as a sentence's subject or object, the sentence goes on with "it" as a subject and never "he" or
    "she": "Ryanair rejected the criticism, saying it had processed ...", "warned Ryanair that it could face"
    (not "the Biden administration in its fight", nor "told Governor Matolcsy ..., and I will say it")."""
    found = doc.user_data.setdefault("briefing.called_it", {})
    if text not in found:
        found[text] = _called_it(doc, text)
    return found[text]


def _called_it(doc: Doc, text: str) -> bool:
    uses = [t for t in doc if t.text == text and t.dep_ in ("nsubj", "nsubjpass", "dobj")
            and not (t.i > 0 and doc[t.i - 1].is_title and doc[t.i - 1].ent_type_ == "")]
    for t in uses:
        if any(PRONOUN_GENDER.get(w.lower_) in ("male", "female") for w in t.sent):
            return False
        if any(w.lower_ == "it" and w.dep_ in ("nsubj", "nsubjpass") and w.i > t.i for w in t.sent):
            return True
    return False


def _turn_names(article: Article) -> set[str]:
    """A full name that labels a transcript's turns, and its words, are a person's: "AMANDA REED:
    Health Secretary, thank you ..." makes "hosted by Amanda Reed" a person, however it is tagged."""
    names = set()
    for block in article.body:
        written = full_label(block.text)
        if written is not None and len(written.split()) >= 2 and all(w.isalpha() for w in written.split()):
            name = written.title() if written.isupper() else written
            names |= {name, *name.split()}
    return names


def filed_from(article: Article) -> list[str]:
    """The place a dateline names, as the story writes it: "Pristina" for "PRISTINA, May 30 (Reuters) -",
    "New Delhi" for "NEW DELHI (Reuters) -" (a dateline of its own, or glued to the first paragraph)."""
    line = article.dateline
    if line is None:
        first = next(iter(article.body), None)
        glued = PLACE_DATELINE.match(first.text) if first is not None else None
        line = glued.group() if glued is not None else None
    place = re.split(r"[,(—–]| - ", line or "", maxsplit=1)[0].split()
    return [" ".join(w.capitalize() for w in place)] if 1 <= len(place) <= 3 and all(w.isalpha() for w in place) else []
