"""Triggers: the words that make a sentence pressure, and the class of pressure each one starts as.

A trigger is a pressure verb or noun from the lexicon (CAMEO/PLOVER: DEMAND, DISAPPROVE, REJECT,
THREATEN, PROTEST, SANCTION, COERCE, MOBILIZE, INVESTIGATE), a construction from `constructions.py`
("blew up", "called on X to"), or a reported obligation ("Russia said Sudan must return ...").
Each exception is one row: the word stays a trigger unless its row says otherwise (verbs in
`verb_rules.py`, nouns in `noun_rules.py`; lemmas as the lexicon spells them in `lemmas.py`).

The class is a kind of pressure or one of four that the source decides later: "voice" (political,
diplomatic, media or legal), "threat", "verdict" and "coerce".
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.lexicon import (
    ARMED_NOUNS,
    CONFIDENCE_SEEKING_VERBS,
    DISAPPROVAL_PREPOSITIONS,
    DISAPPROVING_ADJECTIVES,
    ECONOMIC_OBJECTS,
    IMPOSING_VERBS,
    INFORMING_CAMPAIGNS,
    INSTITUTION_NOUNS,
    OBLIGING_SPEECH,
    PRESSURE_NOUNS,
    PRESSURE_VERBS,
    SENDING_VERBS,
    SENT_INQUIRERS,
    TRADE_NOUNS,
    UNNAMING_VERBS,
    WAR_CRAFT,
)
from briefing.analysis.pressure.capacity import can_act
from briefing.analysis.pressure.clauses import (
    conditional,
    hoped,
    hostage_to,
    mourning,
    objects_of,
)
from briefing.analysis.pressure.lemmas import lexicon_lemma
from briefing.analysis.pressure.noun_rules import noun_class
from briefing.analysis.pressure.obligations import obliges
from briefing.analysis.pressure.verb_rules import VERB_RULES
from briefing.analysis.subjects import subject_of

# Constructions (constructions.py labels) and the class each starts as.
CONSTRUCTION_CLASSES = {"ASK_TO": "voice", "CALL_TO_TESTIFY": "voice", "WANT_TO_YIELD": "voice", "FORCE_TO": "voice", "CALL_ON": "voice", "CALL_IT_BAD": "voice", "MOVEMENT": "public",
                        "CAMPAIGN": "public", "STOP_WORK": "public", "WALK_OFF": "public", "BLOW_UP": "military",
                        "HOLD_CAPTIVE": "military", "VOW_TO_FIGHT": "threat", "VOW_REVENGE": "threat", "FACE_CONSEQUENCES": "threat", "UNDER_FIRE": "voice", "NO_CONFIDENCE": "voice", "TAKE_TO_STREETS": "public", "READY_TO_USE_FORCE": "threat", "VOW_TO_FIGHT_ON": "threat",
                        "TAKE_TO_COURT": "lawsuit", "GO_TO_COURT": "lawsuit", "SEE_IN_COURT": "lawsuit", "GIVE_DEADLINE": "threat", "JUDICIAL_REVIEW": "lawsuit", "USE_FORCE": "coerce",
                        "WALK_OUT": "public", "SIT_IN": "public",
                        "CHANT_SLOGANS": "public", "BURN_SYMBOL": "public", "SET_FIRE": "coerce", "THROW_MISSILE": "coerce", "CHAIN_SELF": "public", "VOICE_CONCERN": "voice",
                        "NOT_HESITATE": "threat", "NOT_ALLOW": "threat", "TAKE_MEASURES": "threat", "BREAK_OFF": "diplomatic", "CALL_UP": "military",
                        "HIT_OUT": "voice", "HOLD_IN_CONTEMPT": "legal", "DECLARE_UNLAWFUL": "legal",
                        "HOLD_SIGNS": "public", "DESIGNATE_TERRORIST": "legal", "MOVE_TO_UNDO": "voice", "BREAK_WITH": "voice",
                        "SAY_IT_BAD": "voice", "BREAK_IN": "military", "INSPECTORS_ARRIVE": "legal", "SHOOT_DOWN": "military",
                        "DUMP_OUTSIDE": "public", "PULL_OUT": "voice", "DRIVE_OUT": "coerce", "HACK_AND_LEAK": "military",
                        "SCALE_BUILDING": "public", "DISRUPT": "public", "IN_DISPUTE": "public", "PUT_UNDER": "legal", "LOCK_OUT": "economic", "NAME_SUSPECT": "legal", "PREVENT_FROM": "coerce", "LIFT_IMMUNITY": "legal", "INVOKE_LAW": "legal", "FIND_WRONGDOING": "voice", "CROSS_BORDER": "military", "WANTED_LIST": "legal", "PAINT_ON": "public", "SHOW_OF_FORCE": "military", "LAUNCH_AT": "military", "CLEAR_CAMP": "legal", "GATHER": "public", "BLACKLIST": "economic", "REFER_TO_LAW": "legal",
                        "DECLARE_UNWELCOME": "diplomatic", "VOTE_AGAINST": "voice", "HUMAN_CHAIN": "public",
                        "SET_UP_ROADBLOCKS": "coerce", "EXCHANGE_FIRE": "military", "OPEN_FIRE": "coerce", "DECLARE_EMERGENCY": "political", "FORCE_VOTE": "political", "FORCE_OUT": "political", "FORCE_THROUGH": "political", "SET_OFF_BOMB": "military"}
# Verbs with a particle that the construction decides, whatever the verb alone would: "pulled out", "shot down".
PHRASAL_CONSTRUCTIONS = frozenset({"PULL_OUT", "SHOOT_DOWN", "FORCE_OUT", "FORCE_THROUGH"})
# Constructions that press though their verb is denied: "would not hesitate to use force", "will not allow Iran
# to", and a refusal on a condition ("would not take part in the talks unless Kosovo withdrew its police").
DENIED_CONSTRUCTIONS = frozenset({"NOT_HESITATE", "NOT_ALLOW", "UNLESS", "UNTIL"})
FALLBACK_CLASSES = {"UNLESS": "threat", "UNTIL": "threat"}  # only where nothing else made the word a trigger





def _sent_class(tok: Token) -> str | None:
    """'dispatched inspectors' is an inquiry, 'sent troops' a show of force; anything else sent is not."""
    objects = objects_of(tok)
    if objects & SENT_INQUIRERS:
        return "legal"
    return "military" if objects & (ARMED_NOUNS | WAR_CRAFT) else None


def _disapproving(tok: Token) -> bool:
    """'disappointed with NASA's decision', 'angry at the ruling', 'furious that Whitfield had aired the
    party's disagreements': a feeling said of someone's act."""
    return tok.lower_ in DISAPPROVING_ADJECTIVES and tok.dep_ in ("acomp", "ROOT", "conj", "ccomp") and any(
        c.dep_ == "prep" and c.lower_ in DISAPPROVAL_PREPOSITIONS or c.dep_ == "ccomp" and (
            (subj := subject_of(c)) is not None and (subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                                   or subj.lemma_.lower() in INSTITUTION_NOUNS))
        for c in tok.children)  # "furious that management had cancelled the talks"


def _imposed(tok: Token) -> str | None:
    """'imposed tariffs' is economic; any other thing imposed is law; nothing imposed is nothing."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if PRESSURE_NOUNS.get(lexicon_lemma(obj)) == "coerce":
        return "coerce"  # "imposed a blockade on the port": who blockades decides (a curfew stays law)
    trade = any(c.dep_ == "compound" and c.lower_ in TRADE_NOUNS for c in obj.children)  # "export controls"
    return "economic" if lexicon_lemma(obj) in ECONOMIC_OBJECTS or trade else "legal"


def verb_class(tok: Token) -> str | None:
    """The class a pressure verb has here (VERB_RULES first): 'fire the governor' is political."""
    for _why, applies, outcome in VERB_RULES:
        if applies(tok):
            return outcome
    if lexicon_lemma(tok) in IMPOSING_VERBS:
        return _imposed(tok)
    return PRESSURE_VERBS[lexicon_lemma(tok)]


def verbal(tok: Token) -> bool:
    """A verb, or a word the tagger took for an adjective after 'to' with an object: 'is preparing
    to fine Google' (fine/ADJ)."""
    return tok.pos_ == "VERB" or (tok.pos_ == "ADJ" and tok.i > 0 and tok.doc[tok.i - 1].tag_ == "TO"
                                  and any(c.dep_ == "dobj" for c in tok.children))


def _names_something(tok: Token) -> bool:
    """'called the state "ground zero" for the election': calling something a name, whatever 'for' follows.
    'called on the inspector general to open an inquiry' names nothing, whatever the parser hung on it,
    nor does 'called Thursday on Arabs to unite' (a day is when, not what is named), nor 'called on all
    three presidents to step down' (the parser's particle "on" and its object)."""
    if any(c.dep_ in ("prep", "prt") and c.i == tok.i + 1 and c.lower_ in ("on", "upon") for c in tok.children):
        return False
    return any(c.dep_ in ("dobj", "oprd") and c.ent_type_ not in ("DATE", "TIME") for c in tok.children)


def _no_wrongdoer(tok: Token) -> bool:
    """'Researchers found that the drug violated no safety rules': a finding accuses only someone who can act,
    of something done ('A UN panel found that Eritrean troops committed war crimes')."""
    found = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    doer = subject_of(found) if found is not None else None
    return doer is None or not can_act(doer) or any(d.dep_ == "det" and d.lower_ == "no" for d in found.subtree)


def _unnamed_asked(tok: Token) -> bool:
    """'One senator, who asked not to be named to speak candidly, said ...': a source asking to stay unnamed
    presses no one."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in UNNAMING_VERBS and any(a.dep_ == "auxpass" for a in c.children)
               for c in tok.children)


def _confidence_sought(tok: Token) -> bool:
    """'Tusk said he would seek a vote of confidence': a government testing its own majority presses no
    one ('a confidence vote tabled by the opposition' does, and so does any vote of no confidence)."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in CONFIDENCE_SEEKING_VERBS and not any(
        t.lower_ in ("no", "no-confidence") for t in tok.subtree)


def _informing(tok: Token) -> bool:
    """'The agency launched an awareness campaign for schoolchildren': a campaign to inform presses no one."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ in INFORMING_CAMPAIGNS for c in tok.children)


def trigger_class(tok: Token, constructions: set[str]) -> str | None:
    """The class of pressure `tok` triggers, or None; `constructions` are the labels it anchors."""
    if not constructions and tok.pos_ not in ("VERB", "NOUN", "ADJ"):
        return None  # only verbs, nouns and adjectives press, or a construction anchored on the word
    lemma = lexicon_lemma(tok)
    if _disapproving(tok):
        return "voice"
    if verbal(tok) and lemma in PRESSURE_VERBS and ((found := verb_class(tok)) is not None
                                                    or not constructions & PHRASAL_CONSTRUCTIONS):
        return found  # "withdrew its ambassador"; "withdrew from the talks", "shot down 12 drones" are the constructions'
    if tok.pos_ == "VERB" and lemma in SENDING_VERBS and (sent := _sent_class(tok)) is not None:
        return sent
    found = next((CONSTRUCTION_CLASSES[c] for c in sorted(constructions) if c in CONSTRUCTION_CLASSES
                  and not (c == "CALL_ON" and _names_something(tok))
                  and not (c == "ASK_TO" and _unnamed_asked(tok))
                  and not (c == "FIND_WRONGDOING" and _no_wrongdoer(tok))
                  and not (c == "NO_CONFIDENCE" and _confidence_sought(tok))
                  and not (c == "CAMPAIGN" and _informing(tok)) and not (c == "GATHER" and mourning(tok))), None)
    if found is not None and (conditional(tok) or hoped(tok)) and not constructions & DENIED_CONSTRUCTIONS:
        found = None  # "If they want to go to court, that's their right": a supposition, no act
    if found == "military" and "HOLD_CAPTIVE" in constructions and hostage_to(tok):
        found = "voice"
    if found is None and tok.pos_ == "VERB" and lemma in OBLIGING_SPEECH and obliges(tok):
        found = "voice"  # "Russia said Sudan must return the helicopter": a demand
    if found is None and tok.pos_ == "NOUN" and lemma in PRESSURE_NOUNS:
        found = noun_class(tok)
    return found


def fallback_class(constructions: set[str]) -> str | None:
    return next((FALLBACK_CLASSES[c] for c in sorted(constructions) if c in FALLBACK_CLASSES), None)
