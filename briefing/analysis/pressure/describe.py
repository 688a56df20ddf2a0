"""An item's one-line description: its source, then the words of the act, cut at a clause.

    "Hundreds of students occupied the university's main building demanding a ceasefire."
    -> "students: occupied the university's main building demanding a ceasefire"
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.sentences import sentence_of

DESCRIPTION_CHARS = 110


def shorten(text: str, limit: int = DESCRIPTION_CHARS) -> str:
    """At most `limit` characters, cut at a clause (a comma, a semicolon) or else a word, with an
    ellipsis: "protests against the government, which were re" becomes "protests against the
    government…"."""
    text = text.strip(" ,.;:\n\t")  # and the paragraph break a sentence's last token may carry
    if len(text) <= limit:
        return text
    head = text[:limit - 1]
    clause = max(head.rfind(","), head.rfind(";"), head.rfind(" —"))
    cut = clause if clause >= limit // 2 else head.rfind(" ")
    return head[:cut if cut > 0 else limit - 1].rstrip(" ,.;:—") + "…"


def describe(text: str, source: str, tok: Token) -> str:
    """`text` is the article's (the parse's own `Doc.text` is rebuilt from every token at each use)."""
    sent = sentence_of(tok)
    last = tok.doc[min(tok.right_edge.i + 1, sent.end) - 1]
    end = last.idx + len(last)
    while end < sent.end_char and not text[end].isspace():
        end += 1  # never half a word: "re-energized" parsed as "re" + "-" + "energized"
    return f"{source}: {shorten(text[tok.idx:end])}"
