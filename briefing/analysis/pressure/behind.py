"""Who stands behind a source: the body a group of people comes from or acts for, the speaker a
pronoun stands for, the one who launched a campaign.

    "Sheriff Ray Lindqvist said his deputies had arrested 14 people." -> the deputies act for the sheriff
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.lexicon import (
    ACTING_BODY_NOUNS,
    ARM_NOUNS,
    AUTHORITY_NOUNS,
    COUNTER_STATE_WORDS,
    LAUNCH_VERBS,
    POSSESSIVE_PRONOUNS,
    SPEECH_VERBS,
)
from briefing.analysis.subjects import subject_of


def body_behind(tok: Token) -> Token | None:
    """The named body a group of people come from: 'campaigners from Friends of the Earth',
    'officials at the Health Ministry', 'members of Hamas'; the state or body whose arm acts:
    "Qatar's foreign ministry", "Hamas's armed wing"; the speaker whose officers act: "his deputies",
    "Thames Valley Police said officers were investigating"."""
    if not (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.is_lower):  # "foreign ministry" as PROPN
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.ent_type_ in ("ORG", "GPE", "NORP")), None)
    against = any(c.lower_ in COUNTER_STATE_WORDS for c in tok.children if c.dep_ in ("compound", "amod"))
    if owner is not None and (tok.lemma_.lower() in ACTING_BODY_NOUNS or tok.lower_ in ARM_NOUNS) and not (
            against and owner.ent_type_ == "GPE"):  # "Hungary's opposition leader" does not act for Hungary
        return owner
    mine = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
    if mine is not None and (tok.lemma_.lower() in ACTING_BODY_NOUNS | AUTHORITY_NOUNS or tok.lower_ in ARM_NOUNS):
        speaker = speaker_of_pronoun(mine)  # "Sheriff Ray Lindqvist said his deputies had arrested 14 people"
        return speaker if speaker is not None and speaker != tok else None  # "his lawyers said": no one behind
    if tok.tag_ == "NNS" and tok.lower_ in AUTHORITY_NOUNS and not any(c.dep_ in ("det", "poss", "nummod", "amod")
                                                                      for c in tok.children):
        speaker = speaker_of_pronoun(tok)
        if speaker is not None and (speaker.ent_type_ in ("ORG", "GPE") or speaker.lemma_.lower() in AUTHORITY_NOUNS):
            return speaker
    holders = [tok, tok.head.head] if tok.dep_ == "pobj" and tok.head.lower_ == "of" else [tok]  # "a handful of
    # protesters from the group ...": the parser hangs "from" on the handful
    for prep in (c for holder in holders for c in holder.children):
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "at", "with") and prep.i == tok.i + 1:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            named = next((a for a in pobj.children if a.dep_ == "appos" and a.pos_ == "PROPN"), None) if (
                pobj is not None and pobj.pos_ == "NOUN") else None
            pobj = named or pobj  # "from the group Ukrainian Americans for Democracy": the group's name
            if pobj is not None and (pobj.ent_type_ in ("ORG", "GPE", "NORP") or prep.lower_ == "from" and pobj.pos_ == "PROPN"
                                     and pobj.is_title or pobj.pos_ == "NOUN" and any(
                    d.lower_ == "the" for d in pobj.children) and pobj.lemma_.lower() in AUTHORITY_NOUNS):
                return pobj  # "officers from the agency": the agency the story named
    return None


def speaker_of_pronoun(tok: Token) -> Token | None:
    """'Hamas's armed wing said it had fired the rockets': the reporting verb's subject "it" stands for."""
    for verb in tok.ancestors:
        if verb.lemma_.lower() in SPEECH_VERBS and (subj := subject_of(verb)) is not None and subj != tok:
            return subj
    return None


def campaigner(tok: Token) -> Token | None:
    """'Microsoft has launched an aggressive campaign': who launched it; else the campaign itself."""
    launched = tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in LAUNCH_VERBS
    return subject_of(tok.head) if launched else None
