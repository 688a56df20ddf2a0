"""The application: the model, the workers, the config and themes, and the screens it shows.

spaCy is never imported on the UI thread: the model loads and articles are analysed in thread
workers, so the window paints at once and stays responsive. The article's text needs no model, so
it is read first and shown while the model loads: the reader starts reading at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App
from textual.worker import get_current_worker

from briefing.tui.commands import BriefingCommands
from briefing.tui.config import Config
from briefing.tui.keymap import APP, bindings
from briefing.tui.messages import ArticleLoaded, Progress
from briefing.tui.screens.dashboard import DashboardScreen
from briefing.tui.textual_fixes import apply as apply_textual_fixes
from briefing.tui.themes import load_themes

# Screens (picker, help, search, export) are imported when first opened: the first paint is timed
# against the model load, and their widgets (inputs, directory trees) cost ~30 ms to import.
if TYPE_CHECKING:
    from briefing.article import Article
    from briefing.briefing import Briefing

apply_textual_fixes()

DEFAULT_THEME = "nightdesk"
READ_AT_ONCE = 256 * 1024  # bytes: a plain-text article this small is read before the first frame (~1 ms)


def _read_now(path: Path | None) -> Article | None:
    """A small plain-text or Markdown file's article, read on the spot so the first frame shows it;
    anything else (a web page, a large or unreadable file) is read by the worker, which reports it."""
    if path is None or path.suffix.lower() not in (".txt", ".md", ".markdown", ".text"):
        return None
    try:
        if not path.is_file() or path.stat().st_size > READ_AT_ONCE:
            return None
        from briefing.load import LoadError, load_article

        return load_article(path)
    except (OSError, LoadError):
        return None


class BriefingApp(App[None]):
    CSS_PATH = ["app.tcss", "screens/dashboard.tcss", "screens/story.tcss"]  # the default screen's own CSS_PATH is not read
    TITLE = "briefing"
    COMMANDS = App.COMMANDS | {BriefingCommands}
    BINDINGS = bindings(APP)

    def __init__(self, path: Path | None = None, model: str | None = None, config_dir: Path | None = None,
                 story: list[Path] | None = None) -> None:
        super().__init__()
        self.start_path = path
        self.start_story = story  # several files: a story
        self.model_name = model
        if story:
            _prestart_story(story, model)
        self.config_dir = config_dir
        self.config = Config.load(config_dir)
        self.model_ready = False
        self.model_started = False
        self.algorithm: str | None = None
        self.summary_length: int | None = None
        self._reporting: object = None  # the analysis worker whose progress the status row shows
        # Themes are chosen before the first paint: set in on_mount, a theme re-parses and re-applies
        # the whole stylesheet (~50 ms) between the window's first frame and the briefing.
        themes, self._theme_problems = load_themes(None if config_dir is None else config_dir / "themes")
        for theme in themes:
            self.register_theme(theme)
        wanted = self.config.theme if self.config.theme in self.available_themes else DEFAULT_THEME
        if wanted in self.available_themes:
            self.theme = wanted
        self._first_article = _read_now(path)
        self.dashboard = DashboardScreen(self._first_article, path if self._first_article else None)

    # ------------------------------------------------------------------------------ state

    @property
    def briefing(self) -> Briefing | None:
        return self.dashboard.briefing

    @property
    def current_path(self) -> Path | None:
        return self.dashboard.current_path

    def action_focus_pane(self, name: str) -> None:
        self.dashboard.action_focus_pane(name)

    def set_status(self, text: str, busy: float | None = None) -> None:
        self.dashboard.set_status(text, busy)

    # ------------------------------------------------------------------------------ start

    def get_default_screen(self) -> DashboardScreen:
        return self.dashboard

    def on_mount(self) -> None:
        for problem in self._theme_problems + ([self.config.problem] if self.config.problem else []):
            self.notify(problem, severity="warning", timeout=8)
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        start = self.start_path
        if self.start_story:  # the story's workers (or the cache) brief it: no model needed here yet
            self.call_after_refresh(self.open_story, self.start_story)
        elif start is None or start.is_dir():
            self.set_status("Loading the language model…", busy=0.05)
            self.call_after_refresh(self._start_model)
            self.call_after_refresh(self.action_open_picker, start or Path.cwd())
        elif self._first_article is not None:  # on screen from the first frame: the model starts after it
            self.set_status(f"Loading the language model to analyse {start.name}…", busy=0.05)
            self.call_after_refresh(self._start_model)
            self.call_after_refresh(self.open_article, start, self._first_article)
        else:
            self.open_article(start)  # the model starts once the article's text is on screen

    def _start_model(self) -> None:
        if not self.model_started:
            self.model_started = True
            self.load_model()

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

    # ------------------------------------------------------------------------------ analysis

    def open_article(self, path: Path, article: Article | None = None) -> None:
        """Read (unless `article` is that file's, already read) and analyse a file in a worker; a
        newer request cancels an older one."""
        if article is None:
            self.set_status(f"Reading {path.name}…", busy=0.02)
        self.analyse(path, article)

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def analyse(self, path: Path, article: Article | None = None) -> None:
        from briefing.load import LoadError, load_article

        worker = get_current_worker()
        self._reporting = worker
        if article is None:
            try:
                article = load_article(path)
            except LoadError as exc:
                if not worker.is_cancelled:
                    self.call_from_thread(self._failed, str(exc))
                return
            if worker.is_cancelled:
                return
            self.post_message(ArticleLoaded(worker, article, path))
        self._analyse_loaded(worker, article, path)

    def _analyse_loaded(self, worker, article: Article, path: Path) -> None:  # noqa: ANN001 - a Worker
        from briefing.batch import default_jobs
        from briefing.briefing import analyze
        from briefing.nlp import ModelError, load_model

        def progress(stage: str, fraction: float) -> None:
            if not worker.is_cancelled:
                self.post_message(Progress(worker, f"Analysing {path.name}: {stage}…", 0.2 + 0.8 * fraction))

        try:
            if not self.model_ready:
                self.post_message(Progress(worker, "Waiting for the language model…", 0.1))
            nlp = load_model(self.model_name)
            result = analyze(article, nlp, algorithm=self.algorithm, length=self.summary_length, progress=progress,
                             processes=min(2, default_jobs()))  # a long article's pieces on two cores
        except ModelError as exc:
            if not worker.is_cancelled:
                self.call_from_thread(self._failed, str(exc))
            return
        except Exception as exc:  # an analysis bug: say so, keep the previous briefing
            if not worker.is_cancelled:
                self.call_from_thread(self._failed, f"Could not analyse {path.name} ({type(exc).__name__}: {exc}).")
            return
        if not worker.is_cancelled:
            self.call_from_thread(self.show_briefing, result, path)

    def on_article_loaded(self, message: ArticleLoaded) -> None:
        """The text at once; the model starts loading after this frame, so it does not delay it."""
        if message.job is not self._reporting:
            return
        self.dashboard.current_path = message.path
        self.dashboard.article = message.article
        self.set_status(f"Loading the language model to analyse {message.path.name}…" if not self.model_ready
                        else f"Analysing {message.path.name}…", busy=0.1)
        self.call_after_refresh(self._start_model)

    def on_progress(self, message: Progress) -> None:
        if message.job is self._reporting:
            self.set_status(message.text, message.fraction)

    def _failed(self, message: str) -> None:
        self._reporting = None
        self._start_model()
        self.notify(message, title="Not opened", severity="error", timeout=10)
        previous = self.briefing
        if previous is not None and self.dashboard.article is not previous.article:
            self.dashboard.article = previous.article  # the analysis failed: back to what was shown
            self.dashboard.briefing = previous
        self.set_status(self.dashboard.ready_text() if previous else message)

    def show_briefing(self, b: Briefing, path: Path | None = None) -> None:
        self._reporting = None
        self.dashboard.current_path = path
        if self.dashboard.article is not b.article:
            self.dashboard.article = b.article
        self.dashboard.briefing = b
        self.set_status(self.dashboard.ready_text())
        if not b.english:
            self.notify("This article may not be in English; the analysis is tuned for English news.",
                        severity="warning")
        if path is not None:
            self.config.remember(path)
            problem = self.config.save(self.config_dir)
            if problem:
                self.notify(problem, severity="warning")

    @work(thread=True, exclusive=True, group="summary", exit_on_error=False)
    def resummarise(self, algorithm: str | None, length: int | None) -> None:
        b = self.briefing
        if b is None:
            return
        self.algorithm = algorithm or self.algorithm or b.summary.algorithm
        self.summary_length = length if length is not None else self.summary_length
        try:
            updated = b.with_summary(self.algorithm, self.summary_length)
        except Exception as exc:  # a ranker failing on odd text must not take the app down
            self.call_from_thread(self.notify, f"Summary failed: {exc}", severity="error")
            return
        self.call_from_thread(setattr, self.dashboard, "briefing", updated)

    # ------------------------------------------------------------------------------ app actions

    def action_open_picker(self, folder: Path | None = None) -> None:
        if folder is None:
            folder = self.current_path.parent if self.current_path else Path.cwd()

        def chosen(path: Path | list[Path] | None) -> None:
            if isinstance(path, list):
                self.open_story(path)
            elif path is not None:
                self.open_article(path)

        from briefing.tui.screens.picker import FilePicker

        self.push_screen(FilePicker(folder, self.config.recent), chosen)

    def open_story(self, files: list[Path]) -> None:
        """Several articles briefed as one, on a screen of its own over the dashboard."""
        from briefing.tui.screens.story import StoryScreen

        self.push_screen(StoryScreen(files, self.model_name))

    def action_help(self) -> None:
        from briefing.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def _remember_theme(self, theme) -> None:  # noqa: ANN001 - textual.theme.Theme
        self.config.theme = theme.name
        self.config.save(self.config_dir)


def _prestart_story(files: list[Path], model: str | None) -> None:
    """Start the story's worker processes before the first frame when some article is not in the
    cache: they load the model while the window draws. A story answered by the cache starts none."""
    import hashlib

    from briefing import cache
    from briefing.batch import default_jobs
    from briefing.engines import prestart
    from briefing.nlp import ModelError, choose_model

    def cached(path: Path) -> bool:  # a large file is not read here, before the first frame
        return path.stat().st_size <= LARGE_FOR_FIRST_FRAME and cache.has(
            hashlib.sha256(path.read_bytes()).hexdigest(), name)

    try:
        name = choose_model(model)
        missing = any(not cached(p) for p in files if p.is_file())  # stops at the first article not cached
    except (OSError, ModelError):
        return  # the story screen reports what it cannot read or load
    if missing:
        prestart(min(2, default_jobs()), model)


LARGE_FOR_FIRST_FRAME = 2_000_000  # bytes: hashing more would hold up the window
