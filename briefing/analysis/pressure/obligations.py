"""Obligations: a reported clause that tells someone else what they must do ("said Sudan must return the
helicopter", 'said the supermarkets "need to do better"'), which makes the report a demand (PLOVER DEMAND),
and the subjects that name no one it could bind ("No family should ...")."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.lexicon import (
    ADVISED_TO_ADAPT,
    AIMED_FOR_PLACES,
    FAILING_VERBS,
    FIRST_PERSON_POSSESSIVES,
    FORECAST_VERBS,
    MEDIA_WORDS,
    NO_ONE_WORDS,
    OBLIGATION_MODALS,
    OBLIGING_VERBS,
    PERSON_WORDS,
    PRESS_NOUNS,
    REASSURED_VERBS,
    SELF_OR_THING,
)
from briefing.analysis.pressure.capacity import plausible_target
from briefing.analysis.pressure.lemmas import lexicon_lemma
from briefing.analysis.subjects import subject_of


def no_one_named(subj: Token) -> bool:
    """A noun with 'no' or 'neither' before it names no one: 'No family should have to go through what
    Rosa's family has been through' is a rule for everyone ('Nobody should underestimate how angry people
    are' still warns), 'no Republican has publicly opposed him' presses no one."""
    return any(c.dep_ == "det" and c.lower_ in NO_ONE_WORDS for c in subj.children)


def obligation(comp: Token) -> bool:
    """A clause that says its subject must do something: "must" or "should", or, of someone named now, "need
    to" and "have to" ('said the supermarkets "need to do better"'; not "they had to leave their homes", a
    hardship, nor "the economy needs to grow faster", a hope)."""
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in comp.children):
        return True
    subj = subject_of(comp)
    if comp.lemma_.lower() not in OBLIGING_VERBS or comp.tag_ not in ("VBZ", "VBP") or subj is None:
        return False
    if subj.pos_ == "PRON" and not _the_one_told(comp, subj):
        return False  # "they had to leave": no one told
    if any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON_POSSESSIVES for c in subj.children) \
            and subj.lemma_.lower() in PERSON_WORDS:
        return False  # "my son needs to be in school": the speaker's own, no one pressed
    if subj.lower_ in ADVISED_TO_ADAPT or subj.lemma_.lower() in ADVISED_TO_ADAPT:
        return False  # "farmers have to plan for a drier climate": advice to the public
    if subj.pos_ == "NOUN" and subj.lemma_.lower() in AIMED_FOR_PLACES:
        return False  # "the state needs to attract more investment": an aim
    return any(x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX") and lexicon_lemma(x) not in FORECAST_VERBS | REASSURED_VERBS
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children) for x in comp.children)


def the_press(hearer: Token) -> bool:
    """'told Sky News ...', 'told reporters ...': the press, who hear words, not the ones pressed by them."""
    words = " ".join(t.text for t in hearer.subtree)
    return hearer.lemma_.lower() in PRESS_NOUNS or bool(MEDIA_WORDS.search(words))


def _the_one_told(comp: Token, subj: Token) -> bool:
    """"I've told RTD's board they need to raise driver pay": "they" is the body told, who is told to act
    (not "told reporters he needs to rest his players": the press hears, and "he" is the speaker); so is "it"
    for a state told ("The British government told Rwanda it must do more"; not "told investors it must cut
    costs", where "it" is the teller)."""
    told = [c for c in comp.head.children if c.dep_ in ("dobj", "dative") and not the_press(c)]
    return comp.dep_ == "ccomp" and (subj.lower_ == "they" and any(c.pos_ == "NOUN" for c in told) or subj.lower_ == "it"
                                     and lexicon_lemma(comp.head) == "tell" and any(c.ent_type_ == "GPE" for c in told))


def obliges(verb: Token) -> bool:
    """A reported clause telling someone else what they must do, or saying they fail to:
    'said Sudan must return ...', 'the government is failing to uphold rights, a rights group said'."""
    speaker = subject_of(verb)
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    clauses += [j for c in clauses for j in c.children if j.dep_ == "conj"]  # "had lost ... and should step aside"
    for comp in clauses:
        if comp.pos_ not in ("VERB", "AUX"):
            continue
        modal = obligation(comp)
        failing = lexicon_lemma(comp) in FAILING_VERBS
        subj = subject_of(comp)
        forecast = subj is not None and subj.pos_ == "NOUN" and lexicon_lemma(comp) in FORECAST_VERBS
        if (modal or failing) and subj is not None and (subj.lower_ not in SELF_OR_THING or _the_one_told(comp, subj)) \
                and not forecast \
                and not (subj.pos_ == "NOUN" and no_one_named(subj)) and (
                speaker is None or subj.lower_ != speaker.lower_):
            return True
    return False


def stated_obligation(tok: Token) -> bool:
    """'The MBTA has to fix the tracks, and the state has to fund it properly', an interview's answer: a sentence
    of its own telling someone named what they must do (inside a quotation, its speaker's demand)."""
    if tok.dep_ != "ROOT" or tok.pos_ not in ("VERB", "AUX") or not obligation(tok):
        return False
    subj = subject_of(tok)
    return subj is not None and subj.pos_ != "PRON" and not no_one_named(subj) and plausible_target(subj) \
        and not {subj.lower_, subj.lemma_.lower()} & ADVISED_TO_ADAPT  # "Farmers should plant earlier": advice
