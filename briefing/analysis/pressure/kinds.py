"""A pressure item's kind: the trigger's class and scope (`scope.kind_of`), then what the doer and the act
say of it ("Police raided the offices" is law enforcement, "threatened to sue" is legal, "Japan lodged a
protest with China" is diplomacy)."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.actors import Actor, ActorKind
from briefing.analysis.lexicon import (
    ACT_NOUNS,
    ARMED_NOUNS,
    AUTHORITY_NOUNS,
    CAMPAIGNER_WORDS,
    COURT_WORDS,
    LEGAL_OFFICES,
    LEGAL_THREAT_WORDS,
    LEGISLATION_NOUNS,
    MEDIA_WORDS,
    MOBILIZING_VERBS,
    ONLINE_POSTING_VERBS,
    PARTY_MEMBERS,
    PARTY_NAMES,
    POLICING_ACTS,
    POLITICAL_ORDERS,
    REMARK_NOUNS,
)
from briefing.analysis.pressure.model import PressureKind, Scope
from briefing.analysis.pressure.parties import ruled
from briefing.analysis.pressure.scope import armed_or_state, is_state, kind_of, state_to_state
from briefing.analysis.pressure.targets import target_token


def _in_court(tok: Token) -> bool:
    """'challenge the asylum limits in court' (the parser may hang 'in court' on the object), 'challenging it
    before the Constitutional Court', not a court in a clause of its own ('accused the judge who sat in court')."""
    for t in tok.subtree:
        if t.lower_ in ("court", "courts") and t.dep_ == "pobj" and t.head.lower_ in ("in", "before"):
            between = list(t.ancestors)
            if not any(a.pos_ in ("VERB", "AUX") for a in between[:between.index(tok)]):
                return True
    return False


def _words_attacked(tok: Token) -> bool:
    """'Workers attacked the plan as unfair': a plan, a law or a remark is attacked in words (but 'protesters
    attacked Western embassies' is a riot)."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ACT_NOUNS | LEGISLATION_NOUNS | REMARK_NOUNS
               or c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)


def _states_coercion(tok: Token, phrase: str, src: Token | None, actor: Actor) -> PressureKind | None:
    """'Pakistan imposed a naval blockade': a state blockades with arms; 'Hungary blocked the release of 6.6
    billion euros in EU military aid': a state's veto, no crowd's (but 'Hungarians blocked the bridge')."""
    if "blockade" in {tok.lemma_.lower(), *(c.lemma_.lower() for c in tok.children if c.dep_ == "dobj")}:
        return PressureKind.MILITARY
    return PressureKind.POLITICAL if is_state(actor, phrase) and src is not None and src.pos_ == "PROPN" else None


def _party(actor: Actor | None) -> bool:
    """A political party, by name or as its members: 'Labour', 'the Green Party', 'Republicans'."""
    name = actor.name.lower() if actor is not None else ""
    return name in PARTY_NAMES or name.endswith(" party") or name.removeprefix("the ") in PARTY_MEMBERS


def refine_kind(base: str, scope: Scope, phrase: str, who: str, tok: Token, src: Token | None, actor: Actor | None
                ) -> PressureKind:
    """The kind from the trigger's class and scope (`kind_of`), then what the doer and the act say."""
    act = "" if tok.lemma_.lower() in ONLINE_POSTING_VERBS else tok.lemma_  # "posted on X that the critique was
    # 'lazy'": a politician's words, not a newspaper's (the Post)
    kind = kind_of(base, scope, f"{phrase} {act}", tok)
    if base == "voice" and kind != PressureKind.MEDIA and actor is not None and LEGAL_OFFICES.search(actor.role or ""):
        kind = PressureKind.LEGAL  # "the special counsel, Jack Smith, has been pressing to bring the case to trial"
    if kind == PressureKind.MILITARY and tok.lemma_.lower() in POLICING_ACTS and (
            AUTHORITY_NOUNS & set(phrase.lower().split())) and scope != Scope.ADVERSARY:
        kind = PressureKind.LEGAL  # "Police raided the offices": law enforcement, not arms (but "Chinese coast
        # guard vessels fired water cannon at a Philippine boat" is an adversary's force)
    if base == "threat" and any(t.lemma_.lower() in LEGAL_THREAT_WORDS for t in tok.subtree):
        kind = PressureKind.LEGAL  # "threatened legal action unless ...", "threatened to sue"
    if kind == PressureKind.LEGAL and base == "legal" and _party(actor):
        kind = PressureKind.POLITICAL  # "co-operate fully with the party's investigation": discipline, not law
    if kind == PressureKind.LEGAL and base == "legal" and ruled(tok) is not None and not (
            COURT_WORDS.search(who) or AUTHORITY_NOUNS & set(who.lower().split()) or LEGAL_OFFICES.search(who)):
        kind = PressureKind.POLITICAL  # "The opposition declared the vote invalid": a view, no ruling in law
    if kind == PressureKind.POLITICAL and base == "legal" and tok.lemma_.lower() in POLITICAL_ORDERS and src is not None \
            and src.lemma_.lower() in ARMED_NOUNS - {"police"}:
        kind = PressureKind.MILITARY  # "The Israeli military ordered the evacuation of parts of southern Beirut": a
        # force's order (not "Burkina Faso's military government ordered the expulsion of three journalists")
    if base == "voice" and any(c.dep_ == "amod" and c.lower_ == "diplomatic" for c in tok.children):
        kind = PressureKind.DIPLOMATIC  # "The Philippines filed a diplomatic protest over the coast guard's water cannon"
    if base == "voice" and _in_court(tok):
        kind = PressureKind.LEGAL  # "said it would challenge the asylum limits in court"
    if kind == PressureKind.MILITARY and CAMPAIGNER_WORDS & set(who.lower().split()) and tok.pos_ == "VERB":
        kind = PressureKind.PUBLIC  # "The miners' union said its members would occupy the pits": a sit-in, no arms;
        # "Congolese protesters attacked Western embassies": a riot
    if kind == PressureKind.MILITARY and tok.lemma_.lower() in MOBILIZING_VERBS \
            and not armed_or_state(who, scope, actor) and not is_state(actor, phrase):
        kind = PressureKind.PUBLIC  # "Immigrant advocacy groups said they would mobilize against it"
    if tok.lemma_.lower() == "protest" and tok.pos_ == "VERB" and src is not None \
            and src.tag_ in ("NNS", "NNPS") and (actor is None or actor.kind in (ActorKind.GROUP, ActorKind.PLACE)
                                                        or src.pos_ == "NOUN") \
            and not (actor is not None and actor.kind == ActorKind.PLACE and src.lower_ == actor.name.lower()):
        kind = PressureKind.PUBLIC  # "Greek farmers protested against ...": a crowd protests in the street;
        # so do "Greenpeace activists", whoever they act for (but "The Philippines" is a state)
    if kind == PressureKind.POLITICAL and base == "voice" and (state_to_state(actor, target_token(tok)) or (
            scope == Scope.ADVERSARY and is_state(actor, phrase))):
        kind = PressureKind.DIPLOMATIC  # "Japan lodged a protest with China"; an adversary state's words
    if kind == PressureKind.PUBLIC and base == "coerce" and actor is not None and actor.kind == ActorKind.PLACE:
        kind = _states_coercion(tok, phrase, src, actor) or kind
    if tok.pos_ == "VERB" and (tok.lemma_.lower() == "attack" and not armed_or_state(who, scope, actor)
                               and not (CAMPAIGNER_WORDS & set(who.lower().split()) and not _words_attacked(tok)) or (
            tok.lemma_.lower() == "clash" and actor is not None and actor.kind == ActorKind.PERSON)):
        kind = PressureKind.MEDIA if MEDIA_WORDS.search(who) else PressureKind.POLITICAL  # words attack too; one
        # person clashes in words ("Greene, who has clashed with Johnson before"), a crowd in the street
    return kind
