"""Many articles: the headless pipeline behind `briefing analyze`, streamed.

The files are read one batch at a time by this process (a file that cannot be read is reported
the moment it is met), each small batch is briefed by an engine — this process, local worker
processes (`--jobs N`), or a Dask cluster (`--engine dask`) — and every result is written as it
comes back, by this process alone. Nothing waits for the whole archive: memory stays flat however
many files there are, and one slow file holds up only its own small batch.

A batch's pieces go through one `nlp.pipe` stream, so a batch gives exactly the app's briefing.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.outputs import Outcome, Progress, writer_for

if TYPE_CHECKING:
    from spacy.language import Language

OBJECTS = "briefing"  # Options.fmt for briefings handed back as objects, not text
DASK_BATCH = 16  # a task crosses the network: fewer, larger ones
BATCH = 8  # articles a task: enough for nlp.pipe to batch, few enough that a slow file holds up little
ENGINES = ("local", "dask")


@dataclass(frozen=True)
class Options:
    """What a worker needs to brief an article the way the command line asked."""

    fmt: str
    algorithm: str | None
    length: str | None
    model: str | None


@dataclass(frozen=True)
class Job:
    files: tuple[Path, ...]
    output: Path | None
    fmt: str
    algorithm: str | None
    length: str | None
    model: str | None
    resume: bool = False
    engine: str = "local"
    scheduler: str | None = None  # a Dask scheduler's address; None: a LocalCluster here

    @property
    def options(self) -> Options:
        return Options(self.fmt, self.algorithm, self.length, self.model)


@dataclass(frozen=True)
class Input:
    """A file's bytes, read by the process that writes, so a remote worker needs no shared disk."""

    path: str
    data: bytes = field(repr=False)
    fmt: str
    sha256: str


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


# ---------------------------------------------------------------------------------- in a worker


def brief_batch(inputs: list[Input], options: Options) -> list[Outcome]:
    """Brief every input (in the worker that runs it); a failure is that article's outcome."""
    from briefing.load import LoadError, parse_bytes
    from briefing.nlp import load_model

    nlp = load_model(options.model)
    outcomes: dict[int, Outcome] = {}
    loaded = []
    for i, inp in enumerate(inputs):
        try:
            loaded.append((i, parse_bytes(inp.data, fmt=inp.fmt, path=Path(inp.path))))
        except LoadError as exc:
            outcomes[i] = Outcome(inp.path, inp.sha256, None, str(exc))
    for i, article, doc in _parsed(nlp, loaded):
        outcomes[i] = _brief(inputs[i], article, doc, nlp, options)
    return [outcomes[i] for i in range(len(inputs))]


def _parsed(nlp: Language, loaded: list) -> Iterator:
    """All the batch's pieces through one `nlp.pipe` stream, joined back per article."""
    from briefing.nlp import assemble, chunks

    plan = [(i, article, chunks(article)) for i, article in loaded]
    stream = nlp.pipe((piece for _, _, pieces in plan for piece in pieces), batch_size=16)
    for i, article, pieces in plan:
        yield i, article, assemble(article, [next(stream) for _ in pieces])


def _brief(inp: Input, article, doc, nlp: Language, options: Options) -> Outcome:  # noqa: ANN001
    from briefing.briefing import analyze
    from briefing.export import render

    try:
        result = analyze(article, nlp, algorithm=options.algorithm, length=options.length, doc=doc, keep_doc=False)
        if options.fmt == OBJECTS:
            return Outcome(inp.path, inp.sha256, None, None, result)
        return Outcome(inp.path, inp.sha256, render(result, options.fmt), None)
    except Exception as exc:  # an analysis bug must not cost the rest of the batch
        return Outcome(inp.path, inp.sha256, None, f"analysis failed ({type(exc).__name__}: {exc}); please report it")


# ------------------------------------------------------------------------------- in this process


def _inputs(files: tuple[Path, ...], done: dict[str, str], failed: list[Outcome], progress: Progress
            ) -> Iterator[Input]:
    """Each file read once, as its batch is needed; unreadable ones and resumed ones fall out here."""
    from briefing.load import LoadError, format_for, read_bytes

    for path in files:
        try:
            data = read_bytes(path)
        except LoadError as exc:
            failed.append(Outcome(str(path), None, None, str(exc)))
            continue
        sha = hashlib.sha256(data).hexdigest()
        if done.get(str(path)) == sha:
            progress.advance()
            continue  # --resume: its briefing is already in the archive
        yield Input(str(path), data, format_for(path), sha)


def batches(inputs: Iterator[Input], size: int = BATCH) -> Iterator[list[Input]]:
    batch: list[Input] = []
    for item in inputs:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(job: Job, jobs: int = 1, engine: object | None = None) -> list[str]:
    """Brief every file of the job, writing each result as it arrives; one line per failure,
    each also printed to stderr the moment it is known."""
    from briefing.engines import engine_for

    writer = writer_for(job.output, job.fmt, resume=job.resume)
    progress = Progress(len(job.files))
    failures: list[str] = []

    def report(outcome: Outcome) -> None:
        if outcome.error is not None:
            failures.append(f"{outcome.path}: {outcome.error}")
            progress.clear()
            print(f"briefing: {failures[-1]}", file=sys.stderr, flush=True)
        else:
            try:
                writer.write(outcome)
            except OSError as exc:
                report(Outcome(outcome.path, outcome.sha256, None, f"could not write the briefing ({exc.strerror or exc})"))
                return
        progress.advance()

    unreadable: list[Outcome] = []
    size = DASK_BATCH if job.engine == "dask" else BATCH
    work = batches(_flush_as_read(_inputs(job.files, writer.done(), unreadable, progress), unreadable, report), size)
    with engine or engine_for(job, jobs) as runner:
        for outcomes in runner.map(work, job.options):
            for outcome in outcomes:
                report(outcome)
    for outcome in unreadable:  # a bad file at the very end of the list
        report(outcome)
    unreadable.clear()
    writer.close()
    progress.finish()
    return failures


def _flush_as_read(inputs: Iterator[Input], unreadable: list[Outcome], report) -> Iterator[Input]:  # noqa: ANN001
    """Report unreadable files as soon as the reading meets them, not at the end."""
    for item in inputs:
        while unreadable:
            report(unreadable.pop(0))
        yield item
    while unreadable:
        report(unreadable.pop(0))


def briefings(files: tuple[Path, ...], model: str | None = None, jobs: int = 1, use_cache: bool = True,
              on_done=None, spawn: bool = False) -> tuple[dict[str, object], dict[str, str]]:  # noqa: ANN001
    """Every file's Briefing (from the cache where it has one), and the reason for each that failed.

    Those not cached are briefed in `jobs` worker processes, a small batch at a time; `on_done(path,
    briefing or None, reason or None)` is called as each is known.
    """
    from briefing import cache
    from briefing.engines import engine_for
    from briefing.nlp import choose_model

    name = choose_model(model)
    done: dict[str, object] = {}
    failed: dict[str, str] = {}
    unreadable: list[Outcome] = []

    def settle(outcome: Outcome) -> None:
        if outcome.briefing is not None:
            done[outcome.path] = outcome.briefing
            if use_cache:
                cache.put(outcome.briefing, name)
        else:
            failed[outcome.path] = outcome.error or "no briefing"
        if on_done is not None:
            on_done(outcome.path, outcome.briefing, outcome.error)

    def todo() -> Iterator[Input]:
        for item in _flush_as_read(_inputs(files, {}, unreadable, Progress(0, _Silent())), unreadable, settle):
            hit = cache.get(item.sha256, name) if use_cache else None
            if hit is not None:
                settle(Outcome(item.path, item.sha256, None, None, hit))
            else:
                yield item

    job = Job(files, None, OBJECTS, None, None, model)
    with engine_for(job, jobs, spawn) as runner:
        for outcomes in runner.map(batches(todo(), size=2 if jobs > 1 else BATCH), job.options):
            for outcome in outcomes:
                settle(outcome)
    return done, failed


class _Silent:
    def isatty(self) -> bool:
        return False
