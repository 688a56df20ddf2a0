"""Deeds of protest, force, sanction and law, as data: each label beside its `DependencyMatcher` patterns, with a
real example sentence ("burned effigies of the opposition leader", "Farmers dumped manure outside the regional
parliament", "placed three Chinese firms on its trade blacklist"). `constructions.py` gathers them with the
words of pressure; `patterns.py` runs them."""

from __future__ import annotations

from briefing.analysis.lexicon import (
    ARMED_NOUNS,
    ARRIVING_VERBS,
    BLACKLIST_NOUNS,
    BOMB_NOUNS,
    BOMBING_VERBS,
    BORDER_NOUNS,
    BREAK_IN_VERBS,
    BURNED_SYMBOLS,
    CAMPAIGNER_WORDS,
    CLEARED_SITES,
    CLEARING_VERBS,
    COMMITTED_WRONGS,
    COMPUTER_NOUNS,
    CRAFT_MOVING_VERBS,
    CYBER_ATTACKERS,
    DESIGNATING_VERBS,
    DISRUPTING_VERBS,
    DOWNED_CRAFT,
    DRIVING_OUT_VERBS,
    DUMPED_PRODUCE,
    DUMPING_VERBS,
    ERECTING_VERBS,
    FINDING_VERBS,
    FIRE_NOUNS,
    GATHERING_VERBS,
    GROUP_NOUNS,
    HOLDING_UP_VERBS,
    HOSTILE_NOUNS,
    INCURSION_VERBS,
    INSPECTING_NOUNS,
    INVOKED_LAWS,
    INVOKING_VERBS,
    LAUNCHED_ARMS,
    LEAKING_VERBS,
    LISTING_VERBS,
    OBJECT_PRONOUNS,
    PAINTING_VERBS,
    PERSON_PRONOUNS,
    PROSECUTING_NOUNS,
    PROTEST_SIGNS,
    PROTESTER_WORDS,
    ROADBLOCK_NOUNS,
    RULING_VERBS,
    SANCTION_LIST_MARKS,
    SCALING_VERBS,
    STIGMA_LABELS,
    STIGMA_VERBS,
    THROWING_VERBS,
    THROWN_MISSILES,
    UNDER_MEASURES,
    UNLAWFUL_WORDS,
    UNREST_NOUNS,
    WAR_CRAFT,
    WORKFORCE_WORDS,
    WRITTEN_WORKS,
    WRONGDOING_VERBS,
)
from briefing.analysis.pattern_parts import Pattern
from briefing.analysis.pattern_parts import child as _child
from briefing.analysis.pattern_parts import verb as _verb

_MISSILES = sorted(THROWN_MISSILES)
_LAWS = sorted(INVOKED_LAWS)
_COURTS = ["court", "courts"]  # where a case is taken, gone to or seen: "took the council to court"

def _labelled(verbs: frozenset[str], marks: frozenset[str] | set[str], label: dict | None = None) -> list[Pattern]:
    """A label marked by one of `marks` hung on whom a designating verb names, wherever the parser puts it: set
    beside the name ("designated the Houthis a terrorist organisation", "labelled a journalist a foreign agent"),
    as the verb's own object ("branded the charity a foreign agent") or after "as"."""
    mark = _child(">", {"DEP": {"IN": ["amod", "compound"]}, "LOWER": {"IN": sorted(marks)}}, "mark", "label")
    attrs = label or {}
    return [[_verb(set(verbs)), _child(">", {"DEP": {"IN": ["dative", "dobj"]}}, "who"),
             _child(">", {"DEP": "appos", **attrs}, "label", "who"), mark],
            [_verb(set(verbs)), _child(">", {"DEP": {"IN": ["dobj", "oprd"]}, **attrs}, "label"), mark],
            [_verb(set(verbs)), _child(">", {"DEP": "prep", "LOWER": "as"}, "as"),
             _child(">", {"DEP": "pobj", **attrs}, "label", "as"), mark]]



def _on_marked_list(marks: frozenset[str] | set[str]) -> Pattern:
    """Someone put on a list its mark names: 'placed three Chinese firms on its trade blacklist' ("trade"), 'placed a
    former prime minister on a wanted list' ("wanted")."""
    return [_verb(set(LISTING_VERBS)), _child(">", {"DEP": "dobj"}, "who"),
            _child(">", {"DEP": "prep", "LOWER": {"IN": ["on", "to"]}}, "on"),
            _child(">", {"DEP": "pobj", "LEMMA": "list"}, "list", "on"),
            _child(">", {"DEP": {"IN": ["compound", "amod"]}, "LOWER": {"IN": sorted(marks)}}, "mark", "list")]


DEEDS: dict[str, list[Pattern]] = {
    # "The House voted to hold the former adviser in contempt of Congress": a sanction in law by a
    # legislature or a court
    "HOLD_IN_CONTEMPT": [[_verb("hold"), _child(">", {"DEP": "prep", "LOWER": "in"}, "in"),
                          _child(">", {"DEP": "pobj", "LOWER": "contempt"}, "contempt", "in")]],
    # "The court declared the law unconstitutional", "The judge ruled the strike illegal" (a ruling in law); the
    # parser may hang the word on a preposition before it ("declared the deployment of police officers to Haiti
    # unconstitutional")
    "DECLARE_UNLAWFUL": [[_verb(set(RULING_VERBS)), _child(">", {"DEP": {"IN": ["ccomp", "oprd", "acomp", "xcomp"]},
                                                             "LOWER": {"IN": sorted(UNLAWFUL_WORDS)}}, "ruled")],
                         [_verb(set(RULING_VERBS)), _child(">>", {"DEP": "pobj", "POS": "ADJ",
                                                              "LOWER": {"IN": sorted(UNLAWFUL_WORDS)}}, "ruled")]],
    # "The United States designated the group a foreign terrorist organization" (PLOVER SANCTION); "The Kremlin
    # labelled the newspaper a foreign agent", "declared the foundation extremist": the labels a state hangs on its
    # critics to silence them
    "DESIGNATE_TERRORIST": [*_labelled(DESIGNATING_VERBS, {"terrorist", "terror"}),
                            *_labelled(DESIGNATING_VERBS | STIGMA_VERBS, STIGMA_LABELS),
                            *_labelled(DESIGNATING_VERBS | STIGMA_VERBS, {"foreign"}, {"LEMMA": "agent"}),
                            [_verb(set(DESIGNATING_VERBS | STIGMA_VERBS)),
                             _child(">", {"DEP": {"IN": ["oprd", "acomp", "xcomp", "ccomp", "dobj"]},
                                          "LOWER": {"IN": sorted(STIGMA_LABELS)}}, "label")]],
    # "North Korean soldiers crossed the border briefly", "Russian jets violated Estonian airspace" (an incursion)
    "CROSS_BORDER": [[_verb(set(INCURSION_VERBS)), _child(">", {"DEP": "nsubj", "LOWER": {"IN": sorted(ARMED_NOUNS | WAR_CRAFT)}}),
                      _child(">", {"DEP": "dobj", "LOWER": {"IN": sorted(BORDER_NOUNS)}}, "line")]],
    # "A UN panel found that Eritrean troops committed war crimes in Tigray" (PLOVER ACCUSE: an inquiry's finding)
    "FIND_WRONGDOING": [[_verb(set(FINDING_VERBS)), _child(">", {"DEP": "ccomp", "LEMMA": "commit"}, "wrong"),
                         _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(COMMITTED_WRONGS)}}, "what", "wrong")],
                        [_verb(set(FINDING_VERBS)), _child(">", {"DEP": "ccomp", "LEMMA": {"IN": sorted(WRONGDOING_VERBS)}},
                                                           "wrong")]],
    # "Moscow declared two Estonian diplomats persona non grata" (PLOVER REDUCE RELATIONS, expel)
    "DECLARE_UNWELCOME": [[_verb("declare"), _child(">>", {"LOWER": "grata"}, "grata")]],
    # "students gathered outside the embassy, chanting slogans against the West" (CAMEO 14x, protest)
    "CHANT_SLOGANS": [[_verb("chant"), _child(">", {"DEP": "dobj", "LEMMA": {"IN": ["slogan", "slogans"]}})],
                      # "Protesters outside the Capitol chanted 'Hands off Medicaid'": whatever campaigners chant
                      [_verb("chant"), _child(">", {"DEP": "nsubj", "LOWER": {"IN": sorted(CAMPAIGNER_WORDS)}})]],
    # "burned effigies of the opposition leader", "burned the national flag" (CAMEO 14x, protest):
    # what is burned is a symbol; "burned a police car" is damage (torch)
    "BURN_SYMBOL": [[_verb("burn"), _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(BURNED_SYMBOLS)}})]],
    # "Youths threw stones at police", "pelted the minister's car with eggs", "Activists splashed paint on
    # the headquarters" (PLOVER PROTEST; who throws decides): thrown at someone, or by campaigners;
    # "The artist splashed paint across the canvas" throws at nobody
    "THROW_MISSILE": [[_verb(set(THROWING_VERBS)), _child(">", {"DEP": "dobj", "LEMMA": {"IN": _MISSILES}}, "missile"),
                       _child(">", {"DEP": "prep", "LOWER": "at"}, "at")],
                      [_verb(set(THROWING_VERBS)), _child(">", {"DEP": "dobj", "LEMMA": {"IN": _MISSILES}}, "missile"),
                       _child(">", {"DEP": "nsubj", "LOWER": {"IN": sorted(CAMPAIGNER_WORDS)}}, "who")],
                      [_verb(set(THROWING_VERBS)), _child(">", {"DEP": "prep", "LOWER": "with"}, "with"),
                       _child(">", {"DEP": "pobj", "LEMMA": {"IN": _MISSILES}}, "missile", "with")]],
    # "Angry residents set fire to the police station" (damage done in anger, as "torched"; who does it decides)
    "SET_FIRE": [[_verb("set"), _child(">", {"DEP": "dobj", "LOWER": "fire"}, "fire"),
                  _child(">", {"DEP": "prep", "LOWER": "to"}, "to")]],
    # "activists chained themselves to the gates of the refinery" (PLOVER PROTEST)
    "CHAIN_SELF": [[_verb({"chain", "glue", "handcuff", "padlock"}),
                    _child(">", {"DEP": "dobj", "LOWER": {"IN": ["themselves", "himself", "herself", "ourselves"]}})]],
    # "Thousands of Georgians formed a human chain across Tbilisi" (PLOVER PROTEST, demonstrate)
    "HUMAN_CHAIN": [[_verb({"form", "make", "link"}), _child(">", {"DEP": "dobj", "LEMMA": "chain"}, "chain"),
                     _child(">", {"DEP": "amod", "LOWER": "human"}, "human", "chain")]],
    # "Villagers set up roadblocks to stop logging trucks" (PLOVER PROTEST, obstruct; who blocks decides)
    "SET_UP_ROADBLOCKS": [[_verb(set(ERECTING_VERBS)), _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(ROADBLOCK_NOUNS)}})]],
    # "Militants set off a car bomb outside the police headquarters", "planted a roadside bomb" (PLOVER ASSAULT)
    "SET_OFF_BOMB": [[_verb("set"), _child(">", {"DEP": {"IN": ["prt", "advmod"]}, "LOWER": "off"}, "off"),
                      _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(BOMB_NOUNS)}}, "bomb")],
                     [_verb(set(BOMBING_VERBS)), _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(BOMB_NOUNS)}}, "bomb")]],
    # "Ecuador's president declared a state of emergency in three provinces", "declared martial law" (CAMEO 1724,
    # impose a state of emergency or martial law; who declares it decides the kind)
    # (a state of emergency only against unrest: "after the floods" presses no one)
    "DECLARE_EMERGENCY": [[_verb({"declare", "impose", "extend"}), _child(">", {"DEP": "dobj", "LEMMA": "state"}, "state"),
                           _child(">", {"DEP": "prep", "LOWER": "of"}, "of", "state"),
                           _child(">", {"DEP": "pobj", "LEMMA": {"IN": ["emergency", "siege"]}}, "emergency", "of"),
                           _child(">>", {"LEMMA": {"IN": sorted(UNREST_NOUNS)}}, "unrest")],
                          [_verb("declare"), _child(">", {"DEP": "dobj", "LOWER": "law"}, "law"),
                           _child(">", {"DEP": "amod", "LOWER": "martial"}, "martial", "law")]],
    # "Gunmen on motorcycles opened fire on a market" (PLOVER ASSAULT; who fires decides the kind)
    "OPEN_FIRE": [[_verb("open"), _child(">", {"DEP": "dobj", "LEMMA": "fire"}, "fire")]],
    # "Pakistani troops exchanged fire with Afghan border guards" (PLOVER ASSAULT, fight)
    "EXCHANGE_FIRE": [[_verb({"exchange", "trade"}), _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(FIRE_NOUNS)}})]],
    # "protesters held signs reading 'Audit the Pentagon'", "waved placards" (PLOVER PROTEST, demonstrate)
    "HOLD_SIGNS": [[_verb(set(HOLDING_UP_VERBS)), _child(">", {"DEP": "dobj", "LOWER": {"IN": sorted(PROTEST_SIGNS)}})]],
    # "Chinese hackers breached the networks of several U.S. telecommunications companies" (PLOVER ASSAULT)
    "BREAK_IN": [[_verb(set(BREAK_IN_VERBS)), _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(COMPUTER_NOUNS)}})]],
    # "Ukrainian forces shot down 40 Russian drones overnight" (PLOVER ASSAULT)
    "SHOOT_DOWN": [[_verb("shoot"), _child(">", {"DEP": {"IN": ["prt", "advmod"]}, "LOWER": "down"}, "prt"),
                    _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(DOWNED_CRAFT)}})]],
    # "Farmers dumped manure outside the regional parliament" (PLOVER PROTEST)
    "DUMP_OUTSIDE": [[_verb(set(DUMPING_VERBS)), _child(">", {"DEP": "nsubj", "LOWER": {"IN": sorted(CAMPAIGNER_WORDS)}},
                                                          "who"),
                      _child(">", {"DEP": "prep", "LOWER": "outside"}, "where")],
                     [_verb({"dump", "spill", "tip", "pour"}),
                      _child(">", {"DEP": "nsubj", "LOWER": {"IN": sorted(CAMPAIGNER_WORDS)}}, "who"),
                      _child(">", {"DEP": "dobj", "LOWER": {"IN": sorted(DUMPED_PRODUCE)}}, "what")]],
    # "Greenpeace activists painted a warning on the hull of a tanker" (PLOVER PROTEST)
    "PAINT_ON": [[_verb(set(PAINTING_VERBS)), _child(">", {"DEP": "nsubj", "LOWER": {"IN": sorted(CAMPAIGNER_WORDS)}}, "who"),
                  _child(">", {"DEP": "dobj", "LEMMA": {"NOT_IN": sorted(WRITTEN_WORKS)}}, "what"),
                  _child(">", {"DEP": "prep", "LOWER": "on"}, "where", parent)] for parent in ("verb", "what")],
    # "Residents chased the mining company's surveyors out of the village" (PLOVER COERCE, expel)
    # (by people, forces or states: not "rising social contributions were driving companies out of Germany")
    "DRIVE_OUT": [[_verb(set(DRIVING_OUT_VERBS)), _child(">", {"DEP": "nsubj", **doer}, "doer"),
                   _child(">", {"DEP": "dobj", **who}, "who"),
                   _child(">", {"DEP": {"IN": ["prep", "prt", "advmod"]}, "LOWER": "out"}, "out")]
                  for who in ({"TAG": {"IN": ["NNS", "NNPS"]}}, {"ENT_TYPE": {"IN": ["PERSON", "ORG", "NORP"]}},
                              {"LOWER": {"IN": sorted(OBJECT_PRONOUNS)}})
                  for doer in ({"ENT_TYPE": {"IN": ["PERSON", "ORG", "NORP", "GPE"]}},
                               {"LOWER": {"IN": sorted(GROUP_NOUNS | ARMED_NOUNS | HOSTILE_NOUNS | PERSON_PRONOUNS | {"they", "who"})}})],
    # "Greenpeace activists scaled the roof of the prime minister's house" (PLOVER PROTEST)
    "SCALE_BUILDING": [[_verb(set(SCALING_VERBS)),
                        _child(">", {"DEP": "nsubj", "LOWER": {"IN": sorted(CAMPAIGNER_WORDS)}}, "who"),
                        _child(">", {"DEP": "dobj"}, "what")]],
    # "Thousands of protesters gathered outside the parliament building", "Residents gathered outside City Hall"
    "GATHER": [[_verb(set(GATHERING_VERBS)), _child(">", {"DEP": "nsubj", "LOWER": {"IN": sorted(PROTESTER_WORDS)}}, "who")],
               # "Protesters plan to gather outside County Hall": the subject of the verb it completes
               [_verb(set(GATHERING_VERBS), DEP="xcomp"), _child("<", {"POS": "VERB"}, "plan"),
                _child(">", {"DEP": "nsubj", "LOWER": {"IN": sorted(PROTESTER_WORDS)}}, "who", "plan")],
               [_verb(set(GATHERING_VERBS)), _child(">", {"DEP": "nsubj"}, "many"),
                _child(">", {"DEP": "prep", "LOWER": "of"}, "of", "many"),
                _child(">", {"DEP": "pobj", "LOWER": {"IN": sorted(PROTESTER_WORDS)}}, "who", "of")],
               [_verb(set(GATHERING_VERBS)), _child(">", {"DEP": "nsubj", "LOWER": {"IN": sorted(CAMPAIGNER_WORDS)}}, "who"),
                _child(">", {"DEP": "prep", "LOWER": "outside"}, "outside")]],
    # "The party was placed under surveillance by the domestic intelligence service", "put him under house arrest"
    "PUT_UNDER": [[_verb({"place", "put"}), _child(">", {"DEP": "prep", "LOWER": "under"}, "under"),
                   _child(">", {"DEP": "pobj", "LEMMA": {"IN": sorted(UNDER_MEASURES)}}, "what", "under")]],
    # "Uber drivers logged off the app for 24 hours in a dispute over pay": whatever workers do in a dispute is
    # industrial action (PLOVER PROTEST, strike)
    "IN_DISPUTE": [[{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB"}}, _child(">", {"DEP": "nsubj", "LOWER": {"IN": sorted(CAMPAIGNER_WORDS)}}, "who"),
                    _child(">", {"DEP": "prep", "LOWER": "in"}, "in"),
                    _child(">", {"DEP": "pobj", "LEMMA": "dispute"}, "dispute", "in")]],
    # "Protesters interrupted the senator's speech, chanting ...", "Activists disrupted the shareholders'
    # meeting" (PLOVER PROTEST)
    "DISRUPT": [[_verb(set(DISRUPTING_VERBS)),
                 _child(">", {"DEP": "nsubj", "LOWER": {"IN": sorted(CAMPAIGNER_WORDS)}}, "who"),
                 _child(">", {"DEP": "dobj"}, "what")]],
    # "The United States placed three Chinese firms on its trade blacklist" (PLOVER SANCTION)
    "BLACKLIST": [[_verb(set(LISTING_VERBS)), _child(">", {"DEP": "dobj"}, "who"),
                   _child(">", {"DEP": "prep", "LOWER": {"IN": ["on", "to"]}}, "on"),
                   _child(">", {"DEP": "pobj", "LOWER": {"IN": sorted(BLACKLIST_NOUNS)}}, "list", "on")],
                  _on_marked_list(SANCTION_LIST_MARKS)],
    # "Ukraine's security service placed a former prime minister on a wanted list" (PLOVER INVESTIGATE, in law)
    "WANTED_LIST": [_on_marked_list({"wanted"})],
    # "The watchdog referred the company to prosecutors" (PLOVER INVESTIGATE)
    "REFER_TO_LAW": [[_verb("refer"), _child(">", {"DEP": "dobj"}, "who"),
                      _child(">", {"DEP": "prep", "LOWER": "to"}, "to"),
                      _child(">", {"DEP": "pobj", "LOWER": {"IN": sorted(PROSECUTING_NOUNS)}}, "law", "to")]],
    # "Hackers claiming ties to Russia leaked emails from the campaign" (PLOVER ASSAULT, cyber)
    "HACK_AND_LEAK": [[_verb(set(LEAKING_VERBS)), _child(">", {"DEP": "nsubj", "LEMMA": {"IN": sorted(CYBER_ATTACKERS)}}),
                       _child(">", {"DEP": "dobj"}, "what")],
                      # "A group of hackers leaked the personal data of thousands of Israeli soldiers"
                      [_verb(set(LEAKING_VERBS)), _child(">", {"DEP": "nsubj"}, "group"),
                       _child(">", {"DEP": "prep", "LOWER": "of"}, "of", "group"),
                       _child(">", {"DEP": "pobj", "LEMMA": {"IN": sorted(CYBER_ATTACKERS)}}, "who", "of"),
                       _child(">", {"DEP": "dobj"}, "what")]],
    # "UN nuclear inspectors arrived in Tehran to examine the damaged facility" (PLOVER INVESTIGATE)
    "INSPECTORS_ARRIVE": [[_verb(set(ARRIVING_VERBS)), _child(">", {"DEP": "nsubj", "LEMMA": {"IN": sorted(INSPECTING_NOUNS)}})]],
    # "Canadian railway workers were locked out by the two biggest rail companies": an employer's stoppage
    # (PLOVER SANCTION), not "locked out of her account"
    "LOCK_OUT": [[_verb("lock"), _child(">", {"DEP": "prt", "LOWER": "out"}, "prt"),
                  _child(">", {"DEP": {"IN": ["dobj", "nsubjpass"]}, "LOWER": {"IN": sorted(WORKFORCE_WORDS)}}, "who")]],
    # "Indonesia's anti-graft agency named a former trade minister as a suspect", "Prosecutors named him a suspect"
    # (PLOVER ACCUSE, INVESTIGATE)
    "NAME_SUSPECT": [[_verb({"name", "declare", "identify"}), _child(">", {"DEP": "prep", "LOWER": "as"}, "as"),
                      _child(">", {"DEP": "pobj", "LEMMA": "suspect"}, "suspect", "as")],
                     [_verb({"name", "declare", "identify"}), _child(">", {"DEP": "oprd", "LEMMA": "suspect"}, "suspect")]],
    # "Striking dock workers prevented ships from unloading", "Police stopped the marchers from reaching the square"
    # (PLOVER COERCE, obstruct; who decides its kind)
    "PREVENT_FROM": [[_verb({"prevent", "stop"}), _child(">", {"DEP": "dobj"}, "who"),
                      _child(">", {"DEP": "prep", "LOWER": "from"}, "from"),
                      _child(">", {"DEP": "pcomp", "TAG": "VBG"}, "act", "from")]],
    # "Chile's government invoked a security law against truck drivers" (PLOVER COERCE; the parser hangs "against"
    # on the verb or on the law)
    "INVOKE_LAW": [[_verb(set(INVOKING_VERBS)), _child(">", {"DEP": "dobj", "LEMMA": {"IN": _LAWS}}, "law"),
                    _child(">", {"DEP": "prep", "LOWER": "against"}, "against", parent)] for parent in ("verb", "law")],
    # "The European Parliament voted to lift the immunity of two Greek lawmakers": open to prosecution (PLOVER COERCE)
    "LIFT_IMMUNITY": [[_verb({"lift", "waive"}), _child(">", {"DEP": "dobj", "LEMMA": "immunity"}, "what")]],
    # "Residents have taken the city council to court" (PLOVER ACCUSE, sue)
    "TAKE_TO_COURT": [[_verb("take"), _child(">", {"DEP": "dobj"}, "obj"),
                       _child(">", {"DEP": "prep", "LOWER": "to"}, "to"),
                       _child(">", {"DEP": "pobj", "LOWER": {"IN": ["court", "courts", "tribunal", "trial"]}}, "court",
                              "to")],  # "would take their cases to trial"
                      # "Environmental campaigners took the Dutch government to court": the parser's "to court", a verb
                      [_verb("take"), _child(">", {"DEP": "dobj"}, "obj"),
                       _child(">", {"DEP": "xcomp", "LOWER": {"IN": _COURTS}}, "court")]],
    # "if he does not give one, we will go to the courts", "the union went to court to stop the closures" (sue)
    "GO_TO_COURT": [[_verb("go"), _child(">", {"DEP": "prep", "LOWER": "to"}, "to"),
                     _child(">", {"DEP": "pobj", "LOWER": {"IN": _COURTS}}, "court", "to")]],
    # "If the government takes away the right to strike, we will see them in court": a threat to sue
    # (a promise: "will" or "would"; "I saw him in court" is history)
    "SEE_IN_COURT": [[_verb("see"), _child(">", {"DEP": "dobj"}, "obj"),
                      _child(">>", {"DEP": "prep", "LOWER": "in"}, "in"),
                      _child(">", {"DEP": "pobj", "LOWER": {"IN": _COURTS}}, "court", "in"),
                      _child(">", {"DEP": "aux", "LOWER": {"IN": ["will", "would", "'ll", "shall"]}}, "will")]],
    # "Chinese warships sailed near the Japanese-controlled islands", "Russian bombers flew over the Baltic Sea": a
    # show of force (PLOVER MOBILIZE, CAMEO 15x)
    "SHOW_OF_FORCE": [[_verb(set(CRAFT_MOVING_VERBS)), _child(">", {"DEP": "nsubj", "LEMMA": {"IN": sorted(WAR_CRAFT)}}),
                       _child(">", {"DEP": "prep", "LOWER": {"IN": ["near", "into", "around", "over", "through"]}}, "where")]],
    # "Iraqi militias launched drones at a US base in Syria" (PLOVER ASSAULT)
    "LAUNCH_AT": [[_verb("launch"), _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(WAR_CRAFT | LAUNCHED_ARMS)}}),
                   _child(">", {"DEP": "prep", "LOWER": {"IN": ["at", "against", "toward", "towards"]}}, "at")],
                  # "Hamas launched rockets into Israel" (into a state; not "launched a rocket into orbit")
                  [_verb("launch"), _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(WAR_CRAFT | LAUNCHED_ARMS)}}),
                   _child(">", {"DEP": "prep", "LOWER": {"IN": ["into", "on"]}}, "into"),
                   _child(">", {"DEP": "pobj", "ENT_TYPE": "GPE"}, "where", "into")]],
    # "French police cleared a migrant camp in Calais at dawn", "bulldozed the protest encampment" (PLOVER COERCE)
    "CLEAR_CAMP": [[_verb(set(CLEARING_VERBS)), _child(">", {"DEP": {"IN": ["dobj", "nsubjpass"]},
                                                               "LEMMA": {"IN": sorted(CLEARED_SITES)}}, "what")]],
    # "The army called up 10,000 reservists" (PLOVER MOBILIZE)
    "CALL_UP": [[_verb("call"), _child(">", {"DEP": "prt", "LOWER": "up"}, "prt"),
                 _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(ARMED_NOUNS)}})],
                # "Minnesota's governor activated the National Guard as protests spread"
                [_verb("activate"), _child(">", {"DEP": "dobj", "LOWER": {"IN": sorted(ARMED_NOUNS | {"guard"})}})]],
}
