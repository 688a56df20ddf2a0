"""Who did a passive act that names no agent: "was placed under surveillance by the domestic intelligence service"
(a "by" the parser hung on the noun before it), "was arrested in Lebanon" (the state where it happened), "was
convicted at Birmingham Crown Court" (the court), "Zambia's opposition leader was charged" (the state's own
office-holder), "has been fined £2.1m, the transport regulator said" (the authority reporting it)."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.lexicon import (
    ARMED_NOUNS,
    AUTHORITY_NOUNS,
    COURT_NOUNS,
    CUSTODY_VERBS,
    DISMISSING_VERBS,
    LEGAL_PASSIVES,
    SENDING_VERBS,
    SPEECH_VERBS,
    STATE_OFFICES,
)
from briefing.analysis.pressure.capacity import can_act
from briefing.analysis.pressure.lemmas import lemma_in
from briefing.analysis.subjects import subject_of


def unnamed_agent(tok: Token) -> Token | None:
    """Who did a passive act that names no agent: a "by" the parser hung elsewhere, the place, the court, the
    state or the reporting authority."""
    done_to = [c for c in tok.children if c.dep_ == "nsubjpass"]  # "activists in Hong Kong were jailed"
    nouns = [w for c in tok.children if c.dep_ == "prep" for w in c.children if w.dep_ == "pobj"]
    nouns += [c for c in tok.children if c.dep_ == "dobj"]  # "was fined 200 million euros by the EU's top court"
    hung = next((p for w in nouns for b in w.children if b.dep_ == "prep" and b.lower_ == "by"
                 for p in b.children if p.dep_ == "pobj" and can_act(p)), None)
    if hung is not None:  # "was placed under surveillance by the domestic intelligence service": the parser
        return hung  # hung the passive's "by" on the noun before it
    # "was arrested in Lebanon": the state where it happened acted, if named
    spans = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "to") for p in c.children
             if p.dep_ == "pobj" and p.lemma_.lower() not in AUTHORITY_NOUNS]  # ("were sentenced to prison terms in
    # Azerbaijan": on the sentence; but "summoned to the foreign ministry in Pretoria" names the office, below)
    for prep in (c for w in (tok, *done_to, *spans) for c in w.children if c.dep_ == "prep" and c.lower_ == "in"):
        # ("was jailed for five years in Belarus": the parser hangs the place on the term)
        pobj = next((c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"
                     and not any(a.dep_ == "amod" for a in c.children)), None)  # not "in central London", a part
        if pobj is not None:
            return pobj
    home = _office_home(done_to) if lemma_in(tok, CUSTODY_VERBS | DISMISSING_VERBS) else None  # ("The Turkish
    # central bank governor was dismissed by presidential decree": by Turkey)
    if home is not None:
        return home
    force = _force_sent(done_to) if lemma_in(tok, SENDING_VERBS | {"mobilize", "mobilise", "reinforce"}) else None
    if force is not None:
        return force
    # "was convicted at Birmingham Crown Court": the court where it was done did it
    court = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "in", "by")
                  for p in c.children if p.dep_ == "pobj" and p.lower_ in COURT_NOUNS), None)
    if court is not None and lemma_in(tok, LEGAL_PASSIVES):
        return court
    if tok.lemma_.lower() == "summon":  # "The U.S. ambassador was summoned to the foreign ministry": the
        office = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                       if p.dep_ == "pobj" and p.lemma_.lower() in AUTHORITY_NOUNS), None)  # office summoned him
        if office is not None:
            return office
    # "The operator has been fined £2.1m, the transport regulator said": the authority reporting its act
    reporter = next((a for a in tok.ancestors if a.lemma_.lower() in SPEECH_VERBS), None)
    speaker = subject_of(reporter) if reporter is not None else None
    if speaker is not None and speaker.lemma_.lower() in AUTHORITY_NOUNS and not _name_goes_on(speaker):
        return speaker  # (not "The Committee to Protect Journalists said ... had been detained": an
        # advocate's name that only starts with an authority's noun)
    return None


def _office_home(done_to: list[Token]) -> Token | None:
    """'Zambia's opposition leader was charged with sedition', 'The Bolivian general who led a failed coup was
    arrested': a state's own office-holder, held or charged by no one named, was so by that state."""
    for who in done_to:
        if who.lemma_.lower() in STATE_OFFICES:
            state = next((c for c in who.children if c.dep_ == "poss" and c.ent_type_ == "GPE"
                          or c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")), None)
            if state is not None:
                return state
    return None


def _force_sent(done_to: list[Token]) -> Token | None:
    """'Hundreds of Burkinabe soldiers were deployed to retake the town from jihadists': a force sent by no one
    named presses by itself."""
    for who in done_to:
        heads = [who, *(p for c in who.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                        if p.dep_ == "pobj")]
        force = next((h for h in heads if h.lemma_.lower() in ARMED_NOUNS or h.lower_ in ARMED_NOUNS), None)
        if force is not None:
            return force
    return None


def _name_goes_on(tok: Token) -> bool:
    """'Committee' in "The Committee to Protect Journalists": the head of a name that goes on to say what
    it campaigns for is an advocate's, no authority's (but "The Independent Office for Police Conduct" is one)."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to" and doc[tok.i + 2].tag_ == "VB" \
        and doc[tok.i + 2].is_title
