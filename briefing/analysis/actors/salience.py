"""How central an actor is: mentions, the headline, early entry, a title, and speaking and pressing.

Computed twice on purpose, under two names: `prominence` before quotes and pressure are found (it
orders the look-ups that resolve "he" or "the group"), and `salience` once, at the very end, when
each actor's quotes and pressure items are known ("Hamas said ..." and "Hamas demanded ..." make
Hamas more central than its mentions alone).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from briefing.analysis.actors.model import Actor, ActorKind
from briefing.article import Article


def _weight(article: Article, actor: Actor, quotes: int, pressure: int) -> float:
    if not actor.spans:
        return 0.0
    heads = [b for b in article.blocks if b.kind in ("title", "subtitle")]
    length = max(1, len(article.text))
    in_head = sum(1 for s, _ in actor.spans for b in heads if b.start <= s < b.end)
    early = 1.0 - actor.first / length
    score = math.log1p(len(actor.spans)) * 2.0 + in_head * 1.5 + early * 1.5
    score += 0.8 * math.log1p(quotes) + 1.2 * math.log1p(pressure)
    if actor.role:
        score += 0.5
    if actor.kind == ActorKind.GROUP:
        score *= 0.6
    return score


def _ranked(article: Article, actors: Sequence[Actor], quotes: Counter[int], pressure: Counter[int]
            ) -> list[tuple[Actor, float]]:
    raw = [_weight(article, a, quotes[a.id], pressure[a.id]) for a in actors]
    top = max(raw, default=1.0) or 1.0
    scored = [(a, round(w / top, 4)) for a, w in zip(actors, raw, strict=True)]
    return sorted(scored, key=lambda x: (-x[1], x[0].first))


def by_prominence(article: Article, actors: Sequence[Actor]) -> list[Actor]:
    """Most prominent first, before anyone's quotes or pressure are known."""
    return [replace(a, prominence=w) for a, w in _ranked(article, actors, Counter(), Counter())]


def by_salience(article: Article, actors: Sequence[Actor], speakers: Iterable[int | None],
                pressers: Iterable[int | None]) -> list[Actor]:
    """Most salient first, with the ids of each quote's and each pressure item's actor counted."""
    quotes = Counter(i for i in speakers if i is not None)
    pressure = Counter(i for i in pressers if i is not None)
    return [replace(a, salience=w) for a, w in _ranked(article, actors, quotes, pressure)]
