"""What the actor stages hand each other, and the frozen `Actor` they hand the rest of the briefing."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ActorKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"
    GROUP = "group"


# The tagger's labels that can name an actor, and the kind each starts as.
ENTITY_KINDS = {"PERSON": ActorKind.PERSON, "ORG": ActorKind.ORGANIZATION, "GPE": ActorKind.PLACE,
                "NORP": ActorKind.PLACE, "group": ActorKind.GROUP}

NOWHERE = 1 << 30  # the first mention of an actor that has none


@dataclass(frozen=True)
class Actor:
    """One participant in the story; `spans` are character offsets of its mentions in the text.

    `id` is what quotes and pressure point to. `prominence` orders actors while quotes and
    pressure are found (mentions, headline, first appearance); `salience` is the final weight,
    computed once at the end from prominence and how often the actor speaks and presses.
    """

    id: int
    name: str
    kind: ActorKind
    role: str | None = None
    affiliation: str | None = None
    aliases: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    prominence: float = 0.0
    salience: float = 0.0

    @property
    def mentions(self) -> int:
        return len(self.spans)

    @property
    def first(self) -> int:
        return min((s for s, _ in self.spans), default=NOWHERE)


@dataclass
class Candidate:
    """A name in the text that may be an actor: its words, the tagger's label, token offsets."""

    name: str
    label: str
    start: int
    end: int
    role: str | None = None


@dataclass
class Draft:
    """An actor while the stages build it: merged names, then mentions, then links."""

    name: str
    kind: ActorKind
    role: str | None = None
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def first(self) -> int:
        return min((s for s, _ in self.spans), default=NOWHERE)


def alias_order(alias: str) -> tuple[int, str]:
    """Shortest first, ties alphabetical: the same briefing whatever the process's hash seed."""
    return len(alias), alias


# Candidates grouped by the actor they name, keyed by kind and canonical name, while they are merged.
Key = tuple[ActorKind, str]
Groups = dict[Key, list[Candidate]]
