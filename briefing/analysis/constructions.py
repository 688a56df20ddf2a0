"""The constructions themselves, as data: each label beside its `Matcher` (surface) or
`DependencyMatcher` (dependency) patterns, with a real example sentence. `patterns.py` runs them; the deeds
of protest, force and sanction are in `deed_constructions.py`.

Surface: "according to X", "sit-in". Dependency: "called on X to", "blew up", "gave the military 15
days to", "will withdraw ... unless ...". The anchor of each match is its first token or first node.
"""

from __future__ import annotations

from briefing.analysis.deed_constructions import DEEDS
from briefing.analysis.lexicon import (
    ARMED_ONLY_IF_MARKED,
    ARMED_OPERATION_MARKS,
    BARRING_VERBS,
    CALL_PARTICLES,
    CAMPAIGN_AIMS,
    CAMPAIGN_MARKS,
    CAMPAIGN_NOUNS,
    CAPTIVE_NOUNS,
    COMPELLING_VERBS,
    CONCEDING_VERBS,
    CONCERN_NOUNS,
    CONDEMNING_WORDS,
    CONSEQUENCE_NOUNS,
    DEADLINE_SPANS,
    DECIDED_ACTS,
    DEMANDED_ACTS,
    DESCRIBING_VERBS,
    DISPERSING_VERBS,
    EXPRESSING_VERBS,
    FAULT_ADJECTIVES,
    FORCE_NOUNS,
    FORCED_MATTERS,
    FORCED_VOTES,
    GROUP_NOUNS,
    INSTITUTION_NOUNS,
    LAUNCHING_VERBS,
    LEGISLATION_NOUNS,
    MEASURE_NOUNS,
    MEETING_NOUNS,
    MOVED_TEXTS,
    MOVEMENT_MODIFIERS,
    MOVING_VERBS,
    OBJECT_PRONOUNS,
    PEACE_WISHES,
    PRESSURE_NOUNS,
    PRESSURE_VERBS,
    QUIT_ARRANGEMENTS,
    QUIT_GOVERNING,
    READINESS_WORDS,
    REGRETTING_WORDS,
    RESOLVE_WORDS,
    RETALIATING_VERBS,
    REVENGE_NOUNS,
    ROLE_HEADS,
    SUFFICING_WORDS,
    TALKS_NOUNS,
    UNDERGOING_VERBS,
    UNDOING_VERBS,
    VOW_VERBS,
)
from briefing.analysis.pattern_parts import VERB as _VERB
from briefing.analysis.pattern_parts import Pattern
from briefing.analysis.pattern_parts import child as _child
from briefing.analysis.pattern_parts import verb as _verb

_CONDEMNING = sorted(CONDEMNING_WORDS)
_CONCEDING = sorted(CONCEDING_VERBS)
_ARMED_ACTS = sorted(n for n, kind in PRESSURE_NOUNS.items() if kind == "military" and n not in ARMED_ONLY_IF_MARKED)
_FIGHTING = sorted({"fight"} | RETALIATING_VERBS | {v for v, kind in PRESSURE_VERBS.items() if kind == "military"})


# Surface patterns: label -> token patterns.
SURFACE: dict[str, list[Pattern]] = {
    # "According to Axios, ...", "..., according to the Associated Press": a source of reported speech
    "ACCORDING_TO": [[{"LOWER": "according", "POS": {"IN": ["VERB", "AUX"]}}, {"LOWER": "to"}]],
    # "in the words of the Crown prosecutor, Mark Tedeschi, '...'": the source of an uncued quote
    "IN_THE_WORDS_OF": [[{"LOWER": "words"}, {"LOWER": "of"}]],
    # "Opposition lawmakers staged a sit-in inside the legislature" (CAMEO 14x, protest), however tokenised
    "SIT_IN": [[{"LOWER": "sit", "POS": {"IN": ["NOUN", "PROPN", "VERB"]}}, {"ORTH": "-"}, {"LOWER": "in"}],
               [{"LOWER": {"IN": ["sit-in", "sit-ins"]}}]],
}


_SPANS = sorted(DEADLINE_SPANS)
_SAYING = {"say", "tell", "add", "insist", "argue", "write", "state", "post", "tweet"}  # what is said of an act
_OFFICES = sorted(ROLE_HEADS | INSTITUTION_NOUNS)
_FORCED = {"DEP": "dobj", "LEMMA": {"NOT_IN": sorted(FORCED_MATTERS)}}
# Who can be kept from acting: a named party, people by what they are or do, "him", "her", "them"
_KEPT_FROM_ACTING = ({"ENT_TYPE": {"IN": ["PERSON", "ORG", "GPE", "NORP"]}},
                     {"LEMMA": {"IN": sorted(GROUP_NOUNS | ROLE_HEADS)}}, {"LOWER": {"IN": sorted(OBJECT_PRONOUNS)}})

# Dependency patterns: label -> patterns; the first node is the anchor.
DEPENDENCY: dict[str, list[Pattern]] = {
    # "Rebel fighters blew up two bridges" (CAMEO 18x, assault)
    "BLOW_UP": [[_verb("blow"), _child(">", {"DEP": "prt", "LOWER": "up"})]],
    # "holding refugees as human shields", "held hostage" (CAMEO 181, abduct)
    "HOLD_CAPTIVE": [[_verb("hold"), _child(">>", {"LEMMA": {"IN": sorted(CAPTIVE_NOUNS)}})]],
    # "have sworn to fight until ...", "vowed to attack" (CAMEO 138, threaten with military force)
    "VOW_TO_FIGHT": [[_verb(set(VOW_VERBS)), _child(">", {"DEP": "xcomp", "LEMMA": {"IN": _FIGHTING}})]],
    # "vowed retaliation for the strike on its consulate", "swore revenge" (CAMEO 138)
    "VOW_REVENGE": [[_verb(set(VOW_VERBS)), _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(REVENGE_NOUNS)}})],
                    # "vowed a forceful response to any Indian aggression": a response vowed with resolve (not "pledged
                    # a response to the report")
                    [_verb(set(VOW_VERBS)), _child(">", {"DEP": "dobj", "LEMMA": "response"}, "what"),
                     _child(">", {"DEP": "amod", "LOWER": {"IN": sorted(RESOLVE_WORDS)}}, "how", "what")]],
    # "faces a confidence vote tabled by the opposition", "a motion of no confidence" (CAMEO 11x, political)
    "NO_CONFIDENCE": [[{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": ["vote", "motion"]}, "POS": "NOUN"}},
                       _child(">>", {"LOWER": {"IN": ["confidence", "no-confidence"]}}, "confidence")]],
    # "The president came under fire from his own party" (CAMEO 11x, criticize): fire borne, not shot
    # ("the proposal has drawn fire from the CSU")
    "UNDER_FIRE": [[{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LOWER": "fire", "POS": "NOUN"}},
                    {"LEFT_ID": "verb", "REL_OP": "<", "RIGHT_ID": "under", "RIGHT_ATTRS": {"LOWER": "under"}}],
                   [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LOWER": "fire", "POS": "NOUN", "DEP": "dobj"}},
                    {"LEFT_ID": "verb", "REL_OP": "<", "RIGHT_ID": "draw", "RIGHT_ATTRS": {"LEMMA": "draw"}}]],
    # "Blinken said the Houthis would face consequences": a threat in what is said (CAMEO 13x, threaten)
    "FACE_CONSEQUENCES": [[_verb({"say", "tell", "warn", "insist"}), _child(">", {"DEP": "ccomp", "LEMMA": "face"}, "face"),
                           _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(CONSEQUENCE_NOUNS)}}, "what", "face"),
                           _child(">", {"DEP": "aux", "LOWER": {"IN": ["will", "would", "'ll"]}}, "will", "face")]],
    # "vowed to take the fight to the Supreme Court", "pledged to carry the battle on" (CAMEO 13x)
    "VOW_TO_FIGHT_ON": [[_verb(set(VOW_VERBS)), _child(">", {"DEP": "xcomp", "LEMMA": {"IN": ["take", "carry"]}}),
                         _child(">", {"DEP": "dobj", "LEMMA": {"IN": ["fight", "battle"]}}, "fight", "child")]],
    # "The African Union gave the military 15 days to return to their barracks", "gave the company a week
    # to comply", "gave Hamas until Saturday to release the hostages": an ultimatum (PLOVER THREATEN)
    "GIVE_DEADLINE": [[_verb("give"), _child(">", {"DEP": {"IN": ["dobj", "npadvmod"]}, "LEMMA": {"IN": _SPANS}}, "time"),
                       _child(">", {"DEP": {"IN": ["dative", "dobj"]}, "LEMMA": {"NOT_IN": _SPANS}}, "who"),
                       _child(">", {"DEP": {"IN": ["xcomp", "advcl"]}, "POS": "VERB"}, "act")],
                      [_verb("give"), _child(">", {"DEP": {"IN": ["dobj", "npadvmod"]}, "LEMMA": {"IN": _SPANS}}, "time"),
                       _child(">", {"DEP": {"IN": ["dative", "dobj"]}, "LEMMA": {"NOT_IN": _SPANS}}, "who"),
                       _child(">", {"DEP": "relcl", "POS": "VERB"}, "act", "time")],
                      [_verb("give"), _child(">", {"DEP": "prep", "LOWER": "until"}, "until"),
                       _child(">", {"DEP": {"IN": ["dative", "dobj"]}}, "who"),
                       _child(">", {"DEP": {"IN": ["xcomp", "advcl"]}, "POS": "VERB"}, "act")]],
    # "filed for a judicial review at the High Court" (PLOVER ACCUSE, sue)
    "JUDICIAL_REVIEW": [[{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "NOUN", "LEMMA": "review"}},
                         _child(">", {"DEP": "amod", "LOWER": "judicial"})]],
    # "Nurses stopped work on Tuesday": a strike (CAMEO 143)
    "STOP_WORK": [[_verb("stop"), _child(">", {"DEP": "dobj", "LEMMA": "work"})],
                  # "lawyers would stop work for a month", "work" parsed a verb ("stopped working" is no strike)
                  [_verb("stop"), _child(">", {"DEP": "xcomp", "LOWER": "work"})]],
    # "Thousands of dockworkers walked off the job", "downed tools": a strike (CAMEO 143)
    "WALK_OFF": [[_verb("walk"), _child(">", {"LOWER": "off"}, "off"),
                  _child(">", {"DEP": "pobj", "LEMMA": {"IN": ["job", "work"]}}, "job", "off")],
                 [_verb("down"), _child(">", {"DEP": "dobj", "LOWER": "tools"})]],
    # "called on Arabs to unite", "called for a ceasefire" (CAMEO 10x, demand)
    "CALL_ON": [[_verb("call"), _child(">", {"LOWER": {"IN": sorted(CALL_PARTICLES)}}, "prep"),
                 # not "called ... on Sunday"; not "called for peace and dialogue", a wish that presses no one
                 _child(">", {"DEP": "pobj", "ENT_TYPE": {"NOT_IN": ["DATE", "TIME"]},
                              "LEMMA": {"NOT_IN": sorted(PEACE_WISHES)}}, "obj", "prep")],
                # "called on the department's inspector general to open an inquiry": the parser may take
                # the one called on for a name given ("general", oprd) and leave "on" bare, or take "on" for
                # a particle ("called on all three presidents to step down"); the act asked for still hangs
                # on "call"
                [_verb("call"), _child(">", {"DEP": {"IN": ["prep", "prt"]}, "LOWER": {"IN": ["on", "upon"]}}, "prep"),
                 _child(">", {"DEP": "xcomp", "POS": "VERB"}, "act")],
                # "called for the mayor to declare an emergency": "for" parsed as the mark of the act asked
                [_verb("call"), _child(">", {"DEP": "advcl", "POS": "VERB"}, "act"),
                 _child(">", {"DEP": "mark", "LOWER": "for"}, "for", "act"),
                 _child(">", {"DEP": {"IN": ["nsubj", "nsubjpass"]}}, "who", "act")],  # "for the code to be made"
                # "called on all three presidents who testified to step down": the act asked for hung on
                # the relative clause of the one called on
                [_verb("call"), _child(">", {"DEP": "prt", "LOWER": {"IN": ["on", "upon"]}}, "prep"),
                 _child(">", {"DEP": "dobj"}, "obj"), _child(">", {"DEP": "relcl"}, "clause", "obj"),
                 _child(">", {"DEP": "xcomp", "POS": "VERB"}, "act", "clause")]],
    # "police used tear gas against protesters", "used force to disperse them" (CAMEO 17x, coerce)
    "USE_FORCE": [*([_verb("use"), _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(FORCE_NOUNS)}}, "force"),
                     _child(">", {"DEP": "prep", "LOWER": "against"}, "against", parent)] for parent in ("verb", "force")),
                  [_verb("use"), _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(FORCE_NOUNS)}}),
                   _child(">>", {"DEP": {"IN": ["xcomp", "advcl"]}, "LEMMA": {"IN": sorted(DISPERSING_VERBS)}}, "act")]],
    # "said it was ready to use nuclear weapons if ...", "prepared to use force" (PLOVER THREATEN: readiness)
    "READY_TO_USE_FORCE": [[_verb("use"), _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(FORCE_NOUNS)}}),
                            {"LEFT_ID": "verb", "REL_OP": "<", "RIGHT_ID": "ready",
                             "RIGHT_ATTRS": {"LOWER": {"IN": sorted(READINESS_WORDS)}}}],
                           # "Russia said it was ready to respond with military-technical measures" (a threat put as
                           # readiness, PLOVER THREATEN)
                           [_verb(set(RETALIATING_VERBS)), {"LEFT_ID": "verb", "REL_OP": "<", "RIGHT_ID": "ready",
                                                            "RIGHT_ATTRS": {"LOWER": {"IN": sorted(READINESS_WORDS)}}}],
                           # "Turkey said it was prepared to launch a new ground operation in northern Syria"
                           [_verb(set(LAUNCHING_VERBS)), {"LEFT_ID": "verb", "REL_OP": "<", "RIGHT_ID": "ready",
                                                          "RIGHT_ATTRS": {"LOWER": {"IN": sorted(READINESS_WORDS)}}},
                            _child(">", {"DEP": "dobj", "LEMMA": {"IN": _ARMED_ACTS}}, "act")],
                           [_verb(set(LAUNCHING_VERBS)), {"LEFT_ID": "verb", "REL_OP": "<", "RIGHT_ID": "ready",
                                                          "RIGHT_ATTRS": {"LOWER": {"IN": sorted(READINESS_WORDS)}}},
                            _child(">", {"DEP": "dobj", "LEMMA": "operation"}, "act"),
                            _child(">", {"DEP": {"IN": ["amod", "compound"]}, "LOWER": {"IN": sorted(ARMED_OPERATION_MARKS)}},
                                   "armed", "act")],  # not "a new marketing operation"
                           # "the army would be ready to intervene in Kosovo" (in a state; not "in the currency market")
                           [_verb("intervene"), {"LEFT_ID": "verb", "REL_OP": "<", "RIGHT_ID": "ready",
                                                 "RIGHT_ATTRS": {"LOWER": {"IN": sorted(READINESS_WORDS)}}},
                            _child(">", {"DEP": "prep", "LOWER": "in"}, "in"),
                            _child(">", {"DEP": "pobj", "ENT_TYPE": "GPE"}, "where", "in")]],
    # "Thousands of Kenyans took to the streets of Nairobi" (CAMEO 141, demonstrate)
    "TAKE_TO_STREETS": [[_verb("take"), _child(">", {"DEP": "prep", "LOWER": "to"}, "to"),
                         _child(">", {"DEP": "pobj", "LEMMA": "street"}, "street", "to")]],
    # "Workers walked out for three days over wages", "walked out of the talks" (CAMEO 14x, protest)
    # (a crowd, or over something, or out of talks: not "she walked out of the room")
    "WALK_OUT": [[_verb("walk"), _child(">", {"DEP": {"IN": ["prt", "advmod", "prep"]}, "LOWER": "out"}),
                  _child(">", {"DEP": "nsubj", "TAG": {"IN": ["NNS", "NNPS"]}}, "crowd")],
                 [_verb("walk"), _child(">", {"DEP": {"IN": ["prt", "advmod", "prep"]}, "LOWER": "out"}),
                  _child(">", {"DEP": "prep", "LOWER": {"IN": ["over", "against"]}}, "over")],
                 # "if they vote to strike, we will walk out": a union's "we", who would stop work
                 [_verb("walk"), _child(">", {"DEP": {"IN": ["prt", "advmod", "prep"]}, "LOWER": "out"}),
                  _child(">", {"DEP": "nsubj", "LOWER": "we"}, "we"),
                  _child(">", {"DEP": "aux", "LOWER": {"IN": ["will", "would", "'ll", "shall"]}}, "will")],
                 [_verb("walk"), _child(">", {"DEP": {"IN": ["prt", "advmod", "prep"]}, "LOWER": "out"}),
                  _child(">>", {"DEP": "prep", "LOWER": "of"}, "of"),
                  _child(">", {"DEP": "pobj", "LEMMA": {"IN": sorted(MEETING_NOUNS)}}, "talks", "of")]],
    # "The chief executive was forced out by the board", "pushed him out": an office-holder ousted (PLOVER COERCE)
    "FORCE_OUT": [[_verb({"force", "push"}), _child(">", {"DEP": "prt", "LOWER": "out"}, "out"),
                   _child(">", {"DEP": {"IN": ["dobj", "nsubjpass"]}, **who}, "who")] for who in _KEPT_FROM_ACTING],
    # "The government rammed the bill through parliament", "invoked a special constitutional power to push the
    # budget through without a vote": a law forced past a parliament (PLOVER COERCE); "pushed through reforms"
    # alone is passing them
    "FORCE_THROUGH": [[_verb({"force", "ram"}), _child(">", {"DEP": {"IN": ["prt", "prep", "advmod"]}, "LOWER": "through"}),
                       _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(LEGISLATION_NOUNS)}}, "law")],
                      [_verb("push"), _child(">", {"DEP": {"IN": ["prt", "prep", "advmod"]}, "LOWER": "through"}),
                       _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(LEGISLATION_NOUNS)}}, "law"),
                       _child(">", {"DEP": "prep", "LOWER": "without"}, "without"),
                       _child(">", {"DEP": "pobj", "LEMMA": {"IN": ["vote", "debate"]}}, "vote", "without")]],
    # "The coalition partner pulled out of the government", "withdrew from the talks", "Russia quit the
    # grain deal" (CAMEO 16x, reduce relations); not "left the government" (a career move)
    "PULL_OUT": [[_verb({"pull", "drop", "back"}), _child(">", {"DEP": {"IN": ["prt", "advmod", "prep"]}, "LOWER": "out"}),
                  _child(">>", {"DEP": "prep", "LOWER": "of"}, "of"),
                  _child(">", {"DEP": "pobj", "LEMMA": {"IN": sorted(QUIT_GOVERNING)}}, "what", "of")],
                 [_verb("withdraw"), _child(">", {"DEP": "prep", "LOWER": "from"}, "from"),
                  _child(">", {"DEP": "pobj", "LEMMA": {"IN": sorted(QUIT_GOVERNING)}}, "what", "from")],
                 [_verb("quit"), _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(QUIT_GOVERNING)}})],
                 [_verb({"leave", "exit"}), _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(QUIT_ARRANGEMENTS)}})]],
    # "The newspaper's campaign forced the minister to resign", "forced the company into a climbdown" (PLOVER COERCE)
    # ("force a vote to remove the speaker" forces a matter)
    "FORCE_TO": [[_verb(set(COMPELLING_VERBS)), _child(">", _FORCED, "who"), _child(">", {"DEP": "xcomp"}, "act")],
                 [_verb(set(COMPELLING_VERBS)), _child(">", _FORCED, "who"),
                  _child(">", {"DEP": "prep", "LOWER": "into"}, "act")]],
    # "asking religious schools to pay taxes", "asked for a recount" (CAMEO 10x, demand)
    "ASK_TO": [[_verb("ask"), _child(">", {"DEP": "xcomp"})],
               [_verb("ask"), _child(">", {"LOWER": "for"})]],
    # "a global social movement in support of the youth" (PLOVER PROTEST, mobilisation)
    "MOVEMENT": [[{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "NOUN", "LEMMA": {"IN": ["campaign", "movement"]}}},
                  _child(">", {"DEP": {"IN": ["amod", "compound"]}, "LOWER": {"IN": sorted(MOVEMENT_MODIFIERS)}})]],
    # "an aggressive campaign to persuade users to stop ...", "a campaign against the law" (PLOVER PROTEST)
    "CAMPAIGN": [[{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "NOUN", "LEMMA": {"IN": sorted(CAMPAIGN_NOUNS)}}},
                  _child(">", {"DEP": "acl", "LEMMA": {"IN": sorted(CAMPAIGN_AIMS)}})],
                 [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "NOUN", "LEMMA": {"IN": sorted(CAMPAIGN_NOUNS)}}},
                  _child(">", {"DEP": "prep", "LOWER": {"IN": sorted(CAMPAIGN_MARKS)}})],
                 # "launched a recall campaign Thursday against three school board members": the parser
                 # hangs "against" on the launching verb
                 [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "NOUN", "DEP": "dobj", "LEMMA": {"IN": sorted(CAMPAIGN_NOUNS)}}},
                  _child("<", {"POS": "VERB"}, "launch"),
                  _child(">", {"DEP": "prep", "LOWER": "against"}, "mark", "launch")]],
    # "Wes Streeting said the comments were 'completely unacceptable'", "Amnesty said the arrests were a
    # disgrace" (PLOVER DISAPPROVE): what is said of someone's act condemns it (not "we were wrong")
    "SAY_IT_BAD": [[_verb(_SAYING),
                    _child(">", {"DEP": "ccomp", "LEMMA": "be"}, "be"),
                    _child(">", {"DEP": "nsubj", "LOWER": {"NOT_IN": ["i", "we"]}}, "what", "be"),
                    _child(">", {"DEP": {"IN": ["acomp", "attr"]}, "LOWER": {"IN": _CONDEMNING}}, "bad", "be")],
                   # milder words only of someone's decision: "the delay was 'deeply disappointing'" (not "its sales
                   # were disappointing", "the result was disappointing")
                   [_verb(_SAYING),
                    _child(">", {"DEP": "ccomp", "LEMMA": "be"}, "be"),
                    _child(">", {"DEP": "nsubj", "LEMMA": {"IN": sorted(DECIDED_ACTS)}}, "what", "be"),
                    _child(">", {"DEP": {"IN": ["acomp", "attr"]}, "LOWER": {"IN": sorted(REGRETTING_WORDS)}}, "bad",
                           "be")],
                   # ... or found wanting: "said the government's response was 'not good enough'"
                   [_verb(_SAYING), _child(">", {"DEP": "ccomp", "LEMMA": "be"}, "be"),
                    _child(">", {"DEP": "nsubj", "LEMMA": {"IN": sorted(DECIDED_ACTS)}}, "what", "be"),
                    _child(">", {"DEP": "neg"}, "not", "be"),
                    _child(">", {"DEP": "acomp", "LOWER": {"IN": sorted(SUFFICING_WORDS)}}, "bad", "be")]] + [
                   # a body or a person found wanting: "Tenants' groups say the council has been too slow to deal
                   # with damp" (not "the water was too cold", "we were too slow")
                   [_verb(_SAYING), _child(">", {"DEP": "ccomp", "LEMMA": "be"}, "be"),
                    _child(">", {"DEP": "nsubj", **who}, "who", "be"),
                    _child(">", {"DEP": "acomp", "LOWER": {"IN": sorted(FAULT_ADJECTIVES)}}, "bad", "be"),
                    _child(">", {"DEP": "advmod", "LOWER": "too"}, "too", "bad")]
                   for who in ({"LEMMA": {"IN": _OFFICES}}, {"ENT_TYPE": {"IN": ["ORG", "PERSON", "GPE", "NORP"]}})],
    # "called the sentence 'dangerous'", "called the response a disgrace", "described it as a betrayal"
    # (PLOVER DISAPPROVE): a describing verb whose name for the thing condemns it
    # ("called the ad 'a pack of lies'": the condemning word after "of")
    "CALL_IT_BAD": [[_verb(set(DESCRIBING_VERBS)), _child(">", {"DEP": "oprd", "LOWER": {"IN": _CONDEMNING}})],
                    # "a move Democrats called an abdication": the name is the relative clause's only object
                    [_verb(set(DESCRIBING_VERBS), DEP={"IN": ["relcl", "acl"]}),
                     _child(">", {"DEP": "dobj", "LOWER": {"IN": _CONDEMNING}})],
                    [_verb(set(DESCRIBING_VERBS)), _child(">", {"DEP": "oprd"}, "name"),
                     _child(">", {"DEP": "prep", "LOWER": "of"}, "of", "name"),
                     _child(">", {"DEP": "pobj", "LOWER": {"IN": _CONDEMNING}}, "bad", "of")],
                    [_verb(set(DESCRIBING_VERBS)), _child(">", {"DEP": "dobj"}, "obj"),
                     _child(">", {"DEP": {"IN": ["appos", "oprd"]}, "LOWER": {"IN": _CONDEMNING}}, "name", "obj")],
                    [_verb(set(DESCRIBING_VERBS)), _child(">", {"DEP": "prep", "LOWER": "as"}, "as"),
                     _child(">", {"DEP": {"IN": ["pobj", "amod", "acomp"]}, "LOWER": {"IN": _CONDEMNING}}, "name", "as")],
                    # a name made bad by its adjective: "called the freeze 'a cruel attack on kids'"
                    [_verb(set(DESCRIBING_VERBS)), _child(">", {"DEP": "dobj"}, "obj"),
                     _child(">", {"DEP": {"IN": ["appos", "oprd"]}}, "name", "obj"),
                     _child(">", {"DEP": "amod", "LOWER": {"IN": _CONDEMNING}}, "bad", "name")]],
    # "voiced concern over the treatment of detainees", "expressed outrage at" (PLOVER DISAPPROVE)
    # ("expressed concern for the victims" is sympathy: the concern must be over, about or at something)
    "VOICE_CONCERN": [[_verb(set(EXPRESSING_VERBS)),
                       _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(CONCERN_NOUNS)}}),
                       _child(">", {"DEP": "prep", "LOWER": {"IN": ["over", "about", "at", "regarding", "to"]}},
                              "prep", "child")]],
    # "China will take resolute and forceful measures to defend its sovereignty" (CAMEO 13x, threaten)
    "TAKE_MEASURES": [[_verb("take"), _child(">", {"DEP": "aux", "LOWER": {"IN": ["will", "would", "'ll"]}}, "will"),
                       _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(MEASURE_NOUNS)}}, "what"),
                       _child(">", {"DEP": {"IN": ["amod", "conj"]}, "LOWER": {"IN": sorted(RESOLVE_WORDS)}}, "how",
                              "what")]],
    # "would not hesitate to use force against the militants" (CAMEO 13x, threaten); not "to start the striker"
    "NOT_HESITATE": [[_verb("hesitate"), _child(">", {"DEP": "neg"}, "neg"),
                      _child(">", {"DEP": "xcomp", "LEMMA": {"IN": _FIGHTING + ["use", "act", "defend", "impose"]}})]],
    # "The group would not allow female aid workers to return until the United Nations changed its position",
    # "Israel will not allow Iran to acquire nuclear weapons": someone kept from acting, a restriction or
    # a threat (PLOVER COERCE, THREATEN); "we will not allow this to happen" keeps no one from anything
    "NOT_ALLOW": [[_verb(set(BARRING_VERBS)), _child(">", {"DEP": "neg"}, "neg"),
                   _child(">", {"DEP": {"IN": ["ccomp", "xcomp"]}, "POS": "VERB"}, "act"),
                   _child(">", {"DEP": "nsubj", **who}, "who", "act")] for who in _KEPT_FROM_ACTING],
    # "Senate Democrats forced a vote on a resolution to block arms sales", "gathering signatures to force a recall
    # election against the district attorney" (a vote someone is made to face)
    "FORCE_VOTE": [[_verb("force"), _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(FORCED_VOTES)}})]],
    # "broke off diplomatic relations with Mexico" (PLOVER SANCTION, reduce relations)
    "BREAK_OFF": [[_verb("break"), _child(">", {"DEP": "prt", "LOWER": "off"}, "prt"),
                   _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(TALKS_NOUNS)}})]],
    # "Turkey's president lashed out at Sweden", "The Kremlin hit out at Finland" (PLOVER DISAPPROVE)
    "HIT_OUT": [[_verb({"lash", "hit"}), _child(">", {"DEP": "prt", "LOWER": "out"}, "prt"),
                 _child(">", {"DEP": "prep", "LOWER": "at"}, "at")]],
    # "Senator Rand Paul went further, introducing a resolution that would end the national emergency the
    # president declared": a lawmaker's move against another's act (CAMEO 11x, disapprove)
    "MOVE_TO_UNDO": [[_verb(set(MOVING_VERBS)), _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(MOVED_TEXTS)}}, "text"),
                      _child(">", {"DEP": {"IN": ["relcl", "acl"]}, "LEMMA": {"IN": sorted(UNDOING_VERBS)}}, "undo",
                             "text")]],
    # "Shareholders voted against the chief executive's pay package": a vote cast against someone or their act
    # (PLOVER REJECT), as "opposed" is; not a vote on a measure no one owns ("voted against a cut in interest
    # rates" is a committee's decision)
    "VOTE_AGAINST": [[_verb("vote"), _child(">", {"DEP": "prep", "LOWER": "against"}, "against"),
                      _child(">", {"DEP": "pobj", "ENT_TYPE": {"IN": ["PERSON", "ORG", "GPE", "NORP"]}}, "who",
                             "against")],
                     [_verb("vote"), _child(">", {"DEP": "prep", "LOWER": "against"}, "against"),
                      _child(">", {"DEP": "pobj"}, "what", "against"),
                      _child(">", {"DEP": "poss", "POS": {"IN": ["NOUN", "PROPN"]}}, "whose", "what")]],
    # "A growing number of Senate Republicans are breaking with President Trump over his plan": a public
    # split with someone named (CAMEO 11x, disapprove), not "broke with tradition"; one of their own
    # dissenting in public ("Labour backbencher Anne Moreley also broke ranks, telling the Guardian ...")
    "BREAK_WITH": [[_verb("break"), _child(">", {"DEP": "prep", "LOWER": "with"}, "with"),
                    _child(">", {"DEP": "pobj", "ENT_TYPE": {"IN": ["PERSON", "ORG", "NORP"]}}, "who", "with")],
                   [_verb("break"), _child(">", {"DEP": "dobj", "LOWER": "ranks"}, "ranks")]],
    # "want the president to step down", "wants the company to reinstate the workers", "want Vucic to resign":
    # a party's wish that someone in office give way is a demand (CAMEO 10x); "want my son to come home" is not
    "WANT_TO_YIELD": [[_verb("want"), _child(">", {"DEP": {"IN": ["ccomp", "xcomp"]}, "LEMMA": {"IN": sorted(DEMANDED_ACTS)}},
                                             "act"),
                       _child(">", {"DEP": {"IN": ["nsubj", "dobj"]}, "LEMMA": {"IN": _OFFICES}}, "who", "act")],
                      [_verb("want"), _child(">", {"DEP": {"IN": ["ccomp", "xcomp"]}, "LEMMA": {"IN": sorted(DEMANDED_ACTS)}},
                                             "act"),
                       _child(">", {"DEP": {"IN": ["nsubj", "dobj"]}, "POS": "PROPN"}, "who", "act")]],
    # "would call BT's chief executive to give evidence", "summoned the minister to appear before MPs": called
    # to answer before a committee or a court (CAMEO 10x, demand)
    "CALL_TO_TESTIFY": [[_verb({"call", "summon"}), _child(">", {"DEP": "dobj"}, "who"),
                         _child(">", {"DEP": "xcomp", "LEMMA": {"IN": ["testify", "appear"]}}, "act")],
                        [_verb({"call", "summon"}), _child(">", {"DEP": "dobj"}, "who"),
                         _child(">", {"DEP": "xcomp", "LEMMA": "give"}, "act"),
                         _child(">", {"DEP": "dobj", "LEMMA": {"IN": ["evidence", "testimony"]}}, "what", "act")]],
    # "will withdraw its force unless ...": an action promised on a condition (CAMEO 13x, threaten)
    # ("will miss the Games unless his appeal succeeds" is the subject's own fate, not a threat)
    "UNLESS": [[{"RIGHT_ID": "verb", "RIGHT_ATTRS": {**_VERB, "LEMMA": {"NOT_IN": sorted(UNDERGOING_VERBS)}}},
                _child(">", {"DEP": "advcl"}, "cond"),
                _child(">", {"DEP": "mark", "LOWER": "unless"}, "mark", "cond")],
               # "If the freeze is not lifted, we will ballot every member": "if not" a concession, as "unless"
               [{"RIGHT_ID": "verb", "RIGHT_ATTRS": _VERB}, _child(">", {"DEP": "advcl", "LEMMA": {"IN": _CONCEDING}}, "cond"),
                _child(">", {"DEP": "mark", "LOWER": "if"}, "mark", "cond"), _child(">", {"DEP": "neg"}, "neg", "cond")]],
    # "vowed to stay out until the company restores their pay": kept up until the other side gives in
    "UNTIL": [[{"RIGHT_ID": "verb", "RIGHT_ATTRS": _VERB},
               _child(">", {"DEP": "advcl", "LEMMA": {"IN": _CONCEDING}}, "cond"),
               _child(">", {"DEP": "mark", "LOWER": "until"}, "mark", "cond"),
               _child(">", {"DEP": {"IN": ["nsubj", "nsubjpass"]}}, "other", "cond")]] + [  # "until their safety
              # was guaranteed"; or anything withheld until another acts: "Turkey would not approve Sweden's NATO
              # bid until Stockholm cracked down on Kurdish militants" (not "The museum will not open until ...")
              [{"RIGHT_ID": "verb", "RIGHT_ATTRS": _VERB}, _child(">", {"DEP": "neg"}, "not"),
               _child(">", {"DEP": "dobj"}, "held"), _child(">", {"DEP": "advcl"}, "cond"), _child(">", {"DEP": "mark", "LOWER": "until"}, "mark", "cond"),
               _child(">", {"DEP": "nsubj", **who}, "other", "cond")]
              for who in ({"LEMMA": {"IN": _OFFICES}}, {"ENT_TYPE": {"IN": ["ORG", "PERSON", "GPE", "NORP"]}})],
    **DEEDS,  # deeds of protest, force, sanction and law: deed_constructions.py
}
