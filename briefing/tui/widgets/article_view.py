"""The article itself, one block per paragraph, with highlighted evidence.

Text is always literal Content: markup or escapes in an article are shown as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

if TYPE_CHECKING:
    from briefing.article import Article, Block

HIGHLIGHT = "reverse $accent"
OTHER = "underline $accent"


class ArticleView(VerticalScroll):
    """Scrolls to and highlights spans; `n`/`N` step through them."""

    can_focus = True

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="pane")
        self.border_title = "Article"
        self.article: Article | None = None
        self.spans: list[tuple[int, int]] = []
        self.index = 0
        self.label = ""

    def show(self, article: Article) -> None:
        self.article = article
        self.spans, self.index, self.label = [], 0, ""
        self.remove_children()
        widgets = [Static(Content(block.text), classes=f"block {block.kind}") for block in article.blocks]
        self.mount_all(widgets)
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
        self._render_blocks()

    def step(self, delta: int) -> None:
        if self.spans:
            self.index = (self.index + delta) % len(self.spans)
            self._render_blocks()

    def clear(self) -> None:
        self.spans, self.index, self.label = [], 0, ""
        self._render_blocks()

    def _render_blocks(self) -> None:
        assert self.article is not None
        statics = list(self.query(".block").results(Static))
        current = self.current
        target = None
        for block, static in zip(self.article.blocks, statics, strict=False):
            static.update(self._styled(block, current))
            if current and block.start <= current[0] < block.end + 1:
                target = static
        if target is not None:  # after the restyled blocks are laid out again
            self.call_after_refresh(self.scroll_to_center, target, animate=False)
        count = f" · {self.index + 1}/{len(self.spans)} {self.label}" if self.spans else ""
        self.border_title = f"Article{count}"

    def _styled(self, block: Block, current: tuple[int, int] | None) -> Content:
        content = Content(block.text)
        for start, end in self.spans:
            s, e = max(start, block.start), min(end, block.end)
            if s < e:
                style = HIGHLIGHT if (start, end) == current else OTHER
                content = content.stylize(style, s - block.start, e - block.start)
        return content
