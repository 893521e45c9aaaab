"""Ranking, the oldest-first sort and folding, in real Chromium on a
hand-made archive: a headline match outranks a body-only one, more occurrences outrank fewer,
then newer first; full-width and half-width forms match each other and whitespace between Han
characters is ignored, in both directions — and every result set still equals the (folded)
substring truth of tests/support/search.truth."""
import datetime as _dt

import pytest

from generator.search.index import index_site
from tests.support.project import serve_dir
from tests.support.search import article_texts, load_archive, open_search_page, project_config, \
    render_search_page, run_queries, truth, write_article

D = _dt.date
ARTICLES = {
    # key: (date, title, body, extra front matter)
    "head": (D(2020, 1, 1), "王进喜的故事", "其他内容", {}),
    "kicker": (D(2019, 5, 1), "甲", "乙", {"kicker": "王进喜精神"}),
    "many": (D(2021, 6, 1), "无关标题", "王进喜说。王进喜说完。王进喜说好", {}),
    "two": (D(2021, 7, 1), "另一个", "王进喜和王进喜", {}),
    "one": (D(2022, 1, 1), "再一个", "王进喜说话", {}),
    "spaced": (D(2018, 3, 1), "会议", "本报讯 记者刘茜报道，会议于１２月召开：共100人参加", {}),
    "tight": (D(2018, 3, 2), "消息", "本报讯记者王薇：比例:50，编号１２３", {}),
    "latin": (D(2018, 3, 3), "外文", "iPhone 手机与 ｉＰｈｏｎｅ", {}),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("rank")
    config = project_config(root)
    arts = root / "content" / "articles"
    urls = {}
    for i, (key, (day, title, body, extra)) in enumerate(ARTICLES.items(), 1):
        write_article(arts, "changji-daily", day, 1, i, title, body, **extra)
    archive = load_archive(config)
    for a in archive.articles.values():
        for key, (day, title, *_rest) in ARTICLES.items():
            if a.title == title and a.date == day:
                urls[key] = a.url
    out = root / "site"
    index_site(config, archive, str(out), progress=False)
    render_search_page(config, archive, out)
    base, stop = serve_dir(out)
    yield base, urls, article_texts(config, archive)
    stop()


@pytest.fixture
def page(browser, site):
    yield from open_search_page(browser, site[0])


def order(page, query, sort=None):
    opts = {"sort": sort} if sort else {}
    return [r["url"] for r in run_queries(page, [(query, opts)])[0]]


def test_relevance_ranks_headline_then_occurrences_then_newer(site, page):
    _, u, _ = site
    got = order(page, "王进喜")
    # headline (title or kicker) first, newer first among equals; then 3, 2, 1 occurrences
    assert got == [u["head"], u["kicker"], u["many"], u["two"], u["one"]]
    assert order(page, "王进喜", "date") == [u["one"], u["two"], u["many"], u["head"], u["kicker"]]


def test_more_occurrences_outrank_fewer_and_newer(site, page):
    _, u, _ = site
    got = order(page, "王进喜说")        # body only: "many" has it 3 times, "one" once (newer)
    assert got == [u["many"], u["one"]]


def test_oldest_first_sort(site, page):
    _, u, texts = site
    got = order(page, "王进喜", "date_asc")
    assert got == [u["kicker"], u["head"], u["many"], u["two"], u["one"]]
    assert set(order(page, "本报讯", "date_asc")) == truth(texts, "本报讯")
    assert order(page, "本报讯", "date_asc") == [u["spaced"], u["tight"]]


FOLDS = [
    ("报讯记者刘茜", {"spaced"}),          # whitespace between Han in the text is ignored
    ("本报讯 记者", {"spaced", "tight"}),   # … and in the query (two terms, both present)
    ("讯记者王薇", {"tight"}),
    ("报道,会议", {"spaced"}),              # half-width comma finds full-width
    ("比例：50，编号", {"tight"}),          # full-width colon/comma find half-width and back
    ("12月", {"spaced"}), ("１００人", {"spaced"}),   # digits both ways
    ("编号123", {"tight"}), ("１２３", {"tight"}),
    ("iphone", {"latin"}), ("ＩＰＨＯＮＥ 手机", {"latin"}),
    ("于12月召开:共", {"spaced"}),
]


def test_folding_matches_both_ways_and_equals_the_folded_truth(site, page):
    _, u, texts = site
    got = run_queries(page, [(q, {}) for q, _ in FOLDS])
    for (q, expected), res in zip(FOLDS, got):
        found = {r["url"] for r in res}
        assert found == {u[k] for k in expected}, q
        assert found == truth(texts, q), q


def test_excerpt_marks_the_folded_match(site, page):
    html = page.evaluate("""async () => {
        const hits = await window.archiveSearch.stream('报讯记者刘茜', {});
        return window.archiveSearch.excerpt(hits[0], '报讯记者刘茜'); }""")
    assert "<mark>报讯记者刘茜</mark>" in html


@pytest.mark.parametrize("query", ["王", "王进喜"])
def test_each_streamed_list_is_in_rank_order_and_the_last_is_every_result(site, page, query):
    """The stream merges each part's hits into those found so far: every list it reports is in
    rank order (headline, occurrences, newer, url), each holds the one before, and the last is
    the whole answer, the substring truth."""
    got = page.evaluate("""async (q) => {
        const lists = [];
        const hits = await window.archiveSearch.stream(q, {}, (sofar) =>
            lists.push(sofar.map(h => [h.head, h.count, h.date, h.url])));
        return {lists: lists, final: hits.map(h => h.url)}; }""", query)
    lists = got["lists"]
    assert len(lists) > 1
    for hits in lists:
        assert hits == sorted(hits, key=lambda h: (-h[0], -h[1], _desc(h[2]), h[3]))
    for before, after in zip(lists, lists[1:]):
        assert {h[3] for h in before} <= {h[3] for h in after}
    assert [h[3] for h in lists[-1]] == got["final"]
    assert set(got["final"]) == truth(site[2], query)


def _desc(day: str) -> tuple:
    return tuple(-int(x) for x in day.split("-"))


def test_a_left_search_starts_no_more_parts(site, page):
    """A search given an AbortSignal stops at the next part once it is aborted (the search page
    aborts the search on screen when the next one starts) and says so with an AbortError."""
    got = page.evaluate("""async () => {
        const c = new AbortController();
        let calls = 0;
        try {
          await window.archiveSearch.stream('王', {signal: c.signal}, () => { calls++; c.abort(); });
          return ['finished', calls];
        } catch (e) { return [e.name, calls]; } }""")
    assert got == ["AbortError", 1]
    assert len(run_queries(page, [("王", {})])[0]) > 1   # the next search runs whole
