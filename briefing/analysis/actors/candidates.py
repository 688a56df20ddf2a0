"""Candidates: the tagger's names, repaired, plus the names it missed.

spaCy's entities are the raw material, not the answer. Titles are peeled off the front ("Prime
Minister Benjamin Netanyahu" is the person "Benjamin Netanyahu", role "Prime Minister"), a first
name the tagger split off is joined back ("Dries" + "Mertens"), a person glued to a body is cut out
("Lydia Buchtmann for Food Standards Australia"), a name paired with its acronym is one body
whatever the tagger made of it, and names announced by a title or a speech verb are recovered
("..., said curator Ana Ruiz").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from briefing.analysis.actors.filters import Name, rejects_name
from briefing.analysis.actors.model import ENTITY_KINDS, Candidate
from briefing.analysis.actors.names import city_and_region, parenthesised_names, state_for
from briefing.analysis.actors.roles import (
    is_role_word,
    phrase,
    role_apposition,
    role_as_attribute,
    role_as_author,
    role_before,
    role_over,
)
from briefing.analysis.lexicon import (
    AFFILIATION_PREPOSITIONS,
    BODY_TYPE_NOUNS,
    HONORIFICS,
    NAME_EDGE_WORDS,
    NAME_PARTICLES,
    NEWSPAPER_WORDS,
    ORG_HEADS,
    PERSON_WORDS,
    PLACE_DATELINE,
    PLACE_NOUNS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    ROMAN_NUMERAL,
    SPEECH_VERBS,
    STANCE_PREFIXES,
    THING_NOUNS,
    TITLE_EDGE_WORDS,
    TURN_LABEL,
)
from briefing.analysis.sentences import sentence_of
from briefing.article import Article


def skip_block(article: Article, offset: int) -> bool:
    """Bylines, datelines, captions and reference lists name people who are not in the story, nor
    does a place dateline glued to a paragraph's first words ("FLINT, Mich. — Senators ...")."""
    block = article.block_at(offset)
    if block is None:
        return False
    if block.kind == "paragraph" and offset - block.start < 80:  # "JOHNSON: I have lived ...": a turn's label
        glued = PLACE_DATELINE.match(block.text) or TURN_LABEL.match(block.text)
        return glued is not None and offset < block.start + glued.end()
    return block.kind in ("byline", "dateline", "caption", "reference")


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].lower_ in NAME_EDGE_WORDS or doc[start].is_punct):
        start += 1
    # "Pro-Beijing DAB", "Anti-war Coalition X": a stance glued on the front is not the name
    if end - start > 3 and doc[start].lower_ in STANCE_PREFIXES and doc[start + 1].text == "-":
        start += 3
    while end > start and (doc[end - 1].lower_ in NAME_EDGE_WORDS or doc[end - 1].is_punct
                           and doc[end - 1].text not in ".)"):
        end -= 1
    return start, end


def _reads_as_personal_name(name: Span) -> bool:
    """'Doctor Who', 'Batman: Arkham VR', 'IE6': works and products the tagger takes for people."""
    if len(name) == 1 and name[0].is_stop:
        return False
    if any(c.isdigit() for c in name.text) or any(t.lower_ in THING_NOUNS for t in name):
        return False
    last = name[-1].text.replace(".", "")
    return not (len(name) > 1 and len(last) >= 2 and last.isupper() and last.isalpha()
                and not ROMAN_NUMERAL.match(last))


def _named_as_place(doc: Doc, start: int, end: int, label: str, as_person: bool) -> bool:
    """A name the text itself calls a place, whatever the tagger said: "the town of Yeoncheon",
    "the Plains of Arafat", "Evansville, Indiana". A person's name must be one word to qualify."""
    if label not in ("ORG", "PERSON") or as_person and end - start > 1:
        return False
    place_of = start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in PLACE_NOUNS
    return place_of or city_and_region(doc, start, end)


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
    if doc[start].lower_ in ROLE_HEADS or doc[start].is_lower or not _reads_as_personal_name(doc[start:end]):
        return None
    return Candidate(doc[start:end].text, "PERSON", start, end, role)


def _split_names(doc: Doc) -> Iterator[tuple[Span, Span]]:
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


def _leading_person(doc: Doc, start: int, end: int) -> Candidate | None:
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


def _binational_end(doc: Doc, end: int) -> int:
    """'Food Standards Australia New Zealand': a body named for one state runs on into the next
    state's name when nothing parts them; the tagger stops at the first."""
    if end < len(doc) and state_for(doc[end - 1].text) and doc[end - 1].whitespace_ == " " \
            and doc[end].ent_type_ == "GPE" and doc[end].ent_iob_ == "B":
        stop = end + 1
        while stop < len(doc) and doc[stop].ent_iob_ == "I":
            stop += 1
        if state_for(doc[end:stop].text):
            return stop
    return end


def _trailing_person(doc: Doc, start: int, end: int) -> Candidate | None:
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


def _recover_titled_names(doc: Doc, covered: set[int]) -> list[Candidate]:
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


def _recover_bodies(doc: Doc, taken: list[Candidate]) -> list[Candidate]:
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


def _recover_described_people(doc: Doc, taken: list[Candidate]) -> list[Candidate]:
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


def _recover_speakers(doc: Doc, covered: set[int]) -> list[Candidate]:
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


def usual_labels(doc: Doc) -> dict[str, str]:
    """The label the tagger gives a one-word name most often: 'Houston' tagged GPE twice and PERSON
    once is a place; 'Gloria' tagged PERSON twice and ORG once is a person. A tie between a place
    and a body goes to the place: 'in Evansville, Indiana' and 'a resident of Evansville' (ORG)."""
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for ent in doc.ents:
        if len(ent) == 1:
            label = "GPE" if ent.label_ in ("GPE", "LOC", "FAC") else ent.label_
            votes[ent.text][label] += 1
    return {text: max(v, key=lambda k: (v[k], k == "PERSON", k == "GPE")) for text, v in votes.items()}


class _Reader:
    """Reads candidates off the tagger's entities, marking the tokens each candidate covers."""

    def __init__(self, article: Article, doc: Doc) -> None:
        self.article, self.doc = article, doc
        self.usual = usual_labels(doc)
        self.common_words = {t.text for t in doc if t.is_lower and t.is_alpha}
        self.covered: set[int] = set()
        self.out: list[Candidate] = []
        self._body: str | None = None
        self._body_words: set[str] | None = None

    def take(self, cand: Candidate) -> None:
        self.covered.update(range(cand.start, cand.end))
        self.out.append(cand)

    def headline_words(self, start_char: int, ent: Span) -> bool:
        """'Mayor Warns Council Over Budget': in a headline in title case every word is capitalised,
        and the tagger reads names into it. A name there that the body never writes is none."""
        block = self.article.block_at(start_char)
        if block is None or block.kind not in ("title", "subtitle"):
            return False
        words = [w for w in block.text.split() if len(w) > 3 and w[0].isalpha()]
        if not words or sum(w[0].isupper() for w in words) < 0.8 * len(words):
            return False
        body = self.body_text
        if ent.text in body or ent[-1].text in body:
            return False
        # the headline's common words, capitalised only by its style, are written small in the body:
        # "Council", "Budget"; a name the body never writes at all ("Q&A: Maria Gomez ...") is kept
        lowered = self.body_words
        return any(t.lower_ in lowered for t in ent if t.is_alpha)

    @property
    def body_words(self) -> set[str]:
        if self._body_words is None:
            self._body_words = set(re.findall(r"\b[a-z][a-z'’-]*\b", self.body_text))
        return self._body_words

    @property
    def body_text(self) -> str:
        if self._body is None:
            self._body = "\n".join(b.text for b in self.article.blocks if b.kind == "paragraph")
        return self._body

    def paired_with_acronyms(self) -> None:
        """The text pairs a name with its acronym: one organisation, whatever the tagger split it into."""
        for _acr, _name, start_char, end_char in parenthesised_names(self.article):
            span = self.doc.char_span(start_char, end_char) if start_char >= 0 else None
            if span is None or skip_block(self.article, start_char) or len(span) < 2:
                continue
            if not all(t.ent_type_ == "PERSON" for t in span):
                self.take(Candidate(span.text, "ORG", span.start, span.end))

    def split_names(self) -> None:
        for first, surname in _split_names(self.doc):  # "Dries" (ORG) + "Mertens" (PERSON)
            cand = person_candidate(self.doc, first.start, surname.end)
            if cand is not None and not skip_block(self.article, first.start_char):
                self.take(cand)

    def entities(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ not in ENTITY_KINDS or skip_block(self.article, ent.start_char) \
                    or self.headline_words(ent.start_char, ent):
                continue
            if any(i in self.covered for i in range(ent.start, ent.end)):
                continue
            start, end = _trim(self.doc, ent.start, ent.end)
            if start < end:
                self.entity(ent, start, end)

    def entity(self, ent: Span, start: int, end: int) -> None:
        doc, span = self.doc, self.doc[start:end]
        name = Name(doc, span, ent.label_, self.usual.get(span.text, ent.label_) if len(span) == 1 else ent.label_)
        if rejects_name(name) is not None:
            return
        if _named_as_place(doc, start, end, ent.label_, name.as_person) or name.tagged == "ORG" and name.usual == "GPE":
            self.take(Candidate(span.text, "GPE", start, end))  # "the town of Yeoncheon", "Evansville, Indiana"
            return
        if ent.label_ == "PERSON" and len(span) > 1 and span[-1].lower_ in NEWSPAPER_WORDS:
            cand = Candidate(span.text, "ORG", start, end)  # "Edmonton Sun" is a newspaper
        elif name.usual == "PERSON" and start > 0 and doc[start - 1].lower_ in BODY_TYPE_NOUNS:
            cand = Candidate(span.text, "ORG", start, end)  # "localist group Civic Passion"
        elif name.as_person:
            cand = self.person(start, end)
        elif rejects_name(name, body=True) is None:
            cand = self.body(ent, start, end)
        else:
            cand = None
        if cand is not None and any(c.isalpha() for c in cand.name) and not cand.name.islower():
            self.take(cand)

    def person(self, start: int, end: int) -> Candidate | None:
        cand = person_candidate(self.doc, start, end)
        if cand is None or cand.end - cand.start == 1 and self.doc[cand.start].lower_ in self.common_words:
            return None  # "Iodine", "Homeopathy": the story also writes it as a common word
        if cand.role is None:
            span = self.doc[cand.start:cand.end]
            cand.role = (role_apposition(self.doc, span) or role_as_author(self.doc, span)
                         or role_as_attribute(self.doc, span))
        return cand

    def body(self, ent: Span, start: int, end: int) -> Candidate | None:
        doc = self.doc
        if ent.label_ == "ORG":
            person = _trailing_person(doc, start, end)
            if person is not None:
                self.take(person)
                end = person.start
            person = _leading_person(doc, start, end)
            if person is not None:
                self.take(person)
                start = person.end + 1  # past "for" / "from" / "at"
            end = _binational_end(doc, end)
        return Candidate(doc[start:end].text, ent.label_, start, end)

    def recovered(self) -> list[Candidate]:
        found = [c for c in _recover_titled_names(self.doc, self.covered) + _recover_speakers(self.doc, self.covered)
                 + _recover_bodies(self.doc, self.out) + _recover_described_people(self.doc, self.out)
                 if not skip_block(self.article, self.doc[c.start].idx)
                 and not self.headline_words(self.doc[c.start].idx, self.doc[c.start:c.end])]
        out = self.out
        for cand in found:  # a recovered name swallows the stray NORP it contained ("Albanese")
            out = [c for c in out if c.end <= cand.start or c.start >= cand.end]
        return out + found


def candidates(article: Article, doc: Doc) -> list[Candidate]:
    """Every name that may be an actor, in the order the repairs find them."""
    reader = _Reader(article, doc)
    reader.paired_with_acronyms()
    reader.split_names()
    reader.entities()
    return reader.recovered()
