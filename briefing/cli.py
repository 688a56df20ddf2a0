"""Command line: `briefing [PATH]` opens the dashboard; `briefing analyze FILE...` is headless;
`briefing serve [PATH]` serves the dashboard to a browser."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

FORMATS = ("json", "md", "jsonl")


def _analyze_parser() -> argparse.ArgumentParser:
    from briefing.analysis.summary import ALGORITHMS

    p = argparse.ArgumentParser(prog="briefing analyze", description="Write a briefing for each article file.")
    p.add_argument("files", nargs="+", type=Path, help="article files (.txt, .md, .html)")
    p.add_argument("--format", "-f", choices=FORMATS, default="json",
                   help="output format (default: json); jsonl: one briefing a line, appended to --output FILE.jsonl")
    p.add_argument("--output", "-o", type=Path,
                   help="folder for <stem>.json/.md (replaced if present), or the .jsonl file; stdout if omitted")
    p.add_argument("--resume", action="store_true",
                   help="jsonl: skip inputs whose briefing is already in the file with the same sha256")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local worker processes (default) or a Dask cluster")
    p.add_argument("--scheduler", help="with --engine dask: a scheduler's address (tcp://HOST:8786); "
                                       "default: a LocalCluster on this machine")
    p.add_argument("--summary-length", help="sentences (e.g. 3) or a share of the body (e.g. 40%%)")
    p.add_argument("--algorithm", choices=ALGORITHMS, help="summary ranker (default: news)")
    p.add_argument("--model", help="spaCy pipeline name (default: best installed; or $BRIEFING_MODEL)")
    p.add_argument("--jobs", "-j", type=int, help="worker processes (default: the number of CPUs)")
    return p


def _app_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="briefing",
        description="Open the briefing dashboard. `briefing analyze FILE...` writes briefings without the UI.",
    )
    p.add_argument("path", nargs="*", type=Path,
                   help="an article to open, a folder to pick from, or several articles: a story")
    p.add_argument("--model", help="spaCy pipeline name (default: best installed; or $BRIEFING_MODEL)")
    p.add_argument("--version", action="store_true", help="print the version and exit")
    return p


def _serve_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="briefing serve", description="Serve the dashboard to a web browser.")
    p.add_argument("path", nargs="?", type=Path, help="an article to open, or a folder to pick from")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, loopback only)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    p.add_argument("--model", help="spaCy pipeline name (default: best installed; or $BRIEFING_MODEL)")
    return p


def serve_command(argv: list[str]) -> int:
    args = _serve_parser().parse_args(argv)
    if args.path is not None and not args.path.exists():
        print(f"briefing: {args.path} does not exist", file=sys.stderr)
        return 2
    if not 0 < args.port < 65536:
        print("briefing: --port must be between 1 and 65535", file=sys.stderr)
        return 2
    from briefing.serve import serve

    return serve(args.path, host=args.host, port=args.port, model=args.model)


def _story_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="briefing story", description="Brief several articles on one story as one.")
    p.add_argument("files", nargs="+", type=Path, help="the story's article files (.txt, .md, .html)")
    p.add_argument("--format", "-f", choices=("json", "md"), default="json", help="output format (default: json)")
    p.add_argument("--output", "-o", type=Path, help="file to write (replaced if present); stdout if omitted")
    p.add_argument("--model", help="spaCy pipeline name (default: best installed; or $BRIEFING_MODEL)")
    p.add_argument("--jobs", "-j", type=int, help="worker processes (default: the number of CPUs)")
    p.add_argument("--no-cache", action="store_true", help="brief every article again, and keep nothing")
    return p


def story_command(argv: list[str]) -> int:
    args = _story_parser().parse_args(argv)
    from briefing.batch import briefings, default_jobs
    from briefing.nlp import ModelError, load_model

    try:
        load_model(args.model)
    except ModelError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return 3

    def said(path: str, _briefing: object, reason: str | None) -> None:
        if reason:
            print(f"briefing: {path}: {reason}", file=sys.stderr, flush=True)

    done, failed = briefings(tuple(args.files), args.model, args.jobs or default_jobs(), not args.no_cache, said)
    found = [done[str(p)] for p in args.files if str(p) in done]
    if not found:
        print("briefing: no article of the story could be briefed", file=sys.stderr)
        return 1
    from briefing.export import write_atomic
    from briefing.story import build_story
    from briefing.story_export import render

    text = render(build_story(found), args.format)
    if args.output is None:
        sys.stdout.write(text)
    else:
        try:
            write_atomic(args.output, text, overwrite=True)
        except OSError as exc:
            print(f"briefing: could not write {args.output} ({exc.strerror or exc})", file=sys.stderr)
            return 1
    return 1 if failed else 0


def analyze_command(argv: list[str]) -> int:
    args = _analyze_parser().parse_args(argv)
    from briefing.batch import Job, default_jobs, run
    from briefing.nlp import ModelError, check_model, load_model

    if args.summary_length:
        from briefing.analysis.summary import parse_length

        try:
            parse_length(args.summary_length, 10)
        except ValueError as exc:
            print(f"briefing: {exc}", file=sys.stderr)
            return 2
    if args.output is None and (len(args.files) > 1 or args.format == "jsonl"):
        print("briefing: several files, and --format jsonl, need --output", file=sys.stderr)
        return 2
    if args.resume and args.format != "jsonl":
        print("briefing: --resume works with --format jsonl", file=sys.stderr)
        return 2
    if args.scheduler and args.engine != "dask":
        print("briefing: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    if args.jobs is not None and args.jobs < 1:
        print("briefing: --jobs must be at least 1", file=sys.stderr)
        return 2
    try:  # once, before any worker forks, so a missing model is one message; Dask's workers load their own
        check_model(args.model) if args.engine == "dask" else load_model(args.model)
    except ModelError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return 3
    job = Job(tuple(args.files), args.output, args.format, args.algorithm, args.summary_length, args.model,
              resume=args.resume, engine=args.engine, scheduler=args.scheduler)
    failures = run(job, args.jobs or default_jobs())  # each failure is printed as it is met
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "analyze":
        return analyze_command(argv[1:])
    if argv and argv[0] == "serve":
        return serve_command(argv[1:])
    if argv and argv[0] == "story":
        return story_command(argv[1:])
    args = _app_parser().parse_args(argv)
    if args.version:
        from briefing import __version__

        print(f"briefing {__version__}")
        return 0
    from briefing.tui.app import BriefingApp

    paths = list(args.path)
    if len(paths) > 1:
        BriefingApp(model=args.model, story=paths).run()
    else:
        BriefingApp(path=paths[0] if paths else None, model=args.model).run()
    return 0
