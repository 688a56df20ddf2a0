"""The small config file (theme, recent files) in the user's config folder.

A corrupt or unreadable file is reported once and replaced by defaults: it is never fatal.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

RECENT_MAX = 10


def config_dir() -> Path:
    override = os.environ.get("BRIEFING_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("briefing", appauthor=False))


@dataclass
class Config:
    theme: str = "nightdesk"
    recent: list[str] = field(default_factory=list)
    problem: str | None = None  # why the stored config was ignored, for one notification

    @classmethod
    def load(cls, folder: Path | None = None) -> Config:
        path = (folder or config_dir()) / "config.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            return cls(problem=f"Ignored the settings in {path}: {type(exc).__name__}.")
        if not isinstance(data, dict):
            return cls(problem=f"Ignored the settings in {path}: not a JSON object.")
        theme = data.get("theme") if isinstance(data.get("theme"), str) else "nightdesk"
        recent = [r for r in data.get("recent", []) if isinstance(r, str)][:RECENT_MAX]
        return cls(theme=theme, recent=recent)

    def remember(self, path: Path) -> None:
        text = str(path.resolve())
        self.recent = [text] + [r for r in self.recent if r != text][: RECENT_MAX - 1]

    def save(self, folder: Path | None = None) -> str | None:
        """Write the config; returns a reason on failure instead of raising."""
        from briefing.export import write_atomic

        folder = folder or config_dir()
        try:
            write_atomic(folder / "config.json", json.dumps({"theme": self.theme, "recent": self.recent}, indent=2),
                         overwrite=True)
        except OSError as exc:
            return f"Could not save settings: {exc.strerror or exc}"
        return None
