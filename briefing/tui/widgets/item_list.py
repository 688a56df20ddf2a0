"""A pane's list: options that each point at spans of the article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.content import Content
from textual.reactive import reactive
from textual.visual import VisualType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.tui.messages import JumpTo

if TYPE_CHECKING:
    from briefing.article import Article
    from briefing.briefing import Briefing

Spans = list[tuple[int, int]]


class ItemList(OptionList):
    """Enter (or a click) on an item asks the app to show its evidence in the article."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]
    pane_title = "Items"
    # Bound to the dashboard's: a new article clears the pane until its briefing arrives.
    article: reactive[Article | None] = reactive(None, init=False, always_update=True)
    briefing: reactive[Briefing | None] = reactive(None, init=False, always_update=True)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="pane")
        self._targets: dict[str, tuple[Spans, str]] = {}
        self.border_title = self.pane_title

    def watch_article(self, article: Article | None) -> None:
        if article is not None and (self.briefing is None or self.briefing.article is not article):
            self.set_items([Content.styled("Analysing…", "italic $text-muted")])
            self.border_title = f"{self.pane_title} · analysing…"

    def watch_briefing(self, briefing: Briefing | None) -> None:
        if briefing is not None:
            self.show(briefing)

    def show(self, b: Briefing) -> None:  # pragma: no cover - every pane has its own
        raise NotImplementedError

    def set_items(self, items: list[tuple[VisualType, Spans, str] | Content]) -> None:
        """Replace the items; a bare Content is a heading that cannot be selected."""
        self._targets.clear()
        options = []
        for n, item in enumerate(items):
            if isinstance(item, Content):
                options.append(Option(item, disabled=True))
                continue
            prompt, spans, label = item
            key = f"item-{n}"
            self._targets[key] = (spans, label)
            options.append(Option(prompt, id=key))
        self.clear_options()
        self.add_options(options)
        first = next((i for i, o in enumerate(options) if not o.disabled), None)
        self.highlighted = first

    def current_target(self) -> tuple[Spans, str] | None:
        if self.highlighted is None:
            return None
        option = self.get_option_at_index(self.highlighted)
        return self._targets.get(option.id or "")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        target = self._targets.get(event.option.id or "")
        if target:
            self.post_message(JumpTo(target[0], target[1]))
