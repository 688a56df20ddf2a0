"""Engines that brief batches of articles: this process, local worker processes, or a Dask cluster.

Each engine's `map(batches, options)` takes the batches lazily and yields each batch's outcomes
as it completes, keeping only a few batches in flight, so reading, briefing and writing overlap
and memory stays flat. Completion order, not file order: the writer does not care.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from typing import TYPE_CHECKING

from briefing.batch import Input, Job, Options, brief_batch
from briefing.outputs import Outcome

if TYPE_CHECKING:
    from types import TracebackType

IN_FLIGHT = 2  # batches queued per worker: one running, one waiting


class InProcess:
    """`--jobs 1`: the batches one after another, here."""

    def __enter__(self) -> InProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def map(self, batches: Iterator[list[Input]], options: Options) -> Iterator[list[Outcome]]:
        for batch in batches:
            yield brief_batch(batch, options)


_started: tuple[int, ProcessPoolExecutor] | None = None  # spawned early by `prestart`, waiting for work


def _load(model: str | None) -> None:
    """A worker made ready before its first article: the model, the analyses and sumy imported,
    one short parse done (the first parse in a process pays for lazy tables)."""
    from briefing.analysis.sumy_import import summarizers
    from briefing.briefing import analyze
    from briefing.load import parse_bytes
    from briefing.nlp import load_model

    nlp = load_model(model)
    summarizers()
    analyze(parse_bytes(b"Ready\n\nThe council said on Monday that the new tram line would open in May.\n"), nlp,
            keep_doc=False)


def prestart(jobs: int, model: str | None = None) -> None:
    """Spawn `jobs` worker processes now, each loading the model as it starts, for a pool made
    later: the app calls this as it starts on a story, so the workers load while it draws."""
    global _started
    if _started is not None or jobs < 2:
        return
    from briefing.parallel import real_stderr

    with real_stderr():
        pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_load, initargs=(model,))
        for _ in range(jobs):
            pool.submit(int)  # a worker process starts only for a task
    _started = (jobs, pool)


def _take_started(jobs: int) -> ProcessPoolExecutor | None:
    global _started
    found, _started = _started, None
    if found is not None and found[0] != jobs:
        found[1].shutdown(wait=False, cancel_futures=True)
        return None
    return found[1] if found is not None else None


class LocalPool(InProcess):
    """`--jobs N`: N worker processes forked from this one, which has loaded the model already; or,
    from a process with threads (the app), spawned, each loading the model for itself (or those
    `prestart` spawned already)."""

    def __init__(self, jobs: int, spawn: bool = False) -> None:
        from briefing.parallel import real_stderr

        self.jobs = jobs
        method = "spawn" if spawn or not sys.platform.startswith("linux") else "fork"
        started = _take_started(jobs) if method == "spawn" else None
        with real_stderr():
            self.pool = started or ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method))

    def __exit__(self, *exc: object) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def map(self, batches: Iterator[list[Input]], options: Options) -> Iterator[list[Outcome]]:
        from briefing.parallel import real_stderr

        running = set()
        for batch in batches:
            with real_stderr():  # the first submits start the workers
                running.add(self.pool.submit(brief_batch, batch, options))
            if len(running) >= IN_FLIGHT * self.jobs:
                finished, running = wait(running, return_when=FIRST_COMPLETED)
                yield from (f.result() for f in finished)
        while running:
            finished, running = wait(running, return_when=FIRST_COMPLETED)
            yield from (f.result() for f in finished)


class DaskEngine(InProcess):
    """`--engine dask`: a LocalCluster here (one single-threaded worker process a core), or the
    cluster whose scheduler is at `scheduler`. Each worker loads the model once, as it starts
    (a worker plugin); a worker that dies has its tasks run again elsewhere by the scheduler."""

    def __init__(self, jobs: int, model: str | None, scheduler: str | None = None) -> None:
        self.jobs, self.model, self.scheduler = jobs, model, scheduler
        self.cluster = None
        self.client = None

    def __enter__(self) -> DaskEngine:
        from dask.distributed import Client, LocalCluster

        from briefing.dask_plugin import ModelPlugin

        if self.scheduler is None:
            self.cluster = LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=40)
            self.client = Client(self.cluster)
        else:
            self.client = Client(self.scheduler)
        self.client.register_plugin(ModelPlugin(self.model), name="briefing-model")
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def slots(self) -> int:
        assert self.client is not None
        return max(1, sum(self.client.nthreads().values()))

    def map(self, batches: Iterator[list[Input]], options: Options) -> Iterator[list[Outcome]]:
        from dask.distributed import as_completed

        assert self.client is not None
        running = as_completed()
        queued = 0
        for batch in batches:
            running.add(self.client.submit(brief_batch, batch, options, pure=False))
            queued += 1
            if queued >= IN_FLIGHT * self.slots():
                yield next(running).result()
                queued -= 1
        for future in running:
            yield future.result()


def engine_for(job: Job, jobs: int, spawn: bool = False) -> InProcess:
    if job.engine == "dask":
        return DaskEngine(jobs, job.model, job.scheduler)
    if jobs <= 1:
        return InProcess()
    return LocalPool(jobs, spawn)
