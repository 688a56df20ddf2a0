"""Constructions as data: spaCy `Matcher` and `DependencyMatcher` patterns, each beside its label.

A rule that is a surface or dependency shape ("according to X", "blew up", "called on X to",
"will withdraw ... unless ...") is written here once, as a pattern, and the analyses ask which
tokens matched which label. Hand walks over the tree stay where a pattern cannot say it (a
speaker resolved across sentences, a subject compared with the reporting verb's subject).

    >>> labels = construction_labels(doc)       # {token index: {"BLOW_UP", ...}}

The anchor of each match is its first token (surface patterns) or its first node (dependency
patterns): "according", "blew", "called", "movement".
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, LOWER, MORPH, ORTH, POS, SPACY, TAG
from spacy.matcher import DependencyMatcher, Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from briefing.analysis.lexicon import (
    ARMED_NOUNS,
    BURNED_SYMBOLS,
    CALL_PARTICLES,
    CAMPAIGN_AIMS,
    CAMPAIGN_MARKS,
    CAMPAIGN_NOUNS,
    CAMPAIGNER_WORDS,
    CAPTIVE_NOUNS,
    COMPELLING_VERBS,
    CONCEDING_VERBS,
    CONCERN_NOUNS,
    CONDEMNING_WORDS,
    CONSEQUENCE_NOUNS,
    DEADLINE_SPANS,
    DESCRIBING_VERBS,
    DESIGNATING_VERBS,
    DISPERSING_VERBS,
    EXPRESSING_VERBS,
    FORCE_NOUNS,
    FORCED_MATTERS,
    HOLDING_UP_VERBS,
    MEASURE_NOUNS,
    MEETING_NOUNS,
    MOVEMENT_MODIFIERS,
    PEACE_WISHES,
    PRESSURE_VERBS,
    PROTEST_SIGNS,
    READINESS_WORDS,
    RESOLVE_WORDS,
    RETALIATING_VERBS,
    REVENGE_NOUNS,
    TALKS_NOUNS,
    THROWING_VERBS,
    THROWN_MISSILES,
    UNDERGOING_VERBS,
    VOW_VERBS,
)

Pattern = list[dict[str, Any]]

_VERB = {"POS": "VERB"}
_CONDEMNING = sorted(CONDEMNING_WORDS)
_MISSILES = sorted(THROWN_MISSILES)
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


def _child(rel: str, attrs: dict[str, Any], name: str = "child", parent: str = "verb") -> dict[str, Any]:
    return {"LEFT_ID": parent, "REL_OP": rel, "RIGHT_ID": name, "RIGHT_ATTRS": attrs}


def _verb(lemmas: set[str] | str, **more: Any) -> dict[str, Any]:
    lemma = {"IN": sorted(lemmas)} if isinstance(lemmas, set) else lemmas
    return {"RIGHT_ID": "verb", "RIGHT_ATTRS": {**_VERB, "LEMMA": lemma, **more}}


_SPANS = sorted(DEADLINE_SPANS)
_FORCED = {"DEP": "dobj", "LEMMA": {"NOT_IN": sorted(FORCED_MATTERS)}}

# Dependency patterns: label -> patterns; the first node is the anchor.
DEPENDENCY: dict[str, list[Pattern]] = {
    # "Rebel fighters blew up two bridges" (CAMEO 18x, assault)
    "BLOW_UP": [[_verb("blow"), _child(">", {"DEP": "prt", "LOWER": "up"})]],
    # "holding refugees as human shields", "held hostage" (CAMEO 181, abduct)
    "HOLD_CAPTIVE": [[_verb("hold"), _child(">>", {"LEMMA": {"IN": sorted(CAPTIVE_NOUNS)}})]],
    # "have sworn to fight until ...", "vowed to attack" (CAMEO 138, threaten with military force)
    "VOW_TO_FIGHT": [[_verb(set(VOW_VERBS)), _child(">", {"DEP": "xcomp", "LEMMA": {"IN": _FIGHTING}})]],
    # "vowed retaliation for the strike on its consulate", "swore revenge" (CAMEO 138)
    "VOW_REVENGE": [[_verb(set(VOW_VERBS)), _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(REVENGE_NOUNS)}})]],
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
    # "Residents have taken the city council to court" (PLOVER ACCUSE, sue)
    "TAKE_TO_COURT": [[_verb("take"), _child(">", {"DEP": "dobj"}, "obj"),
                       _child(">", {"DEP": "prep", "LOWER": "to"}, "to"),
                       _child(">", {"DEP": "pobj", "LOWER": {"IN": ["court", "courts", "tribunal"]}}, "court", "to")]],
    # "If the government takes away the right to strike, we will see them in court": a threat to sue
    # (a promise: "will" or "would"; "I saw him in court" is history)
    "SEE_IN_COURT": [[_verb("see"), _child(">", {"DEP": "dobj"}, "obj"),
                      _child(">>", {"DEP": "prep", "LOWER": "in"}, "in"),
                      _child(">", {"DEP": "pobj", "LOWER": {"IN": ["court", "courts"]}}, "court", "in"),
                      _child(">", {"DEP": "aux", "LOWER": {"IN": ["will", "would", "'ll", "shall"]}}, "will")]],
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
    # "students gathered outside the embassy, chanting slogans against the West" (CAMEO 14x, protest)
    "CHANT_SLOGANS": [[_verb("chant"), _child(">", {"DEP": "dobj", "LEMMA": {"IN": ["slogan", "slogans"]}})]],
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
    # "Nurses stopped work on Tuesday": a strike (CAMEO 143)
    "STOP_WORK": [[_verb("stop"), _child(">", {"DEP": "dobj", "LEMMA": "work"})]],
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
                 _child(">", {"DEP": "nsubj"}, "who", "act")],
                # "called on all three presidents who testified to step down": the act asked for hung on
                # the relative clause of the one called on
                [_verb("call"), _child(">", {"DEP": "prt", "LOWER": {"IN": ["on", "upon"]}}, "prep"),
                 _child(">", {"DEP": "dobj"}, "obj"), _child(">", {"DEP": "relcl"}, "clause", "obj"),
                 _child(">", {"DEP": "xcomp", "POS": "VERB"}, "act", "clause")]],
    # "police used tear gas against protesters", "used force to disperse them" (CAMEO 17x, coerce)
    "USE_FORCE": [[_verb("use"), _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(FORCE_NOUNS)}}),
                   _child(">", {"DEP": "prep", "LOWER": "against"}, "against")],
                  [_verb("use"), _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(FORCE_NOUNS)}}),
                   _child(">>", {"DEP": {"IN": ["xcomp", "advcl"]}, "LEMMA": {"IN": sorted(DISPERSING_VERBS)}}, "act")]],
    # "said it was ready to use nuclear weapons if ...", "prepared to use force" (PLOVER THREATEN: readiness)
    "READY_TO_USE_FORCE": [[_verb("use"), _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(FORCE_NOUNS)}}),
                            {"LEFT_ID": "verb", "REL_OP": "<", "RIGHT_ID": "ready",
                             "RIGHT_ATTRS": {"LOWER": {"IN": sorted(READINESS_WORDS)}}}]],
    # "Thousands of Kenyans took to the streets of Nairobi" (CAMEO 141, demonstrate)
    "TAKE_TO_STREETS": [[_verb("take"), _child(">", {"DEP": "prep", "LOWER": "to"}, "to"),
                         _child(">", {"DEP": "pobj", "LEMMA": "street"}, "street", "to")]],
    # "Workers walked out for three days over wages", "walked out of the talks" (CAMEO 14x, protest)
    # (a crowd, or over something, or out of talks: not "she walked out of the room")
    "WALK_OUT": [[_verb("walk"), _child(">", {"DEP": {"IN": ["prt", "advmod", "prep"]}, "LOWER": "out"}),
                  _child(">", {"DEP": "nsubj", "TAG": {"IN": ["NNS", "NNPS"]}}, "crowd")],
                 [_verb("walk"), _child(">", {"DEP": {"IN": ["prt", "advmod", "prep"]}, "LOWER": "out"}),
                  _child(">", {"DEP": "prep", "LOWER": {"IN": ["over", "against"]}}, "over")],
                 [_verb("walk"), _child(">", {"DEP": {"IN": ["prt", "advmod", "prep"]}, "LOWER": "out"}),
                  _child(">>", {"DEP": "prep", "LOWER": "of"}, "of"),
                  _child(">", {"DEP": "pobj", "LEMMA": {"IN": sorted(MEETING_NOUNS)}}, "talks", "of")]],
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
                  _child(">", {"DEP": "prep", "LOWER": {"IN": sorted(CAMPAIGN_MARKS)}})]],
    # "called the sentence 'dangerous'", "called the response a disgrace", "described it as a betrayal"
    # (PLOVER DISAPPROVE): a describing verb whose name for the thing condemns it
    # ("called the ad 'a pack of lies'": the condemning word after "of")
    "CALL_IT_BAD": [[_verb(set(DESCRIBING_VERBS)), _child(">", {"DEP": "oprd", "LOWER": {"IN": _CONDEMNING}})],
                    [_verb(set(DESCRIBING_VERBS)), _child(">", {"DEP": "oprd"}, "name"),
                     _child(">", {"DEP": "prep", "LOWER": "of"}, "of", "name"),
                     _child(">", {"DEP": "pobj", "LOWER": {"IN": _CONDEMNING}}, "bad", "of")],
                    [_verb(set(DESCRIBING_VERBS)), _child(">", {"DEP": "dobj"}, "obj"),
                     _child(">", {"DEP": {"IN": ["appos", "oprd"]}, "LOWER": {"IN": _CONDEMNING}}, "name", "obj")],
                    [_verb(set(DESCRIBING_VERBS)), _child(">", {"DEP": "prep", "LOWER": "as"}, "as"),
                     _child(">", {"DEP": {"IN": ["pobj", "amod", "acomp"]}, "LOWER": {"IN": _CONDEMNING}}, "name", "as")]],
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
    # "broke off diplomatic relations with Mexico" (PLOVER SANCTION, reduce relations)
    "BREAK_OFF": [[_verb("break"), _child(">", {"DEP": "prt", "LOWER": "off"}, "prt"),
                   _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(TALKS_NOUNS)}})]],
    # "Turkey's president lashed out at Sweden", "The Kremlin hit out at Finland" (PLOVER DISAPPROVE)
    "HIT_OUT": [[_verb({"lash", "hit"}), _child(">", {"DEP": "prt", "LOWER": "out"}, "prt"),
                 _child(">", {"DEP": "prep", "LOWER": "at"}, "at")]],
    # "The House voted to hold the former adviser in contempt of Congress": a sanction in law by a
    # legislature or a court
    "HOLD_IN_CONTEMPT": [[_verb("hold"), _child(">", {"DEP": "prep", "LOWER": "in"}, "in"),
                          _child(">", {"DEP": "pobj", "LOWER": "contempt"}, "contempt", "in")]],
    # "The United States designated the group a foreign terrorist organization" (PLOVER SANCTION)
    "DESIGNATE_TERRORIST": [[_verb(set(DESIGNATING_VERBS)),
                             _child(">", {"DEP": {"IN": ["dobj", "oprd"]}}, "label"),
                             _child(">", {"DEP": {"IN": ["amod", "compound"]}, "LOWER": {"IN": ["terrorist", "terror"]}},
                                    "terror", "label")],
                            [_verb(set(DESIGNATING_VERBS)), _child(">", {"DEP": "prep", "LOWER": "as"}, "as"),
                             _child(">", {"DEP": "pobj"}, "label", "as"),
                             _child(">", {"DEP": {"IN": ["amod", "compound"]}, "LOWER": {"IN": ["terrorist", "terror"]}},
                                    "terror", "label")]],
    # "protesters held signs reading 'Audit the Pentagon'", "waved placards" (PLOVER PROTEST, demonstrate)
    "HOLD_SIGNS": [[_verb(set(HOLDING_UP_VERBS)), _child(">", {"DEP": "dobj", "LOWER": {"IN": sorted(PROTEST_SIGNS)}})]],
    # "The army called up 10,000 reservists" (PLOVER MOBILIZE)
    "CALL_UP": [[_verb("call"), _child(">", {"DEP": "prt", "LOWER": "up"}, "prt"),
                 _child(">", {"DEP": "dobj", "LEMMA": {"IN": sorted(ARMED_NOUNS)}})]],
    # "will withdraw its force unless ...": an action promised on a condition (CAMEO 13x, threaten)
    # ("will miss the Games unless his appeal succeeds" is the subject's own fate, not a threat)
    "UNLESS": [[{"RIGHT_ID": "verb", "RIGHT_ATTRS": {**_VERB, "LEMMA": {"NOT_IN": sorted(UNDERGOING_VERBS)}}},
                _child(">", {"DEP": "advcl"}, "cond"),
                _child(">", {"DEP": "mark", "LOWER": "unless"}, "mark", "cond")]],
    # "vowed to stay out until the company restores their pay": kept up until the other side gives in
    "UNTIL": [[{"RIGHT_ID": "verb", "RIGHT_ATTRS": _VERB},
               _child(">", {"DEP": "advcl", "LEMMA": {"IN": sorted(CONCEDING_VERBS)}}, "cond"),
               _child(">", {"DEP": "mark", "LOWER": "until"}, "mark", "cond"),
               _child(">", {"DEP": "nsubj"}, "other", "cond")]],
}

_WORD_ATTRS = {"LEMMA": LEMMA, "LOWER": LOWER, "ORTH": ORTH}


def _needs(pattern: Pattern) -> list[tuple[int, frozenset[int]]]:
    """The words a sentence must hold for `pattern` to match: one (token attribute, allowed values) per node
    that names its word ("give" and a span such as "days" for GIVE_DEADLINE). Nodes that name no word
    ({"DEP": "dobj"}) need nothing."""
    needs = []
    for node in pattern:
        for attr, value in node["RIGHT_ATTRS"].items():
            if attr in _WORD_ATTRS and isinstance(value, str):
                needs.append((_WORD_ATTRS[attr], frozenset([get_string_id(value)])))
            elif attr in _WORD_ATTRS and isinstance(value, dict) and set(value) == {"IN"}:
                needs.append((_WORD_ATTRS[attr], frozenset(map(get_string_id, value["IN"]))))
    return needs


class _Constructions:
    """The dependency patterns, one matcher per label, each run only on sentences that hold the words
    one of its patterns needs.

    The token matcher inside spaCy's `DependencyMatcher` tests every node of every pattern on every
    token; over a 400 KB article that is seconds. A sentence without "give" cannot hold "gave the
    military 15 days to return", so GIVE_DEADLINE is not asked there. Each pattern is indexed by its
    most particular word node, so a sentence looks up its own words rather than trying every label."""

    def __init__(self, vocab: Vocab) -> None:
        self.matchers: list[DependencyMatcher] = []
        self.needs: list[list[list[tuple[int, frozenset[int]]]]] = []
        self.always: set[int] = set()
        self.keyed: dict[tuple[int, int], set[int]] = defaultdict(set)
        for n, (label, patterns) in enumerate(DEPENDENCY.items()):
            matcher = DependencyMatcher(vocab)
            matcher.add(label, patterns)
            self.matchers.append(matcher)
            self.needs.append([_needs(pattern) for pattern in patterns])
            for needs in self.needs[-1]:
                if not needs:
                    self.always.add(n)
                    continue
                attr, allowed = min(needs, key=lambda need: len(need[1]))
                for word in allowed:
                    self.keyed[attr, word].add(n)

    def wanted(self, words: dict[int, set[int]]) -> set[int]:
        """The labels that may match in a sentence holding `words` (token attribute -> its values)."""
        candidates = set(self.always)
        for attr, values in words.items():
            for value in values:
                candidates |= self.keyed.get((attr, value), set())
        return {n for n in candidates
                if any(all(not allowed.isdisjoint(words[attr]) for attr, allowed in needs) for needs in self.needs[n])}


_MATCHERS: dict[int, tuple[Vocab, Matcher, _Constructions]] = {}


def _matchers(vocab: Vocab) -> tuple[Matcher, _Constructions]:
    """Built once per vocabulary (one per loaded model)."""
    kept = _MATCHERS.get(id(vocab))
    if kept is None or kept[0] is not vocab:
        surface = Matcher(vocab)
        for label, patterns in SURFACE.items():
            surface.add(label, patterns)
        kept = _MATCHERS[id(vocab)] = (vocab, surface, _Constructions(vocab))
    return kept[1], kept[2]


_KEPT = "briefing.constructions"
_EXCERPT_ATTRS = [SPACY, LEMMA, TAG, POS, MORPH, DEP, HEAD, ENT_IOB, ENT_TYPE]


def _excerpt(doc: Doc, sentences: list[Span]) -> tuple[Doc, list[int]]:
    """The given sentences as one small parsed `Doc`, and where each of its tokens sits in `doc`.

    Copied from one array of the whole parse (`Span.as_doc` would copy the whole array once per
    sentence); heads are relative offsets and stay inside their sentence."""
    places = [i for sentence in sentences for i in range(sentence.start, sentence.end)]
    rows = doc.to_array(_EXCERPT_ATTRS)[places]
    iob, at = _EXCERPT_ATTRS.index(ENT_IOB), 0
    for sentence in sentences:  # an entity cut by a sentence edge starts again at the edge ("B")
        if doc[sentence.start].ent_iob_ == "I":
            rows[at, iob] = 3
        at += len(sentence)
    excerpt = Doc(doc.vocab, words=[doc[i].text for i in places])
    excerpt.from_array(_EXCERPT_ATTRS, rows)
    return excerpt, places


def construction_labels(doc: Doc) -> dict[int, set[str]]:
    """Which constructions each token anchors; matched once per parse (quotes and pressure both ask)."""
    kept = doc.user_data.get(_KEPT)
    if kept is not None:
        return kept
    surface, dependency = _matchers(doc.vocab)
    found: dict[int, set[str]] = defaultdict(set)
    for match_id, start, _end in surface(doc):
        found[start].add(doc.vocab.strings[match_id])
    asked: set[int] = set()
    sentences = []
    columns = list(_WORD_ATTRS.values())
    table = doc.to_array(columns)
    for sentence in doc.sents:
        rows = table[sentence.start:sentence.end]
        words = {attr: set(rows[:, n].tolist()) for n, attr in enumerate(columns)}
        wanted = dependency.wanted(words)
        if wanted:
            asked |= wanted
            sentences.append(sentence)
    if sentences:
        excerpt, places = _excerpt(doc, sentences)
        for n in sorted(asked):
            for match_id, tokens in dependency.matchers[n](excerpt):
                found[places[tokens[0]]].add(doc.vocab.strings[match_id])
    doc.user_data[_KEPT] = found
    return found
