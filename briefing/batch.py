"""Many articles, one model: the headless pipeline behind `briefing analyze`.

Articles are parsed with `nlp.pipe` (batched, faster than one call per text) and, with --jobs N,
in N worker processes over interleaved shares of the files. A file that fails is reported with a
one-line reason and the others are still written.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.article import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Job:
    files: tuple[Path, ...]
    output: Path | None
    fmt: str
    algorithm: str | None
    length: str | None
    model: str | None


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def _articles(files: tuple[Path, ...], failures: list[str]) -> Iterator[tuple[Path, Article]]:
    from briefing.load import LoadError, load_article

    for path in files:
        try:
            yield path, load_article(path)
        except LoadError as exc:
            failures.append(f"{path}: {exc}")


def _parsed(nlp: Language, loaded: list[tuple[Path, Article]]) -> Iterator[tuple[Path, Article, Doc]]:
    """All articles' pieces through one `nlp.pipe` stream, joined back per article.

    The pieces are the ones `parse` uses, so a batch gives exactly the app's briefing.
    """
    from briefing.nlp import assemble, chunks

    plan = [(path, article, chunks(article)) for path, article in loaded]
    stream = nlp.pipe((piece for _, _, pieces in plan for piece in pieces), batch_size=16)
    for path, article, pieces in plan:
        yield path, article, assemble(article, [next(stream) for _ in pieces])


def run_job(job: Job) -> list[str]:
    """Analyse and write every file of the job; returns one line per failure."""
    from briefing.briefing import analyze
    from briefing.export import render, write_atomic
    from briefing.nlp import load_model

    nlp = load_model(job.model)
    failures: list[str] = []
    suffix = "json" if job.fmt == "json" else "md"
    for path, article, doc in _parsed(nlp, list(_articles(job.files, failures))):
        try:
            result = analyze(article, nlp, algorithm=job.algorithm, length=job.length, doc=doc, keep_doc=False)
            text = render(result, job.fmt)
            if job.output is None:
                sys.stdout.write(text)
            else:
                write_atomic(job.output / f"{path.stem}.{suffix}", text, overwrite=True)
        except OSError as exc:
            failures.append(f"{path}: could not write the briefing ({exc.strerror or exc})")
        except Exception as exc:  # an analysis bug must not cost the rest of the batch
            failures.append(f"{path}: analysis failed ({type(exc).__name__}: {exc}); please report it")
    return failures


def run(job: Job, jobs: int = 1) -> list[str]:
    """Run in this process, or share the files among `jobs` worker processes."""
    jobs = max(1, min(jobs, len(job.files)))
    if jobs == 1:
        return run_job(job)
    shares = [Job(job.files[i::jobs], job.output, job.fmt, job.algorithm, job.length, job.model)
              for i in range(jobs)]
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with context.Pool(jobs) as pool:
        results = pool.map(run_job, shares)
    return [line for lines in results for line in lines]
