"""Candidates: the tagger's names, repaired, plus the names it missed.

spaCy's entities are the raw material, not the answer. This module reads them off: a name the text
calls a place is one whatever the tagger said ("Evansville, Indiana", "the Plains of Arafat"), a
body named for two states is not cut at the first ("Food Standards Australia New Zealand"), a
title-case headline's words are no name, and a name paired with its acronym is one body whatever
the tagger made of it. People's names are repaired in `person_names.py` ("Prime Minister Benjamin Netanyahu"
is "Benjamin Netanyahu", role "Prime Minister"); names it missed, in `recovery.py` ("said curator Ana Ruiz").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from briefing.analysis.actors.acronyms import parenthesised_names, untagged_acronym
from briefing.analysis.actors.body_names import (
    recover_acronym_bodies,
    recover_bodies,
    recover_called_campaigns,
    recover_described_bodies,
    recover_for_names,
    recover_introduced_bodies,
    recover_known_bodies,
    recover_member_bodies,
    recover_to_names,
)
from briefing.analysis.actors.edges import binational_end, hyphened_end, listed_remit_end, trim
from briefing.analysis.actors.filters import Name, rejects_name
from briefing.analysis.actors.joined_names import rejoined, two_bodies
from briefing.analysis.actors.kinds import aged, institution_that_acts, listed_with_a_body
from briefing.analysis.actors.model import ENTITY_KINDS, Candidate
from briefing.analysis.actors.names import city_and_region, state_for
from briefing.analysis.actors.person_names import (
    called_he_or_she,
    leading_person,
    peers,
    person_candidate,
    split_names,
    trailing_person,
)
from briefing.analysis.actors.recovery import (
    called_a_body,
    called_a_person,
    recover_answer_labels,
    recover_described_people,
    recover_given_names,
    recover_headline_speaker,
    recover_speakers,
    recover_titled_names,
    recover_untagged_people,
)
from briefing.analysis.actors.roles import contrasted, role_apposition, role_as_attribute, role_as_author
from briefing.analysis.actors.titles import headline_verb
from briefing.analysis.actors.turn_names import people_by_initials
from briefing.analysis.actors.usual_labels import called_it, usual_labels
from briefing.analysis.lexicon import (
    BODY_HEADS,
    BODY_ROLE_HEADS,
    BODY_TYPE_NOUNS,
    CAMPAIGN_NOUNS,
    CORPORATE_SUFFIXES,
    FIRM_ROLES,
    HONORIFICS,
    HOST_LINE,
    LOCAL_GOVERNMENT_NOUNS,
    MILITARY_RANKS,
    NEWSPAPER_WORDS,
    OF_A_PLACE,
    ORG_HEADS,
    PARTY_TAG,
    PLACE_DATELINE,
    PLACE_NOUNS,
    ROLE_HEADS,
    SPEECH_VERBS,
    TURN_LABEL,
)
from briefing.analysis.quote_marks import quoted
from briefing.article import Article


def skip_block(article: Article, offset: int) -> bool:
    """Bylines, datelines, captions and reference lists name people who are not in the story, nor
    does a place dateline glued to a paragraph's first words ("FLINT, Mich. — Senators ...") or a
    transcript's host line ("LEILA FADEL, HOST:")."""
    block = article.block_at(offset)
    if block is None:
        return False
    if block.kind == "paragraph" and offset - block.start < 80:  # "JOHNSON: I have lived ...": a turn's label
        glued = PLACE_DATELINE.match(block.text) or TURN_LABEL.match(block.text) or HOST_LINE.match(block.text)
        return glued is not None and offset < block.start + glued.end()
    return block.kind in ("byline", "dateline", "caption", "reference", "furniture")


def _named_as_place(doc: Doc, start: int, end: int, label: str, as_person: bool) -> bool:
    """A name the text itself calls a place, whatever the tagger said: "the town of Yeoncheon",
    "the Plains of Arafat", "mayor of Oakridge", "the people of Algemesí", "Valencia's flood-hit towns",
    "Evansville, Indiana". A person's name must be one word."""
    if label not in ("ORG", "PERSON") or as_person and end - start > 1:
        return False
    place_of = start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in PLACE_NOUNS | OF_A_PLACE
    last = doc[end - 1]  # "Valencia's flood-hit towns": whose towns are a place's (a state is a person's, too)
    towns = last.dep_ == "poss" and last.head.lemma_.lower() in PLACE_NOUNS - {"state"}
    return place_of or towns or city_and_region(doc, start, end)


def _body_named_for_state(doc: Doc, start: int, end: int) -> bool:
    """'Age UK launched a petition': a state's name closing a name glued to it (the word before is
    a proper noun the parser hangs on the state, no name or title of its own) is a body's."""
    if start == 0 or state_for(doc[start:end].text) is None:
        return False
    before = doc[start - 1]
    if before.is_sent_start and before.lower_.endswith(("ing", "ed")):
        return False  # "Neighbouring South Africa closed its border": a participle capitalised to open a sentence
    return (before.pos_ == "PROPN" and before.is_title and before.dep_ == "compound" and start <= before.head.i < end
            and before.ent_type_ == "" and before.lower_ not in ROLE_HEADS and before.lower_.rstrip(".") not in HONORIFICS
            and state_for(doc[start - 1:end].text) is None)


def _titled_body(doc: Doc, start: int, end: int, label: str) -> bool:
    """'German Chancellor Olaf Scholz' with 'Olaf Scholz' tagged a body: after a title, two or three
    capitalised words with no body's word among them are a person's name."""
    title = doc[start - 1] if start > 0 else None
    # "Republican presidential candidate Nikki Haley": an office written small names a person too; a
    # firm's role does not ("auditor Deloitte", "owner Meta")
    return (label == "ORG" and title is not None and title.lower_ in ROLE_HEADS
            and (title.is_title or title.is_upper or title.is_lower and title.lower_ not in FIRM_ROLES)
            and 2 <= end - start <= 3 and all(t.is_title and t.pos_ == "PROPN" and t.lower_ not in ORG_HEADS
                                             for t in doc[start:end]))


def _after_inner_title(doc: Doc, start: int, end: int, label: str) -> int | None:
    """Where the name starts after a title the tagger put inside a body's name: 'Councilwoman Tiffany
    Cabán', or with the party first, 'asked by the Labour MP Clive Lewis'."""
    if any(t.lower_.rstrip(".") in CORPORATE_SUFFIXES for t in doc[start:end]):
        return None
    for named in (start + 1, start + 2):  # the title is the word before the name
        if named < end and all((t.is_title or t.is_upper) and t.lower_ not in ORG_HEADS | MILITARY_RANKS
                               for t in doc[start:named]) and _titled_body(doc, named, end, label):
            return named
    return None


def _speaks(ent: Span) -> bool:
    """The subject of a speech verb: places do not speak, bodies do."""
    root = ent.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS


def _body_with_an_office(span: Span) -> bool:
    """'said Therese Chambers, the regulator's joint executive director', 'Its leader, Santiago Abascal,': a two-
    or three-word name tagged a body, with no body's word in it, in apposition with a person's office."""
    if not 2 <= len(span) <= 3 or not all(
            t.pos_ == "PROPN" and t.is_title and t.lower_ not in ORG_HEADS | BODY_HEADS for t in span):
        return False
    root = span.root
    offices = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end and not contrasted(c)] \
        + [root.head] * (root.dep_ == "appos")
    return any(c.lemma_.lower() in ROLE_HEADS - BODY_ROLE_HEADS for c in offices)


class _Reader:
    """Reads candidates off the tagger's entities, marking the tokens each candidate covers."""

    def __init__(self, article: Article, doc: Doc) -> None:
        self.article, self.doc = article, doc
        self.usual = usual_labels(article, doc)
        self.common_words = {t.text for t in doc if t.is_lower and t.is_alpha}
        self.covered: set[int] = set()
        self.out: list[Candidate] = []
        self.party_tags = {m.start(): m.group() for m in PARTY_TAG.finditer(article.text)}
        self._in_tags = {i for start, tag in self.party_tags.items() for i in range(start, start + len(tag))}
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
        if ent.start > 0 and self.doc[ent.start - 1].text == "," and ent[0].lower_.endswith("ing") and len(ent[0]) > 5:
            return True  # "Judge Blocks Ban, Citing Privacy Clause": a participle's clause after a comma
        if len(ent) > 1 and ent[0].lower_.endswith("s") and headline_verb(ent[0].lower_):
            return True  # "Governor Slams Legislature as Budget Deadline Passes": the headline's verb and object
        body = self.body_text

        def written(words: str) -> bool:  # as a word: "Ship" is not written in "Shipping giants"
            return re.search(rf"(?<![\w'’-]){re.escape(words)}(?![\w'’-])", body) is not None

        if written(ent.text):
            return False
        if written(ent[-1].text):  # "Appeals Court Rejects Trump's Claim": the body writes "Trump", never
            return any(t.is_alpha and t.is_title and not written(t.text) for t in ent[:-1])  # "Rejects"
        if any(written(t.text) for t in ent[:-1] if t.is_alpha and t.text[:1].isupper()):
            return True  # "Whitmer Rival Calls Ad ...": the body's "Whitmer" with a headline word glued on
        # the headline's common words, capitalised only by its style, are written small in the body:
        # "Council", "Budget"; a name the body never writes at all ("Q&A: Maria Gomez ...") is kept
        lowered = self.body_words  # in any inflection: "Signature" is the body's "signatures", "Press" its "pressed"
        return any({t.lower_, t.lower_ + "s", t.lower_.removesuffix("s"), t.lower_ + "ed", t.lower_ + "d"} & lowered
                   for t in ent if t.is_alpha)

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
        for acr, _name, start_char, end_char in parenthesised_names(self.article):
            for i in untagged_acronym(self.doc, acr):
                self.take(Candidate(acr, "ORG", i, i + 1))  # "We want to remind ECOWAS ..."
            span = self.doc.char_span(start_char, end_char) if start_char >= 0 else None
            if span is None or skip_block(self.article, start_char) or len(span) < 2:
                continue
            if not all(t.ent_type_ == "PERSON" for t in span):
                self.take(Candidate(span.text, "ORG", span.start, span.end))

    def split_names(self) -> None:
        for first, surname in split_names(self.doc):  # "Dries" (ORG) + "Mertens" (PERSON)
            cand = person_candidate(self.doc, first.start, surname.end)
            if cand is not None and not skip_block(self.article, first.start_char) \
                    and not self.headline_words(first.start_char, self.doc[first.start:surname.end]):
                self.take(cand)

    def peers(self) -> None:
        for title, end, place_end in peers(self.doc):
            cand = person_candidate(self.doc, title, end)
            if cand is not None and not skip_block(self.article, self.doc[title].idx):
                self.take(cand)
                self.covered.update(range(title, place_end))  # "of Thoroton" is part of the title

    def entities(self) -> None:
        for ent in rejoined(self.doc):
            if ent.label_ == "LOC" and _speaks(ent):  # "Southern Sea Links said ...": a body, tagged a location
                ent = Span(self.doc, ent.start, ent.end, label="ORG")
            if ent.label_ == "FAC" and institution_that_acts(self.doc, ent.text):  # "Hamerton Zoo Park ... the zoo"
                ent = Span(self.doc, ent.start, ent.end, label="ORG")
            if ent.label_ == "WORK_OF_ART" and len(ent) > 1 and ent[-1].lower_ in BODY_HEADS | ORG_HEADS \
                    and not quoted(self.doc, ent.start_char):  # "International Longshoremen's Association"
                ent = Span(self.doc, ent.start, ent.end, label="ORG")  # is a body, not a title
            if ent.label_ not in ENTITY_KINDS or skip_block(self.article, ent.start_char) \
                    or self.headline_words(ent.start_char, ent):
                continue
            if any(i in self.covered for i in range(ent.start, ent.end)) or ent.start_char in self._in_tags:
                continue  # "R-Ga." is a senator's party and state, not a place that acts
            if any(t.is_space and "\n" in t.text for t in ent):
                continue  # a name never runs over a line break: "the Opposition\n\n"
            start, end = trim(self.doc, ent.start, ent.end)
            if ent.label_ == "PERSON":
                end = hyphened_end(self.doc, start, end)
            parts = two_bodies(self.doc, start, end) if ent.label_ == "ORG" else [(start, end)]
            for part_start, part_end in parts:
                if part_start < part_end:
                    self.entity(Span(self.doc, part_start, part_end, label=ent.label_), part_start, part_end,
                                split=len(parts) > 1)

    def entity(self, ent: Span, start: int, end: int, split: bool = False) -> None:
        doc, span = self.doc, self.doc[start:end]
        # one word, or a turn's name; a body split from "Coles and Woolworths" stays a body, however the tagger
        # read the word alone
        name = Name(doc, span, ent.label_, ent.label_ if split else self.usual.get(span.text, ent.label_))
        if rejects_name(name) is not None:
            return
        governs = end - start > 2 and span[0].lower_ in LOCAL_GOVERNMENT_NOUNS and span[1].lower_ == "of"
        if ent.label_ in ("GPE", "LOC") and (governs or end - start > 1 and span[-1].lower_ in BODY_HEADS):
            # "the Municipality of Bogliasco", "West Yorkshire Police": a body, whatever the tag
            self.take(Candidate(span.text, "ORG", start, end))
            return
        if ent.label_ in ("GPE", "LOC", "ORG", "NORP") and aged(doc, end):
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                    and doc[start - 1].ent_type_ == "" and doc[start - 1].head.i in range(start, end):
                start -= 1  # "Mother-of-three Shazia Begum, 38, said": the untagged first name too
            if (cand := self.person(start, end)) is not None:
                self.take(cand)
            return
        if ent.label_ == "GPE" and _body_named_for_state(doc, start, end) and not self.headline_words(
                doc[start - 1].idx, doc[start - 1:end]):  # "Age UK, the charity"; not "Envoy Urges Sudan's Sides"
            self.take(Candidate(doc[start - 1:end].text, "ORG", start - 1, end))
            return
        if _named_as_place(doc, start, end, ent.label_, name.as_person) or name.tagged == "ORG" and name.usual == "GPE":
            self.take(Candidate(span.text, "GPE", start, end))  # "the town of Yeoncheon", "Evansville, Indiana"
            return
        if ent.label_ == "PERSON" and (len(span) > 1 and span[-1].lower_ in NEWSPAPER_WORDS
                                       or len(span) == 1 and name.usual == "ORG" and called_it(doc, span.text)):
            cand = Candidate(span.text, "ORG", start, end)  # "Edmonton Sun" is a newspaper; "Ryanair", usually a
            # body, is one where it is tagged a person too
        elif name.usual == "PERSON" and (start > 0 and doc[start - 1].lower_ in BODY_TYPE_NOUNS or end < len(doc)
                                         and doc[end].lower_ in BODY_TYPE_NOUNS and span.root.head.i == end):
            cand = Candidate(span.text, "ORG", start, end)  # "localist group Civic Passion", "the ruling Frelimo
            # party"
        elif name.as_person and (called_a_body(span.root, span.end) or listed_with_a_body(span)):
            cand = Candidate(span.text, "ORG", start, end)  # "Healthwatch, a patients' watchdog, warned"
        elif (named := _after_inner_title(doc, start, end, ent.label_)) is not None:
            cand = self.person(named, end)  # "Councilwoman Tiffany Cabán", "the Labour MP Clive Lewis", title and
            # all tagged a body
        elif name.as_person or _titled_body(doc, start, end, ent.label_) or ent.label_ == "ORG" and (
                _body_with_an_office(span) or called_a_person(span.root, span.end) or called_he_or_she(span)):
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
            person = trailing_person(doc, start, end)
            if person is not None:
                self.take(person)
                end = person.start
            person = leading_person(doc, start, end)
            if person is not None:
                self.take(person)
                start = person.end + 1  # past "for" / "from" / "at"
            end = binational_end(doc, end)
            end = listed_remit_end(doc, start, end)
            if start >= 2 and doc[start - 1].lower_ in ("for", "against") and doc[start - 2].is_title \
                    and doc[start - 2].lower_ in ORG_HEADS | CAMPAIGN_NOUNS and doc[start - 2].ent_type_ == "":
                start -= 2  # "Campaign for Better Transport said ...": the tagger left the body's first words out
            if end - start >= 3 and doc[end - 1].lower_ in ROLE_HEADS - ORG_HEADS and doc[end - 2].lower_ in ORG_HEADS | BODY_HEADS:
                end -= 1  # "The Metropolitan Police Commissioner, Sir Mark Rowley": the body is the police
        return Candidate(doc[start:end].text, ent.label_, start, end)

    def recovered(self) -> list[Candidate]:
        found = [c for c in recover_titled_names(self.doc, self.covered) + recover_speakers(self.doc, self.covered)
                 + recover_introduced_bodies(self.doc, self.covered) + recover_given_names(self.doc, self.covered)
                 + recover_acronym_bodies(self.doc, self.covered) + recover_for_names(self.doc, self.covered)
                 + recover_known_bodies(self.doc, self.covered) + recover_member_bodies(self.doc, self.covered)
                 + recover_bodies(self.doc, self.out)
                 + recover_described_people(self.doc, self.out) + recover_untagged_people(self.doc, self.covered) if not skip_block(self.article, self.doc[c.start].idx)
                 and not self.headline_words(self.doc[c.start].idx, self.doc[c.start:c.end])]
        found += recover_described_bodies(self.doc, self.covered)  # "Junts, Puigdemont's party, said"
        named_for = recover_to_names(self.doc) + [  # "Wyoming Right to Life said", however the tagger cut it
            c for c in recover_called_campaigns(self.doc) if not self.headline_words(self.doc[c.start].idx,
                                                                                      self.doc[c.start:c.end])]
        found = [c for c in found if not any(c.start < n.end and n.start < c.end for n in named_for)] + named_for
        found += recover_answer_labels(self.article, self.doc, self.covered)  # a turn's label, yet a name
        found += recover_headline_speaker(self.article, self.doc, self.covered)  # "Nadia Haddad: 'I ...'"
        found = [c for c in found if self.doc[c.start].idx not in self._in_tags]  # "R-Queen Creek" is a home town
        out = self.out
        for cand in found:  # a recovered name swallows the stray NORP it contained ("Albanese")
            out = [c for c in out if c.end <= cand.start or c.start >= cand.end]
        return out + found


def _with_party_tags(doc: Doc, cands: list[Candidate], tags: dict[int, str]) -> None:
    """'Sen. Chuck Schumer, D-N.Y., said': the party and home state US news writes after a member of
    Congress is part of the role ("Senate Majority Leader, D-N.Y.") and makes the person American."""
    for cand in cands:
        if cand.label != "PERSON" or cand.end >= len(doc):
            continue
        after = doc[cand.end - 1].idx + len(doc[cand.end - 1].text)
        tag = next((tags[after + gap] for gap in (2, 1) if after + gap in tags
                    and doc.text[after:after + gap] in (", ", " (", ",", "(")), None)
        if tag is not None:
            cand.role = f"{cand.role}, {tag}" if cand.role else tag


def candidates(article: Article, doc: Doc) -> list[Candidate]:
    """Every name that may be an actor, in the order the repairs find them."""
    reader = _Reader(article, doc)
    reader.paired_with_acronyms()
    reader.split_names()
    reader.peers()
    reader.entities()
    found = reader.recovered()
    _with_party_tags(doc, found, reader.party_tags)
    people_by_initials(article, found)  # "AO: When I was six.": Ama Owusu, whom the tagger took for a body
    return found
