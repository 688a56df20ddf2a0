"""Where a trigger sits: under a concession ("accepted demands"), inside another trigger as what it demands
("ordered Israel to halt the operation"), as the other side's act it answers ("cut ties with Israel over its
offensive") or as what someone failed to do ("failed to investigate"); any way it is no item of its own."""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Token

from briefing.analysis.lexicon import (
    ASKING_VERBS,
    CAUSE_PREPOSITIONS,
    DECIDING_VERBS,
    FAILING_VERBS,
    OBLIGING_SPEECH,
    PRESSURE_VERBS,
    YIELDING_PHRASES,
    YIELDING_VERBS,
)
from briefing.analysis.pressure.lemmas import lexicon_lemma
from briefing.analysis.pressure.obligations import obligation, obliges
from briefing.analysis.subjects import subject_of


def yielding_above(tok: Token) -> bool:
    """Whether the trigger sits under a concession or a show of support ("accepted demands").

    A conjunct is beside its verb, not under it: "welcomed the decision but urged the bloc to go
    further" urges. Agreeing to do something decides it: "ministers agreed to impose sanctions".
    """
    if tok.lemma_.lower() == "protest" and tok.head.lower_ == "in":
        return False  # "trainee doctors resigned en masse in protest at a plan": the yielding is the protest
    child = tok
    for head in islice(tok.ancestors, 6):
        if head.dep_ == "prep" and head.lower_ in CAUSE_PREPOSITIONS or child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in CAUSE_PREPOSITIONS for m in child.children):
            return False  # "resigned after weeks of pressure from the government", "ended its deal after more
            # than 50 authors threatened to pull out": the cause, not what yielded
        if child.dep_ == "relcl" and child.head.dep_ in ("nsubj", "nsubjpass"):
            return False  # "The Justice Department, which sued Texas, welcomed the ruling": a clause about the
            # subject, not what it welcomed ("support a resolution that aims to tighten sanctions" is)
        beside = child.dep_ == "conj"
        decided = child.dep_ == "xcomp" and child.pos_ == "VERB" and lexicon_lemma(head) in DECIDING_VERBS
        if decided:
            return False
        if child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return False  # "doctors resigned en masse to protest a plan": what the yielding is for is their own act
        if not beside and head.pos_ == "VERB" and (lexicon_lemma(head) in YIELDING_VERBS or any(
                (lexicon_lemma(head), c.lower_) in YIELDING_PHRASES for c in head.children if c.dep_ == "prt")):
            return True
        child = head
    return False


def inside_trigger(tok: Token) -> bool:
    """'ordered Israel to halt the operation', 'called on Boric to cut spending': the halt and the cut
    are what was demanded, not a second item of another kind; so are 'asked Congress to step in and
    impose a deal' and the sanctions of 'urged the EU to impose sanctions on Iran'."""
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB":
        tok = tok.head
    while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.pos_ == "VERB" and (
            tok.head.dep_ in ("xcomp", "conj") or tok.head.dep_ == "ccomp" and {tok.tag_, tok.head.tag_} <= {"VB", "VBP"}
            and subject_of(tok) == subject_of(tok.head)):
        tok = tok.head  # "to step in and impose", "demanded that prosecutors release the documents and charge
        # those responsible"; not "warned that checks could breach the deal, and threatened"
    while tok.dep_ == "xcomp" and tok.head.pos_ == "VERB" and tok.head.dep_ in ("xcomp", "ccomp") \
            and lexicon_lemma(tok.head) not in PRESSURE_VERBS.keys() | ASKING_VERBS:
        tok = tok.head  # "demanding that it use its new powers to block the payments": the block is demanded too
    if tok.dep_ == "advcl" and tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            and (PRESSURE_VERBS.get(lexicon_lemma(tok.head)) == "voice" or lexicon_lemma(tok.head) in ASKING_VERBS) \
            and any(c.dep_ == "dobj" for c in tok.head.children):
        return True  # "Residents petitioned the state governor to halt construction": the parser's purpose is the ask
    if tok.dep_ not in ("xcomp", "ccomp", "acl") or tok.pos_ != "VERB":
        return False
    head = tok.head if tok.dep_ != "acl" else tok.head.head
    if tok.dep_ == "ccomp" and lexicon_lemma(head) in OBLIGING_SPEECH and obliges(head) and obligation(tok):
        return True  # "The EU must suspend its deal with Tunisia, Amnesty said": Amnesty's demand, not the EU's act
    return head != tok and head.pos_ == "VERB" and (
        lexicon_lemma(head) in PRESSURE_VERBS or lexicon_lemma(head) in ASKING_VERBS)  # "called on Boric to cut"


def cause_of_the_act(tok: Token) -> bool:
    """'Bolivia cut diplomatic ties with Israel over its military offensive in Gaza', 'sanctioned Russia after its
    invasion': an act named, by a pronoun's owner, as the cause of a pressing act is the pressed side's, no
    second act of the doer's (the parser would give "its" to the doer)."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in CAUSE_PREPOSITIONS | {"over"} \
        and tok.head.head.pos_ == "VERB" and lexicon_lemma(tok.head.head) in PRESSURE_VERBS \
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)


def left_undone(tok: Token) -> bool:
    """'impeached the attorney general for failing to investigate corruption', 'said the authorities had failed to
    investigate the deaths': an act someone failed to do was not done (the failure is the charge)."""
    return tok.dep_ == "xcomp" and tok.pos_ == "VERB" and lexicon_lemma(tok.head) in FAILING_VERBS
