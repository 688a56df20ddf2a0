"""Batch throughput: `briefing analyze --jobs N` against bare `nlp.pipe` over the same texts.

    python bench/batch.py [--eval-dir ../shared/eval] [--count 500]

The 25 evaluation articles are repeated to --count files; in one run the script times bare
`nlp.pipe` (parse only, one process) and the real CLI with one and with two worker processes, and
prints articles per second and the ratios.
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--count", type=int, default=500)
    args = ap.parse_args()
    sources = sorted((args.eval_dir / "articles").glob("*.txt")) or sorted((ROOT / "seeds").glob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="briefing-batch-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        files = []
        for i in range(args.count):
            src = sources[i % len(sources)]
            dst = folder / f"{i:04d}-{src.name}"
            shutil.copy(src, dst)
            files.append(dst)

        from briefing.load import load_article
        from briefing.nlp import load_model

        nlp = load_model()
        texts = [load_article(f).text for f in files]
        t = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        bare = len(texts) / (time.perf_counter() - t)
        print(f"bare nlp.pipe, 1 process: {bare:6.1f} articles/s")
        rates = {}
        for jobs in (1, 2):
            out = Path(tmp) / f"out{jobs}"
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "briefing", "analyze", *map(str, files), "--output", str(out),
                            "--jobs", str(jobs)], check=True, cwd=ROOT)
            rates[jobs] = len(files) / (time.perf_counter() - t)
            print(f"briefing analyze --jobs {jobs}: {rates[jobs]:6.1f} articles/s "
                  f"({rates[jobs] / bare:.2f}x bare nlp.pipe; includes start-up and model load)")
        print(f"speed-up from 1 to 2 processes: {rates[2] / rates[1]:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
