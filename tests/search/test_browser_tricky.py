"""Edge cases of exactness on a hand-made archive: punctuation between characters, spaces,
title/body boundaries, Latin case, digits inside numbers, symbols, the ASCII quote."""
import datetime as _dt

import pytest

from generator.search.index import index_site
from tests.support.project import serve_dir

from tests.support.search import article_texts, load_archive, project_config, render_search_page, \
    run_queries, truth, write_article

BODIES = [
    ("石油工人王进喜", "王，进喜不是王进喜。铁人精神代代相传"),
    ("临危受命 逆行出征", "受命逆行的医疗队。COVID-19疫情防控，GDP增长3.2%"),
    ("标题末尾", "尾声：拨打12345便民热线或１２３４５"),
    ("符号", '他说"好"，然后说“好”。①号线、Ⅲ期工程、℃、😀表情'),
    ("繁體標題", "醫療隊與医疗队"),
    ("外文", "Café Ürümqi 和 cafe urumqi"),
]
QUERIES = [
    "王进喜", "王，进", "进喜", "受命逆行", "命 逆", "尾尾", "末尾尾声", "covid-19", "COVID", "gdp增长3.2%",
    "2345", "12345便", "１２３", '"好"', '说"', "“好”", "①号", "Ⅲ期", "℃", "😀", "医疗队", "醫療隊",
    "铁人 王进喜", "。", "%", "café", "Ürümqi", "fé ü", "cafe",
]


@pytest.fixture(scope="module")
def tricky(tmp_path_factory, browser):
    root = tmp_path_factory.mktemp("tricky")
    config = project_config(root)
    arts = root / "content" / "articles"
    for i, (title, body) in enumerate(BODIES, 1):
        write_article(arts, "changji-daily", _dt.date(2020 + i % 2, 1, i), 1, 1, title, body)
    archive = load_archive(config)
    site = root / "site"
    index_site(config, archive, str(site), progress=False)
    render_search_page(config, archive, site)
    base, stop = serve_dir(site)
    page = browser.new_page()
    page.goto(base + "/search/")
    page.wait_for_function("typeof window.archiveSearch === 'function'")
    yield article_texts(config, archive), page
    page.close()
    stop()


def test_exact_substring_semantics(tricky):
    import opencc
    t2s, s2t = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
    texts, page = tricky
    got = run_queries(page, [(q, {}) for q in QUERIES])
    for q, res in zip(QUERIES, got):
        expected = truth(texts, q, spellings=lambda t: [t, t2s.convert(t), s2t.convert(t)])
        assert {r["url"] for r in res} == expected, q
    hits = dict(zip(QUERIES, (len(r) for r in got)))
    assert hits["王进喜"] == 1 and hits["王，进"] == 1 and hits["受命逆行"] == 1
    assert hits["尾尾"] == 0 and hits["末尾尾声"] == 0        # no match across title and body
    assert hits["2345"] == 1 and hits['"好"'] == 1 and hits["😀"] == 1
