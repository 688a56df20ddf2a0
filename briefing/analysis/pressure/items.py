"""A pressure item while its evidence gathers, and the key that keeps one item per source: "several
municipalities" and "the Municipality of Livorno" are one source; two named governments are two."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from briefing.analysis.actors import Actor, ActorKind
from briefing.analysis.pressure.model import WEIGHT, Pressure, PressureKind, Scope
from briefing.analysis.pressure.parties import named_modifier


@dataclass
class Source:
    token: Token | None
    text: str
    actor: Actor | None


@dataclass
class Item:
    """A pressure item while its evidence accumulates."""

    source: str
    actor: Actor | None
    target: str | None
    scope: Scope
    kind: PressureKind
    description: str
    start: int
    end: int
    weight: float
    evidence: list[tuple[int, int]] = field(default_factory=list)

    def freeze(self) -> Pressure:
        return Pressure(source=self.source, actor=self.actor.name if self.actor else None, target=self.target,
                        scope=self.scope, kind=self.kind, description=self.description, start=self.start,
                        end=self.end, weight=self.weight, evidence=tuple(self.evidence),
                        actor_id=self.actor.id if self.actor else None)


def weight(kind: PressureKind, actor: Actor | None) -> float:
    return WEIGHT.get(kind, 1.0) + (actor.prominence * 2 if actor else 0.3)


def source_key(doc: Doc, src: Source, tok: Token) -> str:
    """One item per source: 'several municipalities', 'the municipalities' and 'the Municipality of
    Livorno' are one group of sources; two named governments are not."""
    src_tok, actor = src.token or tok, src.actor
    if actor is not None and actor.kind == ActorKind.GROUP and src_tok.pos_ == "NOUN":
        return "~" + src_tok.lemma_.lower()  # "local municipalities", "the municipalities": one source
    if actor is not None:
        m = re.fullmatch(r"(\w+) of \w+", actor.name)  # "Municipality of Livorno" joins "municipalities"
        if actor.kind != ActorKind.PERSON and m and src_tok.lower_ == m.group(1).lower():
            return "~" + src_tok.lemma_.lower()
        return actor.name
    if src_tok.pos_ in ("NOUN", "PROPN") and not named_modifier(doc, src_tok):
        return "~" + src_tok.lemma_.lower()
    return src.text.lower()
