"""Layout in real Chromium: a list headline is ruled once (by its item, not also by the site-wide
h2 rule) on 版, topic, place and search pages, and an article's top is one line — breadcrumb and
dateline together, each link once."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest

from tests.support.archives import build, make_project
from tests.support.project import serve_dir

RULES = """(li) => {
    const rule = (el, side) => {
        const s = getComputedStyle(el);
        return s['border' + side + 'Style'] !== 'none' && parseFloat(s['border' + side + 'Width']) > 0;
    };
    const h = li.querySelector('h2');
    return [rule(h, 'Top'), rule(h, 'Bottom'), rule(li, 'Top'), rule(li, 'Bottom')]
        .filter(Boolean).length;
}"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("layout") / "p",
                           papers=("changji-daily", "altay-daily"))
    build(project, search=True)
    base, stop = serve_dir(project / "site")
    yield base, project / "site"
    stop()


def _first_listing(site: Path, kind: str) -> str:
    name = sorted(d.name for d in (site / kind).iterdir() if d.is_dir())[0]
    return f"/{kind}/{quote(name)}/"


@pytest.mark.parametrize("where", ["page", "topics", "places", "search"])
def test_list_headlines_have_one_rule(site, page, where):
    base, root = site
    path = {"page": "/changji-daily/2022/11/07/01/", "search": "/search/?q=%E7%8E%8B%E8%96%87"}.get(
        where) or _first_listing(root, where)
    page.goto(base + path)
    items = page.locator("li:has(> h2)")
    items.first.wait_for()
    counts = [li.evaluate(RULES) for li in items.all()]
    assert counts and counts == [1] * len(counts), (where, counts)


@pytest.mark.parametrize("width", [1366, 390])
def test_article_top_is_one_line_with_each_link_once(site, page, width):
    base, _ = site
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(base + "/changji-daily/2022/11/07/01-01/")
    # everything above the headline sits in one element: the breadcrumb is the dateline
    line = page.locator("nav.breadcrumb")
    assert line.count() == 1 and "dateline" in (line.get_attribute("class") or "")
    text = line.inner_text()
    assert "2022年11月7日" in text and "第01版：要闻" in text and "第8000期" in text
    hrefs = page.evaluate("""() => Array.from(document.querySelectorAll(
        'nav.breadcrumb a, .article-head a')).map(a => new URL(a.href).pathname)""")
    issue, pg = "/changji-daily/2022/11/07/", "/changji-daily/2022/11/07/01/"
    assert hrefs.count(issue) == 1 and hrefs.count(pg) == 1, hrefs
    assert page.locator(".article-head .dateline, main .dateline").count() == 0
    if width == 1366:   # one visual line on a desktop screen
        tops = page.evaluate("""() => Array.from(document.querySelectorAll('nav.breadcrumb a'))
            .map(a => { const r = a.getBoundingClientRect(); return Math.round((r.top + r.bottom) / 2); })""")
        assert max(tops) - min(tops) <= 4, tops   # centres: the 往期回顾 button is taller
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
