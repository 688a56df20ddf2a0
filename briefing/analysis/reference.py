"""Who a phrase stands for: noun phrases, pronouns and bare definite nouns.

Quotes and pressure both need "the official added" to mean the earlier "a senior Israeli official"
and "he" to mean the last man named; one resolver serves both.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from briefing.analysis.actors import Actor, ActorKind, MentionIndex, NameIndex
from briefing.analysis.gender import gender_of
from briefing.analysis.lexicon import (
    ACTING_BODY_NOUNS,
    AD_NOUNS,
    BODY_HEADS,
    DOCUMENT_NOUNS,
    EXTRAPOSING_ADJECTIVES,
    INDEFINITE_ARTICLES,
    ISSUED_NOUNS,
    NAMING_VERBS,
    NEW_HOLDER_WORDS,
    ORG_HEADS,
    OTHER_OFFICE_WORDS,
    PARTY_MEMBER_WORDS,
    PARTY_TAG,
    PRONOUN_GENDER,
    RELATIVE_PRONOUNS,
    ROLE_HEADS,
    STATE_ANAPHORS,
)
from briefing.analysis.phrases import before_clause, former_holder, noun_phrase, objects_of, partitive
from briefing.analysis.pronouns import PronounReading, Reference
from briefing.analysis.subjects import antecedent, epithet, subject_of, subject_set_off
from briefing.article import Article

_LOOKBACK = 3000  # tokens: an antecedent further back than this is not what a reader connects


def _after_owner(tok: Token) -> int:
    """Where a phrase starts once its owner is left out: "Puigdemont's party" starts at "party"."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    return tok.left_edge.idx if poss is None else poss.right_edge.idx + len(poss.right_edge)



def _whole_name(phrase: Span, person: Actor) -> str:
    """'said Mark van den Oever': the person's whole name where the parser broke it at its particles into a
    one-word phrase; else the phrase."""
    if len(phrase) == 1 and phrase.doc.text.startswith(person.name, phrase.start_char):
        return person.name
    return phrase.text.strip()

class Resolver(PronounReading):
    """Turns a subject token into (speaker text, actor): the words a reader would quote as the
    speaker, and the actor they stand for (pronouns in `pronouns.py`)."""

    def __init__(self, article: Article, doc: Doc, actors: list[Actor]) -> None:
        self.article, self.doc, self.actors = article, doc, actors
        self.mentions = MentionIndex(actors)
        self.names = NameIndex(actors)
        self._genders: dict[int, str | None] = {}
        self._role_words: dict[str, list[Actor]] | None = None

    def gender(self, actor: Actor) -> str | None:
        if actor.id not in self._genders:
            people = [span for other in self.actors if other.kind == ActorKind.PERSON and other is not actor
                      for span in other.spans]
            self._genders[actor.id] = gender_of(actor, self.article, people)
        return self._genders[actor.id]

    def _stands_for(self, subj: Token) -> Token | None:
        """The word a subject stands in for: a relative pronoun's antecedent, a description's named
        person ("Feargal Sharkey, the former Undertones singer who has campaigned"), a statement's issuer."""
        doc = self.doc
        if subj.lower_ in RELATIVE_PRONOUNS and subj.head.dep_ == "relcl":
            noun = antecedent(subj)
            while noun.dep_ == "appos" and PARTY_TAG.fullmatch(
                    doc[noun.left_edge.i:noun.i + 1].text):
                noun = noun.head  # "Greene, R-Ga., who has called for ...": Greene
            if noun.dep_ == "oprd" and noun.head.dep_ == "acl" and noun.head.lemma_.lower() in NAMING_VERBS:
                noun = noun.head.head  # "a spot titled 'Open Borders Ruben,' which accuses": the spot, not its title
            if noun.lemma_.lower() in AD_NOUNS and noun.dep_ == "dobj" and (runner := subject_of(noun.head)) is not None:
                return runner  # the campaign that released the spot speaks in it
            return noun
        if subj.dep_ == "appos" and subj.pos_ == "NOUN" and subj.head.pos_ == "PROPN" and (self._person_overlapping(
                subj.head.idx, subj.head.idx + len(subj.head)) or self._body_named(subj.head)) \
                and subject_set_off(subj.head, subj.head.head) is None:
            return subj.head  # but not "..., Michael O'Leary, the regulator said": the regulator speaks
        if subj.lemma_.lower() in ISSUED_NOUNS | AD_NOUNS:  # "A new spot from the Senate Leadership Fund ... says"
            by = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
            owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            return owner or next((c for c in subj.children if c.dep_ == "poss"), None)
        return None

    def _body_named(self, tok: Token) -> bool:
        """'Fair Schools Kansas, a coalition of 74 districts that has sued the state': a body's name, which
        the description in apposition stands for."""
        actor = self.mentions.covering(tok.idx)
        return actor is not None and actor.kind == ActorKind.ORGANIZATION

    def resolve(self, subj: Token) -> Reference:
        doc = self.doc
        if _expletive(subj):
            return subj.text, None  # "It is simply wrong to charge people ...": no one
        if subj.lower_ in PRONOUN_GENDER:
            return self._pronoun(subj, PRONOUN_GENDER[subj.lower_])
        if (stand_in := self._stands_for(subj)) is not None:
            return self.resolve(stand_in)
        phrase = noun_phrase(doc, subj)
        # A named person inside the phrase or its apposition speaks for it:
        # "His father Mohamed El-Hassan Mohamed", "the secretary general of CEI, Nunzio Galantino",
        # "a spokeswoman for Acme, Jane Doe". A person named in a possessive is someone else:
        # "Senator Ann Smith's communications director" is not Ann Smith.
        # (not one the parser hung after a clause: "an ad titled ..., which accuses her opponent, Rep. Ruben
        # Gallego," is no Gallego)
        clauses = [c.i for c in subj.children if c.dep_ == "relcl" and c.i > subj.i]
        appositions = [c for c in subj.children if c.dep_ == "appos" and not any(k < c.i for k in clauses)] + [
            a for prep in subj.children if prep.dep_ == "prep" for pobj in prep.children if pobj.dep_ == "pobj"
            for a in pobj.children if a.dep_ == "appos"]
        appositions += [n for a in appositions if a.pos_ == "NOUN" for n in a.children if n.dep_ == "appos"
                        and n.pos_ == "PROPN"]  # "One patient, 64-year-old grandmother Pauline Webb, said"
        # the apposition's own words, not a relative clause on it ("Josh Shapiro, who introduced Harris,")
        # and only a name: "doctors ..., the longest strike in the history of the NHS" are not the NHS
        end = max([phrase.end_char] + [before_clause(c) for c in appositions if c.pos_ == "PROPN"])
        poss = next((c for c in subj.children if c.dep_ == "poss"), None)
        begin = max(phrase.start_char, poss.right_edge.idx + len(poss.right_edge)) if poss is not None \
            else phrase.start_char
        represented = self._represented(subj)  # "a spokesperson for Sen. Joe Manchin" is not the senator
        named = [p for a in appositions if (p := self._person_overlapping(_after_owner(a), a.idx + len(a)))
                 is not None and p not in represented]  # "A spokesperson for Johnson, Raj Shah,": Shah; not
        # "Junts, Puigdemont's party,": the owner is someone else
        person = self._person_overlapping(subj.idx, subj.idx + len(subj)) or (named[0] if named else None) or (
            self._unowned_person(subj, begin, end))
        if person in represented:
            person = None
        if person is None and subj.pos_ == "NOUN" and (titled := self._titled_name_at_end(subj)) not in represented:
            person = titled  # not "A spokesman for Senate Majority Leader John Thune": the leader he speaks for
        if person is not None:
            return _whole_name(phrase, person), person
        if (part := partitive(subj)) is not None:
            return phrase.text.strip(), self.resolve(part)[1]  # "Several of Nimbus's customers": not Nimbus
        # "The Internet security firm Secunia.com, has said": the name in apposition is the body
        # a mention that holds the head: "The teachers' unions" is one mention, possessive and all
        named_body = next((b for a in appositions if a.pos_ == "PROPN" and (b := self.mentions.covering(a.idx))
                           is not None and b.kind == ActorKind.ORGANIZATION), None)  # "the peacekeeping force
        # in Lebanon, UNIFIL, said": the body named beside it, not the place inside it
        own = self.mentions.covering(subj.idx)
        own_body = own if own is not None and own.kind == ActorKind.ORGANIZATION else None  # "The Law Society
        # of Kenya said": the society, not the place its name ends on
        actor = self._chapter_of(subj) or self._body_of(subj) or self.mentions.at(subj.idx, subj.idx + len(subj)) \
            or named_body or own_body or self.mentions.at(begin, end) or own
        det = phrase[0].lower_ if len(phrase) else ""
        if actor is None:
            actor = self._state_owner(subj) or self._body_spoken_for(subj) or self._state_organ(subj)
        if actor is None and det == "the":
            earlier = self._named_before(subj, phrase.text.strip())
            if earlier is not None:
                return earlier
        if actor is None and subj.pos_ == "NOUN":
            actor = self._holder_of(subj)
        if actor is None and epithet(subj) and (described := self._previous_subject(subj, "person")) is not None:
            return phrase.text.strip(), described[1]  # "Lord Falconer ... said ... The former lord chancellor warned"
        if actor is None:
            actor = self.names.find(phrase.text)
        if actor in represented or former_holder(subj) and actor is not None and actor.kind != ActorKind.PERSON:
            actor = None  # a description built on another person's name is someone else; "a former White
            # House adviser" no longer speaks for the White House
        text = phrase.text.strip()
        return text or None, actor

    def _holder_of(self, subj: Token) -> Actor | None:
        """'His father said ...': the one person the text gave that role ('Mohamed El-Hassan
        Mohamed', role 'father'), never the possessor ('his' is the boy), and never for a plural; of
        several, the one named last before."""
        if self._role_words is None:  # each word of each person's role, once per article
            self._role_words = {}
            for a in self.actors:
                if a.kind == ActorKind.PERSON and a.role:
                    for word in set(re.findall(r"[a-z]+", a.role.lower())):
                        self._role_words.setdefault(word, []).append(a)
        if subj.lemma_.lower() not in ROLE_HEADS or subj.tag_ in ("NNS", "NNPS"):
            return None  # "Kittredge's campaign" is not his "campaign spokeswoman": only an office names its holder
        holders = self._role_words.get(subj.lemma_.lower(), [])
        if any(c.dep_ in ("det", "nummod") and c.lower_ in NEW_HOLDER_WORDS for c in subj.children):
            # someone new: "A spokesperson for Water UK said" is not the party's spokesperson named before;
            # "A federal judge on Tuesday blocked ..." is the judge the story names after
            holders = [a for a in holders if min(s for s, _ in a.spans) > subj.idx]
        # "union leaders" and "the union leader" are not the "Senate Minority Leader": a noun that narrows
        # the office must be in the holder's role too
        narrowing = {c.lower_ for c in subj.children if c.dep_ == "compound" and c.pos_ == "NOUN"}
        holders = [a for a in holders if narrowing <= set(re.findall(r"[a-z]+", (a.role or "").lower()))]
        # nor is "the health secretary" the "shadow health secretary": a word that makes another office
        said = {c.lower_ for c in subj.lefts}
        holders = [a for a in holders if set(re.findall(r"[a-z]+", (a.role or "").lower())) & OTHER_OFFICE_WORDS <= said]
        if len(holders) <= 1:
            return holders[0] if holders else None
        # two senators named: "the senator" is the one a reader met last ("Sen. Chris Murphy, D-Conn., ...
        # defended it. '...,' the senator said.")
        last = {a.id: max((s for s, _ in a.spans if s < subj.idx), default=-1) for a in holders}
        nearest = sorted(holders, key=lambda a: -last[a.id])
        return nearest[0] if last[nearest[0].id] > last[nearest[1].id] >= -1 and last[nearest[0].id] >= 0 else None

    def _state_owner(self, subj: Token) -> Actor | None:
        """'the country's military', 'the nation's government': the state last named before."""
        owner = next((c for c in subj.children if c.dep_ == "poss"), None)
        if owner is None or owner.lemma_.lower() not in STATE_ANAPHORS or not any(
                c.lower_ == "the" for c in owner.children):
            return None
        return next((a for _, a in self.mentions.before(owner.idx) if a.kind == ActorKind.PLACE), None)

    def _chapter_of(self, subj: Token) -> Actor | None:
        """'Amnesty International Kenya said': a body's national chapter speaks for the body, not the
        state that closes its name."""
        if subj.ent_type_ != "GPE":
            return None
        return next((body for c in subj.children if c.dep_ == "compound" and c.i < subj.i
                     and (body := self.mentions.covering(c.idx)) is not None
                     and body.kind == ActorKind.ORGANIZATION), None)

    def _body_of(self, subj: Token) -> Actor | None:
        """'The Taiwan affairs office of the State Council said': an office of a body speaks for the
        body, whatever place names its remit."""
        if subj.pos_ != "NOUN" or subj.lemma_.lower() not in BODY_HEADS | ORG_HEADS:
            return None
        return self._covering(objects_of(subj, ("of",)), ActorKind.ORGANIZATION)

    def _state_organ(self, subj: Token) -> Actor | None:
        """'Taiwan's defense ministry said': a state's organ, unnamed, speaks for the state ('Spain's sports
        minister' is a person)."""
        owner = next((c for c in subj.children if c.dep_ == "poss"), None)
        if owner is None or subj.lemma_.lower() not in ACTING_BODY_NOUNS or subj.lemma_.lower() in ROLE_HEADS:
            return None
        return self._covering([owner], ActorKind.PLACE)

    def _body_spoken_for(self, subj: Token) -> Actor | None:
        """'A spokesperson for Water UK, which represents the industry, said ...': unnamed, the
        spokesperson is the body's voice. A person they work for is not (see `_represented`)."""
        if subj.lemma_.lower() not in ROLE_HEADS:
            return None
        owners = objects_of(subj, ("for",))
        owners += [c for c in subj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]  # "a No 10 spokesperson"
        return self._covering(owners, ActorKind.ORGANIZATION)

    def _covering(self, tokens: list[Token], kind: ActorKind) -> Actor | None:
        """The first actor of this kind that one of the tokens names."""
        return next((actor for tok in tokens if (actor := self.mentions.covering(tok.idx)) is not None
                     and actor.kind == kind), None)

    def _represented(self, subj: Token) -> set[Actor]:
        """The people a description works for: 'a spokesperson for Sen. Joe Manchin', 'an aide to
        the governor'. A name in apposition after them is the speaker's own ('..., Jane Doe')."""
        found = set()
        for pobj in objects_of(subj, ("for", "to")):
            who = self._person_overlapping(pobj.left_edge.idx, pobj.idx + len(pobj))
            if who is not None:
                found.add(who)
        return found

    def _person_overlapping(self, start: int, end: int) -> Actor | None:
        return self.mentions.overlapping(start, end, kind=ActorKind.PERSON)

    def _unowned_person(self, subj: Token, begin: int, end: int) -> Actor | None:
        """A person named in the phrase, not as the owner of something in it: "12 members of Yoon's own
        People Power Party (PPP)" are not Yoon."""
        person = self._person_overlapping(begin, end)
        reach = self.doc.char_span(begin, end, alignment_mode="expand")
        owners = [t for t in reach or () if t.dep_ == "poss" and t.i != subj.i]
        return None if any(self.mentions.covering(o.idx) is person for o in owners) else person

    def _titled_name_at_end(self, subj: Token) -> Actor | None:
        """'Executive director of the Dallas chapter of CAIR Alia Salem': a name closing a title.

        Only a name glued to the title counts; after a preposition ("the lawyer for Trump") the
        name is someone else.
        """
        last = subj.right_edge
        end = last.idx + len(last)
        for s, actor in self.mentions.ending_at(end):
            if actor.kind == ActorKind.PERSON and s > subj.idx:
                first = self.doc.char_span(s, end, alignment_mode="expand")
                if first is not None and first.start > 0:
                    before = self.doc[first.start - 1]
                    if before.pos_ not in ("ADP", "DET", "PUNCT", "CCONJ", "PRON"):
                        return actor
        return None

    def _named_before(self, subj: Token, text: str) -> Reference | None:
        """A definite description of someone named before: "the Texas Republican", "the official"."""
        if subj.lower_ in PARTY_MEMBER_WORDS:  # "the Texas Republican said" after "Sen. John Cornyn, R-Texas"
            member = self._party_member_before(subj)
            return (text, member) if member is not None else None
        named_of = any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" for p in c.children)
                       for c in subj.children)
        # "The family of Terrence Baylor", "The family of a 34-year-old man" say whose: not the headline's
        # "Family of man" before them
        found = self._antecedent(subj) if subj.ent_type_ == "" and not named_of else None
        # "The opposition Liberal Democrat group" is not "The Save Our Libraries group" named before
        proper = [c.text for c in subj.children if c.dep_ in ("compound", "amod", "nmod")
                  and (c.pos_ == "PROPN" or c.ent_type_ == "NORP")]
        if found is not None and not all(p in (found[0] or "") for p in proper):
            return None
        # nor is "the transport secretary" the "general secretary of the Rail and Transit Workers Union",
        # nor "The attorney general's office" the "U.N. human rights office" (a holder narrows as a noun does)
        narrowing = [c.lower_ for c in subj.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                     or c.dep_ == "poss" and c.pos_ != "PRON"]
        if found is not None and not all(n in (found[0] or "").lower() for n in narrowing):
            return None
        return found

    def _party_member_before(self, subj: Token) -> Actor | None:
        """The nearest person named before whose party tag is this party ("R-Texas" for "the Texas
        Republican"); with no tags in the story, the nearest person named before with an office."""
        letter = subj.lower_[0]  # republican -> r, democrat(ic) -> d, independent -> i
        tagged, near = None, False
        sentence_start = subj.sent.start_char
        previous = subj.doc[subj.sent.start - 1].sent.start_char if subj.sent.start > 0 else sentence_start
        home = " ".join(t.text for t in subj.lefts if t.ent_type_ == "GPE")  # "the South Dakota Republican"
        for start, actor in self.mentions.before(subj.idx):
            if actor.kind != ActorKind.PERSON:
                continue
            tag = PARTY_TAG.search(actor.role or "")
            if tag is not None and tag.group().lower().startswith(letter) and _same_state(tag.group()[2:], home):
                return actor
            if tag is None and tagged is None and actor.role and any(w in ROLE_HEADS for w in actor.role.lower().split()):
                tagged, near = actor, start >= previous
        # with tags in the story, an untagged officeholder only just named ("Majority Leader John Thune fired
        # back. ... the South Dakota Republican said")
        return tagged if near or not any(PARTY_TAG.search(a.role or "") for a in self.actors) else None

    def _antecedent(self, subj: Token) -> Reference | None:
        """'the official' -> the earlier 'a senior Israeli official'; 'the statement' -> its issuer."""
        lemma = subj.lemma_.lower()
        for tok in reversed(self.doc[max(0, subj.i - _LOOKBACK): subj.i]):
            if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN" or (tok.tag_ == "NNS") != (subj.tag_ == "NNS"):
                continue  # "the union said" is none of "the 12 rail unions"
            issued = tok.head if tok.dep_ in ("dobj", "nsubjpass") else tok.head.head if tok.dep_ == "pobj" \
                and tok.head.lower_ == "in" else None  # "said in a letter to lawmakers that ...": the sayer's
            if lemma in DOCUMENT_NOUNS and issued is not None and issued.pos_ == "VERB":
                issuer = subject_of(issued)
                if issuer is not None and issuer.lower_ not in PRONOUN_GENDER:
                    return self.resolve(issuer)
            phrase = noun_phrase(self.doc, tok)
            if "\n" in phrase.text:
                continue  # a headline's words ("on inflation, unions and the budget") describe no one
            if phrase[0].lower_ in INDEFINITE_ARTICLES or len(phrase) > 2:
                actor = self.mentions.at(phrase.start_char, phrase.end_char)
                poss = next((c for c in tok.children if c.dep_ == "poss"), None)
                if actor is not None and actor.kind == ActorKind.PERSON and poss is not None \
                        and self.mentions.covering(poss.idx) is actor:
                    actor = None  # "The death has drawn protests" after "Baylor's death": not Baylor
                return phrase.text, actor
        return None


def _same_state(code: str, home: str) -> bool:
    """Whether a party tag's state ("Alaska", "Ariz.", "N.Y.", "S.D.") can be the state a description names
    ("the South Dakota Republican"); a description with no state fits any."""
    if not home:
        return True
    letters = code.replace(".", "").lower()
    return home.lower().startswith(letters) or "".join(w[0] for w in home.lower().split()) == letters


def _expletive(tok: Token) -> bool:
    """'It is simply wrong to charge people who are fighting for their lives': an "it" that holds the place
    of the clause after the adjective stands for no one."""
    head = tok.head
    return tok.lower_ == "it" and tok.dep_ == "nsubj" and head.lemma_ == "be" and any(
        c.dep_ == "acomp" and any(x.i > c.i and (x.dep_ == "ccomp" or x.dep_ == "xcomp" and c.lower_ in
                                                 EXTRAPOSING_ADJECTIVES) for x in c.children)
        for c in head.children)
