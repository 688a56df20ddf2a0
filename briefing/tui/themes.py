"""Themes: TOML files from the shipped `themes/` folder and the user's own, as Textual `Theme`s."""

from __future__ import annotations

import tomllib
from pathlib import Path

from textual.theme import Theme

from briefing.tui.config import config_dir

COLOR_KEYS = ("primary", "secondary", "accent", "background", "surface", "panel", "foreground",
              "warning", "error", "success")


def shipped_themes_dir() -> Path:
    """The wheel carries themes under briefing/_data; a source checkout has them at the top."""
    packaged = Path(__file__).resolve().parent.parent / "_data" / "themes"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent.parent / "themes"


def theme_from_file(path: Path) -> Theme:
    """Raises ValueError with a readable reason for a broken file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{path.name}: {exc}") from None
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{path.name}: a theme needs a name")
    if not isinstance(data.get("primary"), str):
        raise ValueError(f"{path.name}: a theme needs a primary colour")
    colors = {k: data[k] for k in COLOR_KEYS if isinstance(data.get(k), str)}
    try:
        return Theme(name=name.strip(), dark=bool(data.get("dark", True)), **colors)
    except Exception as exc:  # Textual rejects unparsable colours with several error types
        raise ValueError(f"{path.name}: {exc}") from None


def load_themes(extra_dir: Path | None = None) -> tuple[list[Theme], list[str]]:
    """All themes found, and a reason for each file that was skipped."""
    themes: list[Theme] = []
    problems: list[str] = []
    user_dir = extra_dir if extra_dir is not None else config_dir() / "themes"
    for folder in (shipped_themes_dir(), user_dir):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                themes.append(theme_from_file(path))
            except ValueError as exc:
                problems.append(f"Theme skipped: {exc}")
    return themes, problems
