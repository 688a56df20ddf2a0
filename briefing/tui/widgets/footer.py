"""The key footer, without the widget leak of Textual's own.

Textual's `Footer` rebuilds its keys whenever the focused widget's bindings change, and each key
it builds is data-bound to the footer's `compact` reactive. Those bindings are only pruned when
`compact` changes, which it never does here, so every focus change left about twenty dead
`FooterKey` widgets attached to the footer (Textualize/textual#6666). After a few hundred key
presses the garbage collector's full passes took 0.3 s each, long enough to freeze key handling.
"""

from __future__ import annotations

from textual.widgets import Footer


class BriefingFooter(Footer):
    """A `Footer` that lets go of the keys it has replaced."""

    async def recompose(self) -> None:
        await super().recompose()
        self._forget_replaced_keys()

    def _forget_replaced_keys(self) -> None:
        watchers = getattr(self, "__watchers", None)  # Textual keeps reactive watchers under this name
        if not isinstance(watchers, dict):
            return
        for entries in watchers.values():
            entries[:] = [(node, callback) for node, callback in entries
                          if node is self or getattr(node, "is_attached", True)]
