"""Quotation marks paired on the raw text, and an index of the spans they enclose.

Curly, straight and guillemet marks, and single marks where a story writes speech in them; a
quotation left open at a paragraph's end goes on in the next when that one opens with a mark. A straight mark after "=" is markup (class="twitter-tweet"),
never speech.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import replace

from spacy.tokens import Doc

from briefing.analysis.lexicon import QUOTE_CLOSERS, QUOTE_OPENERS
from briefing.article import Article


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _closing_in(text: str, closer: str, straight: bool) -> int | None:
    """Where a quotation carried over from the paragraph before closes in this one, if it closes
    before anything opens: 'said, "I think we have learned a lot. / It was ... better."'."""
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        if ch in QUOTE_OPENERS and ch != closer:
            return None
        if ch == closer and (not straight or not prev.isspace()) or (not straight and ch in QUOTE_CLOSERS):
            return i
        if straight and ch == '"':
            return None  # a straight mark after a space opens a new quotation
    return None


def _pair_in_block(text: str, i: int) -> tuple[list[tuple[int, int]], int | None, str, bool]:
    """The closed quotations of one paragraph from offset `i`, and the one left open at its end
    (where it opens, its closing mark, whether that mark is straight)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    closer = ""
    straight = False
    while i < len(text):
        ch = text[i]
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if opened is None:
            if ch in QUOTE_OPENERS:
                opened, closer, straight = i + 1, QUOTE_OPENERS[ch], False
            elif ch == '"' and not _is_word(prev) and prev != "=" and not nxt.isspace():  # not class="x"
                opened, closer, straight = i + 1, '"', True
        else:
            closes = (ch == closer) or (not straight and ch in QUOTE_CLOSERS) or (straight and ch == "”")
            if ch == '"' and straight and (prev.isspace() and not nxt.isspace()) and i > opened:
                opened = i + 1  # a straight mark that looks like an opener: the previous quote never closed
            elif ch in QUOTE_OPENERS and ch != closer and not straight and ch not in QUOTE_CLOSERS:
                opened = i + 1  # a second opener: the first was stray
            elif closes:
                if i > opened:
                    spans.append((opened, i))
                opened = None
        i += 1
    return spans, opened, closer, straight


# A single mark closing speech after its punctuation: "'We pay our council tax,' said Karen Price".
_SINGLE_CLOSE = re.compile(r"[.,?!][’'](?=\s|$)")
_DOUBLE = re.compile(r"[\"“”]")
_ELISION = re.compile(r"\d0s\b|n[’']\s|em\b|til\b|cause\b|tis\b", re.I)  # "the '90s", "rock 'n' roll"


def writes_speech_in_single_marks(article: Article) -> bool:
    """British tabloid style: 'It's disgusting,' said Karen Price. Single marks are speech where
    the paragraphs close them after punctuation at least twice and double marks are rare."""
    body = "\n".join(b.text for b in article.blocks if b.kind == "paragraph")
    singles = len(_SINGLE_CLOSE.findall(body))
    return singles >= 2 and len(_DOUBLE.findall(body)) * 3 <= singles


def as_double_marks(text: str) -> str:
    """The paragraph with its speech's single marks written as curly double ones, the same length
    (offsets hold): an apostrophe inside a word ("don't") or after a plural's s before more words
    ("the students' union") stays."""
    out = list(text)
    opened = False
    for i, ch in enumerate(text):
        if ch not in "'‘’":
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if not opened and ch != "’" and not prev.isalnum() and prev not in "'’" and (nxt.isalnum() or nxt in "“\"") \
                and not _ELISION.match(text, i + 1):
            out[i], opened = "“", True
        elif opened and ch != "‘" and not prev.isspace() and not nxt.isalnum():
            after = text[i + 1:i + 3]
            possessive = prev in "sS" and after[:1] == " " and after[1:2].islower() and any(
                c in "'’" for c in text[i + 1:])
            if not possessive:
                out[i], opened = "”", False
    return "".join(out)


def quote_spans(article: Article) -> list[tuple[int, int]]:
    """(start, end) of text inside quotation marks. A quotation that runs over a paragraph break is one
    span, from its first opening mark to its last closing one, whether each paragraph reopens it with a
    mark (“... donors.\n\n“It cuts funding ...”) or not."""
    spans: list[tuple[int, int]] = []
    single = writes_speech_in_single_marks(article)
    blocks = [replace(b, text=as_double_marks(b.text)) if single else b for b in article.blocks]
    carried: tuple[int, str, bool] | None = None  # (absolute start, closer, straight) left open
    reopened: tuple[int, int] | None = None  # (absolute start, end so far) of one each paragraph reopens
    for bi, block in enumerate(blocks):
        if block.kind in ("caption", "reference", "furniture"):
            carried = None
            continue  # a picture credit, a list of sources or a page's furniture says nothing
        text, begin = block.text, 0
        if carried is not None and (close := _closing_in(text, carried[1], carried[2])) is not None:
            spans.append((carried[0], block.start + close))
            begin = close + 1
        carried = None
        found, opened, closer, straight = _pair_in_block(text, begin)
        here = [(block.start + s, block.start + e) for s, e in found]
        if reopened is not None:
            if here and here[0][0] - block.start <= 2:  # the reopened quotation closes here
                here[0], reopened = (reopened[0], here[0][1]), None
            elif not (not found and opened is not None and opened <= 2):
                spans.append(reopened)  # not reopened after all: it ended with the paragraph before
                reopened = None
        spans.extend(here)
        if opened is None or opened >= len(text):
            if reopened is not None:  # still open at this paragraph's end, and not reopened next
                spans.append(reopened)
                reopened = None
            continue
        nxt_block = blocks[bi + 1].text if bi + 1 < len(blocks) else ""
        if nxt_block[:1] in QUOTE_OPENERS or nxt_block[:1] == '"':
            reopened = (reopened[0] if reopened is not None else block.start + opened, block.end)  # goes on
        elif reopened is not None:
            spans.append((reopened[0], block.end))
            reopened = None
        elif nxt_block and _closing_in(nxt_block, closer, straight) is not None:
            carried = (block.start + opened, closer, straight)  # closes in the next paragraph
        elif len(text[opened:].split()) >= 6:
            spans.append((block.start + opened, block.end))
    if reopened is not None:
        spans.append(reopened)
    tidied = (tidy(article.text, s, e) for s, e in spans)
    return [(s, e) for s, e in tidied if e > s]


def tidy(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


class SpanIndex:
    """Character spans sorted by start, so a look-up visits neighbours, not every quote: long
    documents hold tens of thousands of them."""

    REACH = 20_000  # no quotation or reported clause is longer than this

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self.items = sorted(spans or [])

    def add(self, start: int, end: int) -> None:
        insort(self.items, (start, end))

    def near(self, start: int, end: int) -> list[tuple[int, int]]:
        lo = bisect_left(self.items, (start - self.REACH, -1))
        hi = bisect_left(self.items, (end, -1))
        return self.items[lo:hi]

    def covers(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.near(pos, pos + 1))


def continues(article: Article, end: int, start: int) -> bool:
    """Whether a quotation opening at `start` opens a paragraph straight after one that closed the
    previous paragraph at `end`; a picture's caption laid out between the two does not part them."""
    gap = article.text[end:start]
    for block in article.blocks:
        if block.kind == "caption" and end <= block.start and block.start + len(block.text) <= start:
            gap = gap.replace(block.text, "")
    return "\n" in gap and len(gap.strip(" \n“”\"«».,")) == 0


_KEY = "briefing.quote_index"


def quote_index(article: Article, doc: Doc) -> SpanIndex:
    """The article's quotations, paired once per parse and kept on it for every stage that asks."""
    index = doc.user_data.get(_KEY)
    if index is None:
        index = doc.user_data[_KEY] = SpanIndex(quote_spans(article))
    return index


def quoted(doc: Doc, offset: int) -> bool:
    """Whether the text at `offset` is inside a quotation, for stages that see only the parse;
    False until `quote_index` has paired the article's marks."""
    index = doc.user_data.get(_KEY)
    return index is not None and index.covers(offset)


def enclosing(doc: Doc, offset: int) -> tuple[int, int] | None:
    """The quotation around `offset`, if any (see `quoted`)."""
    index = doc.user_data.get(_KEY)
    if index is None:
        return None
    return next(((s, e) for s, e in index.near(offset, offset + 1) if s <= offset < e), None)
