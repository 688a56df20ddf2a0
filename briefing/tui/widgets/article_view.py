"""The article itself, a block per paragraph, with highlighted evidence.

Text is always literal Content: markup or escapes in an article are shown as written.

A widget per paragraph is what lets a highlight restyle one paragraph and the view centre on it,
but every layout pass visits every widget: with a 1 MB article (3,700 paragraphs) each pass took
0.3 s and each garbage-collector pass over their objects 0.2 s, so keys lagged. Long articles are
therefore shown as at most `MAX_WIDGETS` widgets, each holding a run of consecutive paragraphs
of one kind, and a highlight is centred by its line inside its widget.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.reactive import reactive
from textual.widgets import Static

if TYPE_CHECKING:
    from briefing.article import Article

HIGHLIGHT = "reverse $accent"
OTHER = "underline $accent"
MAX_WIDGETS = 200


@dataclass(frozen=True)
class _Run:
    """Consecutive blocks of one kind shown by one widget, as offsets into the article text."""

    first: int  # block indices, inclusive
    last: int
    start: int
    end: int
    kind: str


def _runs(article: Article, limit: int = MAX_WIDGETS) -> list[_Run]:
    blocks = article.blocks
    size = max(1, -(-len(blocks) // limit))  # ceiling division: one block per widget when few
    runs: list[_Run] = []
    first = 0
    for i, block in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is None or nxt.kind != block.kind or i + 1 - first >= size:
            runs.append(_Run(first, i, blocks[first].start, block.end, blocks[first].kind))
            first = i + 1
    return runs


class ArticleView(VerticalScroll):
    """Scrolls to and highlights spans; `n`/`N` step through them."""

    can_focus = True
    article: reactive[Article | None] = reactive(None, init=False, always_update=True)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="pane")
        self.border_title = "Article"
        self.spans: list[tuple[int, int]] = []
        self.index = 0
        self.label = ""
        self._runs: list[_Run] = []
        self._run_starts: list[int] = []
        self._styled_runs: set[int] = set()  # widgets drawn with a highlight now

    def watch_article(self, article: Article | None) -> None:
        if article is not None:
            self.show(article)

    def show(self, article: Article) -> None:
        """Mount the text: a widget per run of paragraphs, every string literal."""
        self.set_reactive(ArticleView.article, article)
        self.spans, self.index, self.label = [], 0, ""
        self._runs = _runs(article)
        self._run_starts = [run.start for run in self._runs]
        self._styled_runs = set()
        self.remove_children()
        self.mount_all([Static(Content(article.text[run.start:run.end]), classes=f"block {run.kind}")
                        for run in self._runs])
        self.border_title = f"Article · {len(article.paragraphs)} paragraphs"
        self.scroll_home(animate=False)

    @property
    def current(self) -> tuple[int, int] | None:
        return self.spans[self.index] if self.spans else None

    @property
    def selected_text(self) -> str | None:
        """What is highlighted now, exactly as it stands in the article."""
        if self.article is None or self.current is None:
            return None
        start, end = self.current
        return self.article.text[start:end]

    def highlight(self, spans: list[tuple[int, int]], label: str = "", index: int = 0) -> None:
        if self.article is None:
            return
        self.spans = sorted(s for s in spans if 0 <= s[0] < s[1] <= len(self.article.text))
        self.index = min(index, max(0, len(self.spans) - 1))
        self.label = label
        self._render_runs()

    def step(self, delta: int) -> None:
        if self.spans:
            self.index = (self.index + delta) % len(self.spans)
            self._render_runs()

    def clear(self) -> None:
        self.spans, self.index, self.label = [], 0, ""
        self._render_runs()

    def _run_at(self, offset: int) -> int:
        return max(0, bisect_right(self._run_starts, offset) - 1)

    def _render_runs(self) -> None:
        """Restyle only the widgets whose highlights change: each update lays the view out again."""
        assert self.article is not None
        statics = list(self.query(".block").results(Static))
        touched = {i for start, end in self.spans for i in range(self._run_at(start), self._run_at(end - 1) + 1)}
        current = self.current
        for i in sorted(touched | self._styled_runs):
            if i < len(statics):
                statics[i].update(self._styled(self._runs[i], current))
        self._styled_runs = touched
        if current:
            i = self._run_at(current[0])
            if i < len(statics):  # after the restyled widgets are laid out again
                self.call_after_refresh(self._centre, statics[i], self._runs[i], current[0])
        count = f" · {self.index + 1}/{len(self.spans)} {self.label}" if self.spans else ""
        self.border_title = f"Article{count}"

    def _centre(self, static: Static, run: _Run, offset: int) -> None:
        if run.first == run.last:
            self.scroll_to_center(static, animate=False)
            return
        assert self.article is not None
        width = max(1, static.content_region.width)
        line = len(Content(self.article.text[run.start:offset] + "x").wrap(width)) - 1
        top = static.virtual_region.y + static.styles.padding.top
        self.scroll_to_region(Region(0, top + line, 1, 1), center=True, animate=False)

    def _styled(self, run: _Run, current: tuple[int, int] | None) -> Content:
        assert self.article is not None
        content = Content(self.article.text[run.start:run.end])
        for start, end in self.spans:
            s, e = max(start, run.start), min(end, run.end)
            if s < e:
                style = HIGHLIGHT if (start, end) == current else OTHER
                content = content.stylize(style, s - run.start, e - run.start)
        return content
