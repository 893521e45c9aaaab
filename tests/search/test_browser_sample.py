"""The sample archive built by the real pipeline: window.archiveSearch in Chromium returns
exactly the articles whose text contains the query; filters, sort, the visible page, highlight."""
from pathlib import Path

import pytest

from generator.core.config import load_config
from tests.support.project import copy_project, serve_dir

from tests.support.search import open_search_page, urls, article_texts, filtered, load_archive, run_queries, truth

QUERIES = [
    "张进文",          # person name
    "王薇",            # a reporter: found through the byline
    "古扎丽·阿布都热西提",  # a name with a middle dot, only in a byline
    "乌鲁木齐市",      # place
    "吉木萨尔县",
    "疗队",            # two characters inside a longer word
    "取暖",
    "“访惠聚”",        # phrase with punctuation
    "医疗队 核酸",     # two terms, both required
    "的",              # one very common character
    "没有这个词语",    # absent
]


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory):
    from generator.build.pipeline import build_site
    project = copy_project(tmp_path_factory.mktemp("sample") / "project")
    config = load_config(str(project / "site_config.yaml"))
    build_site(config, progress=False)
    archive = load_archive(config)
    site = Path(config.path(config.output_dir))
    base, stop = serve_dir(site)
    yield config, archive, site, base
    stop()


@pytest.fixture
def page(browser, sample_site):
    _, _, _, base = sample_site
    yield from open_search_page(browser, base)


def test_results_equal_the_substring_truth(sample_site, page):
    config, archive, _, _ = sample_site
    texts = article_texts(config, archive)
    got = run_queries(page, [(q, {}) for q in QUERIES])
    for q, res in zip(QUERIES, got):
        assert urls(res) == truth(texts, q), q
        assert len(res) == len(urls(res)), f"duplicates for {q}"
    assert any(len(r) for r in got[:-1]) and got[-1] == []
    assert len(got[1]) >= 1 and len(got[2]) >= 1, "bylines must be searchable"
    by_url = {a.url: a for a in archive.articles.values()}
    for res in got:
        for r in res:
            a = by_url[r["url"]]
            assert (r["title"], r["date"]) == (a.title, a.date.isoformat())


def test_traditional_query_finds_simplified_text(sample_site, page):
    config, archive, _, _ = sample_site
    texts = article_texts(config, archive)
    [res] = run_queries(page, [("醫療隊", {})])
    assert urls(res) == truth(texts, "医疗队") and res


def test_filters_narrow_and_date_sort_orders(sample_site, page):
    config, archive, _, _ = sample_site
    texts = article_texts(config, archive)
    years = sorted({a.date.year for a in archive.articles.values()})
    a0 = sorted(archive.articles.values(), key=lambda a: a.id)[0]
    cases = [
        {"paper": "changji-daily"}, {"paper": "altay-daily"},
        {"year_from": years[-1]}, {"year_to": years[0]}, {"year_from": years[0], "year_to": years[0]},
        {"page_name": a0.page_name}, {"kind": "article"},
        {"topic": a0.topics[0]} if a0.topics else {"kind": "brief"},
    ]
    qs = [("的", c) for c in cases] + [("取暖", c) for c in cases]
    got = run_queries(page, qs)
    for (q, c), res in zip(qs, got):
        assert urls(res) == filtered(archive, truth(texts, q), **c), (q, c)
    [by_date] = run_queries(page, [("的", {"sort": "date"})])
    dates = [r["date"] for r in by_date]
    assert dates == sorted(dates, reverse=True) and len(set(dates)) > 1


def test_search_page_url_state_and_back_button(sample_site, page):
    _, _, _, base = sample_site
    page.goto(base + "/search/?q=取暖")
    page.wait_for_selector("#search-results li a")
    assert page.input_value("#q") == "取暖"
    # the newest part answers first; the count is final once the older parts are in
    page.wait_for_function("!document.querySelector('#search-status').textContent.includes('正在检索')")
    first = page.locator("#search-results li").count()
    assert "找到 %d 篇" % first in page.inner_text("#search-status")
    page.wait_for_selector("#search-results mark")
    assert "取暖" in page.inner_text("#search-results mark >> nth=0")
    page.fill("#q", "疗队")
    page.select_option("#sort", "date")
    page.press("#q", "Enter")
    page.wait_for_url("**/search/?q=*")
    assert "sort=date" in page.url and "%E7%96%97%E9%98%9F" in page.url
    page.wait_for_function("document.querySelector('#search-results a') && "
                           "document.querySelector('#search-results a').href.includes('highlight=%E7%96%97')")
    page.go_back()
    page.wait_for_function("document.querySelector('#q').value === '取暖'")
    page.wait_for_function("document.querySelectorAll('#search-results li').length === %d" % first)


def test_article_highlights_the_term_from_the_result_link(sample_site, page):
    _, _, _, base = sample_site
    page.goto(base + "/search/?q=张进文")
    page.wait_for_selector("#search-results li a")
    page.click("#search-results li a >> nth=0")
    page.wait_for_selector("mark.search-hit")
    marks = page.locator("mark.search-hit").all_inner_texts()
    assert marks and set(marks) == {"张进文"}
    assert page.locator(".article-body mark.search-hit").count() >= 1


def test_measure_query_times_reports_counts_and_times(sample_site):
    """Through its command line (a second Playwright cannot start inside the test's own)."""
    import json
    import subprocess
    import sys
    config, archive, site, _ = sample_site
    done = subprocess.run([sys.executable, "-m", "generator.search.measure", str(site), "的", "疗队",
                           "--repeat", "1"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    texts = article_texts(config, archive)
    for q in ("的", "疗队"):
        assert out[q]["results"] == len(truth(texts, q))
        assert out[q]["cold_ms"] > 0 and out[q]["warm_ms"] > 0 and out[q]["first_ms"] is not None
