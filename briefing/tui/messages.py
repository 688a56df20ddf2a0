"""Every custom message the dashboard's widgets send each other."""

from __future__ import annotations

from textual.message import Message


class JumpTo(Message):
    """Show these spans of the article, highlighted, starting with `index`."""

    def __init__(self, spans: list[tuple[int, int]], label: str, index: int = 0) -> None:
        super().__init__()
        self.spans = spans
        self.label = label
        self.index = index


class FilterQuotes(Message):
    """Show only this actor's quotes (None: all)."""

    def __init__(self, actor: str | None) -> None:
        super().__init__()
        self.actor = actor
