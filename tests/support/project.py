"""Where things are (the project, the shared seeds, Chromium), a throw-away copy of the project,
and a local static HTTP server — the paths and builders every test package shares."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from generator.tools.serve import serve_in_background

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


def raw_project(dest: Path) -> Path:
    """A project holding only the configuration and the raw pages, for tests that ingest."""
    dest.mkdir(parents=True)
    shutil.copy(ROOT / "site_config.yaml", dest / "site_config.yaml")
    shutil.copytree(ROOT / "content" / "raw", dest / "content" / "raw")
    return dest


def serve_dir(directory: Path):
    """The shipped static server (`build.py serve`) on a free port: (base_url, stop)."""
    return serve_in_background(str(directory))
