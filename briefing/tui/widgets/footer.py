"""The key footer, without the widget leak of Textual's own.

Textual's `Footer` rebuilds its keys whenever the focused widget's bindings change, and each key
it builds is data-bound to the footer's `compact` reactive. Those bindings are only pruned when
`compact` changes, which it never does here, so every focus change left about twenty dead
`FooterKey` widgets attached to the footer (Textualize/textual#6666). After a few hundred key
presses the garbage collector's full passes took 0.3 s each, long enough to freeze key handling.
Still so in Textual 8.2.8: without `_forget_replaced_keys`, 300 `FooterKey`s stay alive for 10 shown
(tests/test_app.py::test_focus_changes_do_not_pile_up_dead_widgets).
"""

from __future__ import annotations

from textual.widgets import Footer


class BriefingFooter(Footer):
    """A `Footer` that lets go of the keys it has replaced, and keeps them when nothing changed.

    Rebuilding the keys lays the whole screen out again, which takes 0.3 s with a 1 MB article in
    view; moving between panes whose keys are the same need not pay it.
    """

    _last_shown: tuple[object, ...] | None = None

    def _shown(self) -> tuple[object, ...]:
        return tuple((binding.key, binding.action, binding.description, enabled, tooltip)
                     for _node, binding, enabled, tooltip in self.screen.active_bindings.values()
                     if binding.show) + (self.show_command_palette, self.compact)

    async def recompose(self) -> None:
        shown = self._shown() if self._bindings_ready and self.is_attached else None
        if shown is not None and shown == self._last_shown:
            return
        await super().recompose()
        self._last_shown = shown
        self._forget_replaced_keys()

    def _forget_replaced_keys(self) -> None:
        watchers = getattr(self, "__watchers", None)  # Textual keeps reactive watchers under this name
        if not isinstance(watchers, dict):
            return
        for entries in watchers.values():
            entries[:] = [(node, callback) for node, callback in entries
                          if node is self or getattr(node, "is_attached", True)]
