"""Scope and kind: where pressure comes from, relative to the story's home, and what kind it is.

The home is the state the headline is about (its subject), else the most prominent place (else the
most prominent actor). Adversaries are prominent
actors whose mentions sit in sentences of armed conflict and who are not affiliated with the home.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from briefing.analysis.actors import Actor, ActorKind, state_for
from briefing.analysis.lexicon import (
    AGREED_TEXTS,
    ARMED_NOUNS,
    AUTHORITY_NOUNS,
    CAMPAIGNER_WORDS,
    CAPTURING_ACTS,
    CIVIL_SOCIETY_WORDS,
    CONFLICT_WORDS,
    COURT_WORDS,
    ECONOMIC_OBJECTS,
    FORCE_NOUNS,
    GOVERNING_TITLES,
    GROUP_NOUNS,
    HOSTILE_ACTS,
    HOSTILE_NOUNS,
    IMPOSING_VERBS,
    INQUIRY_WORDS,
    INTERNATIONAL_WORDS,
    LAUNCHING_VERBS,
    MEDIA_WORDS,
    NATIONAL_NOUNS,
    OCCURRING_VERBS,
    OUTSIDE_POWERS,
    PARTY_TAG,
    PARTY_TAG_STATE,
    PEACE_WORDS,
    PERSON_WORDS,
    POLITICAL_ORDERS,
    PRESSURE_NOUNS,
    PRESSURE_VERBS,
    REGULATOR_NOUNS,
    SEATS_OF_GOVERNMENT,
    STATE_FORCE_WORDS,
    TAKING_VERBS,
    TRADE_NOUNS,
    TRADE_REMEDY_WORDS,
    US_HOME,
    US_STATE_NAMES,
    US_STATES,
    VIOLENT_ACTS,
)
from briefing.analysis.pressure.clauses import objects_of
from briefing.analysis.pressure.lemmas import lexicon_lemma
from briefing.analysis.pressure.model import PressureKind, Scope
from briefing.analysis.pressure.noun_rules import armed_strike, attack_in_words, attack_on_a_person
from briefing.analysis.pressure.triggers import verb_class
from briefing.analysis.sentences import sentence_of


class Scoper:
    """Judges scope against the home actor, with adversaries found from conflict vocabulary."""

    def __init__(self, doc: Doc, actors: list[Actor], headline: tuple[int, int] | None = None,
                 filed: str | None = None) -> None:
        places = [a for a in actors if a.kind == ActorKind.PLACE]
        # An international body is never the story's home: "Amnesty International accused ..." with no
        # place named is pressure from outside, on whoever is accused.
        local = [a for a in actors if not INTERNATIONAL_WORDS.search(a.name)]
        # a wire story filed from a capital is told from there, whatever its headline's subject: after "TAIPEI,
        # Taiwan (AP) -", "China launches drills around Taiwan" is about a foreign power
        self.home = _dateline_state(places, filed) or _headline_state(doc, places, headline) or (
            places[0] if places else (local[0] if local else None))
        # Members of Congress tagged by party and state ("Sen. Chuck Schumer, D-N.Y.") mark a US
        # story, whichever place it mentions most ("funding for Ukraine").
        if sum(bool(PARTY_TAG.search(a.role or "")) for a in actors if a.kind == ActorKind.PERSON) >= 2:
            self.home = next((a for a in places if a.name == PARTY_TAG_STATE), None) or Actor(
                id=-1, name=PARTY_TAG_STATE, kind=ActorKind.PLACE, role=None, affiliation=None, aliases=(), spans=())
        # A city or region for a home ("Houston") says nothing of its country. When the story's people
        # name one state between them ("U.S. Senator John Cornyn"), that state is home too.
        states = {a.affiliation for a in actors if a.kind == ActorKind.PERSON and a.affiliation
                  and state_for(a.affiliation)}
        home_is_state = self.home is not None and state_for(self.home.name) is not None
        self.home_names = {self.home.name} if self.home is not None else set()
        if not home_is_state and len(states) == 1:
            self.home_names |= states
        if not home_is_state and self.home is not None and US_STATES.search(self.home.name):
            self.home_names.add(US_HOME)  # "the District of Columbia Circuit", "Michigan": at home in the US
        named = {state for a in places if (state := _state_or_seat(a.name))}
        if not home_is_state and self.home is not None and self.home.kind == ActorKind.PLACE and len(named) == 1 \
                and not any(_state_or_seat(name) for name in self.home_names):  # (not "Texas" beside "Mexico")
            self.home_names |= named  # a story at home in Bourke that names only Canberra is Australian
        self.adversaries: set[str] = set()
        if self.home is not None:
            # a body of many states is no party: "NATO said it would deploy 700 more troops to Kosovo"
            self.adversaries = {a.name for a in actors[:8] if a is not self.home and a.kind != ActorKind.GROUP
                                and not INTERNATIONAL_WORDS.search(a.name) and self._in_conflict(doc, a) >= 2
                                and (a.affiliation is None or a.affiliation not in self.home_names)}

    @staticmethod
    def _in_conflict(doc: Doc, actor: Actor) -> int:
        """How many of the actor's mentions sit in a sentence of war, attack or terror as a party to
        it. A state that condemns the strikes or mediates a truce in that sentence is no party: 'Egypt
        condemned the strikes', 'efforts by Egypt and Qatar to extend a fragile truce'."""
        hits = 0
        for s, e in actor.spans:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            # a personal attack in words is no war ("renewed his attacks on Fed Chair Jerome Powell"), nor is
            # "a new attack on press freedom", nor firing an official ("no plans to fire him")
            sent = [t for t in sentence_of(span[0]) if not attack_on_a_person(t) and not attack_in_words(t) and not (
                t.pos_ == "VERB" and lexicon_lemma(t) in PRESSURE_VERBS and verb_class(t) in ("voice", "political"))]
            words = {t.lemma_.lower() for t in sent if t.lemma_.lower() != "strike"} | {
                t.lower_ for t in sent if t.lower_ not in ("strike", "strikes")}
            armed = words & CONFLICT_WORDS or any(t.lemma_.lower() == "strike" and armed_strike(t) for t in sent)
            hits += bool(armed) and not _bystander(span.root)  # a rail strike is no war
        return hits

    def is_home_government(self, actor: Actor | None) -> bool:
        if actor is None or self.home is None:
            return False
        if actor is self.home:
            return actor.kind == ActorKind.PLACE  # with no place named, the first body is home but governs nothing
        return actor.kind == ActorKind.PERSON and bool(GOVERNING_TITLES.search(actor.role or "")) and (
            actor.affiliation is None or actor.affiliation in self.home_names) and actor.name not in self.adversaries and not (
            INTERNATIONAL_WORDS.search(actor.role or ""))

    def _foreign_states_named(self, phrase: str) -> set[str]:
        """'the Untied Nations and United States have both criticised': a source no actor stands for
        is still foreign when it names another state."""
        if self.home is not None and self.home.kind != ActorKind.PLACE and not any(
                state_for(name) for name in self.home_names):
            return set()  # with no place for a home, no state is foreign: "the Association of American Railroads"
        words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w.’'-]+", phrase)]  # "China's Foreign Ministry"
        grams = (" ".join(words[i:i + n]) for n in (3, 2, 1) for i in range(len(words) - n + 1))
        american = US_HOME in self.home_names  # "Rep. Marjorie Taylor Greene of Georgia": the US state
        states = {state for g in grams if (state := _state_or_seat(g)) and not (american and state.lower() in US_STATE_NAMES)}
        # (the state, not the words: "the Georgia Republican" is Georgia too)
        return states - self.home_names

    def scope(self, actor: Actor | None, phrase: str) -> Scope:
        if actor is not None and actor.kind == ActorKind.PERSON:
            for name in sorted((actor.name, *actor.aliases), key=len, reverse=True):
                if _state_or_seat(name) is None:  # (a capital the tagger took for a person is still its state)
                    phrase = phrase.replace(name, " ")  # "Juan Carlos Portugal" names a lawyer, not a state
        international = many_states(phrase) or (actor is not None and (
            INTERNATIONAL_WORDS.search(actor.name) or INTERNATIONAL_WORDS.search(actor.role or "")))
        if self.home is None:
            return Scope.INTERNATIONAL if international else Scope.UNKNOWN
        if actor is not None:
            if actor is self.home or actor.affiliation in self.home_names:
                return Scope.DOMESTIC
            if actor.name in self.adversaries or actor.affiliation in self.adversaries:
                return Scope.ADVERSARY
            state = _state_or_seat(actor.name) if actor.kind == ActorKind.PLACE else None
            if state is not None and state in {_state_or_seat(name) for name in self.home_names}:
                return Scope.DOMESTIC  # "Manila" in a story from the Philippines: its government; "U.S." at home
            if state is not None and state in {_state_or_seat(name) for name in self.adversaries}:
                return Scope.ADVERSARY  # "Beijing" when China is the adversary
        foreign = self._foreign_states_named(phrase)
        if foreign and foreign <= self.adversaries and not international:
            return Scope.ADVERSARY  # "Israeli warplanes struck targets", filed from Beirut
        if international or foreign:
            return Scope.INTERNATIONAL
        if actor is not None and (actor.kind == ActorKind.PLACE or actor.affiliation
                                  and actor.affiliation not in self.home_names and state_for(actor.affiliation)):
            return Scope.INTERNATIONAL  # another state's; a body's secretary general is not foreign for it
        return Scope.DOMESTIC


def kind_of(base: str, scope: Scope, phrase: str, tok: Token) -> PressureKind:
    """The kind from the trigger's class and who is behind it: words are diplomatic abroad,
    political at home, legal from a court and media from the press."""
    if base == "voice":
        if MEDIA_WORDS.search(phrase):
            return PressureKind.MEDIA
        if COURT_WORDS.search(phrase):
            return PressureKind.LEGAL
        abroad = scope == Scope.INTERNATIONAL and not CIVIL_SOCIETY_WORDS.search(phrase)
        return PressureKind.DIPLOMATIC if abroad else PressureKind.POLITICAL
    if base == "threat":
        act = threatened_act(tok)
        if act is not None:
            return act
        armed = _armed(set(phrase.lower().split()) - {"police"})  # "Pakistan's army chief vowed a forceful
        # response": a threat from those who bear arms
        return PressureKind.MILITARY if scope == Scope.ADVERSARY or armed else PressureKind.POLITICAL
    if base in ("verdict", "lawsuit"):
        return PressureKind.LEGAL
    if base in ("coerce", "economic") and COURT_WORDS.search(phrase):
        return PressureKind.LEGAL  # "A federal judge blocked the asylum rule", "a court suspended the deployment"
    if base == "coerce" and AUTHORITY_NOUNS & set(phrase.lower().split()) and not ARMED_NOUNS - {"police"} & set(
            phrase.lower().split()):
        return PressureKind.LEGAL  # "Serbian police used tear gas against protesters": law enforcement
    if base == "coerce" and objects_of(tok) & AGREED_TEXTS:  # "Senate Democrats blocked a border security bill",
        return PressureKind.POLITICAL  # "... a joint EU statement", "a border bill that Senate Republicans blocked"
    if base == "coerce":
        armed = _armed(set(phrase.lower().split()) | _described_as(tok)) or scope == Scope.ADVERSARY
        return PressureKind.MILITARY if armed else PressureKind.PUBLIC
    if base == "military" and tok.lemma_.lower() in TAKING_VERBS | {"strike"} \
            and CAMPAIGNER_WORDS & set(phrase.lower().split()):
        return PressureKind.PUBLIC  # "Greenpeace activists occupied an oil platform", "Unions launched a wave
        # of strikes": a protest or a stoppage, not arms
    if base == "public" and MEDIA_WORDS.search(phrase):
        return PressureKind.MEDIA  # "the newspaper campaigned for his release"
    if base == "legal" and tok.lemma_.lower() in INQUIRY_WORDS and (inquiry := _inquiry_kind(tok, phrase)):
        return inquiry
    if base == "legal" and tok.lemma_.lower() in POLITICAL_ORDERS and not COURT_WORDS.search(phrase) \
            and not REGULATOR_NOUNS & set(phrase.lower().split()):
        return PressureKind.POLITICAL
    return PressureKind(base)


def _inquiry_kind(tok: Token, phrase: str) -> PressureKind | None:
    """An inquiry that is no act of law: "an investigation by the Guardian found that 130,000 carers ..." is
    journalism, "launched an investigation into Australian wine exports" a trade weapon."""
    if MEDIA_WORDS.search(phrase):
        return PressureKind.MEDIA
    return PressureKind.ECONOMIC if any(t.lower_ in TRADE_NOUNS | TRADE_REMEDY_WORDS for t in tok.subtree) else None


def _armed(words: set[str]) -> bool:
    """Words of those who bear arms, unless they are farmers or workers: "The Farmers Defence Force said it would
    keep blocking roads" is a protest."""
    return bool(ARMED_NOUNS & words) and not CAMPAIGNER_WORDS & words


def _described_as(tok: Token) -> set[str]:
    """The words the text puts beside the doer: 'KFOR, the NATO-led peacekeeping force, used tear gas'."""
    subjects = (c for c in tok.children if c.dep_ == "nsubj")
    return {w.lower_ for s in subjects for a in s.children if a.dep_ == "appos" for w in a.subtree}


def _headline_state(doc: Doc, places: list[Actor], headline: tuple[int, int] | None) -> Actor | None:
    """'Poland expels Belarusian diplomats after border incident': the state a headline is about, its
    subject, is the story's home, however often the story names the other."""
    span = doc.char_span(*headline, alignment_mode="expand") if headline else None
    if span is None:
        return None
    for tok in span:
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return next((a for a in places if state_for(a.name) and not INTERNATIONAL_WORDS.search(a.name)
                         and any(s <= tok.idx < e for s, e in a.spans)), None)  # a union of states is no home
    return None


def _dateline_state(places: list[Actor], filed: str | None) -> Actor | None:
    """'BAMAKO, March 4 (Reuters) - Gunmen abducted two Chinese nationals ...': a wire story filed from
    a capital is at home in its state, however often it names the foreigners it is about, and whether or
    not the story names the state again."""
    state = _state_or_seat(filed) if filed else None
    if state is None:
        return None
    return next((a for a in places if a.name == state), None) or Actor(
        id=-1, name=state, kind=ActorKind.PLACE, role=None, affiliation=None, aliases=(), spans=())  # named only
        # in the dateline: "WASHINGTON — President Biden on Tuesday issued an order ... at the U.S.-Mexico border"


def _bystander(tok: Token) -> bool:
    """The subject of words about the fighting ('condemned', 'urged'), or a party to efforts for a
    truce or talks ('efforts by Egypt to extend a truce')."""
    if tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in PERSON_WORDS | GROUP_NOUNS | NATIONAL_NOUNS:
        return True  # "Gunmen abducted two Chinese nationals": a state's people, not the state at war
    if tok.dep_ == "poss" and tok.head.dep_ == "nsubj":
        tok = tok.head  # "China's embassy condemned the attack": the state speaks through its embassy
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    if verb is not None and tok.dep_ == "nsubj" and tok.head == verb and PRESSURE_VERBS.get(verb.lemma_.lower()) == "voice":
        return True
    scope = tok.head.head if tok.head != tok else tok
    return bool({t.lower_ for t in scope.subtree} & PEACE_WORDS) and not (
        {t.lower_ for t in scope.subtree} & CONFLICT_WORDS)


def threatened_act(tok: Token) -> PressureKind | None:
    """A threat is of the kind of what it threatens (PLOVER THREATEN's modes): 'threatened to strike
    Hezbollah positions' is military, 'threatened to impose tariffs', 'threatened Chile with
    sanctions' economic. Workers who 'threatened to strike' threaten a stoppage, not arms; 'ready to use
    nuclear weapons' threatens arms."""
    if tok.lemma_.lower() == "use" and any(c.dep_ == "dobj" and c.lemma_.lower() in FORCE_NOUNS for c in tok.children):
        return PressureKind.MILITARY
    if tok.lemma_.lower() in LAUNCHING_VERBS and any(c.dep_ == "dobj" and PRESSURE_NOUNS.get(c.lemma_.lower()) == "military"
                                                     for c in tok.children):
        return PressureKind.MILITARY  # "prepared to launch a new ground operation in northern Syria"
    for c in tok.children:
        lemma = c.lemma_.lower()
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            objects = {o.lemma_.lower() for o in c.children if o.dep_ == "dobj"}
            if lemma == "strike":
                return PressureKind.MILITARY if objects else PressureKind.PUBLIC
            ruled = verb_class(c) if lemma in PRESSURE_VERBS else None
            if ruled in ("political", "economic", "public", "diplomatic"):  # "threatened to fire the governor",
                return PressureKind(ruled)  # "to retaliate with tariffs of his own", "to withhold rent", "to cut ties"
            if lemma in IMPOSING_VERBS and objects & ECONOMIC_OBJECTS or PRESSURE_VERBS.get(lemma) == "economic":
                return PressureKind.ECONOMIC
            if (PRESSURE_VERBS.get(lemma) == "military" or lemma in VIOLENT_ACTS) and objects & AGREED_TEXTS:
                return PressureKind.POLITICAL  # "threatened to sink the measure", "to kill the bill": a figure
            if PRESSURE_VERBS.get(lemma) == "military" or lemma in VIOLENT_ACTS:
                return PressureKind.MILITARY  # "threatened to shoot down any spy plane"
            if PRESSURE_VERBS.get(lemma) == "public" or lemma in OCCURRING_VERBS and any(
                    PRESSURE_NOUNS.get(o) == "public" for o in objects):
                return PressureKind.PUBLIC  # "threatened to march", "threatened to resume their protest"
        if c.dep_ == "prep" and c.lower_ == "with":
            kinds = {PRESSURE_NOUNS.get(p.lemma_.lower()) for p in c.children if p.dep_ == "pobj"}
            if "economic" in kinds:
                return PressureKind.ECONOMIC
            if "military" in kinds:
                return PressureKind.MILITARY
    return None


def state_to_state(actor: Actor | None, target: Token | None) -> bool:
    """A state's words to another state ('Japan lodged a protest with China', 'Washington warned
    Pyongyang') are diplomacy, wherever the story's home is."""
    if actor is None or actor.kind != ActorKind.PLACE or target is None or target.ent_type_ != "GPE":
        return False
    other = _state_or_seat(target.text)
    return other is not None and other != _state_or_seat(actor.name)


def is_state(actor: Actor | None, phrase: str) -> bool:
    """Whether the doer is a state: a place actor, or words that name one or its capital ("Beijing")."""
    return actor is not None and actor.kind == ActorKind.PLACE or _state_or_seat(phrase.strip()) is not None


def _state_or_seat(name: str) -> str | None:
    """The state a name stands for, its capital included ("Pyongyang" is North Korea's government)."""
    return state_for(name) or SEATS_OF_GOVERNMENT.get(name.lower())


def many_states(phrase: str) -> bool:
    """Whether the words name a body of many states or powers from outside: 'West African bloc',
    'the United Nations', 'Western powers'."""
    return bool(INTERNATIONAL_WORDS.search(phrase) or OUTSIDE_POWERS.search(phrase))


def armed_or_state(who: str, scope: Scope, actor: Actor | None) -> bool:
    """Whether an 'attack' is one of arms: by a force, an adversary or a state; else words attack."""
    return bool(ARMED_NOUNS & set(who.lower().split())) or scope == Scope.ADVERSARY or (
        actor is not None and actor.kind == ActorKind.PLACE)


def hostile(phrase: str, tok: Token, actor: Actor | None) -> bool:
    """Attackers outside the law are adversaries of the home, named or not: 'hackers', 'gunmen', or
    an unnamed 'user' by whom 'the attack was launched' (a state's or a body's attack is judged by scope)."""
    if HOSTILE_NOUNS & set(phrase.lower().split()):
        return True
    unnamed = actor is None or actor.kind == ActorKind.GROUP
    lawful = (AUTHORITY_NOUNS | STATE_FORCE_WORDS | CAMPAIGNER_WORDS) & set(phrase.lower().split())  # "Officers from
    # the agency raided the offices", "Venezuelan security forces raided ..."; a crowd is no outlaw either
    capturing = tok.lemma_.lower() in CAPTURING_ACTS and (actor is None or actor.kind != ActorKind.PLACE)
    worded = attack_on_a_person(tok) or attack_in_words(tok)  # "the two running mates sharpened their attacks"
    return (unnamed and tok.lemma_.lower() in HOSTILE_ACTS and not worded or capturing) and not lawful
