"""Who an uncued quotation comes from, when no verb cues it: the source the text names just before it
("According to a statement from the Kremlin, \"...\"", "in the words of the Crown prosecutor, ...") or
the sentence straight after it ("\"...\" That was the message from Mayor Karen Ortiz")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.lexicon import DOCUMENT_NOUNS, PERSON_PRONOUNS, SAYING_NOUNS
from briefing.analysis.quote_marks import quote_index
from briefing.analysis.sentences import sentence_of
from briefing.analysis.subjects import can_speak, subject_of
from briefing.article import Article

Labels = dict[int, set[str]]


def credited_after(doc: Doc, article: Article, end: int) -> Token | None:
    """'"We are not going anywhere." That was the message from Mayor Karen Ortiz on Tuesday': the
    sentence straight after the quotation, in its paragraph, says whose words they were."""
    close = doc.char_span(max(end - 1, 0), end, alignment_mode="expand")
    if close is None or not len(close) or close[-1].i + 1 >= len(doc):
        return None
    k = close[-1].i + 1
    while k < len(doc) - 1 and (doc[k].is_quote or doc[k].is_space):
        k += 1
    first = doc[k]  # (the parser may run the quotation and this sentence together)
    if article.block_at(first.idx) is not article.block_at(end - 1) or first.idx - end > 4 \
            or first.lower_ not in ("that", "this", "those", "these"):
        return None
    noun = next((t for t in doc[first.i + 1:first.i + 6] if t.lemma_.lower() in SAYING_NOUNS and t.pos_ == "NOUN"), None)
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "of")), None) if noun else None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return pobj if pobj is not None and can_speak(pobj) else None


def named_source(doc: Doc, article: Article, start: int, labels: Labels) -> Token | None:
    """Who an uncued quotation comes from when the text just before names the source:
    'in the words of the Crown prosecutor, Mark Tedeschi, "..."', or 'Senator Cornyn issued a
    statement ... . "Like many Texans, ..."'."""
    opening = doc.char_span(start, min(start + 1, len(article.text)), alignment_mode="expand")
    if opening is None or not len(opening):
        return None
    sent = sentence_of(opening[0])
    for i in range(max(sent.start - 1, 0), opening[0].i - 1):  # "in the words of X", "According to X, "
        if labels.get(i, set()) & {"IN_THE_WORDS_OF", "ACCORDING_TO"}:
            pobj = next((c for c in doc[i + 1].children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return next((c for c in pobj.children if c.dep_ == "appos"), pobj)
    block = article.block_at(start)
    before = sentence_of(doc[sent.start - 1]) if sent.start > 0 else None
    if before is None or block is None or article.block_at(before.start_char) is not block \
            or opening[0].i - sent.start > 1:
        return None
    quoted_words = quote_index(article, doc)  # words inside a quotation tell nothing of who says the next
    for tok in before:  # the sentence before has someone issue a statement, letter or post
        if tok.lemma_.lower() in DOCUMENT_NOUNS and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" \
                and not quoted_words.covers(tok.idx):
            subj = subject_of(tok.head)
            if subj is not None and can_speak(subj):
                return subj
    # "Why did she so badly want to attend? "It's Warhol."": the person the sentence before is about
    subj = subject_of(before.root)
    if subj is not None and (subj.ent_type_ == "PERSON" or subj.lower_ in PERSON_PRONOUNS) \
            and not quoted_words.covers(subj.idx):
        return subj
    return None
