"""A 20-article story on screen against `briefing analyze --jobs 2` on the same files, and again from the cache.

    python bench/story.py [--eval-dir ../shared/eval] [--count 20]

The evaluation articles are repeated (with a line added, so each file is new to the cache) to
--count files. In one run: the CLI batch with two worker processes; the app (headless, 120x40)
until its story screen has every article; then the app again on the same files, answered by the
cache. Prints the seconds and the ratios to the CLI.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def story_on_screen(files: list[Path], config: Path) -> float:
    from briefing.tui.app import BriefingApp
    from briefing.tui.screens.story import StoryScreen

    async def run() -> float:
        start = time.perf_counter()
        app = BriefingApp(config_dir=config, story=files)
        async with app.run_test(size=(120, 40)) as pilot:
            while True:
                await pilot.pause(0.05)
                screen = app.screen
                if isinstance(screen, StoryScreen) and len(screen.done) + len(screen.failed) == len(files):
                    return time.perf_counter() - start

    return asyncio.run(run())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--count", type=int, default=20)
    args = ap.parse_args()
    sources = sorted((args.eval_dir / "articles").glob("*.txt")) or sorted((ROOT / "seeds").glob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="briefing-story-") as tmp:
        os.environ["BRIEFING_CACHE_DIR"] = str(Path(tmp) / "cache")
        files = []
        for i in range(args.count):
            path = Path(tmp) / "in" / f"{i:03d}-{sources[i % len(sources)].name}"
            path.parent.mkdir(exist_ok=True)
            path.write_text(sources[i % len(sources)].read_text(encoding="utf-8") + f"\n\nCopy {i}.\n", encoding="utf-8")
            files.append(path)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "briefing", "analyze", *map(str, files), "--output", str(Path(tmp) / "out"),
                        "--jobs", "2"], check=True, cwd=ROOT)
        cli = time.perf_counter() - t
        first = story_on_screen(files, Path(tmp) / "config")
        again = story_on_screen(files, Path(tmp) / "config")
    print(f"briefing analyze --jobs 2 on {args.count} files: {cli:.1f}s")
    print(f"story on screen: {first:.1f}s = {first / cli:.2f}x (target <= 1.2x)")
    print(f"story reopened from the cache: {again:.1f}s = {again / cli:.2f}x (target <= 0.2x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
