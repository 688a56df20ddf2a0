"""Score every analysis on the shared evaluation data with the shared scorers, and print the figures.

    python bench/eval.py [--eval-dir ../shared/eval] [--quick] [--notes]

Runs `briefing analyze` exactly as a user would (one process per batch, so the model loads once),
then the scorers in the eval folder: gold briefings (quotes, actors, pressure, structure), the
pressure sentences, and ROUGE for every summary ranker at one sentence and at 40%.

Every figure is also printed for the two fixed halves of the dev data (sorted names or ids, even
and odd positions): tune a rule while looking at one half, keep it only if the other does not get
worse. `--half even` or `--half odd` prints that half's per-article notes only.

There are no extractive references here, so the 40% table scores against two kinds of extract made
from the GUM articles' reference summaries, the two ways extractive news datasets label theirs:
"oracle", the 40% of body sentences chosen greedily to maximise ROUGE-1 + ROUGE-2 against the
references; and "labels", the 40% of sentences that each, on its own, overlap the references most.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RANKERS = ("news", "lead", "lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic")


def analyze(files: list[Path], out: Path, *extra: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "briefing", "analyze", *map(str, files), "--format", "json",
           "--output", str(out), *extra]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f"briefing analyze failed ({done.returncode}):\n{done.stderr}")


def scorer(eval_dir: Path, script: str, *args: str) -> str:
    done = subprocess.run([sys.executable, str(eval_dir / script), *args], capture_output=True, text=True)
    return done.stdout + done.stderr


HALVES = ("even", "odd")


def halves(names: list[str]) -> dict[str, list[str]]:
    """The two fixed halves of sorted names: even positions and odd positions."""
    ordered = sorted(names)
    return {"even": ordered[0::2], "odd": ordered[1::2]}


def gold_briefings(eval_dir: Path, tmp: Path, notes: bool, only: str | None) -> None:
    golds = sorted((eval_dir / "gold").glob("*.json"))
    analyze([eval_dir / "articles" / f"{p.stem}.txt" for p in golds], tmp / "gold")
    print("## Gold briefings (score.py)")
    split = halves([p.name for p in golds])
    for half in (only,) if only else (None, *HALVES):
        folder = eval_dir / "gold"
        if half is not None:
            folder = tmp / f"gold-{half}"
            folder.mkdir(exist_ok=True)
            for name in split[half]:
                shutil.copy(eval_dir / "gold" / name, folder / name)
        text = scorer(eval_dir, "score.py", str(tmp / "gold"), str(folder))
        lines = text.splitlines()
        if half is not None and not only:  # the halves: their means only
            lines = lines[next(i for i, x in enumerate(lines) if x.startswith("== mean")):]
            lines[0] = f"== {half} half ({', '.join(Path(n).stem for n in split[half])})"
        for line in lines:
            if notes or only or not line.startswith("      -"):
                print(line)


def pressure_sentences(eval_dir: Path, tmp: Path) -> None:
    src = eval_dir / "pressure-sentences" / "dev.jsonl"
    rows = [json.loads(x) for x in src.read_text(encoding="utf-8").splitlines() if x.strip()]
    folder = tmp / "sentences"
    folder.mkdir()
    for row in rows:
        (folder / f"{row['id']}.txt").write_text(row["text"] + "\n", encoding="utf-8")
    analyze(sorted(folder.glob("*.txt")), tmp / "sentences-out")
    print("\n## Pressure sentences (score_pressure_sentences.py)")
    split = halves([row["id"] for row in rows])
    for half in (None, *HALVES):
        gold = src
        if half is not None:
            gold = tmp / f"sentences-{half}.jsonl"
            keep = set(split[half])
            gold.write_text("".join(json.dumps(r) + "\n" for r in rows if r["id"] in keep), encoding="utf-8")
        lines = scorer(eval_dir, "score_pressure_sentences.py", str(gold), str(tmp / "sentences-out")).splitlines()
        prefix = f"{half} half: " if half else ""
        print("\n".join(prefix + line for line in lines if not line.startswith("  -")))


def rouge_table(eval_dir: Path, tmp: Path, refs: dict[str, Path], length: str, heading: str,
                rankers: tuple[str, ...]) -> None:
    """ROUGE F1 per ranker, each run once at `length` and scored against every set of references."""
    first = next(iter(refs.values()))
    ids = [json.loads(x)["id"] for x in first.read_text(encoding="utf-8").splitlines() if x.strip()]
    files = [eval_dir / "articles" / f"{i}.txt" for i in ids]
    split = halves(ids)
    print(f"\n## Summaries at {heading} ({len(ids)} GUM articles)")
    print("R1 R2 RL over all articles; R2 alone over the even and the odd half")
    print(f"{'ranker':10}" + "".join(f" {name + ' R1':>11} {'R2':>6} {'RL':>6} {'even':>6} {'odd':>6}"
                                     for name in refs))
    for ranker in rankers:
        out = tmp / f"sum-{length.rstrip('%')}-{ranker}"
        analyze(files, out, "--summary-length", length, "--algorithm", ranker)
        cells = []
        for name, path in refs.items():
            figures = rouge(eval_dir, path, out)
            r2 = []
            for half in HALVES:
                part = tmp / f"{name}-{length.rstrip('%')}-{half}.jsonl"
                keep = set(split[half])
                part.write_text("".join(x + "\n" for x in path.read_text(encoding="utf-8").splitlines()
                                        if x.strip() and json.loads(x)["id"] in keep), encoding="utf-8")
                r2.append(rouge(eval_dir, part, out)["R2"])
            cells.append(f" {figures['R1']:11.3f} {figures['R2']:6.3f} {figures['RL']:6.3f}"
                         f" {r2[0]:6.3f} {r2[1]:6.3f}")
        print(f"{ranker:10}" + "".join(cells))


def rouge(eval_dir: Path, refs: Path, out: Path) -> dict[str, float]:
    line = scorer(eval_dir, "score_summaries.py", str(refs), str(out)).strip().splitlines()[-1]
    return {k: float(v) for k, v in (part.strip().split(" ") for part in line.split(":", 1)[1].split(","))}


def summaries(eval_dir: Path, tmp: Path, rankers: tuple[str, ...]) -> None:
    rouge_table(eval_dir, tmp, {"refs": eval_dir / "summaries" / "gum.jsonl"}, "1",
                "one sentence, ROUGE F1 against the references (score_summaries.py)", rankers)


def extracts(eval_dir: Path, out: Path, share: float = 0.4) -> dict[str, Path]:
    """Oracle and label extracts (share of the body's sentences) from the one-sentence references.

    Against each one-sentence reference ("oracle", "labels"), ROUGE's precision rules and short
    sentences win. Against the five references pooled into one text ("pool-oracle", "pool-labels":
    each sentence labelled by its own ROUGE F1, the way extractive news datasets label against a
    multi-sentence abstract), long, content-rich sentences win as they do in such datasets."""
    from rouge_score import rouge_scorer

    sys.path.insert(0, str(ROOT))
    from briefing.analysis.summary import body_sentences
    from briefing.load import load_article
    from briefing.nlp import load_model, parse

    nlp = load_model()
    rouge = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    rows = [json.loads(x) for x in (eval_dir / "summaries" / "gum.jsonl").read_text(encoding="utf-8").splitlines()
            if x.strip()]
    made: dict[str, list[str]] = {"oracle": [], "labels": [], "pool-oracle": [], "pool-labels": []}
    for row in rows:
        article = load_article(eval_dir / "articles" / f"{row['id']}.txt")
        sents = [s.text.strip() for s in body_sentences(article, parse(nlp, article))]
        k = max(1, round(share * len(sents)))
        refs = [r["text"] for r in row["references"]]

        chosen: list[int] = []
        while len(chosen) < k:
            best = max((i for i in range(len(sents)) if i not in chosen),
                       key=lambda i, c=chosen, s=sents, r=refs: _gain(rouge, s, c + [i], r))
            chosen.append(best)
        labelled = sorted(range(len(sents)), key=lambda i: -_overlap(rouge, sents[i], refs))[:k]
        pooled = [" ".join(refs)]
        pool_chosen: list[int] = []
        while len(pool_chosen) < k:
            pool_chosen.append(max((i for i in range(len(sents)) if i not in pool_chosen),
                                   key=lambda i, c=pool_chosen, s=sents: _gain(rouge, s, c + [i], pooled)))
        pool_labelled = sorted(range(len(sents)), key=lambda i: -_gain(rouge, sents, [i], pooled))[:k]
        for name, picked in (("oracle", chosen), ("labels", labelled), ("pool-oracle", pool_chosen),
                             ("pool-labels", pool_labelled)):
            text = " ".join(sents[i] for i in sorted(picked))
            made[name].append(json.dumps({"id": row["id"], "references": [{"by": name, "text": text}]}))
    paths = {}
    for name, lines in made.items():
        paths[name] = out / f"{name}-{round(share * 100)}.jsonl"
        paths[name].write_text("\n".join(lines) + "\n", encoding="utf-8")
    return paths


def _gain(rouge, sents: list[str], idx: list[int], refs: list[str]) -> float:  # noqa: ANN001
    text = " ".join(sents[i] for i in sorted(idx))
    scores = [rouge.score(r, text) for r in refs]
    return sum(x["rouge1"].fmeasure + x["rouge2"].fmeasure for x in scores) / len(refs)


def _overlap(rouge, sent: str, refs: list[str]) -> float:  # noqa: ANN001
    """How much of one sentence the references share (ROUGE-1 + ROUGE-2 precision)."""
    scores = [rouge.score(r, sent) for r in refs]
    return sum(x["rouge1"].precision + x["rouge2"].precision for x in scores)


def summaries_at_share(eval_dir: Path, tmp: Path, rankers: tuple[str, ...]) -> None:
    rouge_table(eval_dir, tmp, extracts(eval_dir, tmp), "40%",
                "40% of the body, ROUGE F1 against oracle and label extracts, per reference and pooled", rankers)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--quick", action="store_true", help="summaries: only news and lead")
    parser.add_argument("--notes", action="store_true", help="print the scorer's per-item notes")
    parser.add_argument("--half", choices=HALVES, help="gold briefings: only this half, with its notes")
    args = parser.parse_args()
    if not (args.eval_dir / "score.py").exists():
        print(f"no evaluation data at {args.eval_dir}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="briefing-eval-") as tmp:
        gold_briefings(args.eval_dir, Path(tmp), args.notes, args.half)
        pressure_sentences(args.eval_dir, Path(tmp))
        summaries(args.eval_dir, Path(tmp), ("news", "lead") if args.quick else RANKERS)
        summaries_at_share(args.eval_dir, Path(tmp), ("news", "lead") if args.quick else RANKERS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
