"""Hostile and broken input, in the engine and on the screen: a clear reason, never a crash."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.briefing import analyze
from briefing.export import write_atomic
from briefing.load import LoadError, load_article, parse_bytes
from briefing.nlp import chunks, parse
from briefing.tui.app import BriefingApp
from briefing.tui.widgets.article_view import ArticleView
from tests.conftest import SAMPLE
from tests.test_app import wait_for, wait_idle

PARAGRAPH = ("The council said on Monday that the new bridge would open in March, after two years of delays "
             "and a row over its cost. ")


# ------------------------------------------------------------------------------------------ engine


def test_one_word_and_no_rankable_sentence(nlp):
    one = analyze(parse_bytes(b"Hello"), nlp)
    assert one.article.text == "Hello" and one.summary.sentences == []
    fragments = analyze(parse_bytes(b"Menu\n\nHome\n\nSport\n\nWeather\n\nContact us"), nlp)
    assert fragments.summary.sentences == [] and fragments.quotes == []


def test_nul_bytes_and_mixed_newlines_are_cleaned():
    article = parse_bytes(b"Title\r\n\r\nFirst\x00 paragraph here.\r\n\r\nSecond \x00\x00paragraph.\n\nThird.")
    assert "\x00" not in article.text and "\r" not in article.text
    assert article.paragraphs == ["First paragraph here.", "Second paragraph.", "Third."]


def test_five_megabyte_line_is_parsed_in_pieces_under_max_length(nlp):
    line = (PARAGRAPH * (5_000_000 // len(PARAGRAPH) + 1))[:5_000_000].strip()
    article = parse_bytes(line.encode())
    pieces = chunks(article)
    assert "".join(pieces) == article.text and max(map(len, pieces)) <= 20_000
    assert len(article.text) > nlp.max_length // 3  # spaCy would refuse it whole


def test_text_beyond_spacy_max_length_parses_with_exact_offsets(nlp):
    text = "Long report\n\n" + "\n\n".join([PARAGRAPH * 4] * 3_000)  # about 1.2 MB
    article = parse_bytes(text.encode())
    assert len(article.text) > 1_000_000
    with nlp.select_pipes(enable=[]):  # the tokenizer only: the point is the batching, not the tagger
        doc = parse(nlp, article)
    assert doc.text == article.text and len(doc) > 200_000


def test_ten_thousand_character_word_and_bidi_and_zero_width(nlp):
    word = "x" * 10_000
    article = parse_bytes(f"Title\n\nThe minister said {word} to \u202eevil\u202c and z\u200bero today.".encode())
    b = analyze(article, nlp)
    assert word in b.article.text
    assert "\u202e" not in b.article.text and "\u200b" not in b.article.text


def test_malformed_and_huge_html(tmp_path):
    bad = tmp_path / "bad.html"
    bad.write_text("<html><body><article><h1>Title<p>First <b>bold <i>para</b> never closed"
                   "<p>The mayor said the plan would go ahead despite protests from residents.</article>")
    article = load_article(bad)
    assert "The mayor said the plan would go ahead" in article.text
    big = tmp_path / "big.html"
    body = "".join(f"<p>{PARAGRAPH} Paragraph {i}.</p>" for i in range(75_000))
    big.write_text(f"<html><head><title>Big</title></head><body><article>{body}</article></body></html>")
    assert big.stat().st_size > 10_000_000
    article = load_article(big)
    assert len(article.paragraphs) > 1_000


def test_file_over_the_size_limit(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:  # sparse: no need to write 65 MB
        fh.truncate(65 * 2**20)
    with pytest.raises(LoadError, match="MB"):
        load_article(huge)


def test_failed_export_leaves_no_half_written_file(tmp_path, monkeypatch, sample_briefing):
    target = tmp_path / "out.md"

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        write_atomic(target, "# briefing\n")
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------------------- on screen


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    return path


def _deleted(tmp_path: Path) -> Path:
    path = tmp_path / "gone.txt"
    path.write_text("Was here a moment ago.")
    path.unlink()
    return path


def _broken_link(tmp_path: Path) -> Path:
    path = tmp_path / "link.txt"
    path.symlink_to(tmp_path / "nowhere.txt")
    return path


def _write(name: str, data: bytes):
    def make(tmp_path: Path) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path
    return make


BAD_FILES = {
    "empty": (_write("empty.txt", b""), "empty.txt"),
    "whitespace": (_write("blank.txt", b" \n\n\t "), "blank.txt"),
    "png": (_write("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "PNG"),
    "zip": (_write("archive.txt", b"PK\x03\x04\x14\x00\x00\x00"), "ZIP"),
    "pdf": (_write("paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3"), "PDF"),
    "html-no-body": (_write("page.html", b"<html><head><script>x()</script></head><body></body></html>"),
                     "page.html"),
    "fifo": (_fifo, "pipe.txt"),
    "broken-link": (_broken_link, "link.txt"),
    "deleted": (_deleted, "gone.txt"),
    "folder": (lambda tmp_path: tmp_path, "folder"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
async def test_bad_file_keeps_the_previous_briefing(nlp, tmp_path, case):
    make, expected = BAD_FILES[case]
    path = make(tmp_path)
    app = BriefingApp(SAMPLE, config_dir=tmp_path / "config")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.briefing is not None)
        before = app.briefing
        if case == "folder":
            app.analyse(path)  # the picker opens folders; a folder reaching the reader is refused
        else:
            app.open_article(path)
        await wait_idle(pilot)
        assert app.briefing is before
        messages = [n.message for n in app._notifications]
        assert any(expected in m and "\n" not in m for m in messages), messages
        assert app.query_one("#summary").option_count == len(before.summary.sentences)
        await pilot.press("2")  # still answers keys
        assert app.focused is not None and app.focused.id == "actors"


async def test_non_english_article_is_flagged(nlp, tmp_path):
    path = tmp_path / "artikel.txt"
    path.write_text("Regierung plant neue Steuer\n\nDie Regierung hat am Montag einen Plan vorgestellt, "
                    "nach dem die Steuer für große Unternehmen steigen soll. Die Opposition kritisierte "
                    "den Vorschlag scharf und forderte eine Abstimmung im Parlament noch in diesem Monat.",
                    encoding="utf-8")
    app = BriefingApp(path, config_dir=tmp_path / "config")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.briefing is not None)
        await pilot.pause()
        assert any("tuned for English" in n.message for n in app._notifications)


async def test_escapes_and_long_words_render_literally(nlp, tmp_path):
    path = tmp_path / "escapes.txt"
    path.write_text("Title \x1b]0;owned\x07 here\n\n"
                    "Text \x1b[2J\x1b[H with cursor moves, \x1b]52;c;aGk=\x07 a clipboard write, "
                    "\x1b]8;;http://evil\x1b\\a link\x1b]8;;\x1b\\ and " + "y" * 10_000 + " end.",
                    encoding="utf-8")
    app = BriefingApp(path, config_dir=tmp_path / "config")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.briefing is not None)
        rendered = "\n".join(str(s.render()) for s in app.query_one(ArticleView).query(".block"))
        assert "\x1b" not in rendered and "\x07" not in rendered
        assert "y" * 10_000 in rendered
        assert app.title == "Title here" or "owned" not in app.title


async def test_corrupt_config_and_theme_are_reported_and_ignored(nlp, tmp_path):
    config = tmp_path / "config"
    (config / "themes").mkdir(parents=True)
    (config / "config.json").write_text("{not json", encoding="utf-8")
    (config / "themes" / "broken.toml").write_text("name = [unclosed", encoding="utf-8")
    (config / "themes" / "nocolour.toml").write_text('name = "grey"\n', encoding="utf-8")
    app = BriefingApp(SAMPLE, config_dir=config)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.briefing is not None)
        messages = " | ".join(n.message for n in app._notifications)
        assert "config.json" in messages and "broken.toml" in messages and "nocolour.toml" in messages
        assert app.theme == "nightdesk"
