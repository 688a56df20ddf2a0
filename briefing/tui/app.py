"""The dashboard application: layout, key bindings, workers, and wiring between the panes.

spaCy is never imported on the UI thread: the model loads and articles are analysed in thread
workers, so the window paints at once and stays responsive.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal
from textual.content import Content
from textual.widgets import Header, ProgressBar, Static, Tab, Tabs
from textual.worker import get_current_worker

from briefing.tui.commands import BriefingCommands
from briefing.tui.config import Config
from briefing.tui.messages import FilterQuotes, JumpTo, Progress
from briefing.tui.textual_fixes import apply as apply_textual_fixes
from briefing.tui.themes import load_themes
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.footer import BriefingFooter
from briefing.tui.widgets.item_list import ItemList
from briefing.tui.widgets.panes import ActorsPane, PressurePane, QuotesPane, SummaryPane

# Screens (picker, help, search, export) are imported when first opened: the first paint is timed
# against the model load, and their widgets (inputs, directory trees) cost ~30 ms to import.
if TYPE_CHECKING:
    from briefing.briefing import Briefing

apply_textual_fixes()

PANES = ("summary", "actors", "quotes", "pressure", "article")
PANE_TITLES = {name: name.capitalize() for name in PANES}
NARROW_BELOW = 120
DEFAULT_THEME = "nightdesk"


class BriefingApp(App[None]):
    CSS_PATH = "app.tcss"
    AUTO_FOCUS = "#summary"  # focused from the first frame: no focus hop (and restyle) before the paint
    TITLE = "briefing"
    COMMANDS = App.COMMANDS | {BriefingCommands}
    BINDINGS = [
        Binding("tab", "next_pane(1)", "Next pane", show=False),
        Binding("shift+tab", "next_pane(-1)", "Previous pane", show=False),
        *[Binding(str(n), f"focus_pane('{name}')", PANE_TITLES[name], show=False)
          for n, name in enumerate(PANES, start=1)],
        Binding("n", "step(1)", "Next hit"),
        Binding("N", "step(-1)", "Prev hit", show=False),
        Binding("escape", "clear_highlight", "Clear", show=False),
        Binding("o,ctrl+o", "open_picker", "Open"),
        Binding("s", "cycle_summary", "Ranker"),
        Binding("plus,equals_sign", "summary_length(1)", "Longer", show=False),
        Binding("minus", "summary_length(-1)", "Shorter", show=False),
        Binding("slash", "search", "Search"),
        Binding("c", "copy", "Copy"),
        Binding("e", "export", "Export"),
        Binding("t", "change_theme", "Theme"),
        Binding("question_mark", "help", "Help"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(self, path: Path | None = None, model: str | None = None, config_dir: Path | None = None) -> None:
        super().__init__()
        self.start_path = path
        self.model_name = model
        self.config_dir = config_dir
        self.config = Config.load(config_dir)
        self.briefing: Briefing | None = None
        self.current_path: Path | None = None
        self.model_ready = False
        self.algorithm: str | None = None
        self.summary_length: int | None = None
        self.active_pane = "summary"
        self._reporting: object = None  # the analysis worker whose progress the status row shows
        # Themes are chosen before the first paint: set in on_mount, a theme re-parses and re-applies
        # the whole stylesheet (~50 ms) between the window's first frame and the briefing.
        themes, self._theme_problems = load_themes(None if config_dir is None else config_dir / "themes")
        for theme in themes:
            self.register_theme(theme)
        wanted = self.config.theme if self.config.theme in self.available_themes else DEFAULT_THEME
        if wanted in self.available_themes:
            self.theme = wanted

    # ------------------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with Horizontal(id="status-row"):
            yield Static(Content("Starting…"), id="status")
            yield ProgressBar(total=1.0, show_eta=False, show_percentage=False, id="progress")
        yield Tabs(*[Tab(PANE_TITLES[p], id=f"tab-{p}") for p in PANES], id="tabs")
        with Horizontal(id="main"):
            yield ArticleView(id="article")
            with Container(id="grid"):
                yield SummaryPane(id="summary")
                yield ActorsPane(id="actors")
                yield QuotesPane(id="quotes")
                yield PressurePane(id="pressure")
        yield BriefingFooter()

    def on_mount(self) -> None:
        for problem in self._theme_problems + ([self.config.problem] if self.config.problem else []):
            self.notify(problem, severity="warning", timeout=8)
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self._layout_for(self.size.width)
        self.set_status("Loading the language model…", busy=0.05)
        # Start work after the first frame: importing spaCy competes with the paint for the GIL.
        self.call_after_refresh(self._start)

    def _start(self) -> None:
        self.load_model()
        start = self.start_path
        if start is None or start.is_dir():
            self.action_open_picker(start or Path.cwd())
        else:
            self.open_article(start)

    def on_resize(self, event) -> None:  # noqa: ANN001 - textual.events.Resize
        self._layout_for(event.size.width)

    def _layout_for(self, width: int) -> None:
        narrow = width < NARROW_BELOW
        self.screen.set_class(narrow, "-narrow")
        self._show_pane(self.active_pane)

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

    def set_status(self, text: str, busy: float | None = None) -> None:
        """The status row says what is happening; the header carries a one-word state."""
        self.query_one("#status", Static).update(Content(text))
        source = self.current_path.name if self.current_path else "no article"
        state = "working…" if busy is not None else ("ready" if self.briefing else "idle")
        self.sub_title = f"{source} · {state}"
        bar = self.query_one(ProgressBar)
        bar.set_class(busy is not None, "-busy")
        if busy is not None:
            bar.update(progress=busy)

    # ------------------------------------------------------------------------------ workers

    @work(thread=True, group="model", exit_on_error=False)
    def load_model(self) -> None:
        from briefing.nlp import ModelError, load_model

        try:
            load_model(self.model_name)
        except ModelError as exc:
            self.call_from_thread(self._failed, str(exc))
            return
        self.call_from_thread(self._model_loaded)
        from briefing.analysis.sumy_import import summarizers

        summarizers()  # while the first article is parsed, not after

    def _model_loaded(self) -> None:
        self.model_ready = True
        if self.briefing is None and not self._analysing():
            self.set_status("Model ready. Press o to open an article.")

    def _analysing(self) -> bool:
        return any(w.group == "analysis" and w.is_running for w in self.workers)

    def open_article(self, path: Path) -> None:
        """Analyse a file in a worker; a newer request cancels an older one."""
        self.set_status(f"Reading {path.name}…", busy=0.1)
        self.analyse(path)

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def analyse(self, path: Path) -> None:
        from briefing.briefing import analyze
        from briefing.load import LoadError, load_article
        from briefing.nlp import ModelError, load_model

        worker = get_current_worker()
        self._reporting = worker
        try:
            article = load_article(path)
            if not self.model_ready:
                self.post_message(Progress(worker, "Waiting for the language model…", 0.2))
            nlp = load_model(self.model_name)

            def progress(stage: str, fraction: float) -> None:
                if not worker.is_cancelled:
                    self.post_message(Progress(worker, f"Analysing {path.name}: {stage}…", 0.2 + 0.8 * fraction))

            result = analyze(article, nlp, algorithm=self.algorithm, length=self.summary_length, progress=progress)
        except (LoadError, ModelError) as exc:
            if not worker.is_cancelled:
                self.call_from_thread(self._failed, str(exc))
            return
        except Exception as exc:  # an analysis bug: say so, keep the previous briefing
            if not worker.is_cancelled:
                self.call_from_thread(self._failed, f"Could not analyse {path.name} ({type(exc).__name__}: {exc}).")
            return
        if not worker.is_cancelled:
            self.call_from_thread(self.show_briefing, result, path)

    def on_progress(self, message: Progress) -> None:
        if message.job is self._reporting:
            self.set_status(message.text, message.fraction)

    def _failed(self, message: str) -> None:
        self._reporting = None
        self.notify(message, title="Not opened", severity="error", timeout=10)
        self.set_status(self._ready_text() if self.briefing else message)

    def _ready_text(self) -> str:
        if self.briefing is None:
            return ""
        b = self.briefing
        return (f"Analysed · {len(b.article.paragraphs)} paragraphs · {len(b.actors)} actors · "
                f"{len(b.quotes)} quotes · {len(b.pressure)} pressure items · {b.model}")

    # ------------------------------------------------------------------------------ showing

    def show_briefing(self, b: Briefing, path: Path | None = None) -> None:
        self._reporting = None
        self.briefing = b
        self.current_path = path
        self.query_one(ArticleView).show(b.article)
        self.query_one(SummaryPane).show(b)
        self.query_one(ActorsPane).show(b)
        self.query_one(QuotesPane).set_filter(None)
        self.query_one(QuotesPane).show(b)
        self.query_one(PressurePane).show(b)
        self.title = b.article.title or (path.name if path else "briefing")
        self.set_status(self._ready_text())
        if not b.english:
            self.notify("This article may not be in English; the analysis is tuned for English news.",
                        severity="warning")
        if path is not None:
            self.config.remember(path)
            problem = self.config.save(self.config_dir)
            if problem:
                self.notify(problem, severity="warning")

    def on_jump_to(self, message: JumpTo) -> None:
        view = self.query_one(ArticleView)
        view.highlight(message.spans, message.label, message.index)
        if self.screen.has_class("-narrow"):  # the article is a tab of its own: bring it forward
            self.action_focus_pane("article")

    def on_filter_quotes(self, message: FilterQuotes) -> None:
        pane = self.query_one(QuotesPane)
        pane.set_filter(message.actor if pane.speaker_filter != message.actor else None)
        self.action_focus_pane("quotes")

    # ------------------------------------------------------------------------------ actions

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

    def action_open_picker(self, folder: Path | None = None) -> None:
        if folder is None:
            folder = self.current_path.parent if self.current_path else Path.cwd()

        def chosen(path: Path | None) -> None:
            if path is not None:
                self.open_article(path)

        from briefing.tui.screens.picker import FilePicker

        self.push_screen(FilePicker(folder, self.config.recent), chosen)

    def action_help(self) -> None:
        from briefing.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def action_cycle_summary(self) -> None:
        from briefing.analysis.summary import ALGORITHMS

        if self.briefing is None:
            return
        current = self.briefing.summary.algorithm
        self.algorithm = ALGORITHMS[(ALGORITHMS.index(current) + 1) % len(ALGORITHMS)]
        self.resummarise()

    def action_summary_length(self, delta: int) -> None:
        if self.briefing is None:
            return
        self.summary_length = max(1, len(self.briefing.summary.sentences) + delta)
        self.resummarise()

    @work(thread=True, exclusive=True, group="summary", exit_on_error=False)
    def resummarise(self) -> None:
        b = self.briefing
        if b is None:
            return
        algorithm = self.algorithm or b.summary.algorithm
        try:
            updated = b.with_summary(algorithm, self.summary_length)
        except Exception as exc:  # a ranker failing on odd text must not take the app down
            self.call_from_thread(self.notify, f"Summary failed: {exc}", severity="error")
            return
        self.call_from_thread(self._summary_ready, updated)

    def _summary_ready(self, b: Briefing) -> None:
        self.briefing = b
        self.query_one(SummaryPane).show(b)

    def action_search(self) -> None:
        if self.briefing is None:
            return

        def found(query: str | None) -> None:
            if not query or self.briefing is None:
                return
            text = self.briefing.article.text
            spans = [(m.start(), m.end()) for m in re.finditer(re.escape(query), text, re.IGNORECASE)]
            if not spans:
                self.notify(f"Not found: {query}", severity="warning")
                return
            self.query_one(ArticleView).highlight(spans, f"“{query}”")
            self.action_focus_pane("article")

        from briefing.tui.screens.export import SearchScreen

        self.push_screen(SearchScreen(), found)

    def action_copy(self) -> None:
        focused = self.focused
        if isinstance(focused, ItemList) and focused.highlighted is not None:
            option = focused.get_option_at_index(focused.highlighted)
            prompt = option.prompt
            text = prompt.plain if isinstance(prompt, Content) else str(prompt)
            self.copy_to_clipboard(text)
            self.notify("Copied the item.", timeout=2)
        else:
            self.action_copy_briefing()

    def action_copy_briefing(self) -> None:
        from briefing.export import to_markdown

        if self.briefing is not None:
            self.copy_to_clipboard(to_markdown(self.briefing))
            self.notify("Copied the briefing as Markdown.", timeout=2)

    def action_export(self) -> None:
        if self.briefing is None:
            self.notify("Open an article first.", severity="warning")
            return
        from briefing.tui.screens.export import ConfirmScreen, ExportScreen

        stem = self.current_path.stem if self.current_path else "briefing"
        suggested = Path.cwd() / f"{stem}-briefing.md"

        def chosen(answer: tuple[Path, str] | None) -> None:
            if answer is None:
                return
            path, fmt = answer
            if path.exists():
                self.push_screen(ConfirmScreen(f"{path} exists. Replace it?"),
                                 lambda yes: self._write_export(path, fmt) if yes else None)
            else:
                self._write_export(path, fmt)

        self.push_screen(ExportScreen(suggested), chosen)

    def _write_export(self, path: Path, fmt: str) -> None:
        from briefing.tui.screens.export import write_export

        if self.briefing is not None:
            message, severity = write_export(self.briefing, path, fmt)
            self.notify(message, severity=severity, timeout=4)

    def _remember_theme(self, theme) -> None:  # noqa: ANN001 - textual.theme.Theme
        self.config.theme = theme.name
        self.config.save(self.config_dir)
