"""Where things are (the project, the shared seeds, Chromium), a throw-away copy of the project,
and a local static HTTP server — the paths and builders every test package shares."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import socketserver
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEEDS_DIR = ROOT / "tests" / "fixtures" / "seeds"
PYTHON = sys.executable
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def copy_project(dest: Path, with_articles: bool = True) -> Path:
    """A copy of the project's config, templates and content in `dest`, for tests that build."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "site_config.yaml", dest / "site_config.yaml")
    shutil.copytree(ROOT / "templates", dest / "templates")
    shutil.copytree(ROOT / "content" / "raw", dest / "content" / "raw")
    if with_articles and (ROOT / "content" / "articles").exists():
        shutil.copytree(ROOT / "content" / "articles", dest / "content" / "articles")
    return dest


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
