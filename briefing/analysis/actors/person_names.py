"""People's names as the tagger leaves them, repaired: titles peeled off the front ("Prime
Minister Benjamin Netanyahu" is "Benjamin Netanyahu", role "Prime Minister"), a first name the
tagger split off joined back ("Dries" + "Mertens"), a person cut out of a body's name ("Lydia
Buchtmann for Food Standards Australia"), and a name that ran on into the next sentence cut back
("Sen. John Smith Jr." + "Smith said").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from briefing.analysis.actors.model import Candidate
from briefing.analysis.actors.names import state_for
from briefing.analysis.actors.roles import role_over
from briefing.analysis.actors.titles import is_role_word, role_before
from briefing.analysis.lexicon import (
    AFFILIATION_PREPOSITIONS,
    HONORIFICS,
    NAME_PARTICLES,
    NARRATING_VERBS,
    ORG_HEADS,
    PEERAGE_TITLES,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    ROMAN_NUMERAL,
    SPEECH_VERBS,
    THING_NOUNS,
    TITLE_EDGE_WORDS,
)
from briefing.analysis.sentences import sentence_of


def _reads_as_personal_name(name: Span) -> bool:
    """'Doctor Who', 'Batman: Arkham VR', 'IE6': works and products the tagger takes for people."""
    if len(name) == 1 and name[0].is_stop:
        return False
    if any(c.isdigit() for c in name.text) or any(t.lower_ in THING_NOUNS for t in name):
        return False
    last = name[-1].text.replace(".", "")
    return not (len(name) > 1 and len(last) >= 2 and last.isupper() and last.isalpha()
                and not ROMAN_NUMERAL.match(last))


def called_he_or_she(span: Span) -> bool:
    """'Ramtane Lamamra said both sides had promised ... "Those promises must now be kept," he said': a
    two- or three-word name with no body's word, which the next sentence goes on with as "he" or
    "she", or a later clause of its own sentence does, is a person's, whatever the tagger said (a body
    is "it"); one word too, when it says something ("Vance said ... He added")."""
    doc = span.doc
    verb = span.root.head
    speaker = len(span) == 1 and span.root.dep_ == "nsubj" and verb.lemma_.lower() in SPEECH_VERBS - NARRATING_VERBS \
        and span.start > 0 and doc[span.start - 1].lower_ != "the" and not any(
            t.lower_ in ("it", "its") for t in sentence_of(span[0]))  # "Vance said ... He added"; not "Boeing said it"
    if not (2 <= len(span) <= 3 or speaker) or not all(
            t.pos_ == "PROPN" and t.is_title and t.lower_ not in ORG_HEADS for t in span):
        return False
    if span.root.dep_ not in ("nsubj", "nsubjpass") and not (
            span.root.dep_ == "poss" and span.root.head.dep_ in ("nsubj", "nsubjpass")):
        return False  # (the owner of the subject is the sentence's topic too: "Tamsin Rourke's new novel ... follows")
    end = sentence_of(span[0]).end
    after = sentence_of(doc[end]) if end < len(doc) else None
    rest = doc[span.end:end]  # or a clause after it in its own sentence: "Darnell Price was shot ... after he was
    # pulled over", with no one else named between
    same = next((t for t in rest if t.ent_type_ == "PERSON" or t.lower_ in ("he", "she")), None)
    if same is not None and same.lower_ in ("he", "she") and same.dep_ in ("nsubj", "nsubjpass"):
        return True
    return after is not None and any(t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") and (
        not speaker or t.head.lemma_.lower() in SPEECH_VERBS) for t in after)  # one word: "He added", only


def _untagged_given_name(doc: Doc, i: int) -> bool:
    """A capitalised word between an office or a body's name and a surname is the first name."""
    t, before = doc[i], doc[i - 1]
    return (t.is_title and t.is_alpha and t.pos_ == "PROPN" and not t.ent_type_
            and not is_role_word(t) and t.lower_ not in HONORIFICS and t.lower_ not in ORG_HEADS
            and (before.lower_ in ROLE_HEADS or before.lower_ in ORG_HEADS and before.is_title))


def _before_repeat(doc: Doc, start: int, end: int) -> int:
    """'John Smith Jr. Smith said ...': after an abbreviation's full stop, a word the name already
    holds starts the next sentence the tagger ran on into. Names may repeat a word otherwise
    ("Mohamed El-Hassan Mohamed", "Boutros Boutros-Ghali")."""
    for j in range(start + 1, end):
        after_stop = doc[j - 1].text.endswith(".") and len(doc[j - 1]) > 2  # "Jr.", not the initial "F."
        if after_stop and doc[j].is_title and any(t.text == doc[j].text for t in doc[start:j]):
            return j
    return end


def person_candidate(doc: Doc, start: int, end: int) -> Candidate | None:
    """Peel titles off the front, extend with name particles ('Al Thani'), drop honorifics."""
    sent_start = sentence_of(doc[start]).start
    role = role_before(doc, start, sent_start)
    while start < end - 1 and (doc[start].lower_ in ROLE_HEADS or doc[start].lower_ in ROLE_MODIFIERS):
        start += 1
        role = role_before(doc, start, sent_start) or role
    while start < end - 1 and doc[start].lower_ in HONORIFICS:
        start += 1
    while start - 2 >= sent_start and _untagged_given_name(doc, start - 1):
        start -= 1  # "CEO of the Refugee Council Enver Solomon": the tagger only took "Solomon"
        role = role_before(doc, start, sent_start)
    end = _before_repeat(doc, start, end)
    sent_end = sentence_of(doc[start]).end
    while end + 1 < min(len(doc), sent_end + 1) and doc[end].lower_ in NAME_PARTICLES \
            and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN":
        end += 2
    while end < sent_end and doc[end - 1].lower_ in NAME_PARTICLES and doc[end].is_title:
        end += 1  # "Ursula von der" + "Leyen": a name never ends on a particle
    while end < sent_end and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end \
            and doc[end].is_title and doc[end].pos_ == "PROPN" and doc[end].ent_type_ == "":
        end += 1  # "illustrator Johnnie Christmas": the tagger stops at a surname it knows as a day
    if doc[start].lower_ in ROLE_HEADS or doc[start].is_lower or not _reads_as_personal_name(doc[start:end]):
        return None
    if end + 3 < len(doc) and doc[end].is_quote and doc[end + 2].is_quote and doc[end + 1].is_title \
            and doc[end + 3].is_title and doc[end + 3].pos_ == "PROPN" and doc[end + 3].is_alpha:
        # 'Barry "Butch" Wilmore': a nickname in quotes inside the name, which the tagger cut short
        return Candidate(doc[start:end + 4].text, "PERSON", start, end + 4, role)
    return Candidate(doc[start:end].text, "PERSON", start, end, role)


def split_names(doc: Doc) -> Iterator[tuple[Span, Span]]:
    """'Dries Mertens' as ORG 'Dries' + 'Mertens', or as 'Dries' + PERSON 'Mertens': one person.

    The surname must be labelled a person somewhere in the story; the first name must be a lone
    capitalised word that is no place, title or body.
    """
    surnames = {e.text for e in doc.ents if e.label_ == "PERSON" and len(e) == 1}
    for i in range(len(doc) - 1):
        tok, nxt = doc[i], doc[i + 1]
        if nxt.text not in surnames or not (nxt.is_title and nxt.is_alpha and tok.is_title and tok.is_alpha):
            continue
        lone_org = tok.ent_type_ == "ORG" and tok.ent_iob_ == "B" and nxt.ent_iob_ != "I"
        if not (tok.ent_type_ == "" or lone_org):
            continue  # only a one-word "organisation" can be a split-off first name
        if not (nxt.ent_type_ == "" or nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B"):
            continue
        before = doc[i - 1] if i > 0 else None
        if (tok.pos_ == "PROPN" and state_for(tok.text) is None and tok.lower_ not in ORG_HEADS
                and not is_role_word(tok) and tok.lower_ not in HONORIFICS
                and (before is None or before.lower_ not in TITLE_EDGE_WORDS - {"and"}
                     and not is_role_word(before) and before.ent_type_ != "PERSON")):
            yield doc[i:i + 1], doc[i + 1:i + 2]


def leading_person(doc: Doc, start: int, end: int) -> Candidate | None:
    """'Lydia Buchtmann for Food Standards Australia': a person the tagger put in front of a body."""
    for size in (2, 3):
        k = start + size
        if k + 1 >= end or doc[k].lower_ not in AFFILIATION_PREPOSITIONS:
            continue
        name = doc[start:k]
        if all(t.is_title and t.is_alpha and t.tag_ == "NNP" and t.lower_ not in ORG_HEADS
               and not is_role_word(t) for t in name):
            return Candidate(name.text, "PERSON", start, k)
    return None


def trailing_person(doc: Doc, start: int, end: int) -> Candidate | None:
    """The person's name the tagger glued to an organisation: '... Islamic Relations Alia Salem'."""
    for size in (2, 3):
        k = end - size
        if k - start < 2:
            continue
        name = doc[k:end]
        if (doc[k - 1].lower_ in ORG_HEADS and doc[k - 1].is_title
                and all(t.is_title and t.pos_ == "PROPN" and t.is_alpha for t in name)
                and not any(t.lower_ in ORG_HEADS or is_role_word(t) for t in name)):
            return Candidate(name.text, "PERSON", k, end, role_over(doc, start, k))
    return None


def peers(doc: Doc) -> Iterator[tuple[int, int, int]]:
    """'Lord Falconer of Thoroton, who is steering the bill through the Lords, said ...': a peer's
    title, the name, and the place the title is of, which names no actor. Yields the title's index,
    the name's end and the place's end. An office is no name: 'the Lord Mayor of London'."""
    for t in doc:
        if t.lower_ not in PEERAGE_TITLES or not t.is_title:
            continue
        end = t.i + 1
        while end < min(len(doc), t.i + 3) and doc[end].is_title and doc[end].pos_ == "PROPN" \
                and not is_role_word(doc[end]):
            end += 1
        if end == t.i + 1 or end + 1 >= len(doc) or doc[end].lower_ != "of":
            continue
        place_end = end + 1
        while place_end < len(doc) and doc[place_end].is_title and doc[place_end].pos_ == "PROPN":
            place_end += 1
        if place_end > end + 1:
            yield t.i, end, place_end
