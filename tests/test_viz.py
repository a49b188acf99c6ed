"""`kg viz`: a subgraph as an interactive neo4j-viz HTML page, opened in a real headless Chromium.

The example articles are extracted once and written into a real embedded store and a real Neo4j.
The page must be self-contained (the machine is offline), carry the subgraph the query returns,
and actually draw it: the screenshot is decoded (PNG, with zlib) and must show the node colours
of cypher/style.grass over far more pixels than the legend's swatches alone.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import re
import shutil
import struct
import subprocess
import time
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.queries import run_query
from kg.viz import caption_for, drawable_queries, grass_colors

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("KG_TEST_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


# The examples in both stores: fixtures `documents`, `embedded`, `neo4j` and `store` in conftest.py.


def store_args(store: Any) -> list[str]:
    return ["--uri", store.location] if store.kind == "neo4j" else ["--store", store.location]


def page_data(html: str) -> dict[str, Any]:
    """The graph neo4j-viz embeds in the page, as an inert JSON script block."""
    m = re.search(r'<script type="application/json" id="neo4j-viz-data">(.*?)</script>', html, flags=re.S)
    assert m, "the page carries its graph as JSON"
    return json.loads(m.group(1))


# --- PNG decoding without a dependency -------------------------------------------------------


def decode_png(path: Path) -> tuple[int, int, list[bytes], int]:
    """Width, height, unfiltered rows and bytes per pixel of an 8-bit RGB or RGBA PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    width = height = depth = ctype = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, chunk = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", chunk[:10])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    assert depth == 8 and ctype in (2, 6), f"unexpected PNG format depth={depth} colour type={ctype}"
    bpp = 3 if ctype == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    i = 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1 : i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b, c = prev[x], (prev[x - bpp] if x >= bpp else 0)
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows, bpp


def pixel_colours(path: Path) -> Counter[str]:
    _, _, rows, bpp = decode_png(path)
    return Counter(row[x : x + 3].hex().upper() for row in rows for x in range(0, len(row), bpp))


class HeadlessChromium:
    """A real headless Chromium driven over --remote-debugging-pipe (fds 3 and 4, NUL-separated
    DevTools JSON), so the test can wait for the canvas to be drawn before judging the picture.

    Why not ``--screenshot=FILE``: it captures right after the load event, which races the page's
    first canvas draw; on this loaded 2-core machine it came back blank in about one run of three,
    with or without --virtual-time-budget."""

    def __init__(self, binary: str, profile: Path, size: tuple[int, int] = (1200, 800)):
        to_child_r, self._write = os.pipe()
        self._read, from_child_w = os.pipe()
        # Copies above 10, so that putting them on 3 and 4 in the child cannot clobber each other.
        child_in = fcntl.fcntl(to_child_r, fcntl.F_DUPFD, 10)
        child_out = fcntl.fcntl(from_child_w, fcntl.F_DUPFD, 10)
        os.close(to_child_r)
        os.close(from_child_w)

        def place_pipe() -> None:
            os.dup2(child_in, 3)
            os.dup2(child_out, 4)

        self.size = size
        self.proc = subprocess.Popen(
            [
                binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                f"--user-data-dir={profile}", f"--window-size={size[0]},{size[1]}", "--remote-debugging-pipe", "about:blank",
            ],
            preexec_fn=place_pipe, pass_fds=(3, 4), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        os.close(child_in)
        os.close(child_out)
        self._buffer = b""
        self._id = 0
        self.session: str | None = None

    def call(self, method: str, params: dict[str, Any] | None = None, *, on_page: bool = True, timeout: float = 60) -> dict[str, Any]:
        self._id += 1
        message: dict[str, Any] = {"id": self._id, "method": method, "params": params or {}}
        if on_page and self.session:
            message["sessionId"] = self.session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            while b"\0" not in self._buffer:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"Chromium did not answer {method} in {timeout} s")
                chunk = os.read(self._read, 1 << 20)
                if not chunk:
                    raise RuntimeError(f"Chromium exited: {self.proc.stderr.read().decode(errors='replace')[-1000:]}")
                self._buffer += chunk
            raw, self._buffer = self._buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self._id:  # anything else is an event
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def open(self, url: str) -> None:
        target = self.call("Target.createTarget", {"url": url}, on_page=False)["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True}, on_page=False)["sessionId"]
        width, height = self.size
        self.call("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def screenshot(self, png: Path) -> None:
        png.write_bytes(base64.b64decode(self.call("Page.captureScreenshot", {"format": "png"})["data"]))

    def close(self) -> None:
        try:
            self.call("Browser.close", on_page=False, timeout=10)
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._write)
        os.close(self._read)


# --- tests -----------------------------------------------------------------------------------


def test_default_picture_is_who_talks_about_whom(store: Any, tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    done = CliRunner().invoke(cli, ["viz", "-o", str(out), *store_args(store)])
    assert done.exit_code == 0, done.output
    data = page_data(out.read_text(encoding="utf-8"))
    pairs = run_query(store, "talks_about_most", {"limit": 200})
    expected_nodes = {r["speaker_id"] for r in pairs} | {r["about_id"] for r in pairs}
    assert {n["id"] for n in data["nodes"]} == expected_nodes
    assert {(r["from"], r["to"]) for r in data["relationships"]} == {(r["speaker_id"], r["about_id"]) for r in pairs}
    assert done.output.strip() == f"Wrote {out}: {len(expected_nodes)} nodes, {len(pairs)} relationships from query talks_about_most"
    colours = grass_colors()
    for node in data["nodes"]:
        label = node["properties"]["label"]
        assert node["color"].upper() == colours[label].upper()
        assert node["caption"] == caption_for(label, node["properties"])
    korea = next(n for n in data["nodes"] if n["id"] == "KP")
    assert korea["caption"] == "Korea Utara" and korea["properties"]["label"] == "State"


def test_page_is_self_contained_for_an_offline_machine(embedded: Any, tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    assert CliRunner().invoke(cli, ["viz", "-o", str(out), "--store", embedded.location]).exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", html), "scripts are inlined"
    assert not re.search(r"<link[^>]+href=[\"']https?:", html), "styles are inlined"
    assert not re.search(r"@import\s+url\([\"']?https?:", html)


def test_picture_of_a_query_with_parameters(store: Any, tmp_path: Path) -> None:
    out = tmp_path / "korea.html"
    done = CliRunner().invoke(cli, ["viz", "--query", "said_about", "-p", "name=korea utara", "-o", str(out), *store_args(store)])
    assert done.exit_code == 0, done.output
    data = page_data(out.read_text(encoding="utf-8"))
    rows = run_query(store, "said_about", {"name": "Korea Utara"})
    speakers = {r["speaker_id"] for r in rows if r["speaker_id"]}
    assert {n["id"] for n in data["nodes"]} == speakers | {"KP"}
    assert all(r["to"] == "KP" for r in data["relationships"])
    # Several statements by one speaker about Korea make one wider edge, captioned with the count.
    per_speaker = Counter(r["speaker_id"] for r in rows if r["speaker_id"])
    for rel in data["relationships"]:
        n = per_speaker[rel["from"]]
        assert rel["caption"] == ("SAID_ABOUT" if n == 1 else f"SAID_ABOUT ({n})")


def test_queries_without_a_graph_shape_are_refused(embedded: Any, tmp_path: Path) -> None:
    runner = CliRunner()
    table = runner.invoke(cli, ["viz", "--query", "articles", "-o", str(tmp_path / "x.html"), "--store", embedded.location])
    assert table.exit_code == 2
    assert table.output.strip() == f"Error: Query 'articles' returns a table, not a graph, so kg viz cannot draw it. Queries it can draw: {', '.join(drawable_queries())}."
    missing = runner.invoke(cli, ["viz", "--query", "said_about", "-o", str(tmp_path / "x.html"), "--store", embedded.location])
    assert missing.exit_code == 2
    assert missing.output.strip().startswith("Error: Query 'said_about' needs parameter 'name'")
    nothing = runner.invoke(cli, ["viz", "--query", "said_about", "-p", "name=Atlantis", "-o", str(tmp_path / "x.html"), "--store", embedded.location])
    assert nothing.exit_code == 2
    assert nothing.output.strip() == "Error: Query 'said_about' found nothing to draw; check its parameters, or load articles first with kg load."
    assert not (tmp_path / "x.html").exists()


@pytest.mark.slow
def test_headless_chromium_draws_the_graph(embedded: Any, tmp_path: Path) -> None:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is not installed at {CHROMIUM}: apt-get update && apt-get install -y chromium", pytrace=False)
    html, png = tmp_path / "graph.html", tmp_path / "graph.png"
    assert CliRunner().invoke(cli, ["viz", "-o", str(html), "--store", embedded.location]).exit_code == 0
    data = page_data(html.read_text(encoding="utf-8"))
    drawn = {n["properties"]["label"] for n in data["nodes"]} & {"Person", "State"}
    assert drawn
    wanted = {label: grass_colors()[label].lstrip("#").upper() for label in drawn}
    browser = HeadlessChromium(CHROMIUM, tmp_path / "chromium-profile")
    try:
        browser.open(html.as_uri())
        # The legend shows a small swatch per label; drawn nodes cover far more pixels. Wait up to
        # 60 s for them: the layout runs in the page, on a machine other tests keep busy.
        deadline = time.monotonic() + 60
        while True:
            browser.screenshot(png)
            colours = pixel_colours(png)
            if all(colours[c] > 1000 for c in wanted.values()) or time.monotonic() > deadline:
                break
            time.sleep(0.5)
    finally:
        browser.close()
    assert png.exists() and png.stat().st_size > 0
    width, height, _, _ = decode_png(png)
    assert (width, height) == (1200, 800)
    assert len(colours) > 200, "a drawn graph has many colours (anti-aliased circles, text), a blank page a few"
    for label, colour in wanted.items():
        assert colours[colour] > 1000, f"{label} nodes are not drawn"
