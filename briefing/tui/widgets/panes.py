"""The four analysis panes. Every string from the article goes in as literal Content, never markup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.content import Content

from briefing.analysis.quotes import shown
from briefing.tui.messages import FilterQuotes
from briefing.tui.widgets.hanging import Bulleted, Hanging
from briefing.tui.widgets.item_list import ItemList

if TYPE_CHECKING:
    from briefing.briefing import Briefing

KIND_ICON = {"person": "●", "organization": "■", "place": "◆", "group": "▲"}
SCOPES = ("domestic", "international", "adversary", "unknown")


def _bar(value: float, width: int = 8) -> str:
    full = round(max(0.0, min(1.0, value)) * width)
    return "█" * full + "░" * (width - full)


class SummaryPane(ItemList):
    pane_title = "Summary"

    def show(self, b: Briefing) -> None:
        items = [(Bulleted(Content.styled("› ", "$accent"), Content(s.text)), [(s.start, s.end)],
                  f"summary sentence {s.rank}") for s in b.summary.sentences]
        self.set_items(items)
        self.border_title = f"Summary · {b.summary.algorithm} · {len(items)}"


class ActorsPane(ItemList):
    pane_title = "Key actors"
    BINDINGS = [Binding("f", "filter_quotes", "Their quotes")]

    def show(self, b: Briefing) -> None:
        items = []
        for a in b.actors:
            role = f" · {a.role}" if a.role else ""
            prompt = Hanging(
                (0, Bulleted(Content.styled(f"{KIND_ICON.get(a.kind, '•')} ", "$secondary"),
                             Content.assemble((a.name, "bold"), (role, "italic")))),
                (2, Content.assemble((_bar(a.salience), "$primary"), f" {a.mentions}× · {a.kind}")),
            )
            items.append((prompt, list(a.spans), a.name))
        self.set_items(items)
        self.border_title = f"Key actors · {len(items)}"

    def action_filter_quotes(self) -> None:
        target = self.current_target()
        self.post_message(FilterQuotes(target[1] if target else None))


class QuotesPane(ItemList):
    pane_title = "Quotes"
    BINDINGS = [Binding("f", "filter_quotes", "Only this speaker")]
    speaker_filter: str | None = None

    def show(self, b: Briefing) -> None:
        self._briefing = b
        self._speakers: dict[str, str | None] = {}
        items = []
        for q in b.quotes:
            who = q.actor or q.speaker
            if self.speaker_filter and who != self.speaker_filter:
                continue
            speaker = q.speaker or "unattributed"
            if q.actor and q.actor != q.speaker:
                speaker = f"{speaker} ({q.actor})"
            body = shown(q.text, q.kind)
            prompt = Hanging(
                (0, Bulleted(Content.styled("❝ " if q.kind == "direct" else "≈ ", "$accent"),
                             Content.assemble((speaker, "bold"), (f" {q.cue}" if q.cue else "", "italic")))),
                (2, Content(body)),
            )
            self._speakers[f"item-{len(items)}"] = who
            items.append((prompt, [(q.start, q.end)], f"quote by {q.speaker or 'unknown'}"))
        self.set_items(items)
        suffix = f" · only {self.speaker_filter}" if self.speaker_filter else ""
        self.border_title = f"Quotes · {len(items)}{suffix}"

    def set_filter(self, actor: str | None) -> None:
        self.speaker_filter = actor
        if getattr(self, "_briefing", None) is not None:
            self.show(self._briefing)

    def action_filter_quotes(self) -> None:
        """Toggle: only the highlighted quote's speaker, or everyone again."""
        if self.speaker_filter:
            self.set_filter(None)
        elif self.highlighted is not None:
            option = self.get_option_at_index(self.highlighted)
            self.set_filter(self._speakers.get(option.id or ""))


class PressurePane(ItemList):
    pane_title = "Pressure sources"

    def show(self, b: Briefing) -> None:
        items: list = []
        counts = []
        for scope in SCOPES:
            group = [p for p in b.pressure if p.scope == scope]
            if not group:
                continue
            counts.append(f"{len(group)} {scope}")
            items.append(Content.styled(scope.upper(), "bold $secondary"))
            for p in group:
                target = f" → {p.target}" if p.target else ""
                prompt = Hanging(
                    (2, Content.assemble((p.actor or p.source, "bold"), target, (f"  [{p.kind}]", "$accent"))),
                    (4, Content.styled(p.description, "dim")),
                )
                items.append((prompt, list(p.evidence or [(p.start, p.end)]), f"pressure from {p.source}"))
        self.set_items(items)
        self.border_title = "Pressure · " + (" · ".join(counts) if counts else "none found")
