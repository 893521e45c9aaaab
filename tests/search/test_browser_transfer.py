"""What a query transfers, on a real multi-part Pagefind index in real Chromium over HTTP: the
runtime (pagefind.js + wasm) comes once for every part, the first screen of results is known
before the older parts are even requested, and every match still comes back."""
from pathlib import Path

import pytest

from generator.search.transfer import PAGE, query_figures
from tests.support.project import serve_dir
from tests.support.search import article_texts, indexed_synthetic_site, truth

N_ARTICLES = 900
PART_SIZE = 150          # → 6+ parts: enough that per-part costs dominate a regression
MISS = "不存在的词组合"    # in no article


@pytest.fixture(scope="module")
def parts_site(tmp_path_factory):
    """A synthetic archive in several parts, indexed, with search.js under static/ and no
    /search/ page: the stand-in harness loads search.js alone, so nothing is preloaded."""
    config, archive, site, report = indexed_synthetic_site(
        tmp_path_factory.mktemp("transfer"), N_ARTICLES, PART_SIZE)
    base, stop = serve_dir(site)
    yield config, archive, site, base, report
    stop()


def _part_bytes(site: Path, name: str) -> int:
    return (site / "pagefind" / "runtime" / name).stat().st_size


def test_runtime_is_fetched_once_for_every_part(parts_site, browser):
    config, archive, site, base, report = parts_site
    parts = report.shards_total
    assert parts >= 6
    texts = article_texts(config, archive)
    figures = query_figures(browser, base, ["的", "医疗队", MISS], primer="发展", has_page=False)
    # a part without a hit never sends its catalog (~32 bytes an article)
    assert figures[MISS]["cold"]["results"] == 0
    assert "catalog" not in figures[MISS]["cold"]["by_kind"], figures[MISS]["cold"]["by_kind"]
    # the presence filter rules out every part: none is opened
    assert "pf_meta" not in figures[MISS]["cold"]["by_kind"], figures[MISS]["cold"]["by_kind"]
    for q in ("的", "医疗队"):
        fig = figures[q]
        cold, warm = fig["cold"], fig["warm"]
        assert cold["results"] == len(truth(texts, q)), q          # every match, exactly
        kinds = cold["by_kind"]
        # one pagefind.js and one wasm, whatever the number of parts
        assert kinds["pagefind.js"]["requests"] == 1 and kinds["wasm"]["requests"] == 1, kinds
        assert kinds["wasm"]["kb"] * 1024 >= _part_bytes(site, "wasm.unknown.pagefind")
        # each part costs its entry and metadata once, its catalog once if it holds a hit
        for kind in ("entry", "pf_meta"):
            assert kinds[kind]["requests"] == parts, (q, kind, kinds)
        assert 1 <= kinds["catalog"]["requests"] <= parts
        runtime_kb = kinds["pagefind.js"]["kb"] + kinds["wasm"]["kb"]
        per_part_kb = (cold["kb"] - runtime_kb) / parts
        assert runtime_kb > per_part_kb   # with one copy per part this test could not tell
        assert cold["requests"] <= 2 + 2 + parts * (3 + 3 * len(q)), cold
        assert cold["first_kb"] < cold["kb"]
        # the next query in the same tab fetches index chunks only: no runtime, no metadata
        assert set(warm["by_kind"]) <= {"index", "filter", "presence"}, warm["by_kind"]
        assert warm["results"] == cold["results"]
    # 的 is in every article: its first screen came from the newest part alone (its entry, meta,
    # chunk and catalog), the runtime, the manifest and one presence filter file
    assert figures["的"]["cold"]["first_requests"] <= 2 + 2 + 4 + 1, figures["的"]["cold"]   # + the presence file


_FIRST_SCREEN = """async ([q, page]) => {
  const partOf = (name) => (name.match(/\\/pagefind\\/([^/]+)\\//) || [])[1];
  const partsSoFar = () => new Set(performance.getEntriesByType('resource').map(e => partOf(e.name))
                                     .filter(p => p && p !== 'runtime' && p !== 'presence')).size;
  let atFirst = null;
  const hits = await window.archiveSearch.stream(q, {}, (sofar, done) => {
    if (atFirst === null && (sofar.length >= page || done)) atFirst = {hits: sofar.length, parts: partsSoFar(), done};
  });
  return {atFirst, total: hits.length, parts: partsSoFar()};
}"""


def test_first_screen_comes_from_the_newest_part_alone(parts_site, browser):
    config, archive, _, base, report = parts_site
    ctx = browser.new_context()
    try:
        page = ctx.new_page()
        page.route(f"{base}/__t__.html", lambda route: route.fulfill(
            status=200, content_type="text/html; charset=utf-8",
            body='<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
                 '<script src="/static/search.js"></script></head><body></body></html>'))
        page.goto(f"{base}/__t__.html")
        page.wait_for_function("typeof window.archiveSearch === 'function'")
        got = page.evaluate(_FIRST_SCREEN, ["的", PAGE])
        modules = page.evaluate("performance.getEntriesByType('resource')"
                                ".filter(e => e.name.endsWith('/pagefind.js')).length")
    finally:
        ctx.close()
    texts = article_texts(config, archive)
    assert got["total"] == len(truth(texts, "的")) > PAGE
    # the first screen was full while only the newest part had been requested …
    assert got["atFirst"]["hits"] >= PAGE and not got["atFirst"]["done"]
    assert got["atFirst"]["parts"] == 1, got
    # … and the rest followed: every part, each with its own files
    assert got["parts"] == report.shards_total
    assert modules == 1


def test_an_index_without_the_shared_runtime_still_answers(parts_site, browser):
    """A manifest written before runtime/ existed (a site not rebuilt since): each part loads its
    own pagefind.js, as before, and the answer is the same."""
    import json
    config, archive, site, base, report = parts_site
    manifest = json.loads((site / "pagefind" / "shards.json").read_text(encoding="utf-8"))
    assert manifest.pop("runtime") == "runtime/"
    ctx = browser.new_context()
    try:
        page = ctx.new_page()
        page.route(f"{base}/pagefind/shards.json", lambda route: route.fulfill(
            status=200, content_type="application/json", body=json.dumps(manifest)))
        page.route(f"{base}/__t__.html", lambda route: route.fulfill(
            status=200, content_type="text/html; charset=utf-8",
            body='<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
                 '<script src="/static/search.js"></script></head><body></body></html>'))
        page.goto(f"{base}/__t__.html")
        page.wait_for_function("typeof window.archiveSearch === 'function'")
        got = page.evaluate("async () => (await window.archiveSearch('医疗队')).length")
        modules = page.evaluate("performance.getEntriesByType('resource')"
                                ".filter(e => e.name.endsWith('/pagefind.js')).map(e => e.name)")
    finally:
        ctx.close()
    assert got == len(truth(article_texts(config, archive), "医疗队")) > 0
    assert len(modules) == report.shards_total and not any("/runtime/" in m for m in modules)


def _rare_query(texts: dict[str, str]) -> str:
    """A 5-character substring (no whitespace) found in 2 to 5 articles: a rare query."""
    for url in sorted(texts):
        text = texts[url]
        for start in range(0, max(0, len(text) - 5), 37):
            q = text[start:start + 5]
            if not any(ch.isspace() for ch in q) and 2 <= len(truth(texts, q)) <= 5:
                return q
    raise AssertionError("no rare substring in the archive")


def test_a_rare_query_reads_fragments_not_catalogs(parts_site, browser):
    """Parts with a few hits read those hits' fragments (which the result lines need anyway)
    instead of their whole catalog; the answer is the same."""
    config, archive, _, base, report = parts_site
    texts = article_texts(config, archive)
    q = _rare_query(texts)
    fig = query_figures(browser, base, [q], primer="发展", has_page=False)[q]["cold"]
    assert fig["results"] == len(truth(texts, q))
    kinds = fig["by_kind"]
    assert "catalog" not in kinds, (q, kinds)
    assert 1 <= kinds["fragment"]["requests"] <= fig["results"], (q, kinds)


def test_a_query_left_at_its_first_screen_transfers_less_and_reports_no_totals(parts_site, browser):
    """`bench --first-screens` (a 1M archive): the search is left once its first screen is
    known; the first-screen figures are those of the whole query, the every-result ones are
    not reported, and fewer parts' files were fetched."""
    config, archive, _, base, _ = parts_site
    whole = query_figures(browser, base, ["的"], primer="发展", has_page=False)["的"]
    first = query_figures(browser, base, ["的"], primer="发展", has_page=False, first_only=True)["的"]
    texts = article_texts(config, archive)
    for phase in ("cold", "warm"):
        assert first[phase]["ms"] is None and first[phase]["kb"] is None and first[phase]["results"] is None
        assert PAGE <= first[phase]["first_results"] < len(truth(texts, "的")), first[phase]
        assert first[phase]["first_kb"] > 0 and first[phase]["first_requests"] > 0, first[phase]
    assert whole["cold"]["results"] == len(truth(texts, "的"))
    assert first["cold"]["first_kb"] < whole["cold"]["kb"]
