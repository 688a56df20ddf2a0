"""Words in quotation marks that are not speech: a title ("will air “The Long Night of the Soul”
next week") or a slogan ("chanted “No justice, no peace”"). Quotes drops them unless someone is
said to have said them, a title named mid-sentence even then, and a slogan chanted or carried on a
sign always ("signs reading “Our students deserve better”").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from briefing.analysis.lexicon import (
    CHANTING_VERBS,
    CUE_VERBS,
    DISPLAY_NOUNS,
    NAMED_AS,
    NAMING_VERBS,
    READING_VERBS,
    TITLE_SMALL_WORDS,
    TITLING_WORDS,
)


def named_thing(doc: Doc, text: str, start: int, end: int) -> bool:
    """A quoted name, not words spoken: a title in title case ("will air “The Long Night of the
    Soul” next week") or a verbless slogan inside a sentence ("chanted “No justice, no peace”")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text[start:end])
    if _title_cased(text, start, end, words):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and _inside_sentence(text, start) and len(words) < 10 and not any(
        t.pos_ in ("VERB", "AUX") for t in span)


def is_title(text: str, before: str = "") -> bool:
    """Quoted words that read as a title: two to eight words, each capitalised but the small ones a
    title leaves lower-case ('“When Harry Met Sally”', not '“That is the job of Congress.”'). A name
    someone goes by is theirs, not a title: 'going by the name “The Katherinator”' (`before` is the
    text up to the opening mark)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if not 2 <= len(words) <= 8 or text.rstrip().endswith(("?", "!")) or NAMED_AS.search(before):
        return False
    return words[0][0].isupper() and all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words)


def _title_cased(text: str, start: int, end: int, words: list[str]) -> bool:
    weighed = [w for w in words if len(w) > 3 or w[0].isupper()]  # "of", "the" may stay lower-case in a title
    return bool(weighed) and not text[start:end].rstrip().endswith((".", "?", "!")) and \
        sum(w[0].isupper() for w in weighed) >= 0.8 * len(weighed)


def _inside_sentence(text: str, start: int) -> bool:
    before = text[:max(0, start - 1)].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] == ",")


def title_in_sentence(doc: Doc, text: str, start: int, end: int) -> bool:
    """A title named mid-sentence ("will air “The Long Night of the Soul” next week, its
    producers said") is no quotation even when the sentence has a speaker; one word is a title
    when an owner's name is before it ("an appearance on Fox News's “Hannity”"). The name a
    speaker gives a thing is their word, though: 'dubbed it “the Corrupt Politicians Act”'."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text[start:end])
    owned = bool(re.search(r"\w['’]s$", text[:max(0, start - 1)].rstrip()))
    # 'an op-ed titled “Why Arizona Needs a Middle Ground.”': a word that titles it says so
    titled = bool(TITLING_WORDS.search(text[:max(0, start - 1)].rstrip()))
    end -= (owned or titled) and text[end - 1] in ".,"  # 'on Fox News's “Hannity.”': the stop is the sentence's
    return (len(words) >= 2 or (owned or titled) and bool(words)) and _inside_sentence(text, start) \
        and text[start - 2:start - 1] != ":" and _title_cased(text, start, end, words) and not _coined(doc, start, end)


def _coined(doc: Doc, start: int, end: int) -> bool:
    """The quotation is what a naming verb's subject called something: 'Cruz dubbed it “...”'."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    while head.dep_ in ("compound", "amod", "appos", "conj") and head.head is not head:
        head = head.head
    return head.dep_ in ("oprd", "dobj", "attr", "xcomp", "ccomp") and head.head.lemma_.lower() in NAMING_VERBS \
        and any(c.dep_ == "nsubj" for c in head.head.children)


def term(doc: Doc, text: str, start: int, end: int) -> bool:
    """A quoted term, a name for a thing: 'filed a “motion to vacate” late Wednesday'. A determiner
    before it makes it a noun, and no verb of saying or naming is above it ('calling the deal “a
    betrayal”', 'dubbed it the “Schumer budget”', 'said the plan has a “strong rationale”' are
    words someone used)."""
    if SO_CALLED.search(doc.text[max(0, start - 12):start]):
        return True  # 'Members of the so-called “SALT caucus”': a name others use, no one's words here
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start < 2 or len(span) > 6 or any(t.tag_ in FINITE_TAGS for t in span):
        return False
    root = span.root  # the quoted noun, or the noun it names a part of ("a law on “foreign influence”")
    nouns = (root, root.head.head) if root.head.dep_ == "prep" and root.head.head.pos_ in ("NOUN", "PROPN") else (root,)
    if any(c.dep_ == "relcl" and c.lemma_.lower() in CUE_VERBS for n in nouns for c in n.children) and not any(
            a.lemma_.lower() in CUE_VERBS | NAMING_VERBS for a in root.ancestors):
        return True  # 'passed a law on “foreign influence” that opponents say threatens media freedom': what
        # they speak of, named, not their words
    opening = span.start - 1 if doc[span.start - 1].is_quote else span.start
    before = doc[opening - 1]
    if before.pos_ != "DET" and before.tag_ != "PRP$":
        return False
    verbs = [a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")]
    # inside what someone said it is their word: 'noted it had grown into a “support movement”'
    return bool(verbs) and not any(v.lemma_.lower() in CUE_VERBS | NAMING_VERBS for v in verbs)


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
SO_CALLED = re.compile(r"\bso-called\s*[\"“‘']?$", re.I)


def slogan(doc: Doc, start: int) -> bool:
    """Words chanted or carried, not said: 'chanting “Housing is a right”', 'signs reading “Our
    students deserve better”', 'the slogan “Stop the cuts”'. Whoever chants them, they are no quote."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    before = [t for t in doc[max(0, span.start - 6):span.start] if not (t.is_punct or t.is_space)]
    if not before:
        return False
    last = before[-1]
    if last.lemma_.lower() in CHANTING_VERBS and last.pos_ == "VERB" or _display(last):
        return True
    if last.lower_ in ("and", "or") and (opening := _quote_before(doc, last.i)) is not None:
        return slogan(doc, opening.idx)  # 'banners reading "Rio Tinto, get out" and "We won't give up Jadar"'
    return last.lemma_.lower() in READING_VERBS and any(_display(t) for t in before[:-1])


def _quote_before(doc: Doc, i: int) -> Token | None:
    """The opening mark of the quotation that ends just before token i ('"Rio Tinto, get out" and'), if any."""
    if i < 2 or not doc[i - 1].is_quote:
        return None
    return next((doc[j] for j in range(i - 2, max(-1, i - 40), -1) if doc[j].is_quote), None)


def _display(t: Token) -> bool:
    return t.lower_ in DISPLAY_NOUNS and t.pos_ == "NOUN"
