"""Whether a place acts, and whether a body's name is used as a place.

A place is listed only where it does something ("Israel rejected the proposal", "Qatari
mediators"), not where something happens ("in Paris"), where someone goes ("crossed the Channel"),
where a town is located ("Seattle, Washington") or in someone's rhetoric ("what makes America
great"). A body's name only ever used as where people gather is a venue ("took place at the Metro
Toronto Convention Centre").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.actors.model import ActorKind, Candidate
from briefing.analysis.actors.names import city_and_region
from briefing.analysis.lexicon import (
    ACT_NOUNS,
    ACTING_BODY_NOUNS,
    ACTING_PREPOSITIONS,
    BODY_HEADS,
    BODY_TYPE_NOUNS,
    CAMPAIGN_NAME_VERBS,
    CROSSING_VERBS,
    DOCUMENT_NOUNS,
    GATHERING_EVENT_NOUNS,
    GROUP_NOUNS,
    MARCHING_VERBS,
    ORG_HEADS,
    PERSON_WORDS,
    PLATFORM_NAMES,
    POSTED_NOUNS,
    POSTING_VERBS,
    PREMISES_NOUNS,
    PRESSURE_NOUNS,
    ROAD_NUMBER,
    ROAD_WORDS,
    ROLE_HEADS,
    SPEECH_VERBS,
    VENUE_PREPOSITIONS,
    VENUE_VERBS,
)
from briefing.analysis.quote_marks import quoted


def _locates_a_town(doc: Doc, c: Candidate) -> bool:
    """'Seattle, Washington was proposed': the region after a town's name only says where it is."""
    comma = c.start - 1
    for size in (1, 2, 3):
        town = comma - size
        if town < 0 or doc[town].pos_ != "PROPN" or not doc[town].is_title:
            return False
        if town == 0 or doc[town - 1].pos_ != "PROPN":
            return comma > 0 and doc[comma].text == "," and city_and_region(doc, town, comma)
    return False


def _acts(doc: Doc, c: Candidate) -> bool:
    if _locates_a_town(doc, c):
        return False
    tok = doc[c.start:c.end].root
    while tok.dep_ in ("conj", "appos") and tok.head != tok:
        tok = tok.head
    if tok.dep_ == "poss":  # "Israel's response" acts; "Mecca's Grand Mosque" is scenery
        owned = tok.head.lemma_.lower()
        return owned in ACT_NOUNS or owned in ACTING_BODY_NOUNS or owned in ROLE_HEADS or owned in GROUP_NOUNS
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in CROSSING_VERBS:
        return False  # "crossed the Channel", "visited Paris": where someone goes
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "iobj", "dative", "attr"):
        return True
    if tok.dep_ == "ROOT" and any(c.dep_ == "acl" and c.tag_ == "VBD" for c in tok.children):
        return True  # "Egypt, which borders Sudan, called for a ceasefire", its verb misread as a clause on it
    if tok.dep_ == "pobj" and tok.head.lower_ in ACTING_PREPOSITIONS:
        verb = tok.head.head
        if verb.ent_type_ == "PERSON" or tok.head.lower_ in ("on", "about") and (
                verb.lemma_.lower() in SPEECH_VERBS):
            return False  # "Novelist Amara Obi on grief, Lagos and her debut", "wrote on Lagos": a topic
        # "wrote on the Victoria line, between Brixton and Oxford Circus", "left Kano for Manchester":
        # a route or a destination; "talks between Israel and Hamas" has parties
        route = verb.pos_ == "VERB" and (tok.head.lower_ in ("between", "among") or tok.head.lower_ in (
            "for", "toward", "towards") and verb.lemma_.lower() in CROSSING_VERBS | VENUE_VERBS
            or tok.head.lower_ == "on" and verb.lemma_.lower() in MARCHING_VERBS)  # "farmers march on Delhi"
        return not route
    if c.label == "NORP" or tok.dep_ in ("amod", "compound"):
        head = tok.head
        while head.dep_ in ("amod", "compound", "conj") and head.head != head and head.pos_ != "NOUN":
            head = head.head
        if head.i + 1 < len(doc) and doc[head.i + 1].ent_type_ == "PERSON" and head.ent_type_ != "PERSON":
            return False  # "US President Barack Obama": a title before a name; the person acts
        if head.lower_ in BODY_TYPE_NOUNS and _named_elsewhere(doc, tok, head):
            return False  # "US team Cloud9", then "the US team": the named body acts, not its home
        # "Saudi officials", "Qatari mediators", a nation's "Foreign Ministry"; not "Washington Dulles Airport"
        return head.lemma_.lower() in ACTING_BODY_NOUNS or head.lower_ in ACTING_BODY_NOUNS or (
            c.label == "NORP" and head.ent_type_ == "ORG")
    return False


def _named_elsewhere(doc: Doc, state: Token, noun: Token) -> bool:
    """Whether the text names the body this state's noun stands for: 'the US team' after 'US team
    Cloud9' is Cloud9, whose home the state only is."""
    return any(t.lower_ == noun.lower_ and t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper()
               and doc[t.i + 1].pos_ in ("PROPN", "NOUN")
               and t.i > 0 and doc[t.i - 1].text == state.text for t in doc)


def _through_body(doc: Doc, c: Candidate) -> bool:
    """'led by the Egyptian and Qatari mediators': a state acting through its people, which a quoted
    official reports as fact (unlike "what makes America great")."""
    tok = doc[c.start:c.end].root
    return c.label == "NORP" or tok.dep_ in ("amod", "compound")


def place_that_never_acts(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """A place is an actor only where it does something, not where something happens, nor in
    someone's words ("It's what makes America great") unless through its people ("the Egyptian
    mediators")."""
    if kind == ActorKind.PLACE and not any(_acts(doc, c) and (not quoted(doc, doc[c.start].idx) or _through_body(doc, c))
                                           for c in cands):
        return "a place where things happen, never one that acts"
    return None


def _gathers(verb: Token) -> bool:
    """Going, bringing, gathering, or 'took place' (not 'take the place of Enterprise'); or the
    gathering itself: 'a town hall in Mesa'."""
    if verb.pos_ == "NOUN":
        return verb.lemma_.lower() in GATHERING_EVENT_NOUNS
    if verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" and not list(c.children) for c in verb.children)
    return verb.lemma_.lower() in VENUE_VERBS


def venue(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """'took place at the Metro Toronto Convention Centre', 'bring it to the White House', 'walking
    from NTU Hospital Station': a body's name only ever used as where someone goes or gathers is a place."""
    if kind != ActorKind.ORGANIZATION:
        return None
    for c in cands:
        tok = doc[c.start:c.end].root
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in PREMISES_NOUNS:
            continue  # "at the United Nations headquarters": its premises, where someone goes
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in VENUE_PREPOSITIONS or not _gathers(prep.head):
            return None
        mover = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
        if mover is not None and (mover.lemma_.lower() in PRESSURE_NOUNS or mover.lemma_.lower() in DOCUMENT_NOUNS):
            return None  # "Requests have come from the Municipality of Bogliasco": who sent them
    return "a venue, where someone goes or gathers: 'took place at the Convention Centre'"




def medium(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """'U.S. Ambassador Lisa Kenna wrote on Twitter', 'said in a post on Instagram': a body only ever
    written as where words were posted is the medium, not a party (one that acts, 'YouTube removed the
    videos', is kept)."""
    if kind != ActorKind.ORGANIZATION:
        return None
    for c in cands:
        tok = doc[c.start:c.end].root
        prep = tok.head
        posted = prep.head.lemma_.lower() in (POSTING_VERBS if prep.head.pos_ == "VERB" else POSTED_NOUNS) \
            or c.name.lower() in PLATFORM_NAMES  # "congratulated Congress on Twitter"
        if tok.dep_ != "pobj" or prep.lower_ not in ("on", "via") or not posted:
            return None  # not "called on the Legislature", "reported to the Federal Election Commission"
    return "a medium words were posted on: 'wrote on Twitter'"


def town_taken_for_a_body(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """'In Copenhagen they promised $100bn', 'a farmer in Nyeri', 'a canopy in Novi Sad', 'a group from Bordeaux': a short
    'body' only ever written as where something is, with no body's word in it, is a town the tagger
    misread."""
    if kind != ActorKind.ORGANIZATION or any(c.end - c.start > 2 for c in cands):
        return None
    words = [t for c in cands for t in doc[c.start:c.end]]
    if any(t.is_upper or t.lower_ in ORG_HEADS | BODY_HEADS or not t.is_title for t in words) \
            or words[0].lower_ in CAMPAIGN_NAME_VERBS:  # "Campaigners from Stop Rosebank": a campaign's call
        return None  # "in NATO" (a chamber only ever written as where something happens, "dead on arrival in
        # the Senate", is no actor either)
    if all((root := doc[c.start:c.end].root).dep_ == "pobj" and _where(root.head) for c in cands):
        return "a town the tagger took for a body: 'a farmer in Nyeri'"
    return None


def road(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """'snarling traffic on the A12', 'closed the M25': a road's number, only ever written after "the" and a
    word that puts something on it, is where, not who."""
    if all(ROAD_NUMBER.match(c.name) and c.start >= 2 and doc[c.start - 1].lower_ == "the"
           and doc[c.start - 2].lower_ in ROAD_WORDS for c in cands):
        return "a road's number: 'set hay bales on fire on the A12'"
    return None


def _where(prep: Token) -> bool:
    """'in Nyeri', 'the roads into Haro', 'near Goma'; 'a group from Bordeaux' (people from a place, not
    'a statement from Microsoft')."""
    return prep.lower_ in ("in", "into", "near") or prep.lower_ == "from" and prep.head.pos_ == "NOUN" and (
        prep.head.lemma_.lower() in GROUP_NOUNS | PERSON_WORDS | BODY_TYPE_NOUNS)

