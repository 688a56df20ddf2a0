"""Quotes: direct and reported speech, each with the speaker resolved to an actor.

Quotation marks are paired on the raw text (curly, straight, guillemets; a quote may run over
paragraphs), then the parse supplies the cue verb and its subject. Pronouns and bare definite
nouns ("the official", "the statement") are followed back to who they stand for.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from briefing.analysis.actors import Actor, find_actor
from briefing.analysis.lexicon import DOCUMENT_NOUNS, REPORT_VERBS, SPEECH_VERBS
from briefing.analysis.reference import Resolver, can_speak, speaker_of, subject_of
from briefing.article import Article

OPENERS = {"“": "”", "«": "»", "„": "“", "‹": "›"}
CLOSERS = {"”", "»", "›"}
_CUE_VERBS = SPEECH_VERBS | {"order", "rule", "term", "label", "dub", "brand", "find", "demand", "vow"}


@dataclass
class Quote:
    """Words attributed to someone; `text == article.text[start:end]` (marks excluded)."""

    text: str
    kind: str  # "direct" | "indirect"
    start: int
    end: int
    speaker: str | None = None
    actor: str | None = None
    cue: str | None = None
    cue_start: int | None = None


# --------------------------------------------------------------------------- pairing the marks


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def quote_spans(article: Article) -> list[tuple[int, int]]:
    """(start, end) of text inside quotation marks, one span per paragraph segment."""
    spans: list[tuple[int, int]] = []
    blocks = list(article.blocks)
    for bi, block in enumerate(blocks):
        if block.kind in ("caption", "reference"):
            continue  # a picture credit or a list of sources says nothing
        text = block.text
        opened: int | None = None
        closer = ""
        straight = False
        i = 0
        while i < len(text):
            ch = text[i]
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if opened is None:
                if ch in OPENERS:
                    opened, closer, straight = i + 1, OPENERS[ch], False
                elif ch == '"' and not _is_word(prev) and not nxt.isspace():
                    opened, closer, straight = i + 1, '"', True
            else:
                closes = (ch == closer) or (not straight and ch in CLOSERS) or (straight and ch == "”")
                if ch == '"' and straight and (prev.isspace() and not nxt.isspace()) and i > opened:
                    # a straight mark that looks like an opener: the previous quote never closed
                    closes = False
                    opened = i + 1
                elif ch in OPENERS and ch != closer and not straight and ch not in CLOSERS:
                    opened = i + 1  # a second opener: the first was stray
                elif closes:
                    if i > opened:
                        spans.append((block.start + opened, block.start + i))
                    opened = None
            i += 1
        if opened is not None and opened < len(text):
            nxt_block = blocks[bi + 1].text if bi + 1 < len(blocks) else ""
            if nxt_block[:1] in OPENERS or nxt_block[:1] == '"':
                spans.append((block.start + opened, block.end))  # continues in the next paragraph
            elif len(text[opened:].split()) >= 6:
                spans.append((block.start + opened, block.end))
    tidied = (_tidy(article.text, s, e) for s, e in spans)
    return [(s, e) for s, e in tidied if e > s]


def _tidy(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


# ---------------------------------------------------------------------------------------- cues


class _SpanIndex:
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


def _cue_for(doc: Doc, text: str, start: int, end: int, quoted: _SpanIndex) -> Token | None:
    """The speech verb that introduces the quote at [start, end)."""
    inside = lambda t: quoted.covers(t.idx)  # noqa: E731
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    # An embedded quote: walk up from the quoted words to the verb that governs them.
    tok = span.root.head
    steps = 0
    while steps < 12 and tok.head != tok:
        if not inside(tok) and tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in _CUE_VERBS:
            return tok
        tok = tok.head
        steps += 1
    if not inside(tok) and tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in _CUE_VERBS:
        return tok
    # Otherwise the nearest speech verb outside any quote, in the sentences the quote touches.
    first, last = span[0].sent, span[-1].sent
    lo, hi = first.start, last.end
    window = max(0, start - 400)
    before = text[window:start].rstrip(" \t\r\n\"“”«»‘'")
    colon_at = window + len(before) - 1 if before.endswith(":") else None
    if colon_at is not None:  # 'Obama tweeted:' closing the paragraph before the quote
        colon = doc.char_span(colon_at, colon_at + 1, alignment_mode="expand")
        if colon is not None and len(colon):
            lo = min(lo, colon[0].sent.start)
    candidates = [t for t in doc[lo:hi] if t.lemma_.lower() in SPEECH_VERBS and t.pos_ in ("VERB", "AUX")
                  and not inside(t) and speaker_of(t) is not None]
    if not candidates and hi < len(doc):
        after = doc[hi].sent  # '"...," the official added.' split by the parser
        if after.start_char - end < 6 and "\n" not in text[end:after.start_char]:
            candidates = [t for t in after if t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB"
                          and not inside(t) and speaker_of(t) is not None]
    if not candidates and colon_at is not None:  # 'Sunak defended ..., promising an update: "..."'
        colon = doc.char_span(colon_at, colon_at + 1, alignment_mode="expand")
        root = colon[0].sent.root if colon is not None and len(colon) else None
        if root is not None and root.pos_ in ("VERB", "AUX") and not inside(root) and subject_of(root) is not None:
            return root
    if not candidates:  # 'The city reasoned, "..."': any verb that hands over to the quote
        j = span.start - 1
        while j > 0 and (doc[j].is_quote or doc[j].is_space):
            j -= 1
        if j > 0 and doc[j].text in (",", ":") and doc[j - 1].pos_ == "VERB" and not inside(doc[j - 1]) \
                and subject_of(doc[j - 1]) is not None:
            return doc[j - 1]
        return None
    return min(candidates, key=lambda t: min(abs(t.idx - start), abs(t.idx - end)))


def _direct_quotes(article: Article, doc: Doc, actors: list[Actor], resolver: Resolver) -> list[Quote]:
    spans = quote_spans(article)
    index = _SpanIndex(spans)
    quotes: list[Quote] = []
    previous: Quote | None = None
    for start, end in spans:
        text = article.text[start:end]
        words = len(text.split())
        cue = _cue_for(doc, article.text, start, end, index)
        quote = Quote(text=text, kind="direct", start=start, end=end)
        if cue is not None:
            subj = speaker_of(cue)
            if subj is not None and can_speak(subj):
                quote.speaker, quote.actor = resolver.resolve(subj)
                quote.cue, quote.cue_start = cue.text, cue.idx
        elif m := _DASH_CREDIT.match(article.text, end):  # '"So far, ..." - Matthew Ingram'
            name = m.group(1).rstrip(".,")
            quote.speaker = name
            actor = find_actor(actors, name)
            quote.actor = actor.name if actor else None
        elif previous is not None and previous.speaker and _continues(article, previous, start):
            quote.speaker, quote.actor = previous.speaker, previous.actor
        if quote.speaker is None:
            source = _named_source(doc, article, start)
            if source is not None:
                quote.speaker, quote.actor = resolver.resolve(source)
        if quote.speaker is None and words < 4:
            continue  # scare quotes, titles and names in quotation marks are not speech
        quotes.append(quote)
        previous = quote
    return quotes


def _named_source(doc: Doc, article: Article, start: int) -> Token | None:
    """Who an uncued quotation comes from when the text just before names the source:
    'in the words of the Crown prosecutor, Mark Tedeschi, "..."', or 'Senator Cornyn issued a
    statement ... . "Like many Texans, ..."'."""
    opening = doc.char_span(start, min(start + 1, len(article.text)), alignment_mode="expand")
    if opening is None or not len(opening):
        return None
    sent = opening[0].sent
    window = [t for t in doc[max(sent.start - 1, 0): opening[0].i]]
    for k, tok in enumerate(window):  # "in the words of X"
        if tok.lower_ == "words" and k + 1 < len(window) and window[k + 1].lower_ == "of":
            pobj = next((c for c in window[k + 1].children if c.dep_ == "pobj"), None)
            if pobj is not None:
                appos = next((c for c in pobj.children if c.dep_ == "appos"), None)
                return appos or pobj
    block = article.block_at(start)
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    if before is None or block is None or article.block_at(before.start_char) is not block \
            or opening[0].i - sent.start > 1:
        return None
    for tok in before:  # the sentence before has someone issue a statement, letter or post
        if tok.lemma_.lower() in DOCUMENT_NOUNS and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            subj = subject_of(tok.head)
            if subj is not None and can_speak(subj):
                return subj
    return None


_HEARER_VERBS = frozenset("tell inform advise warn assure remind notify".split())
_DASH_CREDIT = re.compile(r"[\"”»’']?[ \t]*[-—–][ \t]*((?:[A-Z][\w.&'’-]*)(?:[ \t]+[A-Z][\w.&'’-]*){0,3})")


def _continues(article: Article, previous: Quote, start: int) -> bool:
    """A quote that opens a paragraph straight after one that closed the previous paragraph."""
    gap = article.text[previous.end:start]
    return "\n" in gap and len(gap.strip(" \n“”\"«».,")) == 0


def _indirect_quotes(article: Article, doc: Doc, resolver: Resolver, direct: list[Quote]) -> list[Quote]:
    taken = _SpanIndex([(q.start, q.end) for q in direct])
    quoted = _SpanIndex(quote_spans(article))
    by_start = sorted(direct, key=lambda q: q.start)
    starts = [q.start for q in by_start]

    def overlaps(s: int, e: int) -> bool:  # a partial quote inside the clause does not count
        return any(s < qe and qs < e and not (s <= qs - 1 and qe + 1 <= e) for qs, qe in taken.near(s, e))

    quotes: list[Quote] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        block = article.block_at(tok.idx)
        if block is None or block.kind != "paragraph":
            continue
        clause: Span | None = None
        subj: Token | None = None
        if lemma in REPORT_VERBS | {"demand", "urge"}:
            comps = [c for c in tok.children if c.dep_ == "ccomp"]
            comp = next((c for c in comps if c.i > tok.i), comps[0] if comps else None)
            if comp is not None:
                left = comp.left_edge.i
                while left < comp.i and doc[left].dep_ in ("mark", "punct"):
                    left += 1
                clause = doc[left: comp.right_edge.i + 1]
                subj = subject_of(tok)
            elif tok.dep_ in ("parataxis", "ccomp") and tok.head.i < tok.i and subject_of(tok) is not None:
                # "Israel did not present ..., Axios reported, but ..."
                head = tok.head
                left = head.left_edge.i
                right = tok.left_edge.i
                clause = doc[left:right]
                subj = subject_of(tok)
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            pobj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            sent = tok.sent
            if pobj is not None:
                subj = pobj
                if tok.i > sent.start + 2:
                    clause = doc[sent.start: tok.i]
                else:
                    begin = doc[tok.i + 1].right_edge.i + 1
                    while begin < sent.end and doc[begin].is_punct:
                        begin += 1
                    if begin < sent.end and doc[begin].tag_ == "VBG":  # ", quoting KCNA, ..."
                        comma = next((t.i for t in doc[begin: sent.end] if t.text == ","), None)
                        begin = comma + 1 if comma is not None else begin
                    clause = doc[begin: sent.end]
        if clause is None or subj is None or len(clause) < 3 or not can_speak(subj):
            continue
        told = lemma in _HEARER_VERBS and not any(c.dep_ in ("dobj", "dative", "iobj") for c in tok.children)
        if subj.dep_ == "nsubjpass" and (told or tok.tag_ == "VBN") and not any(c.dep_ == "agent" for c in tok.children):
            continue  # "I was told that ...", "... hauled in and told that ...": the one told is not the one telling
        if quoted.covers(tok.idx):
            continue  # reported speech inside a quotation belongs to the quotation
        start, end = _tidy(article.text, clause.start_char, clause.end_char)
        while end > start and article.text[end - 1] in ".,;:—-– ":
            end -= 1
        if end - start < 8 or overlaps(start, end):
            continue
        speaker, actor = resolver.resolve(subj)
        if speaker is None:
            continue
        quotes.append(Quote(text=article.text[start:end], kind="indirect", start=start, end=end,
                            speaker=speaker, actor=actor, cue=tok.text, cue_start=tok.idx))
        taken.add(start, end)
        for q in by_start[bisect_right(starts, start): bisect_left(starts, end)]:
            # words quoted inside reported speech are the reporter's source's words
            if start < q.start and q.end < end and (q.cue_start is None or start <= q.cue_start < end):
                q.speaker, q.actor, q.cue, q.cue_start = speaker, actor, tok.text, tok.idx
    return quotes


def _carry_speakers(article: Article, quotes: list[Quote]) -> None:
    """A quotation with no cue of its own, straight after an attributed one, goes on in the same
    voice: '"...," Al-Maeena said. "Had it happened five hours earlier ..."'."""
    previous: Quote | None = None
    for q in quotes:
        if q.speaker is None and q.kind == "direct" and previous is not None:
            gap = article.text[previous.end:q.start]
            if len(re.findall(r"\w+", gap)) <= 12 and gap.count("\n\n") <= 1:
                q.speaker, q.actor = previous.speaker, previous.actor
        if q.speaker is not None:
            previous = q


def extract_quotes(article: Article, doc: Doc, actors: list[Actor]) -> list[Quote]:
    """Every quote in article order; credits each speaking actor's `quotes` count."""
    resolver = Resolver(article, doc, actors)
    direct = _direct_quotes(article, doc, actors, resolver)
    indirect = _indirect_quotes(article, doc, resolver, direct)
    quotes = sorted(direct + indirect, key=lambda q: q.start)
    _carry_speakers(article, quotes)
    by_name = {a.name: a for a in actors}
    for q in quotes:
        if q.actor in by_name:
            by_name[q.actor].quotes += 1
    return quotes
