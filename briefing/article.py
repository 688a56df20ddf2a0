"""The loaded article: structure plus one clean text that every offset in a briefing indexes."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

BLOCK_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Block:
    """One paragraph-level piece of the article, placed at `start` in `Article.text`."""

    kind: str  # "title" | "subtitle" | "dateline" | "byline" | "caption" | "reference" | "furniture" | "paragraph"
    text: str
    start: int
    emphasised: bool = False  # a saved page set the whole paragraph in bold (an interview's question)

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Article:
    """An article as the analysis sees it.

    Title, subtitle, dateline and byline live in `text` too (so the UI can highlight a name in the
    headline), but only `paragraphs` are body: the summary never draws from the rest.
    """

    blocks: tuple[Block, ...]
    text: str
    format: str = "text"  # "text" | "markdown" | "html"
    path: Path | None = None
    sha256: str = ""
    warnings: tuple[str, ...] = field(default=())

    def _first(self, kind: str) -> str | None:
        return next((b.text for b in self.blocks if b.kind == kind), None)

    @property
    def title(self) -> str | None:
        return self._first("title")

    @property
    def subtitle(self) -> str | None:
        return self._first("subtitle")

    @property
    def dateline(self) -> str | None:
        return self._first("dateline")

    @property
    def byline(self) -> str | None:
        return self._first("byline")

    @cached_property
    def body(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind == "paragraph")

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.body]

    @property
    def paragraph_offsets(self) -> list[int]:
        return [b.start for b in self.body]

    @cached_property
    def _starts(self) -> list[int]:
        return [b.start for b in self.blocks]

    def block_at(self, offset: int) -> Block | None:
        """The block holding `offset` (None between blocks); a bisection, as analyses ask per token."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.blocks[i].end:
            return self.blocks[i]
        return None

    @classmethod
    def from_blocks(cls, pieces: list[tuple[str, str]], emphasised: frozenset[str] = frozenset(),
                    **kwargs: object) -> Article:
        """Lay (kind, text) pieces out into one text, separated by blank lines; a paragraph whose
        text is in `emphasised` was set wholly in bold."""
        blocks: list[Block] = []
        offset = 0
        for kind, text in pieces:
            blocks.append(Block(kind, text, offset, kind == "paragraph" and text in emphasised))
            offset += len(text) + len(BLOCK_SEPARATOR)
        text = BLOCK_SEPARATOR.join(t for _, t in pieces)
        return cls(blocks=tuple(blocks), text=text, **kwargs)  # type: ignore[arg-type]
