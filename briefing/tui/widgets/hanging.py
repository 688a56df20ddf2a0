"""A pane item whose lines each wrap under their own indent.

Content wraps a long line back to the left edge, so a quote's second line sat under its speaker's
icon instead of under its own first line. Each line here is wrapped at the width left after its
indent, and the indent is kept on every wrapped line.
"""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.geometry import Spacing
from textual.strip import Strip
from textual.style import Style
from textual.visual import Padding, RenderOptions, Visual


class Bulleted(Visual):
    """`Bulleted(Content("› "), sentence)`: the mark on the first line, every line of the text under
    the text's first letter."""

    def __init__(self, mark: Content, body: Content) -> None:
        self.mark, self.body = mark, body
        self._indent = mark.cell_length

    @property
    def plain(self) -> str:
        return self.mark.plain + self.body.plain

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self._indent + self.body.get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.body.get_height(rules, max(1, width - self._indent))

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        strips = self.body.render_strips(max(1, width - self._indent), None, style, options)
        mark = Strip(self.mark.render_segments(style))
        blank = Strip.blank(self._indent, style.rich_style)
        out = [Strip.join([mark if i == 0 else blank, strip]) for i, strip in enumerate(strips)]
        return out if height is None else out[:height]


class Hanging(Visual):
    """`Hanging((0, head), (2, body))`: head at the edge, body two cells in, however it wraps."""

    def __init__(self, *lines: tuple[int, Content | Bulleted]) -> None:
        self.lines = lines
        self._visuals: list[Visual] = [Padding(content, Spacing(0, 0, 0, indent)) if indent else content
                                       for indent, content in lines]

    @property
    def plain(self) -> str:
        return "\n".join(" " * indent + line.plain for indent, line in self.lines)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max((v.get_optimal_width(rules, container_width) for v in self._visuals), default=0)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return sum(v.get_height(rules, width) for v in self._visuals)

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        strips = [strip for v in self._visuals for strip in v.render_strips(width, None, style, options)]
        return strips if height is None else strips[:height]
