"""One keymap: every key the dashboard answers to, once. The footer and `BINDINGS`, the command
palette and the `?` help are all built from it, so a key is added, renamed or moved in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class Key:
    keys: str  # Textual's key names, comma-separated ("o,ctrl+o"); "" for a palette-only action
    action: str | None  # None: a key a widget handles itself (listed in the help only)
    label: str  # the footer's word for it
    help: str  # what it does, for the help screen and the palette
    shown: str = ""  # how the help writes the keys ("o  ctrl+o"); default: the key names
    footer: bool = True
    palette: str | None = None  # the command palette's name for it; None: not in the palette
    in_help: bool = True  # False: folded into the row of a sibling key ("N" under "n / N")

    @property
    def written(self) -> str:
        return self.shown or "  ".join(self.keys.split(","))


PANES = ("summary", "actors", "quotes", "pressure", "article")
PANE_NAMES = {"summary": "summary", "actors": "key actors", "quotes": "quotes", "pressure": "pressure sources",
              "article": "article"}

DASHBOARD: tuple[Key, ...] = (
    Key("tab", "next_pane(1)", "Next pane", "move between panes", "tab / shift+tab", footer=False),
    Key("shift+tab", "next_pane(-1)", "Previous pane", "move to the previous pane", footer=False, in_help=False),
    *(Key(str(n), f"focus_pane('{name}')", name.capitalize(), "summary, actors, quotes, pressure, article",
          "1 – 5", footer=False, palette=f"Focus {PANE_NAMES[name]}", in_help=n == 1)
      for n, name in enumerate(PANES, start=1)),
    Key("", None, "", "move within a list", "↑ ↓  j k", footer=False),
    Key("", None, "", "show the item's evidence in the article", "enter / click", footer=False),
    Key("n", "step(1)", "Next hit", "next / previous highlight (an actor's mentions, search hits)", "n / N"),
    Key("N", "step(-1)", "Prev hit", "previous highlight", footer=False, in_help=False),
    Key("escape", "clear_highlight", "Clear", "clear the highlight", footer=False, palette="Clear highlight"),
    Key("", None, "", "actors and quotes: show only one speaker's quotes (again: everyone)", "f", footer=False),
    Key("slash", "search", "Search", "search the article", "/", palette="Search the article"),
    Key("s", "cycle_summary", "Ranker", "cycle the summary ranker (news, lexrank, textrank, lsa, luhn, …)",
        palette="Cycle summary ranker"),
    Key("plus,equals_sign", "summary_length(1)", "Longer", "longer / shorter summary", "+ / -", footer=False,
        palette="Longer summary"),
    Key("minus", "summary_length(-1)", "Shorter", "shorter summary", footer=False, palette="Shorter summary",
        in_help=False),
    Key("c", "copy", "Copy", "copy the focused item, or the whole briefing as Markdown", palette="Copy focused item"),
    Key("", "copy_briefing", "", "put the whole briefing on the clipboard", footer=False,
        palette="Copy briefing as Markdown", in_help=False),
    Key("e", "export", "Export", "export the briefing as Markdown or JSON", palette="Export briefing…"),
)

APP: tuple[Key, ...] = (
    Key("o,ctrl+o", "open_picker", "Open", "open an article (file picker)", palette="Open an article…"),
    Key("t", "change_theme", "Theme", "choose a theme", palette="Choose theme"),
    Key("", None, "", "command palette: every action by name", "ctrl+p", footer=False),
    Key("question_mark", "help", "Help", "this help", "?", palette="Show keys"),
    Key("q", "quit", "Quit", "quit", palette="Quit"),
)


def bindings(keys: tuple[Key, ...]) -> list[Binding]:
    """The `BINDINGS` of a screen or the app: every key that has both key names and an action."""
    return [Binding(k.keys, k.action, k.label, show=k.footer) for k in keys if k.keys and k.action]


def palette() -> list[Key]:
    """Every action the command palette offers, by name."""
    return [k for k in (*APP, *DASHBOARD) if k.palette and k.action]


def help_rows() -> list[tuple[str, str]]:
    """(keys as written, what they do), in the order of the keymap."""
    return [(k.written, k.help) for k in (*DASHBOARD, *APP) if k.in_help]
