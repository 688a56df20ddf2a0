"""`briefing serve`: the page, its script, the app's output over the websocket, and a real browser."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time

import aiohttp
import pytest

from briefing.serve import LOOPBACK_WARNING, is_loopback
from tests.conftest import ROOT, SAMPLE

ESCAPES = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(nlp):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "briefing", "serve", str(SAMPLE), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "BRIEFING_CONFIG_DIR": str(ROOT / ".pytest_cache" / "serve-config")})
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("briefing serve did not listen within 30 s")
    yield f"http://127.0.0.1:{port}", proc
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                                ("0.0.0.0", False), ("192.168.1.20", False)])
def test_loopback_hosts(host, loopback):
    assert is_loopback(host) is loopback


async def test_page_and_script_are_served_with_nothing_from_outside(server):
    url, _ = server
    async with aiohttp.ClientSession() as session:
        async with session.get(url + "/") as page:
            assert page.status == 200
            html = await page.text()
        assert "textual.js" in html and "data-session-websocket-url" in html
        assert not re.search(r"(?:href|src)=\"https?://(?!127\.0\.0\.1)", html)  # fonts and scripts are local
        script = re.search(r"src=\"([^\"]*textual\.js)\"", html).group(1)
        async with session.get(script) as js:
            assert js.status == 200 and len(await js.read()) > 10_000


async def test_the_dashboard_arrives_over_the_websocket(server):
    url, _ = server
    seen = ""
    async with aiohttp.ClientSession() as session, session.ws_connect(
            url.replace("http", "ws") + "/ws?width=120&height=40") as ws:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and not ("Key actors" in seen and "Israel looks to restart" in seen):
            try:
                message = await ws.receive(timeout=5)
            except TimeoutError:
                continue
            if message.type == aiohttp.WSMsgType.BINARY:
                seen += ESCAPES.sub("", message.data.decode("utf-8", "replace"))
            elif message.type == aiohttp.WSMsgType.TEXT:
                seen += message.data
            elif message.type in (aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
                break
    assert "Key actors" in seen and "Israel looks to restart" in seen, seen[-500:]


def test_it_says_where_it_listens(server):
    url, proc = server
    line = ""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and "serving on" not in line:
        line = proc.stderr.readline()
    assert f"serving on {url} (loopback only" in line
    assert "anyone who can reach" in LOOPBACK_WARNING


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


class _DevTools:
    """Just enough of the Chrome DevTools protocol: one page, commands, answers."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws, self.next_id, self.session = ws, 0, None

    async def send(self, method: str, **params) -> dict:
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if self.session:
            message["sessionId"] = self.session
        await self.ws.send_str(json.dumps(message))
        while True:
            reply = json.loads((await self.ws.receive(timeout=30)).data)
            if reply.get("id") == self.next_id:
                assert "error" not in reply, reply
                return reply["result"]


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (Debian's chromium package)")
async def test_a_real_browser_draws_the_app(server, tmp_path):
    url, _ = server
    browser = subprocess.Popen(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", "--remote-debugging-port=0", "--window-size=1280,800",
         "about:blank"], stderr=subprocess.PIPE, text=True)
    try:
        endpoint = None
        deadline = time.monotonic() + 30
        while endpoint is None and time.monotonic() < deadline:
            found = re.search(r"DevTools listening on (ws://\S+)", browser.stderr.readline())
            endpoint = found.group(1) if found else None
        assert endpoint, "Chromium did not open its DevTools port"
        async with aiohttp.ClientSession() as session, session.ws_connect(endpoint, max_msg_size=0) as ws:
            tools = _DevTools(ws)
            target = (await tools.send("Target.createTarget", url=url + "/"))["targetId"]
            tools.session = (await tools.send("Target.attachToTarget", targetId=target, flatten=True))["sessionId"]
            first_byte = False
            deadline = time.monotonic() + 90
            while not first_byte and time.monotonic() < deadline:
                await asyncio.sleep(0.5)
                answer = await tools.send("Runtime.evaluate", returnByValue=True,
                                          expression="document.body.classList.contains('-first-byte')")
                first_byte = answer["result"].get("value") is True
            assert first_byte, "the app's output never reached the page"
            await asyncio.sleep(2)  # let the first frames paint
            shot = await tools.send("Page.captureScreenshot", format="png")
        png = tmp_path / "serve.png"
        png.write_bytes(base64.b64decode(shot["data"]))
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    finally:
        browser.terminate()
        browser.wait(timeout=10)
