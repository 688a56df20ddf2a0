"""Pressure sources: who pushes whom, how, and from where.

A trigger (a coercive verb or noun, mapped loosely onto the CAMEO/PLOVER categories DEMAND,
DISAPPROVE, REJECT, THREATEN, PROTEST, SANCTION, COERCE, MOBILIZE, INVESTIGATE) is found in the
parse, its source and target are read off the dependency tree and resolved to actors, and the
scope is judged against the article's home: the most central state or body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from spacy.tokens import Doc, Span, Token

from briefing.analysis.actors import Actor
from briefing.analysis.lexicon import GROUP_NOUNS, ORG_HEADS, ROLE_HEADS
from briefing.analysis.quotes import Quote
from briefing.analysis.reference import PRONOUNS, Resolver, noun_phrase, subject_of
from briefing.article import Article

# lemma -> kind; "voice" becomes diplomatic for foreign states and bodies, political otherwise.
PRESSURE_VERBS: dict[str, str] = {
    **dict.fromkeys("demand urge press push insist pressure pressurize pressurise lobby appeal petition"
                    .split(), "voice"),
    **dict.fromkeys("warn condemn criticize criticise denounce accuse blame slam decry censure rebuke "
                    "reject refuse oppose veto protest object challenge dismiss".split(), "voice"),
    **dict.fromkeys("threaten".split(), "threat"),
    **dict.fromkeys("rally march demonstrate picket boycott strike riot".split(), "public"),
    **dict.fromkeys("sanction embargo fine tax blacklist freeze".split(), "economic"),
    **dict.fromkeys("sue indict prosecute charge investigate probe subpoena summon arrest convict "
                    "rule order ban".split(), "legal"),
    **dict.fromkeys("attack bomb shell invade mobilize mobilise deploy retaliate fire raid kidnap abduct "
                    "demolish destroy seize besiege occupy hack detain torture deport".split(), "military"),
    **dict.fromkeys("suspend prohibit restrict halt cut".split(), "economic"),
    **dict.fromkeys("expel".split(), "diplomatic"),
    **dict.fromkeys("blockade block impose".split(), "coerce"),
}
PRESSURE_NOUNS: dict[str, str] = {
    **dict.fromkeys("protest demonstration rally march strike boycott petition outcry walkout sit-in vigil"
                    .split(), "public"),
    **dict.fromkeys("sanction embargo tariff fine".split(), "economic"),
    **dict.fromkeys("ruling warrant lawsuit indictment verdict injunction investigation probe subpoena"
                    .split(), "legal"),
    **dict.fromkeys("demand call ultimatum pressure condemnation criticism appeal request resistance "
                    "opposition objection refusal rejection".split(), "voice"),
    **dict.fromkeys("threat".split(), "threat"),
    **dict.fromkeys("attack offensive airstrike strike shelling bombardment mobilization raid kidnapping "
                    "blockade curfew".split(), "military"),
    **dict.fromkeys("riot riots".split(), "public"),
    **dict.fromkeys("suspension".split(), "economic"),
    **dict.fromkeys("expulsion".split(), "diplomatic"),
    **dict.fromkeys("inquiry hearing".split(), "legal"),
}
# Verbs whose object a trigger only describes: "accepted demands", "allowed protests", "supports
# a resolution that tightens sanctions" are concessions and support, not pressure (CAMEO/PLOVER).
_YIELDING = frozenset("accept agree allow permit support defend welcome endorse back approve grant concede "
                      "comply heed meet lift ease resign end".split())
_ECONOMIC_OBJECTS = frozenset("sanction sanctions tariff tariffs embargo tax taxes fine fines duty duties aid "
                              "trade loan loans fund funds funding".split())
_ARMED = frozenset("army military troops forces force soldiers rebels guerrillas guerillas militants "
                   "militia militias police fighters gunmen insurgents".split())
_OBLIGATION = frozenset({"must", "should"})
_REFUSALS = frozenset("oppose reject refuse dismiss veto object challenge".split())
_GOVERNING = re.compile(r"\b(prime minister|president|chancellor|premier|government|cabinet)\b", re.I)
_MOVEMENT_MARKS = frozenset("social protest grassroots mass popular global online national boycott".split())
_SOURCE_NOUNS = frozenset("movement campaign union party group association council court government "
                          "municipality municipalities city state ministry church".split())
_WEIGHT = {"legal": 3.0, "military": 3.0, "economic": 2.5, "public": 2.0, "diplomatic": 1.5,
           "political": 1.5, "media": 1.0}
_INTERNATIONAL = re.compile(r"\b(international|united nations|u\.?n\.?|world|global|european|nato|"
                            r"icc|icj|imf|interpol|amnesty|red cross|unicef|unhcr|security council)\b", re.I)
_CONFLICT = frozenset("war attack terror terrorist terrorists militant militants enemy hostage hostages "
                      "fire shelling provocation troops strike rocket rockets invasion clashes".split())
_COURT = re.compile(r"\b(court|judge|justice|prosecutor|tribunal|attorney)\b", re.I)
_MEDIA = re.compile(r"\b(news|agency|media|newspaper|broadcaster|tv|radio|times|post|journal|"
                    r"hashtag|twitter|facebook|loudspeakers?|propaganda)\b", re.I)
_SENT_CHARS = 600


@dataclass
class Pressure:
    """One source pressing one target; `start`/`end` is the evidence sentence."""

    source: str
    actor: str | None
    target: str | None
    scope: str  # "domestic" | "international" | "adversary" | "unknown"
    kind: str
    description: str
    start: int
    end: int
    weight: float = 0.0
    evidence: list[tuple[int, int]] = field(default_factory=list)


def _yielding_above(tok: Token) -> bool:
    """Whether the trigger sits under a concession or a show of support ("accepted demands")."""
    return any(head.pos_ == "VERB" and head.lemma_.lower() in _YIELDING
               for head in islice(tok.ancestors, 6))


def _trigger_kind(tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB",) and lemma in PRESSURE_VERBS:
        if lemma == "call" and not any(c.lower_ in ("on", "for") for c in tok.children):
            return None
        if lemma in ("order", "rule", "charge", "fire", "strike", "ban") and tok.dep_ == "amod":
            return None
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_ == "agent" for c in tok.children):
            return None  # "West Africans ordered out of Nigeria": background, not an event
        if lemma == "insist" and not any(c.lower_ == "on" or c.dep_ == "xcomp" for c in tok.children) \
                and not _obliges(tok):
            return None  # "insisted unrest reflected ...": an assertion
        if lemma in ("cut", "halt", "block", "restrict") and not any(c.dep_ in ("dobj", "prt") for c in tok.children):
            return None
        if lemma in ("charge", "warn", "accuse") and any(c.dep_ == "ccomp" for c in tok.children):
            return "voice"  # "critics charge that ...": a charge in words, not in court
        if lemma == "impose":
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is None:
                return None
            return "economic" if obj.lemma_.lower() in _ECONOMIC_OBJECTS else "legal"
        return PRESSURE_VERBS[lemma]
    if lemma == "ask" and tok.pos_ == "VERB" and (
            any(c.dep_ == "xcomp" for c in tok.children) or any(c.lower_ == "for" for c in tok.children)):
        return "voice"  # "asking religious schools to pay taxes", "asked for ..."
    if lemma in ("movement", "campaign") and tok.pos_ == "NOUN" and any(
            c.lower_ in _MOVEMENT_MARKS for c in tok.children if c.dep_ in ("amod", "compound")):
        return "public"  # "a global social movement in support of the youth"
    if tok.pos_ == "VERB" and lemma == "blow" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return "military"  # "blew up three power lines"
    if tok.pos_ == "VERB" and lemma == "hold" and any(t.lemma_.lower() in ("hostage", "shield", "captive")
                                                       for t in tok.subtree):
        return "military"  # "holding refugees as human shields"
    if tok.pos_ == "VERB" and lemma in ("vow", "swear", "pledge") and any(
            c.dep_ == "xcomp" and (c.lemma_.lower() == "fight" or PRESSURE_VERBS.get(c.lemma_.lower()) == "military")
            for c in tok.children):
        return "threat"  # "have sworn to fight until ..."
    if lemma == "stop" and tok.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() == "work"
                                                      for c in tok.children):
        return "public"  # "stopped work": a strike
    if lemma in ("say", "announce", "state", "conclude", "declare", "insist", "warn", "tell", "add") \
            and tok.pos_ == "VERB" and _obliges(tok):
        return "voice"  # "Russia said Sudan must return the helicopter": a demand
    if lemma == "call" and tok.pos_ == "VERB" and any(c.lower_ in ("on", "for") for c in tok.children):
        return "voice"
    if tok.pos_ == "NOUN" and lemma in PRESSURE_NOUNS:
        if lemma in ("call", "demand") and tok.tag_ != "NNS" and not any(
                c.dep_ in ("acl", "prep", "ccomp") for c in tok.children) and not (
                tok.dep_ == "dobj" and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.head.children)):
            return None  # "reiterated its demand today that Israel ease ..." still counts
        if lemma in ("hearing", "inquiry") and not any(c.lower_ in ("into", "on") for c in (*tok.children, *tok.head.children)):
            return None
        if lemma in ("demonstration", "march", "strike") and any(c.lower_ == "of" for c in tok.children) \
                and not any(c.lower_ in ("against", "over") for c in tok.children):
            return None  # "a demonstration of the new headset", "a strike of luck"
        if lemma in ("demonstration", "march", "rally") and tok.tag_ == "NN" and not any(
                c.lower_ in ("against", "over", "for", "outside", "in") or c.ent_type_ in ("NORP", "GPE")
                or c.lower_ in _MOVEMENT_MARKS or c.lower_ in ("mass", "street", "protest")
                for c in tok.children):
            return None  # "the demonstration took players to ...": a show, not a protest
        if tok.dep_ == "pobj" and tok.head.lower_ in ("before", "since", "during", "after") and (
                PRESSURE_NOUNS[lemma] == "public" and tok.head.lower_ in ("before", "since")
                or any(c.ent_type_ == "DATE" for c in tok.subtree if c.i < tok.i)):
            return None  # "before the 2014 protests", "during the Oct. 7 attack": history, not this story
        if lemma in ("verdict", "ruling", "injunction", "judgment"):
            return "verdict"
        return PRESSURE_NOUNS[lemma]
    return None


def _inside_trigger(tok: Token) -> bool:
    """'ordered Israel to halt the operation': the halt is what was ordered, not a second item."""
    if tok.dep_ not in ("xcomp", "ccomp", "acl") or tok.pos_ != "VERB":
        return False
    head = tok.head if tok.dep_ != "acl" else tok.head.head
    return head != tok and head.pos_ == "VERB" and head.lemma_.lower() in PRESSURE_VERBS


def _obliges(verb: Token) -> bool:
    """A reported clause telling someone else what they must do: 'said Sudan must return ...'."""
    speaker = subject_of(verb)
    for comp in verb.children:
        if comp.dep_ != "ccomp":
            continue
        modal = any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in comp.children)
        subj = subject_of(comp)
        if modal and subj is not None and subj.lower_ not in ("we", "i", "it", "this", "that") and (
                speaker is None or subj.lower_ != speaker.lower_):
            return True
    return False


def _conditional_threat(tok: Token) -> bool:
    """'will withdraw its force unless ...': an action promised on a condition is a threat."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
               for c in tok.children)


def _source_token(tok: Token) -> Token | None:
    """Who does it: the verb's subject, a noun's 'by X' / possessor, or the subject of its clause."""
    if tok.pos_ == "VERB":
        if tok.dep_ == "acl" and tok.head.dep_ in ("dobj", "nsubjpass") and tok.head.head.pos_ == "VERB":
            return subject_of(tok.head.head)  # "issued a declaration demanding ..."
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
            tok.dep_ == "conj" and tok.tag_ == "VBN" and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.head.children))
        if passive and not any(c.dep_ == "agent" for c in tok.children):
            # "was arrested in Lebanon": no agent; the state where it happened acted, if named
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
                pobj = next((c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"), None)
                if pobj is not None:
                    return pobj
            return None
        return subject_of(tok)
    for child in tok.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    for child in tok.children:  # "the request of the municipalities", "resistance of the Church"
        if child.dep_ == "prep" and child.lower_ == "of" and tok.lemma_.lower() in _OF_SOURCE:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and _plausible_target(pobj):
                return pobj
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "come":  # "Requests have come from X"
        prep = next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if pobj is not None:
            return pobj
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None and poss.pos_ == "PRON" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        return subject_of(tok.head) or poss  # "reiterated its demand": whoever reiterated it
    if poss is not None:
        return poss
    comp = next((c for c in tok.children if c.dep_ in ("compound", "amod") and c.ent_type_ in ("ORG", "NORP", "GPE")),
                None)
    if comp is not None:
        return comp
    for child in tok.head.children:  # "brought about calls ..., including by X"
        if child.lower_ in ("including", "by") and child.i > tok.i:
            agent = child if child.lower_ == "by" else next((c for c in child.children if c.lower_ == "by"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if pobj is not None:
                return pobj
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" and tok.head.lemma_ not in ("see", "face"):
        return subject_of(tok.head)  # "he will seek arrest warrants": the seeker issues them
    return None


# Nouns whose "of X" is who does it ("the request of the municipalities"); with "rejection of",
# "criticism of" and the like, X is the one on the receiving end.
_OF_SOURCE = frozenset("request demand call resistance opposition appeal".split())
_TARGET_NOUNS = frozenset("government regime administration authorities ministry court police army military "
                          "parliament leaders leadership company council officials state".split())


def _plausible_target(tok: Token) -> bool:
    return (tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or tok.lemma_.lower() in _TARGET_NOUNS
            or tok.lemma_.lower() in GROUP_NOUNS or tok.lower_ in GROUP_NOUNS)


_AUTHORITIES = frozenset("police court judge prosecutor prosecutors authority authorities government ministry "
                         "agency department committee official officials investigator investigators officer "
                         "officers detective detectives regulator regulators inspector inspectors commission "
                         "council state city municipality tribunal attorney attorneys lawyer lawyers".split())


_QUANTITIES = frozenset("tens hundreds thousands millions dozens scores some many most number crowd crowds "
                        "group groups".split())


def _past_quantity(tok: Token) -> Token:
    """'Tens of thousands of university students': the students, not the tens."""
    steps = 0
    while tok.lower_ in _QUANTITIES and steps < 3:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is None:
            break
        tok, steps = pobj, steps + 1
    return tok


def _can_act(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return (_plausible_target(tok) or lemma in ROLE_HEADS or tok.lower_ in ROLE_HEADS or lemma in _ARMED
            or lemma in _SOURCE_NOUNS or tok.lower_ in _SOURCE_NOUNS or lemma in ORG_HEADS or lemma == "alliance"
            or any(c.ent_type_ in ("NORP", "GPE", "ORG") for c in tok.children))


def _target_token(tok: Token) -> Token | None:
    """Whom it presses: object, 'on/against/to X', or the subject of the demanded clause."""
    for comp in (c for c in tok.children if c.dep_ == "ccomp"):  # "told Sky News any process must ..."
        if any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in comp.children):
            subj = subject_of(comp)
            if subj is not None and _plausible_target(subj):
                return subj
    for child in tok.children:
        if child.dep_ in ("dobj", "dative", "iobj", "nsubjpass") and _plausible_target(child):
            return child
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "against", "upon", "over", "to"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and _plausible_target(pobj):
                return pobj
    return None


class _Scoper:
    """Judges scope against the home actor, with adversaries found from conflict vocabulary."""

    def __init__(self, article: Article, doc: Doc, actors: list[Actor]) -> None:
        self.actors = actors
        places = [a for a in actors if a.kind == "place"]
        self.home = places[0] if places else (actors[0] if actors else None)
        self.adversaries: set[str] = set()
        if self.home is None:
            return
        for actor in actors[:8]:
            if actor is self.home or actor.kind == "group":
                continue
            hits = 0
            for s, _ in actor.spans:
                sent = doc.char_span(s, s + 1, alignment_mode="expand")
                if sent is None:
                    continue
                words = {t.lemma_.lower() for t in sent[0].sent} | {t.lower_ for t in sent[0].sent}
                if words & _CONFLICT:
                    hits += 1
            if hits >= 2 and (actor.affiliation is None or actor.affiliation != self.home.name):
                self.adversaries.add(actor.name)

    def is_home_government(self, actor: Actor | None) -> bool:
        if actor is None or self.home is None:
            return False
        if actor is self.home:
            return True
        return actor.kind == "person" and bool(_GOVERNING.search(actor.role or "")) and (
            actor.affiliation in (None, self.home.name)) and actor.name not in self.adversaries and not (
            _INTERNATIONAL.search(actor.role or ""))

    def scope(self, actor: Actor | None, phrase: str) -> str:
        if self.home is None:
            return "unknown"
        if actor is not None:
            if actor is self.home or actor.affiliation == self.home.name:
                return "domestic"
            if actor.name in self.adversaries or actor.affiliation in self.adversaries:
                return "adversary"
        if _INTERNATIONAL.search(phrase) or (actor is not None and (_INTERNATIONAL.search(actor.name)
                                                                    or _INTERNATIONAL.search(actor.role or ""))):
            return "international"
        if actor is not None and actor.kind == "place":
            return "international"
        if actor is not None and actor.affiliation and actor.affiliation != self.home.name:
            return "international"
        return "domestic"


def _kind(base: str, scope: str, phrase: str, tok: Token) -> str:
    if base == "voice":
        if _MEDIA.search(phrase):
            return "media"
        if _COURT.search(phrase):
            return "legal"
        return "diplomatic" if scope == "international" else "political"
    if base == "threat":
        return "military" if scope == "adversary" else "political"
    if base == "verdict":
        return "legal"
    if base == "coerce":
        return "military" if _ARMED & set(phrase.lower().split()) or scope == "adversary" else "public"
    if base == "legal" and tok.lemma_.lower() in ("order", "ban") and not _COURT.search(phrase):
        return "political"
    return base


def _source_key(doc: Doc, src_tok: Token | None, actor: Actor | None, actor_name: str | None, source: str) -> str:
    """One item per source: 'several municipalities', 'the municipalities' and 'the Municipality of
    Livorno' are one group of sources; two named governments are not."""
    if actor is not None and actor.kind == "group" and src_tok is not None and src_tok.pos_ == "NOUN":
        return "~" + src_tok.lemma_.lower()  # "local municipalities", "the municipalities": one source
    if actor is not None:
        m = re.fullmatch(r"(\w+) of \w+", actor.name)  # "Municipality of Livorno" joins "municipalities"
        if actor.kind != "person" and m and src_tok is not None and src_tok.lower_ == m.group(1).lower():
            return "~" + src_tok.lemma_.lower()
        return actor.name
    if src_tok is not None and src_tok.pos_ in ("NOUN", "PROPN"):
        phrase = noun_phrase(doc, src_tok)
        named_modifier = any(t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") and t.i < src_tok.i
                             and t.pos_ in ("PROPN", "ADJ") for t in phrase)
        if not named_modifier:
            return "~" + src_tok.lemma_.lower()
    return actor_name or source.lower()


def _describe(doc: Doc, source: str, tok: Token, target: str | None) -> str:
    sent = tok.sent
    right = min(tok.right_edge.i + 1, sent.end, tok.i + 14)
    words = doc[tok.i:right].text.strip(" ,.;:")
    return f"{source}: {words}" if len(words) < 110 else f"{source}: {words[:107]}…"


def extract_pressure(article: Article, doc: Doc, actors: list[Actor], quotes: list[Quote] | None = None) -> list[Pressure]:
    """One item per source and target, heaviest first; credits actors' `pressure` counts.

    With the quotes, "we" and "I" inside a quotation are its speaker ("We urge the governments ...").
    """
    direct = [q for q in quotes or [] if q.kind == "direct"]
    resolver = Resolver(article, doc, actors)
    scoper = _Scoper(article, doc, actors)
    items: dict[str, Pressure] = {}
    for tok in doc:
        block = article.block_at(tok.idx)
        if block is None or block.kind != "paragraph":
            continue
        base = _trigger_kind(tok)
        if base is None and tok.pos_ == "VERB" and _conditional_threat(tok):
            base = "threat"
        if base is None or _yielding_above(tok) or _inside_trigger(tok):
            continue
        if any(c.dep_ == "neg" for c in tok.children) and base != "voice":
            continue
        src_tok = None if tok.lemma_.lower() in ("movement", "campaign") else _source_token(tok)
        source: str | None
        actor_name: str | None
        if src_tok is None:
            if tok.lemma_.lower() in ("movement", "campaign"):
                words = [t for t in noun_phrase(doc, tok) if t.pos_ != "DET"]
                source, actor_name = " ".join(t.text for t in words), None
            elif base == "public" and tok.pos_ == "NOUN":
                source, actor_name = "protesters", None
            else:
                continue
        elif src_tok.lower_ in ("we", "i", "us", "me", "our", "my"):
            quote = next((q for q in direct if q.start <= src_tok.idx < q.end), None)
            if quote is None or quote.speaker is None:
                continue
            source, actor_name = quote.speaker, quote.actor
        else:
            if src_tok.lower_ in PRONOUNS and src_tok.lower_ not in ("he", "she", "they", "it", "his", "their", "its"):
                continue
            src_tok = _past_quantity(src_tok)
            source, actor_name = resolver.resolve(src_tok)
            if source is None:
                continue
            crowd = base in ("public", "coerce", "military") and src_tok.tag_ == "NNS"  # "Prisoners rioted"
            if actor_name is None and src_tok.pos_ == "NOUN" and not (_can_act(src_tok) or crowd):
                continue  # "a mean cost" taxes nobody
            if src_tok.lower_ in ("someone", "somebody", "anyone", "anybody", "nobody", "everyone", "one"):
                continue  # "someone could hack inside": no one in particular
            if actor_name is None and base == "public" and tok.pos_ == "NOUN" and src_tok.ent_type_ == "" \
                    and src_tok.tag_ not in ("NNS", "NNPS"):
                source = "protesters"
        actor = next((a for a in actors if a.name == actor_name), None)
        first_person = src_tok is not None and src_tok.pos_ == "PRON" and src_tok.lower_ in ("we", "i", "us", "me", "our", "my")
        phrase = source if src_tok is None or first_person else noun_phrase(doc, src_tok).text
        scope = scoper.scope(actor, phrase + " " + (actor.role or "" if actor else ""))
        if tok.lemma_.lower() in _REFUSALS and scoper.is_home_government(actor):
            continue  # the government refusing something is resisting pressure, not applying it
        tgt_tok = _target_token(tok)
        target: str | None = None
        if tgt_tok is not None:
            tgt_actor = resolver.mentions.at(tgt_tok.idx, tgt_tok.idx + len(tgt_tok))
            target = tgt_actor.name if tgt_actor else noun_phrase(doc, tgt_tok).text
        if target is not None and actor_name is not None and target == actor_name:
            continue
        if base in ("legal", "verdict") and actor is None and src_tok is not None and not (
                src_tok.lemma_.lower() in _AUTHORITIES | _ARMED or src_tok.ent_type_ in ("ORG", "GPE", "NORP")
                or any(c.ent_type_ in ("ORG", "GPE", "NORP") for c in src_tok.children)):
            continue  # "took players to investigate the murder": only an authority investigates in law
        who = f"{phrase} {actor.name} {actor.role or ''}" if actor else phrase
        if base == "verdict" and not _COURT.search(who):
            continue  # only a court hands one down; "the voters' verdict on the flag" is opinion
        kind = _kind(base, scope, f"{phrase} {tok.lemma_}", tok)
        if tok.lemma_.lower() == "attack" and tok.pos_ == "VERB" and not (
                _ARMED & set(who.lower().split()) or scope == "adversary" or (actor and actor.kind == "place")):
            kind = "media" if _MEDIA.search(who) else "political"  # words attack too
        sent: Span = tok.sent
        start, end = sent.start_char, sent.end_char
        while end > start and article.text[end - 1].isspace():
            end -= 1
        if end - start > _SENT_CHARS:
            start, end = max(start, tok.idx - 200), min(end, tok.idx + 300)
        key = _source_key(doc, src_tok or tok, actor, actor_name, source)
        weight = _WEIGHT.get(kind, 1.0) + (actor.salience * 2 if actor else 0.3)
        if key in items:  # one item per source: repeated evidence strengthens it
            item = items[key]
            item.evidence.append((start, end))
            item.weight = round(max(item.weight, weight) + 0.5, 3)
            if item.target is None and target is not None:
                item.target = target
            if weight > _WEIGHT.get(item.kind, 1.0) + (actor.salience * 2 if actor else 0.3):
                item.kind, item.description, item.start, item.end = kind, _describe(doc, source, tok, target), start, end
            continue
        items[key] = Pressure(source=source, actor=actor_name, target=target, scope=scope, kind=kind,
                              description=_describe(doc, source, tok, target), start=start, end=end,
                              weight=round(weight, 3), evidence=[(start, end)])
    result = sorted(items.values(), key=lambda p: -p.weight)
    by_name = {a.name: a for a in actors}
    for item in result:
        if item.actor in by_name:
            by_name[item.actor].pressure += 1
    return result
