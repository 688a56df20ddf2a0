"""First paint and time to briefing, in a real pseudo-terminal, against loading the model.

    python bench/startup.py [FILE] [--rounds 5]

Starts `briefing FILE` (default: the sample) in a 120x40 pty and times until the window is drawn
(the status row appears), until the article's text is on screen (the opening words of its first
paragraph), and until the briefing is shown ("Analysed"); in the same run it times
`python -c "import spacy; spacy.load(<model>)"` and one parse of the article, and prints the ratios:
each round's, then their medians over interleaved rounds.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def run_app(path: Path, opening: bytes, timeout: float = 120.0) -> tuple[float, float, float]:
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="120", LINES="40",
               BRIEFING_CONFIG_DIR=str(Path("/tmp") / f"briefing-bench-{os.getpid()}"))
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "briefing", str(path)], stdin=slave, stdout=slave,
                            stderr=slave, env=env, cwd=ROOT, start_new_session=True)
    os.close(slave)
    seen = b""
    painted = text = shown = None
    try:
        while time.perf_counter() - start < timeout and shown is None:
            ready, _, _ = select.select([master], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            seen = (seen + chunk)[-200_000:]
            now = time.perf_counter() - start
            if painted is None and (b"Starting" in seen or b"Loading" in seen or b"language model" in seen):
                painted = now
            if text is None and opening in seen:
                text = now
            if b"Analysed" in seen:
                shown = now
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
        os.close(master)
    if painted is None or shown is None or text is None:
        raise SystemExit("the app did not draw its window, the article and the briefing in time")
    return painted, text, shown


def model_load_seconds(model: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", f"import spacy; spacy.load({model!r})"], check=True)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", type=Path, default=ROOT / "seeds" / "hostage-talks.txt")
    ap.add_argument("--rounds", type=int, default=5, help="interleaved (model load, app start) pairs")
    args = ap.parse_args()
    from briefing.load import load_article
    from briefing.nlp import choose_model, load_model, parse

    model = choose_model()
    nlp = load_model(model)
    article = load_article(args.file)
    parse(nlp, article)
    t = time.perf_counter()
    parse(nlp, article)
    one_parse = time.perf_counter() - t
    opening = " ".join(article.paragraphs[0].split()[:4]).encode()
    rounds = []
    for _ in range(max(1, args.rounds)):  # interleaved, so a busy spell hits both sides alike
        load = model_load_seconds(model)
        painted, text, shown = run_app(args.file, opening)
        rounds.append((painted / load, shown / (load + one_parse), (shown - painted) / (load + one_parse),
                       text / load, load, painted, text, shown))
    print(f"one parse of {args.file.name}: {one_parse:.3f}s; {len(rounds)} rounds of "
          f"(python -c 'import spacy; spacy.load({model!r})', then the app)")
    for i, (paint_ratio, shown_ratio, _, text_ratio, load, painted, text, shown) in enumerate(rounds, 1):
        print(f"  round {i}: model load {load:.2f}s; window {painted:.2f}s = {paint_ratio:.2f}x; "
              f"article text {text:.2f}s = {text_ratio:.2f}x; briefing {shown:.2f}s = {shown_ratio:.2f}x")
    med = [statistics.median(r[k] for r in rounds) for k in range(4)]
    print(f"median window drawn = {med[0]:.2f}x model load (target < 0.33x)")
    print(f"median article text on screen = {med[3]:.2f}x model load (target <= 0.33x)")
    print(f"median briefing shown = {med[1]:.2f}x (model load + one parse) (target <= 1.2x)")
    print(f"median from the drawn window to the briefing = {med[2]:.2f}x (model load + one parse)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
