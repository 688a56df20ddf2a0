"""Property tests: random text, quote marks, markup and bytes never break the loader or analyses."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing.briefing import analyze
from briefing.load import LoadError, parse_bytes

WORDS = ["the", "minister", "said", "Hamas", "Israel", "protesters", "demanded", "court", "ordered", "Lapid",
         "added", "he", "she", "talks", "will", "resume", "according", "to", "reports", ",", ".", "[bold]",
         "[/]", "\x1b[31m", "’", "'", '"', "“", "”", "«", "»", "\n", "\n\n", "Opposition", "leader", "that"]

articles = st.lists(st.sampled_from(WORDS), min_size=1, max_size=80).map(" ".join)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.binary(max_size=2000))
def test_loader_never_raises_anything_but_loaderror(data):
    try:
        article = parse_bytes(data)
    except LoadError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    for block in article.blocks:
        assert article.text[block.start:block.end] == block.text
    assert "\x1b" not in article.text


@SETTINGS
@given(articles)
@example(text="the the Opposition \n ,")  # a name the tagger ran on over a paragraph break
def test_analyses_keep_every_offset_inside_the_text(nlp, text):
    try:
        article = parse_bytes(text.encode())
    except LoadError:
        return
    b = analyze(article, nlp)
    t = article.text
    for q in b.quotes:
        assert t[q.start:q.end] == q.text
    for s in b.summary.sentences:
        assert t[s.start:s.end] == s.text
    for a in b.actors:  # every mention is a real stretch of words, not blank or cut mid-space
        for s, e in a.spans:
            assert 0 <= s < e <= len(t) and t[s:e].strip() == t[s:e]
    for p in b.pressure:
        assert 0 <= p.start < p.end <= len(t)
        for s, e in p.evidence:
            assert t[s:e].strip() and 0 <= s < e <= len(t)
    assert [q.start for q in b.quotes] == sorted(q.start for q in b.quotes)


marked = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), min_size=1, max_size=60).map(" ".join)


@SETTINGS
@given(marked)
def test_any_unicode_text_with_marks_is_analysed_and_rendered_safely(nlp, text):
    from briefing.export import to_json, to_markdown

    try:
        article = parse_bytes(text.encode("utf-8", "surrogatepass"))
    except LoadError:
        return
    b = analyze(article, nlp)
    for q in b.quotes:
        assert article.text[q.start:q.end] == q.text
    assert "\x1b" not in to_markdown(b) and to_json(b)
