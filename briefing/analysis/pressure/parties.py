"""Parties: who presses (the source) and whom (the target), read off the dependency tree.

The source is the trigger's subject, a noun's "by X" or possessor ("the court's ruling"), the one
whose "request of X" it is, or the subject of the clause that carries it ("issued a declaration
demanding ..."). The target is its object, "on/against/to X", or the subject of the demanded
clause ("told Sky News any process must ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.lexicon import (
    AGENT_MARKERS,
    ALERT_NOUNS,
    ANSWERING_VERBS,
    ARMED_NOUNS,
    AUDIENCE_VERBS,
    AUTHORITY_NOUNS,
    BATCH_NOUNS,
    BEARING_VERBS,
    BORNE_NOUNS,
    CALLING_VERBS,
    CLAIM_HEARING_VERBS,
    CLAIM_NOUNS,
    COMMENTING_VERBS,
    CONCEDING_VERBS,
    DISAPPROVING_ADJECTIVES,
    DRILL_NOUNS,
    DRILL_PLACES,
    ENVOY_NOUNS,
    FORCE_NOUNS,
    FROZEN_NOUNS,
    GROUP_NOUNS,
    HOSTILE_NOUNS,
    INSTITUTION_NOUNS,
    MEASURE_NOUNS,
    MEDIA_WORDS,
    MUTUAL_PARTY_NOUNS,
    OBJECT_PRONOUNS,
    OBLIGATION_MODALS,
    OF_SOURCE_NOUNS,
    ORG_HEADS,
    PERSON_WORDS,
    PERSONAL_OBJECT_VERBS,
    PRESS_NOUNS,
    QUANTITY_NOUNS,
    REMOVAL_NOUNS,
    RETALIATING_VERBS,
    ROLE_HEADS,
    SENDING_VERBS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    STANCE_PREFIXES,
    TARGET_PREPOSITIONS,
    UNSEEING_VERBS,
    VOWING_VERBS,
)
from briefing.analysis.phrases import noun_phrase
from briefing.analysis.pressure.lemmas import lemma_in, lexicon_lemma
from briefing.analysis.pressure.triggers import force_of_nature, verbal
from briefing.analysis.subjects import subject_of

NAMED_LABELS = ("ORG", "NORP", "GPE")


def _pobj(tok: Token | None) -> Token | None:
    return next((c for c in tok.children if c.dep_ == "pobj"), None) if tok is not None else None


def plausible_target(tok: Token) -> bool:
    """Someone pressure can be put on: a name, an institution or body ('the election commission'), a
    collective, an office or a person ('the former mayor', 'three men'), or a personal pronoun
    ('begged him')."""
    lemma = tok.lemma_.lower()
    return (tok.ent_type_ in ("PERSON", *NAMED_LABELS) or lemma in INSTITUTION_NOUNS or lemma in ORG_HEADS
            or lemma in GROUP_NOUNS or tok.lower_ in GROUP_NOUNS or tok.pos_ == "NOUN" and (
                lemma in ROLE_HEADS or lemma in PERSON_WORDS or tok.lower_ in PERSON_WORDS)
            or tok.pos_ == "PRON" and tok.lower_ in OBJECT_PRONOUNS)


def _owner_if_target(tok: Token) -> Token | None:
    """'attacked the government's handling', 'called for the prime minister's resignation': the
    act or thing belongs to whom it presses; so does the one an impeachment or a resignation 'of'
    removes, and whose assets are frozen ('froze assets of the Revolutionary Guard')."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None and (tok.lemma_.lower() in REMOVAL_NOUNS or tok.lower_ in FROZEN_NOUNS):  # "called for the
        # impeachment of Mayorkas"
        poss = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), None)
    return poss if poss is not None and poss.pos_ != "PRON" and plausible_target(poss) else None


def can_act(tok: Token) -> bool:
    """A common noun that can press someone: a body, an office, a force, a named group."""
    lemma = tok.lemma_.lower()
    return (plausible_target(tok) or lemma in ROLE_HEADS or tok.lower_ in ROLE_HEADS or lemma in ARMED_NOUNS
            or lemma in SOURCE_NOUNS or tok.lower_ in SOURCE_NOUNS or lemma in ORG_HEADS or lemma == "alliance"
            or lemma in AUTHORITY_NOUNS or tok.lower_ in AUTHORITY_NOUNS or tok.lower_ in HOSTILE_NOUNS
            or any(c.ent_type_ in NAMED_LABELS for c in tok.children))


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
        tok.dep_ == "conj" and tok.tag_ == "VBN" and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.head.children))


def _verb_source(tok: Token) -> Token | None:
    if tok.dep_ == "acl" and tok.head.dep_ in ("dobj", "nsubjpass") and tok.head.head.pos_ == "VERB":
        return subject_of(tok.head.head)  # "issued a declaration demanding ..."
    place = tok.head
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and place.dep_ == "pobj" and place.head.lower_ not in ("with", "without") \
            and place.head.head.pos_ == "VERB" and not place.ent_type_ \
            and place.lemma_.lower() not in GROUP_NOUNS | PERSON_WORDS:
        return subject_of(place.head.head)  # "ran ads in three districts urging voters to ...", the parser
        # hanging "urging" on the districts, which urge no one ("with laws banning ..." is a circumstance, and
        # "elections boycotted by the Serb majority" has its own doer)
    if _is_passive(tok) and not any(c.dep_ == "agent" for c in tok.children):
        # "was arrested in Lebanon": no agent; the state where it happened acted, if named
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"), None)
            if pobj is not None:
                return pobj
        # "The operator has been fined £2.1m, the transport regulator said": the authority reporting its act
        reporter = next((a for a in tok.ancestors if a.lemma_.lower() in SPEECH_VERBS), None)
        speaker = subject_of(reporter) if reporter is not None else None
        if speaker is not None and speaker.lemma_.lower() in AUTHORITY_NOUNS:
            return speaker
        return None
    if tok.dep_ == "amod" and tok.head.dep_ == "appos" and any(c.dep_ == "aux" for c in tok.children):
        # "The union, which represents 100,000 employees, had lobbied regulators": the parser read "had
        # lobbied regulators" as a noun set beside the union; the union is who lobbied
        return tok.head.head
    if tok.lemma_.lower() == "blame" and tok.dep_ == "xcomp" and tok.head.lemma_ == "be":
        # "said Washington's support for Israel was to blame": the one who says so blames; no one else
        reporter = next((a for a in tok.ancestors if a.lemma_.lower() in SPEECH_VERBS), None)
        return subject_of(reporter) if reporter is not None else None
    return subject_of(tok)


def _agent_of_noun(tok: Token) -> Token | None:
    """'the ruling by the court', 'the request of the municipalities', 'Requests have come from X'."""
    for child in tok.children:
        is_agent = child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by")
        if is_agent and (pobj := _pobj(child)) is not None and pobj.ent_type_ not in ("DATE", "TIME"):
            return pobj  # "the fine by Friday" is a deadline, not an agent
    for done in (c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"):  # "a vote tabled by the opposition",
        agent = next((c for c in done.children if c.dep_ == "agent"), None)  # "a lawsuit filed by six states"
        if (pobj := _pobj(agent)) is not None and pobj.ent_type_ not in ("DATE", "TIME"):
            return pobj
    for of in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        by = next((c for p in of.children if p.dep_ == "pobj" for c in p.children
                   if c.dep_ == "prep" and c.lower_ == "by"), None)
        if (pobj := _pobj(by)) is not None and can_act(pobj):
            return pobj  # "the arrest of the opposition leader by security forces": the parser hangs "by" on the leader
    for child in tok.children:  # "the request of the municipalities", "resistance of the Church"
        if child.dep_ == "prep" and child.lower_ == "of" and tok.lemma_.lower() in OF_SOURCE_NOUNS:
            pobj = _pobj(child)
            if pobj is not None and plausible_target(pobj):
                return pobj
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "come":  # "Requests have come from X"
        return _pobj(next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "from"), None))
    if _borne(tok):  # "faced mounting pressure from his own party", "drew criticism from unions"
        bearing = tok.head.head if tok.head.lower_ == "under" else tok  # "came under fire from his party"
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in BEARING_VERBS:
            bearing = tok.head  # "drew fire from unions": the parser hangs "from" on the verb
        pobj = _pobj(next((c for c in (*tok.children, *bearing.children) if c.dep_ == "prep" and c.lower_ == "from"),
                          None))
        if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME", "LOC"):
            return pobj
    return None


def _borne(tok: Token) -> bool:
    """Pressure someone faces, draws or comes under: 'faced pressure', 'came under fire', 'under
    pressure'. Its 'from X' is who presses, and the one who bears it is pressed."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in BEARING_VERBS:
        return True
    if tok.lemma_.lower() in BORNE_NOUNS and any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
        return True  # "resigned after weeks of pressure from the government"
    return tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.pos_ in ("VERB", "AUX")


def _bearer(tok: Token) -> Token | None:
    """Who faces the pressure: 'Starmer faced mounting pressure from his party' presses Starmer;
    'Rubiales resigned after weeks of pressure from the government' presses Rubiales."""
    if not _borne(tok):
        return None
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subj = subject_of(verb) if verb is not None else None
    said = subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() not in ROLE_HEADS and not any(
        c.dep_ == "appos" for c in subj.children)  # "Boeing's chief executive, Dave Calhoun," is himself pressed
    owner = next((c for c in subj.children if c.dep_ == "poss"), None) if said else None
    if subj is not None and owner is None and (tok in subj.subtree or subj.is_lower and subj.pos_ == "NOUN"
                                               and not plausible_target(subj)):
        return None  # "The pressure from donors was intense", "That answer drew a rebuke": no one named bears it
    return owner or subj  # "Her remarks drew a swift rebuke from the party": she is pressed


def _owner_of_noun(tok: Token) -> Token | None:
    """'its demand' (whoever reiterated it), 'the court's ruling', 'Israeli strikes'."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None and poss.pos_ == "PRON" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" \
            and poss.lower_ not in ("your", "my", "our"):
        return subject_of(tok.head) or poss  # "reiterated its demand": whoever reiterated it; but "The
        # transport secretary has called your strikes reckless": they are yours
    if poss is not None:
        return poss
    return next((c for c in tok.children if c.dep_ in ("compound", "amod") and c.ent_type_ in NAMED_LABELS
                 and not stance(c)), None)


def stance(tok: Token) -> bool:
    """'pro-Palestinian protests' are for a cause, not by its people: 'pro', '-' and 'Palestinian'."""
    doc = tok.doc
    return tok.lower_ in STANCE_PREFIXES or tok.text == "-" and tok.i > 0 and doc[tok.i - 1].lower_ in STANCE_PREFIXES \
        or tok.i > 1 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in STANCE_PREFIXES


def _included_agent(tok: Token) -> Token | None:
    """'brought about calls ..., including by X'; but 'fines get paid by the customers' are not theirs."""
    if tok.head.lemma_.lower() in UNSEEING_VERBS:
        return None
    for child in tok.head.children:
        if child.lower_ in AGENT_MARKERS and child.i > tok.i:
            agent = child if child.lower_ == "by" else next((c for c in child.children if c.lower_ == "by"), None)
            if (pobj := _pobj(agent)) is not None:
                return pobj
    return None


def source_token(tok: Token) -> Token | None:
    """Who does it: the verb's subject, a noun's 'by X' / possessor, or the subject of its clause. Two
    states doing it to each other are no one source: "Both countries have put their militaries on high
    levels of alert" (each side's own acts are its items)."""
    found = _source_token(tok)
    if found is not None and found.lemma_.lower() in MUTUAL_PARTY_NOUNS and any(
            c.lower_ in ("both", "two") for c in found.children):
        return None
    if found is not None and force_of_nature(found):
        return None  # "the pandemic put enormous pressure on the health service": no one
    return found


def _source_token(tok: Token) -> Token | None:
    if tok.lower_ in DISAPPROVING_ADJECTIVES:  # "he was disappointed with ...": whoever feels it
        return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None) or subject_of(tok)
    if verbal(tok):
        return _verb_source(tok)
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    if tok.lemma_.lower() in ALERT_NOUNS and verb is not None:  # "put its troops on alert", "on the highest
        return subject_of(verb)  # state of combat readiness"
    found = _agent_of_noun(tok) or _owner_of_noun(tok) or _included_agent(tok)
    if found is None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in BATCH_NOUNS:
        tok = tok.head.head  # "preparing a new package of sanctions": who prepares the package
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    marked = tok.head.lower_ in ("on", "as", "for") or tok.head.lower_ == "in" and tok.lemma_.lower() == "protest"
    # "vowed retaliation for the strike": another's; "would ballot members for strike action": theirs
    # ... and "claimed responsibility for an attack": the claimer's
    cause = tok.head.lower_ == "for" and tok.head.head.pos_ == "NOUN" and not can_act(tok.head.head) \
        and tok.head.head.lemma_.lower() != "responsibility"
    if found is None and tok.dep_ == "pobj" and marked and verb is not None and not cause \
            and verb.lemma_.lower() not in UNSEEING_VERBS | COMMENTING_VERBS:
        # ... or "in protest at ..."; not "paying for tariffs", nor "declined to comment on the investigation"
        found = subject_of(verb)  # "Dock workers went on strike", "sent a carrier as a warning", "filed for a
        # judicial review", "would ballot members on strike action": who did
    if found is None and tok.dep_ == "oprd" and lemma_in(tok.head, CALLING_VERBS) and not any(
            c.dep_ == "dobj" for c in tok.head.children):
        found = subject_of(tok.head)  # "called a mass rally", parsed as naming something with nothing named
    named = any(c.dep_ == "oprd" for c in tok.head.children)  # "called the expulsions an unfriendly act": a judge
    answered = tok.lemma_.lower() in OF_SOURCE_NOUNS and tok.head.lemma_.lower() in ANSWERING_VERBS or (
        tok.lemma_.lower() in CLAIM_NOUNS and tok.head.lemma_.lower() in CLAIM_HEARING_VERBS)
    if found is None and tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" \
            and tok.head.lemma_ not in UNSEEING_VERBS and not named and not answered:
        found = subject_of(tok.head)  # "he will seek arrest warrants": the seeker issues them
    return found


def past_quantity(tok: Token) -> Token:
    """'Tens of thousands of university students': the students, not the tens."""
    steps = 0
    while tok.lower_ in QUANTITY_NOUNS and steps < 3:
        pobj = _pobj(next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None))
        if pobj is None:
            break
        tok, steps = pobj, steps + 1
    return tok


def _press_told(verb: Token, hearer: Token) -> bool:
    """'told Sky News any process must be thought out', 'told reporters ...': the press hears the
    words, it is not what they press on ('told the company it must pay' is)."""
    if verb.lemma_.lower() not in AUDIENCE_VERBS or hearer.dep_ == "nsubjpass":
        return False
    words = " ".join(t.text for t in hearer.subtree)
    return hearer.lemma_.lower() in PRESS_NOUNS or bool(MEDIA_WORDS.search(words))


def _obliged(tok: Token) -> Token | None:
    """'told Sky News any process must ...': the subject of a clause with 'must' or 'should'."""
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    for comp in clauses + [j for c in clauses for j in c.children if j.dep_ == "conj"]:  # "had lost ... and should"
        if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in comp.children):
            subj = subject_of(comp)
            if subj is not None and plausible_target(subj):
                return subj
    return None


def _told_to(tok: Token, obj: Token) -> bool:
    """'urged the bloc to go further', 'pressed the council to act': the object is told to do the
    complement, so it is someone, whatever the noun."""
    return obj.dep_ == "dobj" and obj.lemma_.lower() not in MEASURE_NOUNS and any(  # not "took all measures to"
        c.dep_ == "xcomp" and c.i > obj.i and c.pos_ in ("VERB", "AUX") for c in tok.children)


def _object_target(tok: Token) -> Token | None:
    """The object pressed, or whose act it is: 'charged the former mayor', 'the government's handling'."""
    for child in tok.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in ENVOY_NOUNS and tok.lemma_.lower() in ("recall", "withdraw"):
            host = next((p for c in child.children if c.dep_ == "prep" and c.lower_ in ("to", "from", "in")
                         for p in c.children if p.dep_ == "pobj" and p.ent_type_ in NAMED_LABELS), None)
            return host  # "recalled its ambassador to South Africa" presses South Africa, not the envoy
        if child.dep_ in ("dobj", "dative", "iobj", "nsubjpass") and not _press_told(tok, child) and (
                plausible_target(child) or child.pos_ in ("NOUN", "PROPN") and child.dep_ in ("dobj", "dative", "nsubjpass")
                and not any(c.dep_ == "nummod" for c in child.children)  # "2.4 billion euros" is the fine
                and (lexicon_lemma(tok) in PERSONAL_OBJECT_VERBS or _told_to(tok, child))):
            return child  # "sentenced the blogger", "fined the tech giant": these verbs take someone
    return next((owner for child in tok.children if child.dep_ == "dobj"
                 and (owner := _owner_if_target(child)) is not None), None)


def _prepositional_target(tok: Token) -> Token | None:
    """'a lawsuit against the hospital', 'pressure on Israel', 'called for the minister's resignation',
    'lashed out at Sweden', 'military drills around Taiwan'."""
    marks = set(TARGET_PREPOSITIONS)
    if any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        marks.add("at")  # "lashed out at", "hit out at"
    if lexicon_lemma(tok) in DRILL_NOUNS:
        marks |= DRILL_PLACES  # exercises held at someone's door are aimed at them
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in marks | {"for", "with"}:
            pobj = _pobj(child)
            if pobj is None:
                continue
            advised = lexicon_lemma(tok) == "warn"  # "warned against a rush to judgement": an act, not whom
            if child.lower_ != "for" and (plausible_target(pobj) or child.lower_ == "against" and pobj.pos_ in (
                    "NOUN", "PROPN") and not advised):  # "against" says whom, whatever the noun
                return pobj
            if child.lower_ == "with" and pobj.ent_type_ in NAMED_LABELS:  # "lodged a protest with Russia"
                return pobj
            if (owner := _owner_if_target(pobj)) is not None:
                return owner
    for obj in (c for c in tok.children if c.dep_ == "dobj"):  # "imposed sanctions on three Russian banks"
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPOSITIONS | {"with"}):
            pobj = _pobj(prep)  # "broke off relations with Mexico"
            if pobj is not None and (pobj.ent_type_ in NAMED_LABELS or prep.lower_ != "with" and (
                    plausible_target(pobj) or any(c.ent_type_ in NAMED_LABELS for c in pobj.children))):
                return pobj
    return None


def target_token(tok: Token) -> Token | None:
    """Whom it presses: the obliged, the object, the named subject of the demanded clause, or 'on/against/to X'."""
    if tok.lemma_.lower() == "blame" and tok.dep_ == "xcomp" and (blamed := subject_of(tok.head)) is not None:
        return _owner_if_target(blamed) or blamed  # "Washington's support for Israel was to blame": Washington
    if tok.lemma_.lower() == "use" and any(c.dep_ == "dobj" and c.lemma_.lower() in FORCE_NOUNS for c in tok.children):
        act = next((c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"), None)
        return (act and _object_target(act)) or _prepositional_target(tok)  # "used water cannon to push back protesters"
    sent = lexicon_lemma(tok) in SENDING_VERBS  # "sent a team of inspectors to the plant": what is sent is its own
    found = _obliged(tok) or (None if sent else _object_target(tok)) or _bearer(tok)
    if found is not None:
        return found
    for comp in (c for c in tok.children if c.dep_ == "ccomp" or c.dep_ == "advcl" and any(  # "called for the mayor
            m.dep_ == "mark" and m.lower_ == "for" for m in c.children)):  # to declare ...", "demanded that Gov. ..."
        subj = subject_of(comp)
        if lexicon_lemma(tok) == "warn" and lexicon_lemma(comp) in RETALIATING_VERBS:
            continue  # "warned that Republicans would retaliate": the ones who strike back are the warner's side
        if subj is not None and (subj.ent_type_ in ("PERSON", *NAMED_LABELS) or subj.pos_ == "NOUN" and plausible_target(
                subj) and lexicon_lemma(tok) in ("demand", "insist", "call")):  # "demanded that the city fire ..."
            return subj
    found = _prepositional_target(tok)
    if found is None and lexicon_lemma(tok) in VOWING_VERBS:  # "threatened to impose tariffs on Mexico"
        act = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        found = act and (_object_target(act) or _prepositional_target(act))
    return found or _conceder(tok)


def _conceder(tok: Token) -> Token | None:
    """'will camp on its borders until the government guarantees prices', 'will withdraw unless Russia
    pulls back': the one whose giving in would end it."""
    for cond in (c for c in tok.children if c.dep_ == "advcl"):
        mark = next((m.lower_ for m in cond.children if m.dep_ == "mark"), None)
        if mark == "unless" or mark == "until" and lexicon_lemma(cond) in CONCEDING_VERBS:
            subj = subject_of(cond)
            if subj is not None and subj.pos_ != "PRON":
                return subj
    return None


def named_modifier(doc: Doc, tok: Token) -> bool:
    """'Qatari mediators': a name in front of the noun makes the source that name's, not a crowd's."""
    return any(t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") and t.i < tok.i and t.pos_ in ("PROPN", "ADJ")
               for t in noun_phrase(doc, tok))
