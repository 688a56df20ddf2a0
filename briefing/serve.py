"""`briefing serve`: the same dashboard in a browser, with textual-serve.

Each browser tab that connects starts its own `briefing` process, whose terminal output the page
draws on a canvas. textual-serve ships its own script and fonts; its page also links a web font
from the internet, so the page is served from a copy of its template without that link, and a
browser here fetches nothing from outside. The server binds to loopback unless told otherwise:
anyone who can reach the port can use the app, and through it read every file the app can.
"""

from __future__ import annotations

import ipaddress
import re
import shlex
import sys
import tempfile
from pathlib import Path

LOOPBACK_WARNING = ("anyone who can reach this port can use the app and read the files it can; "
                    "bind to a public address only on a network you trust")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def command_for(path: Path | None, model: str | None) -> str:
    """The shell command each browser session runs: this Python, this package, the same file."""
    parts = [sys.executable, "-m", "briefing"]
    if path is not None:
        parts.append(str(path.resolve()))
    if model:
        parts += ["--model", model]
    return " ".join(shlex.quote(p) for p in parts)


def offline_templates(folder: Path) -> Path:
    """textual-serve's page template without the link to a web font: its own fonts are served."""
    import textual_serve

    source = Path(textual_serve.__file__).parent / "templates" / "app_index.html"
    page = re.sub(r"<link\s[^>]*href=\"https?://[^\"]*\"[^>]*/>", "", source.read_text(encoding="utf-8"))
    (folder / "app_index.html").write_text(page, encoding="utf-8")
    return folder


def serve(path: Path | None, host: str = "127.0.0.1", port: int = 8000, model: str | None = None) -> int:
    from textual_serve.server import Server

    where = f"http://{host}:{port}"
    if is_loopback(host):
        print(f"briefing: serving on {where} (loopback only: this machine's browsers)", file=sys.stderr)
    else:
        print(f"briefing: serving on {where} — {LOOPBACK_WARNING}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="briefing-serve-") as tmp:
        server = Server(command_for(path, model), host=host, port=port, title="briefing",
                        templates_path=offline_templates(Path(tmp)))
        server.serve()
    return 0
