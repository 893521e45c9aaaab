"""A query of Han characters looked up by its rarest character, on a real multi-part Pagefind
index in real Chromium over HTTP: in a part that lists the character with its few pages
(generator/search/rarepages.py, search.js `searchRarePages`) a short phrase is answered from the
list's windows and rows, a longer one from those pages' fragments, without opening the part's
Pagefind index; elsewhere the phrase is looked up by that character's
chunk alone (`byRarest`). Either way: the same hits in the same order, with the same ranking
figures, as Pagefind's phrase search, with and without filters — each result set the substring
truth — while a rare phrase fetches no index chunk, entry or metadata at all."""
import gzip
import json
import os
import re
from collections import Counter

import pytest

from generator.search.bundle import read_fragment
from generator.search.rarepages import DIR, OCCURRENCES, RARE_PAGES, WINDOW
from generator.search.text import fold
from generator.search.transfer import query_figures
from tests.support.project import serve_dir
from tests.support.search import article_texts, filtered, indexed_synthetic_site, truth

N_ARTICLES = 900
PART_SIZE = 150
# rare names (a few hits a part), phrases with many hits, one that crosses a separator in no text
# a rare name (decided from the windows) with a common word (checked on the fragments)
QUERIES = ("赖强", "记者赖强", "医疗队", "营商环境", "乌鲁木齐", "援乌医疗队", "新疆 发展", "强记者",
           "赖强 记者")


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
_HITS = """async ([q, options, rare]) => {
  window.archiveSearch.rareFirst = rare;
  const hits = await window.archiveSearch.stream(q, options);
  return hits.map(h => [h.url, h.head, h.count]);
}"""


def _option_sets(archive) -> list[dict]:
    """No filter, both sorts, and each filter the engine applies itself on a fragment."""
    arts = sorted(archive.articles.values(), key=lambda a: a.url)
    topic = Counter(t for a in arts for t in a.topics).most_common(1)[0][0]
    days = sorted({a.date for a in arts})
    return [{}, {"sort": "date"}, {"paper": arts[-1].paper}, {"kind": "photo"}, {"topic": topic},
            {"year_from": days[-1].year}, {"page_name": "综合"},
            {"date_from": days[len(days) // 3].isoformat(), "date_to": days[len(days) // 2].isoformat()}]


def test_rarest_character_lookup_gives_the_phrase_searchs_hits_in_the_same_order(parts_site, page):
    config, archive, _, _, _ = parts_site
    texts = article_texts(config, archive)
    by_url = {a.url: a for a in archive.articles.values()}
    for options in _option_sets(archive):
        for q in QUERIES:
            phrase = page.evaluate(_HITS, [q, options, False])
            rarest = page.evaluate(_HITS, [q, options, True])
            assert rarest == phrase, (q, options)
            want = filtered(archive, truth(texts, q), **options)
            if "date_from" in options:
                want = {u for u in want
                        if options["date_from"] <= by_url[u].date.isoformat() <= options["date_to"]}
            assert {u for u, _, _ in rarest} == want, (q, options)


def test_each_part_lists_every_page_holding_each_of_its_rare_characters(parts_site):
    config, archive, site, _, report = parts_site
    manifest = json.loads((site / "pagefind" / "shards.json").read_text(encoding="utf-8"))
    texts = {u: fold(t) for u, t in article_texts(config, archive).items()}
    by_url = {a.url: a for a in archive.articles.values()}
    listed_parts = 0
    for info in manifest["shards"]:
        bundle = site / "pagefind" / info["key"]
        ids = {f.name[:-len(".pf_fragment")]: read_fragment(str(f))["url"]
               for f in (bundle / "fragment").iterdir()}
        listed: dict[str, list] = {}
        rows: dict[str, list] = {}
        for name in os.listdir(bundle / DIR):
            content = json.loads(gzip.decompress((bundle / DIR / name).read_bytes()))
            assert content["w"] == WINDOW
            listed.update(content["chars"])
            rows.update(content["pages"])
        assert info["rare"] == len(os.listdir(bundle / DIR))
        listed_parts += 1
        urls = set(ids.values())
        held = Counter(c for u in urls for c in set(texts[u]))
        occurs = Counter(c for u in urls for c in texts[u])
        for ch, pages in listed.items():
            assert sorted(ids[i] for i, _ in pages) == sorted(u for u in urls if ch in texts[u]), ch
            for rid, windows in pages:
                # each window is the page's text around the character, and all of them hold
                # every occurrence with WINDOW characters either side
                text = texts[ids[rid]].replace("\n", " ")
                for start, piece in windows:
                    assert text[start:start + len(piece)] == piece
                covered = {start + k for start, piece in windows for k in range(len(piece))}
                for at in (k for k, c in enumerate(text) if c == ch):
                    assert set(range(max(0, at - WINDOW), min(len(text), at + WINDOW + 1))) <= covered
                row = rows[rid]
                a = by_url[ids[rid]]
                assert row[0] == a.url and row[1] == a.title and row[2] == a.date.isoformat()
                assert row[8] == list(dict.fromkeys(a.topics))
        # every Han character held by 1…RARE_PAGES pages and rare in the part is listed, no other
        rare = {c for c, n in held.items()
                if n <= RARE_PAGES and occurs[c] <= OCCURRENCES and "\u4e00" <= c <= "\u9fff"}
        assert rare and rare == set(listed)
    assert listed_parts == report.shards_total


def test_the_manifest_orders_the_archives_characters_most_frequent_first(parts_site):
    config, archive, site, _, _ = parts_site
    manifest = json.loads((site / "pagefind" / "shards.json").read_text(encoding="utf-8"))
    counts = Counter(ch for text in article_texts(config, archive).values()
                     for ch in fold(text) if not ch.isspace())
    expected = "".join(c for c, _ in sorted(counts.items(), key=lambda cn: (-cn[1], cn[0])))
    assert manifest["common"][:30] == expected[:30]
    assert len(manifest["common"]) == 400


def test_a_rare_phrase_never_opens_a_parts_pagefind_index(parts_site, browser):
    config, archive, _, base, report = parts_site
    q = "记者赖强"
    hits = len(truth(article_texts(config, archive), q))
    assert 0 < hits
    before = query_figures(browser, base, [q], primer="发展", has_page=False, rare_first=False)[q]
    after = query_figures(browser, base, [q], primer="发展", has_page=False)[q]
    for phase in ("cold", "warm"):
        old, new = before[phase], after[phase]
        assert old["results"] == new["results"] == hits
        assert new["kb"] < old["kb"], (phase, old, new)
    # the phrase search read a chunk per character in each part it opened, with its metadata
    assert before["cold"]["by_kind"]["index"]["requests"] >= 3 * before["cold"]["by_kind"]["pf_meta"]["requests"]
    # the lookup: one small list file per part, whose windows and rows answer the phrase (at
    # most w + 1 characters) with no fragment either
    kinds = after["cold"]["by_kind"]
    assert not {"index", "pf_meta", "entry", "catalog", "fragment"} & set(kinds), kinds
    assert kinds["rare"]["requests"] <= report.shards_total


def test_a_phrase_longer_than_the_windows_is_checked_on_the_listed_pages_fragments(parts_site, page):
    """A phrase of more than WINDOW + 1 characters may reach past its rare character's windows:
    the listed pages are the candidates and their fragments decide, with the same hits."""
    config, archive, site, _, _ = parts_site
    texts = {u: fold(t) for u, t in article_texts(config, archive).items()}
    manifest = json.loads((site / "pagefind" / "shards.json").read_text(encoding="utf-8"))
    rank = {c: i for i, c in enumerate(manifest["common"])}
    listed: set[str] = set()
    for info in manifest["shards"]:
        for f in (site / "pagefind" / info["key"] / DIR).iterdir():
            listed.update(json.loads(gzip.decompress(f.read_bytes()))["chars"])
    size = WINDOW + 3
    phrase = None
    for t in sorted(texts.values()):   # the first run of Han characters search.js anchors on a listed one
        for run in re.findall("[\u4e00-\u9fff]{%d,}" % size, t):
            for lo in range(len(run) - size + 1):
                piece = run[lo:lo + size]
                rarest = max(piece, key=lambda c: rank.get(c, len(rank)))   # first of the rarest
                if rarest in listed and rarest not in rank:
                    phrase = piece
                    break
            if phrase:
                break
        if phrase:
            break
    assert phrase, "the synthetic archive holds no long run around a listed character"
    want = truth(texts, phrase)
    for options in ({}, {"sort": "date"}):
        listed_hits = page.evaluate(_HITS, [phrase, options, True])
        phrase_hits = page.evaluate(_HITS, [phrase, options, False])
        assert listed_hits == phrase_hits
        assert {u for u, _, _ in listed_hits} == want and want


def test_a_part_whose_lists_are_missing_is_searched_through_pagefind(parts_site, browser):
    config, archive, site, base, _ = parts_site
    ctx = browser.new_context()
    try:
        page = ctx.new_page()
        page.route("**/rare/*.bin", lambda route: route.fulfill(status=404, body="gone"))
        page.route(f"{base}/__t__.html", lambda route: route.fulfill(
            status=200, content_type="text/html; charset=utf-8",
            body='<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
                 '<script src="/static/search.js"></script></head><body></body></html>'))
        page.goto(f"{base}/__t__.html")
        page.wait_for_function("typeof window.archiveSearch === 'function'")
        got = page.evaluate("async (q) => (await window.archiveSearch(q)).map(h => h.url)", "记者赖强")
        chunks = page.evaluate("performance.getEntriesByType('resource')"
                               ".filter(e => e.name.endsWith('.pf_index')).length")
    finally:
        ctx.close()
    assert set(got) == truth(article_texts(config, archive), "记者赖强") and got
    assert chunks > 0
