"""Analysis overhead: analyze() over the bare parse, per article, with the model loaded.

    python bench/analysis.py [--eval-dir ../shared/eval] [--big]

Prints, for each article, parse time, the four analyses' time and the ratio (parse + analyses) / parse,
then the median ratio; with --big, the same for a 1 MB article built from the real ones, with peak RSS,
and that article's parse on one process against two worker processes (model loads included).
Each ratio is taken in one run, so a noisy machine moves both sides together.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.briefing import analyze  # noqa: E402
from briefing.load import load_article, parse_bytes  # noqa: E402
from briefing.nlp import load_model, parse  # noqa: E402


def measure(nlp, article, repeat: int = 3) -> tuple[float, float]:
    parse_times, analysis_times = [], []
    for _ in range(repeat):
        t = time.perf_counter()
        doc = parse(nlp, article)
        parse_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        analyze(article, nlp, doc=doc)
        analysis_times.append(time.perf_counter() - t)
    return min(parse_times), min(analysis_times)


def big_article(folder: Path, size: int = 1_000_000):
    bodies = ["\n\n".join(p.read_text(encoding="utf-8").split("\n")[1:]) for p in sorted(folder.glob("*.txt"))]
    text = "A long article made of real ones\n\n"
    while len(text) < size:
        text += "\n\n".join(bodies) + "\n\n"
    return parse_bytes(text.encode())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--big", action="store_true", help="also a 1 MB article (slow: about a minute)")
    args = ap.parse_args()
    nlp = load_model()
    nlp("warm up the pipeline")
    files = sorted((args.eval_dir / "articles").glob("*.txt")) or sorted((ROOT / "seeds").glob("*.txt"))
    ratios = []
    print(f"{'article':22} {'parse ms':>9} {'analyses ms':>12} {'ratio':>6}")
    for path in files:
        p, a = measure(nlp, load_article(path))
        ratios.append((p + a) / p)
        print(f"{path.stem:22} {p * 1000:9.1f} {a * 1000:12.1f} {(p + a) / p:6.2f}")
    print(f"median ratio (parse + analyses) / parse over {len(ratios)} articles: {statistics.median(ratios):.2f}")
    print(f"peak RSS after the articles: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    if args.big:
        article = big_article(args.eval_dir / "articles")
        p, a = measure(nlp, article, repeat=1)
        print(f"1 MB article ({len(article.text)} chars): parse {p:.1f}s, analyses {a:.1f}s, "
              f"ratio {(p + a) / p:.2f}, peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        t = time.perf_counter()
        parse(nlp, article, processes=2)
        two = time.perf_counter() - t
        print(f"1 MB article parsed by two worker processes: {two:.1f}s against {p:.1f}s on one: "
              f"{p / two:.2f}x faster (target >= 1.7x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
