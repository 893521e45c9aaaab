"""The part presence filter in the browser: an archive indexed in many small parts (in several
filter groups) answers exactly the substring truth with the filter on, and a query opens only
the parts the filter lets through — every part that holds it, and (the hash in search.js and in
partfilter.py agreeing) exactly the parts the Python twin `may_hold` admits."""
import random
from pathlib import Path

import pytest

from generator.search import partfilter
from generator.search.index import index_site
from generator.search.text import fold
from tests.support.project import serve_dir
from tests.support.search import (article_texts, load_archive, open_search_page, project_config,
                                  render_search_page, run_queries, truth, urls)

RARE = ["张进文", "王薇", "吉木萨尔县", "不存在的词组合", "，“", "3.2亿", "赖"]


@pytest.fixture(scope="module")
def many_parts(tmp_path_factory):
    from bench.synthetic import write_synthetic_archive
    mp = pytest.MonkeyPatch()
    mp.setattr(partfilter, "GROUP", 3)   # several groups, as at hundreds of parts
    root = tmp_path_factory.mktemp("many_parts")
    config = project_config(root, search_max_shard_articles=60)
    write_synthetic_archive(config.path(config.articles_dir), 900, seed=11, days_step=20)
    archive = load_archive(config)
    site = root / "site"
    index_site(config, archive, str(site), progress=False)
    mp.undo()
    render_search_page(config, archive, site)
    base, stop = serve_dir(site)
    yield config, archive, site, base
    stop()


@pytest.fixture(scope="module")
def texts(many_parts):
    config, archive, *_ = many_parts
    return article_texts(config, archive)


@pytest.fixture
def page(browser, many_parts):
    yield from open_search_page(browser, many_parts[3])


def test_queries_equal_the_truth_with_the_filter_on(many_parts, texts, page):
    import json
    site = many_parts[2]
    manifest = json.loads((site / "pagefind" / "shards.json").read_text(encoding="utf-8"))
    assert len(manifest["presence"]["groups"]) >= 3
    rng = random.Random(4)
    pool = sorted(texts.values())
    qs = list(RARE)
    while len(qs) < len(RARE) + 30:
        t = rng.choice(pool)
        n = rng.choice([1, 2, 3, 4])
        s = rng.randrange(0, max(1, len(t) - n))
        q = t[s:s + n]
        if q and not any(c.isspace() for c in q):
            qs.append(q)
    got = run_queries(page, [(q, {}) for q in qs])
    for q, res in zip(qs, got):
        assert urls(res) == truth(texts, q), q


def rare_queries(texts: dict[str, str], parts_holding, n: int) -> list[str]:
    """Substrings (3–4 characters) of random articles that only one part holds."""
    rng = random.Random(8)
    pool = sorted(texts.values())
    out = []
    while len(out) < n:
        t = rng.choice(pool)
        k = rng.choice([3, 4])
        s = rng.randrange(0, max(1, len(t) - k))
        q = t[s:s + k]
        if q and not any(c.isspace() for c in q) and len(parts_holding(q)) == 1:
            out.append(q)
    return out


def test_a_query_opens_only_the_parts_the_filter_admits(many_parts, texts, browser):
    import json
    config, archive, site, base = many_parts
    bundle = site / "pagefind"
    manifest = json.loads((bundle / "shards.json").read_text(encoding="utf-8"))
    parts = {i["key"]: i for i in manifest["shards"]}
    by_url = {a.url: a for a in archive.articles.values()}

    def parts_holding(q: str) -> set[str]:
        days = {by_url[u].date.isoformat() for u in truth(texts, q)}
        return {k for k, i in parts.items() if any(i["from"] <= d <= i["to"] for d in days)}

    queries = rare_queries(texts, parts_holding, 4) + ["赖", "不存在的词组合"]
    opened_total = 0
    for q in queries:
        admitted = {k for k in parts if partfilter.may_hold(str(bundle), manifest, k, fold(q))}
        assert parts_holding(q) <= admitted, q
        gen = open_search_page(browser, base)
        page = next(gen)
        fetched = []
        page.on("request", lambda r: fetched.append(r.url))
        [res] = run_queries(page, [(q, {})])
        opened = {u.split("/pagefind/")[1].split("/")[0] for u in fetched if "/pagefind/" in u}
        assert urls(res) == truth(texts, q), q
        # besides the admitted parts, only the newest two the idle page preloads (warm(2))
        newest = {i["key"] for i in manifest["shards"][:2]}
        assert admitted <= opened and opened & set(parts) - admitted <= newest, \
            (q, sorted(opened), sorted(admitted))
        opened_total += len(admitted)
        next(gen, None)
    # the rare queries open about one part each, not all of them
    assert opened_total < len(parts) * 3, opened_total
