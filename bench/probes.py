"""Run the probes: text written for this project (not the dev gold, not any held-back set) in the
kinds of news the briefing is judged on, to see a rule's reach beyond the articles it was written on.

    python bench/probes.py [--show]

`probes/events-tuned.txt` and `probes/events-held*.txt` are wire-style event sentences, one per
line, "P|" for pressure (PLOVER DEMAND, DISAPPROVE, THREATEN, PROTEST, SANCTION, COERCE, MOBILIZE,
INVESTIGATE) and "N|" for none (AGREE, CONSULT, AID, SUPPORT, CONCEDE, RETREAT). Rules were written
while looking at the first; each of the others was written before looking and only checked
afterwards, then fixed where a general rule was missing.
`probes/articles/` holds whole articles (US and UK political news, interviews with Q/A and named
labels, a saved page, wire stories, court, police, business, regulation and sanctions stories) to read
with `--show`: each one's speakers, actors and pressure.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "probes"


def _analyze(files: list[Path], out: Path) -> None:
    subprocess.run([sys.executable, "-m", "briefing", "analyze", *map(str, files), "--format", "json",
                    "--output", str(out)], check=True, capture_output=True)


def events(name: str) -> str:
    lines = [line.split("|", 1) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if "|" in line]
    with tempfile.TemporaryDirectory() as tmp:
        inputs = []
        for i, (label, text) in enumerate(lines):
            path = Path(tmp) / f"{label}{i:03d}.txt"
            path.write_text(text, encoding="utf-8")
            inputs.append(path)
        out = Path(tmp) / "out"
        _analyze(inputs, out)
        found = {p.stem: bool(json.loads((out / f"{p.stem}.json").read_text())["pressure"]) for p in inputs}
    tp = sum(v for k, v in found.items() if k[0] == "P")
    fn = sum(not v for k, v in found.items() if k[0] == "P")
    fp = sum(v for k, v in found.items() if k[0] == "N")
    return f"{name}: pressure found in {tp}/{tp + fn}, false alarms {fp}/{sum(k[0] == 'N' for k in found)}"


def show_articles() -> None:
    files = sorted(HERE.glob("articles/*"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        _analyze(files, out)
        for path in files:
            d = json.loads((out / f"{path.stem}.json").read_text())
            print(f"== {path.name}")
            for q in d["quotes"]:
                print(f"  quote  {q['kind']:8} {q['actor'] or q['speaker']!s:28} {q['text'][:60]}")
            for a in d["actors"][:8]:
                print(f"  actor  {a['kind']:12} {a['name']:28} {a['role'] or ''}")
            for p in d["pressure"]:
                print(f"  press  {p['kind']:10} {p['scope']:13} {p['source'][:28]:28} -> {p['target']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="also print each probe article's briefing")
    args = parser.parse_args()
    for name in ("events-tuned.txt", *sorted(p.name for p in HERE.glob("events-held*.txt"))):
        print(events(name))
    if args.show:
        show_articles()
    return 0


if __name__ == "__main__":
    sys.exit(main())
