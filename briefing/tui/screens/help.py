"""The `?` screen: every key the dashboard answers to."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = [
    ("tab / shift+tab", "move between panes"),
    ("1 – 5", "summary, actors, quotes, pressure, article"),
    ("↑ ↓  j k", "move within a list"),
    ("enter / click", "show the item's evidence in the article"),
    ("n / N", "next / previous highlight (an actor's mentions, search hits)"),
    ("escape", "clear the highlight"),
    ("f", "actors and quotes: show only one speaker's quotes (again: everyone)"),
    ("/", "search the article"),
    ("s", "cycle the summary ranker"),
    ("+ / -", "longer / shorter summary"),
    ("o  ctrl+o", "open an article (file picker)"),
    ("c", "copy the focused item, or the whole briefing as Markdown"),
    ("e", "export the briefing as Markdown or JSON"),
    ("t", "choose a theme"),
    ("ctrl+p", "command palette: every action by name"),
    ("?", "this help"),
    ("q", "quit"),
]


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark", "close", "Close")]

    def compose(self) -> ComposeResult:
        lines = Content("\n").join(
            Content.assemble((f"{key:<18}", "bold $accent"), what) for key, what in KEYS
        )
        with VerticalScroll(id="help"):
            yield Static(lines)

    def on_mount(self) -> None:
        self.query_one("#help").border_title = "Keys"

    def action_close(self) -> None:
        self.dismiss(None)
