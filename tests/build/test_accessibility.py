"""axe-core in real headless Chromium finds no violation on any page type of a built site, on a
desktop (1366×900) and a phone (390×844) viewport.

The site is the shipped sample archive (its PDF issue gives 版 and article pages with page
images) plus an article alias (so there is a redirect page), built by the real pipeline with
search. axe-core comes from the pinned `axe-playwright-python` wheel
(requirements-dev.txt), which bundles axe.min.js: nothing is downloaded at test time."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.core import frontmatter
from generator.core.config import load_config
from tests.support.axe import axe_violations, describe
from tests.support.project import copy_project, serve_dir

PDF_DAY = "/changji-daily/2022/11/09/"          # the sample's PDF issue
OLD_ID = "changji-daily/2022-11-08/09-09"      # an alias: its old URL becomes a redirect page
VIEWPORTS = {"desktop": (1366, 900), "phone": (390, 844)}


@pytest.fixture(scope="module")
def a11y_site(tmp_path_factory):
    """(base URL, page type → path) of the sample site plus a redirect."""
    from generator.build.pipeline import build_site
    proj = copy_project(tmp_path_factory.mktemp("a11y") / "project")
    config = load_config(str(proj / "site_config.yaml"))
    first = sorted((proj / "content/articles/changji-daily/2022/11/08").glob("01-*.md"))[0]
    doc = frontmatter.parse(first.read_text(encoding="utf-8"))
    first.write_text(frontmatter.dump({**doc.meta, "aliases": [OLD_ID]}, doc.body),
                     encoding="utf-8")
    build_site(config, progress=False)
    site = Path(config.path(config.output_dir))
    topic = sorted(p.parent.name for p in (site / "topics").glob("*/index.html"))[0]
    place = sorted(p.parent.name for p in (site / "places").glob("*/index.html"))[0]
    paths = {
        "home": "/",
        "publication": "/changji-daily/",
        "year": "/changji-daily/2022/",
        "issue": "/changji-daily/2022/11/08/",
        "page": "/changji-daily/2022/11/08/01/",
        "article": "/changji-daily/2022/11/08/01-01/",
        "issue-with-thumbs": PDF_DAY,
        "page-with-image": PDF_DAY + "01/",
        "article-with-image": PDF_DAY + "01-01/",
        "topics": "/topics/",
        "topic": f"/topics/{topic}/",
        "places": "/places/",
        "place": f"/places/{place}/",
        "search-results": "/search/?q=医疗队",
        "search-none": "/search/?q=没有这个词语",
        "404": "/changji-daily/2022/11/10/",
        "redirect": "/changji-daily/2022/11/08/09-09/",
    }
    for name, path in paths.items():
        if name.startswith("search") or name == "404":
            continue
        assert (site / path.lstrip("/") / "index.html").exists(), name
    assert (site / PDF_DAY.lstrip("/") / "01" / "page.webp").exists()
    base, stop = serve_dir(site)
    yield base, paths
    stop()


def _settle(page, name: str) -> None:
    """Wait for what scripts draw after load: search results (or their absence)."""
    if name.startswith("search"):
        page.wait_for_function("() => { const s = document.getElementById('search-status');"
                               " return s && s.textContent && !/正在检索/.test(s.textContent); }")
        if name == "search-results":
            assert page.locator("#search-results li").count() > 0
        else:
            assert page.locator("#search-results li").count() == 0
    page.wait_for_load_state("networkidle")


PAGE_TYPES = ["home", "publication", "year", "issue", "page", "article", "issue-with-thumbs",
              "page-with-image", "article-with-image", "topics", "topic", "places", "place",
              "search-results", "search-none", "404", "redirect"]


@pytest.mark.parametrize("viewport", sorted(VIEWPORTS))
@pytest.mark.parametrize("name", PAGE_TYPES)
def test_axe_finds_no_violation(a11y_site, browser, name, viewport):
    base, paths = a11y_site
    width, height = VIEWPORTS[viewport]
    page = browser.new_page(viewport={"width": width, "height": height})
    try:
        if name == "redirect":
            # stay on the redirect page: its refresh to the new URL gets 204 No Content, which
            # leaves a browser on the page it was showing
            page.route(re.compile(r".*/01-01/$"), lambda route: route.fulfill(status=204))
        response = page.goto(base + paths[name])
        assert response is not None
        assert response.status == (404 if name == "404" else 200)
        _settle(page, name)
        if name == "redirect":
            assert "已移至" in page.title()
        violations = axe_violations(page)
    finally:
        page.close()
    assert violations == [], describe(violations)


def test_a_real_violation_is_reported(a11y_site, browser):
    """The check can fail: an image without alt text and an unlabelled field are found."""
    base, paths = a11y_site
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    try:
        page.goto(base + paths["article"])
        page.evaluate("""() => {
            const main = document.querySelector('main');
            const img = document.createElement('img'); img.src = '/static/favicon.svg';
            const input = document.createElement('input'); input.type = 'text';
            main.append(img, input);
        }""")
        violations = axe_violations(page)
    finally:
        page.close()
    ids = {v["id"] for v in violations}
    assert {"image-alt", "label"} <= ids, describe(violations)
    assert "image-alt" in describe(violations)
