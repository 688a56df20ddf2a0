"""Filters: is this really an actor? Each rule is one named predicate that returns why it rejects.

Two lists, each applied in one place. `NAME_FILTERS` judge one tagged name where it stands (a title
after a name, a stance prefix, a street); `ACTOR_FILTERS` judge all the mentions of one merged actor
together (a "person" the story always writes with "the" is a thing: "the Hajj"). A new rule is a
new function in one list and a row in tests/test_actors.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from briefing.analysis.actors.adjectives import (
    adjective_body,
    adjective_group,
    capitalised_adjective,
    opening_modifier,
    origin_word,
    people_named_together,
)
from briefing.analysis.actors.fiction import fictional
from briefing.analysis.actors.model import ActorKind, Candidate
from briefing.analysis.actors.names import state_for
from briefing.analysis.actors.narrator import narrator
from briefing.analysis.actors.places import medium, place_that_never_acts, road, town_taken_for_a_body, venue
from briefing.analysis.actors.products import (
    acronym_as_a_noun,
    craft_named_as_person,
    names_a_thing,
    product_with_versions,
)
from briefing.analysis.actors.title_filters import party_before_title, title_words_only
from briefing.analysis.actors.works import named_as_a_thing, quoted_title, read_as_a_work
from briefing.analysis.lexicon import (
    AND_WORDS,
    BODY_TYPE_NOUNS,
    DEMONSTRATIVES,
    EVENT_NOUNS,
    EVENT_VERBS,
    FAITHS,
    FORMAT_LABELS,
    FORMER_MARKS,
    HAZARD_NOUNS,
    HOSTILE_NOUNS,
    IDEA_SUFFIX,
    LANDFORM_NOUNS,
    LAW_HEADS,
    LEGISLATION_NOUNS,
    LOCATIVE_PREPOSITIONS,
    MEMBER_SUFFIX,
    NAMING_VERBS,
    ORG_HEADS,
    PLACE_LINKS,
    PLACE_NOUNS,
    POST_NOMINALS,
    PRESSURE_NOUNS,
    ROLE_HEADS,
    ROUTE_MARKS,
    ROUTE_NOUNS,
    SITE_NOUNS,
    SQUARE_WORDS,
    STANCE_PREFIXES,
    TECHNOLOGIES_AND_DISEASES,
    TIME_ZONES,
)


@dataclass(frozen=True)
class Name:
    """One tagged name: its trimmed span, the tagger's label, and the label it usually gets."""

    doc: Doc
    span: Span
    tagged: str  # the label on this mention
    usual: str  # the label the story gives this word most often (one-word names)

    @property
    def as_person(self) -> bool:
        return self.tagged == "PERSON" or self.usual == "PERSON"


# ------------------------------------------------------------------------------ one name at a time


def place_tagged_as_person(n: Name) -> str | None:
    if n.usual == "GPE" and n.tagged == "PERSON":
        return "a place's name, tagged as a person here and there"
    return None


def post_nominal(n: Name) -> str | None:
    if n.span.text.lower().strip(".") in POST_NOMINALS:
        return "a title after a name: 'Tom Molomby, SC'"
    return None


def stance(n: Name) -> str | None:
    s = n.span
    if 1 < len(s) <= 3 and s[0].lower_ in STANCE_PREFIXES and s[1].text == "-":
        return "a stance, not a name: 'Pan-democrat'"
    return None


def names_run_together(n: Name) -> str | None:
    if n.tagged == "ORG" and any(t.lower_ == "the" and t.i > n.span.start
                                 and n.doc[t.i - 1].pos_ not in ("ADP", "CCONJ") for t in n.span):
        return "two names run together by the tagger: 'Rathbun the Scientology'"
    return None


def across_sentences(n: Name) -> str | None:
    """'Yost wrote on X. "Tax relief has to be paid for"': the tagger ran a name over a sentence's end
    and an opening quotation mark; no name holds one."""
    if any((t.is_sent_start or t.is_quote) and n.doc[t.i - 1].text[-1] in ".!?" for t in n.span[1:]):
        # (a sentence the parser broke with no stop is not ended: "Redcar | and Cleveland Borough Council said")
        return "a name run over a sentence's end: 'X. \"Tax' in 'wrote on X. \"Tax relief ...'"
    return None


def street(n: Name) -> str | None:
    if n.tagged == "PERSON" and n.span[-1].lower_ in SITE_NOUNS:
        return "where, not who: 'Castlefrank Road'"
    return None


def site(n: Name) -> str | None:
    """A name ending in a site's word, unless a body's word heads it: 'the Office of Rail and Road'."""
    headed = any(t.lower_ in ORG_HEADS and i + 1 < len(n.span) and n.span[i + 1].lower_ == "of"
                 for i, t in enumerate(n.span))
    if len(n.span) > 1 and n.span[-1].lower_ in SITE_NOUNS and not headed:
        return "where, not who: 'Wright-Patterson Air Force Base', 'Fisht Stadium'"
    if len(n.span) == 2 and n.span[-1].lower_ in ROUTE_NOUNS and n.span[0].lower_ in ROUTE_MARKS:
        return "a route trains run on: 'Riders are furious about the Red Line'"
    if len(n.span) > 2 and n.span[0].lower_ in SQUARE_WORDS and n.span[1].lower_ in PLACE_LINKS:
        return "a square or street named in its own tongue: 'Place de la Concorde', 'Plaza de Mayo'"
    return None


def time_zone(n: Name) -> str | None:
    if not n.as_person and n.span.text.lower() in TIME_ZONES:
        return "a time zone"
    return None


def digits_in_place(n: Name) -> str | None:
    if n.tagged in ("GPE", "LOC") and any(c.isdigit() for c in n.span.text):
        return "no place has a digit in its name: 'IE6'"
    return None


def member_word(n: Name) -> str | None:
    if n.tagged == "ORG" and len(n.span) == 1 and MEMBER_SUFFIX.search(n.span[0].lower_):
        return "a member, not the body: 'Scientologist'"
    return None


def list_of_states(n: Name) -> str | None:
    if n.tagged in ("GPE", "NORP") and any(t.lower_ in AND_WORDS for t in n.span):
        return "two actors, each named elsewhere: 'North and South Korea'"
    return None


def list_of_names(n: Name) -> str | None:
    s = n.span
    if any(t.dep_ == "conj" and s.start <= t.head.i < t.i and s.doc[t.left_edge.i - 1].text == "," for t in s[1:]):
        return "a list, each named on its own: 'Cameron, Vermilion and Terrebonne parishes', 'the departments of" \
            " Defense, Homeland Security and State'"
    return None


def _event_name(s: Span) -> bool:
    """An event's name ends in an event's word, or in the place or year it is held after that word:
    'Google Science Fair', 'Fan Expo Canada', 'Expo 2020'."""
    for i, t in enumerate(s):
        if t.lower_ in EVENT_NOUNS and all(w.is_digit or state_for(w.text) for w in s[i + 1:]):
            return True
    return False


def _runs_things(s: Span) -> bool:
    """'The Edinburgh International Book Festival has ended its sponsorship deal': the body behind an
    event, when it does something to something ('Fan Expo Canada took place' is the event)."""
    verb = s.root.head
    return s.root.dep_ == "nsubj" and verb.lemma_.lower() not in EVENT_VERBS and any(c.dep_ == "dobj" for c in verb.children)


def event_or_idea(n: Name) -> str | None:
    s = n.span
    if n.tagged == "ORG" and (_event_name(s) and not _runs_things(s) or len(s) == 1 and IDEA_SUFFIX.search(s[0].lower_)):
        return "an event or an idea: 'Google Science Fair', 'Fan Expo Canada', 'Islamophobia'"
    return None


def lone_letter(n: Name) -> str | None:
    if len(n.span) == 1 and re.fullmatch(r"[A-Z]\.", n.span.text):
        return "a letter and the sentence's full stop, or an initial: 'he posted on X.'"
    return None


def technology_or_disease(n: Name) -> str | None:
    if n.span.text.lower() in TECHNOLOGIES_AND_DISEASES:
        return "a technology or a disease: 'using AI as an excuse', 'before Covid'"
    return None


def describes_a_body(n: Name) -> str | None:
    t = n.span[0]
    if len(n.span) == 1 and n.as_person and t.dep_ in ("compound", "amod") and t.head.is_lower and t.is_sent_start \
            and t.head.lemma_.lower() in BODY_TYPE_NOUNS and t.head.i == t.i + 1:  # not "the ruling Frelimo party"
        return "a word describing a body, not a person: 'Volunteer organization Comic Corps', 'Advocacy groups'"
    return None


def former_name(n: Name) -> str | None:
    start, doc = n.span.start, n.span.doc
    if start >= 1 and doc[start - 1].lower_ in FORMER_MARKS:
        return "a thing's former name: 'X, formerly Twitter'"
    if start >= 3 and doc[start - 1].lower_ == "as" and doc[start - 2].lower_ in ("known", "called", "named") \
            and doc[start - 3].lower_ in FORMER_MARKS:
        return "a thing's former name: 'X, formerly known as Twitter'"
    return None


def common_plural(n: Name) -> str | None:
    t = n.span[0]
    opens = t.is_sent_start or t.i > 0 and n.doc[t.i - 1].is_quote and (t.i == 1 or n.doc[t.i - 2].is_punct)
    if len(n.span) == 1 and n.tagged in ("GPE", "ORG", "PERSON") and t.pos_ == "NOUN" and t.tag_ == "NNS" \
            and opens and t.text[1:].islower() and not state_for(t.text):
        return "a common plural that opens a sentence or a quotation: 'Diplomats said ...', \"Q&A: 'Rents will ...'\""
    return None


def act_word(n: Name) -> str | None:
    t = n.span[0]
    if len(n.span) == 1 and t.is_sent_start and (t.lower_ in PRESSURE_NOUNS or t.lower_ in HOSTILE_NOUNS
                                                 or t.tag_ == "NNS" and t.lemma_.lower() in PRESSURE_NOUNS):
        return "a word for an act or its doers that opens a sentence: 'Riot police fired', 'Gunmen abducted', " \
               "'Protests broke out'"
    return None


def natural_force(n: Name) -> str | None:
    t = n.span[0]
    if len(n.span) == 1 and t.is_sent_start and t.lower_ in HAZARD_NOUNS:
        return "a force of nature opening a sentence: 'Wildfires forced thousands to flee'"
    return None


def format_label(n: Name) -> str | None:
    if n.span.text.lower() in FORMAT_LABELS:
        return "a story's format, not a body: 'Q&A: The glaciologist who ...'"
    return None


def landform(n: Name) -> str | None:
    """A name ending in a landform's word is a place ("The Rhone Glacier"), not a person so tagged with no article
    or preposition before her ("Republican Kari Lake traded attacks"; but "Laura Kimball of Twin Falls")."""
    before = n.doc[n.span.start - 1] if n.span.start > 0 else None
    person = n.tagged == "PERSON" and before is not None and before.lower_ != "the" and before.pos_ != "ADP"
    if len(n.span) > 1 and n.span[-1].is_title and n.span[-1].lower_ in LANDFORM_NOUNS and not person:
        return "a feature of the land: 'The Rhone Glacier, which tourists have visited'"
    return None


def faith(n: Name) -> str | None:
    if n.span.text.lower() in FAITHS:
        return "a faith, not a body: 'Islam's holiest site'"
    return None


def law(n: Name) -> str | None:
    last = n.span[-1]
    if len(n.span) >= 2 and last.is_title and last.lower_ in LAW_HEADS:
        return "a law or a pact, named for a person or not: 'the John R. Lewis Act', 'the Good Friday Agreement'"
    return None


def law_by_name(n: Name) -> str | None:
    """'the law, known as SB4': the name a law, a bill or a rule goes by."""
    root = n.span.root
    naming = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
    if root.dep_ in ("pobj", "oprd") and naming.lemma_.lower() in NAMING_VERBS and naming.dep_ == "acl" \
            and naming.head.lemma_.lower() in LAW_HEADS | LEGISLATION_NOUNS:
        return "a law by the name it goes by: 'the law, known as SB4'"
    return None


def office(n: Name) -> str | None:
    """A place's name never ends in an office: the tagger's place 'Yuma County Sheriff' (in 'The Yuma County
    Sheriff, Leon Wilmot, said') is the man's title. A body's does not either ("Metropolitan Police
    Commissioner" is cut to the police, see candidates.py)."""
    last = n.span[-1]
    if n.tagged in ("GPE", "LOC") and len(n.span) >= 2 and last.lower_ in ROLE_HEADS - ORG_HEADS:
        return "a place's office, the title of the one who holds it: 'The Yuma County Sheriff, Leon Wilmot'"
    return None


NAME_FILTERS: tuple[Callable[[Name], str | None], ...] = (
    place_tagged_as_person, post_nominal, stance, names_run_together, across_sentences, street, faith, describes_a_body,
    common_plural, act_word, natural_force, format_label, landform, former_name, law, technology_or_disease, lone_letter,
    party_before_title,
)
# Only for names that are not read as people.
BODY_NAME_FILTERS: tuple[Callable[[Name], str | None], ...] = (
    title_words_only, time_zone, digits_in_place, member_word, list_of_states, list_of_names, event_or_idea, site,
    office, law_by_name,
)


def rejects_name(n: Name, body: bool = False) -> str | None:
    """Why this tagged name is no actor, or None; `body`: the filters for names not read as people."""
    rules = BODY_NAME_FILTERS if body else NAME_FILTERS
    return next((why for rule in rules if (why := rule(n)) is not None), None)


# --------------------------------------------------------------------- all of an actor's mentions


def _lone_word(doc: Doc, cands: list[Candidate]) -> str | None:
    """The word every mention is, when each is one word; None for a longer name."""
    return doc[cands[0].start].text if all(c.end - c.start == 1 for c in cands) else None


def placelike_person(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """A one-word 'person' only ever used as a modifier ('the Rafah operation') is a place."""
    if kind != ActorKind.PERSON:
        return None
    for c in cands:
        tok = doc[c.start]
        if c.end - c.start > 1 or c.role or tok.dep_ not in ("compound", "amod", "nmod"):
            return None
        if not any(w.lower_ in DEMONSTRATIVES for w in tok.head.lefts) and tok.head.lemma_.lower() not in PLACE_NOUNS:
            return None  # "in Yorkshire town": a place's name before its kind
    return "a place used as a modifier: 'the Rafah operation'"


def place_named_as_person(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """'in Livorno, Tuscany': a one-word 'person' standing beside or inside places is a place."""
    if kind != ActorKind.PERSON:
        return None
    for c in cands:
        if c.end - c.start > 1 or c.role:
            return None
        tok = doc[c.start]
        beside_place = tok.dep_ in ("appos", "conj", "npadvmod") and tok.head.ent_type_ in ("GPE", "LOC")
        located = tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPOSITIONS
        if not (beside_place or located):
            return None
    return "a place beside places: 'in Livorno, Tuscany'"


def _with_the(doc: Doc, i: int) -> bool:
    j = i - 1
    while j >= 0 and doc[j].pos_ in ("ADJ", "NUM") and i - j <= 3:  # "the annual Hajj", "the 1991 Hajj"
        j -= 1
    return j >= 0 and doc[j].lower_ == "the"


def named_with_article(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """'the Hajj', 'the Joker': a one-word 'person' the story mostly writes with 'the' is a thing.

    Either every mention tagged a person has 'the', or half the word's uses do, tagged or not, out of
    at least two; a use as a modifier does not count ("the Trump administration" says nothing of Trump).
    """
    word = _lone_word(doc, cands) if kind == ActorKind.PERSON else None
    if word is None or any(c.role for c in cands):
        return None
    uses = [t.i for t in doc if t.text == word and t.dep_ != "compound"]
    if all(_with_the(doc, c.start) for c in cands) or (
            len(uses) >= 2 and 2 * sum(_with_the(doc, i) for i in uses) >= len(uses)):
        return "a thing the story writes with 'the': 'the Hajj'"
    return None


def short_name_of_a_thing(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """'Chrome' after 'Google Chrome', 'Firefox' after 'Mozilla Firefox': the short name of a product
    or a body, which the tagger took for a person when it stood alone."""
    word = _lone_word(doc, cands) if kind == ActorKind.PERSON else None
    if word is not None and any(e.label_ in ("ORG", "PRODUCT") and len(e) > 1 and e[-1].text == word
                                for e in doc.ents):
        return "the short name of a product or body: 'Chrome' after 'Google Chrome'"
    return None


ACTOR_FILTERS: tuple[Callable[[Doc, ActorKind, list[Candidate]], str | None], ...] = (
    adjective_group, adjective_body, capitalised_adjective, people_named_together, placelike_person, opening_modifier, origin_word, place_named_as_person, named_with_article, short_name_of_a_thing,
    names_a_thing, place_that_never_acts, named_as_a_thing, read_as_a_work, venue, medium, town_taken_for_a_body, road,
    product_with_versions,
    fictional, narrator, quoted_title, acronym_as_a_noun, craft_named_as_person,
)


def rejects_actor(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """Why this merged actor is none, or None."""
    return next((why for rule in ACTOR_FILTERS if (why := rule(doc, kind, cands)) is not None), None)
