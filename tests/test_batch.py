"""The streamed batch: engines give the same briefings, archives survive a kill, workers may die."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import briefing.load as load
from briefing.batch import Input, Job, batches, run
from briefing.engines import DaskEngine
from briefing.outputs import Outcome, Progress
from tests.conftest import ROOT, SAMPLE

ARTICLES = sorted((ROOT.parent / "shared" / "eval" / "articles").glob("*.txt")) or sorted((ROOT / "seeds").glob("*.txt"))


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_local_and_dask_write_the_same_briefings_byte_for_byte(tmp_path, nlp):
    local, dask = tmp_path / "local", tmp_path / "dask"
    assert run(Job(tuple(ARTICLES), local, "json", None, None, None), jobs=2) == []
    assert run(Job(tuple(ARTICLES), dask, "json", None, None, None, engine="dask"), jobs=2) == []
    names = sorted(p.name for p in local.iterdir())
    assert len(names) == len(ARTICLES) and names == sorted(p.name for p in dask.iterdir())
    for name in names:
        assert (local / name).read_bytes() == (dask / name).read_bytes(), name


def test_jsonl_is_one_briefing_a_line_and_resume_skips_what_is_there(tmp_path, nlp):
    archive = tmp_path / "out" / "briefings.jsonl"
    files = tuple(ARTICLES[:6])
    assert run(Job(files, archive, "jsonl", None, None, None), jobs=1) == []
    first = archive.read_bytes()
    rows = _lines(archive)
    assert sorted(r["source"]["path"] for r in rows) == sorted(map(str, files))
    assert all(r["schema"] == "briefing/1" and r["text"][r["actors"][0]["spans"][0][0]:] for r in rows)
    assert run(Job(files, archive, "jsonl", None, None, None, resume=True), jobs=1) == []
    assert archive.read_bytes() == first  # nothing briefed again


def test_resume_cuts_a_torn_line_and_rebriefs_a_changed_file(tmp_path, nlp):
    changed = tmp_path / "changed.txt"
    changed.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    files = (ARTICLES[0], changed)
    archive = tmp_path / "a.jsonl"
    run(Job(files, archive, "jsonl", None, None, None), jobs=1)
    data = archive.read_bytes()
    archive.write_bytes(data + data[: len(data) // 3])  # a run killed in the middle of a line
    changed.write_text(SAMPLE.read_text(encoding="utf-8") + "\n\nA new last paragraph.", encoding="utf-8")
    assert run(Job(files, archive, "jsonl", None, None, None, resume=True), jobs=1) == []
    rows = _lines(archive)  # every line whole again
    paths = [r["source"]["path"] for r in rows]
    assert paths.count(str(changed)) == 2 and paths.count(str(ARTICLES[0])) == 1
    assert rows[-1]["text"].endswith("A new last paragraph.")


def test_a_killed_run_is_completed_by_resume(tmp_path, nlp):
    archive = tmp_path / "archive.jsonl"
    files = [str(p) for p in ARTICLES] * max(2, -(-40 // len(ARTICLES)))  # enough to be killed mid-way
    copies = []
    for i, src in enumerate(files):
        dst = tmp_path / "in" / f"{i:03d}-{Path(src).name}"
        dst.parent.mkdir(exist_ok=True)
        dst.write_bytes(Path(src).read_bytes())
        copies.append(str(dst))
    cmd = [sys.executable, "-m", "briefing", "analyze", *copies, "--format", "jsonl", "--output", str(archive),
           "--jobs", "1"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not archive.exists() or archive.read_bytes().count(b"\n") < 3):
        time.sleep(0.1)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    written = archive.read_bytes().count(b"\n")
    assert 3 <= written < len(copies)
    done = subprocess.run([*cmd, "--resume"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    paths = [r["source"]["path"] for r in _lines(archive)]
    assert sorted(paths) == sorted(copies)  # every article exactly once


class _KillOneWorker(DaskEngine):
    """Kills a worker process once the first batch is back: its running tasks must be redone."""

    def map(self, work, options):
        killed = False
        for outcomes in super().map(work, options):
            if not killed:
                pids = self.client.run(os.getpid)
                os.kill(next(iter(pids.values())), signal.SIGKILL)
                killed = True
            yield outcomes


def test_a_dask_worker_killed_mid_run_loses_no_article(tmp_path, nlp):
    bad = tmp_path / "unreadable.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    files = (*ARTICLES, bad, *ARTICLES[:10])
    out = tmp_path / "out.jsonl"
    job = Job(files, out, "jsonl", None, None, None, engine="dask")
    failures = run(job, jobs=2, engine=_KillOneWorker(2, None))
    assert failures == [f"{bad}: unreadable.txt is a PNG image, not an article."]
    paths = [r["source"]["path"] for r in _lines(out)]
    assert len(paths) == len(files) - 1 and set(paths) == {str(p) for p in files if p != bad}


def test_reading_is_lazy_and_a_bad_file_is_reported_when_met(tmp_path, monkeypatch):
    from briefing.batch import _flush_as_read, _inputs

    read = []
    real = load.read_bytes
    monkeypatch.setattr(load, "read_bytes", lambda p: read.append(p) or real(p))
    bad = tmp_path / "missing.txt"
    files = (bad, *ARTICLES)
    failed: list[Outcome] = []
    reported: list[str] = []
    stream = batches(_flush_as_read(_inputs(files, {}, failed, Progress(0, io.StringIO())), failed,
                                    lambda o: reported.append(o.path)), size=2)
    first = next(stream)
    assert [i.path for i in first] == [str(p) for p in ARTICLES[:2]]
    assert len(read) == 3  # the bad file and the first batch, nothing more
    assert reported == [str(bad)]  # said before the first batch is even briefed
    assert isinstance(first[0], Input) and len(first[0].sha256) == 64


def test_progress_is_drawn_on_a_terminal_only():
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty, pipe = Tty(), io.StringIO()
    for stream in (tty, pipe):
        p = Progress(3, stream)
        for _ in range(3):
            p.advance()
        p.finish()
    assert "3/3 articles" in tty.getvalue() and "/s" in tty.getvalue()
    assert pipe.getvalue() == ""


def test_command_line_checks(capsys):
    from briefing.cli import main

    assert main(["analyze", str(SAMPLE), "--format", "jsonl"]) == 2
    assert main(["analyze", str(SAMPLE), "--resume"]) == 2
    assert main(["analyze", str(SAMPLE), "--scheduler", "tcp://127.0.0.1:8786"]) == 2
    assert capsys.readouterr().err.count("briefing:") == 3


@pytest.mark.parametrize("fmt", ["json", "md"])
def test_folder_outputs_still_replace_in_place(tmp_path, nlp, fmt):
    out = tmp_path / "o"
    for _ in range(2):
        assert run(Job((SAMPLE,), out, fmt, None, None, None), jobs=1) == []
    assert [p.name for p in out.iterdir()] == [f"{SAMPLE.stem}.{fmt}"]
