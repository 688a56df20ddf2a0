"""A `Briefing` as the JSON contract ("briefing/1") or as Markdown a person can paste into a report.

Writes go to a temporary file in the target folder and are renamed into place, so an error or a
full disk never leaves half a file behind.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from briefing.analysis.quotes import shown
from briefing.briefing import Briefing

SCHEMA = "briefing/1"


def to_dict(b: Briefing) -> dict[str, Any]:
    a = b.article
    return {
        "schema": SCHEMA,
        "source": {"path": str(a.path) if a.path else None, "format": a.format, "sha256": a.sha256},
        "title": a.title,
        "subtitle": a.subtitle,
        "byline": a.byline,
        "text": a.text,
        "summary": {
            "algorithm": b.summary.algorithm,
            "sentences": [{"text": s.text, "start": s.start, "end": s.end, "rank": s.rank}
                          for s in b.summary.sentences],
        },
        "actors": [{"name": x.name, "kind": x.kind, "role": x.role, "aliases": list(x.aliases),
                    "mentions": x.mentions, "salience": x.salience, "spans": [list(s) for s in x.spans]}
                   for x in b.actors],
        "quotes": [{"text": q.text, "kind": q.kind, "speaker": q.speaker, "actor": q.actor, "cue": q.cue,
                    "start": q.start, "end": q.end} for q in b.quotes],
        "pressure": [{"source": p.source, "actor": p.actor, "target": p.target, "scope": p.scope,
                      "kind": p.kind, "description": p.description, "start": p.start, "end": p.end}
                     for p in b.pressure],
    }


def to_json(b: Briefing) -> str:
    return json.dumps(to_dict(b), ensure_ascii=False, indent=2) + "\n"


def md_escape(text: str) -> str:
    """Article text is data: keep Markdown from reading it as markup."""
    out = text.replace("\\", "\\\\")
    for ch in "`*_[]<>#|":
        out = out.replace(ch, "\\" + ch)
    return out


def to_markdown(b: Briefing, top_actors: int = 12) -> str:
    a = b.article
    lines = [f"# {md_escape(a.title or (a.path.name if a.path else 'Briefing'))}", ""]
    if a.subtitle:
        lines += [f"*{md_escape(a.subtitle)}*", ""]
    meta = [x for x in (a.dateline, a.byline) if x]
    if meta:
        lines += [md_escape(" · ".join(meta)), ""]
    lines += [f"## Summary ({b.summary.algorithm}, {len(b.summary.sentences)} sentences)", ""]
    lines += [f"- {md_escape(s.text)}" for s in b.summary.sentences] or ["- (nothing to summarise)"]
    lines += ["", "## Key actors", "", "| Actor | Kind | Role | Mentions |", "|---|---|---|---|"]
    for x in b.actors[:top_actors]:
        lines.append(f"| {md_escape(x.name)} | {x.kind} | {md_escape(x.role or '')} | {x.mentions} |")
    lines += ["", "## Quotes", ""]
    for q in b.quotes:
        who = q.speaker or q.actor or "unattributed"
        if q.actor and q.speaker and q.actor != q.speaker:
            who = f"{q.speaker} ({q.actor})"
        who = md_escape(who)
        text = md_escape(shown(q.text, q.kind))
        lines.append(f"- **{who}**: {text}")
    if not b.quotes:
        lines.append("- (no quotes found)")
    lines += ["", "## Pressure sources", ""]
    for scope in ("domestic", "international", "adversary", "unknown"):
        items = [p for p in b.pressure if p.scope == scope]
        if not items:
            continue
        lines += [f"### {scope.capitalize()}", ""]
        for p in items:
            target = f" → {md_escape(p.target)}" if p.target else ""
            lines.append(f"- **{md_escape(p.actor or p.source)}**{target} ({p.kind}): "
                         f"{md_escape(a.text[p.start:p.end])}")
        lines.append("")
    if not b.pressure:
        lines += ["- (no pressure found)", ""]
    return "\n".join(lines).rstrip() + "\n"


def to_json_line(b: Briefing) -> str:
    """One briefing on one line, for a JSON Lines archive (`--format jsonl`)."""
    return json.dumps(to_dict(b), ensure_ascii=False, separators=(",", ":")) + "\n"


def render(b: Briefing, fmt: str) -> str:
    if fmt == "json":
        return to_json(b)
    if fmt == "jsonl":
        return to_json_line(b)
    if fmt in ("md", "markdown"):
        return to_markdown(b)
    raise ValueError(f"unknown format {fmt!r}; use json or md")


def write_atomic(path: Path, content: str, overwrite: bool = False) -> None:
    """Write via a temporary file and rename; refuse to replace a file unless told to."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise FileExistsError(f"{path} already exists")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
