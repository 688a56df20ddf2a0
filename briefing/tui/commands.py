"""Command-palette provider: every dashboard action by name."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

ACTIONS = [
    ("Open an article…", "open_picker", "Choose a file with the picker"),
    ("Export briefing…", "export", "Write the briefing as Markdown or JSON"),
    ("Copy briefing as Markdown", "copy_briefing", "Put the whole briefing on the clipboard"),
    ("Copy focused item", "copy", "Put the focused item on the clipboard"),
    ("Cycle summary ranker", "cycle_summary", "news, lexrank, textrank, lsa, luhn, …"),
    ("Longer summary", "summary_length(1)", "One sentence more"),
    ("Shorter summary", "summary_length(-1)", "One sentence less"),
    ("Search the article", "search", "Find and highlight text"),
    ("Clear highlight", "clear_highlight", "Remove highlights in the article"),
    ("Choose theme", "change_theme", "Pick a colour theme"),
    ("Show keys", "help", "Every key binding"),
    ("Focus summary", "focus_pane('summary')", ""),
    ("Focus key actors", "focus_pane('actors')", ""),
    ("Focus quotes", "focus_pane('quotes')", ""),
    ("Focus pressure sources", "focus_pane('pressure')", ""),
    ("Focus article", "focus_pane('article')", ""),
    ("Quit", "quit", "Leave briefing"),
]


class BriefingCommands(Provider):
    async def discover(self) -> Hits:
        for name, action, help_text in ACTIONS:
            yield DiscoveryHit(name, partial(self.app.run_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, action, help_text in ACTIONS:
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(self.app.run_action, action), help=help_text)
