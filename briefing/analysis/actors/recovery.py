"""Names the tagger missed, recovered where only a name can stand: after a title ("Rapporteur
Francesca Albanese"), as a speech verb's subject ("..., said curator Ana Ruiz"), a run of
capitalised words ending in a body's word ("the Intrepid Sea-Air-Space Museum"), or a person
an apposition describes ("Valeska Paris, an Australian woman, ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.actors.model import Candidate
from briefing.analysis.actors.person_names import person_candidate
from briefing.analysis.actors.roles import (
    is_role_word,
    phrase,
    role_before,
    role_over,
)
from briefing.analysis.lexicon import (
    ORG_HEADS,
    PERSON_WORDS,
    ROLE_HEADS,
    SPEECH_VERBS,
)
from briefing.analysis.sentences import sentence_of


def _titled_name_at(doc: Doc, i: int, covered: set[int]) -> tuple[Candidate | None, int]:
    """A name announced by the title or body just before token i: 'Rapporteur Francesca Albanese'."""
    t = doc[i]
    prev = i - 1 if doc[i - 1].text not in "])" else i - 2
    after_org = (prev >= 0 and doc[prev].lower_ in ORG_HEADS and doc[prev].ent_type_ == "ORG"
                 and doc[prev].ent_iob_ != "B" and t.ent_type_ == "")
    if prev < 0 or (doc[prev].lower_ not in ROLE_HEADS and not after_org) or sentence_of(doc[prev]).start != sentence_of(t).start:
        return None, i + 1
    end = i
    while end < len(doc) and doc[end].is_title and (
            (end not in covered and doc[end].pos_ == "PROPN") or doc[end].ent_type_ == "NORP"):
        end += 1
    cand = person_candidate(doc, i, end)
    if cand is None or after_org and end - i < 2:
        return None, max(end, i + 1)  # one capitalised word after an organisation is more of its name
    org_start = prev
    while after_org and org_start > 0 and doc[org_start].ent_iob_ == "I":
        org_start -= 1  # back to the first word of the organisation's name
    cand.role = cand.role or role_before(doc, i, sentence_of(t).start) or (
        role_over(doc, org_start, prev + 1) if after_org else None)
    return cand, max(end, i + 1)


def recover_titled_names(doc: Doc, covered: set[int]) -> list[Candidate]:
    """Names spaCy missed but a title announces: 'Rapporteur Francesca Albanese', 'leader] Sinwar'."""
    found = []
    i = 0
    while i < len(doc):
        t = doc[i]
        if i == 0 or t.i in covered or not (t.is_title and t.pos_ == "PROPN") or is_role_word(t):
            i += 1
            continue
        cand, i = _titled_name_at(doc, i, covered)
        if cand:
            found.append(cand)
    return found


def _capitalised(t: Token) -> bool:
    return t.is_title and t.pos_ in ("PROPN", "ADJ", "NOUN") and t.is_alpha or t.is_upper and len(t) > 1


def recover_bodies(doc: Doc, taken: list[Candidate]) -> list[Candidate]:
    """Bodies the tagger missed or split, whose name ends in a body's word: 'the Saudi Interior
    Ministry' (tagged NORP + nothing), 'the Intrepid Sea-Air-Space Museum' (nothing). A run of
    capitalised words, hyphens inside a word allowed, ending in an organisation head."""
    orgs = {i for c in taken if c.label == "ORG" for i in range(c.start, c.end)}
    people = {i for c in taken if c.label == "PERSON" for i in range(c.start, c.end)}
    found = []
    i = 0
    while i < len(doc):
        if not _capitalised(doc[i]) or doc[i].is_sent_start:
            i += 1
            continue
        j = i + 1
        while j < len(doc) and (_capitalised(doc[j]) or doc[j].text == "-" and not doc[j - 1].whitespace_
                                and j + 1 < len(doc) and _capitalised(doc[j + 1])):
            j += 1
        end = j
        while end - i >= 2 and doc[end - 1].lower_ not in ORG_HEADS:
            end -= 1
        run = range(i, end)
        if end - i >= 2 and not any(k in orgs or k in people for k in run):
            found.append(Candidate(doc[i:end].text, "ORG", i, end))
        i = j
    return found


def recover_described_people(doc: Doc, taken: list[Candidate]) -> list[Candidate]:
    """Names the tagger took for places, which an apposition says are a person's: 'Valeska Paris,
    an Australian woman and former Scientologist, ...' (tagged GPE 'Valeska' + GPE 'Paris')."""
    people = {i for c in taken if c.label == "PERSON" for i in range(c.start, c.end)}
    found = []
    for word in doc:
        head = word.head
        if word.dep_ != "appos" or word.lemma_.lower() not in PERSON_WORDS or head.pos_ != "PROPN" \
                or head.i > word.i or head.i in people:
            continue
        start = head.i
        while start > 0 and head.i - start < 3 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].whitespace_ == " ":  # the parser may hang the given name elsewhere
            start -= 1
        name = doc[start:head.i + 1]
        if len(name) >= 2 and all(t.is_title for t in name) and any(t.ent_type_ in ("GPE", "LOC") for t in name):
            found.append(Candidate(name.text, "PERSON", start, head.i + 1, phrase(doc, word)))
    return found


def recover_speakers(doc: Doc, covered: set[int]) -> list[Candidate]:
    """Names the tagger missed where only a person can stand: '..., said curator Ana Ruiz.'"""
    found = []
    heads = (head for verb in doc if verb.lemma_.lower() in SPEECH_VERBS and verb.pos_ == "VERB"
             for head in verb.children if head.dep_ in ("nsubj", "dobj", "attr") and head.pos_ == "PROPN"
             and (head.dep_ == "nsubj" or head.i > verb.i))
    for head in heads:
        if head.i in covered:
            continue
        left = head.i
        while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].is_title and doc[left - 1].head == head:
            left -= 1
        name = doc[left: head.i + 1]
        if 2 <= len(name) <= 3 and all(t.is_title and t.is_alpha and t.ent_type_ == "" for t in name):
            cand = person_candidate(doc, left, head.i + 1)
            if cand is not None:
                found.append(cand)
                covered.update(range(cand.start, cand.end))
    return found


