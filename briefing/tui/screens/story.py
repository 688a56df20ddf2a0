"""The story screen: several articles briefed as one, filling in as each article is briefed.

Coverage (one row an article, and the story over time as sparklines), the story's summary, the
actors across the coverage with the articles they appear in, quotes by speaker and pressure by
source. `enter` on any item opens the article it comes from at its evidence; `n`/`N` step to the
same item in the next article; `escape` comes back.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Header, OptionList, ProgressBar, Sparkline, Static
from textual.widgets.option_list import Option

from briefing.analysis.quotes import shown
from briefing.tui.messages import OpenEvidence, StoryArticleDone
from briefing.tui.widgets.footer import BriefingFooter
from briefing.tui.widgets.hanging import Bulleted, Hanging

if TYPE_CHECKING:
    from briefing.story import Story

Target = list[tuple[int, list[tuple[int, int]]]]  # (article, spans) for each article an item is in


class StoryList(OptionList):
    """A story pane: each item points at its evidence in one or more articles."""

    BINDINGS = [Binding("j", "cursor_down", show=False), Binding("k", "cursor_up", show=False),
                Binding("n", "step(1)", "Next article"), Binding("N", "step(-1)", show=False)]

    def __init__(self, title: str, *, id: str) -> None:
        super().__init__(id=id, classes="pane")
        self.border_title = title
        self.title = title
        self.targets: dict[str, tuple[Target, str]] = {}
        self.place: dict[str, int] = {}

    def fill(self, items: list[tuple[object, Target, str]]) -> None:
        keep = self.highlighted
        self.targets = {f"i{n}": (target, label) for n, (_, target, label) in enumerate(items)}
        self.clear_options()
        self.add_options([Option(prompt, id=f"i{n}") for n, (prompt, _, _) in enumerate(items)])
        self.highlighted = keep if keep is not None and keep < len(items) else (0 if items else None)
        self.border_title = f"{self.title} · {len(items)}"

    def _open(self, key: str, step: int = 0) -> None:
        target, label = self.targets.get(key, ([], ""))
        if target:
            at = (self.place.get(key, -1 if step >= 0 else 0) + step) % len(target) if step else self.place.get(key, 0)
            self.place[key] = at
            article, spans = target[at]
            self.post_message(OpenEvidence(article, spans, label))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._open(event.option.id or "")

    def action_step(self, delta: int) -> None:
        if self.highlighted is not None:
            self._open(self.get_option_at_index(self.highlighted).id or "", delta)


def _strip(appearances: set[int], count: int) -> str:
    return "".join("■" if i in appearances else "·" for i in range(count))


class StoryScreen(Screen[None]):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back", show=False)]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]

    def __init__(self, files: list[Path], model: str | None = None) -> None:
        super().__init__(id="story")
        self.files = files
        self.model = model
        self.done: dict[str, object] = {}
        self.failed: dict[str, str] = {}
        self.story: Story | None = None

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with Horizontal(id="story-status-row"):
            yield Static(Content(f"Briefing {len(self.files)} articles…"), id="story-status")
            yield ProgressBar(total=len(self.files), show_eta=False, id="story-progress")
        with Horizontal(id="story-top"):
            yield DataTable(id="coverage", classes="pane", cursor_type="row", zebra_stripes=True)
            with Vertical(id="timeline", classes="pane"):
                yield Static("articles a day", classes="spark-label")
                yield Sparkline([0], id="spark-articles")
                yield Static("pressure items a day", classes="spark-label")
                yield Sparkline([0], id="spark-pressure")
        with Horizontal(id="story-grid"):
            yield StoryList("Story summary", id="story-summary")
            yield StoryList("Actors across the story", id="story-actors")
            yield StoryList("Quotes by speaker", id="story-quotes")
            yield StoryList("Pressure across the story", id="story-pressure")
        yield BriefingFooter()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.border_title = "Coverage"
        self.query_one("#timeline").border_title = "Over time"
        table.add_columns("#", "date", "headline", "source", "actors", "quotes", "pressure")
        self.set_interval(1.0, self._rebuild_if_stale)
        self.brief_all()

    @work(thread=True, group="story", exit_on_error=False)
    def brief_all(self) -> None:
        # What a briefing is made of, imported here while the workers start: the first result
        # unpickled would otherwise import spaCy and the analyses on the spot (half a second).
        import briefing.analysis.actors
        import briefing.analysis.pressure
        import briefing.analysis.quotes
        import briefing.analysis.summary  # noqa: F401
        from briefing.batch import briefings, default_jobs

        briefings(tuple(self.files), self.model, min(2, default_jobs()), True,
                  lambda path, b, reason: self.post_message(StoryArticleDone(path, b, reason)), spawn=True)

    def on_story_article_done(self, message: StoryArticleDone) -> None:
        if message.briefing is not None:
            self.done[message.path] = message.briefing
        else:
            self.failed[message.path] = message.reason or "no briefing"
            self.notify(f"{Path(message.path).name}: {message.reason}", title="Not briefed", severity="error", timeout=10)
        finished = len(self.done) + len(self.failed)
        self.query_one(ProgressBar).update(progress=finished)
        failed = f" · {len(self.failed)} failed" if self.failed else ""
        self.query_one("#story-status", Static).update(Content(f"{finished} of {len(self.files)} articles{failed}"))
        if finished == len(self.files):
            self.rebuild()  # the whole story at once
        else:
            self._stale = True  # redrawn by the timer: a story of many cached articles arrives all at once

    _stale = False

    def _rebuild_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.rebuild()

    def rebuild(self) -> None:
        from briefing.story import build_story

        briefed = [self.done[str(p)] for p in self.files if str(p) in self.done]
        if not briefed:
            return
        self.story = story = build_story(briefed)
        self._coverage(story)
        self._timeline(story)
        n = len(story.articles)
        self.query_one("#story-summary", StoryList).fill([
            (Bulleted(Content.styled("› ", "$accent"), Content.assemble(s.text, (f"  [{s.article + 1}]", "dim"))),
             [(s.article, [(s.start, s.end)])], f"summary sentence {s.rank}") for s in story.summary])
        self.query_one("#story-actors", StoryList).fill([
            (Hanging((0, Content.assemble((a.name, "bold"), (f" · {'; '.join(a.roles)}" if a.roles else "", "italic"))),
                     (2, Content.assemble((_strip({p.article for p in a.appearances}, n), "$primary"),
                                          f" {a.mentions}× · {a.kind}"))),
             [(p.article, list(p.spans)) for p in a.appearances], a.name) for a in story.actors])
        self.query_one("#story-quotes", StoryList).fill([
            (Hanging((0, Content.assemble((q.actor or q.speaker or "unattributed", "bold"),
                                          (f"  [{', '.join(str(o.article + 1) for o in q.occurrences)}]", "dim"))),
                     (2, Content(shown(q.text, q.kind)))),
             [(o.article, [(o.start, o.end)]) for o in q.occurrences], f"quote by {q.actor or q.speaker}")
            for q in story.quotes])
        self.query_one("#story-pressure", StoryList).fill([
            (Hanging((0, Content.assemble((p.actor or p.source, "bold"), f" → {p.target}" if p.target else "",
                                          (f"  [{p.kind} · {p.scope}]", "$accent"))),
                     (2, Content.styled(f"{len({o.article for o in p.occurrences})} article(s) · "
                                        f"{p.first or '?'} – {p.last or '?'}", "dim"))),
             [(o.article, [(o.start, o.end)]) for o in p.occurrences], f"pressure from {p.source}")
            for p in story.pressure])

    def _coverage(self, story: Story) -> None:
        table = self.query_one(DataTable)
        table.clear()
        for i, a in enumerate(story.articles, 1):
            b = a.briefing
            table.add_row(str(i), a.date or "", Text(a.title or Path(a.path).name), Text(a.source or ""),
                          str(len(b.actors)), str(len(b.quotes)), str(len(b.pressure)), key=str(i - 1))
        for path, reason in self.failed.items():
            table.add_row("✗", "", Text(Path(path).name), Text(reason), "", "", "")

    def _timeline(self, story: Story) -> None:
        days = sorted({a.date for a in story.articles if a.date})
        per_day = Counter(a.date for a in story.articles if a.date)
        pressure = Counter(a.date for a in story.articles if a.date for _ in a.briefing.pressure)
        self.query_one("#spark-articles", Sparkline).data = [per_day[d] for d in days] or [0]
        self.query_one("#spark-pressure", Sparkline).data = [pressure[d] for d in days] or [0]

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        key = event.row_key.value
        if key is not None and key.isdigit():
            self.post_message(OpenEvidence(int(key), [], ""))

    def on_open_evidence(self, message: OpenEvidence) -> None:
        if self.story is None or not 0 <= message.article < len(self.story.articles):
            return
        from briefing.tui.screens.dashboard import ArticleScreen

        art = self.story.articles[message.article]
        self.app.push_screen(ArticleScreen(art.briefing, Path(art.path), message.spans, message.label))
