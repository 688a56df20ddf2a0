"""The dashboard: one article and its briefing, the article beside four panes (tabs when narrow).

The screen owns its layout and holds the `article` and its `briefing` as reactives; the panes and
the article view are data-bound to them and redraw themselves when either changes. The article
arrives first (loading a file needs no model), so the reader has the text while the panes say
they are analysing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal
from textual.content import Content
from textual.css.query import NoMatches
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Header, ProgressBar, Static, Tab, Tabs

from briefing.tui.keymap import DASHBOARD, PANES, bindings
from briefing.tui.messages import FilterQuotes, JumpTo
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.footer import BriefingFooter
from briefing.tui.widgets.item_list import ItemList
from briefing.tui.widgets.panes import ActorsPane, PressurePane, QuotesPane, SummaryPane

if TYPE_CHECKING:
    from briefing.article import Article
    from briefing.briefing import Briefing

NARROW_BELOW = 120


class DashboardScreen(Screen[None]):
    AUTO_FOCUS = "#summary"  # focused from the first frame: no focus hop (and restyle) before the paint
    BINDINGS = bindings(DASHBOARD)
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW_BELOW, "-wide")]

    article: reactive[Article | None] = reactive(None, init=False, always_update=True)
    briefing: reactive[Briefing | None] = reactive(None, init=False, always_update=True)

    def __init__(self, article: Article | None = None, path: Path | None = None, id: str | None = "dashboard") -> None:
        super().__init__(id=id)
        self.active_pane = "summary"
        self.current_path: Path | None = path
        self._first_article = article  # shown in the first frame
        self._status: tuple[str, float | None] = ("Starting…", None)

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with Horizontal(id="status-row"):
            yield Static(Content("Starting…"), id="status")
            yield ProgressBar(total=1.0, show_eta=False, show_percentage=False, id="progress")
        yield Tabs(*[Tab(name.capitalize(), id=f"tab-{name}") for name in PANES], id="tabs")
        with Horizontal(id="main"):
            yield ArticleView(id="article").data_bind(DashboardScreen.article)
            with Container(id="grid"):
                for pane, name in ((SummaryPane, "summary"), (ActorsPane, "actors"), (QuotesPane, "quotes"),
                                   (PressurePane, "pressure")):
                    yield pane(id=name).data_bind(DashboardScreen.article, DashboardScreen.briefing)
        yield BriefingFooter()

    def on_mount(self) -> None:
        self._show_pane(self.active_pane)
        self.set_status(*self._status)
        if self._first_article is not None:
            self.article = self._first_article

    def watch_article(self, article: Article | None) -> None:
        if article is not None:
            self.app.title = article.title or (self.current_path.name if self.current_path else "briefing")

    # ------------------------------------------------------------------------------ status

    def set_status(self, text: str, busy: float | None = None) -> None:
        """The status row says what is happening; the header carries a one-word state."""
        self._status = (text, busy)
        if not self.is_mounted:
            return  # shown when the screen mounts
        try:
            status, bar = self.query_one("#status", Static), self.query_one(ProgressBar)
        except NoMatches:
            return  # a worker's progress arriving while the app closes and the screen loses its widgets
        status.update(Content(text))
        source = self.current_path.name if self.current_path else "no article"
        state = "working…" if busy is not None else ("ready" if self.briefing else "idle")
        self.sub_title = f"{source} · {state}"
        bar.set_class(busy is not None, "-busy")
        if busy is not None:
            bar.update(progress=busy)

    def ready_text(self) -> str:
        if self.briefing is None:
            return ""
        b = self.briefing
        return (f"Analysed · {len(b.article.paragraphs)} paragraphs · {len(b.actors)} actors · "
                f"{len(b.quotes)} quotes · {len(b.pressure)} pressure items · {b.model}")

    # ------------------------------------------------------------------------------ panes

    def _show_pane(self, name: str) -> None:
        self.active_pane = name
        for pane in PANES:
            self.query_one(f"#{pane}").set_class(pane == name, "-active")
        tabs = self.query_one(Tabs)
        if tabs.active != f"tab-{name}":
            tabs.active = f"tab-{name}"

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        name = (event.tab.id or "tab-summary").removeprefix("tab-")
        if name != self.active_pane:
            self._show_pane(name)
            self.query_one(f"#{name}").focus()

    def on_jump_to(self, message: JumpTo) -> None:
        self.query_one(ArticleView).highlight(message.spans, message.label, message.index)
        if self.has_class("-narrow"):  # the article is a tab of its own: bring it forward
            self.action_focus_pane("article")

    def on_filter_quotes(self, message: FilterQuotes) -> None:
        pane = self.query_one(QuotesPane)
        pane.set_filter(message.actor if pane.speaker_filter != message.actor else None)
        self.action_focus_pane("quotes")

    def action_focus_pane(self, name: str) -> None:
        self._show_pane(name)
        self.query_one(f"#{name}").focus()

    def action_next_pane(self, delta: int) -> None:
        focused = self.focused
        current = focused.id if focused is not None and focused.id in PANES else self.active_pane
        self.action_focus_pane(PANES[(PANES.index(current) + delta) % len(PANES)])

    def action_step(self, delta: int) -> None:
        self.query_one(ArticleView).step(delta)

    def action_clear_highlight(self) -> None:
        self.query_one(ArticleView).clear()

    # ------------------------------------------------------------------------------ summary

    def action_cycle_summary(self) -> None:
        from briefing.analysis.summary import ALGORITHMS

        if self.briefing is not None:
            current = self.briefing.summary.algorithm
            self.app.resummarise(ALGORITHMS[(ALGORITHMS.index(current) + 1) % len(ALGORITHMS)], None)

    def action_summary_length(self, delta: int) -> None:
        if self.briefing is not None:
            self.app.resummarise(None, max(1, len(self.briefing.summary.sentences) + delta))

    # ------------------------------------------------------------------------------ search, copy, export

    def action_search(self) -> None:
        if self.article is None:
            return

        def found(query: str | None) -> None:
            if not query or self.article is None:
                return
            text = self.article.text
            spans = [(m.start(), m.end()) for m in re.finditer(re.escape(query), text, re.IGNORECASE)]
            if not spans:
                self.notify(f"Not found: {query}", severity="warning")
                return
            self.query_one(ArticleView).highlight(spans, f"“{query}”")
            self.action_focus_pane("article")

        from briefing.tui.screens.export import SearchScreen

        self.app.push_screen(SearchScreen(), found)

    def action_copy(self) -> None:
        focused = self.focused
        if isinstance(focused, ItemList) and focused.highlighted is not None:
            prompt = focused.get_option_at_index(focused.highlighted).prompt
            self.app.copy_to_clipboard(getattr(prompt, "plain", None) or str(prompt))
            self.notify("Copied the item.", timeout=2)
        else:
            self.action_copy_briefing()

    def action_copy_briefing(self) -> None:
        from briefing.export import to_markdown

        if self.briefing is not None:
            self.app.copy_to_clipboard(to_markdown(self.briefing))
            self.notify("Copied the briefing as Markdown.", timeout=2)

    def action_export(self) -> None:
        if self.briefing is None:
            self.notify("Open an article first.", severity="warning")
            return
        from briefing.tui.screens.export import ask_and_export

        stem = self.current_path.stem if self.current_path else "briefing"
        ask_and_export(self.app, self.briefing, Path.cwd() / f"{stem}-briefing.md")


class ArticleScreen(DashboardScreen):
    """One article of a story, opened at an item's evidence; `escape` goes back to the story."""

    BINDINGS = [Binding("escape", "app.pop_screen", "Back to the story")]

    def __init__(self, briefing: Briefing, path: Path, spans: list[tuple[int, int]], label: str) -> None:
        super().__init__(briefing.article, path, id=None)
        self._first_briefing = briefing
        self._evidence = (spans, label)

    def on_mount(self) -> None:
        self.briefing = self._first_briefing
        self._status = (self.ready_text(), None)  # shown as the screen mounts
        super().on_mount()
        spans, label = self._evidence
        if spans:
            self.call_after_refresh(self.query_one(ArticleView).highlight, spans, label)
