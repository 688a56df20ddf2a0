"""Does the dashboard answer keys while a big article is being analysed?

    python bench/responsive.py [--size 1000000]

Opens a 1 MB article built from the real ones (as bench/analysis.py does) in the real app, headless,
with the model already loaded; while the analysis worker runs, sends key events that move the focus
between panes and times each from the key until the focus has moved; then does the same with the
briefing on screen. Prints the median and worst latency of each (target: under 100 ms), the
analysis time, and peak RSS.

Keys are posted as events rather than through `pilot.press`, which also waits for the screen to
settle and so measures the pilot (150-250 ms even when the app is idle), not the app.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from analysis import big_article  # noqa: E402
from textual import events  # noqa: E402

from briefing.nlp import load_model  # noqa: E402
from briefing.tui.app import BriefingApp  # noqa: E402

KEYS = (("2", "actors"), ("3", "quotes"), ("1", "summary"))


async def _press(app, key: str, pane: str) -> float:
    pressed = time.perf_counter()
    app.post_message(events.Key(key, key))
    while app.focused is None or app.focused.id != pane:
        await asyncio.sleep(0.001)
    return time.perf_counter() - pressed


async def measure(path: Path, config: Path, after: int) -> tuple[list[float], float, list[float]]:
    """Latencies while the analysis runs, its duration, then latencies with the briefing shown."""
    app = BriefingApp(path, config_dir=config)
    during: list[float] = []
    shown: list[float] = []
    async with app.run_test(size=(120, 40)):
        start = time.perf_counter()
        while app.briefing is None:
            for key, pane in KEYS:
                if app.briefing is not None:
                    break
                during.append(await _press(app, key, pane))
                await asyncio.sleep(0.2)
        took = time.perf_counter() - start
        await asyncio.sleep(1.0)
        for i in range(after):
            key, pane = KEYS[i % len(KEYS)]
            shown.append(await _press(app, key, pane))
            await asyncio.sleep(0.05)
    return during, took, shown


def _report(label: str, latencies: list[float]) -> None:
    ms = sorted(x * 1000 for x in latencies)
    if ms:
        p90 = ms[int(0.9 * (len(ms) - 1))]
        print(f"{label}: {len(ms)} keys, median {statistics.median(ms):.0f} ms, 90th percentile {p90:.0f} ms, "
              f"worst {ms[-1]:.0f} ms (target < 100 ms)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--after", type=int, default=150, help="keys to time once the briefing is shown")
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    args = ap.parse_args()
    load_model()  # the model is loaded: this measures the analysis, not the start
    article = big_article(args.eval_dir / "articles", args.size)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        path.write_text(article.text, encoding="utf-8")
        during, took, shown = asyncio.run(measure(path, Path(tmp) / "config", args.after))
    print(f"{len(article.text)} characters analysed in {took:.1f}s in the app")
    _report("key to focus change while analysing", during)
    _report("key to focus change with the briefing shown", shown)
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
