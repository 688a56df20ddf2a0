"""Batch throughput and memory: `briefing analyze` locally and on Dask, against bare `nlp.pipe`.

    python bench/batch.py [--eval-dir ../shared/eval] [--count 500] [--engine dask] [--memory 5000]

The 25 evaluation articles are repeated to --count files; in one run the script times bare
`nlp.pipe` (parse only, one process) and the real CLI with one and with two worker processes, and
prints articles per second and the ratios. `--engine dask` also runs the batch on a two-worker
LocalCluster and prints its throughput against `--jobs 2`. `--memory N` runs `--jobs 2` on --count
files and on N files and prints the peak RSS of each run (the largest of its processes): a
streamed batch keeps it flat.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PEAK = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def make_files(sources: list[Path], folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(count):
        src = sources[i % len(sources)]
        dst = folder / f"{i:05d}-{src.name}"
        shutil.copy(src, dst)
        files.append(dst)
    return files


def cli(files: list[Path], out: Path, *extra: str) -> tuple[float, float]:
    """(articles per second, peak RSS in MB of the run's largest process)."""
    cmd = [sys.executable, "-m", "briefing", "analyze", *map(str, files), "--format", "jsonl",
           "--output", str(out), *extra]
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEAK, *cmd], check=True, cwd=ROOT, capture_output=True, text=True)
    rate = len(files) / (time.perf_counter() - t)
    return rate, int(done.stdout.strip().splitlines()[-1]) / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--count", type=int, default=500)
    ap.add_argument("--engine", choices=("local", "dask"), default="local")
    ap.add_argument("--memory", type=int, help="also run this many files and compare peak RSS")
    args = ap.parse_args()
    sources = sorted((args.eval_dir / "articles").glob("*.txt")) or sorted((ROOT / "seeds").glob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="briefing-batch-") as tmp:
        files = make_files(sources, Path(tmp) / "in", args.count)
        from briefing.load import load_article
        from briefing.nlp import load_model

        nlp = load_model()
        texts = [load_article(f).text for f in files]
        t = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        bare = len(texts) / (time.perf_counter() - t)
        print(f"bare nlp.pipe, 1 process: {bare:6.1f} articles/s")
        rates, peaks = {}, {}
        for jobs in (1, 2):
            rates[jobs], peaks[jobs] = cli(files, Path(tmp) / f"out{jobs}.jsonl", "--jobs", str(jobs))
            print(f"briefing analyze --jobs {jobs}: {rates[jobs]:6.1f} articles/s "
                  f"({rates[jobs] / bare:.2f}x bare nlp.pipe; includes start-up and model load); "
                  f"peak RSS {peaks[jobs]:.0f} MB")
        print(f"speed-up from 1 to 2 processes: {rates[2] / rates[1]:.2f}x")
        if args.engine == "dask":
            rate, peak = cli(files, Path(tmp) / "dask.jsonl", "--engine", "dask", "--jobs", "2")
            print(f"briefing analyze --engine dask (LocalCluster, 2 workers): {rate:6.1f} articles/s, "
                  f"{rate / rates[2]:.2f}x --jobs 2 (target >= 0.9x); peak RSS {peak:.0f} MB")
        if args.memory:
            many = make_files(sources, Path(tmp) / "many", args.memory)
            rate, peak = cli(many, Path(tmp) / "many.jsonl", "--jobs", "2")
            print(f"--jobs 2 on {args.memory} files: {rate:.1f} articles/s, peak RSS {peak:.0f} MB = "
                  f"{peak / peaks[2]:.2f}x the peak on {args.count} (target <= 1.2x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
