"""A story: several articles' briefings combined into one view of the coverage.

Actors are merged across articles by name and alias ("Scientology" in one article is the "Church
of Scientology" another names in full, with "Scientology" as its alias), each keeping the articles
it appears in, its mentions there and every role it is given. Quotes are grouped by speaker, the
same quotation carried by several articles kept once with all its sources. Pressure is grouped by
source and target, with how many articles report it and when. The story's summary ranks the
articles' own best sentences together, near-repeats across articles shown once.

Every offset indexes into its own article's text: `articles[occurrence.article].text`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.actors import Actor
from briefing.briefing import Briefing
from briefing.dates import article_date

SUMMARY_POOL = 5  # each article's best sentences that compete for the story's summary
SUMMARY_LENGTH = 6
_WORD = re.compile(r"[\w']+")


@dataclass(frozen=True)
class StoryArticle:
    path: str
    sha256: str
    title: str | None
    date: str | None  # ISO date, from the dateline or the text
    source: str | None  # byline or site
    briefing: Briefing

    @property
    def text(self) -> str:
        return self.briefing.article.text


@dataclass(frozen=True)
class Appearance:
    article: int
    mentions: int
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class StoryActor:
    name: str
    kind: str
    roles: tuple[str, ...]
    aliases: tuple[str, ...]
    appearances: tuple[Appearance, ...]

    @property
    def mentions(self) -> int:
        return sum(a.mentions for a in self.appearances)


@dataclass(frozen=True)
class Occurrence:
    article: int
    start: int
    end: int


@dataclass(frozen=True)
class StoryQuote:
    speaker: str | None
    actor: str | None
    text: str
    kind: str
    occurrences: tuple[Occurrence, ...]


@dataclass(frozen=True)
class StoryPressure:
    source: str
    actor: str | None
    target: str | None
    scope: str
    kind: str
    occurrences: tuple[Occurrence, ...]
    first: str | None  # earliest and latest dates of the articles reporting it
    last: str | None


@dataclass(frozen=True)
class StorySentence:
    article: int
    text: str
    start: int
    end: int
    rank: int


@dataclass(frozen=True)
class Story:
    articles: tuple[StoryArticle, ...]
    summary: tuple[StorySentence, ...]
    actors: tuple[StoryActor, ...]
    quotes: tuple[StoryQuote, ...]
    pressure: tuple[StoryPressure, ...]

    def actor(self, name: str | None) -> StoryActor | None:
        return next((a for a in self.actors if a.name == name), None)


# ------------------------------------------------------------------------------------ actors


def _norm(name: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", name.lower().strip())


class _Merger:
    """Union-find over (article, actor): same name, or one's name is the other's alias, same kind."""

    def __init__(self, briefings: Sequence[Briefing]) -> None:
        self.items = [(i, a) for i, b in enumerate(briefings) for a in b.actors]
        self.parent = list(range(len(self.items)))
        names: dict[tuple[str, str], list[int]] = defaultdict(list)
        for k, (_, a) in enumerate(self.items):
            names[(a.kind, _norm(a.name))].append(k)
        for group in names.values():
            for k in group[1:]:
                self.join(group[0], k)
        for k, (i, a) in enumerate(self.items):
            for alias in a.aliases:
                for other in names.get((a.kind, _norm(alias)), []):
                    if self.items[other][0] != i and len(alias) > 3:
                        self.join(k, other)

    def find(self, k: int) -> int:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def join(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)

    def groups(self) -> list[list[tuple[int, Actor]]]:
        found: dict[int, list[tuple[int, Actor]]] = defaultdict(list)
        for k, item in enumerate(self.items):
            found[self.find(k)].append(item)
        return list(found.values())


def _story_actor(members: list[tuple[int, Actor]]) -> StoryActor:
    """The name most articles use (ties: the longest), every role, one appearance per article."""
    votes: dict[str, set[int]] = defaultdict(set)
    for i, a in members:
        votes[a.name].add(i)
    name = max(votes, key=lambda n: (len(votes[n]), len(n), n))
    roles = tuple(dict.fromkeys(a.role for _, a in sorted(members, key=lambda m: m[0]) if a.role))
    aliases = tuple(sorted({x for _, a in members for x in (a.name, *a.aliases)} - {name}, key=lambda x: (len(x), x)))
    per_article: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for i, a in members:
        per_article[i].extend(a.spans)
    appearances = tuple(Appearance(i, len(set(spans)), tuple(sorted(set(spans))))
                        for i, spans in sorted(per_article.items()))
    return StoryActor(name, str(members[0][1].kind), roles, aliases, appearances)


# ------------------------------------------------------------------------------------ quotes, pressure


def _same_words(a: str, b: str) -> bool:
    wa, wb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.8


def _quotes(briefings: Sequence[Briefing], story_name: dict[tuple[int, int], str]) -> tuple[StoryQuote, ...]:
    found: list[tuple[StoryQuote, list[Occurrence]]] = []
    for i, b in enumerate(briefings):
        for q in b.quotes:
            actor = story_name.get((i, q.actor_id)) if q.actor_id is not None else None
            here = Occurrence(i, q.start, q.end)
            same = next((f for f in found if f[0].actor == actor and f[0].kind == q.kind and _same_words(f[0].text, q.text)),
                        None)
            if same is not None:
                same[1].append(here)
            else:
                found.append((StoryQuote(q.speaker, actor, q.text, str(q.kind), ()), [here]))
    quotes = [StoryQuote(q.speaker, q.actor, q.text, q.kind, tuple(occ)) for q, occ in found]
    return tuple(sorted(quotes, key=lambda q: (q.actor or q.speaker or "~", q.occurrences[0].article,
                                               q.occurrences[0].start)))


def _pressure(articles: Sequence[StoryArticle], story_name: dict[tuple[int, int], str]) -> tuple[StoryPressure, ...]:
    grouped: dict[tuple[str, str | None], list[tuple[int, object]]] = defaultdict(list)
    for i, art in enumerate(articles):
        for p in art.briefing.pressure:
            actor = story_name.get((i, p.actor_id)) if p.actor_id is not None else None
            grouped[((actor or p.source).lower(), (p.target or "").lower() or None)].append((i, p))
    items = []
    for entries in grouped.values():
        i0, p0 = entries[0]
        actor = story_name.get((i0, p0.actor_id)) if p0.actor_id is not None else None
        dates = sorted(d for d in (articles[i].date for i, _ in entries) if d)
        items.append(StoryPressure(
            source=p0.source, actor=actor, target=p0.target, scope=str(p0.scope), kind=str(p0.kind),
            occurrences=tuple(Occurrence(i, p.start, p.end) for i, p in entries),
            first=dates[0] if dates else None, last=dates[-1] if dates else None))
    return tuple(sorted(items, key=lambda p: (-len({o.article for o in p.occurrences}), -len(p.occurrences))))


# ------------------------------------------------------------------------------------ summary


def _summary(articles: Sequence[StoryArticle], length: int) -> tuple[StorySentence, ...]:
    """Each article's own best sentence first (its lead, as its ranker chose it), then the pool's
    most central sentences (LexRank over the articles' top sentences); near-repeats once. Centrality
    alone favours whatever the articles repeat ("the Church of Scientology's attempts"), not what
    each one reports."""
    from briefing.analysis.summary import rank_texts

    pool = [(i, s) for i, art in enumerate(articles)
            for s in sorted(art.briefing.summary.sentences, key=lambda s: s.rank)[:SUMMARY_POOL]]
    if not pool:
        return ()
    scores = rank_texts([s.text for _, s in pool], "lexrank")
    leads = sorted((k for k, (i, s) in enumerate(pool) if s.rank == min(t.rank for j, t in pool if j == i)),
                   key=lambda k: (articles[pool[k][0]].date or "", pool[k][0]))
    central = sorted(range(len(pool)), key=lambda k: (-scores[k], pool[k][1].rank, pool[k][0]))
    order = leads + [k for k in central if k not in leads]
    chosen: list[int] = []
    for k in order:
        if len(chosen) == length:
            break
        if not any(_same_words(pool[k][1].text, pool[j][1].text) for j in chosen):
            chosen.append(k)
    rank = {k: r + 1 for r, k in enumerate(chosen)}
    return tuple(StorySentence(pool[k][0], pool[k][1].text, pool[k][1].start, pool[k][1].end, rank[k])
                 for k in sorted(chosen, key=lambda k: (articles[pool[k][0]].date or "", pool[k][0], pool[k][1].start)))


# ------------------------------------------------------------------------------------ the story


def build_story(briefings: Sequence[Briefing], summary_length: int = SUMMARY_LENGTH) -> Story:
    articles = tuple(StoryArticle(str(b.article.path or ""), b.article.sha256 or "", b.article.title,
                                  article_date(b.article), b.article.byline, b) for b in briefings)
    story_name: dict[tuple[int, int], str] = {}
    actors = []
    for members in _Merger(briefings).groups():
        actor = _story_actor(members)
        actors.append(actor)
        for i, a in members:
            story_name[(i, a.id)] = actor.name
    actors.sort(key=lambda a: (-len(a.appearances), -a.mentions, a.name))
    return Story(articles, _summary(articles, summary_length), tuple(actors), _quotes(briefings, story_name),
                 _pressure(articles, story_name))
