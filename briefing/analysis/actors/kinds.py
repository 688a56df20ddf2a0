"""A name's kind corrected by how the text uses it: a "person" written as a medium or an outlet is a
body ("posted to Twitter", "told France Info radio", "Tenants Together"); a "place" the states table does not know, with
members or called a body ("the industry regulator Ofwat"), is a body."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from briefing.analysis.actors.model import Candidate
from briefing.analysis.actors.titles import is_role_word
from briefing.analysis.lexicon import (
    ANAPHOR_NOUNS,
    BODY_CALLING_NOUNS,
    BODY_OWNED_NOUNS,
    CAMPAIGNER_WORDS,
    DISASTER_NOUNS,
    GROUP_NOUNS,
    MEDIUM_PREPOSITIONS,
    MEMBER_NOUNS,
    OUTLET_NOUNS,
    PLACE_OWNED_NOUNS,
    TITLE_LINKS,
)


def platform_named_as_person(doc: Doc, cands: list[Candidate]) -> bool:
    """'posted to Twitter', 'on Twitter': a one-word 'person' mostly written as a medium is an organisation;
    so is one whose name modifies an outlet's noun ('told France Info radio'), or that only ever owns a
    named person ("Politico's Sam Hartley", the journalist's outlet)."""
    if any(doc[c.end - 1].dep_ == "compound" and doc[c.end - 1].head.i == c.end
           and doc[c.end].lower_ in OUTLET_NOUNS for c in cands if c.end < len(doc)):
        return True
    if any(c.end - c.start > 1 or c.role for c in cands):
        return False
    if all(c.end + 1 < len(doc) and doc[c.end].lower_ in ("'s", "’s") and doc[c.end + 1].ent_type_ == "PERSON"
           for c in cands):
        return True  # only ever the owner of a named person: "She spoke with Politico's Sam Hartley"
    medium = sum(1 for c in cands if doc[c.start].dep_ == "pobj" and doc[c.start].head.lower_ in MEDIUM_PREPOSITIONS)
    return medium * 2 > len(cands)


def body_named_as_person(doc: Doc, cands: list[Candidate]) -> bool:
    """'Tenants Together held a rally', 'Parents Defending Education': a name that opens on a plural
    word for people who campaign together is a body, not a person (no one is called "Tenants"); so is
    one the text calls a body ('KAET, the state's PBS station,', 'The Harlan Enterprise, the county's weekly
    newspaper,')."""
    first = doc[cands[0].start]
    if not any(c.role for c in cands) and cands[0].name in _called_bodies(doc):
        return True
    if any(c.role and c.role.split()[-1].lower() in BODY_CALLING_NOUNS | OUTLET_NOUNS
           and not set(c.role.lower().split()) & (TITLE_LINKS | {"with", "in", "to"}) for c in cands):
        return True  # "The Harlan Enterprise, the county's weekly newspaper,": no one's role is a newspaper
        # (but "president of Hartwell University" is a person's, the body after "of" another's)
    return cands[0].end - cands[0].start > 1 and first.is_title and first.lower_.endswith("s") \
        and first.lower_ in CAMPAIGNER_WORDS | GROUP_NOUNS


def place_named_for_a_disaster(doc: Doc, cands: list[Candidate]) -> bool:
    """'the Lahaina fire', 'the Beirut explosion': a one-word 'person' with no role that names a disaster
    is where it struck (people name protests and hearings, not fires and floods)."""
    if any(c.end - c.start > 1 or c.role for c in cands):
        return False
    return any(doc[c.start].dep_ == "compound" and doc[c.start].head.i == c.end
               and doc[c.start].head.lemma_.lower() in DISASTER_NOUNS for c in cands)


def body_named_as_place(doc: Doc, cands: list[Candidate]) -> bool:
    """'former members of Scientology': a place has residents, a body has members. A 'place' (one the
    states table does not know: the caller asks) with members or a chief executive, or that the text calls a body ('the
    industry regulator Ofwat', 'the regulator, Ofwat,', 'Ofwat, the water regulator'), is an organisation."""
    name = cands[0].name
    for c in cands:
        tok = doc[c.start:c.end].root
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in MEMBER_NOUNS:
            return True
        if tok.dep_ == "poss" and tok.head.lower_ in BODY_OWNED_NOUNS:
            return True  # "David Black, Ofwat's chief executive"
    return name in _called_bodies(doc) or institution_that_acts(doc, name)


def place_named_as_body(doc: Doc, cands: list[Candidate]) -> bool:
    """"'We cannot build our way out of this alone': Bristol's mayor on the housing crisis": a one-word
    'body' that owns a mayor or residents is a town, when nothing calls it a body or has it act."""
    if any(c.end - c.start > 1 or doc[c.start].is_upper for c in cands):
        return False
    roots = [doc[c.start] for c in cands]
    return any(t.dep_ == "poss" and {t.head.lemma_.lower(), t.head.lower_} & PLACE_OWNED_NOUNS
               for t in roots) and not any(t.dep_ in ("nsubj", "nsubjpass") for t in roots) \
        and cands[0].name not in _called_bodies(doc)


def institution_that_acts(doc: Doc, name: str) -> bool:
    """'died at Hamerton Zoo Park ... The zoo had admitted breaching health and safety law': a named
    site whose name holds an institution's noun, which the text makes act as 'the zoo', is that body."""
    nouns = {w.lower() for w in name.split()} & ANAPHOR_NOUNS
    return len(name.split()) > 1 and any(
        t.lower_ in nouns and t.i > 0 and doc[t.i - 1].lower_ == "the" and t.dep_ in ("nsubj", "nsubjpass", "poss")
        for t in doc)


def _called_bodies(doc: Doc) -> set[str]:
    """The capitalised names the text calls a body, found in one pass per parse: after a body's noun
    ('the industry regulator Ofwat', 'the regulator, Ofwat,', 'Their union, Napo,') or before one in apposition
    ('Ofwat, the water regulator,')."""
    found = doc.user_data.get("briefing.called_bodies")
    if found is not None:
        return found
    found = set()
    for m in _CALLED_AFTER.finditer(doc.text):
        if m.group(1).lower() in BODY_CALLING_NOUNS:
            found.add(m.group(2))
    for m in _CALLED_AFTER_COMMA.finditer(doc.text):
        if m.group(1).lower() in BODY_CALLING_NOUNS:
            found.add(m.group(2))
    for m in _CALLED_BEFORE.finditer(doc.text):
        if m.group(2).lower() in BODY_CALLING_NOUNS:
            found.add(m.group(1))
    doc.user_data["briefing.called_bodies"] = found
    return found


_NAME = r"([A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3})"
_CALLED_AFTER = re.compile(r"\b([a-z]+) " + _NAME + r"\b")
_CALLED_AFTER_COMMA = re.compile(r"\b(?:[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Oo]ur) (?:[\w-]+ ){0,2}?([a-z]+), " + _NAME
                                 + r"[,.]")  # "the regulator, Ofwat,", "Their union, Napo,"
_CALLED_BEFORE = re.compile(_NAME + r", (?:the|an?) (?:[\w'’-]+ ){0,2}?(\w+)[,.]")  # "KAET, the state's PBS station,"


def listed_with_a_body(span: Span) -> bool:
    """'Persimmon or Barratt will never build so fast': one bare word, no title, listed with a body, is a body."""
    root = span.root
    if len(span) != 1 or span.start > 0 and is_role_word(span.doc[span.start - 1]):
        return False
    return root.dep_ == "conj" and root.head.ent_type_ == "ORG" or any(
        c.dep_ == "conj" and c.ent_type_ == "ORG" for c in root.children)


def aged(doc: Doc, end: int) -> bool:
    """'Shazia Begum, 38, said': an age set off by commas after a name makes it a person's, whatever
    the tagger called it."""
    return end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 1].text.isdigit() \
        and 0 < int(doc[end + 1].text) < 120 and doc[end + 2].text in (",", ".")
