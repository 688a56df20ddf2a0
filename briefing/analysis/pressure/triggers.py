"""Triggers: the words that make a sentence pressure, and the class of pressure each one starts as.

A trigger is a pressure verb or noun from the lexicon (CAMEO/PLOVER: DEMAND, DISAPPROVE, REJECT,
THREATEN, PROTEST, SANCTION, COERCE, MOBILIZE, INVESTIGATE), a construction from `patterns.py`
("blew up", "called on X to"), or a reported obligation ("Russia said Sudan must return ...").
Each exception is one row: the word stays a trigger unless its row says otherwise.

The class is a kind of pressure or one of four that the source decides later: "voice" (political,
diplomatic, media or legal), "threat", "verdict" and "coerce".
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice

from spacy.tokens import Token

from briefing.analysis.actors import state_for
from briefing.analysis.lexicon import (
    ACTION_KINDS,
    ADDRESSING_VERBS,
    ADJECTIVAL_TRIGGERS,
    AGREEMENT_NOUNS,
    ALERT_MARKS,
    ALERT_NOUNS,
    ARMED_NOUNS,
    ARMED_STRIKE_WORDS,
    ASKING_VERBS,
    BEFORE_PREPOSITIONS,
    CALL_NOUNS,
    CALLING_VERBS,
    CASE_VERBS,
    CAUSE_PREPOSITIONS,
    CHARGING_VERBS,
    CLAIM_NOUNS,
    COLLECTIVE_HEADS,
    DECIDING_VERBS,
    DENYING_VERBS,
    DISAPPROVAL_PREPOSITIONS,
    DISAPPROVING_ADJECTIVES,
    DRILL_NOUNS,
    DRILL_PLACES,
    ECONOMIC_OBJECTS,
    ENVOY_NOUNS,
    FAILING_VERBS,
    GATHERING_MARKS,
    GATHERING_NOUNS,
    HISTORY_PREPOSITIONS,
    IMPOSING_VERBS,
    INQUIRY_NOUNS,
    INQUIRY_PREPOSITIONS,
    JOINT_MARKS,
    LAUNCHING_VERBS,
    LEGAL_THREAT_WORDS,
    LODGING_VERBS,
    MOVEMENT_MODIFIERS,
    OBJECT_BOUND,
    OBJECT_TRIGGERS,
    OBLIGATION_MODALS,
    OBLIGING_SPEECH,
    OPENING_VERBS,
    PRESSURE_NOUNS,
    PRESSURE_VERBS,
    PROTEST_PREPOSITIONS,
    RIGHT_NOUNS,
    SEEKING_VERBS,
    SELF_OR_THING,
    SENDING_VERBS,
    SENT_INQUIRERS,
    SEVERING_VERBS,
    SHOW_NOUNS,
    SPEECH_VERBS,
    STREET_PROTEST_WORDS,
    STRIKING_VERBS,
    TALKS_NOUNS,
    TRADE_NOUNS,
    VERDICT_NOUNS,
    WORDED_CHARGES,
    YIELDING_VERBS,
)
from briefing.analysis.subjects import subject_of

# Constructions (patterns.py labels) and the class each starts as.
CONSTRUCTION_CLASSES = {"ASK_TO": "voice", "CALL_ON": "voice", "CALL_IT_BAD": "voice", "MOVEMENT": "public",
                        "CAMPAIGN": "public", "STOP_WORK": "public", "WALK_OFF": "public", "BLOW_UP": "military",
                        "HOLD_CAPTIVE": "military", "VOW_TO_FIGHT": "threat", "VOW_TO_FIGHT_ON": "threat",
                        "TAKE_TO_COURT": "lawsuit", "JUDICIAL_REVIEW": "lawsuit", "USE_FORCE": "coerce",
                        "WALK_OUT": "public", "SIT_IN": "public",
                        "CHANT_SLOGANS": "public", "VOICE_CONCERN": "voice",
                        "NOT_HESITATE": "threat", "BREAK_OFF": "diplomatic", "CALL_UP": "military",
                        "HIT_OUT": "voice"}
FALLBACK_CLASSES = {"UNLESS": "threat"}  # only where nothing else made the word a trigger

Rule = tuple[str, Callable[[Token], bool], str | None]


def obliges(verb: Token) -> bool:
    """A reported clause telling someone else what they must do, or saying they fail to:
    'said Sudan must return ...', 'the government is failing to uphold rights, a rights group said'."""
    speaker = subject_of(verb)
    for comp in verb.children:
        if comp.dep_ not in ("ccomp", "parataxis") or comp.pos_ not in ("VERB", "AUX"):
            continue
        modal = any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in comp.children)
        failing = lexicon_lemma(comp) in FAILING_VERBS
        subj = subject_of(comp)
        if (modal or failing) and subj is not None and subj.lower_ not in SELF_OR_THING and (
                speaker is None or subj.lower_ != speaker.lower_):
            return True
    return False


def _objects(tok: Token) -> set[str]:
    """The object's words, and those of what a collective object is made of: 'dispatched a team of
    inspectors' sends inspectors."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [p for o in objects if o.lemma_.lower() in COLLECTIVE_HEADS
                for prep in o.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for p in prep.children if p.dep_ == "pobj"]
    return {c.lemma_.lower() for c in objects} | {c.lower_ for c in objects}


_ENDINGS = ("ed", "d", "es", "s", "ing")


def _stems(word: str) -> list[str]:
    """The word without each inflection it may end in: 'staged' -> 'stag', 'stage'."""
    return [word[:-len(end)] for end in _ENDINGS if word.endswith(end)]


def lexicon_lemma(tok: Token) -> str:
    """The lemma, or the lexicon's verb the tagger's lemma missed: 'fined' is lemmatised 'fin'."""
    lemma = tok.lemma_.lower()
    if lemma in PRESSURE_VERBS or tok.pos_ != "VERB":
        return lemma
    low = tok.lower_
    return next((stem for stem in _stems(low) if stem in PRESSURE_VERBS), lemma)


def lemma_in(tok: Token, words: frozenset[str]) -> bool:
    """The lemma is one of `words`, or the word is one of them inflected: the tagger lemmatises
    'staged' as 'stag' and 'fined' as 'fin'."""
    low = tok.lower_
    return tok.lemma_.lower() in words or any(
        stem in words or stem + "e" in words for stem in _stems(low))


# Pressure verbs: (why, when, what it is then); None means no trigger. First row that applies wins.
VERB_RULES: tuple[Rule, ...] = (
    ("a participle used as an adjective: 'charged particles'",
     lambda t: lexicon_lemma(t) in ADJECTIVAL_TRIGGERS and t.dep_ == "amod", None),
    ("a right, not an act: 'respected the right to protest', 'the freedom to strike'",
     lambda t: t.dep_ == "acl" and t.head.lemma_.lower() in RIGHT_NOUNS, None),
    ("background, not an event: 'West Africans ordered out of Nigeria'",
     lambda t: t.dep_ == "acl" and t.tag_ == "VBN" and not any(c.dep_ == "agent" for c in t.children), None),
    ("an assertion: 'insisted unrest reflected ...'",
     lambda t: lexicon_lemma(t) == "insist" and not any(c.lower_ == "on" or c.dep_ == "xcomp" for c in t.children)
     and not obliges(t), None),
    ("nothing cut or blocked: 'cut short'",
     lambda t: lexicon_lemma(t) in OBJECT_TRIGGERS and not any(c.dep_ in ("dobj", "prt") for c in t.children), None),
    ("a charge in words, not in court: 'critics charge that ...', '... which critics charge is a camp'",
     lambda t: lexicon_lemma(t) in WORDED_CHARGES and (any(c.dep_ == "ccomp" for c in t.children) or not any(
         c.dep_ in ("dobj", "nsubjpass", "auxpass") or c.dep_ == "prep" and c.lower_ == "with" for c in t.children)),
     "voice"),
    ("ties or talks cut are diplomatic: 'cut ties', 'suspended talks with the rebels'",
     lambda t: lexicon_lemma(t) in SEVERING_VERBS and bool(_objects(t) & TALKS_NOUNS), "diplomatic"),
    ("an envoy summoned is a rebuke between states: 'summoned the U.S. ambassador'",
     lambda t: lexicon_lemma(t) == "summon" and bool(_objects(t) & ENVOY_NOUNS), "diplomatic"),
    ("an envoy ordered out is expelled: 'ordered the French ambassador to leave the country'",
     lambda t: lexicon_lemma(t) == "order" and bool(_objects(t) & ENVOY_NOUNS), "diplomatic"),
    ("a member state suspended from a body: 'The African Union suspended Niger after the coup'",
     lambda t: lexicon_lemma(t) == "suspend" and any(c.dep_ == "dobj" and (c.ent_type_ == "GPE" or state_for(c.text))
                                                     for c in t.children),
     "diplomatic"),
    ("trade with a named state banned or halted is a sanction: 'banned imports of Ugandan sugar'",
     lambda t: lexicon_lemma(t) in ("ban", "halt", "restrict", "block") and bool(_objects(t) & TRADE_NOUNS)
     and any(w.ent_type_ in ("GPE", "NORP", "ORG") for o in t.children if o.dep_ in ("dobj", "prep")
             for w in o.subtree), "economic"),
    ("an appeal against a decision is a case in court: 'said it would appeal any penalty'; 'appealed for calm'"
     " and 'appealed to voters' are words",
     lambda t: lexicon_lemma(t) == "appeal" and any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "against"
                                                    for c in t.children), "lawsuit"),
    ("a deal struck is an agreement: 'struck a deal with the unions', 'struck a balance'",
     lambda t: lexicon_lemma(t) == "strike" and bool(_objects(t) & AGREEMENT_NOUNS), None),
    ("strikes on something are blows, not a stoppage: 'warplanes struck targets across the Gaza Strip'",
     lambda t: lexicon_lemma(t) == "strike" and any(c.dep_ == "dobj" for c in t.children), "military"),
    ("seizing on something is making use of it: 'seizing on a budget proposal he co-wrote'",
     lambda t: lexicon_lemma(t) == "seize" and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i == t.i + 1
                                                   for c in t.children), None),
    ("campaigning for a candidate or a party is electioneering: 'visited the state to campaign for Kittredge'",
     lambda t: lexicon_lemma(t) == "campaign" and any(c.dep_ == "prep" and c.lower_ in ("for", "with") and any(
         p.dep_ == "pobj" and p.pos_ == "PROPN" and p.ent_type_ not in ("GPE", "NORP", "LOC") for p in c.children)
         for c in t.children), None),
    ("storming off is walking out, not an assault: 'stormed out of the meeting'",
     lambda t: lexicon_lemma(t) == "storm" and not any(c.dep_ == "dobj" for c in t.children), None),
    ("a plea in court is an answer to a charge, not an appeal: 'pleaded guilty', 'pleaded not guilty'",
     lambda t: lexicon_lemma(t) == "plead" and any(c.lower_ in ("guilty", "innocent") for c in t.children), None),
    ("a claim denied: 'rejected suggestions that the veto was political', 'dismissed the allegations'",
     lambda t: lexicon_lemma(t) in DENYING_VERBS and bool(_objects(t) & CLAIM_NOUNS), None),
    ("only the right object: 'recalled its ambassador', 'severed ties', not 'recalled the day'",
     lambda t: lexicon_lemma(t) in OBJECT_BOUND and not _objects(t) & OBJECT_BOUND[lexicon_lemma(t)], None),
)


def _sent_class(tok: Token) -> str | None:
    """'dispatched inspectors' is an inquiry, 'sent troops' a show of force; anything else sent is not."""
    objects = _objects(tok)
    if objects & SENT_INQUIRERS:
        return "legal"
    return "military" if objects & ARMED_NOUNS else None


def _disapproving(tok: Token) -> bool:
    """'disappointed with NASA's decision', 'angry at the ruling': a feeling said of someone's act."""
    return tok.lower_ in DISAPPROVING_ADJECTIVES and tok.dep_ in ("acomp", "ROOT", "conj", "ccomp") and any(
        c.dep_ == "prep" and c.lower_ in DISAPPROVAL_PREPOSITIONS for c in tok.children)


def _on_alert(t: Token) -> bool:
    """'put troops on high alert', 'a state of alert'."""
    return t.dep_ == "pobj" and t.head.lower_ in ALERT_MARKS


def _imposed(tok: Token) -> str | None:
    """'imposed tariffs' is economic; any other thing imposed is law; nothing imposed is nothing."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if PRESSURE_NOUNS.get(lexicon_lemma(obj)) == "coerce":
        return "coerce"  # "imposed a blockade on the port": who blockades decides (a curfew stays law)
    trade = any(c.dep_ == "compound" and c.lower_ in TRADE_NOUNS for c in obj.children)  # "export controls"
    return "economic" if lexicon_lemma(obj) in ECONOMIC_OBJECTS or trade else "legal"


def _verb_class(tok: Token) -> str | None:
    for _why, applies, outcome in VERB_RULES:
        if applies(tok):
            return outcome
    if lexicon_lemma(tok) in IMPOSING_VERBS:
        return _imposed(tok)
    return PRESSURE_VERBS[lexicon_lemma(tok)]


def _bare_call(t: Token) -> bool:
    """'its call' with nothing called for; 'reiterated its demand today that Israel ease ...' counts."""
    return (lexicon_lemma(t) in CALL_NOUNS and t.tag_ != "NNS"
            and not any(c.dep_ in ("acl", "prep", "ccomp") for c in t.children)
            and not (t.dep_ == "dobj" and any(c.dep_ == "ccomp" and c.i > t.i for c in t.head.children)))


def _gathering_without_cause(t: Token) -> bool:
    if t.dep_ == "dobj" and lemma_in(t.head, CALLING_VERBS):
        return False  # "has called a rally outside Parliament": a protest, wherever the parser hangs "outside"
    return lexicon_lemma(t) in GATHERING_NOUNS and t.tag_ == "NN" and not any(
        c.lower_ in GATHERING_MARKS or c.ent_type_ in ("NORP", "GPE") or c.lower_ in MOVEMENT_MODIFIERS
        or c.lower_ in STREET_PROTEST_WORDS for c in t.children)


def _speech_venue(t: Token) -> bool:
    """A rally someone speaks at is where words are said, not a protest (unless it is against something)."""
    if lexicon_lemma(t) not in GATHERING_NOUNS or any(c.lower_ in PROTEST_PREPOSITIONS for c in t.children):
        return False
    verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "at" else t.head if t.dep_ == "dobj" else None
    return verb is not None and not lemma_in(verb, CALLING_VERBS) and (
        verb.lemma_.lower() in SPEECH_VERBS or verb.lemma_.lower() in ADDRESSING_VERBS)


def _history(t: Token) -> bool:
    """'before the 2014 protests', 'during the Oct. 7 attack': a time anchor, not this story."""
    return t.dep_ == "pobj" and t.head.lower_ in HISTORY_PREPOSITIONS and (
        PRESSURE_NOUNS[lexicon_lemma(t)] == "public" and t.head.lower_ in BEFORE_PREPOSITIONS
        or any(c.ent_type_ == "DATE" for c in t.subtree if c.i < t.i))


def _work_stoppage(tok: Token) -> bool:
    """'went on strike', 'called a strike', and any strike with no mark of arms ('Nurses extended their
    strike'); not 'a strike of luck' nor 'strike action' (the action is the trigger)."""
    if lexicon_lemma(tok) != "strike":
        return False
    if tok.tag_ == "NN" and tok.dep_ != "compound" and not _armed_strike(tok) and not any(
            c.lower_ == "of" for c in tok.children):
        return True
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "for") else (
        tok.head if tok.dep_ == "dobj" else None)  # "went on strike", "called for a strike", "called a strike"
    if verb is None or not lemma_in(verb, STRIKING_VERBS):
        return False
    subj = subject_of(verb)  # "Israel launched a strike on a depot": a state or a force strikes with arms
    return not (subj is not None and (subj.ent_type_ in ("GPE", "NORP") or subj.lemma_.lower() in ARMED_NOUNS))


def _sought(t: Token) -> bool:
    verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "for" else t.head if t.dep_ == "dobj" else None
    return verb is not None and lemma_in(verb, SEEKING_VERBS)


def _charges_brought(t: Token) -> bool:
    against = any(c.dep_ == "prep" and c.lower_ == "against" for c in t.children)
    return against or t.dep_ == "dobj" and t.head.lemma_.lower() in CHARGING_VERBS


def _action(t: Token) -> bool:
    """'action' with no kind that presses ('took action', 'a call to action') is none."""
    return lexicon_lemma(t) == "action" and not any(
        c.dep_ in ("amod", "compound") and c.lower_ in ACTION_KINDS for c in t.children)


def _action_kind(t: Token) -> str:
    """'military action', 'legal action', 'strike action' (a stoppage)."""
    return next((ACTION_KINDS[c.lower_] for c in t.children if c.dep_ in ("amod", "compound")
                 and c.lower_ in ACTION_KINDS), PRESSURE_NOUNS["action"])


def _armed_strike(t: Token) -> bool:
    """'air strikes', 'a missile strike', 'strikes on Gaza', 'launched a strike': a blow; any other strike
    ('extended their strike', "the nurses' strike") is a stoppage."""
    return any(c.lower_ in ARMED_STRIKE_WORDS for c in t.children if c.dep_ in ("amod", "compound", "nmod")) or any(
        c.dep_ == "prep" and c.lower_ in ("on", "against") for c in t.children) or (
        t.dep_ == "dobj" and lemma_in(t.head, LAUNCHING_VERBS))


NOUN_RULES: tuple[Rule, ...] = (
    ("a word on another trigger: 'strike action' is the action", lambda t: t.dep_ == "compound"
     and t.head.pos_ == "NOUN" and lexicon_lemma(t.head) in PRESSURE_NOUNS, None),
    ("a stoppage, not a blow: 'went on strike', 'called a strike'", _work_stoppage, "public"),
    ("a call or demand for nothing in particular", _bare_call, None),
    ("a request granted is the reason for an act, not pressure: 'extradited him at Washington's request'",
     lambda t: lexicon_lemma(t) == "request" and t.dep_ == "pobj" and t.head.lower_ == "at", None),
    ("a hearing or inquiry into nothing, and nobody opened it",
     lambda t: lexicon_lemma(t) in INQUIRY_NOUNS and not any(c.lower_ in INQUIRY_PREPOSITIONS
                                                       for c in (*t.children, *t.head.children))
     and not (t.dep_ == "dobj" and t.head.lemma_.lower() in OPENING_VERBS), None),
    ("a show, not a protest: 'a demonstration of the new headset', 'a strike of luck'",
     lambda t: lexicon_lemma(t) in SHOW_NOUNS and any(c.lower_ == "of" for c in t.children)
     and not any(c.lower_ in PROTEST_PREPOSITIONS for c in t.children), None),
    ("a show, not a protest: 'the demonstration took players to ...'", _gathering_without_cause, None),
    ("a campaign event, not a protest: 'told supporters at a rally', 'addressed a rally'", _speech_venue, None),
    ("history, not this story", _history, None),
    ("a ruling asked of a court is a case: 'filed for an emergency injunction', 'sought an injunction'",
     lambda t: lexicon_lemma(t) in VERDICT_NOUNS and _sought(t), "lawsuit"),
    ("only a court hands one down", lambda t: lexicon_lemma(t) in VERDICT_NOUNS, "verdict"),
    ("a complaint lodged is words, not a street protest: 'lodged a formal protest with Russia'",
     lambda t: lexicon_lemma(t) == "protest" and t.dep_ == "dobj" and t.head.lemma_.lower() in LODGING_VERBS, "voice"),
    ("action presses only as military, legal or punitive action: 'took military action'", _action, None),
    ("charges are a prosecution only brought or laid against someone: 'bring charges against two officers'",
     lambda t: lexicon_lemma(t) == "charge" and not _charges_brought(t), None),
    ("a warning presses only someone warned: 'as a warning to Iran'",
     lambda t: lexicon_lemma(t) == "warning" and not any(c.dep_ == "prep" and c.lower_ == "to" and any(
         p.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for p in c.children) for c in t.children), None),
    ("proceedings press only against someone: 'opened formal proceedings against TikTok'",
     lambda t: lexicon_lemma(t) in ("proceeding", "proceedings") and not any(
         c.dep_ == "prep" and c.lower_ == "against" for c in t.children), None),
    ("a case is in court only when someone brings or pursues it: 'is pursuing a similar case'",
     lambda t: lexicon_lemma(t) == "case" and not (t.dep_ == "dobj" and lemma_in(t.head, CASE_VERBS)), None),
    ("a challenge is a case in court only when legal: 'would consider a legal challenge'",
     lambda t: lexicon_lemma(t) == "challenge" and not any(c.lower_ in LEGAL_THREAT_WORDS for c in t.children), None),
    ("exercises are a show of force only when held at someone's door: 'military drills around Taiwan'; joint"
     " exercises are cooperation, 'a fire drill' none",
     lambda t: lexicon_lemma(t) in DRILL_NOUNS and (any(c.lower_ in JOINT_MARKS for c in t.children) or not any(
         c.dep_ == "prep" and c.lower_ in DRILL_PLACES for c in t.children)), None),
    ("an alert is a notice unless forces are on it: 'on high alert'",
     lambda t: lexicon_lemma(t) in ALERT_NOUNS and not _on_alert(t), None),
)


def _noun_class(tok: Token) -> str | None:
    for _why, applies, outcome in NOUN_RULES:
        if applies(tok):
            return outcome
    return _action_kind(tok) if lexicon_lemma(tok) == "action" else PRESSURE_NOUNS[lexicon_lemma(tok)]


def verbal(tok: Token) -> bool:
    """A verb, or a word the tagger took for an adjective after 'to' with an object: 'is preparing
    to fine Google' (fine/ADJ)."""
    return tok.pos_ == "VERB" or (tok.pos_ == "ADJ" and tok.i > 0 and tok.doc[tok.i - 1].tag_ == "TO"
                                  and any(c.dep_ == "dobj" for c in tok.children))


def _names_something(tok: Token) -> bool:
    """'called the state "ground zero" for the election': calling something a name, whatever 'for' follows."""
    return any(c.dep_ in ("dobj", "oprd") for c in tok.children)


def trigger_class(tok: Token, constructions: set[str]) -> str | None:
    """The class of pressure `tok` triggers, or None; `constructions` are the labels it anchors."""
    if not constructions and tok.pos_ not in ("VERB", "NOUN", "ADJ"):
        return None  # only verbs, nouns and adjectives press, or a construction anchored on the word
    lemma = lexicon_lemma(tok)
    if _disapproving(tok):
        return "voice"
    if verbal(tok) and lemma in PRESSURE_VERBS:
        return _verb_class(tok)
    if tok.pos_ == "VERB" and lemma in SENDING_VERBS and (sent := _sent_class(tok)) is not None:
        return sent
    found = next((CONSTRUCTION_CLASSES[c] for c in sorted(constructions) if c in CONSTRUCTION_CLASSES
                  and not (c == "CALL_ON" and _names_something(tok))), None)
    if found is None and tok.pos_ == "VERB" and lemma in OBLIGING_SPEECH and obliges(tok):
        found = "voice"  # "Russia said Sudan must return the helicopter": a demand
    if found is None and tok.pos_ == "NOUN" and lemma in PRESSURE_NOUNS:
        found = _noun_class(tok)
    return found


def fallback_class(constructions: set[str]) -> str | None:
    return next((FALLBACK_CLASSES[c] for c in sorted(constructions) if c in FALLBACK_CLASSES), None)


def yielding_above(tok: Token) -> bool:
    """Whether the trigger sits under a concession or a show of support ("accepted demands").

    A conjunct is beside its verb, not under it: "welcomed the decision but urged the bloc to go
    further" urges. Agreeing to do something decides it: "ministers agreed to impose sanctions".
    """
    child = tok
    for head in islice(tok.ancestors, 6):
        if head.dep_ == "prep" and head.lower_ in CAUSE_PREPOSITIONS:
            return False  # "resigned after weeks of pressure from the government": the cause, not what yielded
        beside = child.dep_ == "conj"
        decided = child.dep_ == "xcomp" and child.pos_ == "VERB" and lexicon_lemma(head) in DECIDING_VERBS
        if decided:
            return False
        if not beside and head.pos_ == "VERB" and lexicon_lemma(head) in YIELDING_VERBS:
            return True
        child = head
    return False


def inside_trigger(tok: Token) -> bool:
    """'ordered Israel to halt the operation', 'called on Boric to cut spending': the halt and the cut
    are what was demanded, not a second item of another kind."""
    if tok.dep_ not in ("xcomp", "ccomp", "acl") or tok.pos_ != "VERB":
        return False
    head = tok.head if tok.dep_ != "acl" else tok.head.head
    return head != tok and head.pos_ == "VERB" and (
        lexicon_lemma(head) in PRESSURE_VERBS or lexicon_lemma(head) in ASKING_VERBS)  # "called on Boric to cut"
