"""The pressure verbs' exceptions, one row each: when a verb from the lexicon presses as another class or
not at all ("Trump attacked Powell" is words, "Hurricane Delia slammed into the coast" presses no one,
"sacked his defence minister" is political). `triggers.verb_class` reads the rows in order; the first that
applies decides. The clause tests the rows ask are in `clauses.py`."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.actors import state_for
from briefing.analysis.lexicon import (
    ACT_NOUNS,
    ADJECTIVAL_TRIGGERS,
    ADVISED_PUBLIC,
    ADVISING_VERBS,
    AGREEMENT_NOUNS,
    ARMED_NOUNS,
    AUTHORITY_NOUNS,
    BLAMED_CIRCUMSTANCES,
    BOUGHT_GOODS,
    CAMPAIGN_MARKS,
    CAMPAIGNER_WORDS,
    CANCELLED_PAPERS,
    CAPACITY_NOUNS,
    CELEBRATION_NOUNS,
    CENSORED_WORKS,
    CLAIM_NOUNS,
    CLOSED_BODY_NOUNS,
    DANGER_VERBS,
    DENYING_VERBS,
    DEPLOYED_FORCES,
    DISPUTE_NOUNS,
    DOWNED_CRAFT,
    ECONOMIC_OBJECTS,
    ENFORCING_NOUNS,
    ENVOY_NOUNS,
    EXPLORED_MATTERS,
    GIVEN_BACKING,
    GOVERNING_TITLES,
    GROUP_NOUNS,
    HAZARD_NOUNS,
    HELPING_VERBS,
    HOSTILE_NOUNS,
    INQUIRY_WORDS,
    INSTITUTION_NOUNS,
    LAID_OFF,
    LANDFORM_NOUNS,
    LEGISLATION_NOUNS,
    LIVED_IN_PLACES,
    NETWORK_WORDS,
    OBJECT_BOUND,
    OBJECT_TRIGGERS,
    OUTLET_NOUNS,
    PERSON_WORDS,
    PRESSURE_NOUNS,
    PRESSURE_VERBS,
    PRICE_NOUNS,
    REMARK_NOUNS,
    RIGHT_NOUNS,
    ROLE_HEADS,
    RUINED_ABSTRACTIONS,
    SEVERING_VERBS,
    SHOT_THINGS,
    STAYING_VERBS,
    STRIPPED_POSTS,
    SUSPENDED_ORDER,
    TALKS_NOUNS,
    TOURING_OFFICES,
    TRADE_NOUNS,
    VEHICLE_NOUNS,
    WORDED_CHARGES,
)
from briefing.analysis.pressure.capacity import plausible_target
from briefing.analysis.pressure.clauses import (
    conditional,
    granted,
    hoped,
    objects_of,
    own_object,
    someones,
)
from briefing.analysis.pressure.lemmas import Rule, lexicon_lemma
from briefing.analysis.pressure.noun_rules import attack_on_a_person
from briefing.analysis.pressure.obligations import obliges
from briefing.analysis.subjects import subject_of


def advises_public(tok: Token) -> bool:
    """Advice to the public presses no one: 'asked patients to attend appointments unless told
    otherwise', 'urged the public not to prejudge the outcome', 'called on residents to stay indoors'
    (but 'urged the public to boycott the firm' presses the firm)."""
    if tok.pos_ != "VERB" or lexicon_lemma(tok) not in ADVISING_VERBS:
        return False
    heard = [c for c in tok.children if c.dep_ == "dobj"]
    heard += [p for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon")
              for p in c.children if p.dep_ == "pobj"]
    acts = [c for c in tok.children if c.dep_ == "xcomp"]
    return bool(acts) and any(h.lower_ in ADVISED_PUBLIC or h.lemma_.lower() in ADVISED_PUBLIC for h in heard) \
        and not any(lexicon_lemma(a) in PRESSURE_VERBS for a in acts)


def _people(tok: Token) -> bool:
    """Someone a shot can hit: 'three protesters', 'a man', 'the crowd', 'police', 'him'; not 'scenes'."""
    lemma = tok.lemma_.lower()
    return tok.ent_type_ in ("PERSON", "NORP") or tok.lower_ in ("him", "her", "them") or lemma in (
        PERSON_WORDS | GROUP_NOUNS | ARMED_NOUNS | AUTHORITY_NOUNS | {"crowd", "crowds"}) or (
        tok.tag_ == "NNS" and lemma not in SHOT_THINGS and tok.ent_type_ not in ("CARDINAL", "QUANTITY"))


def force_of_nature(tok: Token | None) -> bool:
    """'Hurricane Delia', 'the floods', 'Storm Babet': no one, whatever it does."""
    return tok is not None and (tok.ent_type_ == "EVENT" or tok.lemma_.lower() in HAZARD_NOUNS or any(
        c.dep_ == "compound" and c.lower_ in HAZARD_NOUNS for c in tok.children))


# Pressure verbs: (why, when, what it is then); None means no trigger. First row that applies wins.
VERB_RULES: tuple[Rule, ...] = (
    ("a force of nature presses no one: 'Hurricane Delia slammed into the coast', 'The floods destroyed 300 homes'",
     lambda t: force_of_nature(subject_of(t)), None),
    ("a leader come to look, no inspection: 'North Korea's leader inspected a new fishing port'",
     lambda t: lexicon_lemma(t) == "inspect" and (subj := subject_of(t)) is not None
     and (subj.lemma_.lower() in TOURING_OFFICES or subj.ent_type_ == "PERSON"), None),
    ("a danger foreseen, no one warned off: 'Lagarde warned that U.S. tariffs posed a growing threat to the economy',"
     " 'Scientists warned that the glacier was melting faster than expected'",
     lambda t: lexicon_lemma(t) == "warn" and any(
         c.dep_ == "ccomp" and (subj := subject_of(c)) is not None and subj.pos_ == "NOUN" and (
             c.lemma_.lower() in DANGER_VERBS and subj.lemma_.lower() not in GROUP_NOUNS | ROLE_HEADS
             or subj.lemma_.lower() in LANDFORM_NOUNS or force_of_nature(subj)) for c in t.children), None),
    ("a warning of weather or disaster is a forecast: 'warned of flash flooding across the valley'",
     lambda t: lexicon_lemma(t) == "warn" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
         force_of_nature(p) for p in c.children if p.dep_ == "pobj") for c in t.children), None),
    ("one person attacking another does it in words: 'Trump attacked Powell again on Monday'",
     attack_on_a_person, "voice"),
    ("a retort, no shot: 'Petersen fired back on X, writing ...', 'fired back at his critics'",
     lambda t: lexicon_lemma(t) == "fire" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back"
                                                  for c in t.children)
     and not ((subj := subject_of(t)) is not None and (subj.lemma_.lower() in ARMED_NOUNS | HOSTILE_NOUNS
                                                      or subj.ent_type_ in ("GPE", "NORP"))), "voice"),
    ("a power held is no act: 'Congress, not the president, has the power to tax', 'the authority to remove him'",
     lambda t: t.dep_ == "acl" and t.head.lemma_.lower() in CAPACITY_NOUNS, None),
    ("rights restricted are politics, not trade: 'voting to restrict women's rights', 'curbs on press freedom'",
     lambda t: lexicon_lemma(t) in ("restrict", "curb", "limit", "suspend") and any(
         c.dep_ == "dobj" and c.lemma_.lower() in RIGHT_NOUNS for c in t.children), "political"),
    ("striking back with trade is economic: 'threatened to retaliate with tariffs of his own'",
     lambda t: lexicon_lemma(t) == "retaliate" and any(
         c.dep_ == "prep" and c.lower_ == "with" and any(p.lemma_.lower() in ECONOMIC_OBJECTS for p in c.children)
         for c in t.children), "economic"),
    ("a person fired or suspended is dismissed, a political act: 'threatened to fire the central bank governor',"
     " 'sacked his defence minister', 'voted to remove President Pedro Castillo', 'Labour has suspended the MP',"
     " 'fired his entire cabinet'",
     lambda t: lexicon_lemma(t) in ("fire", "sack", "remove", "suspend") and any(c.dep_ == "dobj" and (
         c.lemma_.lower() in ROLE_HEADS or c.ent_type_ == "PERSON" or c.lower_ in ("him", "her", "cabinet"))
         for c in t.children), "political"),
    ("a ruler's order to act is a demand, no court's: 'Turkey's central bank was ordered by the president to cut"
     " interest rates'",
     lambda t: lexicon_lemma(t) == "order" and any(c.dep_ == "xcomp" for c in t.children)
     and not objects_of(t) & ENVOY_NOUNS  # ("ordered the French ambassador to leave": expelled, below)
     and (doer := subject_of(t)) is not None and GOVERNING_TITLES.fullmatch(doer.lower_) is not None, "voice"),
    # (subject_of gives a passive's agent: "was ordered by the president")
    ("a habit banned presses no one: 'passed a law banning smoking for future generations'; but 'banned protests',"
     " 'banned the party', 'banned the student wing of the Awami League' (no habit, however it ends) do",
     lambda t: lexicon_lemma(t) in ("ban", "prohibit", "outlaw") and any(
         c.dep_ in ("dobj", "xcomp") and c.lower_.endswith("ing") and len(c.lower_) > 5 and c.pos_ in ("NOUN", "VERB")
         and lexicon_lemma(c) not in PRESSURE_NOUNS and not any(g.dep_ == "poss" for g in c.children)
         for c in t.children), None),
    ("a bill rammed through is forced past a parliament, no vessel rammed: 'The government rammed the bill through"
     " parliament'",
     lambda t: lexicon_lemma(t) == "ram" and any(c.lower_ == "through" and c.dep_ in ("prt", "prep", "advmod")
                                                 for c in t.children), "political"),
    ("daring is a demand only of someone: 'dared the prime minister to call an election'; not 'no one dared to speak'",
     lambda t: lexicon_lemma(t) == "dare" and not any(c.dep_ == "dobj" for c in t.children), None),
    ("only a ruler or a government is toppled: 'would try to topple the minority government', 'to unseat the"
     " mayor'; not 'the storm toppled trees'",
     lambda t: lexicon_lemma(t) in ("topple", "unseat", "depose", "overthrow") and not any(
         c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in ROLE_HEADS | INSTITUTION_NOUNS
                                             or c.ent_type_ in ("PERSON", "ORG") or c.lower_ in ("him", "her"))
         for c in t.children), None),
    ("only forces, attackers or states target anyone: 'Hackers linked to Iran targeted the campaign's email"
     " accounts'; not 'The campaign targeted suburban voters'",
     lambda t: lexicon_lemma(t) == "target" and not ((subj := subject_of(t)) is not None and (
         subj.lemma_.lower() in ARMED_NOUNS | HOSTILE_NOUNS | DOWNED_CRAFT or subj.ent_type_ in ("GPE", "NORP"))),
     None),
    ("a person destroyed or crushed is beaten in words or at the polls, no blow: 'Vance would destroy him on"
     " Tuesday' (a debate); so is a way of life ('They are destroying a way of life'); but 'destroyed two tanks' is",
     lambda t: lexicon_lemma(t) in ("destroy", "crush", "demolish") and any(c.dep_ == "dobj" and (
         c.lower_ in ("him", "her") or c.ent_type_ == "PERSON" or c.lemma_.lower() in RUINED_ABSTRACTIONS)
                                                                            for c in t.children), None),
    ("an act hoped for is not done: 'We hope the government will investigate the accident'", hoped, None),
    ("a power a law gives is no act: 'a bill that would have let parents challenge books'", granted, None),
    ("executing presses only people, by a state named: 'Saudi Arabia executed seven men'; not 'executed the plan',"
     " nor a grief's 'They executed my son'",
     lambda t: lexicon_lemma(t) == "execute" and (not any(
         c.dep_ in ("dobj", "nsubjpass") and plausible_target(c) for c in t.children) or any(
         c.dep_ == "nsubj" and c.pos_ == "PRON" for c in t.children)), None),
    ("a search presses only someone's premises: 'The FBI searched the home of the former adviser', 'raided and"
     " searched his offices'; not 'Police searched the area for the missing girl', 'searched for survivors'",
     lambda t: lexicon_lemma(t) == "search" and not any(someones(c) for c in t.children if c.dep_ == "dobj"), None),
    ("members expelled by a party or body are a political act, no diplomacy: 'The ruling party expelled two lawmakers"
     " who voted against the budget' (but 'expelled three diplomats' is)",
     lambda t: lexicon_lemma(t) == "expel" and any(c.dep_ == "dobj" and c.lemma_.lower() in PERSON_WORDS - ENVOY_NOUNS
                                                  and c.lemma_.lower() not in ("diplomat", "attache", "attaché")
                                                  for c in t.children), "political"),
    ("staff laid off are no one pressed, and no shots fired: 'The company sacked 300 workers', 'while he fires the"
     " people who keep this country running'; 'removed the debris' presses no one",
     lambda t: lexicon_lemma(t) in ("sack", "remove") or lexicon_lemma(t) == "fire" and any(c.dep_ == "dobj" and (
         c.lemma_.lower() in LAID_OFF or c.tag_ == "NNS" and c.lemma_.lower() in GROUP_NOUNS | PERSON_WORDS)
         for c in t.children), None),
    ("looking into how to do something is no inquiry: 'will investigate ways to improve bus services'",
     lambda t: lexicon_lemma(t) in INQUIRY_WORDS and bool(objects_of(t) & EXPLORED_MATTERS), None),
    ("a loss blamed on circumstances blames no one: 'The coach blamed the loss on injuries'",
     lambda t: lexicon_lemma(t) == "blame" and any(c.dep_ == "prep" and c.lower_ == "on" and any(
         p.lemma_.lower() in BLAMED_CIRCUMSTANCES for p in c.children if p.dep_ == "pobj")
         for head in (t, *(o for o in t.children if o.dep_ == "dobj")) for c in head.children), None),
    ("staying put is no act on anyone: 'some residents refused to leave', 'a family that refuses to leave"
     " a sinking town'",
     lambda t: lexicon_lemma(t) == "refuse" and any(c.dep_ == "xcomp" and c.lemma_.lower() in STAYING_VERBS
                                                    for c in t.children), None),
    ("a shot presses only people shot or shot at: 'Security forces shot dead three protesters', 'shot at the"
     " police'; not 'shot a video', 'shot to fame' ('shot down' is SHOOT_DOWN's)",
     lambda t: lexicon_lemma(t) == "shoot" and (any(c.lower_ == "down" for c in t.children) or not any(
         c.lower_ == "dead" or c.dep_ in ("dobj", "nsubjpass") and _people(c) or c.dep_ == "prep"
         and c.lower_ == "at" and any(_people(p) for p in c.children if p.dep_ == "pobj") for c in t.children)), None),
    ("only people are grilled: 'Lawmakers grilled the bank's chief executive'; not 'grilled the steaks'",
     lambda t: lexicon_lemma(t) == "grill" and not any(c.dep_ == "dobj" and (
         c.ent_type_ in ("PERSON", "ORG") or c.lemma_.lower() in PERSON_WORDS | AUTHORITY_NOUNS
         or c.lower_ in ("him", "her", "them")) for c in t.children), None),
    ("only forces overrun anyone: 'Rebel fighters overran an army base'; not 'The project overran its budget'",
     lambda t: lexicon_lemma(t) == "overrun" and not ((subj := subject_of(t)) is not None and (
         subj.lemma_.lower() in ARMED_NOUNS | HOSTILE_NOUNS or subj.lower_ in ARMED_NOUNS | HOSTILE_NOUNS)), None),
    ("only forces, police or states intercept anyone: 'The navy intercepted a tanker carrying Iranian oil'; not"
     " 'the goalkeeper intercepted the pass'",
     lambda t: lexicon_lemma(t) == "intercept" and not ((subj := subject_of(t)) is not None and (
         subj.lemma_.lower() in ARMED_NOUNS | AUTHORITY_NOUNS or subj.lower_ in ARMED_NOUNS | AUTHORITY_NOUNS
         or subj.ent_type_ in ("GPE", "NORP"))), None),
    ("boarding presses only when activists or armed men board: 'Greenpeace activists boarded an oil tanker',"
     " not 'passengers boarded the ferry'",
     lambda t: lexicon_lemma(t) == "board" and not ((subj := subject_of(t)) is not None and {
         subj.lower_, subj.lemma_.lower()} & (CAMPAIGNER_WORDS | ARMED_NOUNS | HOSTILE_NOUNS)), None),
    ("blasting words take someone or their act: 'blasted the administration's handling'; not 'blasted music'",
     lambda t: lexicon_lemma(t) == "blast" and not any(c.dep_ == "dobj" and (c.ent_type_ or c.lemma_.lower() in (
         ACT_NOUNS | LEGISLATION_NOUNS | REMARK_NOUNS | GROUP_NOUNS | ROLE_HEADS | AUTHORITY_NOUNS) or any(
         p.dep_ == "poss" for p in c.children)) for c in t.children), None),
    ("a collision, not words: 'slammed into the Louisiana coast', 'slammed against the sea wall'",
     lambda t: lexicon_lemma(t) == "slam" and any(c.dep_ == "prep" and c.lower_ in ("into", "against", "onto")
                                                  for c in t.children), None),
    ("a strike by the people it describes: 'Striking doctors defied a government order'",
     lambda t: lexicon_lemma(t) == "strike" and t.dep_ == "amod" and t.tag_ == "VBG"
     and t.head.lower_ in GROUP_NOUNS, "public"),
    ("a participle used as an adjective: 'charged particles'",
     lambda t: lexicon_lemma(t) in ADJECTIVAL_TRIGGERS and t.dep_ == "amod", None),
    ("a condition, not an act: 'would strike next month if the hospital board refused to reopen talks', 'If Ottawa"
     " wants to send the RCMP to arrest Albertans, let them try'",
     conditional, None),
    ("a right, not an act: 'respected the right to protest', 'the freedom to strike'",
     lambda t: t.dep_ == "acl" and t.head.lemma_.lower() in RIGHT_NOUNS, None),
    ("background, not this story: 'Mali's military government, which seized power in a 2021 coup, ...' (but"
     " 'which has campaigned for the victims since 2021' goes on)",
     lambda t: t.dep_ == "relcl" and t.tag_ == "VBD" and any(
         d.ent_type_ == "DATE" and d.like_num and len(d.text) == 4 for d in t.subtree), None),
    ("background, not an event: 'West Africans ordered out of Nigeria'",
     lambda t: t.dep_ == "acl" and t.tag_ == "VBN" and not any(c.dep_ in ("agent", "nsubj") for c in t.children),
     None),  # (a clause with its own subject is one: "told Senate estimates that police had arrested all three men")
    ("an assertion: 'insisted unrest reflected ...'",
     lambda t: lexicon_lemma(t) == "insist" and not any(c.lower_ == "on" or c.dep_ == "xcomp" for c in t.children)
     and not obliges(t), None),
    ("a constitutional order suspended is a political act: 'The Kuwaiti emir dissolved parliament and suspended parts"
     " of the constitution', 'suspended parliament for four years'",
     lambda t: lexicon_lemma(t) == "suspend" and bool(objects_of(t) & SUSPENDED_ORDER), "political"),
    ("nothing cut or blocked: 'cut short' (but 'has blocked or delayed almost every package' shares its object)",
     lambda t: lexicon_lemma(t) in OBJECT_TRIGGERS and not any(
         c.dep_ in ("dobj", "prt") for v in (t, *(j for j in t.children if j.dep_ == "conj" and j.pos_ == "VERB"))
         for c in v.children), None),
    ("a price, not a charge in court: 'charged customers a toll to cross it', 'charged exit fees'",
     lambda t: lexicon_lemma(t) == "charge" and (sum(c.dep_ == "dobj" for c in t.children) >= 2 or any(
         c.dep_ == "dobj" and c.lemma_.lower() in PRICE_NOUNS for c in t.children)), None),
    ("a charge in words, not in court: 'critics charge that ...', '... which critics charge is a camp'",
     lambda t: lexicon_lemma(t) in WORDED_CHARGES and (any(c.dep_ == "ccomp" for c in t.children) or not any(
         c.dep_ in ("dobj", "nsubjpass", "auxpass") or c.dep_ == "prep" and c.lower_ == "with" for c in t.children)),
     "voice"),
    ("a clash between officials or named people is words: 'the two ministers clashed over the budget', 'Rep."
     " Elissa Slotkin and former Rep. Mike Rogers clashed ... in their only debate' ('protesters clashed with"
     " riot police' is a fight, its kind by who fights)",
     lambda t: lexicon_lemma(t) == "clash" and (subj := subject_of(t)) is not None
     and (subj.lemma_.lower() in ROLE_HEADS or subj.ent_type_ == "PERSON"), "voice"),
    ("ties or talks cut are diplomatic: 'cut ties', 'suspended talks with the rebels'",
     lambda t: lexicon_lemma(t) in SEVERING_VERBS and bool(objects_of(t) & TALKS_NOUNS), "diplomatic"),
    ("an envoy summoned is a rebuke between states: 'summoned the U.S. ambassador', 'The U.S. ambassador was"
     " summoned to the foreign ministry'",
     lambda t: lexicon_lemma(t) == "summon" and bool((objects_of(t) | {
         c.lemma_.lower() for c in t.children if c.dep_ == "nsubjpass"}) & ENVOY_NOUNS), "diplomatic"),
    ("troops ordered somewhere are deployed: 'ordered troops to the border', 'ordered the army into the city',"
     " 'ordered the National Guard to the border'",
     lambda t: lexicon_lemma(t) == "order" and any(c.dep_ == "dobj" and {c.lower_, c.lemma_.lower()} & DEPLOYED_FORCES
                                                   for c in t.children), "military"),
    ("an envoy ordered out is expelled: 'ordered the French ambassador to leave the country'",
     lambda t: lexicon_lemma(t) == "order" and bool(objects_of(t) & ENVOY_NOUNS), "diplomatic"),
    ("a ruling in a private dispute that finds for no one presses no one: 'A Greek court ruled in a property dispute"
     " between two neighbours', 'ruled in a dispute over a football transfer'; not 'ruled that ...', 'ruled"
     " against the city', 'ruled in the case that the ban was unlawful'",
     lambda t: lexicon_lemma(t) == "rule" and any(c.dep_ == "prep" and c.lower_ == "in" and any(
         p.lemma_.lower() in DISPUTE_NOUNS and not any(a.dep_ in ("acl", "relcl") for a in p.children)
         for p in c.children) for c in t.children) and not any(
         c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "dobj") or c.dep_ == "prep" and c.lower_ in ("against", "for")
         for c in t.children), None),
    ("knocking down presses only where people live: 'bulldozed the homes of people accused of rioting', 'demolished"
     " the protest camp'; not 'demolished the old cinema to build flats'",
     lambda t: lexicon_lemma(t) in ("demolish", "bulldoze", "raze") and not objects_of(t) & LIVED_IN_PLACES, None),
    ("goods ordered are bought: 'The Venezuelan government ordered new equipment for its hospitals', 'ordered 50"
     " jets'",
     lambda t: lexicon_lemma(t) == "order" and bool(objects_of(t) & BOUGHT_GOODS), None),
    ("a member state suspended from a body: 'The African Union suspended Niger after the coup'",
     lambda t: lexicon_lemma(t) == "suspend" and any(c.dep_ == "dobj" and (c.ent_type_ == "GPE" or state_for(c.text))
                                                     for c in t.children),
     "diplomatic"),
    ("outlets suspended, banned or shut are silenced, a political act: 'suspended two French broadcasters',"
     " 'suspended the broadcasts of two French news outlets'; so are bodies shut: 'vowed to shut down the state"
     " news agency'",
     lambda t: lexicon_lemma(t) in ("suspend", "ban", "close", "shut", "block", "restrict") and bool(
         objects_of(t) & (OUTLET_NOUNS | CLOSED_BODY_NOUNS | CENSORED_WORKS)) and not own_object(t),
     "political"),  # "restricted 36 titles"; not "shut down its website for maintenance"
    ("cancelling presses only papers held by right: 'cancelled the passports of six overseas activists'; not"
     " 'cancelled the meeting'",
     lambda t: lexicon_lemma(t) == "cancel" and not objects_of(t) & CANCELLED_PAPERS, None),
    ("a post stripped is discipline, a political act: 'The Speaker stripped the congressman of his committee"
     " assignments'",
     lambda t: lexicon_lemma(t) == "strip" and bool(objects_of(t) & STRIPPED_POSTS), "political"),
    ("rent withheld is a rent strike: 'Tenants are withholding rent until the landlord fixes the broken lifts'",
     lambda t: lexicon_lemma(t) == "withhold" and "rent" in objects_of(t), "public"),
    ("backing withheld is politics, not money: 'would withhold endorsements from any candidate who backs the pension"
     " overhaul'",
     lambda t: lexicon_lemma(t) in ("withhold", "withdraw") and bool(objects_of(t) & GIVEN_BACKING), "political"),
    ("a vehicle overturned is damage, no vote: 'Protesters overturned a police car'",
     lambda t: lexicon_lemma(t) == "overturn" and bool(objects_of(t) & VEHICLE_NOUNS), "coerce"),
    ("a march at a celebration is a parade: 'North and South Korean athletes marched together at the opening"
     " ceremony'",
     lambda t: lexicon_lemma(t) in ("march", "parade") and any(
         c.dep_ == "prep" and c.lower_ in ("at", "in", "during") and any(
             p.dep_ == "pobj" and p.lemma_.lower() in CELEBRATION_NOUNS for p in c.children) for c in t.children), None),
    ("the internet cut or shut is people silenced, a political act: 'Indian authorities cut mobile internet services"
     " across the state', 'shut down the internet'",
     lambda t: lexicon_lemma(t) in ("cut", "shut", "suspend", "block", "restrict", "disconnect") and any(
         o.dep_ == "dobj" and (o.lower_ in NETWORK_WORDS or o.lemma_.lower() in ("service", "access", "connection")
                               and any(c.lower_ in NETWORK_WORDS for c in o.children)) for o in t.children),
     "political"),  # not "cut its broadband prices"
    ("trade with a named state banned or halted is a sanction: 'banned imports of Ugandan sugar'",
     lambda t: lexicon_lemma(t) in ("ban", "halt", "restrict", "block") and bool(objects_of(t) & TRADE_NOUNS)
     and any(w.ent_type_ in ("GPE", "NORP", "ORG") or state_for(w.text) for o in t.children if o.dep_ in ("dobj", "prep")
             for w in o.subtree), "economic"),  # "imports of Moldovan fruit", though "Moldovan" is tagged a person
    ("an appeal against a decision is a case in court: 'said it would appeal any penalty', 'said he would"
     " appeal'; 'appealed for calm' and 'appealed to voters' are words",
     lambda t: lexicon_lemma(t) == "appeal" and t.pos_ == "VERB" and (any(
         c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "against" for c in t.children) or not any(
         c.dep_ in ("prep", "xcomp", "ccomp", "dative") for c in t.children)), "lawsuit"),
    ("rallying around or behind someone is support: 'Republicans rallied around him', 'rallied behind the bill'",
     lambda t: lexicon_lemma(t) == "rally" and t.pos_ == "VERB" and any(
         c.dep_ == "prep" and c.lower_ in ("around", "behind", "round") for c in t.children), None),
    ("a deal struck is an agreement: 'struck a deal with the unions', 'struck a balance'",
     lambda t: lexicon_lemma(t) == "strike" and bool(objects_of(t) & AGREEMENT_NOUNS), None),
    ("striking down a law is a ruling: 'the Supreme Court struck down the law', 'was struck down by a judge'",
     lambda t: lexicon_lemma(t) == "strike" and any(c.dep_ == "prt" and c.lower_ == "down" for c in t.children),
     "legal"),
    ("strikes on something are blows, not a stoppage: 'warplanes struck targets across the Gaza Strip'",
     lambda t: lexicon_lemma(t) == "strike" and any(c.dep_ == "dobj" for c in t.children), "military"),
    ("seizing on something is making use of it: 'seizing on a budget proposal he co-wrote'",
     lambda t: lexicon_lemma(t) == "seize" and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i == t.i + 1
                                                   for c in t.children), None),
    ("campaigning on a record or in a place is electioneering: 'everything we campaigned on', 'campaigned in Iowa'",
     lambda t: lexicon_lemma(t) == "campaign" and t.pos_ == "VERB" and any(
         c.dep_ == "prep" and c.lower_ in ("on", "in") for c in t.children) and not any(
         c.dep_ == "prep" and c.lower_ in CAMPAIGN_MARKS for c in t.children), None),
    ("campaigning for a candidate or a party is electioneering: 'visited the state to campaign for Kittredge'",
     lambda t: lexicon_lemma(t) == "campaign" and any(c.dep_ == "prep" and c.lower_ in ("for", "with") and any(
         p.dep_ == "pobj" and p.pos_ == "PROPN" and p.ent_type_ not in ("GPE", "NORP", "LOC") for p in c.children)
         for c in t.children), None),
    ("storming off is walking out, not an assault: 'stormed out of the meeting'",
     lambda t: lexicon_lemma(t) == "storm" and not any(c.dep_ == "dobj" for c in t.children), None),
    ("a plea in court is an answer to a charge, not an appeal: 'pleaded guilty', 'pleaded not guilty'",
     lambda t: lexicon_lemma(t) == "plead" and any(c.lower_ in ("guilty", "innocent") for c in t.children), None),
    ("forces sent to help are aid, not a show of force: 'deployed army logistics planners to help the council'",
     lambda t: PRESSURE_VERBS.get(lexicon_lemma(t)) == "military" and any(
         c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in HELPING_VERBS and not any(
             o.lemma_.lower() in ENFORCING_NOUNS or o.lower_ in ENFORCING_NOUNS for o in c.subtree) for c in t.children),
     None),  # but "deployed the army to support the police" presses the protesters
    ("a claim denied: 'rejected suggestions that the veto was political', 'dismissed the allegations'",
     lambda t: lexicon_lemma(t) in DENYING_VERBS and bool(objects_of(t) & CLAIM_NOUNS), None),
    ("only the right object: 'recalled its ambassador', 'severed ties', not 'recalled the day'",
     lambda t: lexicon_lemma(t) in OBJECT_BOUND and not objects_of(t) & OBJECT_BOUND[lexicon_lemma(t)], None),
)
