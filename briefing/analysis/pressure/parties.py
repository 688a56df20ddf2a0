"""Parties: who presses (the source), read off the dependency tree; whom it presses is in `targets.py`.

The source is the trigger's subject, a noun's "by X" or possessor ("the court's ruling"), the one
whose "request of X" it is, or the subject of the clause that carries it ("issued a declaration
demanding ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.lexicon import (
    ACCUSING_VERBS,
    AGENT_MARKERS,
    ALERT_NOUNS,
    ANSWERING_VERBS,
    BATCH_NOUNS,
    BEARING_VERBS,
    BORNE_NOUNS,
    CALLING_VERBS,
    CLAIM_HEARING_VERBS,
    CLAIM_NOUNS,
    COMMENTING_VERBS,
    DECREE_NOUNS,
    DISAPPROVING_ADJECTIVES,
    DONE_WITH_KINDS,
    GROUP_NOUNS,
    INSIDE_PREPOSITIONS,
    LAID_ON_VERBS,
    LETTER_VERBS,
    MUTUAL_PARTY_NOUNS,
    OCCURRING_VERBS,
    OF_SOURCE_NOUNS,
    PERSON_WORDS,
    PRESSURE_NOUNS,
    PUNISHING_VERBS,
    QUANTITY_NOUNS,
    RULING_VERBS,
    SEEKING_VERBS,
    SPEECH_VERBS,
    SPELL_NOUNS,
    STANCE_PREFIXES,
    UNLAWFUL_WORDS,
    UNSEEING_VERBS,
    VERDICT_NOUNS,
    VIOLENT_ACTS,
)
from briefing.analysis.phrases import noun_phrase
from briefing.analysis.pressure.capacity import (
    NAMED_LABELS,
    TIME_LABELS,
    can_act,
    plausible_target,
    pobj_of,
)
from briefing.analysis.pressure.lemmas import lemma_in, lexicon_lemma
from briefing.analysis.pressure.passives import unnamed_agent
from briefing.analysis.pressure.triggers import verbal
from briefing.analysis.pressure.verb_rules import force_of_nature
from briefing.analysis.subjects import subject_of


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
        tok.dep_ == "conj" and tok.tag_ == "VBN" and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.head.children))


def read_as_modifier(tok: Token) -> bool:
    """'Its president, Sgt. Mike Brennan, accused council members of "playing politics"': the parser read the verb
    as a modifier of its object ('the accused members') set beside the name; the name did it to them."""
    return tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBD") and tok.i >= 1 and tok.doc[tok.i - 1].text == "," \
        and tok.head.dep_ == "appos" and tok.head.head.i < tok.i


def _hung_on_a_place(tok: Token) -> bool:
    """'ran ads in three districts urging voters to ...': the parser hung "urging" on the districts, which urge
    no one; the clause's subject does ("with laws banning ..." is a circumstance, and "elections boycotted by the
    Serb majority" has its own doer). So with one written to: "has written to the council's chief executive
    urging him to delay" (the writer urges)."""
    place = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or place.dep_ != "pobj":
        return False
    if place.head.lower_ == "to" and lemma_in(place.head.head, LETTER_VERBS):
        return True
    return place.head.lower_ not in ("with", "without") and place.head.head.pos_ == "VERB" and not place.ent_type_ \
        and place.lemma_.lower() not in GROUP_NOUNS | PERSON_WORDS


def _verb_source(tok: Token) -> Token | None:
    if read_as_modifier(tok):
        return tok.head.head
    if tok.dep_ == "acl" and tok.head.dep_ in ("dobj", "nsubjpass") and tok.head.head.pos_ == "VERB" \
            and not any(c.dep_ == "nsubj" for c in tok.children):  # ("told Senate estimates that police had
        return subject_of(tok.head.head)  # "issued a declaration demanding ..."  arrested ...": the police)
    if tok.dep_ == "relcl" and tok.head.ent_type_ in TIME_LABELS and tok.head.dep_ == "pobj" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        verb = next((a for a in tok.head.ancestors if a.pos_ == "VERB"), None)  # "closed their shops for a day to
        return subject_of(verb) if verb is not None else None  # demand changes": the parser hung it on the day
        # (not "He has ten days to appeal": time he is given, no act)
    if _hung_on_a_place(tok):
        return subject_of(tok.head.head.head)
    if _is_passive(tok) and not any(c.dep_ == "agent" and not any(  # "dismissed by presidential decree": a paper,
            p.lemma_.lower() in DECREE_NOUNS for p in c.children) for c in tok.children):  # no one named
        return unnamed_agent(tok)
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
        if is_agent and (pobj := pobj_of(child)) is not None and pobj.ent_type_ not in TIME_LABELS:
            return pobj  # "the fine by Friday" is a deadline, not an agent
    for done in (c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"):  # "a vote tabled by the opposition",
        agent = next((c for c in done.children if c.dep_ == "agent"), None)  # "a lawsuit filed by six states"
        if (pobj := pobj_of(agent)) is not None and pobj.ent_type_ not in TIME_LABELS:
            return pobj
    for of in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        by = next((c for p in of.children if p.dep_ == "pobj" for c in p.children
                   if c.dep_ == "prep" and c.lower_ == "by"), None)
        if (pobj := pobj_of(by)) is not None and can_act(pobj):
            return pobj  # "the arrest of the opposition leader by security forces": the parser hangs "by" on the leader
    for child in tok.children:  # "the request of the municipalities", "resistance of the Church"
        if child.dep_ == "prep" and child.lower_ == "of" and tok.lemma_.lower() in OF_SOURCE_NOUNS:
            pobj = pobj_of(child)
            if pobj is not None and plausible_target(pobj):
                return pobj
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "come":  # "Requests have come from X"
        return pobj_of(next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "from"), None))
    if borne(tok):  # "faced mounting pressure from his own party", "drew criticism from unions"
        bearing = tok.head.head if tok.head.lower_ == "under" else tok  # "came under fire from his party"
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in BEARING_VERBS:
            bearing = tok.head  # "drew fire from unions": the parser hangs "from" on the verb
        source = next((c for c in (*tok.children, *bearing.children) if c.dep_ == "prep" and (
            c.lower_ == "from" or c.lower_ == "by" and c.head == bearing)), None)  # "faced a rebellion by its own MPs"
        pobj = pobj_of(source) or _from_within(tok, bearing)
        if pobj is not None and pobj.ent_type_ not in (*TIME_LABELS, "LOC"):
            return pobj
    return None


def _from_within(tok: Token, bearing: Token) -> Token | None:
    """'faced calls to resign from within her own party': the body the pressure comes from inside, wherever the
    parser hung "from" (here on "resign"; "resign from the board" alone says where one resigns from)."""
    acts = [c for w in (tok, bearing) for c in w.children if c.dep_ in ("advcl", "acl", "xcomp")]
    return next((pobj_of(inner) for w in (tok, bearing, *acts) for f in w.children if f.dep_ == "prep"
                 and f.lower_ == "from" for inner in f.children if inner.dep_ in ("pcomp", "prep")
                 and inner.lower_ in INSIDE_PREPOSITIONS and pobj_of(inner) is not None), None)


def borne(tok: Token) -> bool:
    """Pressure someone faces, draws or comes under: 'faced pressure', 'came under fire', 'under
    pressure'. Its 'from X' is who presses, and the one who bears it is pressed."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in BEARING_VERBS:
        return True
    if tok.lemma_.lower() in BORNE_NOUNS and any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
        return True  # "resigned after weeks of pressure from the government"
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lemma_.lower() in LAID_ON_VERBS and any(
            c.dep_ == "nsubjpass" for c in tok.head.head.children):
        return True  # "Uganda's parliament speaker was hit with US sanctions"
    return tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.pos_ in ("VERB", "AUX")


def _owner_of_noun(tok: Token) -> Token | None:
    """'its demand' (whoever reiterated it), 'the court's ruling', 'Israeli strikes'."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None and poss.pos_ == "PRON" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" \
            and poss.lower_ not in ("your", "my", "our"):
        return subject_of(tok.head) or poss  # "reiterated its demand": whoever reiterated it; but "The
        # transport secretary has called your strikes reckless": they are yours
    if poss is not None and poss.ent_type_ in TIME_LABELS:
        return None  # "which organised Wednesday's protest": when, not who
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
            if (pobj := pobj_of(agent)) is not None and pobj.ent_type_ not in TIME_LABELS:
                return pobj  # not "extended the house arrest of a dissident writer by another year"
    return None


def source_token(tok: Token) -> Token | None:
    """Who does it: the verb's subject, a noun's 'by X' / possessor, or the subject of its clause. Two
    states doing it to each other are no one source: "Both countries have put their militaries on high
    levels of alert" (each side's own acts are its items)."""
    found = _source_token(tok)
    if found is not None and found.lemma_.lower() in MUTUAL_PARTY_NOUNS and any(
            c.lower_ in ("both", "two") and not any(n.dep_ == "compound" for n in c.children)
            for c in found.children):  # not "Twenty-two states and the District of Columbia sued ..."
        return None
    mutual = tok.lemma_.lower() in ("clash", "trade", "exchange") or tok.dep_ == "dobj" and tok.head.lemma_.lower() in (
        "trade", "exchange")  # "North and South Korea exchanged artillery fire": each with the other
    if found is not None and mutual and any(c.dep_ == "conj" for w in (found, *found.children) for c in w.children) \
            and not any(c.dep_ == "prep" and c.lower_ == "with" for c in (tok, tok.head)[tok.dep_ == "dobj"].children):
        return None  # "Senator JD Vance and Governor Tim Walz clashed over abortion", "Abbott and Whitmire traded
        # accusations": each with the other
    if found is not None and force_of_nature(found):
        return None  # "the pandemic put enormous pressure on the health service": no one
    return found


def _charged_act(tok: Token) -> bool:
    """'blaming the army for air strikes on markets', 'fined Apple 500 million euros for blocking rivals': the
    act is the blamed one's, as the blamer has it, neither the blamer's nor, as fact, theirs; the blame is
    the item."""
    verb = tok.head.head
    return tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ in ("for", "of") and verb.pos_ == "VERB" \
        and lemma_in(verb, ACCUSING_VERBS | PUNISHING_VERBS) and any(c.dep_ == "dobj" for c in verb.children)


def _source_token(tok: Token) -> Token | None:
    if _charged_act(tok):
        return None
    if tok.lower_ in DISAPPROVING_ADJECTIVES:  # "he was disappointed with ...": whoever feels it
        return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None) or subject_of(tok)
    if verbal(tok):
        return _verb_source(tok)
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    if tok.lemma_.lower() in ALERT_NOUNS and verb is not None:  # "put its troops on alert", "on the highest
        return subject_of(verb)  # state of combat readiness"
    found = _agent_of_noun(tok) or _owner_of_noun(tok) or _included_agent(tok)
    if found is None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in BATCH_NOUNS | SPELL_NOUNS:
        tok = tok.head.head  # "preparing a new package of sanctions": who prepares the package
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    in_protest = tok.head.lower_ == "in" and tok.lemma_.lower() == "protest"
    # "said it had killed 12 militants in a raid": the raid is the killer's (not "were killed in a raid")
    in_violence = tok.head.lower_ == "in" and verb is not None and lemma_in(verb, VIOLENT_ACTS) \
        and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    # "brought the country to a standstill with a 24-hour general strike", "retaliated with air strikes": the
    # act it was done with (a stoppage, a blow or a measure; "cooperated with the investigation" is another's)
    done_with = tok.head.lower_ == "with" and verb is not None and verb.lemma_.lower() not in BEARING_VERBS \
        and not _is_passive(verb) and PRESSURE_NOUNS.get(lexicon_lemma(tok)) in DONE_WITH_KINDS
    marked = tok.head.lower_ in ("on", "as", "for") or in_protest or in_violence or done_with
    # "vowed retaliation for the strike": another's; "would ballot members for strike action": theirs
    # ... and "claimed responsibility for an attack": the claimer's
    cause = tok.head.lower_ == "for" and tok.head.head.pos_ == "NOUN" and not can_act(tok.head.head) \
        and tok.head.head.lemma_.lower() != "responsibility"
    remedy = tok.head.lower_ == "for" and verb is not None and lemma_in(verb, SEEKING_VERBS) and (
        lexicon_lemma(tok) in VERDICT_NOUNS or tok.lemma_.lower() == "review")  # "would ask for a judicial review"
    if found is None and tok.dep_ == "pobj" and marked and verb is not None and not cause \
            and (in_protest or remedy or verb.lemma_.lower() not in UNSEEING_VERBS | COMMENTING_VERBS):
        # ... or "in protest at ..." (whatever the verb: "refused to pay her council tax in protest at cuts");
        # not "paying for tariffs", nor "declined to comment on the investigation"
        found = subject_of(verb)  # "Dock workers went on strike", "sent a carrier as a warning", "filed for a
        # judicial review", "would ballot members on strike action": who did
    if found is None and tok.dep_ == "oprd" and lemma_in(tok.head, CALLING_VERBS) and not any(
            c.dep_ == "dobj" for c in tok.head.children):
        found = subject_of(tok.head)  # "called a mass rally", parsed as naming something with nothing named
    named = any(c.dep_ == "oprd" for c in tok.head.children) or ruled_on(tok)  # "called the expulsions an
    # unfriendly act": a judge; "declared the deployment of police officers to Haiti unconstitutional": a ruling
    answered = tok.lemma_.lower() in OF_SOURCE_NOUNS and tok.head.lemma_.lower() in ANSWERING_VERBS or (
        tok.lemma_.lower() in CLAIM_NOUNS and tok.head.lemma_.lower() in CLAIM_HEARING_VERBS)
    if found is None and tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" \
            and tok.head.lemma_ not in UNSEEING_VERBS and not named and not answered:
        found = subject_of(tok.head)  # "he will seek arrest warrants": the seeker issues them
    if found is None and tok.dep_ == "nsubj" and lexicon_lemma(tok.head) in OCCURRING_VERBS and tok.head.dep_ == "ccomp" \
            and lexicon_lemma(tok.head.head) in SPEECH_VERBS and any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in tok.head.children):
        found = subject_of(tok.head.head)  # "The union said a nationwide strike would begin on Monday": who calls it
    if found is None and tok.dep_ == "conj" and tok.pos_ == "NOUN" and tok.head.pos_ == "NOUN":
        found = _source_token(tok.head)  # "called for a week of strikes and marches": the marches are his too
    return found


def ruled(tok: Token) -> Token | None:
    """What a ruling finds against the law: 'declared the law unconstitutional' (the parser makes the law the
    adjective's subject), 'declared the deployment of police officers to Haiti unconstitutional'."""
    if tok.lemma_.lower() not in RULING_VERBS:
        return None
    word = next((t for t in tok.subtree if t.lower_ in UNLAWFUL_WORDS and t.pos_ == "ADJ"), None)
    if word is None:
        return None
    return next((c for c in tok.children if c.dep_ == "dobj"), None) or subject_of(word) or word  # (or the noun
    # made the adjective's own: "the president's decree unconstitutional")


def ruled_on(tok: Token) -> bool:
    """'Kenya's High Court declared the deployment of police officers to Haiti unconstitutional': what a ruling
    finds against the law is no act of the one who rules."""
    return tok.dep_ == "dobj" and ruled(tok.head) == tok


def past_quantity(tok: Token) -> Token:
    """'Tens of thousands of university students': the students, not the tens."""
    steps = 0
    while tok.lower_ in QUANTITY_NOUNS and steps < 3:
        pobj = pobj_of(next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None))
        if pobj is None:
            break
        tok, steps = pobj, steps + 1
    return tok


def named_modifier(doc: Doc, tok: Token) -> bool:
    """'Qatari mediators': a name in front of the noun makes the source that name's, not a crowd's."""
    return any(t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") and t.i < tok.i and t.pos_ in ("PROPN", "ADJ")
               for t in noun_phrase(doc, tok))
