"""Extractive summary: sumy's rankers fed with spaCy's sentences and lemmas, plus a news ranker.

sumy's own tokenizer needs NLTK data that cannot be downloaded here, so its document model is
built directly from the parse. The "news" ranker blends graph and frequency rankings with what
news writing rewards: position, the headline's words and the story's central actors.
"""

from __future__ import annotations

import contextlib
import math
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from briefing.analysis.actors import Actor, ActorKind
from briefing.analysis.lexicon import CAPTION_CREDIT, TURN_LABEL
from briefing.analysis.qa_layout import INTERVIEW_NOTE, MAX_NOTE_WORDS, askers, bold_questions, is_question
from briefing.article import Article

ALGORITHMS = ("news", "lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "lead")
DEFAULT_ALGORITHM = "news"
MAX_RANKED = 300  # sumy's graph rankers are quadratic; news is top-heavy, so rank the opening part
LONG_SENTENCE = 20  # words outside names; past this and the article's median, ten more cost 0.8
PRIOR_FADE = 4.0  # how fast the priors give way to centrality as a summary grows past one sentence
MAX_QUOTED_TOKENS = 120  # a quotation split into sentences is kept whole up to this length
HEADLINE_REPEAT = 0.8  # a body line whose content words are this much the headline's is the headline again


@dataclass
class SummarySentence:
    text: str
    start: int
    end: int
    rank: int  # 1 = the ranker's best


@dataclass
class Summary:
    algorithm: str
    sentences: list[SummarySentence]


def parse_length(value: str | int | None, body_sentences: int) -> int:
    """'3' -> 3 sentences, '40%' -> 40% of the body; None -> 3, or ~20% of a long body."""
    if value is None or value == "":
        n = 3 if body_sentences <= 15 else min(10, round(body_sentences * 0.2))
    elif isinstance(value, str) and value.strip().endswith("%"):
        pct = float(value.strip()[:-1])
        if not 0 < pct <= 100:
            raise ValueError(f"summary length {value!r} must be a percentage between 0 and 100")
        n = math.ceil(body_sentences * pct / 100)
    else:
        n = int(value)
        if n < 1:
            raise ValueError("summary length must be at least one sentence")
    return max(1, min(n, body_sentences)) if body_sentences else 0


def body_sentences(article: Article, doc: Doc) -> list[Span]:
    """Sentences a summary may use: body only, no captions, no fragments."""
    out = []
    heads = _heading_words(article, doc)
    asking = askers(article)
    asked = {b.start for b in bold_questions(article)}  # "**Critics say the plan is fantasy.**"
    for sent in _whole_quotations(article, doc):
        block = article.block_at(sent.start_char)
        if block is None or block.kind != "paragraph" or is_question(block.text, asking) or block.start in asked:
            continue
        label = TURN_LABEL.match(block.text) if asking and sent.start_char == block.start else None
        if label is not None:  # "A: I expect the rich countries to keep their word.": the answer, not its label
            sent = doc[next((t.i for t in sent if t.idx >= block.start + label.end()), sent.end):sent.end]
        text = sent.text.strip()
        words = [t for t in sent if t.is_alpha]
        if len(words) < 4 or CAPTION_CREDIT.search(text):
            continue
        if INTERVIEW_NOTE.search(text) and len(words) <= MAX_NOTE_WORDS:
            continue  # "The interview has been edited for length and clarity.": the editor's, not news
        if not any(t.pos_ in ("VERB", "AUX") for t in sent):
            continue
        if _repeats_heading(sent, heads) or text.rstrip("”’\"' ").endswith("?"):
            continue  # the headline again; a question (an interviewer's, a rhetorical one) reports nothing
        out.append(sent)
    return out


def _quote_balance(text: str) -> int:
    """Quotation marks opened and not closed: '"They saw the numbers.' is 1, '... meant," Yost said' -1."""
    straight = text.count('"') % 2
    return text.count("“") - text.count("”") + (0 if not straight else 1 if text.lstrip().startswith('"') else -1)


def _whole_quotations(article: Article, doc: Doc) -> list[Span]:
    """The parse's sentences, with a quotation the parser split kept whole: '"They saw the numbers.
    They knew what those numbers meant," Yost said' is one sentence of a summary, never its second half.
    A quotation that runs on past its paragraph ("...every week.\n\n\"Nobody wants ...") is left split."""
    sents = list(doc.sents)
    out: list[Span] = []
    k = 0
    while k < len(sents):
        first, end = sents[k], k
        if _quote_balance(first.text) > 0:
            block, balance = article.block_at(first.start_char), _quote_balance(first.text)
            for m in range(k + 1, len(sents)):
                if article.block_at(sents[m].start_char) is not block or sents[m].end - first.start > MAX_QUOTED_TOKENS:
                    break
                balance += _quote_balance(sents[m].text)
                if balance <= 0:
                    end = m
                    break
        out.append(doc[first.start:sents[end].end])
        k = end + 1
    return out


def _content(tokens) -> set[str]:  # noqa: ANN001 - a Span or a Doc slice
    """Content words by lemma: 'the government has confirmed' repeats 'government confirms'."""
    return {t.lemma_.lower() for t in tokens if t.is_alpha and not t.is_stop}


def _heading_words(article: Article, doc: Doc) -> list[set[str]]:
    """The headline's and the standfirst's content words, each on its own."""
    out = []
    for b in article.blocks:
        if b.kind in ("title", "subtitle"):
            span = doc.char_span(b.start, b.end, alignment_mode="expand")
            if span is not None and _content(span):
                out.append(_content(span))
    return out


def _repeats_heading(sent: Span, heads: list[set[str]]) -> bool:
    """A saved page often repeats the headline or standfirst at the top of the body, sometimes
    behind a section label or slightly reworded ("Politics: Israel to restart hostage talks amid
    pressure"): a line that is mostly the heading's words and adds little is not news.
    """
    words = _content(sent)
    both = [set().union(*heads)] if len(heads) > 1 else []  # the headline run on with the standfirst's words
    return any(len(words & head) >= max(HEADLINE_REPEAT * len(words), len(head) / 2) and len(words - head) <= 2
               for head in heads + both)


def _words(sent: Span) -> list[str]:
    return [t.lemma_.lower() for t in sent if (t.is_alpha or t.like_num) and not t.is_space]


class _Words:
    """A stand-in for sumy's tokenizer: words come from the parse, looked up by sentence text."""

    def __init__(self, table: dict[str, list[str]]) -> None:
        self.table = table

    def to_words(self, text: str) -> list[str]:
        return self.table.get(text, text.lower().split())

    def to_sentences(self, text: str) -> list[str]:  # pragma: no cover - sumy may ask; never used here
        return [text]


def _sumy_scores(name: str, sents: Sequence[Span], title_words: set[str]) -> list[float]:
    """One score per sentence from a sumy ranker (higher is better)."""
    return _rank(name, [s.text.strip() for s in sents], [_words(s) for s in sents], title_words)


def rank_texts(texts: Sequence[str], algorithm: str = "lexrank") -> list[float]:
    """Scores for sentences that stand apart from any one parse (a story's articles' best
    sentences, ranked together): words are taken as written, lower-cased."""
    return _rank(algorithm, list(texts), [[w.lower() for w in _PLAIN_WORD.findall(t)] for t in texts], set())


_PLAIN_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _rank(name: str, texts: list[str], words_of: list[list[str]], title_words: set[str]) -> list[float]:
    from spacy.lang.en.stop_words import STOP_WORDS
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    keys = [f"{t} \u2063{i}" for i, t in enumerate(texts)]  # unique keys for sumy
    words = _Words(dict(zip(keys, words_of, strict=True)))
    document = ObjectDocumentModel([Paragraph([Sentence(k, words) for k in keys])])
    summarizer = _make(name, title_words)
    summarizer.stop_words = frozenset(STOP_WORDS)
    scores = [0.0] * len(texts)

    def record(infos: Sequence) -> list:
        infos = list(infos)
        for info in infos:
            # rounded: equal sentences score equal on every CPU, so ties go to the caller's order, not to
            # the last bits of floating point (0.3255871094567927 against 0.32558710945679264)
            scores[info.order] = round(float(info.rating), 9)
        return infos

    # Degenerate input (no shared words, one sentence) makes some rankers divide by zero: keep order.
    with contextlib.suppress(ValueError, ArithmeticError):
        summarizer(document, record)
    return scores


def _make(name: str, title_words: set[str]):  # noqa: ANN202 - sumy has no common base type worth naming
    from spacy.lang.en.stop_words import STOP_WORDS

    from briefing.analysis.sumy_import import summarizers

    sumy = summarizers()
    if name == "edmundson":
        s = sumy.edmundson.EdmundsonSummarizer()
        s.bonus_words = title_words or {"said"}
        s.stigma_words = {"however", "but", "although"}
        s.null_words = frozenset(STOP_WORDS)
        return s
    return {"lexrank": sumy.lex_rank.LexRankSummarizer, "textrank": sumy.text_rank.TextRankSummarizer,
            "lsa": sumy.lsa.LsaSummarizer, "luhn": sumy.luhn.LuhnSummarizer, "kl": sumy.kl.KLSummarizer,
            "sumbasic": sumy.sum_basic.SumBasicSummarizer}[name]()


def _normalise(scores: list[float]) -> list[float]:
    lo, hi = min(scores, default=0.0), max(scores, default=0.0)
    if hi - lo < 1e-12:
        return [0.0] * len(scores)
    return [(s - lo) / (hi - lo) for s in scores]


def _named(sents: Sequence[Span], start: int, end: int) -> bool:
    """A mention by name, not a definite noun standing for it ('the council' for the City Council):
    naming the cast marks the sentence that says what they did; 'the council said ...' is any sentence."""
    doc = sents[0].doc if sents else None
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    return span is None or not (span[0].lower_ == "the" and len(span) > 1 and span[-1].is_lower)


def _news_scores(sents: Sequence[Span], actors: Sequence[Actor], title_words: set[str], count: int = 1) -> list[float]:
    """Blend rankers with position, headline overlap and actor salience, for news.

    Position is measured in summary lengths (i / count): for one sentence the lead dominates; for a
    long summary every sentence of the opening stretch is "early", and content decides among them.
    A sentence much longer than the article's usual one is penalised: it spends the summary's length
    on one point (the second half of a long sentence is usually attribution or background), and
    extractive references, human or frequency-made, favour the sentence that states one fact. Words
    inside named entities do not count: a sentence long because it names the cast is not padded.

    Those priors are what wins at one sentence. A long summary (20-40% of the body) is judged on
    coverage: the sentences most central to the article, long ones included. So the priors fade as
    the summary grows; graph centrality, word frequency and the headline's words (what the story is
    about, not where a sentence sits) take their weight, and the penalty on long sentences fades
    fastest (at 40%, extracts that skip long sentences hold fewer of the words extractive references
    keep).
    """
    n = len(sents)
    share = (count - 1) / max(1, n)  # one sentence keeps every prior
    prior = 1.0 / (1.0 + PRIOR_FADE * share)
    # The long-sentence penalty is a one-sentence rule: it fades faster than the other priors (at 40% of
    # the body a tenth of it is left), since a long summary that skips long sentences holds fewer words.
    long_penalty = max(0.0, 1.25 * prior - 0.25)
    sizes = [sum(1 for t in s if not (t.is_punct or t.is_space or t.ent_type_)) for s in sents]
    long_from = max(LONG_SENTENCE, statistics.median(sizes)) if sizes else LONG_SENTENCE
    graph = _normalise(_sumy_scores("textrank", sents, title_words))
    freq = _normalise(_sumy_scores("luhn", sents, title_words))
    salient = {(s, e): a.salience for a in actors for s, e in a.spans if _named(sents, s, e)}
    # The sentence that names the story's central person or body by name tends to be the one
    # that says what happened to them ("Ahmed Mohamed ... was arrested"), not the scene-setting one.
    # That is a rule for the one best sentence: spread over a longer summary, it would pull in every
    # sentence that mentions them, so the bonus shrinks with the length asked for.
    central = max((a for a in actors if a.kind in (ActorKind.PERSON, ActorKind.ORGANIZATION)), key=lambda a: a.salience,
                  default=None)
    central_spans = [(s, e) for s, e in central.spans if _named(sents, s, e)] if central is not None and (
        central.salience >= max((a.salience for a in actors), default=0.0)) else []
    scores = []
    for i, sent in enumerate(sents):
        words = set(_words(sent))
        position = 1.0 / (1.0 + i / max(1, count)) ** 0.85
        overlap = len(words & title_words) / (len(title_words) or 1)
        cast = sum(v for (s, e), v in salient.items() if sent.start_char <= s < sent.end_char)
        quoted = sum(1 for ch in sent.text if ch in "“”\"") >= 2
        length = len(words)
        # Weights chosen from a plateau on the GUM one-sentence set, not a single best point.
        names_central = any(sent.start_char <= s < sent.end_char for s, _ in central_spans)
        priors = (2.2 * position + 1.6 * overlap + 0.25 * math.tanh(cast) + 1.2 * names_central / max(1, count)
                  - 0.08 * max(0.0, sizes[i] - long_from) * long_penalty)
        # what fades goes to centrality, frequency and the headline's words (topic, not position)
        score = (prior * priors + (1.5 - prior) * graph[i] + (0.3 + 0.5 * (1 - prior)) * freq[i]
                 + 1.6 * (1 - prior) * overlap)
        if quoted:  # at any length: a quotation alone reports a reaction, not what happened
            score -= 0.35
        if length < 8:
            score -= 0.4
        scores.append(score)
    return scores if n else []


def _drop_redundant(order: list[int], sents: Sequence[Span], count: int) -> list[int]:
    """Walk down the ranking, skipping a sentence that mostly repeats one already chosen."""
    chosen: list[int] = []
    bags = [set(_words(s)) for s in sents]
    for i in order:
        if len(chosen) == count:
            break
        if any(len(bags[i] & bags[j]) / (len(bags[i]) or 1) > 0.6 for j in chosen):
            continue
        chosen.append(i)
    for i in order:  # redundancy must not shorten the summary below what was asked
        if len(chosen) == count:
            break
        if i not in chosen:
            chosen.append(i)
    return chosen


def _title_words(article: Article, doc: Doc) -> set[str]:
    """Headline and dek content words as lemmas, the form sentences are compared in."""
    spans = [(b.start, b.end) for b in article.blocks if b.kind in ("title", "subtitle")]
    words = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        words |= {t.lemma_.lower() for t in span if t.is_alpha and len(t) > 3 and not t.is_stop}
    return words


def summarize(article: Article, doc: Doc, actors: Sequence[Actor] = (), algorithm: str = DEFAULT_ALGORITHM,
              length: str | int | None = None) -> Summary:
    """The best `length` sentences, shown in article order, each with its rank."""
    if algorithm not in ALGORITHMS:
        raise ValueError(f"unknown summary algorithm {algorithm!r}; choose from {', '.join(ALGORITHMS)}")
    sents = body_sentences(article, doc)
    count = parse_length(length, len(sents))
    ranked_pool = sents[:MAX_RANKED]
    title_words = _title_words(article, doc)
    if algorithm == "lead" or len(ranked_pool) <= 1:
        scores = [-float(i) for i in range(len(ranked_pool))]
    elif algorithm == "news":
        scores = _news_scores(ranked_pool, actors, title_words, count)
    else:
        scores = _sumy_scores(algorithm, ranked_pool, title_words)
    order = sorted(range(len(ranked_pool)), key=lambda i: (-scores[i], i))
    chosen = _drop_redundant(order, ranked_pool, count) if algorithm == "news" else order[:count]
    rank = {i: r + 1 for r, i in enumerate(chosen)}
    out = []
    for i in sorted(chosen):
        sent = ranked_pool[i]
        start, end = sent.start_char, sent.end_char
        while end > start and article.text[end - 1].isspace():
            end -= 1
        out.append(SummarySentence(text=article.text[start:end], start=start, end=end, rank=rank[i]))
    return Summary(algorithm=algorithm, sentences=out)

