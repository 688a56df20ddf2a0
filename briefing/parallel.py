"""One long article on several cores: its pieces parsed here and in worker processes, joined in order.

A 1 MB article is two hundred 5 KB pieces and most of a minute of parsing on one core. This process
has the model already, so it keeps parsing while `processes - 1` helpers start (each loads the
model once, about a second) and then shares the work with them: whoever is free takes the next
small batch, and a batch still queued for a helper when this process runs out is taken back, so
nobody waits at the end. Helpers send each piece back as `Doc.to_bytes` without its tensor; the
pieces are the ones `nlp.parse` makes, so the joined Doc is the one a single process would make.
Helpers are spawned, not forked: the app has threads (Textual's, workers') that a fork would copy
mid-flight.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from typing import TYPE_CHECKING

from briefing.article import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

PARALLEL_FROM = 200_000  # characters: below this, starting workers costs more than it saves
BATCH_PIECES = 2  # pieces a task: small, so the last one ends soon after the others
QUEUED = 2  # batches kept queued for each helper

_worker_nlp: Language | None = None


def _start_worker(model: str) -> None:
    global _worker_nlp
    from briefing.nlp import load_model

    _worker_nlp = load_model(model)


def _parse_batch(pieces: list[str]) -> list[bytes]:
    assert _worker_nlp is not None
    return [doc.to_bytes(exclude=["tensor", "user_data"]) for doc in _worker_nlp.pipe(pieces, batch_size=1)]


def worthwhile(article: Article, processes: int) -> bool:
    return processes > 1 and len(article.text) >= PARALLEL_FROM


class _Shared:
    """The batches of one article, parsed by this process and by helpers as each is free."""

    def __init__(self, nlp: Language, batches: list[list[str]], progress: Callable[[int, int], None] | None) -> None:
        self.nlp, self.batches, self.progress = nlp, batches, progress
        self.docs: list[list[Doc] | None] = [None] * len(batches)
        self.queued: dict[Future[list[bytes]], int] = {}
        self.next = 0
        self.total = sum(map(len, batches))
        self.done = 0

    def finished(self, i: int, docs: list[Doc]) -> None:
        self.docs[i] = docs
        self.done += len(self.batches[i])
        if self.progress:
            self.progress(self.done, self.total)

    def parse_here(self, i: int) -> None:
        from briefing.nlp import drop_tensor

        docs = list(self.nlp.pipe(self.batches[i], batch_size=1))
        for doc in docs:
            drop_tensor(doc)
        self.finished(i, docs)

    def collect(self, futures: set[Future[list[bytes]]]) -> None:
        from spacy.tokens import Doc

        for future in futures:
            i = self.queued.pop(future)
            self.finished(i, [Doc(self.nlp.vocab).from_bytes(data) for data in future.result()])

    def take_back(self) -> None:
        """Batches a helper has not started: parse them here rather than wait for them."""
        for future, i in list(self.queued.items()):
            if future.cancel():
                del self.queued[future]
                self.parse_here(i)


@contextmanager
def real_stderr() -> Iterator[None]:
    """Starting a process hands it this process's stderr; Textual replaces `sys.stderr` with a
    capture object whose file descriptor is not real ("bad value(s) in fds_to_keep")."""
    captured = sys.stderr
    if sys.__stderr__ is not None:
        sys.stderr = sys.__stderr__
    try:
        yield
    finally:
        sys.stderr = captured


def parse_parallel(nlp: Language, model: str, article: Article, processes: int,
                   progress: Callable[[int, int], None] | None = None) -> Doc:
    """Parse `article` here and in `processes - 1` helpers loading `model` (the name `nlp` was loaded by)."""
    from briefing.nlp import assemble, chunks

    pieces = chunks(article)
    work = _Shared(nlp, [pieces[i:i + BATCH_PIECES] for i in range(0, len(pieces), BATCH_PIECES)], progress)
    helpers = max(1, processes - 1)
    context = multiprocessing.get_context("spawn")
    with real_stderr():  # its queues start multiprocessing's resource tracker, which takes stderr
        pool = ProcessPoolExecutor(max_workers=helpers, mp_context=context, initializer=_start_worker,
                                   initargs=(model,))
    with pool:
        while work.next < len(work.batches) or work.queued:
            while len(work.queued) < QUEUED * helpers and work.next < len(work.batches):
                with real_stderr():  # the first submit starts the helpers
                    work.queued[pool.submit(_parse_batch, work.batches[work.next])] = work.next
                work.next += 1
            if work.next < len(work.batches):
                work.next += 1
                work.parse_here(work.next - 1)
            else:
                work.take_back()
                if work.queued:
                    wait(work.queued, return_when=FIRST_COMPLETED)
            work.collect({f for f in work.queued if f.done()})
    return assemble(article, [doc for docs in work.docs if docs for doc in docs])
