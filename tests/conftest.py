"""Shared fixtures: the seed pages, a throw-away copy of the project, a local HTTP server and a
real headless Chromium (Debian's /usr/bin/chromium driven by Playwright, no browser download)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.archives import build, make_project
from tests.support.project import CHROMIUM, SEEDS_DIR, copy_project


@pytest.fixture(scope="session")
def seed_pages() -> dict[str, Path]:
    """Both seed pages by stem (copies live in tests/fixtures so tests run without ../shared)."""
    return {p.stem: p for p in sorted(SEEDS_DIR.glob("*.txt"))}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


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


@pytest.fixture
def page(browser):
    """A desktop-sized tab (1366×900) that fails the test on any uncaught script error; modules
    that need another size or a served site define their own."""
    p = browser.new_page(viewport={"width": 1366, "height": 900})
    errors: list[str] = []
    p.on("pageerror", lambda e: errors.append(str(e)))
    yield p
    p.close()
    assert not errors, errors


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A project with 2 papers × 3 issues × 2 pages × 3 articles, built into site/."""
    project = make_project(tmp_path_factory.mktemp("site") / "p",
                           papers=("changji-daily", "altay-daily"))
    build(project)
    return project
