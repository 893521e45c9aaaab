"""Shared fixtures: the seed pages, a throw-away copy of the project, a local HTTP server and a
real headless Chromium (Debian's /usr/bin/chromium driven by Playwright, no browser download)."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import socketserver
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS_DIR = ROOT / "tests" / "fixtures" / "seeds"
PYTHON = sys.executable
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="session")
def seed_pages() -> dict[str, Path]:
    """Both seed pages by stem (copies live in tests/fixtures so tests run without ../shared)."""
    return {p.stem: p for p in sorted(SEEDS_DIR.glob("*.txt"))}


def copy_project(dest: Path, with_articles: bool = True) -> Path:
    """A copy of the project's config, templates and content in `dest`, for tests that build."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "site_config.yaml", dest / "site_config.yaml")
    shutil.copytree(ROOT / "templates", dest / "templates")
    shutil.copytree(ROOT / "content" / "raw", dest / "content" / "raw")
    if with_articles and (ROOT / "content" / "articles").exists():
        shutil.copytree(ROOT / "content" / "articles", dest / "content" / "articles")
    return dest


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def serve_dir(directory: Path):
    """Start a static server on 127.0.0.1 (random port); returns (base_url, stop)."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    httpd = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    return f"http://127.0.0.1:{httpd.server_address[1]}", httpd.shutdown


@pytest.fixture(scope="session")
def browser():
    """A headless Chromium; the test is skipped only when neither Playwright nor Chromium exist
    on a developer machine — CI installs both, so there it always runs."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} missing: .ci/run must apt-get install chromium")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield b
        b.close()
