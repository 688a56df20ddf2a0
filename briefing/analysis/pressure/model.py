"""What a pressure item is: a source pressing a target, of a kind, from a scope, with evidence."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Scope(StrEnum):
    """Where the pressure comes from, relative to the story's home (its most central state or body)."""

    DOMESTIC = "domestic"
    INTERNATIONAL = "international"
    ADVERSARY = "adversary"
    UNKNOWN = "unknown"


class PressureKind(StrEnum):
    PUBLIC = "public"
    POLITICAL = "political"
    LEGAL = "legal"
    DIPLOMATIC = "diplomatic"
    MILITARY = "military"
    ECONOMIC = "economic"
    MEDIA = "media"


# How heavy each kind weighs when items are ranked: a court ruling outweighs a statement.
WEIGHT = {PressureKind.LEGAL: 3.0, PressureKind.MILITARY: 3.0, PressureKind.ECONOMIC: 2.5,
          PressureKind.PUBLIC: 2.0, PressureKind.DIPLOMATIC: 1.5, PressureKind.POLITICAL: 1.5,
          PressureKind.MEDIA: 1.0}


@dataclass(frozen=True)
class Pressure:
    """One source pressing one target; `start`/`end` is the evidence sentence.

    `actor_id` points to the source's actor; `actor` is that actor's name, as the JSON writes it.
    `evidence` lists every sentence that reports this source's pressure, the chosen one included.
    """

    source: str
    actor: str | None
    target: str | None
    scope: Scope
    kind: PressureKind
    description: str
    start: int
    end: int
    weight: float = 0.0
    evidence: tuple[tuple[int, int], ...] = ()
    actor_id: int | None = None
