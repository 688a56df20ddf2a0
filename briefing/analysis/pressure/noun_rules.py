"""Pressure nouns: when a protest, a strike, a case, a call or an inquiry named in a sentence is
pressure, and of what class. Each exception is one row of `NOUN_RULES`; the first row that applies
wins, and a noun no row stops takes its class from the lexicon ("a walkout": public)."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.lexicon import (
    ACTING_BODY_NOUNS,
    ACTION_KINDS,
    ADDRESSING_VERBS,
    ALERT_MARKS,
    ALERT_NOUNS,
    ARMED_NOUNS,
    ARMED_STRIKE_WORDS,
    ATTACKED_IDEAS,
    AUTHORITY_NOUNS,
    BEARING_VERBS,
    BEFORE_PREPOSITIONS,
    CALL_NOUNS,
    CALLING_VERBS,
    CAMPAIGN_NOUNS,
    CAMPAIGNER_WORDS,
    CASE_VERBS,
    CHARGING_VERBS,
    CLEARING_ORDERS,
    COURT_NOUNS,
    COURT_PREPOSITIONS,
    DANGER_VERBS,
    DESCRIBING_VERBS,
    DRILL_NOUNS,
    DRILL_PLACES,
    ENDING_PROTEST_VERBS,
    ENFORCING_NOTICES,
    EXAMINING_VERBS,
    FILED_WITH_COURT,
    GATHERING_MARKS,
    GATHERING_NOUNS,
    GROUP_NOUNS,
    HISTORY_PREPOSITIONS,
    HOSTILE_NOUNS,
    HYPOTHETICAL_MODALS,
    INQUIRY_NOUNS,
    INQUIRY_PREPOSITIONS,
    JOINT_MARKS,
    LAUNCHING_VERBS,
    LEGAL_THREAT_WORDS,
    LODGING_VERBS,
    MOVEMENT_MODIFIERS,
    OCCURRING_VERBS,
    OPENING_VERBS,
    ORG_HEADS,
    PEACE_WISHES,
    PERSON_WORDS,
    PLACE_NOUNS,
    PRESSURE_NOUNS,
    PRONOUN_GENDER,
    PROTEST_KIN,
    PROTEST_PREPOSITIONS,
    PROTESTING_BODIES,
    REMARK_NOUNS,
    REMIT_NOUNS,
    ROLE_HEADS,
    SEEKING_VERBS,
    SHOW_NOUNS,
    SPEECH_VERBS,
    SPOKEN_OF_NOUNS,
    STOPPAGE_MARKS,
    STOPPAGE_SPANS,
    STREET_PROTEST_WORDS,
    STRIKING_VERBS,
    VERDICT_NOUNS,
    WORDED_ATTACK_MARKS,
)
from briefing.analysis.pressure.clauses import hoped, mourning
from briefing.analysis.pressure.lemmas import Rule, lemma_in, lexicon_lemma
from briefing.analysis.subjects import subject_of


def _personal(tok: Token | None) -> bool:
    """A person, named, by pronoun or by title, who bears no arms: 'Trump', 'his', 'the senator'."""
    return tok is not None and tok.lower_ not in ARMED_NOUNS | HOSTILE_NOUNS and (
        tok.ent_type_ == "PERSON" or tok.lower_ in PRONOUN_GENDER or tok.lemma_.lower() in ROLE_HEADS)


def attack_on_a_person(t: Token) -> bool:
    """'renewed his attacks on Fed Chair Jerome Powell', 'Trump attacked Powell': one person's words
    against another, not arms ('Gunmen attacked the mayor' is arms)."""
    if lexicon_lemma(t) != "attack":
        return False
    if t.pos_ == "VERB":
        targets, doer = [c for c in t.children if c.dep_ == "dobj"], subject_of(t)
    else:
        targets = [p for prep in t.children if prep.dep_ == "prep" and prep.lower_ == "on"
                   for p in prep.children if p.dep_ == "pobj"]
        doer = next((c for c in t.children if c.dep_ == "poss"), None) or (
            subject_of(t.head) if t.dep_ == "dobj" else None)
        if not targets and _personal(doer) and t.dep_ == "dobj" and _personal(subject_of(t.head)):
            return True  # "the two running mates sharpened their attacks": candidates attack in words
    return _personal(doer) and any(x.ent_type_ == "PERSON" or x.pos_ == "NOUN" and x.lemma_.lower() in ROLE_HEADS
                                   for x in targets)  # "Trump attacks Fed chair again"


def attack_in_words(t: Token) -> bool:
    """'This is a cynical attack on working families', 'an attack on democracy': an attack only words
    make, on an idea or a whole class of people, names a stance, not an act against anyone."""
    if lexicon_lemma(t) != "attack" or t.pos_ != "NOUN":
        return False
    targets = [p for prep in t.children if prep.dep_ == "prep" and prep.lower_ == "on"
               for p in prep.children if p.dep_ == "pobj"]
    if t.dep_ in ("appos", "oprd") and t.head.dep_ == "dobj" and t.head.head.lemma_.lower() in DESCRIBING_VERBS:
        return True  # "called the freeze 'a cruel attack on kids'": a name for an act, not an attack
    return any(c.dep_ == "amod" and c.lower_ in WORDED_ATTACK_MARKS for c in t.children) or any(
        x.pos_ == "NOUN" and x.lemma_.lower() in ATTACKED_IDEAS for x in targets)


def _on_alert(t: Token) -> bool:
    """'put troops on high alert', 'a state of alert'; not a place put on alert ('put the region on
    "maximum alert"' against an outbreak)."""
    if t.dep_ != "pobj" or t.head.lower_ not in ALERT_MARKS:
        return False
    verb = t.head.head
    return not any(c.dep_ == "dobj" and c.lemma_.lower() in PLACE_NOUNS for c in verb.children)


def _bare_call(t: Token) -> bool:
    """'its call' with nothing called for; 'reiterated its demand today that Israel ease ...' counts.
    Plural calls the parser often parts from what they call for ('several calls to halt ...'), unless
    someone's own ('his calls had gone unanswered': telephone calls)."""
    return (lexicon_lemma(t) in CALL_NOUNS and (t.tag_ != "NNS" or t.lemma_.lower() == "call" and any(c.dep_ == "poss" for c in t.children))
            and not any(c.dep_ in ("acl", "prep", "ccomp") for c in t.children)
            and not (t.dep_ == "dobj" and any(c.dep_ == "ccomp" and c.i > t.i for c in t.head.children)))


def _led_by_campaigners(t: Token) -> bool:
    """'The march, led by the Samyukt Kisan Morcha, an alliance of farm unions': who leads it says it
    is a protest (a parade 'led by the mayor' is none); so does who holds it ('Tenants Together held a
    rally outside City Hall', 'Tenant groups held a rally'; not 'the senator held a rally')."""
    if t.dep_ == "dobj" and (subj := subject_of(t.head)) is not None and any(
            w.lower_ in CAMPAIGNER_WORDS | PROTESTING_BODIES for w in subj.subtree):
        return True
    return any(a.dep_ == "agent" and any(w.lower_ in CAMPAIGNER_WORDS for w in a.subtree)
               for c in t.children if c.dep_ == "acl" for a in c.children)


def _gathering_without_cause(t: Token) -> bool:
    if t.dep_ == "dobj" and lemma_in(t.head, CALLING_VERBS) or _led_by_campaigners(t):
        return False  # "has called a rally outside Parliament": a protest, wherever the parser hangs "outside"
    return lexicon_lemma(t) in GATHERING_NOUNS and t.tag_ == "NN" and not any(
        c.lower_ in GATHERING_MARKS and not _only_where_or_when(c) or c.ent_type_ in ("NORP", "GPE")
        or c.lower_ in MOVEMENT_MODIFIERS or c.lower_ in STREET_PROTEST_WORDS for c in t.children)


def _only_where_or_when(prep: Token) -> bool:
    """'after a rally in Tucson', 'a march on Sunday': where or when a gathering was says nothing of a cause ('a
    rally in support of the strikers', 'a protest outside Parliament', 'a march on the presidential palace' do)."""
    labels = ("GPE", "LOC") if prep.lower_ == "in" else ("DATE", "TIME") if prep.lower_ == "on" else None
    return labels is not None and all(p.ent_type_ in labels for p in prep.children if p.dep_ == "pobj") \
        and any(p.dep_ == "pobj" for p in prep.children)


def _speech_venue(t: Token) -> bool:
    """A rally someone speaks at is where words are said, not a protest (unless it is against something)."""
    if lexicon_lemma(t) not in GATHERING_NOUNS or any(c.lower_ in PROTEST_PREPOSITIONS for c in t.children):
        return False
    verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "at" else t.head if t.dep_ == "dobj" else None
    remarks = verb is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in REMARK_NOUNS for c in verb.children)
    # a named person doing something at rallies is campaigning: "Moreno has leaned on the message at rallies" (but
    # "was arrested at a rally" is done to him)
    campaigning = verb is not None and t.head.lower_ == "at" and (subj := subject_of(verb)) is not None \
        and subj.dep_ == "nsubj" and subj.ent_type_ == "PERSON"
    return verb is not None and not lemma_in(verb, CALLING_VERBS) and (
        verb.lemma_.lower() in SPEECH_VERBS or verb.lemma_.lower() in ADDRESSING_VERBS or remarks or campaigning)
    # ("made the remarks at a rally outside the Capitol")


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
    if tok.tag_ == "NN" and tok.dep_ != "compound" and not armed_strike(tok) and not any(
            c.lower_ == "of" for c in tok.children):
        return True
    if not armed_strike(tok) and (any(c.lower_ in STOPPAGE_MARKS for c in tok.children if c.dep_ == "amod") or any(
            c.dep_ == "conj" and c.lemma_.lower() in PROTEST_KIN for c in (*tok.children, tok.head))):
        return True  # "a ninth day of nationwide strikes and protests": stoppages, whatever their number
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "for") else (
        tok.head if tok.dep_ == "dobj" else None)  # "went on strike", "called for a strike", "called a strike"
    if verb is None or not lemma_in(verb, STRIKING_VERBS):
        return False
    subj = subject_of(verb)  # "Israel launched a strike on a depot": a state or a force strikes with arms
    return not (subj is not None and (subj.ent_type_ in ("GPE", "NORP") or subj.lemma_.lower() in ARMED_NOUNS))


def _sought(t: Token) -> bool:
    verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "for" else t.head if t.dep_ == "dobj" else None
    return verb is not None and lemma_in(verb, SEEKING_VERBS)


def _filed_in_court(t: Token) -> bool:
    """'Lawyers for the families filed a complaint with the International Criminal Court': a complaint or a
    petition lodged with a court is a case there, not words (PLOVER ACCUSE, sue)."""
    if lexicon_lemma(t) not in FILED_WITH_COURT or t.dep_ != "dobj" or t.head.lemma_.lower() not in LODGING_VERBS:
        return False
    return any(c.dep_ == "prep" and c.lower_ in COURT_PREPOSITIONS and any(w.lower_ in COURT_NOUNS for w in c.subtree)
               for c in (*t.children, *t.head.children))


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


def armed_strike(t: Token) -> bool:
    """'air strikes', 'a missile strike', 'strikes on Gaza', 'launched a strike': a blow; any other strike
    ('extended their strike', "the nurses' strike") is a stoppage, and so is a strike marked as one, whatever it
    is against ('a 24-hour general strike against President Javier Milei's austerity drive')."""
    if any(c.lower_ in STOPPAGE_MARKS or c.lemma_.lower() in STOPPAGE_SPANS for c in t.children
           if c.dep_ in ("amod", "compound", "nmod")):
        return False
    return any(c.lower_ in ARMED_STRIKE_WORDS for c in t.children if c.dep_ in ("amod", "compound", "nmod")) or any(
        c.dep_ == "prep" and c.lower_ in ("on", "against") for c in t.children) or (
        t.dep_ == "dobj" and lemma_in(t.head, LAUNCHING_VERBS))


def _topic(t: Token) -> bool:
    """What someone talks about: 'she spoke to Fiona Harvey about finance, protest and why ...'."""
    while t.dep_ == "conj" and t.head.i < t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ == "about" and t.head.head.pos_ == "VERB" \
        and t.head.head.lemma_.lower() in SPEECH_VERBS | ADDRESSING_VERBS


NOUN_RULES: tuple[Rule, ...] = (
    ("an act hoped for is not done: 'I hope Congress holds hearings'", hoped, None),
    ("an act spoken of as a possibility is not done: 'Patients' groups worry about the impact of a strike'",
     lambda t: t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in SPOKEN_OF_NOUNS
     and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children), None),
    ("an assault is armed only on someone or something: 'an assault on their camp'; not 'charged with assault'",
     lambda t: lexicon_lemma(t) == "assault" and not any(c.dep_ == "prep" and c.lower_ in ("on", "against")
                                                        for c in t.children), None),
    ("a vigil or a gathering to mourn is no protest: 'a candlelight vigil in memory of the victims of a fire'",
     lambda t: lexicon_lemma(t) in GATHERING_NOUNS | {"vigil"} and mourning(t), None),
    ("an act named in general is no one's: 'Protest is not a crime'",
     lambda t: t.dep_ == "nsubj" and t.tag_ == "NN" and t.head.lemma_ == "be" and not any(
         c.dep_ in ("det", "poss", "compound", "amod", "nummod", "prep") for c in t.children), None),
    ("a wish for calm presses no one: 'The family made an appeal for calm', 'calls for peace and dialogue'",
     lambda t: lexicon_lemma(t) in ("appeal", "call", "plea") and any(c.dep_ == "prep" and c.lower_ == "for" and any(
         p.lemma_.lower() in PEACE_WISHES for p in c.children) for c in t.children), None),
    ("an appeal against a ruling is a case in court: 'an appeal by a former minister against his conviction'",
     lambda t: lexicon_lemma(t) == "appeal" and any(c.dep_ == "prep" and c.lower_ == "against" and any(
         p.lemma_.lower() in VERDICT_NOUNS | {"conviction", "decision"} for p in c.children) for c in t.children),
     "lawsuit"),
    ("attacks by one person on another are words: 'renewed his attacks on Fed Chair Jerome Powell'",
     attack_on_a_person, "voice"),
    ("an attack only words make, on an idea or a class of people, is a stance: 'a cynical attack on working families'",
     attack_in_words, None),
    ("a topic someone speaks about, not an act: 'spoke to Fiona Harvey about finance, protest and ...'", _topic, None),
    ("a word on another trigger: 'strike action' is the action", lambda t: t.dep_ == "compound"
     and t.head.pos_ == "NOUN" and lexicon_lemma(t.head) in PRESSURE_NOUNS, None),
    ("a body's remit or a camp, not an act: 'the Security Council's sanctions committee', 'the opposition leader',"
     " 'Japan's main opposition party'",
     lambda t: t.dep_ == "compound" and t.head.pos_ == "NOUN" and (
         t.head.lower_ in REMIT_NOUNS or t.head.lemma_.lower() in ROLE_HEADS | ACTING_BODY_NOUNS | GROUP_NOUNS
         or t.head.lemma_.lower() in ORG_HEADS - CAMPAIGN_NOUNS), None),
    ("'the opposition' as a camp, not opposition to anything: 'India's main opposition Congress party won'",
     lambda t: lexicon_lemma(t) == "opposition" and t.dep_ in ("nsubj", "nsubjpass", "poss", "appos", "pobj")
     and not any(c.dep_ == "prep" and c.lower_ in ("to", "against", "from", "over") for c in t.children), None),
    ("a picket line crossed, or refused to be, is the line, no picket formed: 'refusing to cross a picket line'",
     lambda t: lexicon_lemma(t) == "picket" and t.head.lower_ == "line" and t.head.dep_ == "dobj"
     and t.head.head.lemma_.lower() == "cross", None),
    ("police and gear named for riots, no riot: 'riot police', 'pull back riot units', 'riot gear'",
     lambda t: lexicon_lemma(t) == "riot" and t.dep_ in ("compound", "amod") and t.head.pos_ == "NOUN", None),
    ("a supposed act, named for what it would do: 'a strike next month would devastate an economy' (but 'the"
     " strikes would continue' threatens)", lambda t: t.dep_ == "nsubj" and t.head.pos_ == "VERB"
     and lexicon_lemma(t.head) not in OCCURRING_VERBS and not any(c.dep_ == "poss" or c.lower_ in ("the", "this", "that")
                                                                   for c in t.children) and any(
         c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in t.head.children), None),
    ("a protest ended or averted is someone else's, not the ender's: 'to try to break the strike'",
     lambda t: t.dep_ == "dobj" and lemma_in(t.head, ENDING_PROTEST_VERBS) and t.pos_ == "NOUN", None),
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
    ("a claim is a case only against someone, or civil or legal: 'preparing a civil claim against the police';"
     " 'rejected the claim that ...' is words",
     lambda t: lexicon_lemma(t) == "claim" and not any(
         c.lower_ == "against" or c.lower_ in ("civil", "legal") for c in t.children)
     and not (t.dep_ == "dobj" and t.head.lemma_.lower() in BEARING_VERBS and any(  # "faces a claim from the family"
         c.dep_ == "prep" and c.lower_ == "from" for c in t.children)), None),
    ("a show, not a protest: 'the demonstration took players to ...'", _gathering_without_cause, None),
    ("a campaign event, not a protest: 'told supporters at a rally', 'addressed a rally'", _speech_venue, None),
    ("history, not this story", _history, None),
    ("a ruling asked of a court is a case: 'filed for an emergency injunction', 'sought an injunction'",
     lambda t: lexicon_lemma(t) in VERDICT_NOUNS and _sought(t), "lawsuit"),
    ("a ruling for someone, against no one named, presses no one: 'upheld a patent ruling in favour of a chipmaker'",
     lambda t: lexicon_lemma(t) in ("ruling", "verdict") and any(c.dep_ == "prep" and c.lower_ == "in" and any(
         p.lower_ in ("favour", "favor") for p in c.children) for c in (*t.children, *t.head.children)), None),
    ("only a court hands one down", lambda t: lexicon_lemma(t) in VERDICT_NOUNS, "verdict"),
    ("representations are a state's complaint only lodged, or made stern: 'lodged stern representations with the U.S.'",
     lambda t: lexicon_lemma(t) in ("representation", "representations", "demarche", "démarche") and not (
         t.dep_ == "dobj" and (t.head.lemma_.lower() in LODGING_VERBS or t.head.lemma_.lower() == "make" and any(
             c.lower_ in ("stern", "solemn", "strong", "serious", "formal") for c in t.children))), None),
    ("a petition examined is a document: 'has 30 days to check the petitions'",
     lambda t: lexicon_lemma(t) == "petition" and t.dep_ in ("dobj", "nsubjpass") and lemma_in(t.head, EXAMINING_VERBS),
     None),
    ("a court complaint is a case: 'filed a complaint with the International Criminal Court'",
     _filed_in_court, "lawsuit"),
    ("a complaint lodged is words, not a street protest: 'lodged a formal protest with Russia'",
     lambda t: lexicon_lemma(t) == "protest" and t.dep_ == "dobj" and t.head.lemma_.lower() in LODGING_VERBS, "voice"),
    ("action presses only as military, legal or punitive action: 'took military action'", _action, None),
    ("charges are a prosecution only brought or laid against someone: 'bring charges against two officers'",
     lambda t: lexicon_lemma(t) == "charge" and not _charges_brought(t), None),
    ("a danger, not a threat made: 'little evidence that TikTok posed a threat to users' data'",
     lambda t: lexicon_lemma(t) == "threat" and t.dep_ == "dobj" and t.head.lemma_.lower() in DANGER_VERBS, None),
    ("an operation presses only against someone: 'launched an operation against militants'; not 'a rescue"
     " operation', 'operations at the plant'",
     lambda t: lexicon_lemma(t) == "operation" and not any(c.dep_ == "prep" and c.lower_ == "against" for c in (
         *t.children, *(t.head.children if t.dep_ == "dobj" else ()))), None),
    ("a threat named as a measure, not made: 'published its annual threat assessment', 'raised the threat level'",
     lambda t: lexicon_lemma(t) == "threat" and t.dep_ == "compound" and t.head.pos_ == "NOUN", None),
    ("a ban presses only someone it is on: 'announced visa bans on officials involved in the crackdown'; not 'a ban"
     " on smoking in parks'",
     lambda t: lexicon_lemma(t) == "ban" and not any(c.dep_ == "prep" and c.lower_ == "on" and any(
         p.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or p.lemma_.lower() in PERSON_WORDS | GROUP_NOUNS
         | AUTHORITY_NOUNS for p in c.children if p.dep_ == "pobj") for c in t.children), None),
    ("a warning presses only someone warned: 'as a warning to Iran'",
     lambda t: lexicon_lemma(t) == "warning" and not any(c.dep_ == "prep" and c.lower_ == "to" and any(
         p.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for p in c.children) for c in t.children), None),
    ("proceedings press only against someone: 'opened formal proceedings against TikTok', 'opened"
     " infringement proceedings against Hungary' (the parser hangs 'against' on the verb)",
     lambda t: lexicon_lemma(t) in ("proceeding", "proceedings", "procedure") and not any(
         c.dep_ == "prep" and c.lower_ == "against"
         for c in (*t.children, *(t.head.children if t.dep_ == "dobj" else ()))), None),
    ("a case is in court only when someone brings or pursues it: 'is pursuing a similar case'; so is a"
     " suit: 'filed a separate suit in state court' (not 'wore a suit')",
     lambda t: lexicon_lemma(t) in ("case", "suit") and not (t.dep_ == "dobj" and lemma_in(t.head, CASE_VERBS)),
     None),
    ("a challenge is a case in court only when legal: 'would consider a legal challenge'",
     lambda t: lexicon_lemma(t) == "challenge" and not any(c.lower_ in LEGAL_THREAT_WORDS for c in t.children), None),
    ("exercises are a show of force only when held at someone's door: 'military drills around Taiwan'; joint"
     " exercises are cooperation, 'a fire drill' none",
     lambda t: lexicon_lemma(t) in DRILL_NOUNS and (any(c.lower_ in JOINT_MARKS for c in t.children) or not any(
         c.dep_ == "prep" and c.lower_ in DRILL_PLACES
         for c in (*t.children, *(t.head.children if t.dep_ == "dobj" else ())))), None),  # "conducted drills
    # near the island", wherever the parser hangs "near"
    ("an order presses only as armed forces clearing ground: 'The Israeli military issued evacuation orders for"
     " eastern Khan Younis'; not 'Officials issued evacuation orders ahead of the hurricane'",
     lambda t: lexicon_lemma(t) == "order" and not (any(c.lower_ in CLEARING_ORDERS for c in t.children) and (
         (doer := subject_of(t.head) if t.dep_ == "dobj" else None) is not None and doer.lemma_.lower() in ARMED_NOUNS)),
     None),
    ("a hold presses only placed on a nominee or a bill: 'The senator placed a hold on the nominee'; not 'kept a"
     " firm hold on the party'",
     lambda t: lexicon_lemma(t) == "hold" and not (t.dep_ == "dobj" and t.head.lemma_.lower() in ("place", "put")
                                                  and any(c.lower_ == "on" for c in (*t.children, *t.head.children))),
     None),
    ("a notice presses only served or enforcing: 'served an enforcement notice on the landlord'; not 'a notice of"
     " the meeting'",
     lambda t: lexicon_lemma(t) == "notice" and not (t.dep_ == "dobj" and t.head.lemma_.lower() == "serve"
                                                    or any(c.lower_ in ENFORCING_NOTICES for c in t.children)), None),
    ("an alert is a notice unless forces are on it: 'on high alert'",
     lambda t: lexicon_lemma(t) in ALERT_NOUNS and not _on_alert(t), None),
)


def noun_class(tok: Token) -> str | None:
    for _why, applies, outcome in NOUN_RULES:
        if applies(tok):
            return outcome
    return _action_kind(tok) if lexicon_lemma(tok) == "action" else PRESSURE_NOUNS[lexicon_lemma(tok)]
