"""Property tests: random text, quote marks, markup and bytes never break the loader or analyses."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
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
    for a in b.actors:
        assert all(0 <= s < e <= len(t) for s, e in a.spans)
    for p in b.pressure:
        assert 0 <= p.start < p.end <= len(t)
