"""The one parse every analysis shares: paragraph breaks, chunked parsing, joined pieces."""

from __future__ import annotations

import pytest

from briefing.load import parse_bytes
from briefing.nlp import chunks, parse


def test_paragraph_breaks_are_sentence_breaks(nlp, sample_article):
    doc = parse(nlp, sample_article)
    title = sample_article.title
    starts = {s.start_char for s in doc.sents}
    for block in sample_article.blocks:
        assert block.start in starts
    assert not any(title in s.text and len(s.text.strip()) > len(title) for s in doc.sents)


@pytest.mark.parametrize(("headline", "paragraph"), [
    (b"'The vines remember everything': a winemaker on drought, debt and the future of Rioja",
     b"Carmen Ibarra took over her family's vineyard in La Rioja at 24."),  # a name
    (b"Tenants threaten rent strike over mould at Birmingham estate",
     b"Tenants on a Birmingham council estate have threatened to withhold rent unless the city council repairs"
     b" dozens of flats."),  # a common noun, the headline's first word again
])
def test_a_paragraph_is_not_cut_after_its_first_word(nlp, headline, paragraph):
    sents = [s.text.strip() for s in parse(nlp, parse_bytes(headline + b"\n\n" + paragraph)).sents]
    assert sents[-1] == paragraph.decode()


def test_chunked_parse_keeps_offsets(nlp):
    paras = [f"Paragraph {i} says the minister met the envoy in the capital on Monday." for i in range(40)]
    article = parse_bytes(("Headline\n\n" + "\n\n".join(paras)).encode())
    pieces = chunks(article, limit=300)
    assert len(pieces) > 5 and "".join(pieces) == article.text
    import briefing.nlp as nlp_module

    old = nlp_module.CHUNK_CHARS
    nlp_module.CHUNK_CHARS = 300
    try:
        doc = parse(nlp, article)
    finally:
        nlp_module.CHUNK_CHARS = old
    assert doc.text == article.text


def test_join_equals_spacy_from_docs(nlp, sample_article):
    from spacy.tokens import Doc

    from briefing.nlp import join

    pieces = chunks(sample_article, limit=800)
    docs = list(nlp.pipe(pieces))
    expected, joined = Doc.from_docs(docs, ensure_whitespace=False), join(docs)
    attrs = list(Doc._get_array_attrs())
    assert len(pieces) > 3 and joined.text == expected.text == sample_article.text
    assert (joined.to_array(attrs) == expected.to_array(attrs)).all()
    assert [str(t.morph) for t in joined] == [str(t.morph) for t in expected]
    assert [s.start for s in joined.sents] == [s.start for s in expected.sents]


def test_parallel_parse_is_the_same_doc(nlp, sample_article, monkeypatch):
    """Pieces parsed in two worker processes join into exactly the single-process Doc."""
    from spacy.tokens import Doc

    import briefing.parallel as parallel

    article = parse_bytes(("Headline\n\n" + "\n\n".join(sample_article.paragraphs * 10)).encode())
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 1_000)
    seen: list[tuple[int, int]] = []
    together = parse(nlp, article, progress=lambda done, total: seen.append((done, total)), processes=2)
    alone = parse(nlp, article)
    attrs = list(Doc._get_array_attrs())
    assert len(chunks(article)) > 4 and together.text == alone.text == article.text
    assert (together.to_array(attrs) == alone.to_array(attrs)).all()
    assert [s.start for s in together.sents] == [s.start for s in alone.sents]
    assert [(e.start, e.end, e.label_) for e in together.ents] == [(e.start, e.end, e.label_) for e in alone.ents]
    assert seen and seen[-1][0] == seen[-1][1] == len(chunks(article))


@pytest.mark.parametrize("title", ["Sens.", "Reps.", "Govs."])
def test_a_plural_title_is_one_token_and_ends_no_sentence(nlp, title):
    doc = nlp(f"The bill was backed by {title} Joe Manchin and Kyrsten Sinema on Monday.")
    assert title in [t.text for t in doc]
    assert len(list(doc.sents)) == 1
