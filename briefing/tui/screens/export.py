"""Export and search prompts: small modal forms."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet


class ExportScreen(ModalScreen[tuple[Path, str] | None]):
    """Asks for a path and a format; dismisses with (path, "md" | "json")."""

    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    #export-format { layout: horizontal; width: 100%; height: auto; }
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, suggested: Path) -> None:
        super().__init__()
        self.suggested = suggested

    def compose(self) -> ComposeResult:
        with Vertical(id="export", classes="dialog"):
            with RadioSet(id="export-format"):
                yield RadioButton("Markdown", value=True, id="fmt-md")
                yield RadioButton("JSON", id="fmt-json")
            yield Input(str(self.suggested), id="export-path")
            with Horizontal(classes="buttons"):
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one("#export").border_title = "Export the briefing"
        self.query_one(Input).focus()

    def _format(self) -> str:
        return "json" if self.query_one("#fmt-json", RadioButton).value else "md"

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        field = self.query_one(Input)
        path = Path(field.value)
        field.value = str(path.with_suffix(".json" if self._format() == "json" else ".md"))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export-ok":
            self._submit()
        else:
            self.dismiss(None)

    def _submit(self) -> None:
        value = self.query_one(Input).value.strip()
        if value:
            self.dismiss((Path(value).expanduser(), self._format()))

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    DEFAULT_CSS = "ConfirmScreen { align: center middle; }"
    BINDINGS = [Binding("escape,n", "answer(False)", "No"), Binding("y", "answer(True)", "Yes")]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Content(self.question))
            with Horizontal(classes="buttons"):
                yield Button("Yes (y)", variant="warning", id="yes")
                yield Button("No (n)", id="no")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class SearchScreen(ModalScreen[str | None]):
    DEFAULT_CSS = "SearchScreen { align: center middle; }"
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="search"):
            yield Input(placeholder="Search the article", id="search-input")

    def on_mount(self) -> None:
        self.query_one("#search").border_title = "Search"
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


def write_export(briefing, path: Path, fmt: str) -> tuple[str, str]:  # noqa: ANN001 - a Briefing
    """Write the briefing; (message, severity) for the notification either way."""
    from briefing.export import render, write_atomic

    try:
        write_atomic(path, render(briefing, fmt), overwrite=True)
    except OSError as exc:
        return f"Export failed: {exc.strerror or exc}", "error"
    return f"Exported to {path}", "information"


def ask_and_export(app, briefing, suggested: Path) -> None:  # noqa: ANN001 - an App and a Briefing
    """Ask for a path and a format, confirm before replacing a file, then write."""

    def write(path: Path, fmt: str) -> None:
        message, severity = write_export(briefing, path, fmt)
        app.notify(message, severity=severity, timeout=4)

    def chosen(answer: tuple[Path, str] | None) -> None:
        if answer is None:
            return
        path, fmt = answer
        if path.exists():
            app.push_screen(ConfirmScreen(f"{path} exists. Replace it?"), lambda yes: write(path, fmt) if yes else None)
        else:
            write(path, fmt)

    app.push_screen(ExportScreen(suggested), chosen)
