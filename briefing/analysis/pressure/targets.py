"""Targets: whom pressure is put on, read off the dependency tree ("parties.py" finds who presses).

The target is the one obliged ("told Sky News any process must ..."), the object ("sentenced the
blogger"), the one who bears it ("Starmer faced mounting pressure"), the named subject of the demanded
clause ("demanded that the city fire ..."), "on/against/to X" ("pressure on Israel"), or the one whose
giving in would end it ("will withdraw unless Russia pulls back").
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.actors import state_for
from briefing.analysis.lexicon import (
    AIMING_VERBS,
    ARMED_NOUNS,
    AUDIENCE_VERBS,
    BARRING_VERBS,
    BEFALLEN_NOUNS,
    CAMPAIGN_NOUNS,
    COMMANDING_VERBS,
    COMPELLING_VERBS,
    COURT_NOUNS,
    DEADLINE_SPANS,
    DRILL_NOUNS,
    DRILL_PLACES,
    ENTERED_PREMISES,
    FINDING_VERBS,
    FORCE_NOUNS,
    FORCED_VOTES,
    FROZEN_NOUNS,
    GATHERING_NOUNS,
    GATHERING_VERBS,
    INQUIRY_PREPOSITIONS,
    INQUIRY_WORDS,
    INVOKED_LAWS,
    INVOKING_VERBS,
    LETTER_VERBS,
    MEASURE_NOUNS,
    MONEY_KEEPING_VERBS,
    PAY_NOUNS,
    PERSONAL_OBJECT_VERBS,
    PRESSURE_VERBS,
    PUNISHING_VERBS,
    RECALLED_ENVOYS,
    REMOVAL_NOUNS,
    RETALIATING_VERBS,
    ROLE_HEADS,
    SENDING_VERBS,
    STREET_NOUNS,
    STRIPPED_NOUNS,
    TARGET_PREPOSITIONS,
    THIRD_PERSON,
    THROWING_VERBS,
    TRADE_NOUNS,
    VOWING_VERBS,
)
from briefing.analysis.pressure.answering import answered, conceder
from briefing.analysis.pressure.capacity import (
    NAMED_LABELS,
    can_act,
    party_members,
    plausible_target,
    pobj_of,
)
from briefing.analysis.pressure.lemmas import lemma_in, lexicon_lemma
from briefing.analysis.pressure.obligations import obligation, the_press
from briefing.analysis.pressure.parties import borne, past_quantity, read_as_modifier, ruled
from briefing.analysis.subjects import subject_of


def _owner_if_target(tok: Token) -> Token | None:
    """'attacked the government's handling', 'called for the prime minister's resignation': the
    act or thing belongs to whom it presses; so does the one an impeachment or a resignation 'of'
    removes, and whose assets are frozen or pay docked ('froze assets of the Revolutionary Guard', 'dock the pay of
    public employees')."""
    if tok.lemma_.lower() in BEFALLEN_NOUNS:
        return None  # "an investigation into Baylor's death": what befell him is not his act
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None and (tok.lemma_.lower() in REMOVAL_NOUNS or tok.lower_ in FROZEN_NOUNS | PAY_NOUNS | STRIPPED_NOUNS
                         | ENTERED_PREMISES):
        # "called for the impeachment of Mayorkas", "revoked the licence of a private television channel"
        poss = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), None) or next((  # "froze assets belonging to Russian
            p for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() == "belong" for t in c.children  # oligarchs"
            if t.dep_ == "prep" and t.lower_ == "to" for p in t.children if p.dep_ == "pobj"), None)
    if poss is None and not any(c.dep_ == "nummod" for c in tok.children) and not plausible_target(tok):
        # "condemned the Israeli strike on a school": a state's act, named by its adjective (not "abducted two
        # Chinese nationals" nor "a sentence for the American journalist", who are pressed)
        poss = next((c for c in tok.children if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")
                     and state_for(c.text)), None)
    if poss is None and (party := next((c for c in tok.children if party_members(c)), None)) is not None:
        return party  # "blocked a Republican stopgap spending bill": the Republicans'
    return poss if poss is not None and poss.pos_ != "PRON" and plausible_target(poss) else None


def _blamed_on(tok: Token) -> Token | None:
    """Whom 'blamed X on Y' blames: Y, or the one whose Y it is."""
    on = next((p for c in _blame_preps(tok) for p in c.children if p.dep_ == "pobj"), None)
    if on is None:
        return None
    return _owner_if_target(on) or (on if plausible_target(on) else None)


def _blame_preps(tok: Token) -> list[Token]:
    """The "on" of 'blamed X on Y', on the verb or, as the parser often hangs it, on X."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    return [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "on"]


def blamed_on_a_thing(tok: Token) -> bool:
    """'the failure, which it blamed on a single flight plan', 'blamed the storm for the power cuts': a
    cause found, no one blamed."""
    if lexicon_lemma(tok) != "blame":
        return False
    if _blame_preps(tok):
        return _blamed_on(tok) is None
    blamed = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return blamed is not None and blamed.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) \
        and not plausible_target(blamed) and not blamed.ent_type_  # (not "whom he blamed for", "that critics blame")


def _bearer(tok: Token) -> Token | None:
    """Who faces the pressure: 'Starmer faced mounting pressure from his party' presses Starmer;
    'Rubiales resigned after weeks of pressure from the government' presses Rubiales."""
    if not borne(tok):
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


def _press_told(verb: Token, hearer: Token) -> bool:
    """'told Sky News any process must be thought out', 'told reporters ...': the press hears the
    words, it is not what they press on ('told the company it must pay' is)."""
    named = hearer.dep_ == "dobj" and any(c.dep_ == "dative" and c.i == hearer.i - 1 and the_press(c)
                                          for c in verb.children)  # "told the newspaper Nationen": its name
    return verb.lemma_.lower() in AUDIENCE_VERBS and hearer.dep_ != "nsubjpass" and (the_press(hearer) or named)


def _obliged(tok: Token) -> Token | None:
    """'told Sky News any process must ...': the subject of a clause with 'must', 'should' or 'need to'."""
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    for comp in clauses + [j for c in clauses for j in c.children if j.dep_ == "conj"]:  # "had lost ... and should"
        if obligation(comp):
            subj = subject_of(comp)
            if subj is not None and (plausible_target(subj) or subj.lower_ in ("he", "she", "they") and subj.dep_ == "nsubj"):
                return subj  # ('"Then she should listen to them," he told ...': whom "she" stands for)
    return None


def _told_to(tok: Token, obj: Token) -> bool:
    """'urged the bloc to go further', 'pressed the council to act', 'Thames Water has been ordered to cut
    bills': the object, or the passive's subject, is told to do the complement, so it is someone, whatever the
    noun (or untagged name)."""
    return obj.dep_ in ("dobj", "nsubjpass") and obj.lemma_.lower() not in MEASURE_NOUNS | FORCED_VOTES and any(  # not "took all measures to"
        c.dep_ == "xcomp" and c.i > obj.i and c.pos_ in ("VERB", "AUX") for c in tok.children)


def _object_target(tok: Token) -> Token | None:
    """The object pressed, or whose act it is: 'charged the former mayor', 'the government's handling';
    a relative clause's "whom" is its antecedent ('Kamala Harris, whom he blamed for ...')."""
    if tok.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in ("whom", "who") for c in tok.children) \
            and plausible_target(tok.head):
        return tok.head
    for child in tok.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in ARMED_NOUNS and tok.lemma_.lower() in COMMANDING_VERBS:
            act = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > child.i), None)
            against = next((o for o in act.children if o.dep_ == "dobj" and can_act(o)), None) if act else None
            if against is not None:  # "ordered the army to neutralise criminal gangs": whom its own forces are sent
                return against  # against, not the forces
        if child.dep_ == "dobj" and child.lemma_.lower() in RECALLED_ENVOYS and tok.lemma_.lower() in ("recall", "withdraw"):
            host = next((p for c in child.children if c.dep_ == "prep" and c.lower_ in ("to", "from", "in")
                         for p in c.children if p.dep_ == "pobj" and p.ent_type_ in NAMED_LABELS), None)
            return host  # "recalled its ambassador to South Africa" presses South Africa, not the envoy
        if child.dep_ == "dobj" and (not plausible_target(child) or child.lower_ in ENTERED_PREMISES) and (
                owner := _owner_if_target(child)) is not None:
            return owner  # "subpoenaed the company's internal documents", "raided the offices of the newspaper"
        if child.dep_ in ("dobj", "dative", "iobj", "nsubjpass") and not _press_told(tok, child) and (
                plausible_target(child) or child.pos_ in ("NOUN", "PROPN") and child.dep_ in ("dobj", "dative", "nsubjpass")
                and not any(c.dep_ == "nummod" for c in child.children)  # "2.4 billion euros" is the fine
                and child.lemma_.lower() not in DEADLINE_SPANS  # "blamed years of cuts": a span of time is no one
                and (lexicon_lemma(tok) in PERSONAL_OBJECT_VERBS or _told_to(tok, child))):
            return child  # "sentenced the blogger", "fined the tech giant": these verbs take someone
        if child.dep_ == "dobj" and lexicon_lemma(tok) in PERSONAL_OBJECT_VERBS and (fined := _charged_to(child)):
            return fined
    named_as = any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)  # "named a former trade minister as a
    # suspect", the one named read as what he is named
    return next((owner for child in tok.children if child.dep_ == "dobj"
                 and (owner := _owner_if_target(child)) is not None), None) or _states_goods(tok) or next(
        (c for c in tok.children if c.dep_ == "oprd" and named_as and plausible_target(c)), None)


def made_in(tok: Token) -> str | None:
    """The state a noun's modifier names: 'Chinese electric vehicles', 'Moldovan fruit', 'Chinese-made cars' ->
    China, Moldova, China."""
    return next((state for c in tok.children if c.dep_ in ("amod", "compound") for m in (c, *c.children)
                 if (m is c or m.dep_ == "npadvmod" and c.lower_ == "made") and (state := state_for(m.text))), None)


def _states_goods(tok: Token) -> Token | None:
    """'banned imports of Japanese seafood': the goods a state makes, which name the state pressed."""
    goods = [c for c in tok.children if c.dep_ == "dobj"] + [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"
                                                             for p in c.children if p.dep_ == "pobj"]  # "tariffs on imports"
    return next((p for child in goods if child.lemma_.lower() in TRADE_NOUNS
                 for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for p in prep.children if p.dep_ == "pobj" and made_in(p)), None)


def _charged_to(amount: Token) -> Token | None:
    """'fined Apple 1.8 billion euros', 'fined TikTok £12.7 million': the parser made the one fined a modifier of
    the sum."""
    number = next((c for c in amount.children if c.dep_ == "nummod" or c.dep_ in ("compound", "quantmod") and (
        c.like_num or c.tag_ == "$")), None)
    return None if number is None else next((c for c in amount.children if c.dep_ in ("nmod", "compound")
                                             and c.i < number.i and c.pos_ == "PROPN"), None)


def _marked_object(prep: Token) -> Token | None:
    """The object of a preposition; 'fired rubber bullets at protesters marching on parliament': the
    marchers, whom the parser made the subject of the clause after "at"."""
    pobj = pobj_of(prep)  # "fired tear gas at hundreds of protesters": the protesters (not "a slap in the face to
    # thousands of families", who are not pressed)
    return (past_quantity(pobj) if pobj is not None and prep.lower_ in ("at", "against", "on") else pobj) or next(
        (subject_of(c) for c in prep.children if c.dep_ == "pcomp"), None)


def _inquiry_target(tok: Token) -> Token | None:
    """'opened a criminal investigation into the opposition candidate': whom an inquiry looks into,
    "into" hung on the inquiry or, as the parser often does, on the verb that opens it; whose act
    it is ('an inquiry into the ministry's handling')."""
    if tok.lemma_.lower() not in INQUIRY_WORDS or tok.pos_ != "NOUN":
        return None
    heads = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in INQUIRY_PREPOSITIONS
                 and c.i > tok.i):
        pobj = pobj_of(prep)
        clause = next((c for c in prep.children if c.dep_ == "pcomp"), None)
        if pobj is None and clause is not None and (subj := subject_of(clause)) is not None:
            pobj = subj  # "into whether the company's executives ignored warnings": the executives
        if pobj is not None:  # not "into unreported political funds": money looked into is no one
            return _owner_if_target(pobj) or (pobj if plausible_target(pobj) and pobj.lower_ not in FROZEN_NOUNS
                                              else None)
    return None


def _court(tok: Token) -> bool:
    """Where a case is heard, not whom it presses: 'filed a complaint with the International Criminal Court'."""
    return any(w.lower_ in COURT_NOUNS for w in tok.subtree)


def _prepositional_target(tok: Token) -> Token | None:
    """'a lawsuit against the hospital', 'pressure on Israel', 'called for the minister's resignation',
    'lashed out at Sweden', 'military drills around Taiwan'."""
    marks = set(TARGET_PREPOSITIONS)
    if any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        marks.add("at")  # "lashed out at", "hit out at"
    if lexicon_lemma(tok) in THROWING_VERBS | AIMING_VERBS:
        marks.add("at")  # "threw stones at police", "fired tear gas at protesters"
    if lexicon_lemma(tok) in DRILL_NOUNS:
        marks |= DRILL_PLACES  # exercises held at someone's door are aimed at them
    if lexicon_lemma(tok) in SENDING_VERBS:
        marks.add("into")  # "send troops into Kosovo"
    if lexicon_lemma(tok) in GATHERING_VERBS:
        marks.discard("on")  # "protesters gathered on Place de la Concorde": where, not whom
    kept = lexicon_lemma(tok) in MONEY_KEEPING_VERBS
    if kept:
        marks.add("from")  # "withheld 200 million pounds in aid from the council"
    road = any(_road(o) for o in tok.children if o.dep_ == "dobj")  # "block the main highway to Athens"
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in marks | {"for", "with"} and not (road and child.lower_ == "to"):
            pobj = _marked_object(child)
            if pobj is None or child.lower_ in ("with", "to") and _court(pobj):
                continue  # "would take the law to the Constitutional Court": the court is where, not whom
            advised = lexicon_lemma(tok) == "warn"  # "warned against a rush to judgement": an act, not whom
            if child.lower_ != "for" and (plausible_target(pobj) or child.lower_ == "against" and pobj.pos_ in (
                    "NOUN", "PROPN") and not advised):  # "against" says whom, whatever the noun, or whose it is
                return pobj if plausible_target(pobj) else _owner_if_target(pobj) or pobj  # ("voted against the chief
                # executive's pay package")
            if child.lower_ == "with" and pobj.ent_type_ in NAMED_LABELS:
                return pobj  # "lodged a protest with Russia"
            if (owner := _owner_if_target(pobj)) is not None:
                return owner
    return _object_marked_target(tok, kept)


def _road(tok: Token) -> bool:
    """'the main highway to Athens': a road, whose "to" says where it goes, not whom an act presses."""
    return tok.lemma_.lower() in STREET_NOUNS | {"motorway"}


def _object_marked_target(tok: Token, kept: bool) -> Token | None:
    """Whom the object is marked for: 'imposed sanctions on three Russian banks', 'broke off relations with
    Mexico'; money kept back 'for' someone ('froze 1.5 billion euros in funds for Hungary')."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if kept:
        objects += [p for o in objects for prep in o.children if prep.lower_ == "in" for p in prep.children]
    marks = TARGET_PREPOSITIONS | {"with"} | ({"for"} if kept else set())
    for obj in objects:
        if _road(obj):
            continue  # "to block the main highway to Athens": where the road goes, no one pressed
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in marks):
            pobj = pobj_of(prep)
            if pobj is not None and not _court(pobj) and pobj.ent_type_ not in ("LOC", "FAC") and (
                    pobj.ent_type_ in NAMED_LABELS or prep.lower_ != "with" and (
                    plausible_target(pobj) or any(c.ent_type_ in NAMED_LABELS for c in pobj.children))):
                return pobj
    return None


def target_token(tok: Token) -> Token | None:
    """Whom it presses: the obliged, the object, the named subject of the demanded clause, or 'on/against/to X'."""
    if read_as_modifier(tok):
        return tok.head  # "Brennan, accused council members of ...": the members
    if tok.lemma_.lower() == "blame" and tok.dep_ == "xcomp" and (blamed := subject_of(tok.head)) is not None:
        return _owner_if_target(blamed) or blamed  # "Washington's support for Israel was to blame": Washington
    held = next((c for c in tok.children if c.dep_ == "dobj" and (c.lemma_.lower() in FORCE_NOUNS and tok.lemma_.lower() in (
        "use", "fire") or c.lemma_.lower() in INVOKED_LAWS and tok.lemma_.lower() in INVOKING_VERBS)), None)
    if held is not None:  # "invoked a security law against truck drivers": "against" on the verb or on the law
        act = next((c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"), None)
        return _prepositional_target(tok) or _prepositional_target(held) or (act and _object_target(act)) or (
            act and _owner_of_gathering(act))  # "used water cannon to push back protesters", "fired tear gas to
        # break up an opposition rally"
    if lexicon_lemma(tok) == "blame" and (blamed := _blamed_on(tok)) is not None:
        return blamed  # "blamed the flooding on the council's failure": the council, not the flooding
    if (found := ruled(tok)) is not None:
        return _owner_if_target(found)  # "declared the president's decree unconstitutional": the president
    sent = lexicon_lemma(tok) in SENDING_VERBS  # "sent a team of inspectors to the plant": what is sent is its own
    found = _obliged(tok) or (None if sent else _object_target(tok)) or _bearer(tok)
    if found is not None:
        return found
    for comp in (c for c in tok.children if c.dep_ == "ccomp" or c.dep_ == "advcl" and any(  # "called for the mayor
            m.dep_ == "mark" and m.lower_ == "for" for m in c.children)):  # to declare ...", "demanded that Gov. ..."
        subj = subject_of(comp)
        if lexicon_lemma(tok) == "warn" and (lexicon_lemma(comp) in RETALIATING_VERBS or lexicon_lemma(
                comp) in PRESSURE_VERBS and any(c.dep_ == "aux" and c.tag_ == "MD" for c in comp.children)):
            continue  # "warned that Republicans would retaliate", "warned that Islamabad could suspend all bilateral
            # agreements": the ones who would act are the warner's side, not whom it warns
        demanded = subj is not None and (subj.pos_ == "NOUN" and plausible_target(subj) or subj.lower_ in THIRD_PERSON)
        if subj is not None and (subj.ent_type_ in ("PERSON", *NAMED_LABELS) or demanded and lexicon_lemma(tok) in (
                "demand", "insist", "call", "want", *BARRING_VERBS)):  # "demanded that the city fire ...", "wrote to
            return subj  # the regulator demanding that it use its powers", "would not allow aid workers to return"
        if subj is not None and lexicon_lemma(tok) in FINDING_VERBS and can_act(subj):
            return subj  # "A UN panel found that Eritrean troops committed war crimes": the ones found at fault
    found = _prepositional_target(tok) or _inquiry_target(tok)
    if found is None and lexicon_lemma(tok) in VOWING_VERBS | CAMPAIGN_NOUNS:  # "threatened to impose tariffs
        # on Mexico", "a campaign to recall Gov. Rachel Dunn"
        act = next((c for c in tok.children if c.dep_ in ("xcomp", "acl") and c.pos_ == "VERB"), None)
        # the one whose giving in would stop it before whom it would hurt: "threatened to publish residents'
        # data unless the council paid" presses the council
        found = conceder(tok) or act and (_object_target(act) or _prepositional_target(act))
    if found is None and tok.pos_ == "NOUN" and lexicon_lemma(tok) in CAMPAIGN_NOUNS and tok.dep_ == "dobj":
        found = _prepositional_target(tok.head)  # "launched a recall campaign Thursday against three board members"
    if found is None and tok.dep_ == "advcl" and tok.tag_ == "VBG" and lexicon_lemma(tok.head) in LETTER_VERBS:
        found = pobj_of(next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "to"), None))
        # "six premiers wrote to Ottawa demanding a pause": the one written to
    if found is None and tok.pos_ == "VERB":  # "halted the entry of aid into Gaza to pressure Hamas": whom it is for
        aim = next((c for t in (tok, *(o for o in tok.children if o.dep_ == "dobj")) for c in t.children
                    if c.dep_ in ("advcl", "xcomp") and (lexicon_lemma(c) in PRESSURE_VERBS or lemma_in(
                        c, PUNISHING_VERBS | COMPELLING_VERBS))
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        found = aim and _object_target(aim)
        found = found if found is not None and plausible_target(found) else None  # not "to force a vote"
    return found or _placed_noun_target(tok) or conceder(tok) or answered(tok) or _struck_in(tok)


def _struck_in(tok: Token) -> Token | None:
    """'Ukraine struck an oil refinery in southern Russia': an armed blow at a thing presses the state it is in."""
    if tok.pos_ != "VERB" or PRESSURE_VERBS.get(lexicon_lemma(tok)) != "military" and lexicon_lemma(tok) != "strike":
        return None  # (a strike with an object is a blow, not a stoppage)
    return next((p for obj in tok.children if obj.dep_ == "dobj" and not can_act(obj)  # not "attacked U.S. troops in Iraq"
                 for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "in"
                 for p in prep.children if p.dep_ == "pobj" and p.ent_type_ == "GPE" and state_for(p.text) == p.text),
                None)


def _owner_of_gathering(act: Token) -> Token | None:
    """'to break up an opposition rally': whose gathering it was (its modifier), when the text names one."""
    rally = next((c for c in act.children if c.dep_ == "dobj" and c.lemma_.lower() in GATHERING_NOUNS), None)
    return next((c for c in rally.children if c.dep_ in ("compound", "amod", "poss") and plausible_target(c)), None) \
        if rally is not None else None


def _placed_noun_target(tok: Token) -> Token | None:
    """Whom a noun presses by where it stands: 'the EU's latest sanctions package against Russia' (a compound
    whose head says whom), 'Regulators in Brussels hit Apple with a 1.8 billion euro fine' (the one it was
    done to)."""
    if tok.dep_ == "compound" and tok.pos_ == "NOUN" and tok.head.pos_ == "NOUN":
        return _prepositional_target(tok.head)
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ == "VERB":
        return next((c for c in tok.head.head.children if c.dep_ == "dobj" and plausible_target(c)), None)
    return None
