"""A reader in real (headless) Chromium: home → year → issue → page → article → next → topic → back."""
from __future__ import annotations

from tests.support.project import serve_dir
from generator.tools.linkcheck import check_site


def test_click_through_the_archive(built, browser):
    site = built / "site"
    assert check_site(str(site), "/", "https://archive.example.org/", workers=1).broken == []
    base, stop = serve_dir(site)
    errors, failed = [], []
    page = browser.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    try:
        page.goto(base + "/")
        page.keyboard.press("Tab")                       # the first stop is the skip link
        assert page.evaluate("document.activeElement.className") == "skip-link"

        page.click('a[href="/changji-daily/2022/"]')
        page.wait_for_url(base + "/changji-daily/2022/")
        assert page.locator("table.month").count() == 12

        page.locator("td.has-issue a").first.click()
        page.wait_for_url(base + "/changji-daily/2022/11/07/")
        assert "第01版：要闻" in page.inner_text("main")

        page.locator("section.issue-page h2 a").first.click()
        page.wait_for_url(base + "/changji-daily/2022/11/07/01/")

        page.locator("ol.articles .headline a").first.click()
        page.wait_for_url(base + "/changji-daily/2022/11/07/01-01/")
        first_title = page.inner_text("h1")

        page.click('nav.pager a[rel="next"]')
        page.wait_for_url(base + "/changji-daily/2022/11/07/01-02/")
        assert page.inner_text("h1") != first_title
        assert page.locator('script[type="application/ld+json"]').count() == 1

        page.locator('a[rel="tag"]').first.click()
        page.wait_for_url(base + "/topics/**")
        assert page.locator("ol.articles li").count() >= 1

        page.go_back()
        page.wait_for_url(base + "/changji-daily/2022/11/07/01-02/")
        assert page.locator("h1").count() == 1

        page.set_viewport_size({"width": 360, "height": 740})   # a phone: nothing overflows
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    finally:
        page.close()
        stop()
    assert failed == []
    assert errors == []
