"""The `?` screen: every key the dashboard answers to."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from briefing.tui.keymap import help_rows


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    #help { width: 80; max-width: 95%; height: auto; max-height: 85%; border: round $accent; background: $surface;
            padding: 1 2; }
    """
    BINDINGS = [Binding("escape,q,question_mark", "close", "Close")]

    def compose(self) -> ComposeResult:
        lines = Content("\n").join(
            Content.assemble((f"{key:<18}", "bold $accent"), what) for key, what in help_rows()
        )
        with VerticalScroll(id="help"):
            yield Static(lines)

    def on_mount(self) -> None:
        self.query_one("#help").border_title = "Keys"

    def action_close(self) -> None:
        self.dismiss(None)
