"""Where a batch's briefings go, written by one process as they arrive, and how far it has got.

- a folder: `<stem>.json` or `<stem>.md` per article, each written atomically;
- standard output: one article's briefing;
- a JSON Lines archive (`--format jsonl --output FILE.jsonl`): one briefing a line, appended as
  each arrives. Each line goes out in one `write` of the whole line and is flushed, so a run that
  is killed leaves at most a torn last line; `--resume` cuts it off and skips every input whose
  briefing is already there with the same sha256.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Outcome:
    """One article's result: its rendered briefing, or the one-line reason there is none."""

    path: str
    sha256: str | None
    text: str | None
    error: str | None
    briefing: object | None = None  # the Briefing itself, when the caller asked for objects (a story)


class FolderWriter:
    def __init__(self, folder: Path, fmt: str) -> None:
        self.folder, self.suffix = folder, "json" if fmt == "json" else "md"

    def done(self) -> dict[str, str]:
        return {}

    def write(self, outcome: Outcome) -> None:
        from briefing.export import write_atomic

        write_atomic(self.folder / f"{Path(outcome.path).stem}.{self.suffix}", outcome.text or "", overwrite=True)

    def close(self) -> None:
        pass


class StdoutWriter(FolderWriter):
    def __init__(self) -> None:
        pass

    def write(self, outcome: Outcome) -> None:
        sys.stdout.write(outcome.text or "")
        sys.stdout.flush()


class JsonLinesWriter:
    """Appends one briefing a line; knows which inputs an earlier run already briefed."""

    def __init__(self, path: Path, resume: bool) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._done = self._read_and_repair() if resume and path.exists() else {}
        if not resume and path.exists():
            path.unlink()
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def _read_and_repair(self) -> dict[str, str]:
        """(path -> sha256) of every complete line; a torn last line (a killed run) is cut off."""
        done: dict[str, str] = {}
        keep = 0
        with self.path.open("rb") as fh:
            for line in fh:
                if not line.endswith(b"\n"):
                    break
                try:
                    source = json.loads(line)["source"]
                except (ValueError, KeyError, TypeError):
                    break
                done[source["path"]] = source["sha256"]
                keep += len(line)
        if keep != self.path.stat().st_size:
            os.truncate(self.path, keep)
        return done

    def done(self) -> dict[str, str]:
        return self._done

    def write(self, outcome: Outcome) -> None:
        line = (outcome.text or "").encode("utf-8")
        view = memoryview(line)
        while view:  # one write for a line in practice; a short write is finished, never interleaved
            view = view[os.write(self._fd, view):]

    def close(self) -> None:
        os.fsync(self._fd)
        os.close(self._fd)


def writer_for(output: Path | None, fmt: str, resume: bool = False) -> FolderWriter | JsonLinesWriter:
    if fmt == "jsonl":
        if output is None:
            raise ValueError("--format jsonl needs --output FILE.jsonl")
        return JsonLinesWriter(output, resume)
    if output is None:
        return StdoutWriter()
    return FolderWriter(output, fmt)


class Progress:
    """`done / total · rate` on one line of stderr, redrawn in place; silent unless stderr is a terminal."""

    def __init__(self, total: int, stream=None) -> None:  # noqa: ANN001 - a text stream
        self.total, self.done = total, 0
        self.stream = stream or sys.stderr
        self.live = bool(getattr(self.stream, "isatty", lambda: False)())
        self.start = time.monotonic()
        self._drawn = 0.0

    def advance(self) -> None:
        self.done += 1
        now = time.monotonic()
        if self.live and (now - self._drawn > 0.2 or self.done == self.total):
            self._drawn = now
            rate = self.done / max(1e-6, now - self.start)
            width = 30
            full = round(width * self.done / max(1, self.total))
            self.stream.write(f"\r{'█' * full}{'░' * (width - full)} {self.done}/{self.total} articles · {rate:.1f}/s")
            self.stream.flush()

    def clear(self) -> None:
        if self.live and self._drawn:
            self.stream.write("\r\x1b[K")

    def finish(self) -> None:
        if self.live and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
