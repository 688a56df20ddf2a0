"""A story as JSON (schema `story/1`) or as a Markdown report a person could paste.

Every `article` is an index into `articles`; every offset indexes into that article's `text`.
"""

from __future__ import annotations

import json
from typing import Any

from briefing.analysis.quotes import shown
from briefing.export import md_escape
from briefing.story import Story

SCHEMA = "story/1"


def _occ(occurrences) -> list[dict[str, int]]:  # noqa: ANN001
    return [{"article": o.article, "start": o.start, "end": o.end} for o in occurrences]


def to_dict(story: Story) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "articles": [{"path": a.path, "sha256": a.sha256, "title": a.title, "date": a.date, "source": a.source,
                      "text": a.text} for a in story.articles],
        "summary": {"sentences": [{"article": s.article, "text": s.text, "start": s.start, "end": s.end,
                                   "rank": s.rank} for s in story.summary]},
        "actors": [{"name": a.name, "kind": a.kind, "roles": list(a.roles), "aliases": list(a.aliases),
                    "mentions": a.mentions,
                    "appearances": [{"article": p.article, "mentions": p.mentions, "spans": [list(s) for s in p.spans]}
                                    for p in a.appearances]} for a in story.actors],
        "quotes": [{"speaker": q.speaker, "actor": q.actor, "text": q.text, "kind": q.kind,
                    "occurrences": _occ(q.occurrences)} for q in story.quotes],
        "pressure": [{"source": p.source, "actor": p.actor, "target": p.target, "scope": p.scope, "kind": p.kind,
                      "articles": len({o.article for o in p.occurrences}), "first": p.first, "last": p.last,
                      "occurrences": _occ(p.occurrences)} for p in story.pressure],
    }


def to_json(story: Story) -> str:
    return json.dumps(to_dict(story), ensure_ascii=False, indent=2) + "\n"


def to_markdown(story: Story, top_actors: int = 15) -> str:
    arts = story.articles
    lines = [f"# Story: {md_escape(arts[0].title or 'untitled')}" + (f" and {len(arts) - 1} more" if len(arts) > 1 else ""),
             "", "## Coverage", "", "| # | Date | Headline | Source | Actors | Quotes | Pressure |", "|---|---|---|---|---|---|---|"]
    for i, a in enumerate(arts, 1):
        b = a.briefing
        lines.append(f"| {i} | {a.date or ''} | {md_escape(a.title or a.path)} | {md_escape(a.source or '')} | "
                     f"{len(b.actors)} | {len(b.quotes)} | {len(b.pressure)} |")
    lines += ["", "## Summary", ""]
    lines += [f"- {md_escape(s.text)} *[{s.article + 1}]*" for s in story.summary]
    lines += ["", "## Key actors across the story", "", "| Actor | Kind | Roles | Articles | Mentions |",
              "|---|---|---|---|---|"]
    for a in story.actors[:top_actors]:
        lines.append(f"| {md_escape(a.name)} | {a.kind} | {md_escape('; '.join(a.roles))} | "
                     f"{', '.join(str(p.article + 1) for p in a.appearances)} | {a.mentions} |")
    lines += ["", "## Quotes by speaker", ""]
    for q in story.quotes:
        where = ", ".join(str(o.article + 1) for o in q.occurrences)
        words = shown(q.text, q.kind)
        lines.append(f"- **{md_escape(q.actor or q.speaker or 'unattributed')}**: {md_escape(words)} *[{where}]*")
    lines += ["", "## Pressure across the story", "", "| Source | Target | Kind | Scope | Articles | First | Last |",
              "|---|---|---|---|---|---|---|"]
    for p in story.pressure:
        lines.append(f"| {md_escape(p.actor or p.source)} | {md_escape(p.target or '')} | {p.kind} | {p.scope} | "
                     f"{len({o.article for o in p.occurrences})} | {p.first or ''} | {p.last or ''} |")
    return "\n".join(lines) + "\n"


def render(story: Story, fmt: str) -> str:
    if fmt == "json":
        return to_json(story)
    if fmt in ("md", "markdown"):
        return to_markdown(story)
    raise ValueError(f"unknown format {fmt!r}; use json or md")
