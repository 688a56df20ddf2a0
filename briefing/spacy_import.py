"""Import spaCy without its command-line tooling.

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
