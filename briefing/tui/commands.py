"""Command-palette provider: every action of the keymap by name, run on the screen it was opened from."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from briefing.tui.keymap import palette


class BriefingCommands(Provider):
    def _run(self, action: str) -> None:
        self.app.call_later(self.app.run_action, action, self.screen)

    async def discover(self) -> Hits:
        for key in palette():
            yield DiscoveryHit(key.palette or "", partial(self._run, key.action), help=key.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for key in palette():
            name = key.palette or ""
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(self._run, key.action), help=key.help)
