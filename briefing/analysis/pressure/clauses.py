"""What the clause around a pressure verb says of its act: supposed in an "if" ("If Ottawa wants to send
the RCMP to arrest Albertans, let them try"), a power a law gives ("a bill that would have let parents
challenge books"), done to someone's premises ("searched the home of the former adviser"), to the doer's
own ("shut down its website"), or a figure ("holding the government hostage to a wish list"). The rows of
`verb_rules.VERB_RULES` ask these."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.lexicon import (
    BELIEVING_VERBS,
    CAPTIVE_NOUNS,
    COLLECTIVE_HEADS,
    GROUP_NOUNS,
    HOPING_VERBS,
    INSTITUTION_NOUNS,
    LEGISLATION_NOUNS,
    LEVERAGED_THINGS,
    MOURNING_WORDS,
    OCCURRING_VERBS,
    ORG_HEADS,
    PERMITTING_VERBS,
    PERSON_WORDS,
    POSSESSIVE_PRONOUNS,
    RELATIVE_PRONOUNS,
)
from briefing.analysis.subjects import antecedent, subject_of


def conditional(tok: Token) -> bool:
    """An act supposed in an 'if' or 'unless' clause, itself or as what its verb wants, tries or is sent to
    do: 'if the hospital board refused to reopen talks', 'If Ottawa wants to send the RCMP to arrest ...'."""
    while (tok.dep_ == "xcomp" and tok.head.lemma_.lower() not in OCCURRING_VERBS  # "if Republicans continued to
           or tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):  # block the
        tok = tok.head  # bill": what they go on doing is done
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children)


def granted(tok: Token) -> bool:
    """A power a law gives, no act: 'a bill that would have let parents challenge books in school libraries',
    'the law allows police to detain suspects for 48 hours'."""
    if tok.dep_ not in ("ccomp", "xcomp") or tok.head.lemma_.lower() not in PERMITTING_VERBS:
        return False
    giver = subject_of(tok.head)
    if giver is not None and giver.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        giver = antecedent(giver)
    return giver is not None and giver.lemma_.lower() in LEGISLATION_NOUNS


def someones(tok: Token) -> bool:
    """A thing a person or a body owns: 'his offices', 'the home of the former adviser', 'the party's
    headquarters'; not 'the wreckage of the plane'."""
    owners = [c for c in tok.children if c.dep_ == "poss"] + [
        p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return any(o.lower_ in ("his", "her", "their") or o.ent_type_ in ("PERSON", "ORG", "NORP")
               or o.lemma_.lower() in PERSON_WORDS | ORG_HEADS for o in owners)


def objects_of(tok: Token) -> set[str]:
    """The object's words, and those of what a collective object is made of: 'dispatched a team of
    inspectors' sends inspectors; a relative clause's object is its noun ('the deal Johnson struck', 'a border
    bill that Senate Republicans blocked')."""
    objects = [tok.head if c.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl" else c
               for c in tok.children if c.dep_ == "dobj"] or ([tok.head] if tok.dep_ == "relcl" else []) or [
        c for j in tok.children if j.dep_ == "conj" and j.pos_ == "VERB" and not any(
            s.dep_ in ("nsubj", "nsubjpass") for s in j.children)
        for c in j.children if c.dep_ == "dobj"]  # "has blocked or delayed almost every package": shared
    objects += [p for o in objects if o.lemma_.lower() in COLLECTIVE_HEADS
                for prep in o.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for p in prep.children if p.dep_ == "pobj"]
    objects += [p for head in (tok, *objects) for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for p in prep.children if p.dep_ == "pobj"]  # "stripped two lawmakers of their immunity"
    if any(_amount(o) for o in objects):  # "froze 1.5 billion euros in funds", "withheld $200m in aid"
        objects += [p for head in (tok, *objects) for prep in head.children if prep.dep_ == "prep"
                    and prep.lower_ == "in" for p in prep.children if p.dep_ == "pobj"]
    return {c.lemma_.lower() for c in objects} | {c.lower_ for c in objects}


def _amount(tok: Token) -> bool:
    """A sum of money or a count: '1.5 billion euros', '$7 billion', '200 million pounds'."""
    return tok.ent_type_ == "MONEY" or tok.like_num or any(c.dep_ == "nummod" for c in tok.children)


def own_object(tok: Token) -> bool:
    """'The company shut down its website for maintenance': what the doer does to its own."""
    return any(c.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ in POSSESSIVE_PRONOUNS for p in c.children)
               for c in tok.children)


def hostage_to(tok: Token) -> bool:
    """'Democrats are holding the government hostage to a partisan wish list': a hostage 'to' demands is a
    figure for political leverage, not a captive ('held hostage in Gaza', 'held hostage by Hamas'); so is a
    thing held hostage ('The administration is holding our children's education hostage to score points'), a
    hostage in quotation marks, someone's word for it ('said the group was holding the conference "hostage"'), and
    anyone held 'to ransom' ('I will not let the BMA hold patients to ransom', whatever the parser makes of it)."""
    if any(w.lemma_.lower() in CAPTIVE_NOUNS and w.i > 0 and (w.tag_ == "NN" and w.doc[w.i - 1].is_quote or w.doc[
            w.i - 1].lower_ == "to") for w in tok.subtree):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "to" for t in (tok, *tok.children) for c in t.children) or any(
        _someones_thing(held) or any(w.lemma_.lower() in LEVERAGED_THINGS | INSTITUTION_NOUNS
                                     for w in (held, *(c for c in held.children if c.dep_ in ("nmod", "compound"))))
        for held in (*(c for c in tok.children if c.dep_ == "dobj"), *(  # "holding schools and hospitals hostage"
            s for c in tok.children if c.lemma_.lower() in CAPTIVE_NOUNS for s in c.children if s.dep_ == "nsubj")))
    # ("hold the country hostage for their radical agenda": the parser's "the country hostage", a small clause)


def _someones_thing(held: Token) -> bool:
    """'our children's education', 'the nation's economy' (the parser's 'economy hostage'); not 'the soldier'."""
    words = [held, *(c for c in held.children if c.dep_ == "compound")]
    return any(c.dep_ == "poss" for w in words for c in w.children) and any(
        w.tag_ == "NN" and not w.ent_type_ and w.lemma_.lower() not in CAPTIVE_NOUNS | PERSON_WORDS | GROUP_NOUNS
        for w in words)


def hoped(tok: Token) -> bool:
    """An act hoped or wished for, not done: 'I hope Congress holds hearings', 'We hope the government will
    investigate the accident' (a noun by the verb it is the object or subject of)."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubj", "nsubjpass") else tok
    while verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head  # "is going to stop"
    doubted = verb.head.lemma_.lower() in BELIEVING_VERBS and any(c.dep_ == "neg" for c in verb.head.children)
    return verb.dep_ == "ccomp" and (verb.head.lemma_.lower() in HOPING_VERBS or doubted)  # "I don't think a judge
    # is going to stop a city from running buses": doubted, not done


def mourning(tok: Token) -> bool:
    """A gathering to mourn, no protest: 'Protesters gathered for a candlelight vigil in memory of the victims of a
    fire', 'a vigil to mourn the dead'."""
    return any(t.lemma_.lower() in MOURNING_WORDS or t.lower_ == "memory" and t.head.lower_ == "in" for t in tok.subtree)
