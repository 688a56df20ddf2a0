"""Sentences found once per parse: which sentence a token is in, in O(log n)."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span, Token


def sentence_of(tok: Token) -> Span:
    """The token's sentence. `Token.sent` asks the whole Doc whether it has sentence starts at every
    call, which over a 1 MB article's thousands of look-ups costs more than the parse: the starts
    are found once per parse here."""
    doc = tok.doc
    starts = doc.user_data.get(_SENT_STARTS)
    if starts is None:
        starts = doc.user_data[_SENT_STARTS] = [s.start for s in doc.sents]
    k = bisect_right(starts, tok.i) - 1
    return doc[starts[k]: starts[k + 1] if k + 1 < len(starts) else len(doc)]


_SENT_STARTS = "briefing.sentence_starts"
