"""Import sumy's rankers without NLTK.

sumy's summarizer base class imports `sumy.nlp.stemmers`, which imports `nltk.stem.snowball`, and
that imports the whole of NLTK (about 0.15 s and 40 MB) for language stemmers briefing never uses:
it hands sumy spaCy lemmas. Stand-in modules are placed in `sys.modules` only for the duration of
sumy's import and removed afterwards, so a real `import nltk` later in the process still works; the
only casualty is `sumy.nlp.stemmers.Stemmer(language)`, which briefing does not call.
"""

from __future__ import annotations

import importlib
import sys
import threading
import types
from types import ModuleType

_STUBS = ("nltk", "nltk.stem", "nltk.stem.snowball")
_lock = threading.Lock()


def summarizers() -> ModuleType:
    """The `sumy.summarizers` package with every ranker module imported."""
    with _lock:
        if "sumy.nlp.stemmers" not in sys.modules and "nltk" not in sys.modules:
            _import_with_stubs()
        for name in ("edmundson", "kl", "lex_rank", "lsa", "luhn", "sum_basic", "text_rank"):
            importlib.import_module(f"sumy.summarizers.{name}")
        return importlib.import_module("sumy.summarizers")


def _import_with_stubs() -> None:
    stubs = {name: types.ModuleType(name) for name in _STUBS}
    stubs["nltk"].__path__ = []  # a package, so the submodules can hang from it
    stubs["nltk.stem"].__path__ = []
    stubs["nltk"].stem = stubs["nltk.stem"]  # type: ignore[attr-defined]
    stubs["nltk.stem"].snowball = stubs["nltk.stem.snowball"]  # type: ignore[attr-defined]
    sys.modules.update(stubs)
    try:
        importlib.import_module("sumy.nlp.stemmers")
    finally:
        for name, stub in stubs.items():
            if sys.modules.get(name) is stub:
                del sys.modules[name]
