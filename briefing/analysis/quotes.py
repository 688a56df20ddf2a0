"""Quotes: direct and reported speech, each with the speaker resolved to an actor.

Quotation marks are paired on the raw text (curly, straight, guillemets; a quote may run over
paragraphs), then the parse supplies the cue verb and its subject. Pronouns and bare definite
nouns ("the official", "the statement") are followed back to who they stand for.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from enum import StrEnum

from spacy.tokens import Doc, Token

from briefing.analysis import interview
from briefing.analysis.actors import Actor, ActorKind
from briefing.analysis.lexicon import (
    CUE_VERBS,
    PARTY_TAG,
    QUOTE_OPENERS,
    SPEECH_VERBS,
)
from briefing.analysis.not_speech import named_thing, slogan, term, title_in_sentence
from briefing.analysis.patterns import construction_labels
from briefing.analysis.quote_credits import Labels, credited_after, named_source
from briefing.analysis.quote_marks import SpanIndex, continues, quote_index, tidy
from briefing.analysis.reference import Reference, Resolver
from briefing.analysis.reported import reported_clause
from briefing.analysis.sentences import sentence_of
from briefing.analysis.subjects import can_speak, speaker_of, subject_of
from briefing.article import Article

CUE_WORDS = 30  # a cue between two quotations, at most: "the EU's foreign policy chief, ... told reporters"


class QuoteKind(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"


@dataclass(frozen=True)
class Quote:
    """Words attributed to someone; `text == article.text[start:end]` (marks excluded).

    `actor_id` points to the speaking actor; `actor` is that actor's name, as the JSON writes it.
    """

    text: str
    kind: QuoteKind
    start: int
    end: int
    speaker: str | None = None
    actor: str | None = None
    actor_id: int | None = None
    cue: str | None = None
    cue_start: int | None = None

    def said_by(self, ref: Reference, cue: Token | None = None) -> Quote:
        """The same words credited to a speaker (and the cue that introduced them, if any)."""
        speaker, actor = ref
        cue_text, cue_start = (cue.text, cue.idx) if cue is not None else (self.cue, self.cue_start)
        return replace(self, speaker=speaker, actor=actor.name if actor else None,
                       actor_id=actor.id if actor else None, cue=cue_text, cue_start=cue_start)

    def in_voice_of(self, other: Quote) -> Quote:
        """The same words in the voice of another quote: an uncued quote after an attributed one."""
        return replace(self, speaker=other.speaker, actor=other.actor, actor_id=other.actor_id)


_PARAGRAPH_REOPENED = re.compile(r"\s*\n\s*[“\"«‘']?")


def shown(text: str, kind: str) -> str:
    """A quote as a pane or an export shows it, on one line: a quotation that runs over paragraphs
    keeps its words, and each break with the mark that reopens the next paragraph becomes a space
    ("... for donors. It cuts funding ..."); reported speech is marked as such."""
    words = " ".join(_PARAGRAPH_REOPENED.sub(" ", text).split())
    return f"“{words}”" if kind == QuoteKind.DIRECT else f"(reported) {words}"


# ---------------------------------------------------------------------------------------- cues


def _cue_for(doc: Doc, text: str, start: int, end: int, quoted: SpanIndex) -> Token | None:
    """The speech verb that introduces the quote at [start, end)."""
    inside = lambda t: quoted.covers(t.idx)  # noqa: E731
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    # An embedded quote: walk up from the quoted words to the verb that governs them.
    tok = span.root.head
    steps = 0
    while steps < 12 and tok.head != tok:
        if not inside(tok) and tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in CUE_VERBS:
            return tok
        tok = tok.head
        steps += 1
    if not inside(tok) and tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in CUE_VERBS:
        return tok
    # Otherwise the nearest speech verb outside any quote, in the sentences the quote touches.
    first, last = sentence_of(span[0]), sentence_of(span[-1])
    lo, hi = first.start, last.end
    window = max(0, start - 400)
    before = text[window:start].rstrip(" \t\r\n\"“”«»‘'")
    colon_at = window + len(before) - 1 if before.endswith(":") else None
    if colon_at is not None:  # 'Obama tweeted:' closing the paragraph before the quote
        colon = doc.char_span(colon_at, colon_at + 1, alignment_mode="expand")
        if colon is not None and len(colon):
            lo = min(lo, sentence_of(colon[0]).start)
    candidates = [t for t in doc[lo:hi] if t.lemma_.lower() in SPEECH_VERBS and t.pos_ in ("VERB", "AUX")
                  and not inside(t) and speaker_of(t) is not None]
    if not candidates and hi < len(doc):
        after = sentence_of(doc[hi])  # '"...," the official added.' split by the parser
        if after.start_char - end < 6 and "\n" not in text[end:after.start_char]:
            candidates = [t for t in after if t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB"
                          and not inside(t) and speaker_of(t) is not None]
    if not candidates and colon_at is not None:  # 'Sunak defended ..., promising an update: "..."'
        colon = doc.char_span(colon_at, colon_at + 1, alignment_mode="expand")
        root = sentence_of(colon[0]).root if colon is not None and len(colon) else None
        if root is not None and root.pos_ in ("VERB", "AUX") and not inside(root) and subject_of(root) is not None:
            return root
    if not candidates:  # 'The city reasoned, "..."': any verb that hands over to the quote
        j = span.start - 1
        while j > 0 and (doc[j].is_quote or doc[j].is_space):
            j -= 1
        if j > 0 and doc[j].text in (",", ":") and doc[j - 1].pos_ == "VERB" and not inside(doc[j - 1]) \
                and subject_of(doc[j - 1]) is not None:
            return doc[j - 1]
        if j > 1 and doc[j].text in (",", ":") and _misread_cue(doc[j - 1]):
            return doc[j - 1]  # "the Department of Agriculture notes, “...”": "notes" read as a plural noun
        return None
    return min(candidates, key=lambda t: min(abs(t.idx - start), abs(t.idx - end)))



# A person's name alone before a colon that opens the quotation, at a line's start: a speaker's label.
_NAME_COLON = re.compile(r"(?:^|\n)[ \t]*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})[ \t]*:[ \t]*[“\"]$")


def _misread_cue(tok: Token) -> bool:
    """A speech verb's '-s' form the tagger read as a plural noun, straight after a name."""
    return (tok.tag_ == "NNS" and tok.lemma_.lower() in SPEECH_VERBS and tok.i > 0
            and tok.doc[tok.i - 1].ent_type_ in ("ORG", "PERSON", "GPE", "NORP"))


def _name_before(tok: Token) -> Token:
    """The head word of the name just before `tok` ("Agriculture" in "Department of Agriculture")."""
    doc, k = tok.doc, tok.i - 1
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return doc[k:tok.i].root


def _colon_lead(doc: Doc, text: str, start: int) -> Token | None:
    """'Sen. Ted Cruz (R-Texas) put it bluntly: “Democrats have no message.”', 'The statement read:
    “...”': a quotation a colon opens is said by the subject of the clause the colon ends."""
    j = start - 1
    while j >= 0 and text[j] in " \t“\"«":
        j -= 1
    if j < 1 or text[j] != ":":
        return None
    colon = doc.char_span(j, j + 1, alignment_mode="expand")
    if colon is None or colon[0].text != ":" or colon[0].i == 0:
        return None
    verb = doc[colon[0].i - 1]
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > colon[0].i:
        return None  # the parser hung the lead on the quotation's own verb
    subj = subject_of(verb)
    return subj if subj is not None and subj.i < colon[0].i and can_speak(subj) else None


def _credit(doc: Doc, article: Article, resolver: Resolver, labels: Labels, quote: Quote, cue: Token | None,
            previous: Quote | None) -> Quote:
    """Who says an uncredited quotation: its cue's subject, a dash credit, the voice before it, or
    a source the sentence before names."""
    if cue is not None:
        subj = _name_before(cue) if _misread_cue(cue) else speaker_of(cue)
        if subj is not None and can_speak(subj):
            quote = quote.said_by(resolver.resolve(subj), cue)
    elif m := _DASH_CREDIT.match(article.text, quote.end):  # '"So far, ..." - Matthew Ingram'
        name = m.group(1).rstrip(".,")
        quote = quote.said_by((name, resolver.names.find(name)))
    elif (lead := _colon_lead(doc, article.text, quote.start)) is not None:
        quote = quote.said_by(resolver.resolve(lead))  # "Sen. Ted Cruz put it bluntly: “...”"
    elif (after := credited_after(doc, article, quote.end)) is not None:
        quote = quote.said_by(resolver.resolve(after))  # '"..." That was the message from Mayor Karen Ortiz'
    elif previous is not None and previous.speaker and continues(article, previous.end, quote.start):
        quote = quote.in_voice_of(previous)
    elif (m := _NAME_COLON.search(article.text, max(0, quote.start - 60), quote.start)) is not None:
        person = resolver.names.find(m.group(1))  # 'Schumer: “We will pass this bill ...”'
        person = person if person is not None and person.kind == ActorKind.PERSON else None
        label = doc.char_span(m.start(1), m.end(1))
        if person is not None or label is not None and all(t.ent_type_ == "PERSON" for t in label):
            quote = quote.said_by((m.group(1), person))
    if quote.speaker is None:
        source = named_source(doc, article, quote.start, labels)
        if source is not None:
            quote = quote.said_by(resolver.resolve(source))
    return quote


def _direct_quotes(article: Article, doc: Doc, resolver: Resolver, labels: Labels) -> list[Quote]:
    index = quote_index(article, doc)
    spans = index.items
    quotes: list[Quote] = []
    previous: Quote | None = None
    for start, end in spans:
        text = article.text[start:end]
        cue = _cue_for(doc, article.text, start, end, index)
        quote = Quote(text=text, kind=QuoteKind.DIRECT, start=start, end=end)
        quote = _credit(doc, article, resolver, labels, quote, cue, previous)
        if quote.speaker is None and (len(text.split()) < 4 or named_thing(doc, article.text, start, end)) \
                or title_in_sentence(doc, article.text, start, end) or slogan(doc, start) or term(doc, article.text, start, end):
            continue  # scare quotes, titles, slogans, terms and names in quotation marks are not speech
        quotes.append(quote)
        previous = quote
    return quotes


_DASH_CREDIT = re.compile(r"[\"”»’']?[ \t]*[-—–][ \t]*((?:[A-Z][\w.&'’-]*)(?:[ \t]+[A-Z][\w.&'’-]*){0,3})")


def _indirect_quotes(article: Article, doc: Doc, resolver: Resolver, labels: Labels, direct: list[Quote]
                     ) -> list[Quote]:
    """Reported speech; quotations inside a reported clause become the reporter's source's words.

    `direct` is updated in place with those credits.
    """
    taken = SpanIndex([(q.start, q.end) for q in direct])
    quoted = quote_index(article, doc)
    starts = [q.start for q in direct]

    def overlaps(s: int, e: int) -> bool:  # a partial quote inside the clause does not count
        return any(s < qe and qs < e and not (s <= qs - 1 and qe + 1 <= e) for qs, qe in taken.near(s, e))

    quotes: list[Quote] = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        block = article.block_at(tok.idx)
        if block is None or block.kind != "paragraph" or quoted.covers(tok.idx):
            continue  # reported speech inside a quotation belongs to the quotation
        found = reported_clause(doc, tok, "ACCORDING_TO" in labels.get(tok.i, ()),
                          lambda t: t.is_title and resolver.mentions.at(t.idx, t.idx + len(t)) is not None)
        if found is None:
            continue
        clause, subj = found
        start, end = tidy(article.text, clause.start_char, clause.end_char)
        while end > start and article.text[end - 1] in ".,;:—-– ":
            end -= 1
        if end - start < 8 or overlaps(start, end):
            continue
        ref = resolver.resolve(subj)
        if ref[0] is None:
            continue
        quote = Quote(text=article.text[start:end], kind=QuoteKind.INDIRECT, start=start, end=end).said_by(ref, tok)
        quotes.append(quote)
        taken.add(start, end)
        for k in range(bisect_right(starts, start), bisect_left(starts, end)):
            q = direct[k]  # words quoted inside reported speech are the reporter's source's words
            if start < q.start and q.end < end and (q.cue_start is None or start <= q.cue_start < end):
                direct[k] = q.said_by(ref, tok)
    return quotes


def _carry_speakers(article: Article, quotes: list[Quote]) -> list[Quote]:
    """A quotation with no cue of its own, straight after an attributed one, goes on in the same
    voice: '"...," Al-Maeena said. "Had it happened five hours earlier ..."'."""
    previous: Quote | None = None
    out = []
    for q in quotes:
        if q.speaker is None and q.kind == QuoteKind.DIRECT and previous is not None:
            gap = PARTY_TAG.sub("", article.text[previous.end:q.start])  # "Schumer, D-N.Y., said" is one name
            words = len(re.findall(r"\w+", gap))
            # A long cue is still only the cue: ', the EU's foreign policy chief, Josep Borrell, told
            # reporters after the meeting. "Every drone ..."' (one sentence's end, no paragraph break).
            # So is a cue that closes the paragraph before a paragraph of quotation: '..., said the association's
            # chair, Yasmin Ali, who lives in a two-bedroom flat with her three children.\n\n"Nothing has changed."'
            cue_only = "\n" not in gap.rstrip(" \n\"“”«»") and len(re.findall(r"[.!?](?=\s)", gap + " ")) == 1
            if (words <= 12 or cue_only and words <= CUE_WORDS) and gap.count("\n\n") <= 1:
                q = q.in_voice_of(previous)
        if q.speaker is not None:
            previous = q
        out.append(q)
    return out


def _credit_from_close(article: Article, quotes: list[Quote]) -> list[Quote]:
    """A quotation left open at the end of its paragraph goes on in the next one, whose close
    names the speaker: '“This is ... paragraph. / “It goes on here,” Smith said.'"""
    out = list(quotes)
    for k in range(len(out) - 2, -1, -1):
        q, nxt = out[k], out[k + 1]
        block = article.block_at(q.start)
        if q.speaker is not None or nxt.speaker is None or q.kind != QuoteKind.DIRECT or block is None:
            continue
        rest = article.text[q.end:block.end]
        opened_next = article.text[block.end:nxt.start].strip()
        if not rest.strip(" .,;:") and opened_next and opened_next[-1] in (*QUOTE_OPENERS, '"'):
            out[k] = q.in_voice_of(nxt)
    return out


def _interview_quotes(article: Article, resolver: Resolver, actors: list[Actor],
                      found: list[interview.Turn]) -> list[Quote]:
    """Each turn of a question-and-answer interview, in its speaker's voice."""
    if not found:
        return []
    guest = interview.interviewee(article, actors, found)
    host = interview.interviewer(article, found)  # "**Reyes:** Why start there?": the reporter, no actor
    quotes = []
    for turn in found:
        quote = Quote(text=article.text[turn.start:turn.end], kind=QuoteKind.DIRECT, start=turn.start, end=turn.end)
        if turn.who == "question":
            quote = quote.said_by((host, resolver.names.find(host)))
        elif turn.who == "answer":
            named = interview.answer_name(found)
            quote = quote.said_by((guest.name, guest) if guest else (named or "the interviewee", None))
        else:
            quote = quote.said_by((turn.who, turn.actor))
        quotes.append(quote)
    return quotes


def extract_quotes(article: Article, doc: Doc, actors: list[Actor]) -> list[Quote]:
    """Every quote in article order, each pointing to its speaker's actor by id."""
    resolver = Resolver(article, doc, actors)
    labels = construction_labels(doc)
    direct = sorted(_direct_quotes(article, doc, resolver, labels), key=lambda q: q.start)
    indirect = _indirect_quotes(article, doc, resolver, labels, direct)
    quotes = _carry_speakers(article, sorted(direct + indirect, key=lambda q: q.start))
    quotes = _credit_from_close(article, quotes)
    found = interview.turns(article, actors)  # read once: the quotes and the headline's speaker use them
    turns = _interview_quotes(article, resolver, actors, found)
    if turns:  # a turn is the whole paragraph: quotations and reported speech inside it are part of it
        inside = SpanIndex([(q.start, q.end) for q in turns])
        quotes = sorted([q for q in quotes if not inside.covers(q.start)] + turns, key=lambda q: q.start)
        guest = interview.interviewee(article, actors, found)
        quotes = [q.said_by((guest.name, guest)) if guest is not None and q.speaker is None and _in_heading(article, q)
                  else q for q in quotes]  # an interview's headline quotes the interviewee
    return quotes


def _in_heading(article: Article, quote: Quote) -> bool:
    block = article.block_at(quote.start)
    return block is not None and block.kind in ("title", "subtitle")
