"""The story screen, driven with the pilot: marks in the picker, the coverage filling in, evidence."""

from __future__ import annotations

import shutil

import pytest

from briefing.tui.app import BriefingApp
from briefing.tui.widgets.article_view import ArticleView
from tests.conftest import ROOT
from tests.test_app import wait_for

EVAL = ROOT.parent / "shared" / "eval" / "articles"
SCIENTOLOGY = [EVAL / f"gum-{n}.txt" for n in ("defector", "hackers", "imprisoned")]
pytestmark = pytest.mark.skipif(not all(p.exists() for p in SCIENTOLOGY), reason="needs ../shared/eval/articles")


@pytest.fixture(autouse=True)
def _cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


async def test_a_story_from_marks_in_the_picker(tmp_path, nlp):
    from briefing.tui.screens.dashboard import ArticleScreen
    from briefing.tui.screens.picker import FilePicker
    from briefing.tui.screens.story import StoryList, StoryScreen

    folder = tmp_path / "scientology"
    folder.mkdir()
    for path in SCIENTOLOGY:
        shutil.copy(path, folder / path.name)
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    app = BriefingApp(folder, config_dir=tmp_path / "config")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, FilePicker) and app.screen._entries)
        await pilot.press("down", "a")
        assert len(app.screen.marked) == 4
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, StoryScreen))
        story_screen = app.screen
        try:
            await wait_for(pilot, lambda: len(story_screen.done) + len(story_screen.failed) == 4, tries=1200)
        except AssertionError:
            raise AssertionError(f"{story_screen.done.keys()} {story_screen.failed} "
                                 f"{[(w.name, w.state, w.error) for w in app.workers]}") from None
        assert list(story_screen.failed) == [str(folder / "broken.txt")]
        assert "PNG" in story_screen.failed[str(folder / "broken.txt")]
        church = story_screen.story.actor("Church of Scientology")
        assert church is not None and [a.article for a in church.appearances] == [0, 1, 2]
        quotes = story_screen.query_one("#story-quotes", StoryList)
        quotes.focus()
        await pilot.pause()
        first = story_screen.story.quotes[quotes.highlighted or 0]
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen))
        view = app.screen.query_one(ArticleView)
        await wait_for(pilot, lambda: view.selected_text == first.text)
        assert view.article.text == story_screen.story.articles[first.occurrences[0].article].text
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is story_screen)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_story_snapshot(snap_compare, tmp_path, nlp, size):
    from briefing.tui.screens.story import StoryScreen

    async def run_before(pilot) -> None:
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, StoryScreen)
                       and len(pilot.app.screen.done) == 3, tries=1200)
        await pilot.pause(0.5)

    app = BriefingApp(config_dir=tmp_path / "config", story=SCIENTOLOGY)
    assert snap_compare(app, terminal_size=size, run_before=run_before)
