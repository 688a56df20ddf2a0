"""Short names: a one-word name the text uses for a longer one it also writes ("Korea" after "South
Korea", "Northbridge" after "Northbridge Bank"), folded into that actor while candidates are merged."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from briefing.analysis.actors.model import ActorKind, Candidate, Groups, Key
from briefing.analysis.lexicon import (
    GROUP_NOUNS,
    PARTY_ENGLISH_NAMES,
    ROLE_HEADS,
    STATE_NAMES,
    US_STATES,
    VENUE_PREPOSITIONS,
)


def _bodies_begun_by(groups: Groups, name: str) -> list[Key]:
    words = name.split()
    return [k for k in groups if k[0] == ActorKind.ORGANIZATION and len(k[1].split()) > len(words)
            and k[1].split()[:len(words)] == words]


def _as_place(doc: Doc, c: Candidate) -> bool:
    """'based in Harland', 'Harland officials', 'Harland's mayor': the name is where something is, or
    whose people they are."""
    tok = doc[c.start:c.end].root
    return (tok.dep_ == "pobj" and tok.head.lower_ in VENUE_PREPOSITIONS or tok.dep_ in ("compound", "amod")
            or tok.dep_ == "poss" and tok.head.lemma_.lower() in ROLE_HEADS | GROUP_NOUNS)


def _as_body(doc: Doc, c: Candidate) -> bool:
    """'Harland said', 'Harland's shares': the name does or owns something."""
    return doc[c.start:c.end].root.dep_ in ("nsubj", "nsubjpass", "poss")


def fold_short_names(doc: Doc, groups: Groups) -> None:
    """'Northbridge said it accepted the findings' after 'Northbridge Bank': a one-word 'person' that
    begins exactly one body's name, and no person's, is that body's short name. So is a 'place' no
    table knows that begins one body's name, acts or owns, and is never used as a place: 'Harland,
    which makes Crunchwell crackers, said in a statement' after 'Harland Foods'; 'Elm Ridge has a
    record of campaigns' after 'Elm Ridge Capital'."""
    people = [k for k in groups if k[0] == ActorKind.PERSON]
    for key in [k for k in people if " " not in k[1]]:
        if any(c.role for c in groups[key]) or any(p != key and key[1] in p[1].split() for p in people):
            continue
        bodies = _bodies_begun_by(groups, key[1])
        if len(bodies) == 1:
            groups[bodies[0]].extend(groups.pop(key))
    for key in [k for k in groups if k[0] == ActorKind.PLACE]:
        bodies = _bodies_begun_by(groups, key[1])
        # "the Metropolitan police's handling" beside "the Metropolitan Police": the tagger took the first
        # word for a place, the rest of the body's name written small after it
        for body in bodies if " " not in key[1] else ():
            rest = body[1].lower().split()[1:]
            if any(" ".join(t.lower_ for t in doc[c.end:c.end + len(rest)]) == " ".join(rest)
                   for c in groups[key]):
                groups[body].extend(groups.pop(key))
                break
        else:
            members = groups[key]
            if len(bodies) == 1 and key[1].lower() not in STATE_NAMES and not US_STATES.fullmatch(key[1]) \
                    and not any(_as_place(doc, c) for c in members) and any(_as_body(doc, c) for c in members):
                groups[bodies[0]].extend(groups.pop(key))


def fold_places(groups: Groups, state_for: Callable[[str], str | None]) -> None:
    """'Korea' after 'South Korea': a one-word place that ends exactly one other place's name is
    that place's short name (with both Koreas named, it stays apart); a state is never a shorter name of
    another place ('Sudan' beside 'Port Sudan' or 'South Sudan', 'Ireland' beside 'Northern Ireland')."""
    places = [name for kind, name in groups if kind == ActorKind.PLACE]
    for name in places:
        if " " in name:
            continue
        longer = [p for p in places if p != name and p.split()[-1] == name]
        if len(longer) == 1 and (state_for(name) is None or state_for(longer[0]) == state_for(name)):
            groups[(ActorKind.PLACE, longer[0])].extend(groups.pop((ActorKind.PLACE, name)))


def fold_party_names(groups: Groups) -> None:
    """'Germany's Social Democrats' and 'SPD co-leader Lars Klingbeil': a party's English name and its
    initials in its own tongue are one party where the text writes both."""
    by_name = {k[1].lower().removeprefix("the "): k for k in groups}
    for initials, english in PARTY_ENGLISH_NAMES.items():
        short, full = by_name.get(initials), by_name.get(english)
        if short is None or full is None or short == full or short[0] != ActorKind.ORGANIZATION:
            continue
        if full[0] == ActorKind.ORGANIZATION:  # "Alternative for Germany (AfD)": the name in full, as for
            groups[full].extend(groups.pop(short))  # any acronym
        else:  # "Germany's Social Democrats", tagged as people: the party's initials keep it a body
            groups[short].extend(groups.pop(full))
