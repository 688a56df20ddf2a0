"""The Dask worker plugin that loads the spaCy pipeline once per worker (imported only by the Dask engine)."""

from __future__ import annotations

from distributed import WorkerPlugin


class ModelPlugin(WorkerPlugin):
    """Loads the pipeline as each worker starts, so no task pays for it and none loads it twice."""

    def __init__(self, model: str | None) -> None:
        self.model = model

    def setup(self, worker: object) -> None:
        from briefing.nlp import load_model

        load_model(self.model)
