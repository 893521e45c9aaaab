"""The search page as a reader sees it, in real Chromium on a real build: result lines (kicker,
subtitle, byline, paper · 版 · 2022年11月8日, all as text), facet counts equal to a substring
scan, a day range in the URL that filters exactly, suggestions on an empty result that do find,
and a phone layout (44 px controls, filters behind one button, four results on the first
screen) — with the first results on screen within a second."""
from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from urllib.parse import quote

import pytest

from generator.core.config import load_config
from tests.support.archives import article_meta, build, make_project, write_article
from tests.support.project import serve_dir
from tests.support.search import article_texts, load_archive, truth

HOSTILE = '<img src=x onerror="window.__pwned=1">'
EXTRA = [   # (paper, date, page, seq, title, extra front matter) beyond make_project's issues
    ("changji-daily", _dt.date(2021, 3, 5), 3, 1, "春耕备耕王薇走访", {"kind": "brief", "page_name": "经济"}),
    ("altay-daily", _dt.date(2021, 12, 31), 1, 1, "岁末王薇记事", {}),
    ("altay-daily", _dt.date(2023, 1, 1), 1, 1, "新年第一天", {"kicker": HOSTILE, "byline": "本报记者 <b>李明</b>"}),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("searchui") / "p",
                           papers=("changji-daily", "altay-daily"))
    arts = project / "content" / "articles"
    for paper, day, pg, seq, title, extra in EXTRA:
        write_article(arts, article_meta(paper, day, pg, seq, title, **extra),
                      "王薇报道：白杨河乡西上湖村的村民们正在忙着修缮取暖设施。")
    build(project, search=True)
    config = load_config(str(project / "site_config.yaml"))
    archive = load_archive(config)
    base, stop = serve_dir(project / "site")
    yield base, archive, article_texts(config, archive)
    stop()


def cn(d: _dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def search_url(base: str, **params) -> str:
    return base + "/search/?" + "&".join(f"{k}={quote(str(v))}" for k, v in params.items())


def shown(page) -> list[str]:
    return page.evaluate("""() => Array.from(document.querySelectorAll('#search-results li h2 a'))
        .map(a => new URL(a.href).pathname)""")


def wait_done(page) -> None:
    page.wait_for_function("""() => { const s = document.getElementById('search-status').textContent;
        return /^找到 \\d+ 篇$/.test(s) || s.startsWith('没有找到'); }""")


def wait_counts(page) -> None:
    page.wait_for_function("document.querySelector('#paper option[data-count]') !== null")


def test_result_lines_show_kicker_subtitle_byline_and_the_sites_date(site, page):
    base, archive, _ = site
    page.goto(search_url(base, q="同心抗疫"))
    wait_done(page)
    page.wait_for_function("""() => Array.from(document.querySelectorAll('#search-results li'))
        .every(li => li.querySelector('.excerpt').textContent)""")
    by_url = {a.url: a for a in archive.articles.values()}
    lines = page.evaluate("""() => Array.from(document.querySelectorAll('#search-results li')).map(li => ({
        url: new URL(li.querySelector('h2 a').href).pathname,
        kicker: li.querySelector('.kicker').innerText, subtitle: li.querySelector('.subtitle').innerText,
        byline: li.querySelector('.byline').innerText, source: li.querySelector('.source').innerText,
        meta: li.querySelector('.meta').innerText}))""")
    assert lines
    names = {"changji-daily": "昌吉日报", "altay-daily": "阿勒泰日报"}
    for line in lines:
        a = by_url[line["url"]]
        assert (line["kicker"], line["subtitle"], line["byline"]) == (a.kicker, a.subtitle, a.byline)
        assert line["source"] == f"{names[a.paper]} · 第{a.page:02d}版：{a.page_name} · {cn(a.date)}"
        assert not re.search(r"\d{4}-\d{2}-\d{2}", line["meta"])          # never 2022-11-08
    assert any("2022年11月8日" in line["source"] for line in lines), [x["source"] for x in lines]


def test_excerpts_start_after_what_the_line_shows(site, page):
    base, archive, _ = site
    page.goto(search_url(base, q="王薇报道"))          # the first words of the body
    wait_done(page)
    page.wait_for_function("""() => Array.from(document.querySelectorAll('#search-results li'))
        .every(li => li.querySelector('.excerpt').textContent)""")
    rows = page.evaluate("""() => Array.from(document.querySelectorAll('#search-results li')).map(li =>
        [li.querySelector('h2 a').textContent, li.querySelector('.excerpt').textContent])""")
    assert len(rows) == len(EXTRA), rows
    assert all(ex.startswith("王薇报道") and title not in ex for title, ex in rows), rows
    page.goto(search_url(base, q="同心抗疫"))          # found only in the subtitle: it stays
    page.wait_for_function("document.querySelector('#search-results .excerpt mark') !== null")
    assert "同心抗疫" in page.inner_text("#search-results .excerpt")


def test_result_lines_show_markup_from_articles_as_text(site, page):
    base, _, _ = site
    page.goto(search_url(base, q="新年第一天"))
    page.wait_for_function("document.querySelector('#search-results .kicker:not([hidden])') !== null")
    assert page.inner_text("#search-results .kicker") == HOSTILE
    assert page.inner_text("#search-results .byline") == "本报记者 <b>李明</b>"
    assert page.locator("#search-results img, #search-results b").count() == 0
    assert page.evaluate("window.__pwned") is None


def _facet_truth(archive, hits: set[str], p: dict) -> dict[str, Counter]:
    """Per facet: value → articles among `hits` passing every other filter of `p` (Python's
    reading of the page's counts)."""
    arts = [a for a in archive.articles.values() if a.url in hits]
    value = {"paper": lambda a: a.paper, "year": lambda a: str(a.date.year),
             "page_name": lambda a: a.page_name or "", "kind": lambda a: a.kind}

    def passes(a, skip):
        if skip != "paper" and p.get("paper") and a.paper != p["paper"]:
            return False
        if skip != "page_name" and p.get("page_name") and a.page_name != p["page_name"]:
            return False
        if skip != "kind" and p.get("kind") and a.kind != p["kind"]:
            return False
        iso = a.date.isoformat()
        if skip != "year" and (iso < p.get("from", "0") or iso > p.get("to", "9")):
            return False
        return True
    return {f: Counter(value[f](a) for a in arts if passes(a, f)) for f in value}


def _shown_counts(page) -> dict[str, dict[str, int]]:
    return page.evaluate("""() => Object.fromEntries(['paper', 'year', 'page_name', 'kind'].map(f =>
        [f, Object.fromEntries(Array.from(document.getElementById(f).options)
            .map(o => [o.value, +o.dataset.count]))]))""")


@pytest.mark.parametrize("params", [
    {}, {"paper": "changji-daily"}, {"kind": "article", "from": "2022-11-08", "to": "2022-11-20"},
    {"paper": "altay-daily", "page_name": "要闻"},
])
def test_facet_counts_equal_a_substring_scan(site, page, params):
    base, archive, texts = site
    q = "王薇"
    page.goto(search_url(base, q=q, **params))
    wait_done(page)
    wait_counts(page)
    want = _facet_truth(archive, truth(texts, q), params)
    got = _shown_counts(page)
    for facet, counter in want.items():
        for value, n in got[facet].items():
            if value:
                assert n == counter.get(value, 0), (facet, value)
            else:
                assert n == sum(counter.values()), (facet, "all")
    text = page.locator("#paper option[value=changji-daily]").inner_text()
    assert text == f"昌吉日报（{want['paper']['changji-daily']}）"     # the reader sees it


def test_a_day_range_filters_exactly_and_lives_in_the_url(site, page):
    base, archive, texts = site
    q = "王薇"
    hits = truth(texts, q)
    dates = sorted({a.date for a in archive.articles.values() if a.url in hits})
    lo, hi = dates[1], dates[-2]                    # a range strictly inside the archive
    want = {a.url for a in archive.articles.values() if a.url in hits and lo <= a.date <= hi}
    assert 0 < len(want) < len(hits)
    page.goto(search_url(base, q=q, **{"from": lo.isoformat(), "to": hi.isoformat()}))
    wait_done(page)
    assert set(shown(page)) == want and len(shown(page)) == len(want)
    assert page.input_value("#from") == lo.isoformat() and page.input_value("#to") == hi.isoformat()
    got = page.evaluate("async (o) => (await window.archiveSearch('王薇', o)).map(r => r.url)",
                        {"date_from": lo.isoformat(), "date_to": hi.isoformat()})
    assert set(got) == want                        # the contract's day range is the same
    # one day, set in the form: the URL follows and Back restores the earlier range
    day = dates[-2]
    page.fill("#from", day.isoformat())
    page.fill("#to", day.isoformat())
    page.click("button[type=submit]")
    page.wait_for_url(f"**from={day.isoformat()}**")
    wait_done(page)
    assert set(shown(page)) == {a.url for a in archive.articles.values() if a.url in hits and a.date == day}
    page.go_back()
    page.wait_for_function("(n) => document.querySelectorAll('#search-results li').length === n", arg=len(want))
    assert page.input_value("#from") == lo.isoformat() and set(shown(page)) == want


def test_year_select_and_old_year_links_are_day_ranges(site, page):
    base, archive, texts = site
    page.goto(search_url(base, q="王薇", year_from=2021, year_to=2021))
    wait_done(page)
    want = {a.url for a in archive.articles.values() if a.url in truth(texts, "王薇") and a.date.year == 2021}
    assert set(shown(page)) == want and len(want) == 2
    assert page.input_value("#from") == "2021-01-01" and page.input_value("#to") == "2021-12-31"
    assert page.input_value("#year") == "2021"


def test_a_bad_day_is_a_clear_message(site, page):
    base, _, _ = site
    page.goto(search_url(base, q="王薇", **{"from": "2022-13-45"}))
    page.wait_for_function("document.getElementById('search-status').textContent.includes('无效')")
    assert "年-月-日" in page.inner_text("#search-status")
    page.goto(search_url(base, q="王薇", **{"from": "2022-12-01", "to": "2022-01-01"}))
    page.wait_for_function("document.getElementById('search-status').textContent.includes('晚于')")
    err = page.evaluate("""() => window.archiveSearch('王薇', {date_from: '2022-02-30'})
        .then(() => null, e => e.message)""")
    assert err and "date_from" in err and "YYYY-MM-DD" in err


@pytest.mark.parametrize("params", [{"q": "王薇薇"}, {"q": "春耕备耕王薇", "paper": "altay-daily"}])
def test_no_results_suggest_searches_that_find(site, page, params):
    base, _, _ = site
    page.goto(search_url(base, **params))
    page.wait_for_function("!document.getElementById('search-suggest').hidden")
    assert page.inner_text("#search-status").startswith("没有找到")
    links = page.evaluate("""() => Array.from(document.querySelectorAll('#search-suggest li'))
        .filter(li => li.querySelector('a'))
        .map(li => [li.querySelector('a').href, +li.textContent.match(/（(\\d+) 篇）/)[1]])""")
    assert links
    if "paper" in params:
        texts = page.inner_text("#search-suggest")
        assert "去掉全部筛选条件" in texts and "昌吉日报" in texts and "少几个字" in texts
    for href, n in links:
        page.goto(href)
        wait_done(page)
        assert page.inner_text("#search-status").startswith(f"找到 {n} 篇"), href


def test_phone_filters_fold_behind_one_button_and_four_results_fit(site, browser):
    base, _, _ = site
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        page.goto(search_url(base, q="王薇"))
        wait_done(page)
        page.wait_for_function("""() => Array.from(document.querySelectorAll('#search-results li'))
            .slice(0, 4).every(li => li.querySelector('.excerpt').textContent)""")
        toggle = page.locator("#filters-toggle")
        assert toggle.is_visible() and toggle.get_attribute("aria-expanded") == "false"
        controls = "#search-filters select, #search-filters input"
        assert not any(c.is_visible() for c in page.locator(controls).all())
        visible = page.evaluate("""() => Array.from(document.querySelectorAll('#search-results li'))
            .filter(li => li.getBoundingClientRect().bottom <= window.innerHeight).length""")
        assert visible >= 4, visible
        for sel in ("#q", "button[type=submit]", "#filters-toggle"):
            assert page.locator(sel).bounding_box()["height"] >= 44, sel
        toggle.click()
        assert toggle.get_attribute("aria-expanded") == "true"
        boxes = [c.bounding_box() for c in page.locator(controls).all()]
        assert len(boxes) == 8 and all(b and b["height"] >= 44 for b in boxes), boxes
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    finally:
        page.close()


def test_desktop_shows_the_filters_without_a_button(site, page):
    base, _, _ = site
    page.goto(search_url(base, q="王薇"))
    assert not page.locator("#filters-toggle").is_visible()
    assert page.locator("#paper").is_visible() and page.locator("#from").is_visible()


def test_first_results_are_shown_before_the_facet_counts(site, page):
    """The first page of results is shown as soon as it is known, before the slower facet
    counts (one more search over every match) fill the filters — the order, not a time."""
    base, _, _ = site
    page.add_init_script("""window.__seq = []; new MutationObserver(() => {
        if (!window.__seq.includes('results') && document.querySelector('#search-results li')) window.__seq.push('results');
        if (!window.__seq.includes('counts') && document.querySelector('[data-count]')) window.__seq.push('counts');
    }).observe(document, {childList: true, subtree: true, attributes: true});""")
    page.goto(search_url(base, q="王薇", paper="changji-daily"))
    page.wait_for_function("window.__seq.length === 2")
    assert page.evaluate("window.__seq") == ["results", "counts"]
