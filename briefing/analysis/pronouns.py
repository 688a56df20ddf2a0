"""Pronouns and the topic they go on with: "she" after a paragraph about the finance minister, "it"
in "The Philippines summoned China's ambassador to protest what it called ...", "they" for a plural
subject. A part of `reference.Resolver`, kept apart for size; it reads the resolver's parse, mentions
and genders and calls back into `resolve` for the phrase a pronoun stands for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from briefing.analysis.actors import Actor, ActorKind, MentionIndex
from briefing.analysis.lexicon import (
    ACTING_BODY_NOUNS,
    CHOSEN_PERSON_NOUNS,
    DEMANDING_VERBS,
    FEMALE_WORDS,
    FILED_NOUNS,
    MALE_WORDS,
    PRONOUN_GENDER,
    ROLE_HEADS,
    SHARE_NOUNS,
    SPEECH_VERBS,
)
from briefing.analysis.phrases import noun_phrase
from briefing.analysis.quote_marks import quoted
from briefing.analysis.sentences import sentence_of
from briefing.analysis.subjects import antecedent, subject_of
from briefing.article import Article

# Who a phrase stands for: the words as written, and the actor they resolve to (if any).
Reference = tuple[str | None, Actor | None]


class PronounReading:
    """Whom a pronoun stands for; mixed into `Resolver`, which supplies what is declared here."""

    article: Article
    doc: Doc
    mentions: MentionIndex

    if TYPE_CHECKING:
        def resolve(self, subj: Token) -> Reference: ...
        def gender(self, actor: Actor) -> str | None: ...
        def _person_overlapping(self, start: int, end: int) -> Actor | None: ...

    def _previous_subject(self, subj: Token, gender: str) -> Reference | None:
        """The subject of the sentence before, when the pronoun opens its own: the usual topic."""
        sent = sentence_of(subj)
        if sent.start == 0 or subj.dep_ not in ("nsubj", "nsubjpass") or subj.head.dep_ != "ROOT":
            return None
        prev = sentence_of(self.doc[sent.start - 1])
        block = self.article.block_at(sent.start_char)
        opening = sent
        while block is not None and prev.start_char >= block.start and quoted(self.doc, prev.root.idx) and prev.start > 0:
            opening, prev = prev, sentence_of(self.doc[prev.start - 1])  # '"My father did this job. My son does
            # this job," he said': the quoted sentences before say nothing of who "he" is
        opens_with_quote = block is not None and block.start == opening.start_char and self.doc[opening.start].is_quote
        opens_with_speaker = block is not None and block.start == subj.idx and subj.head.lemma_.lower() in SPEECH_VERBS
        if self.article.block_at(prev.start_char) is not block and not (opens_with_quote or opens_with_speaker):
            return None  # but a paragraph opening '"...," she wrote' or "She said: '...'" goes on from the one before
        fronted = self._experiencer(prev, gender)
        if fronted is not None and subj.head.lemma_.lower() in SPEECH_VERBS:
            return fronted  # "For Kevin Allton, ..., Warhol was a legend. He said, ...": Allton speaks
        root = prev.root
        # the parser may read the verb as a noun and root the sentence on its subject: "The lawsuit, filed
        # in Austin, names the district"
        first = subject_of(root) or (root if root.pos_ == "NOUN" and root.lemma_.lower() in FILED_NOUNS else None)
        if first is None or first.lower_ in PRONOUN_GENDER or first.pos_ not in ("PROPN", "NOUN"):
            return None
        phrase = noun_phrase(self.doc, first)
        owned = any(c.dep_ == "poss" for c in first.children) and (first.pos_ == "NOUN" or any(
            c.dep_ == "appos" for c in first.children))  # "Rishi Sunak's spokesperson", "The Victims' Commissioner, X,"
        actor = self.mentions.at(first.idx, first.idx + len(first)) or (None if owned else self.mentions.at(
            phrase.start_char, phrase.end_char))
        if actor is None and first.pos_ == "PROPN":
            actor = self._person_overlapping(first.idx, first.idx + len(first))  # the name runs past the phrase
        if actor is None and any(c.dep_ == "appos" for c in first.children):
            actor = self.resolve(first)[1]  # "The environment secretary, Steve Reed, said ... '...,' he said."
        if actor is None:
            # "The finance minister defended the budget. '...,' she said.": the description is the speaker,
            # or the one holder of that office the story named ("The governor ... She appeared ...")
            described = gender in ("male", "female") and first.pos_ == "NOUN" and first.lemma_.lower() in ROLE_HEADS \
                and first.lower_ not in (MALE_WORDS if gender == "female" else FEMALE_WORDS)  # not "Her brother ...
            # '...,' she says"
            holder = self.resolve(first)[1] if described else None
            if holder is not None and self._fits(holder, gender):
                return holder.name, holder
            if gender == "thing" and first.pos_ == "NOUN" and first.lemma_.lower() in FILED_NOUNS:
                return phrase.text.strip(), None  # "The lawsuit ... names the district. It asks a judge ..."
            if gender == "thing" and owned and first.lemma_.lower() in ACTING_BODY_NOUNS:
                text, organ = self.resolve(first)  # "China's commerce ministry said ... It said it would ...": the
                return text, organ if organ is not None and self._fits(organ, gender) else None  # ministry, for China
            return (phrase.text.strip(), None) if described else None
        return (actor.name, actor) if self._fits(actor, gender) else None

    def _experiencer(self, sent: Span, gender: str) -> Reference | None:
        """The person a sentence opens on as the one whose view it gives: 'For Kevin Allton, ...'."""
        if len(sent) < 3 or sent[0].lower_ not in ("for", "to"):
            return None
        pobj = next((c for c in sent[0].children if c.dep_ == "pobj"), None)
        if pobj is None or not any(t.text == "," for t in self.doc[pobj.right_edge.i + 1: pobj.right_edge.i + 2]):
            return None
        actor = self.mentions.at(pobj.idx, pobj.idx + len(pobj)) or self._person_overlapping(
            pobj.left_edge.idx, pobj.idx + len(pobj))
        if actor is None or actor.kind != ActorKind.PERSON or not self._fits(actor, gender):
            return None
        return actor.name, actor

    def _fits(self, actor: Actor, gender: str) -> bool:
        """Whether a pronoun of this gender class can stand for the actor ("it" is no person)."""
        if gender == "thing":  # "it" is no person and no crowd ("Democrats", "residents")
            return actor.kind not in (ActorKind.PERSON, ActorKind.GROUP)
        if gender in ("male", "female"):
            return actor.kind == ActorKind.PERSON and self.gender(actor) in (None, gender)
        if gender == "person":  # "the 67-year-old", of either sex
            return actor.kind == ActorKind.PERSON
        return True

    def _main_subject_over_relative(self, subj: Token, main: Token | None, gender: str) -> Reference | None:
        """'The Ohio senator pivoted to attacks on Kamala Harris, whom he blamed for "an open border"': "he"
        in a relative clause on a person is not that person, but the sentence's subject."""
        if main is None or main.i >= subj.i or main.lower_ in PRONOUN_GENDER or gender not in ("male", "female") \
                or subj.dep_ != "nsubj" or subj.head.dep_ != "relcl":
            return None
        found = self.resolve(main)
        on_person = subj.head.head.ent_type_ == "PERSON"
        other = self._person_overlapping(subj.head.head.idx, subj.head.head.idx + len(subj.head.head))
        if found[1] is None or found[1] is other or not self._fits(found[1], gender):
            return None
        # (on a thing, only a subject the text has shown to be "she": 'accusing him of voting for "open borders"
        # that she said had flooded Arizona' is Lake's word, not the nearer Biden's)
        if on_person:
            return found
        return (found[1].name, found[1]) if self.gender(found[1]) == gender else None

    def _addressee(self, subj: Token, gender: str) -> Reference | None:
        """'she had written to the health secretary asking him to call in the decision': the object of an
        act on the office just addressed is its holder, not a person named in an earlier sentence."""
        verb = subj.head
        if gender not in ("male", "female") or subj.dep_ != "dobj" or verb.dep_ not in ("advcl", "acl") \
                or verb.tag_ != "VBG":
            return None
        office = verb.head if verb.dep_ == "acl" else next(
            (p for c in verb.head.children if c.dep_ == "prep" and c.i < verb.i for p in c.children
             if p.dep_ == "pobj"), None) or next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i),
                                                None)
        if office is None or office.tag_ != "NN" or office.lemma_.lower() not in ROLE_HEADS:
            return None
        found = self.resolve(office)
        return found if found[1] is None or self._fits(found[1], gender) else None

    def _clause_doer(self, pronoun: Token) -> Actor | None:
        """Whom an object pronoun cannot be: the one who does the act to it ('who accused her': the "who")."""
        verb = _verb_of_object(pronoun)
        doer = subject_of(verb) if verb is not None else None
        if doer is None or doer.lower_ in PRONOUN_GENDER:
            return None
        if doer.lower_ in ("who", "that") and doer.head.dep_ == "relcl":
            doer = antecedent(doer)
        named = self.mentions.covering(doer.idx)
        return named or (self.mentions.covering(doer.head.idx) if doer.dep_ == "appos" else None)  # "X, the speaker,"

    def _pronoun(self, subj: Token, gender: str) -> Reference:
        topic = self._addressee(subj, gender) or self._previous_subject(subj, gender)
        if topic is not None:
            return topic
        main = subject_of(sentence_of(subj).root)  # "She appeared on NBC, where she said ...": the same "she"
        if main is not None and main.i < subj.i and main.lower_ in PRONOUN_GENDER and \
                PRONOUN_GENDER[main.lower_] == gender and (gender in ("male", "female") or gender == "thing" and (
                    subj.head.dep_ == "ccomp" and subj.head.head == main.head)):  # "It said it would take all
            return self._pronoun(main, gender)  # necessary measures": the same "it"
        if (found := self._main_subject_over_relative(subj, main, gender)) is not None:
            return found
        verb = subj.head.head if subj.dep_ == "pobj" else subj.head
        if main is not None and main.i < subj.i and subj.dep_ in ("dobj", "pobj") and gender in ("male", "female") \
                and main.pos_ == "NOUN" and main.lemma_.lower() in ROLE_HEADS | CHOSEN_PERSON_NOUNS \
                and any(c.dep_ == "poss" for c in main.children) and subject_of(verb) != main:
            # "President Carter's nominee ... faced questions, as senators pressed him": the nominee, not
            # the possessor named inside the subject ("Thomas' sister pleaded with him": not herself, so Thomas)
            return self.resolve(main)
        # "Palestinian leaders said they would ...": the reporting verb's subject, when it fits.
        verb = subj.head
        if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and not (
                gender == "thing" and verb.head.lemma_.lower() in DEMANDING_VERBS):  # "demanding that it use its powers"
            speaker = subject_of(verb.head)
            if speaker is not None and speaker.lower_ not in PRONOUN_GENDER and speaker.i < subj.i and (
                    (gender == "any" and (speaker.tag_ in ("NNS", "NNPS") or speaker.lower_ in SHARE_NOUNS
                                          or any(c.dep_ == "conj" for c in speaker.children)))  # "X and Y said they",
                    # "39 percent of respondents said they would blame Republicans"
                    or (gender == "thing" and speaker.tag_ in ("NN", "NNP") and speaker.ent_type_ != "PERSON")
                    or (gender in ("male", "female") and speaker.ent_type_ == "PERSON")):
                return self.resolve(speaker)
            if speaker is not None and speaker.i < subj.i and gender in ("male", "female") and speaker.pos_ == "NOUN" \
                    and speaker.lemma_.lower() in ROLE_HEADS and speaker.tag_ == "NN":
                text, actor = self.resolve(speaker)  # "Serbia's president said he was prepared to send troops"
                return (actor.name, actor) if actor is not None and self._fits(actor, gender) else (text, None)
        if gender == "any" and main is not None and main.i < subj.i and main.lower_ not in PRONOUN_GENDER:
            plural = [t for t in self.doc[sentence_of(subj).start:subj.i] if t.tag_ in ("NNS", "NNPS")]
            if plural and plural[-1].i == main.i:
                # "More than 500 professors signed a letter urging the board to resist what they called ...":
                # the sentence's plural subject, with no other plural between, not the nearer board
                return self.resolve(main)
        if gender == "thing" and main is not None and main.i < subj.i and main.pos_ == "PROPN" \
                and _under_subjectless_clauses(subj.head, main.head):
            # "The Philippines summoned China's ambassador to protest what it called 'aggressive' actions":
            # the sentence's subject, whose own act the clause goes on with, not the nearer possessor
            found = self.resolve(main)
            if found[1] is not None and self._fits(found[1], gender):
                return found
        return self._nearest_fitting(subj, gender)

    def _main_object(self, subj: Token, gender: str) -> Reference | None:
        """'tied Gallego to President Joe Biden, calling him "Biden's rubber stamp" and accusing him of ...': an
        object pronoun in a participle's clause with no subject is the main verb's object, not the nearer name."""
        verb = _verb_of_object(subj)
        if verb is None or gender not in ("male", "female") or verb.tag_ != "VBG" \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        while verb.dep_ == "conj" and verb.head.tag_ == "VBG":
            verb = verb.head
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < subj.i), None) \
            if verb.dep_ == "advcl" else None
        found = self.resolve(obj) if obj is not None and obj.lower_ not in PRONOUN_GENDER else None
        return found if found is not None and found[1] is not None and self._fits(found[1], gender) else None

    def _nearest_fitting(self, subj: Token, gender: str) -> Reference:
        """The nearest earlier mention that fits."""
        if (found := self._main_object(subj, gender)) is not None:
            return found
        doer = self._clause_doer(subj)
        for start, actor in self.mentions.before(subj.idx):
            if doer is not None and actor.id == doer.id:
                continue  # "Carl Heastie, the Assembly speaker, who accused her": not himself ("herself" would be)
            if gender in ("male", "female") and subj.dep_ in ("nsubj", "nsubjpass") and quoted(self.doc, start) \
                    and not quoted(self.doc, subj.idx):
                continue  # '"... Matt Dolan has created nothing but excuses." He added that ...': a name in
                # someone's words is not who "he" goes on to be
            if self._fits(actor, gender):
                return actor.name, actor
        return subj.text, None


def _verb_of_object(tok: Token) -> Token | None:
    """The verb a pronoun is the object of: 'accused her', 'pleaded with him'."""
    if tok.dep_ in ("dobj", "dative"):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        return tok.head.head if tok.head.head.pos_ == "VERB" else None
    return None


def _under_subjectless_clauses(verb: Token, root: Token) -> bool:
    """Whether `verb` hangs from `root` through clauses that name no subject of their own: "summoned
    the ambassador [to protest [what it called ...]]"."""
    steps = 0
    while verb != root and steps < 6:
        verb, steps = verb.head, steps + 1
        if verb != root and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return False
    return verb == root
