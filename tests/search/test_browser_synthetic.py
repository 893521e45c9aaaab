"""A generated archive of 2,000 articles over three years, indexed in several parts: for fixed
and random queries the archiveSearch result set equals the plain-Python substring truth; filters
narrow it; only the shards of the chosen years are fetched."""
import dataclasses
import random
from pathlib import Path

import pytest

from generator.search.index import index_site
from generator.search.variants import query_variants
from generator.search.text import is_word_char
from tests.support.project import serve_dir

from tests.support.search import open_search_page, urls, article_texts, filtered, load_archive, project_config, render_search_page, \
    run_queries, truth

N_ARTICLES = 2000
FIXED = [
    "王", "的", "发展",                      # 1- and 2-character common queries
    "乌鲁木齐市", "吉木萨尔县", "阿勒泰",    # places
    "张进文", "王薇",                        # person names
    "疗队", "微企", "医疗队", "小微企业",    # words inside longer words
    "“访惠聚”", "12345", "3.2亿", "（二）",  # digits and punctuation
    "，“", "新疆 乌鲁木齐",                  # punctuation only + two terms
    "不存在的词组合",
]
TRADITIONAL = ["醫療隊", "烏魯木齊", "鄉村", "發展", "經濟"]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    from bench.synthetic import write_synthetic_archive
    root = tmp_path_factory.mktemp("synthetic")
    config = project_config(root, search_max_shard_articles=700)
    write_synthetic_archive(config.path(config.articles_dir), N_ARTICLES, seed=7, days_step=45)
    archive = load_archive(config)
    site = root / "site"
    report = index_site(config, archive, str(site), progress=False)
    render_search_page(config, archive, site)
    base, stop = serve_dir(site)
    yield config, archive, site, base, report
    stop()


@pytest.fixture(scope="module")
def texts(synthetic):
    config, archive, *_ = synthetic
    return article_texts(config, archive)


@pytest.fixture
def page(browser, synthetic):
    base = synthetic[3]
    yield from open_search_page(browser, base)


def random_queries(texts: dict[str, str], n: int, seed: int = 3) -> list[str]:
    """Substrings (1–6 characters, any characters but whitespace) cut from random articles."""
    rng = random.Random(seed)
    pool = sorted(texts.items())
    out = []
    while len(out) < n:
        _, text = rng.choice(pool)
        length = rng.choice([1, 2, 2, 3, 3, 4, 5, 6])
        start = rng.randrange(0, max(1, len(text) - length))
        q = text[start:start + length]
        if q.strip() == q and not any(ch.isspace() for ch in q):
            out.append(q)
    return out


def test_archive_spans_years_and_parts(synthetic):
    _, archive, _, _, report = synthetic
    assert len(archive.articles) == N_ARTICLES
    assert len({a.date.year for a in archive.articles.values()}) >= 3
    assert report.shards_total >= 4 and report.pages_indexed == N_ARTICLES


def test_fixed_and_random_queries_equal_the_truth(synthetic, texts, page):
    qs = FIXED + random_queries(texts, 40)
    got = run_queries(page, [(q, {}) for q in qs])
    for q, res in zip(qs, got):
        assert urls(res) == truth(texts, q), q
        assert len(res) == len(urls(res)), f"duplicates for {q!r}"
    nonempty = sum(1 for r in got if r)
    assert nonempty >= len(qs) - 3
    assert any(not ch.isalnum() for q in qs for ch in q)      # punctuation was exercised
    assert any(len(r) > 1500 for r in got)                    # every hit, not one screen


def test_traditional_queries(synthetic, texts, page):
    import opencc
    t2s = opencc.OpenCC("t2s")
    got = run_queries(page, [(q, {}) for q in TRADITIONAL])
    for q, res in zip(TRADITIONAL, got):
        expected = truth(texts, q, spellings=lambda t: [t, t2s.convert(t)])
        assert urls(res) == expected and expected, q


def test_filters_narrow_exactly(synthetic, texts, page):
    _, archive, *_ = synthetic
    arts = sorted(archive.articles.values(), key=lambda a: a.id)
    years = sorted({a.date.year for a in arts})
    page_names = sorted({a.page_name for a in arts if a.page_name})
    topics = sorted({t for a in arts for t in a.topics})
    cases = [
        {"paper": "altay-daily"},
        {"year_from": years[1]}, {"year_to": years[0]}, {"year_from": years[1], "year_to": years[1]},
        {"page_name": page_names[0]}, {"kind": "brief"}, {"topic": topics[0]},
        {"paper": "changji-daily", "year_from": years[-1], "kind": "article", "topic": topics[-1]},
    ]
    qs = [(q, c) for q in ("的", "医疗队", "“") for c in cases]
    got = run_queries(page, qs)
    for (q, c), res in zip(qs, got):
        expected = filtered(archive, truth(texts, q), **c)
        assert urls(res) == expected, (q, c)
    assert all(got[i] for i in range(len(cases)))


def test_sort_by_date_newest_first(synthetic, page):
    [res, rel] = run_queries(page, [("医疗队", {"sort": "date"}), ("医疗队", {})])
    keys = [(r["date"]) for r in res]
    assert keys == sorted(keys, reverse=True)
    assert urls(res) == urls(rel) and len(set(keys)) > 5


def test_only_shards_in_the_year_range_are_fetched(synthetic, page):
    _, archive, _, _, _ = synthetic
    years = sorted({a.date.year for a in archive.articles.values()})
    page.evaluate("window.archiveSearch.warm(2)")   # the idle prefetch of the page, finished first
    page.wait_for_load_state("networkidle")         # …including the files Pagefind loads lazily
    fetched = []
    page.on("request", lambda r: fetched.append(r.url))
    [res] = run_queries(page, [("的", {"year_from": years[-1], "year_to": years[-1]})])
    assert res and {r["date"][:4] for r in res} == {str(years[-1])}
    shard_dirs = {u.split("/pagefind/")[1].split("/")[0] for u in fetched if "/pagefind/" in u}
    shard_dirs.discard("shards.json")
    shard_dirs.discard("variants.json")
    shard_dirs.discard("presence")   # the part presence filter, read before any part
    assert shard_dirs and all(d.startswith(f"{years[-1]}.") for d in shard_dirs), shard_dirs
    assert page.evaluate("performance.getEntriesByType('resource').filter(e => e.name.includes('pagefind-worker')).length") == 0
