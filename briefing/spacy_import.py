"""Import spaCy without its command-line tooling, and load a pipeline without idle work.

`spacy/__init__.py` imports `spacy.cli.info`, which pulls in the whole CLI stack (typer, weasel,
httpx, pygments): 0.15 s of the 0.7 s it takes to import spaCy and load the small model, for code
briefing never runs. A stand-in `spacy.cli` is placed in `sys.modules` for the duration of the
import and removed afterwards, so a later `import spacy.cli` still gets the real package. If a
spaCy version needs more of its CLI at import time, the stand-in is dropped and spaCy is imported
the ordinary way.
"""

from __future__ import annotations

import importlib
import sys
import types
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


def import_spacy() -> ModuleType:
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package, so `spacy.cli.info` can hang from it
    info = types.ModuleType("spacy.cli.info")
    info.info = _no_info  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    stubs = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(stubs)
    try:
        return importlib.import_module("spacy")
    except ImportError:
        for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
            del sys.modules[name]
        stubs = {}
        return importlib.import_module("spacy")
    finally:
        for name, stub in stubs.items():
            if sys.modules.get(name) is stub:
                del sys.modules[name]


def _no_info(*_args: object, **_kwargs: object) -> None:
    """`spacy.info()` needs the CLI; briefing never calls it."""
    raise RuntimeError("spaCy was imported without its CLI; run `python -m spacy info` instead")


SAVED_TOKENIZER = "briefing.saved_tokenizer.v1"


def load_pipeline(spacy: ModuleType, name: str) -> Language:
    """`spacy.load(name)` without two start-up costs that buy nothing here (0.07 s of 0.26 s).

    - The pipeline is built with an empty tokenizer: spaCy's default one compiles the language's
      2,700 exceptions only for `from_disk` to replace them with the package's saved tokenizer.
      A package that keeps no tokenizer of its own is loaded again the ordinary way.
    - catalogue filters the installed packages' entry points on each of ~250 registry look-ups;
      they are grouped once instead (same entry points, looked up by group in a dict).
    """
    _group_entry_points()
    from spacy.tokenizer import Tokenizer

    if SAVED_TOKENIZER not in spacy.registry.tokenizers:
        spacy.registry.tokenizers.register(SAVED_TOKENIZER, func=lambda: lambda nlp: Tokenizer(nlp.vocab))
    nlp = spacy.load(name, config={"nlp": {"tokenizer": {"@tokenizers": SAVED_TOKENIZER}}})
    if nlp.tokenizer.prefix_search is None and not nlp.tokenizer.rules:
        nlp = spacy.load(name)
    return nlp


def _group_entry_points() -> None:
    try:
        import catalogue
    except ImportError:  # pragma: no cover - spaCy always brings it
        return
    found = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    if isinstance(found, dict) and hasattr(found, "select"):  # importlib.metadata's SelectableGroups
        catalogue.AVAILABLE_ENTRY_POINTS = {group: list(points) for group, points in dict.items(found)}
