"""Briefings kept on disk, so reopening an article or a story is instant.

The key is the file's content (sha256), the model, and a fingerprint of the analysis code: a changed
file, another model or new rules mean a new briefing. An entry that cannot be read (damaged, from
another Python) is ignored and replaced, never an error. `BRIEFING_CACHE_DIR` moves the folder.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.briefing import Briefing

PACKAGE = Path(__file__).resolve().parent


def cache_dir() -> Path:
    override = os.environ.get("BRIEFING_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("briefing")) / "briefings"


@cache
def code_fingerprint() -> str:
    """The analysis code that makes a briefing: any change to it makes every entry stale."""
    digest = hashlib.sha256()
    for path in sorted([*PACKAGE.glob("analysis/**/*.py"), *(PACKAGE / n for n in (
            "briefing.py", "nlp.py", "load.py", "clean.py", "article.py", "export.py"))]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _entry(sha256: str, model: str) -> Path:
    return cache_dir() / f"{sha256}-{model}-{code_fingerprint()}.pickle"


def get(sha256: str, model: str) -> Briefing | None:
    path = _entry(sha256, model)
    try:
        with path.open("rb") as fh:
            found = pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception:  # damaged or foreign: drop it, the briefing is made again
        path.unlink(missing_ok=True)
        return None
    from briefing.briefing import Briefing

    return found if isinstance(found, Briefing) and found.article.sha256 == sha256 else None


def has(sha256: str, model: str) -> bool:
    """Whether an entry is there, without reading it."""
    return _entry(sha256, model).exists()


def put(briefing: Briefing, model: str) -> None:
    """Keep the briefing (without its parse); a full disk or a read-only folder just means no cache."""
    from dataclasses import replace

    if not briefing.article.sha256:
        return
    path = _entry(briefing.article.sha256, model)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".entry-", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(replace(briefing, doc=None), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
