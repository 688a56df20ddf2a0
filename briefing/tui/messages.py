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


class Progress(Message):
    """A worker's progress, posted without waiting for the screen to catch up."""

    def __init__(self, job: object, text: str, fraction: float) -> None:
        super().__init__()
        self.job = job  # the worker reporting; stale reports are dropped
        self.text = text
        self.fraction = fraction


class ArticleLoaded(Message):
    """A file was read: its text can be shown before any analysis."""

    def __init__(self, job: object, article: object, path: object) -> None:
        super().__init__()
        self.job = job
        self.article = article
        self.path = path


class StoryArticleDone(Message):
    """One article of a story is briefed (or failed, with its one-line reason)."""

    def __init__(self, path: str, briefing: object | None, reason: str | None) -> None:
        super().__init__()
        self.path = path
        self.briefing = briefing
        self.reason = reason


class OpenEvidence(Message):
    """Open article `article` of the story at these spans, highlighted."""

    def __init__(self, article: int, spans: list[tuple[int, int]], label: str) -> None:
        super().__init__()
        self.article = article
        self.spans = spans
        self.label = label
