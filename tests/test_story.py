"""A story: three Church of Scientology articles briefed as one, its JSON, and the briefing cache."""

from __future__ import annotations

import json

import pytest

import briefing.batch as batch
from briefing import cache
from briefing.batch import briefings
from briefing.cli import main
from briefing.story import build_story
from tests.conftest import ROOT

EVAL = ROOT.parent / "shared" / "eval" / "articles"
SCIENTOLOGY = tuple(EVAL / f"gum-{n}.txt" for n in ("defector", "hackers", "imprisoned"))
pytestmark = pytest.mark.skipif(not all(p.exists() for p in SCIENTOLOGY), reason="needs ../shared/eval/articles")


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _story(files, **kwargs):
    done, failed = briefings(tuple(files), jobs=1, **kwargs)
    return build_story([done[str(p)] for p in files if str(p) in done]), failed


def test_one_actor_across_the_coverage(nlp, cache_dir):
    story, failed = _story(SCIENTOLOGY)
    assert failed == {}
    church = story.actor("Church of Scientology")
    assert church is not None and church.kind == "organization"
    assert [a.article for a in church.appearances] == [0, 1, 2]
    assert "Scientology" in church.aliases
    assert [a.date for a in story.articles] == ["2010-10-09", "2008-01-20", "2015-05-07"]


def test_the_story_summary_opens_each_article_with_its_own_best_sentence(nlp, cache_dir):
    done, _ = briefings(SCIENTOLOGY, jobs=1)
    story = build_story([done[str(p)] for p in SCIENTOLOGY])
    for i, path in enumerate(SCIENTOLOGY):
        best = min(done[str(path)].summary.sentences, key=lambda s: s.rank)
        assert (i, best.text) in {(s.article, s.text) for s in story.summary}


def test_story_json_field_by_field(nlp, cache_dir, tmp_path):
    out = tmp_path / "story.json"
    assert main(["story", *map(str, SCIENTOLOGY), "--output", str(out), "--jobs", "1"]) == 0
    d = json.loads(out.read_text(encoding="utf-8"))
    assert d["schema"] == "story/1" and len(d["articles"]) == 3
    for art, path in zip(d["articles"], SCIENTOLOGY, strict=True):
        assert set(art) == {"path", "sha256", "title", "date", "source", "text"}
        assert art["path"] == str(path) and len(art["sha256"]) == 64 and art["title"]
    texts = [a["text"] for a in d["articles"]]
    assert d["summary"]["sentences"]
    for s in d["summary"]["sentences"]:
        assert texts[s["article"]][s["start"]:s["end"]] == s["text"]
    for a in d["actors"]:
        assert set(a) >= {"name", "kind", "roles", "appearances"}
        for ap in a["appearances"]:
            assert ap["mentions"] == len(ap["spans"]) >= 1
            forms = {a["name"], *a["aliases"]}
            for s, e in ap["spans"]:
                assert texts[ap["article"]][s:e].strip()
            assert any(texts[ap["article"]][s:e] in forms for s, e in ap["spans"]) or a["kind"] == "group"
    assert any(a["name"] == "Church of Scientology" and len(a["appearances"]) == 3 for a in d["actors"])
    for q in d["quotes"]:
        assert set(q) == {"speaker", "actor", "text", "kind", "occurrences"}
        first = q["occurrences"][0]
        assert texts[first["article"]][first["start"]:first["end"]] == q["text"]
    for p in d["pressure"]:
        assert {"source", "target", "scope", "kind", "occurrences"} <= set(p)
        for o in p["occurrences"]:
            assert texts[o["article"]][o["start"]:o["end"]].strip()


def test_the_same_quotation_in_two_articles_is_kept_once(nlp, cache_dir, tmp_path):
    words = "“We will not stop until every family is home,” said Mayor Ana Costa on Monday."
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(f"Mayor vows to go on\n\nThe talks failed again. {words}", encoding="utf-8")
    b.write_text(f"Families wait\n\nThe families gathered at the square. {words} The vigil went on.",
                 encoding="utf-8")
    story, _ = _story([a, b])
    same = [q for q in story.quotes if q.text.startswith("We will not stop")]
    assert len(same) == 1 and [o.article for o in same[0].occurrences] == [0, 1]
    assert same[0].actor is not None and same[0].actor.startswith("Ana")


def test_a_broken_file_is_reported_and_the_others_briefed(nlp, cache_dir, tmp_path, capsys):
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    out = tmp_path / "s.md"
    assert main(["story", str(SCIENTOLOGY[0]), str(broken), str(SCIENTOLOGY[1]), "--format", "md",
                 "--output", str(out), "--jobs", "1"]) == 1
    assert "broken.txt is a PNG image" in capsys.readouterr().err
    report = out.read_text(encoding="utf-8")
    assert report.startswith("# Story: ") and "## Quotes by speaker" in report and "| 2 |" in report


def test_the_cache_answers_again_and_survives_damage(nlp, cache_dir, tmp_path, monkeypatch):
    calls = []
    real = batch.brief_batch
    monkeypatch.setattr(batch, "brief_batch", lambda inputs, options: calls.append(len(inputs)) or real(inputs, options))
    import briefing.engines as engines

    monkeypatch.setattr(engines, "brief_batch", batch.brief_batch)
    first, _ = briefings(SCIENTOLOGY[:2], jobs=1)
    assert sum(calls) == 2
    again, _ = briefings(SCIENTOLOGY[:2], jobs=1)
    assert sum(calls) == 2  # nothing briefed twice
    assert again[str(SCIENTOLOGY[0])].actors == first[str(SCIENTOLOGY[0])].actors
    for entry in cache_dir.iterdir():
        entry.write_bytes(b"not a pickle")
    briefings(SCIENTOLOGY[:2], jobs=1)
    assert sum(calls) == 4  # damaged entries ignored and made again
    briefings(SCIENTOLOGY[:2], jobs=1, use_cache=False)
    assert sum(calls) == 6
    assert cache.get("0" * 64, "no-model") is None
