"""A work-around for a Textual bug that costs the app its responsiveness; the app applies it on import.

`StylesCache.get_inner_outer` (Textual 7.5, and still in 8.2.8) is wrapped in `functools.lru_cache` but is not a
classmethod, so every cache key holds the `StylesCache` it was called on: the render caches of the
last 1,024 widgets painted, each with its rendered lines, stay alive after the widgets are gone.
Here every focus change rebuilds the footer's keys, so after a minute of use about a thousand dead
caches (some 30,000 objects) sit in the oldest garbage-collector generation, and every full
collection walks them: 50-100 ms pauses, a key press at a time, while a 1 MB article is analysed.
The two colours alone are the key, and caching on them keeps nothing alive.
Guarded by tests/test_app.py::test_focus_changes_do_not_pile_up_dead_widgets, which fails without it
(381 render caches for 61 live widgets on Textual 8.2.8).
"""

from __future__ import annotations

from functools import lru_cache

from textual._styles_cache import StylesCache
from textual.color import Color
from textual.style import Style


@lru_cache(1024)
def _inner_outer(base_background: Color, background: Color) -> tuple[Style, Style]:
    return Style(background=base_background + background), Style(background=base_background)


def _get_inner_outer(_cache: StylesCache, base_background: Color, background: Color) -> tuple[Style, Style]:
    return _inner_outer(base_background, background)


def apply() -> None:
    """Replace the leaking method, only while it is still the lru-wrapped one (a fixed Textual is left be)."""
    leaking = StylesCache.__dict__.get("get_inner_outer")
    if callable(leaking) and hasattr(leaking, "cache_info"):  # a plain function under lru_cache
        StylesCache.get_inner_outer = _get_inner_outer  # type: ignore[method-assign]
