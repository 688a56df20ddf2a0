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

from briefing.article import Article


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


def run_job(job: Job) -> list[str]:
    """Analyse and write every file of the job; returns one line per failure."""
    from briefing.briefing import analyze
    from briefing.export import render, write_atomic
    from briefing.nlp import CHUNK_CHARS, load_model, parse

    nlp = load_model(job.model)
    failures: list[str] = []
    suffix = "json" if job.fmt == "json" else "md"
    loaded = list(_articles(job.files, failures))
    small = [(p, a) for p, a in loaded if len(a.text) <= CHUNK_CHARS]
    large = [(p, a) for p, a in loaded if len(a.text) > CHUNK_CHARS]
    parsed = zip(small, nlp.pipe((a.text for _, a in small), batch_size=16), strict=True)
    large_parsed = (((p, a), None) for p, a in large)
    for (path, article), doc in (*parsed, *large_parsed):
        try:
            doc = doc if doc is not None else parse(nlp, article)
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
