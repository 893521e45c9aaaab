"""Topic and place pages are numbered: a bar of page numbers (1 = the oldest page, the front page
labelled 最新) besides 较新/较早, with stable URLs, and incremental builds equal to clean ones."""
from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path
from urllib.parse import unquote

from generator.build.plan.listings import pager
from tests.support.archives import article_meta, body_for, build, write_article

from tests.build.test_incremental_sequence import _same_as_clean

TOPIC = "抗疫"


def _path(c: int) -> str:
    return f"/t/page/{c + 1}/" if c < 9 else "/t/"


def test_the_number_bar_shows_neighbours_the_first_and_the_front():
    labels = lambda pos: [(l, cur) for l, _, cur in pager(pos, 10, _path)]
    assert labels(10) == [("最新", True), ("9", False), ("8", False), ("…", False), ("1", False)]
    assert labels(5) == [("最新", False), ("…", False), ("7", False), ("6", False), ("5", True),
                         ("4", False), ("3", False), ("…", False), ("1", False)]
    assert labels(1)[-1] == ("1", True) and labels(1)[-2] == ("2", False)
    assert pager(1, 1, _path) == ()
    assert [p for _, p, _ in pager(5, 10, _path) if p] == ["/t/", "/t/page/7/", "/t/page/6/",
                                                            "/t/page/5/", "/t/page/4/",
                                                            "/t/page/3/", "/t/page/1/"]
    # an old page's bar does not depend on how many pages there are
    assert pager(3, 10, _path)[1:] == pager(3, 30, lambda c: f"/t/page/{c + 1}/" if c < 29 else "/t/")[1:]


def _project(tmp: Path, days: int) -> Path:
    from tests.support.archives import make_project
    project = make_project(tmp / "p", issues=1, pages=1, per_page=1, papers=("changji-daily",))
    cfg = project / "site_config.yaml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("topic_page_size: 50",
                                                           "topic_page_size: 2"), encoding="utf-8")
    rng = random.Random(3)
    for d in range(days):
        _add(project, dt.date(2023, 1, 1) + dt.timedelta(days=d), rng)
    return project


def _add(project: Path, day: dt.date, rng: random.Random) -> Path:
    meta = article_meta("changji-daily", day, 1, 1, f"{day.isoformat()} 的文章", issue_no=1,
                        topics=[TOPIC], places=["昌吉市"])
    return write_article(project / "content" / "articles", meta, body_for(rng))


_BAR = re.compile(r'<nav class="page-numbers"[^>]*>(.*?)</nav>', re.S)
_ITEM = re.compile(r'<li( class="gap")?[^>]*>(?:<a href="([^"]+)"[^>]*>([^<]+)</a>|'
                   r'<span aria-current="page">([^<]+)</span>|([^<]+))</li>')


def _bar(site: Path, url: str) -> list[tuple[str, str | None, bool]]:
    html = (site / url.strip("/") / "index.html").read_text(encoding="utf-8")
    m = _BAR.search(html)
    assert m, f"{url} has no page numbers"
    out = []
    for gap, href, label, current, text in _ITEM.findall(m.group(1)):
        out.append((label or current or text, href or None, bool(current)))
    return out


def test_topic_pages_carry_a_bar_of_page_numbers(tmp_path):
    project = _project(tmp_path, 15)          # 16 articles in 抗疫, 2 a page: 最新 + pages 1..7
    build(project)
    site = project / "site"
    base = "/topics/epidemic/"
    front = _bar(site, base)
    assert front[0] == ("最新", None, True)
    assert [l for l, _, _ in front] == ["最新", "7", "6", "…", "1"]
    numbered = sorted(int(p.parent.name) for p in site.glob("topics/epidemic/page/*/index.html"))
    assert numbered == [1, 2, 3, 4, 5, 6, 7]
    for n in numbered:                        # every number links to the page that says it is it
        bar = _bar(site, f"{base}page/{n}/")
        assert (str(n), None, True) in bar
        for label, href, _ in bar:
            if href:
                target = _bar(site, href)
                assert (label, None, True) in target, (n, label, href)
    # the place pages have the same bar
    assert _bar(site, "/places/昌吉市/")[0] == ("最新", None, True)


def test_numbered_pages_build_incrementally_to_the_clean_site(tmp_path):
    project = _project(tmp_path, 15)
    today = dt.date(2024, 1, 1)
    build(project, today=today)
    rng = random.Random(9)
    # one article more: the front page fills, page 7 appears and the bars near the front move
    for d in range(3):
        _add(project, dt.date(2023, 2, 1) + dt.timedelta(days=d), rng)
        _same_as_clean(project, tmp_path, today, f"add {d}")
    # an old article removed: every later page shifts
    next((project / "content" / "articles").rglob("2023/01/03/01-01.md")).unlink()
    _same_as_clean(project, tmp_path, today, "remove old")
    # the newest ones removed: the list shrinks by a page
    for f in sorted((project / "content" / "articles").rglob("2023/02/*/01-01.md"))[-3:]:
        f.unlink()
    _same_as_clean(project, tmp_path, today, "remove newest")


def test_adding_news_plans_only_the_listing_pages_near_the_front(tmp_path):
    # 30 articles, 2 a page: 最新 + pages 1..14; one more joins the front page, whose number
    # bar and older link the three pages before it show
    project = _project(tmp_path, 30)
    today = dt.date(2024, 1, 1)
    build(project, today=today)
    _add(project, dt.date(2023, 3, 1), random.Random(5))
    from generator.build.pipeline import dry_run
    from generator.core.config import load_config
    plan = dry_run(load_config(str(project / "site_config.yaml")), today=today)
    planned = sorted(k for k in plan.units if k.startswith("places/昌吉市/"))
    # (a place has no feed reaching back) the stored records of pages 1..11 stay as they are
    assert planned == ["places/昌吉市/index.html"] + \
        [f"places/昌吉市/page/{n}/index.html" for n in (12, 13, 14)]
    assert plan.state.heads[("place", "昌吉市")].units_n == 15      # 14 numbered and 最新
    _same_as_clean(project, tmp_path, today, "add one")


_SECTION = re.compile(r'<section class="place-level"[^>]*>\s*<h2 id="([^"]+)">([^<]+?) <small>(\d+) 个地名'
                      r'</small></h2>(.*?)</section>', re.S)
_PLACE = re.compile(r'<li><a href="([^"]+)">([^<]+?) <span class="count">\((\d+)\)</span></a></li>')


def test_the_places_index_is_grouped_by_level_with_counts(built):
    site = built / "site"
    html = (site / "places" / "index.html").read_text(encoding="utf-8")
    sections = _SECTION.findall(html)
    levels = [label for _, label, _, _ in sections]
    order = ["州/地区", "县/市", "乡/镇", "村"]
    assert len(levels) >= 2 and levels == [l for l in order if l in levels]
    ends = {"州/地区": ("州", "地区"), "县/市": ("县", "市", "区"), "乡/镇": ("乡", "镇"), "村": ("村",)}
    total = 0
    for _, label, n, body in sections:
        places = _PLACE.findall(body)
        assert int(n) == len(places) > 0
        counts = [int(c) for _, _, c in places]
        assert counts == sorted(counts, reverse=True)          # most mentioned first
        for href, name, count in places:
            assert name.endswith(ends[label]), (label, name)
            page = (site / unquote(href).strip("/") / "index.html").read_text(encoding="utf-8")
            assert f"共 {count} 篇" in page                      # the count is the page's size
        total += len(places)
    assert total == len(list((site / "places").glob("*/index.html")))


def test_a_reader_pages_through_a_topic_by_number(tmp_path, browser):
    from tests.support.project import serve_dir
    project = _project(tmp_path, 15)
    build(project)
    base, stop = serve_dir(project / "site")
    page = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        page.goto(base + "/topics/epidemic/")
        bar = page.locator("nav.page-numbers")
        assert bar.locator("[aria-current=page]").inner_text() == "最新"
        bar.get_by_role("link", name="第1页").click()
        page.wait_for_url(base + "/topics/epidemic/page/1/")
        assert page.locator("nav.page-numbers [aria-current=page]").inner_text() == "1"
        assert "第1页" in page.inner_text("h1")
        page.locator("nav.page-numbers").get_by_role("link", name="第3页").click()
        page.wait_for_url(base + "/topics/epidemic/page/3/")
        page.locator("nav.page-numbers").get_by_role("link", name="最新").click()
        page.wait_for_url(base + "/topics/epidemic/")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    finally:
        page.close()
        stop()
