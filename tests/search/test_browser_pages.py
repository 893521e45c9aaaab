"""The search page keeps the reader's place, in real Chromium: the result page
is in the URL (&page=N) with numbered page links, and Back from an article (or a reload) shows
the same page at the same scroll position."""
import datetime as _dt

import pytest

from generator.search.index import index_site
from tests.support.project import serve_dir
from tests.support.search import load_archive, project_config, render_search_page, write_article

N = 130   # three pages of 50


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    root = tmp_path_factory.mktemp("pages")
    config = project_config(root)
    arts = root / "content" / "articles"
    for i in range(N):
        write_article(arts, "changji-daily", _dt.date(2020, 1, 1) + _dt.timedelta(days=i), 1, 1,
                      f"第{i}号消息", f"本报记者报道第{i}条新闻。" + "内容很长。" * 30)
    archive = load_archive(config)
    site = root / "site"
    index_site(config, archive, str(site), progress=False)
    render_search_page(config, archive, site)
    url, stop = serve_dir(site)
    yield url
    stop()


@pytest.fixture
def page(browser, base):
    p = browser.new_page(viewport={"width": 1000, "height": 700})
    errors = []
    p.on("pageerror", lambda e: errors.append(str(e)))
    yield p
    p.close()
    assert not errors, errors


def expected_urls(p):
    return p.evaluate("async () => (await window.archiveSearch('记者', {})).map(r => r.url)")


def shown(p):
    return p.evaluate("""() => Array.from(document.querySelectorAll('#search-results li h2 a'))
        .map(a => new URL(a.href).pathname)""")


def wait_page(p, first_url):
    p.wait_for_function("""(u) => { const a = document.querySelector('#search-results li h2 a');
        return a && new URL(a.href).pathname === u &&
               document.querySelectorAll('#search-results li').length > 0; }""", arg=first_url)


def test_page_in_the_url_opens_that_page(page, base):
    page.goto(base + "/search/?q=%E8%AE%B0%E8%80%85&page=2")
    page.wait_for_function("typeof window.archiveSearch === 'function'")
    want = expected_urls(page)
    assert len(want) == N
    wait_page(page, want[50])
    assert shown(page) == want[50:100]
    assert page.evaluate("document.getElementById('search-results').start") == 51
    current = page.locator("#search-pages a[aria-current=page]")
    assert current.inner_text() == "2"
    assert page.locator("#search-pages a[data-page]").filter(has_text="3").count() >= 1


def test_numbered_pages_and_back_restore_the_page_and_scroll(page, base):
    page.goto(base + "/search/?q=%E8%AE%B0%E8%80%85")
    page.wait_for_function("typeof window.archiveSearch === 'function'")
    want = expected_urls(page)
    wait_page(page, want[0])
    assert len(shown(page)) == 50 and "page=" not in page.url
    page.locator("#search-pages a[data-page='2']").first.click()
    wait_page(page, want[50])
    assert "page=2" in page.url
    # scroll to result #80 (30th on page 2), then open it
    item = page.locator("#search-results li").nth(29)
    item.scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, 40)")
    page.wait_for_timeout(400)                       # the scroll position is saved (debounced)
    y = page.evaluate("window.scrollY")
    assert y > 1000
    item.locator("h2 a").click()
    page.wait_for_url("**/changji-daily/**")
    page.go_back()
    wait_page(page, want[50])
    assert "page=2" in page.url and shown(page) == want[50:100]
    page.wait_for_function("(y) => Math.abs(window.scrollY - y) < 3", arg=y, timeout=10000)
    # without the back-forward cache (a reload): the same page, the same place
    page.reload()
    wait_page(page, want[50])
    page.wait_for_function("(y) => Math.abs(window.scrollY - y) < 3", arg=y, timeout=10000)
    # Back within the search: page 1 again, at its top
    page.go_back()
    wait_page(page, want[0])
    assert "page=" not in page.url and shown(page) == want[:50]


def test_oldest_first_is_offered_and_kept_in_the_url(page, base):
    page.goto(base + "/search/?q=%E8%AE%B0%E8%80%85&sort=date_asc")
    page.wait_for_function("typeof window.archiveSearch === 'function'")
    want = page.evaluate("async () => (await window.archiveSearch('记者', {sort: 'date_asc'})).map(r => r.url)")
    wait_page(page, want[0])
    assert page.locator("#sort").input_value() == "date_asc"
    assert "最早" in page.locator("#sort option[value=date_asc]").inner_text()   # offered, not only kept
    dates = [u.split("/")[2:5] for u in shown(page)]
    assert dates == sorted(dates)
