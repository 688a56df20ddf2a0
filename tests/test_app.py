"""The dashboard, driven with Textual's pilot on the real model and the sample article."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing.tui.app import BriefingApp
from briefing.tui.screens.picker import FilePicker
from briefing.tui.widgets.article_view import ArticleView
from tests.conftest import SAMPLE, SEEDS


async def wait_for(pilot, condition, tries: int = 300) -> None:
    for _ in range(tries):
        await pilot.pause(0.05)
        if condition():
            return
    raise AssertionError("the app never reached the expected state")


async def wait_idle(pilot) -> None:
    """Until no worker runs (a cancelled worker counts as done)."""
    await wait_for(pilot, lambda: not any(w.is_running for w in pilot.app.workers))
    await pilot.pause()


@pytest.fixture
def app_factory(tmp_path, nlp):
    def make(path: Path | None = SAMPLE) -> BriefingApp:
        return BriefingApp(path, config_dir=tmp_path / "config")

    return make


async def test_open_sample_from_picker_fills_all_panes(app_factory, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "hostage-talks.txt")
    (folder / "notes.bin").write_bytes(b"\x00")
    app = app_factory(folder)
    async with app.run_test(size=(140, 44)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, FilePicker) and app.screen._entries)
        picker = app.screen
        assert any(p.name == "hostage-talks.txt" for p in picker._entries.values())
        assert not any(p.name == "notes.bin" for p in picker._entries.values())
        await pilot.press(*"hostage")
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.briefing is not None)
        for pane in ("#summary", "#actors", "#quotes", "#pressure"):
            assert app.query_one(pane).option_count > 0, pane
        view = app.query_one(ArticleView)
        assert len(view.query(".block")) == len(app.briefing.article.blocks)
        assert app.title.startswith("Israel looks to restart")
        assert app.query_one("#actors").border_title.startswith("Key actors · ")


async def test_enter_on_quote_highlights_exactly_its_text(app_factory):
    app = app_factory()
    async with app.run_test(size=(140, 44)) as pilot:
        await wait_for(pilot, lambda: app.briefing is not None)
        await pilot.press("3")
        assert app.focused.id == "quotes"
        await pilot.press("j", "enter")
        quote = app.briefing.quotes[1]
        view = app.query_one(ArticleView)
        assert view.selected_text == quote.text
        assert view.current == (quote.start, quote.end)
        await pilot.press("escape")
        assert view.selected_text is None


async def test_n_steps_through_an_actors_mentions(app_factory):
    app = app_factory()
    async with app.run_test(size=(140, 44)) as pilot:
        await wait_for(pilot, lambda: app.briefing is not None)
        await pilot.press("2")
        actors = app.briefing.actors
        index = next(i for i, a in enumerate(actors) if a.name == "Yair Lapid")
        for _ in range(index):
            await pilot.press("down")
        await pilot.press("enter")
        view = app.query_one(ArticleView)
        lapid = actors[index]
        assert list(view.spans) == list(lapid.spans) and view.selected_text == "Yair Lapid"
        await pilot.press("n")
        assert view.selected_text == "Lapid" and view.current == lapid.spans[1]
        await pilot.press("n")
        assert view.current == lapid.spans[0]
        await pilot.press("N")
        assert view.current == lapid.spans[1]


async def test_focus_changes_do_not_pile_up_dead_widgets(app_factory):
    import gc

    from textual._styles_cache import StylesCache
    from textual.widget import Widget
    from textual.widgets._footer import FooterKey

    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.briefing is not None)
        for _ in range(10):
            await pilot.press("1", "2", "3", "4")
        await pilot.pause()
        gc.collect()
        alive = sum(isinstance(o, FooterKey) for o in gc.get_objects())
        assert alive <= 2 * len(app.query(FooterKey)), alive  # Textual's own Footer keeps hundreds
        # Each widget has one render cache; Textual's lru_cache kept the last 1,024 dead ones alive.
        widgets = sum(isinstance(o, Widget) for o in gc.get_objects())
        caches = sum(isinstance(o, StylesCache) for o in gc.get_objects())
        assert caches <= widgets, (caches, widgets)


async def test_theme_switch_persists(app_factory, tmp_path):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.briefing is not None)
        assert {"newsprint", "nightdesk", "high-contrast"} <= set(app.available_themes)
        assert app.theme == "nightdesk"
        app.theme = "newsprint"
        await pilot.pause()
    assert '"theme": "newsprint"' in (tmp_path / "config" / "config.json").read_text()
    again = app_factory()
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert again.theme == "newsprint"


async def test_binary_file_keeps_previous_briefing(app_factory, tmp_path):
    app = app_factory()
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.briefing is not None)
        before = app.briefing
        app.open_article(png)
        await wait_idle(pilot)
        assert app.briefing is before
        messages = [n.message for n in app._notifications]
        assert any("image.txt is a PNG image" in m for m in messages)
        assert app.query_one("#quotes").option_count == len(before.quotes)


def _visible_text(app) -> str:
    """What the screen shows, as text: the screenshot's SVG without its markup."""
    import html
    import re

    return html.unescape(re.sub(r"<[^>]+>", "", app.export_screenshot())).replace("\xa0", " ")


async def test_long_article_stays_few_widgets_and_jumps_land_in_view(app_factory, tmp_path):
    from briefing.tui.widgets.article_view import MAX_WIDGETS

    filler = "The harbour board met again on a grey Monday morning and talked about dredging the channel. "
    paragraphs = [f"Paragraph {i}. " + filler * 4 for i in range(1000)]
    paragraphs[899] = "Harbour pilot Zara Quill said the board had ignored every warning for a decade."
    long = tmp_path / "long.txt"
    long.write_text("Harbour board meets again\n\n" + "\n\n".join(paragraphs))
    app = app_factory(long)
    async with app.run_test(size=(100, 40)) as pilot:  # narrow: the article is a tab of its own
        await wait_for(pilot, lambda: app.briefing is not None, tries=3000)  # a ceiling, not a timing: 400 KB to parse
        view = app.query_one(ArticleView)
        assert len(view.query(".block")) <= MAX_WIDGETS < len(app.briefing.article.blocks)
        app.action_focus_pane("article")
        await pilot.pause(0.2)
        assert "Quill" not in _visible_text(app)
        quill = next(a for a in app.briefing.actors if a.name == "Zara Quill")
        view.highlight(quill.spans, quill.name)
        await pilot.pause(0.3)
        assert view.selected_text == "Zara Quill"
        assert "Zara Quill said" in _visible_text(app)  # centred on its line, not on its widget's top


async def test_markup_in_article_is_literal(app_factory, tmp_path):
    evil = tmp_path / "evil.txt"
    evil.write_text("Headline with [bold red]markup[/] inside\n\n"
                    "The minister said [@click=app.quit]click me[/] and [link=http://x]x[/link] today, "
                    "while \x1b[31mred\x1b[0m text and \x1b]52;c;SGk=\x07 stayed harmless.\n\n"
                    "Another paragraph keeps [/] and [b] as they are.")
    app = app_factory(evil)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.briefing is not None)
        view = app.query_one(ArticleView)
        rendered = "\n".join(str(s.render()) for s in view.query(".block"))
        assert "[bold red]markup[/]" in rendered
        assert "[@click=app.quit]click me[/]" in rendered
        assert "\x1b" not in rendered
        await pilot.click(ArticleView)
        assert app.is_running


async def test_summary_cycle_and_length(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.briefing is not None)
        n = len(app.briefing.summary.sentences)
        await pilot.press("s")
        await wait_idle(pilot)
        assert app.briefing.summary.algorithm == "lexrank"
        await pilot.press("plus")
        await wait_idle(pilot)
        assert len(app.briefing.summary.sentences) == n + 1
        assert app.query_one("#summary").option_count == n + 1


async def test_search_and_export(app_factory, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.briefing is not None)
        await pilot.press("slash", *"hamas", "enter")
        view = app.query_one(ArticleView)
        assert view.selected_text == "Hamas" and len(view.spans) == app.briefing.article.text.count("Hamas")
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        out = tmp_path / "hostage-talks-briefing.md"
        assert out.read_text().startswith("# Israel looks to restart")
        out.write_text("keep me")
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("n")  # refuse to overwrite
        await pilot.pause()
        assert out.read_text() == "keep me"


async def test_narrow_layout_uses_tabs(app_factory):
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.briefing is not None)
        assert app.screen.has_class("-narrow")
        assert app.query_one("#summary").display and not app.query_one("#quotes").display
        await pilot.press("3")
        assert app.query_one("#quotes").display and not app.query_one("#summary").display
        await pilot.press("enter")
        assert app.query_one("#article").display  # the evidence is brought forward


async def test_help_and_palette(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ != "HelpScreen"


def _loaded(app_path: str, size: tuple[int, int]):
    async def run_before(pilot) -> None:
        await wait_for(pilot, lambda: pilot.app.briefing is not None)
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_dashboard_snapshot(snap_compare, size, tmp_path, nlp, monkeypatch):
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path))
    app = BriefingApp(SEEDS / "hostage-talks.txt", config_dir=tmp_path)
    assert snap_compare(app, terminal_size=size, run_before=_loaded("", size))


async def test_the_article_is_shown_before_its_briefing(app_factory):
    """The text needs no model: it is on screen, with the panes analysing, before any analysis ends."""
    import threading

    gate = threading.Event()
    app = app_factory()
    analyse = app._analyse_loaded

    def held(*args):
        gate.wait(30)
        analyse(*args)

    app._analyse_loaded = held
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.query_one(ArticleView)
        await wait_for(pilot, lambda: view.article is not None)
        assert app.briefing is None
        screen = _visible_text(app)
        assert "Israel looks to restart hostage negotiations" in screen and "Analysing…" in screen
        assert "analysing" in app.query_one("#actors").border_title
        gate.set()
        await wait_for(pilot, lambda: app.briefing is not None)
        assert "Analysing…" not in _visible_text(app)
        assert app.briefing.article is view.article
