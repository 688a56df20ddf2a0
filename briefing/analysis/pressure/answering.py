"""Whom an act answers or waits on: the one whose act it retaliates for ("in retaliation for US chip
restrictions") and the one whose giving in would end it ("will strike unless the ministry reverses the cuts")."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.lexicon import (
    CONCEDING_VERBS,
    FAILING_VERBS,
    OCCURRING_VERBS,
    PERSON_PRONOUNS,
    REVENGE_NOUNS,
)
from briefing.analysis.pressure.capacity import plausible_target
from briefing.analysis.pressure.lemmas import lexicon_lemma
from briefing.analysis.subjects import subject_of


def answered(tok: Token) -> Token | None:
    """'Beijing imposed export controls ... in retaliation for US chip restrictions': whose act it answers."""
    acts = (a for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "in"
            for noun in prep.children if noun.dep_ == "pobj" and noun.lemma_.lower() in REVENGE_NOUNS
            for f in noun.children if f.dep_ == "prep" and f.lower_ == "for" for a in f.children if a.dep_ == "pobj")
    return next((c for a in acts for c in (a, *a.children) if c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
                 and (c is a or c.dep_ in ("compound", "amod", "poss"))), None)


def conceder(tok: Token) -> Token | None:
    """'will camp on its borders until the government guarantees prices', 'will withdraw unless Russia
    pulls back', 'threatened to boycott exams unless the ministry reversed the cuts', 'threatened to
    strike if the government does not raise pay' (not 'to close the crossings if the attempts did not
    stop': no one named): the one whose giving in would end it."""
    acts = [tok, *(c for c in tok.children if c.dep_ == "xcomp")]
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and lexicon_lemma(tok.head) in OCCURRING_VERBS:
        acts.append(tok.head)  # "a nationwide strike would begin on Monday unless the government reversed ..."
    for cond in (c for act in acts for c in act.children if c.dep_ in ("advcl", "ccomp")):  # "if ... fails": ccomp
        mark = next((m.lower_ for m in cond.children if m.dep_ == "mark"), None)
        refused = mark == "if" and (any(c.dep_ == "neg" or c.lower_ == "ahead" for c in cond.children)
                                    or lexicon_lemma(cond) in FAILING_VERBS)  # "if the United States went ahead"
        withheld = any(c.dep_ == "neg" for c in tok.children)  # "would not approve Sweden's bid until Stockholm ..."
        if mark == "unless" or refused or mark == "until" and (lexicon_lemma(cond) in CONCEDING_VERBS or withheld):
            subj = subject_of(cond)  # not "unless the money was paid": a thing done, no one named
            doer = subject_of(tok)  # "if he does not give one, we will go to the courts": "he", not the doer
            named = subj is not None and (subj.pos_ != "PRON" or subj.lower_ in PERSON_PRONOUNS and (
                doer is None or doer.lower_ != subj.lower_))
            if named and subj.dep_ != "nsubjpass" and (mark != "if" or subj.pos_ == "PRON" or plausible_target(subj)):
                return subj
    return None
