"""`briefing analyze`: the JSON contract, Markdown, batches with bad files, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from briefing.cli import main
from briefing.export import to_dict, to_markdown, write_atomic
from tests.conftest import ROOT, SAMPLE, SEEDS

KINDS = {"person", "organization", "place", "group"}
SCOPES = {"domestic", "international", "adversary", "unknown"}
PRESSURE_KINDS = {"public", "political", "legal", "diplomatic", "military", "economic", "media"}


def check_contract(d: dict) -> None:
    """Every field of the contract in ../shared/eval/README.md, and every offset's evidence."""
    assert d["schema"] == "briefing/1"
    assert set(d["source"]) == {"path", "format", "sha256"} and d["source"]["format"] in ("text", "markdown", "html")
    assert len(d["source"]["sha256"]) == 64
    text = d["text"]
    assert isinstance(text, str) and text
    for key in ("title", "subtitle", "byline"):
        assert d[key] is None or isinstance(d[key], str)
    assert isinstance(d["summary"]["algorithm"], str)
    for s in d["summary"]["sentences"]:
        assert set(s) == {"text", "start", "end", "rank"} and text[s["start"]:s["end"]] == s["text"]
    saliences = [a["salience"] for a in d["actors"]]
    assert saliences == sorted(saliences, reverse=True)
    for a in d["actors"]:
        assert set(a) == {"name", "kind", "role", "aliases", "mentions", "salience", "spans"}
        assert a["kind"] in KINDS and a["mentions"] == len(a["spans"]) >= 1
        assert a["role"] is None or isinstance(a["role"], str)
        for start, end in a["spans"]:
            assert 0 <= start < end <= len(text)
    for q in d["quotes"]:
        assert set(q) == {"text", "kind", "speaker", "actor", "cue", "start", "end"}
        assert q["kind"] in ("direct", "indirect") and text[q["start"]:q["end"]] == q["text"]
    for p in d["pressure"]:
        assert set(p) == {"source", "actor", "target", "scope", "kind", "description", "start", "end"}
        assert p["scope"] in SCOPES and p["kind"] in PRESSURE_KINDS and isinstance(p["source"], str)
        assert 0 <= p["start"] < p["end"] <= len(text) and text[p["start"]:p["end"]].strip()


def test_sample_json_contract(capsys, nlp):
    assert main(["analyze", str(SAMPLE), "--format", "json"]) == 0
    d = json.loads(capsys.readouterr().out)
    check_contract(d)
    assert d["title"].startswith("Israel looks to restart")
    names = [a["name"] for a in d["actors"]]
    assert "Yair Lapid" in names and "Rafah" not in names


def test_markdown_output(capsys, nlp):
    assert main(["analyze", str(SAMPLE), "--format", "md", "--summary-length", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Israel looks to restart hostage negotiations")
    for heading in ("## Summary (news, 2 sentences)", "## Key actors", "## Quotes", "## Pressure sources"):
        assert heading in out
    assert "| Yair Lapid | person | Opposition leader | 2 |" in out
    assert "\\[Hamas leader\\]" in out  # article text is escaped, never Markdown


def test_a_quote_over_paragraphs_is_one_markdown_line(tmp_path, capsys, nlp):
    path = tmp_path / "senator.txt"
    path.write_text("Senator speaks\n\n“We were promised a clean bill,” Lopez said. “What we got was a list of favors"
                    " for donors.\n\n“It cuts funding for rural hospitals by a third.”\n\nHer office did not respond.\n",
                    encoding="utf-8")
    assert main(["analyze", str(path), "--format", "md"]) == 0
    out = capsys.readouterr().out
    assert "- **Lopez**: “What we got was a list of favors for donors. It cuts funding for rural hospitals by a" \
           " third.”\n" in out


def test_batch_writes_good_files_and_reports_bad(tmp_path, capsys, nlp):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out = tmp_path / "out"
    code = main(["analyze", str(SEEDS / "gum-korea.txt"), str(bad), str(SAMPLE), "--output", str(out)])
    assert code == 1
    err = capsys.readouterr().err
    assert "broken.txt" in err and "PNG" in err and err.count("\n") == 1
    assert sorted(p.name for p in out.iterdir()) == ["gum-korea.json", "hostage-talks.json"]
    check_contract(json.loads((out / "gum-korea.json").read_text()))


def test_batch_gives_the_briefing_of_a_single_analysis(tmp_path, nlp):
    from briefing.batch import Job, run
    from briefing.briefing import analyze
    from briefing.export import render
    from briefing.load import load_article
    from briefing.nlp import chunks

    long = tmp_path / "long.txt"  # the sample followed by the other seeds' stories: several pieces
    long.write_text("\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))))
    article = load_article(long)
    assert len(chunks(article)) > 1
    out = tmp_path / "out"
    out.mkdir()
    assert run(Job((SEEDS / "gum-korea.txt", long), out, "json", None, None, None)) == []
    single = json.loads(render(analyze(article, nlp), "json"))
    batched = json.loads((out / "long.json").read_text())
    for key in ("actors", "quotes", "pressure", "summary"):
        assert batched[key] == single[key], key


def test_summary_length_percent_and_bad_values(tmp_path, capsys, nlp):
    assert main(["analyze", str(SAMPLE), "--summary-length", "50%", "--algorithm", "lexrank"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["summary"]["algorithm"] == "lexrank" and len(d["summary"]["sentences"]) >= 8
    assert main(["analyze", str(SAMPLE), "--summary-length", "0"]) == 2
    assert main(["analyze", str(SAMPLE), str(SAMPLE)]) == 2  # several files need --output


def test_unknown_model_is_one_clear_sentence(capsys):
    assert main(["analyze", str(SAMPLE), "--model", "xx_no_such_model"]) == 3
    err = capsys.readouterr().err.strip()
    assert "not installed" in err and "pip install" in err and "\n" not in err


def test_console_script_and_module_entry_point(tmp_path):
    done = subprocess.run([sys.executable, "-m", "briefing", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0 and done.stdout.startswith("briefing ")


def test_write_atomic_never_overwrites_silently(tmp_path, sample_briefing):
    target = tmp_path / "b.md"
    write_atomic(target, to_markdown(sample_briefing))
    with pytest.raises(FileExistsError):
        write_atomic(target, "other")
    assert target.read_text().startswith("# Israel")
    write_atomic(target, "replaced", overwrite=True)
    assert target.read_text() == "replaced"
    assert [p.name for p in tmp_path.iterdir()] == ["b.md"]  # no temporary file left behind


def test_to_dict_matches_contract(sample_briefing):
    check_contract(json.loads(json.dumps(to_dict(sample_briefing))))


def test_a_batch_refuses_a_blob_at_once_and_goes_on(tmp_path, capsys, nlp):
    import base64

    blob = tmp_path / "minified.txt"
    blob.write_text(base64.b64encode(bytes(range(256)) * 12_000).decode())  # 4 MB without a word break
    out = tmp_path / "out"
    assert main(["analyze", str(blob), str(SAMPLE), "--format", "json", "--output", str(out)]) == 1
    err = capsys.readouterr().err
    assert "minified.txt has almost no word breaks" in err and len(err.strip().splitlines()) == 1
    check_contract(json.loads((out / f"{SAMPLE.stem}.json").read_text(encoding="utf-8")))
