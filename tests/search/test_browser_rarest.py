"""A phrase of Han characters looked up by its rarest character (search.js `byRarest`), on a
real multi-part Pagefind index in real Chromium over HTTP: the same hits in the same order, with
the same ranking figures, as Pagefind's phrase search — each result set the substring truth —
while a rare phrase fetches one index chunk per part it opens instead of one per character."""
import json

import pytest

from generator.search.transfer import query_figures
from tests.support.project import serve_dir
from tests.support.search import article_texts, indexed_synthetic_site, truth

N_ARTICLES = 900
PART_SIZE = 150
# rare names (a few hits a part), phrases with many hits, one that crosses a separator in no text
QUERIES = ("赖强", "记者赖强", "医疗队", "营商环境", "乌鲁木齐", "援乌医疗队", "新疆 发展", "强记者")


@pytest.fixture(scope="module")
def parts_site(tmp_path_factory):
    config, archive, site, report = indexed_synthetic_site(
        tmp_path_factory.mktemp("rarest"), N_ARTICLES, PART_SIZE)
    base, stop = serve_dir(site)
    yield config, archive, site, base, report
    stop()


@pytest.fixture
def page(browser, parts_site):
    p = browser.new_page()
    errors: list[str] = []
    p.on("pageerror", lambda e: errors.append(str(e)))
    p.route(f"{parts_site[3]}/__t__.html", lambda route: route.fulfill(
        status=200, content_type="text/html; charset=utf-8",
        body='<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
             '<script src="/static/search.js"></script></head><body></body></html>'))
    p.goto(f"{parts_site[3]}/__t__.html")
    p.wait_for_function("typeof window.archiveSearch === 'function'")
    yield p
    p.close()
    assert not errors, errors


# every hit of one query as [url, headline match, occurrences], with or without the lookup
_HITS = """async ([q, sort, rare]) => {
  window.archiveSearch.rareFirst = rare;
  const hits = await window.archiveSearch.stream(q, {sort});
  return hits.map(h => [h.url, h.head, h.count]);
}"""


@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_rarest_character_lookup_gives_the_phrase_searchs_hits_in_the_same_order(parts_site, page, sort):
    config, archive, _, _, _ = parts_site
    texts = article_texts(config, archive)
    for q in QUERIES:
        phrase = page.evaluate(_HITS, [q, sort, False])
        rarest = page.evaluate(_HITS, [q, sort, True])
        assert rarest == phrase, q
        assert {u for u, _, _ in rarest} == truth(texts, q), q


def test_the_manifest_orders_the_archives_characters_most_frequent_first(parts_site):
    from collections import Counter

    from generator.search.text import fold
    config, archive, site, _, _ = parts_site
    manifest = json.loads((site / "pagefind" / "shards.json").read_text(encoding="utf-8"))
    counts = Counter(ch for text in article_texts(config, archive).values()
                     for ch in fold(text) if not ch.isspace())
    expected = "".join(c for c, _ in sorted(counts.items(), key=lambda cn: (-cn[1], cn[0])))
    assert manifest["common"][:30] == expected[:30]
    assert len(manifest["common"]) == 400


def test_a_rare_phrase_fetches_one_index_chunk_per_part_it_opens(parts_site, browser):
    config, archive, _, base, report = parts_site
    q = "记者赖强"
    hits = len(truth(article_texts(config, archive), q))
    assert 0 < hits
    before = query_figures(browser, base, [q], primer="发展", has_page=False, rare_first=False)[q]
    after = query_figures(browser, base, [q], primer="发展", has_page=False)[q]
    for phase in ("cold", "warm"):
        old, new = before[phase], after[phase]
        assert old["results"] == new["results"] == hits
        # the phrase search reads a chunk per character in each part it opens, the lookup one
        assert old["by_kind"]["index"]["requests"] >= 3 * new["by_kind"]["index"]["requests"], phase
        assert new["kb"] < old["kb"], (phase, old, new)
    opened = after["cold"]["by_kind"]["pf_meta"]["requests"]
    assert after["cold"]["by_kind"]["index"]["requests"] == opened <= report.shards_total
