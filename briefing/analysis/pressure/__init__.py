"""Pressure sources: who pushes whom, how, and from where.

A trigger (`triggers.py`) is found in the parse, its source and target are read off the
dependency tree (`parties.py` and `targets.py`, and `behind.py` for the body or speaker behind a source) and
resolved to actors, and the scope is judged against the article's home (`scope.py`). One item
per source: repeated evidence makes it heavier; `describe.py` writes its one line.

    "The ICJ ordered Israel to halt the Rafah operation."
    -> International Court of Justice presses Israel: legal, international
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefing.analysis.actors import Actor, ActorKind, state_for
from briefing.analysis.actors.recovery import name_given
from briefing.analysis.actors.usual_labels import filed_from
from briefing.analysis.lexicon import (
    ACCUSING_VERBS,
    ARMED_NOUNS,
    AUTHORITY_NOUNS,
    CAMPAIGN_NOUNS,
    COURT_WORDS,
    DESCRIBED_PRONOUNS,
    FIRST_PERSON,
    INDEFINITE_PRONOUNS,
    LEGAL_OFFICES,
    LEGISLATION_NOUNS,
    MEMBER_NOUNS,
    NOBODY_WORDS,
    PRONOUNS,
    PROTEST_KIN,
    PURPOSE_VERBS,
    REFUSAL_VERBS,
    RELATIVE_PRONOUNS,
    SECOND_PERSON,
    STRIPPED_NOUNS,
    THIRD_PERSON,
)
from briefing.analysis.patterns import construction_labels
from briefing.analysis.phrases import former_holder, noun_phrase
from briefing.analysis.pressure.answering import conceder
from briefing.analysis.pressure.behind import body_behind, campaigner, speaker_of_pronoun
from briefing.analysis.pressure.capacity import NAMED_LABELS, can_act, party_members, plausible_target
from briefing.analysis.pressure.context import cause_of_the_act, inside_trigger, left_undone, yielding_above
from briefing.analysis.pressure.describe import describe
from briefing.analysis.pressure.items import Item, Source, source_key, weight
from briefing.analysis.pressure.kinds import refine_kind
from briefing.analysis.pressure.lemmas import lexicon_lemma
from briefing.analysis.pressure.model import Pressure, PressureKind, Scope
from briefing.analysis.pressure.obligations import no_one_named, stated_obligation
from briefing.analysis.pressure.parties import past_quantity, source_token, stance
from briefing.analysis.pressure.phrasing import circumstance, office_state, owned_body, state_person
from briefing.analysis.pressure.scope import Scoper, hostile, many_states
from briefing.analysis.pressure.targets import blamed_on_a_thing, made_in, target_token
from briefing.analysis.pressure.triggers import DENIED_CONSTRUCTIONS, fallback_class, trigger_class
from briefing.analysis.pressure.verb_rules import advises_public
from briefing.analysis.quotes import Quote
from briefing.analysis.reference import Resolver
from briefing.analysis.sentences import sentence_of
from briefing.analysis.subjects import antecedent, subject_of
from briefing.article import Article

__all__ = ["Pressure", "PressureKind", "Scope", "extract_pressure"]

SENTENCE_CHARS = 600  # evidence longer than this is cut around the trigger
CROWD_CLASSES = ("public", "coerce", "military")  # "Prisoners rioted": a crowd can do these
QUOTE_CHARS = "\"“”‘’ "  # marks a target phrase may keep at its ends


def _no_one(subj: Token | None) -> bool:
    """'no Republican', 'nobody', 'none of the members': a subject that names no one."""
    return subj is not None and (subj.lower_ in NOBODY_WORDS or no_one_named(subj))


def _without_charge(phrase: Span, verb: Token, head: Token) -> Span:
    """A charge the parser hung on a party is the verb's: 'accused the government of chaos' is the
    government's, and so is 'was accused by the government of bias'."""
    charge = next((p.i for p in head.children if p.dep_ == "prep" and p.i > head.i
                   and p.lower_ in ("of", "for", "with")), None) if lexicon_lemma(verb) in ACCUSING_VERBS else None
    return phrase if charge is None else phrase.doc[phrase.start:max(head.i + 1, min(phrase.end, charge))]


def _purpose(tok: Token) -> bool:
    """'the database used by officers to track and prosecute law-breakers': what a thing is for."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok.pos_ == "VERB" and tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() in PURPOSE_VERBS \
        and tok.head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _purpose_denied(tok: Token) -> bool:
    """'We are not here to destroy anything': an act a negated "be here to" disowns."""
    head = tok.head
    return tok.dep_ in ("xcomp", "advcl") and head.lemma_ == "be" and any(c.dep_ == "neg" for c in head.children)


class _Reader:
    """Reads pressure items off one parse."""

    def __init__(self, article: Article, doc: Doc, actors: list[Actor], quotes: list[Quote]) -> None:
        self.article, self.doc = article, doc
        self.direct = [q for q in quotes if q.kind == "direct"]
        self.cued = {q.cue_start: q for q in quotes if q.cue_start is not None and q.speaker}
        self.by_id = {a.id: a for a in actors}
        self.resolver = Resolver(article, doc, actors)
        title = next((b for b in article.blocks if b.kind == "title"), None)
        self.scoper = Scoper(doc, actors, (title.start, title.end) if title is not None else None,
                             next(iter(filed_from(article)), None))
        self.labels = construction_labels(doc)
        self.acts: dict[str, tuple[Source, PressureKind]] = {}  # each act's last named doer and its kind
        self.stated: set[int] = set()  # obligations stated in a quotation, which its speaker demands

    def trigger(self, tok: Token) -> str | None:
        block = self.article.block_at(tok.idx)
        if block is None or block.kind != "paragraph":
            return None
        if _asked(sentence_of(tok).text):
            return None  # "Should the utility have cut power that morning?": asked, not done
        labels = self.labels.get(tok.i, set())
        base = trigger_class(tok, labels) or fallback_class(labels)
        if base is None and stated_obligation(tok) and self.quoted_speaker(tok) is not None:
            base = "voice"  # "The MBTA has to fix the tracks" in the mayor's answer: her demand
            self.stated.add(tok.i)
        if base is None or yielding_above(tok) or inside_trigger(tok) or cause_of_the_act(tok) or _purpose(tok) \
                or advises_public(tok) or blamed_on_a_thing(tok) or left_undone(tok):
            return None
        named = self.resolver.mentions.covering(tok.idx)
        if tok.pos_ == "NOUN" and named is not None and named.kind == ActorKind.ORGANIZATION:
            return None  # a word of a body's name, no act: "Campaign for Better Transport said ..."
        if (any(c.dep_ == "neg" for c in tok.children) or _purpose_denied(tok)) and (
                base != "voice" or tok.pos_ == "VERB") and not labels & DENIED_CONSTRUCTIONS:
            return None  # "did not protest", "We are not asking for charity", "We are not here to destroy
            # anything"; "would not hesitate" threatens
        if tok.pos_ == "VERB" and (_no_one(subject_of(tok)) or tok.dep_ == "acl" and _no_one(tok.head)):
            return None  # "no Republican has publicly opposed him", "has no plans to fire him"
        return base

    def renamed(self, src_tok: Token, text: str, actor: Actor | None) -> tuple[str, Actor | None]:
        """A source called otherwise than its words: 'a user labelled “Anonymous”' is Anonymous; 'the Democratic
        demands' are the Democrats'."""
        if (given := name_given(src_tok)) is not None:
            return given.text, actor
        if (party := party_members(src_tok)) is not None:
            members = self.party_actor(party)
            return (members.name if members else party), actor or members
        return text, actor

    def party_actor(self, name: str) -> Actor | None:
        """The story's actor for a party's members named by its adjective ("Democrats"), if it has one."""
        return next((a for a in self.by_id.values() if a.name.lower() == name.lower()), None)

    def unnamed_source(self, tok: Token, base: str) -> Source | None:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in CAMPAIGN_NOUNS:  # "a global social movement"
            words = [t for t in noun_phrase(self.doc, tok) if t.pos_ != "DET"]
            return Source(None, " ".join(t.text for t in words), None)
        if base == "public" and tok.pos_ == "NOUN":  # "protests erupted", "pro-Palestinian protests"
            cause = [t for t in self.doc[tok.left_edge.i:tok.i] if stance(t)]
            text = self.doc[cause[0].i:cause[-1].i + 1].text + " protesters" if cause else "protesters"
            return Source(None, text, None)
        return None

    def cued_speaker(self, tok: Token) -> Source | None:
        """'Speaking to the BBC, the health secretary, Wes Streeting, said the comments were ...': the parser
        lost the verb's subject; the quote it cues found its speaker."""
        said = self.cued.get(tok.idx)
        if said is None:
            return None
        return Source(None, said.speaker, self.by_id.get(said.actor_id) if said.actor_id is not None else None)

    def quoted_speaker(self, src_tok: Token) -> Source | None:
        """'We urge the governments ...' inside a quotation: its speaker."""
        quote = next((q for q in self.direct if q.start <= src_tok.idx < q.end), None)
        if quote is None or quote.speaker is None:
            return None
        return Source(src_tok, quote.speaker, self.by_id.get(quote.actor_id) if quote.actor_id is not None else None)

    def owner_of(self, src_tok: Token) -> Actor | None:
        """'Pakistan denied any involvement. Its National Security Committee said ...': an authority named as
        "its" or "their" acts for the state or body the pronoun stands for."""
        mine = next((c for c in src_tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if mine is None or src_tok.lemma_.lower() not in AUTHORITY_NOUNS | MEMBER_NOUNS:
            return None  # ("The miners' union said its members would occupy the pits": the union's)
        owner = self.resolver.resolve(mine)[1]
        return owner if owner is not None and owner.kind in (ActorKind.PLACE, ActorKind.ORGANIZATION) else None

    def source(self, tok: Token, base: str) -> Source | None:
        if tok.i in self.stated:  # a demand stated in a quotation is its speaker's
            return self._speaker_of_quote(tok)
        return self._source(tok, base)

    def _speaker_of_quote(self, tok: Token) -> Source | None:
        said = self.quoted_speaker(tok)
        return Source(None, said.text, said.actor) if said is not None else None

    def _source(self, tok: Token, base: str) -> Source | None:
        campaign = tok.pos_ == "NOUN" and tok.lemma_.lower() in CAMPAIGN_NOUNS
        head = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok  # "a sit - in": "in"
        src_tok = campaigner(tok) if campaign else source_token(head)
        if src_tok is None and tok.dep_ == "appos" and tok.pos_ == "NOUN":
            # "Junior doctors will walk out for six days, the longest strike in the history of the NHS":
            # a noun set beside the act restates it, and the act's subject does it
            src_tok = next((subject_of(a) for a in tok.ancestors if a.pos_ == "VERB"), None)
        if src_tok is None:
            return self.cued_speaker(tok) or self.unnamed_source(tok, base)
        pronoun = src_tok.pos_ == "PRON" or not src_tok.is_upper  # "The US cut aid" is no "us"
        if pronoun and src_tok.lower_ in FIRST_PERSON:
            return self.quoted_speaker(src_tok)
        if pronoun and src_tok.lower_ in PRONOUNS | SECOND_PERSON and src_tok.lower_ not in THIRD_PERSON:
            return None  # "The union says you have refused to negotiate": "you" names no one
        src_tok = past_quantity(src_tok)
        if src_tok.head.dep_ == "relcl" and any(c.dep_ == "poss" and c.lower_ == "whose" for c in src_tok.children):
            src_tok = src_tok.head.head  # "the Arizona Democratic Party, whose executive board voted to censure her"
        text, actor = self.resolver.resolve(src_tok)
        text = (office_state(src_tok) if actor is None else None) or text
        if src_tok.i > tok.i and text == (whole := noun_phrase(self.doc, src_tok)).text:
            text = _without_charge(whole, tok, src_tok).text  # "accused by the government of bias"
        if actor is not None and actor.kind == ActorKind.PLACE and src_tok.tag_ in ("NNPS", "NNS") \
                and src_tok.lower_ != actor.name.lower():
            actor = None  # "Thousands of Hungarians protested": its people, not the state
        if text is None or src_tok.lower_ in INDEFINITE_PRONOUNS:
            return None  # "someone could hack inside": no one in particular
        if src_tok.pos_ == "PRON" and actor is None and text.lower() == src_tok.lower_:
            return None  # "said it cut funding": "it" stands for no one the story names (here, a bill)
        if src_tok.lower_ in RELATIVE_PRONOUNS and src_tok.head.dep_ == "relcl":
            src_tok = antecedent(src_tok)  # "any bill that cut funding": the bill is who would cut
        if src_tok.lower_ in DESCRIBED_PRONOUNS:
            return None  # "the prosecution of those who attacked protesters": whoever did, no one named
        crowd = (base in CROWD_CLASSES or tok.lemma_.lower() in PROTEST_KIN) and src_tok.tag_ == "NNS"  # "Prisoners
        # rioted", "taxi drivers drove slowly through the city centre to protest against ride-hailing apps"
        if actor is None and src_tok.pos_ == "NOUN" and not (can_act(src_tok) or crowd):
            caused = base == "public" and tok.pos_ == "NOUN" and tok.dep_ == "dobj"  # "the arrest sparked protests"
            return self.unnamed_source(tok, base) if caused else None  # "a mean cost" taxes nobody; a bill cuts nothing
        if actor is None and base == "public" and tok.pos_ == "NOUN" and src_tok.ent_type_ == "" \
                and src_tok.pos_ != "PRON" and src_tok.tag_ not in ("NNS", "NNPS", "NNP") and not can_act(src_tok):
            text = "protesters"  # "the city saw protests"; but "the union called a general strike" is the union's
        text, actor = self.renamed(src_tok, text, actor)
        actor = actor or self.owner_of(src_tok)  # "Pakistan denied any involvement. Its National Security Committee"
        behind = speaker_of_pronoun(src_tok) if src_tok.pos_ == "PRON" else src_tok  # "Hamas's wing said it had"
        if (actor is None or actor.kind == ActorKind.GROUP) and behind is not None \
                and (body := body_behind(behind)) is not None:
            actor = self.resolver.resolve(body)[1] or actor  # "Campaigners from Friends of the Earth" act for it
        return Source(src_tok, text, actor)

    def target(self, tok: Token) -> str | None:
        labels = self.labels.get(tok.i, set())  # "If the freeze is not lifted, we will ballot every member": an act
        # pressing only by its condition presses whoever would give in, not its object
        kept_up = trigger_class(tok, labels) is None and fallback_class(labels) is not None
        tgt_tok = subject_of(tok) if tok.i in self.stated else conceder(tok) if kept_up else target_token(tok) or next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and (
            named := self.resolver.mentions.covering(c.idx)) is not None and named.kind == ActorKind.PERSON), None)
        # ("pressed Lake on her past support": a person's name the tagger read as a place)
        if tgt_tok is None:
            return None
        if tgt_tok.pos_ == "PRON":  # "begged him to come home": whom "him" stands for
            actor = self.resolver.resolve(tgt_tok)[1]
            if actor is not None or tok.dep_ != "acl" or not plausible_target(tok.head):
                return actor.name if actor is not None else None
            tgt_tok = tok.head  # "written to the council's chief executive urging him to": the one written to
        phrase = noun_phrase(self.doc, tgt_tok)
        if phrase.start <= tok.i < tgt_tok.i:
            phrase = self.doc[tok.i + 1:phrase.end]  # "Brennan, accused council members of ...": not "accused"
        gerund = next((g.i for prep in tgt_tok.children if prep.dep_ == "prep" and prep.i > tgt_tok.i
                       for g in prep.children if g.tag_ == "VBG"), None)
        if gerund is not None:  # "accused the company of poisoning the river": the company
            phrase = self.doc[phrase.start:max(tgt_tok.i + 1, gerund - 1)]
        stripped = next((prep.i for prep in tgt_tok.children if prep.dep_ == "prep" and prep.lower_ == "of" and any(
            p.lemma_.lower() in STRIPPED_NOUNS for p in prep.children)), None)
        if stripped is not None and stripped > tgt_tok.i:  # "strip two Hungarian lawmakers of their immunity"
            phrase = self.doc[phrase.start:stripped]
        phrase = _without_charge(phrase, tok, tgt_tok)
        if (cut := circumstance(phrase, tgt_tok)) is not None:
            phrase = self.doc[phrase.start:cut]
        while len(phrase) > 1 and phrase[0].tag_ == "IN" and phrase[0].i < tgt_tok.i:
            phrase = phrase[1:]  # "rallied outside parliament", the preposition parsed into the noun: parliament
        mentions = self.resolver.mentions  # "Michigan Gov. Rick Snyder": the mention starts before "Snyder"
        named = [mentions.covering(c.idx) for c in tgt_tok.children if c.dep_ == "appos"]  # "the president, X"
        tgt_actor = mentions.covering(tgt_tok.idx) or next((a for a in named if a is not None), None) or (
            None if owned_body(tgt_tok) or state_person(tgt_tok) else mentions.at(phrase.start_char, phrase.end_char))
        if tgt_actor is not None and tgt_actor.kind != ActorKind.PERSON and former_holder(tgt_tok):
            tgt_actor = None  # "to hold a former White House adviser in contempt": not the White House
        if tgt_actor is None and (tgt_tok.dep_ in ("amod", "compound") or tgt_tok.ent_type_ == "GPE") \
                and (state := state_for(tgt_tok.text)):
            return state  # "condemned the Israeli strike": Israel
        if tgt_actor is None and (state := made_in(tgt_tok)) is not None and not plausible_target(tgt_tok):
            return state  # "imposed a 100% tariff on Chinese electric vehicles": China, not its cars
        if tgt_actor is None and (party := party_members(tgt_tok)) is not None:
            members = self.party_actor(party)  # "blocked a Republican stopgap spending bill": the Republicans
            return members.name if members else party
        return tgt_actor.name if tgt_actor else phrase.text.strip(QUOTE_CHARS)  # 'accused "violent groups" of'

    def evidence(self, tok: Token) -> tuple[int, int]:
        sent = sentence_of(tok)
        start, end = sent.start_char, sent.end_char
        while end > start and self.article.text[end - 1].isspace():
            end -= 1
        if end - start > SENTENCE_CHARS:
            start, end = max(start, tok.idx - 200), min(end, tok.idx + 300)
        return start, end

    def item(self, tok: Token) -> tuple[str, Item] | None:
        base = self.trigger(tok)
        src = self.source(tok, base) if base is not None else None
        again = self.acts.get(tok.lemma_.lower()) if restating(tok, src) else None
        src = again[0] if again is not None else src  # "The petition had gathered 500,000 signatures": Age UK's
        if base is None or src is None or not any(ch.isalnum() for ch in src.text or ""):
            return None  # "Consumer group Which? said": a name the parser cut to its question mark is no one
        actor = src.actor
        phrase = src.text if src.token is None or src.token.pos_ == "PRON" else noun_phrase(self.doc, src.token).text
        scope = self.scoper.scope(actor, phrase + " " + ((actor.role or "") if actor else ""))
        if scope in (Scope.DOMESTIC, Scope.UNKNOWN) and actor is None and many_states(src.text or ""):
            scope = Scope.INTERNATIONAL  # "The bloc said ...", which the headline calls the "West African bloc"
        if scope != Scope.ADVERSARY and hostile(phrase, tok, actor):
            scope = Scope.ADVERSARY
        if tok.pos_ == "VERB" and tok.lemma_.lower() in REFUSAL_VERBS - {"veto"} \
                and self.scoper.is_home_government(actor) \
                and not any(c.dep_ == "dobj" and c.lemma_.lower() in LEGISLATION_NOUNS
                            for v in (tok, *(x for x in tok.children if x.dep_ == "xcomp")) for c in v.children):
            return None  # the government refusing a demand resists pressure; a veto, or blocking a bill, presses
            # (so does refusing to sign one: "Macedonia's president refused to sign the law")
        target = self.target(tok)
        if target is not None and actor is not None and target == actor.name:
            tgt = target_token(tok)
            if tgt is not None and tgt.pos_ == "PRON":
                target = None  # "sent a letter ... urging them to vote no": "them" is not the sender
            elif tgt is not None and src.token is not None and src.token.pos_ == "NOUN" \
                    and tgt.lemma_.lower() != src.token.lemma_.lower():
                actor = None  # "India's top court ordered the government to ...": one of a state's bodies on another
            else:
                return None
        if base in ("legal", "verdict") and actor is None and src.token is not None and not (
                src.token.lemma_.lower() in AUTHORITY_NOUNS | ARMED_NOUNS or src.token.ent_type_ in NAMED_LABELS
                or LEGAL_OFFICES.search(phrase)  # "The attorney general filed charges against three officers"
                or any(c.ent_type_ in NAMED_LABELS for c in src.token.children)
                or src.token.pos_ == "PRON" and src.text.lower().rsplit(None, 1)[-1] in AUTHORITY_NOUNS):
            return None  # "took players to investigate the murder": only an authority investigates in law
        who = f"{phrase} {actor.name} {actor.role or ''}" if actor else phrase
        if base == "verdict" and not COURT_WORDS.search(who):
            return None  # only a court hands one down; "the voters' verdict on the flag" is opinion
        kind = again[1] if again is not None else refine_kind(base, scope, phrase, who, tok, src.token, actor)
        if tok.pos_ == "NOUN" and again is None and (src.token is not None or actor is not None):
            self.acts[tok.lemma_.lower()] = (src, kind)  # the act's doer, for "the petition" named again
        start, end = self.evidence(tok)
        return source_key(self.doc, src, tok), Item(
            source=src.text, actor=actor, target=target, scope=scope, kind=kind,
            description=describe(self.article.text, src.text, tok), start=start, end=end,
            weight=round(weight(kind, actor), 3), evidence=[(start, end)])


def restating(tok: Token, src: Source | None) -> bool:
    """'Age UK ... launched a petition calling on the Treasury to delay the change. The petition had gathered
    more than 500,000 signatures': an act named again with "the", and no doer of its own, is the one named
    before (its doer and its kind: "Powell has taken the attacks in stride" are Trump's words, no arms)."""
    return tok.pos_ == "NOUN" and (src is None or src.token is None and src.actor is None) and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)  # "this strike settled"


def _asked(sentence: str) -> bool:
    """A question, asked outright or quoted whole: not 'were critical of the attacks, with one poster writing
    "How can people look at both sides if one side is gone?"', a statement ending on a quoted question."""
    text = sentence.strip()
    if text[:1] in "“\"'‘":
        text = text.rstrip("”’\"'")
    return text.endswith("?")


def extract_pressure(article: Article, doc: Doc, actors: list[Actor], quotes: list[Quote] | None = None
                     ) -> list[Pressure]:
    """One item per source and target, heaviest first, each pointing to its source's actor by id.

    With the quotes, "we" and "I" inside a quotation are its speaker ("We urge the governments ...").
    """
    reader = _Reader(article, doc, actors, quotes or [])
    items: dict[str, Item] = {}
    for tok in doc:
        found = reader.item(tok)
        if found is None:
            continue
        key, new = found
        item = items.get(key)
        if item is None:
            items[key] = new
            continue
        item.evidence.append((new.start, new.end))  # one item per source: repeated evidence strengthens it
        item.weight = round(max(item.weight, weight(new.kind, new.actor)) + 0.5, 3)
        if item.target is None and new.target is not None:
            item.target = new.target
        if weight(new.kind, new.actor) > weight(item.kind, new.actor):
            item.kind, item.description, item.start, item.end = new.kind, new.description, new.start, new.end
    return [item.freeze() for item in sorted(items.values(), key=lambda p: -p.weight)]
