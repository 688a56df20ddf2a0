"""Look-ups over the finished actors: who is mentioned at an offset, and who a name refers to.

The one place these questions are answered; quotes, pressure and the story view all ask here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator, Sequence

from briefing.analysis.actors.model import Actor, ActorKind
from briefing.analysis.actors.names import state_for
from briefing.analysis.lexicon import COMPASS_WORDS


class MentionIndex:
    """Every mention of every actor, sorted by position, for look-ups that do not scan them all.

    Built once the mentions are final; the actors come in order of prominence, and every look-up
    answers with the most prominent actor that fits.
    """

    LONGEST = 300  # characters: no mention is longer

    def __init__(self, actors: Sequence[Actor]) -> None:
        self.actors = actors
        self.items = sorted((s, e, i) for i, a in enumerate(actors) for s, e in a.spans)
        self.starts = [s for s, _, _ in self.items]

    def at(self, start: int, end: int) -> Actor | None:
        """The most prominent actor with a mention inside [start, end)."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        best = min((i for _, e, i in self.items[lo:hi] if e <= end), default=None)
        return None if best is None else self.actors[best]

    def covering(self, pos: int) -> Actor | None:
        """The actor whose mention holds the character at `pos` ("Starmer" in "Keir Starmer")."""
        lo, hi = bisect_left(self.starts, pos - self.LONGEST), bisect_right(self.starts, pos)
        return next((self.actors[i] for s, e, i in self.items[lo:hi] if s <= pos < e), None)

    def before(self, pos: int) -> Iterator[tuple[int, Actor]]:
        """(start, actor) of the mentions that start before `pos`, nearest first."""
        for k in range(bisect_left(self.starts, pos) - 1, -1, -1):
            s, _, i = self.items[k]
            yield s, self.actors[i]

    def ending_at(self, end: int) -> list[tuple[int, Actor]]:
        lo, hi = bisect_left(self.starts, end - self.LONGEST), bisect_left(self.starts, end)
        return [(s, self.actors[i]) for s, e, i in self.items[lo:hi] if e == end]

    def overlapping(self, start: int, end: int, kind: ActorKind | None = None) -> Actor | None:
        """The most prominent actor (of `kind`) with a mention overlapping [start, end)."""
        lo, hi = bisect_left(self.starts, start - self.LONGEST), bisect_left(self.starts, end)
        best = min((i for s, e, i in self.items[lo:hi] if s < end and start < e
                    and (kind is None or self.actors[i].kind == kind)), default=None)
        return None if best is None else self.actors[best]


class NameIndex:
    """The actor a name refers to: by full name or alias, the state a demonym stands for, a surname,
    "the South" for the one southern state, or a body's name inside a longer phrase."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self.rank = {a.id: i for i, a in enumerate(actors)}
        self.exact: dict[str, Actor] = {}
        self.by_name: dict[str, Actor] = {}
        self.surname: dict[str, Actor] = {}
        self.orgs: dict[str, Actor] = {}
        self.direction: dict[str, list[Actor]] = defaultdict(list)
        for a in actors:
            self.by_name.setdefault(a.name, a)
            for n in (a.name, *a.aliases):
                self.exact.setdefault(n.lower(), a)
            if a.kind == ActorKind.PERSON:
                self.surname.setdefault(a.name.lower().split()[-1], a)
            if a.kind == ActorKind.ORGANIZATION:
                self.orgs.setdefault(a.name.lower(), a)
            if a.kind == ActorKind.PLACE and " " in a.name:
                self.direction[a.name.lower().split()[0]].append(a)

    def _first(self, found: list[Actor]) -> Actor:
        return min(found, key=lambda a: self.rank[a.id])

    def find(self, name: str | None) -> Actor | None:
        if not name:
            return None
        low = re.sub(r"^(the|a|an)\s+", "", name.lower().strip())
        state = state_for(low)
        hits = [a for a in (self.exact.get(low), self.by_name.get(state) if state else None) if a is not None]
        if hits:
            return self._first(hits)
        words = low.split()
        if words and words[-1] in self.surname:
            return self.surname[words[-1]]
        if low in COMPASS_WORDS and len(self.direction.get(low, [])) == 1:
            return self.direction[low][0]
        if len(low) > 3:
            tokens = re.findall(r"\S+", low)
            found = [self.orgs[g] for n in range(1, min(len(tokens), 12) + 1)
                     for g in (" ".join(tokens[k:k + n]) for k in range(len(tokens) - n + 1)) if g in self.orgs]
            if found:
                return self._first(found)
        return None
