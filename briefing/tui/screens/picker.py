"""The file picker: folders and article files, filtered as you type, with recent files on top."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}


class PickerList(OptionList):
    """The picker's list: `space` marks the highlighted file, `a` marks every file shown."""

    BINDINGS = [Binding("space", "screen.mark", "Mark"), Binding("a", "screen.mark_all", "Mark all")]


class FilePicker(ModalScreen[Path | list[Path] | None]):
    """Dismisses with the chosen file, the marked files (a story), or None when cancelled."""

    DEFAULT_CSS = """
    FilePicker { align: center middle; }
    #picker { width: 80%; max-width: 100; height: 80%; border: round $accent; background: $surface; padding: 0 1; }
    #picker-folder { color: $text-muted; height: 1; }
    #picker-list { height: 1fr; border: none; }
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("down", "focus_list", "List", show=False),
    ]

    def __init__(self, folder: Path, recent: list[str] | None = None) -> None:
        super().__init__()
        self.folder = folder.resolve()
        self.recent = [Path(r) for r in (recent or []) if Path(r).is_file()]
        self._entries: dict[str, Path] = {}
        self.marked: list[Path] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="picker"):
            yield Label(Content(str(self.folder)), id="picker-folder")
            yield Input(placeholder="Type to filter; enter opens", id="picker-filter")
            yield PickerList(id="picker-list")

    def on_mount(self) -> None:
        self.query_one("#picker", Vertical).border_title = "Open an article"
        self.refresh_list()
        self.query_one(Input).focus()

    def _listing(self) -> list[Path]:
        try:
            entries = list(self.folder.iterdir())
        except OSError as exc:
            self.notify(f"Cannot list {self.folder}: {exc.strerror or exc}", severity="error")
            return []
        dirs = sorted((p for p in entries if p.is_dir() and not p.name.startswith(".")), key=lambda p: p.name.lower())
        files = sorted((p for p in entries if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES),
                       key=lambda p: p.name.lower())
        return dirs + files

    def refresh_list(self) -> None:
        needle = self.query_one(Input).value.strip().lower()
        options: list[Option] = []
        self._entries.clear()

        def add(path: Path, label: str, style: str = "") -> None:
            key = f"e{len(self._entries)}"
            self._entries[key] = path
            mark = "✓ " if path in self.marked else ""
            options.append(Option(Content.styled(mark + label, style) if style else Content(mark + label), id=key))

        recent = [r for r in self.recent if needle in r.name.lower()]
        if recent:
            options.append(Option(Content.styled("Recent", "bold $secondary"), disabled=True))
            for r in recent[:5]:
                add(r, f"  {r.name}  ({r.parent})")
            options.append(Option(Content.styled(str(self.folder.name or self.folder), "bold $secondary"), disabled=True))
        if self.folder.parent != self.folder and not needle:
            add(self.folder.parent, "../", "bold")
        for path in self._listing():
            if needle and needle not in path.name.lower():
                continue
            add(path, path.name + ("/" if path.is_dir() else ""), "bold" if path.is_dir() else "")
        listing = self.query_one(OptionList)
        keep = listing.highlighted
        listing.clear_options()
        listing.add_options(options)
        first = next((i for i, o in enumerate(options) if not o.disabled), None)
        listing.highlighted = keep if keep is not None and keep < len(options) and self._keep_place else first
        self._keep_place = False
        marks = f" · {len(self.marked)} marked: enter opens them as a story" if self.marked else ""
        self.query_one("#picker-folder", Label).update(Content(str(self.folder) + marks))

    _keep_place = False

    def _highlighted_path(self) -> Path | None:
        listing = self.query_one(OptionList)
        if listing.highlighted is None:
            return None
        return self._entries.get(listing.get_option_at_index(listing.highlighted).id or "")

    def action_mark(self) -> None:
        path = self._highlighted_path()
        if path is None or path.is_dir():
            return
        if path in self.marked:
            self.marked.remove(path)
        else:
            self.marked.append(path)
        self._keep_place = True
        self.refresh_list()

    def action_mark_all(self) -> None:
        shown = [p for p in self._entries.values() if p.is_file() and p.parent == self.folder]
        for path in shown:
            if path not in self.marked:
                self.marked.append(path)
        self._keep_place = True
        self.refresh_list()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.refresh_list()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        listing = self.query_one(OptionList)
        if listing.highlighted is not None:
            self._choose(listing.get_option_at_index(listing.highlighted).id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option.id)

    def _choose(self, key: str | None) -> None:
        path = self._entries.get(key or "")
        if path is None:
            return
        if self.marked:
            self.dismiss(list(self.marked))  # with marks, enter opens the marked files as a story
            return
        if path.is_dir():
            self.folder = path.resolve()
            self.query_one(Input).value = ""
            self.refresh_list()
        else:
            self.dismiss(path)

    def action_focus_list(self) -> None:
        self.query_one(OptionList).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)
