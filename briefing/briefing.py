"""One article, one parse, four analyses: the `Briefing` every view and export is made from."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from briefing.article import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from briefing.analysis.actors import Actor
    from briefing.analysis.pressure import Pressure
    from briefing.analysis.quotes import Quote
    from briefing.analysis.summary import Summary


@dataclass
class Briefing:
    article: Article
    summary: Summary
    actors: list[Actor]
    quotes: list[Quote]
    pressure: list[Pressure]
    model: str = ""
    timings: dict[str, float] = field(default_factory=dict)
    doc: Doc | None = field(default=None, repr=False, compare=False)
    english: bool = True  # False: the analyses, tuned for English news, may not hold

    def actor(self, name: str | None) -> Actor | None:
        return next((a for a in self.actors if a.name == name), None)

    def with_summary(self, algorithm: str, length: str | int | None) -> Briefing:
        """The same briefing re-summarised: no new parse, so the app can change it live."""
        from briefing.analysis.summary import summarize

        if self.doc is None:
            raise ValueError("this briefing kept no parse to re-summarise")
        summary = summarize(self.article, self.doc, self.actors, algorithm=algorithm, length=length)
        return replace(self, summary=summary, timings=dict(self.timings))


Progress = Callable[[str, float], None]


def analyze(article: Article, nlp: Language | None = None, *, algorithm: str | None = None,
            length: str | int | None = None, progress: Progress | None = None, doc: Doc | None = None,
            keep_doc: bool = True, processes: int = 1) -> Briefing:
    """Parse once (a long article over `processes` worker processes), run every analysis over that
    parse, and time each stage."""
    from briefing.analysis.actors import by_salience, extract_actors
    from briefing.analysis.language import looks_english
    from briefing.analysis.pressure import extract_pressure
    from briefing.analysis.quotes import extract_quotes
    from briefing.analysis.summary import DEFAULT_ALGORITHM, summarize
    from briefing.nlp import load_model, parse

    report = progress or (lambda stage, fraction: None)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    if nlp is None:
        report("loading model", 0.0)
        nlp = load_model()
        timings["model"] = time.perf_counter() - t0
    if doc is None:
        t = time.perf_counter()
        doc = parse(nlp, article, progress=lambda done, total: report(
            f"parsing, {done} of {total} pieces" if total > 1 else "parsing", 0.8 * done / total),
            processes=processes)
        timings["parse"] = time.perf_counter() - t
    stages = []

    def stage(name: str, fraction: float) -> None:
        stages.append((name, time.perf_counter()))
        report(name, fraction)

    stage("actors", 0.82)
    actors = extract_actors(article, doc)
    stage("quotes", 0.88)
    quotes = extract_quotes(article, doc, actors)
    stage("pressure", 0.93)
    pressure = extract_pressure(article, doc, actors, quotes)
    # salience, once: speaking and pressing make an actor more central
    actors = by_salience(article, actors, (q.actor_id for q in quotes), (p.actor_id for p in pressure))
    stage("summary", 0.96)
    summary = summarize(article, doc, actors, algorithm=algorithm or DEFAULT_ALGORITHM, length=length)
    stage("done", 1.0)
    for (name, start), (_, end) in zip(stages, stages[1:], strict=False):
        timings[name] = end - start
    timings["total"] = time.perf_counter() - t0
    meta = getattr(nlp, "meta", {}) or {}
    model = f"{meta.get('lang', 'en')}_{meta.get('name', '')}-{meta.get('version', '')}"
    return Briefing(article, summary, actors, quotes, pressure, model, timings, doc if keep_doc else None,
                    english=looks_english(article.text))
